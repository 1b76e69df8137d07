#include "models/wastecodesynonyms.h"

namespace avfall {

// OUR OWN SEARCH HELP – not the register's text and not part of any statute. Keep each entry to
// what a workshop, haulier or collector would plausibly type, the likeliest code first.
const QList<WasteCodeSynonym> &wasteCodeSynonyms()
{
    static const QList<WasteCodeSynonym> table = [] {
        const auto entry = [](const char *word, std::initializer_list<const char *> codes) {
            WasteCodeSynonym synonym{QString::fromUtf8(word), {}};
            for (const char *code : codes)
                synonym.codes.append(QString::fromLatin1(code));
            return synonym;
        };
        return QList<WasteCodeSynonym>{
            // Oils (13 xx)
            entry("spillolja", {"130205", "130208", "130206", "130110", "130113"}),
            entry("spilloljor", {"130205", "130208", "130206", "130110", "130113"}),
            entry("motorolja", {"130205", "130206", "130208"}),
            entry("smörjolja", {"130205", "130206", "130208"}),
            entry("växellådsolja", {"130205", "130208"}),
            entry("transmissionsolja", {"130205", "130208"}),
            entry("hydraulolja", {"130110", "130111", "130113"}),
            entry("oljeslam", {"130502", "130501"}),
            entry("oljevatten", {"130507"}),
            entry("drivmedel", {"130701", "130702", "130703"}),
            // Vehicles and workshops (16 01)
            entry("oljefilter", {"160107"}),
            entry("bromsvätska", {"160113"}),
            entry("glykol", {"160114"}),
            entry("kylarvätska", {"160114"}),
            entry("frostskyddsvätska", {"160114"}),
            entry("airbag", {"160110"}),
            entry("bilvrak", {"160104"}),
            entry("skrotbil", {"160104"}),
            // Batteries (16 06)
            entry("batteri", {"160601", "160602", "160603", "200133"}),
            entry("batterier", {"160601", "160602", "160603", "200133"}),
            entry("blybatterier", {"160601"}),
            entry("blybatteri", {"160601"}),
            entry("bilbatteri", {"160601"}),
            entry("bilbatterier", {"160601"}),
            entry("startbatteri", {"160601"}),
            entry("startbatterier", {"160601"}),
            entry("litiumbatterier", {"160607"}), // the wording from 2026-12-09 only
            entry("litiumjonbatterier", {"160607"}),
            // Lamps, appliances, electronics (20 01, 16 02)
            entry("lysrör", {"200121"}),
            entry("lågenergilampa", {"200121"}),
            entry("lågenergilampor", {"200121"}),
            entry("kylskåp", {"200123", "160211"}),
            entry("frys", {"200123", "160211"}),
            entry("frysbox", {"200123", "160211"}),
            entry("kylmöbler", {"200123", "160211"}),
            entry("elektronik", {"200135", "160213"}),
            entry("elavfall", {"200135", "160213"}),
            entry("elskrot", {"200135", "160213"}),
            entry("datorer", {"200135", "160213"}),
            // Paint, solvents, chemicals
            entry("färgrester", {"080111"}),
            entry("färgavfall", {"080111"}),
            entry("målarfärg", {"080111", "200127"}),
            entry("lackrester", {"080111"}),
            entry("tinner", {"140603", "200113"}),
            entry("thinner", {"140603", "200113"}),
            entry("toner", {"080317"}),
            // Packaging, absorbents, aerosols, wood
            entry("oljetrasor", {"150202"}),
            entry("trasor", {"150202"}),
            entry("absorbenter", {"150202"}),
            entry("tomfat", {"150110"}),
            entry("emballage", {"150110"}),
            entry("sprayburkar", {"160504", "150111"}),
            entry("aerosoler", {"160504", "150111"}),
            entry("tryckimpregnerat", {"170204", "200137", "191206"}),
            entry("impregnerat", {"170204", "200137", "191206"}),
        };
    }();
    return table;
}

} // namespace avfall
