#include "models/wastecodemodel.h"
#include "models/wastecodesynonyms.h"

#include <QAbstractItemModelTester>
#include <QTest>

using avfall::ValueLists;
using avfall::WasteCodeList;
using avfall::WasteCodeListModel;
using avfall::WasteCodeModel;
using avfall::WasteCodeSearch;
namespace Roles = avfall::WasteCodeRoles;

namespace {

const WasteCodeList &wording2020()
{
    return ValueLists::bundled().wasteCodesOn(QDate(2026, 6, 1));
}

const WasteCodeList &wording2026()
{
    return ValueLists::bundled().wasteCodesOn(QDate(2026, 12, 9));
}

int countNodes(const QAbstractItemModel &model, const QModelIndex &parent)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(parent); ++row)
        count += 1 + countNodes(model, model.index(row, 0, parent));
    return count;
}

} // namespace

class TestWasteCodeModel : public QObject
{
    Q_OBJECT

private slots:
    void treeShape();
    void entriesAndGroups();
    void headers();
    void reset();
    void search_data();
    void search();
    void codePrefixInCodeOrder();
    void synonymsInTheirOrder();
    void onlyReportableEntries();
    void limit();
    void synonymTableIsValid();
    void listModel();

private:
    QStringList codesOf(const QList<WasteCodeSearch::Hit> &hits)
    {
        QStringList codes;
        for (const WasteCodeSearch::Hit &hit : hits)
            codes << hit.code.code;
        return codes;
    }
};

void TestWasteCodeModel::treeShape()
{
    WasteCodeModel model(wording2020());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(countNodes(model, QModelIndex()), int(wording2020().codes().size()));

    const QModelIndex chapter = model.index(15, 0);
    QCOMPARE(chapter.data(Roles::CodeRole).toString(), QStringLiteral("16"));
    QCOMPARE(chapter.data().toString(), QStringLiteral("16"));
    const QModelIndex subchapter = model.indexOfCode(u"1606");
    QCOMPARE(subchapter.parent(), chapter);
    QCOMPARE(subchapter.data().toString(), QStringLiteral("16 06"));
    QCOMPARE(model.rowCount(subchapter), 6); // 16 06 01* … 16 06 06* in the 2020 wording

    const QModelIndex entry = model.indexOfCode(u"160601");
    QCOMPARE(entry.parent(), subchapter);
    QCOMPARE(entry.row(), 0);
    QCOMPARE(model.index(0, 0, subchapter), entry);
    QCOMPARE(model.rowCount(entry), 0);
    QCOMPARE(model.indexOfCode(u"160601", WasteCodeModel::DescriptionColumn).data().toString(),
             QStringLiteral("Blybatterier"));
    QVERIFY(!model.indexOfCode(u"999999").isValid());

    WasteCodeModel newer(wording2026());
    QAbstractItemModelTester newerTester(&newer, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(newer.rowCount(), 20);
    QVERIFY(!newer.indexOfCode(u"160605").isValid()); // gone in the new wording …
    QCOMPARE(newer.indexOfCode(u"160607").parent(), newer.indexOfCode(u"1606")); // … new ones came
}

void TestWasteCodeModel::entriesAndGroups()
{
    WasteCodeModel model(wording2020());
    const QModelIndex entry = model.indexOfCode(u"160601");
    QCOMPARE(entry.data().toString(), QStringLiteral("16 06 01*"));
    QCOMPARE(entry.data(WasteCodeModel::CodeRole).toString(), QStringLiteral("160601"));
    QCOMPARE(entry.data(Roles::EwcRole).toString(), QStringLiteral("16 06 01*"));
    QCOMPARE(entry.data(Roles::DescriptionRole).toString(), QStringLiteral("Blybatterier"));
    QCOMPARE(entry.data(Roles::HazardousRole).toBool(), true);
    QCOMPARE(entry.data(Roles::ReportableRole).toBool(), true);
    QCOMPARE(entry.data(Roles::RecoveryResultRole).toBool(), false);
    QVERIFY(model.flags(entry).testFlag(Qt::ItemIsSelectable));
    QVERIFY(model.flags(entry).testFlag(Qt::ItemIsEnabled));

    for (const char16_t *group : {u"16", u"1606"}) {
        const QModelIndex index = model.indexOfCode(group);
        QVERIFY(index.isValid());
        QVERIFY(!model.flags(index).testFlag(Qt::ItemIsSelectable));
        QVERIFY(model.flags(index).testFlag(Qt::ItemIsEnabled));
        QCOMPARE(index.data(Roles::ReportableRole).toBool(), false);
    }

    const QModelIndex oil = model.indexOfCode(u"130205");
    QCOMPARE(oil.data(Roles::RecoveryResultRole).toBool(), true);
    QCOMPARE(model.indexOfCode(u"160604").data(Roles::HazardousRole).toBool(), false);
    WasteCodeModel newer(wording2026());
    QCOMPARE(newer.indexOfCode(u"160604").data(Roles::HazardousRole).toBool(), true);
    QCOMPARE(newer.indexOfCode(u"160604").data().toString(), QStringLiteral("16 06 04*"));
    QCOMPARE(model.codeAt(entry)->code, QStringLiteral("160601"));
    QCOMPARE(model.codeAt(QModelIndex()), nullptr);
}

void TestWasteCodeModel::headers()
{
    WasteCodeModel model(wording2020());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Kod"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Beskrivning"));
    QVERIFY(!model.headerData(2, Qt::Horizontal).isValid());
}

void TestWasteCodeModel::reset()
{
    WasteCodeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.search().search(u"1606").isEmpty());
    model.setWasteCodes(wording2020());
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(model.search().entryCount(), 842);
    model.setWasteCodes(wording2026());
    QCOMPARE(model.search().entryCount(), 880);
}

void TestWasteCodeModel::search_data()
{
    QTest::addColumn<bool>("newWording");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first"); // empty: no hit
    QTest::addColumn<WasteCodeSearch::Match>("match");
    using M = WasteCodeSearch::Match;
    const auto row = [](const char *name, bool newer, const QString &query, const char *first, M match) {
        QTest::newRow(name) << newer << query << QString::fromLatin1(first) << match;
    };
    row("code prefix 1606", false, QStringLiteral("1606"), "160601", M::CodePrefix);
    row("code prefix with space", false, QStringLiteral("16 06"), "160601", M::CodePrefix);
    row("chapter", false, QStringLiteral("13"), "130101", M::CodePrefix);
    row("exact code spaced", false, QStringLiteral("16 06 01"), "160601", M::ExactCode);
    row("exact code", false, QStringLiteral("160601"), "160601", M::ExactCode);
    row("pasted display code", false, QStringLiteral(" 16 06 01* "), "160601", M::ExactCode);
    row("exact other code", false, QStringLiteral("130205"), "130205", M::ExactCode);
    row("blybatterier", false, QStringLiteral("blybatterier"), "160601", M::Words);
    row("BLYBATT", false, QStringLiteral("BLYBATT"), "160601", M::Words);
    row("blybatt new wording", true, QStringLiteral("blybatt"), "160601", M::Words);
    row("förbrukade bly", true, QStringLiteral("förbrukade bly"), "160601", M::Words);
    row("litiumbatterier new wording", true, QStringLiteral("litiumbatterier"), "160607", M::Synonym);
    row("litiumbatterier 2020: not there", false, QStringLiteral("litiumbatterier"), "", M::Synonym);
    row("code and word", false, QStringLiteral("16 06 bly"), "160601", M::Words);
    row("spillolja", false, QStringLiteral("spillolja"), "130205", M::Synonym);
    row("Spillolja new wording", true, QStringLiteral("Spillolja"), "130205", M::Synonym);
    row("spillo as typed", false, QStringLiteral("spillo"), "130205", M::Synonym);
    row("motorolja", false, QStringLiteral("motorolja"), "130205", M::Synonym);
    row("lysrör", false, QStringLiteral("lysrör"), "200121", M::Words);
    row("LYSROR without ring", false, QStringLiteral("LYSROR"), "200121", M::Words);
    row("färgrester", false, QStringLiteral("färgrester"), "080111", M::Synonym);
    row("fargrester", false, QStringLiteral("fargrester"), "080111", M::Synonym);
    row("oljefilter", false, QStringLiteral("oljefilter"), "160107", M::Words);
    row("kylskåp", false, QStringLiteral("kylskåp"), "200123", M::Synonym);
    row("elektronik", false, QStringLiteral("elektronik"), "200135", M::Synonym);
    row("bromsvätska", false, QStringLiteral("bromsvätska"), "160113", M::Synonym);
    row("hydraul", false, QStringLiteral("hydraul"), "130110", M::Words);
    row("decomposed ö", false, QStringLiteral("lysro\u0308r"), "200121", M::Words);
    row("two description words", false, QStringLiteral("oljehaltigt vatten oljeavskiljare"), "130507",
        M::Words);
    row("asbest", false, QStringLiteral("asbest"), "170605", M::Words);
    row("nothing", false, QStringLiteral("xyzzy"), "", M::Words);
    row("no such code", false, QStringLiteral("99"), "", M::CodePrefix);
    row("too many digits", false, QStringLiteral("1606011"), "", M::CodePrefix);
    row("empty", false, QString(), "", M::Words);
    row("only punctuation", false, QStringLiteral(" * - "), "", M::Words);
    row("one word does not match", false, QStringLiteral("blybatterier xyzzy"), "", M::Words);
}

void TestWasteCodeModel::search()
{
    QFETCH(bool, newWording);
    QFETCH(QString, query);
    QFETCH(QString, first);
    QFETCH(WasteCodeSearch::Match, match);
    const WasteCodeSearch search(newWording ? wording2026() : wording2020());
    const QList<WasteCodeSearch::Hit> hits = search.search(query);
    if (first.isEmpty()) {
        QVERIFY2(hits.isEmpty(), qPrintable(codesOf(hits).join(u' ')));
        return;
    }
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().code.code, first);
    QCOMPARE(hits.first().match, match);
}

void TestWasteCodeModel::codePrefixInCodeOrder()
{
    const WasteCodeSearch search(wording2020());
    QCOMPARE(codesOf(search.search(u"1606")),
             (QStringList{QStringLiteral("160601"), QStringLiteral("160602"), QStringLiteral("160603"),
                          QStringLiteral("160604"), QStringLiteral("160605"), QStringLiteral("160606")}));
    QCOMPARE(codesOf(search.search(u"16 06 0")), codesOf(search.search(u"1606")));
    QCOMPARE(codesOf(search.search(u"160601")), QStringList{QStringLiteral("160601")});
    int chapter13 = 0;
    for (const avfall::WasteCode &code : wording2020().codes())
        chapter13 += code.isReportable() && code.code.startsWith(QLatin1String("13"));
    QCOMPARE(search.search(u"13").size(), chapter13); // every six-digit code of chapter 13
    for (const WasteCodeSearch::Hit &hit : search.search(u"13"))
        QVERIFY(hit.code.code.startsWith(QLatin1String("13")));
}

void TestWasteCodeModel::synonymsInTheirOrder()
{
    const WasteCodeSearch search(wording2020());
    QCOMPARE(codesOf(search.search(u"spillolja")),
             (QStringList{QStringLiteral("130205"), QStringLiteral("130208"), QStringLiteral("130206"),
                          QStringLiteral("130110"), QStringLiteral("130113")}));
    // The description's own word ranks above our help alone.
    const QStringList oilFilter = codesOf(search.search(u"oljefilter"));
    QCOMPARE(oilFilter.value(0), QStringLiteral("160107"));
    QVERIFY(oilFilter.contains(QStringLiteral("150202"))); // "(även oljefilter som inte anges …)"
    const QList<WasteCodeSearch::Hit> fridge = search.search(u"kylskåp");
    QCOMPARE(codesOf(fridge), (QStringList{QStringLiteral("200123"), QStringLiteral("160211")}));
    QCOMPARE(fridge.first().match, WasteCodeSearch::Match::Synonym);
}

void TestWasteCodeModel::onlyReportableEntries()
{
    const WasteCodeSearch search(wording2020());
    for (const QString &query : {QStringLiteral("batterier"), QStringLiteral("olja"),
                                 QStringLiteral("avfall"), QStringLiteral("1"), QStringLiteral("farligt")}) {
        const QList<WasteCodeSearch::Hit> hits = search.search(query);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        for (const WasteCodeSearch::Hit &hit : hits)
            QVERIFY2(hit.code.isReportable(), qPrintable(hit.code.code));
    }
    // Among equally good word matches the hazardous ones come first: "Andra batterier och
    // ackumulatorer" (16 06 05) after "Batterier och ackumulatorer inbegripna …" (20 01 33*).
    const QStringList batteries = codesOf(search.search(u"batterier"));
    QVERIFY(batteries.indexOf(QStringLiteral("200133")) >= 0);
    QVERIFY(batteries.indexOf(QStringLiteral("200133")) < batteries.indexOf(QStringLiteral("160605")));
}

void TestWasteCodeModel::limit()
{
    const WasteCodeSearch search(wording2020());
    QCOMPARE(search.search(u"16", 3).size(), 3);
    QCOMPARE(search.search(u"avfall", 5).size(), 5);
    QCOMPARE(search.search(u"avfall", 0).size(), 0);
    QVERIFY(search.search(u"avfall").size() > 100);
    QVERIFY(WasteCodeSearch().search(u"1606").isEmpty());
    QVERIFY(WasteCodeSearch().isEmpty());
}

void TestWasteCodeModel::synonymTableIsValid()
{
    // Our own help must point at real, hazardous entries of at least one wording.
    for (const avfall::WasteCodeSynonym &synonym : avfall::wasteCodeSynonyms()) {
        QVERIFY(!synonym.word.contains(u' '));
        QVERIFY(!synonym.codes.isEmpty());
        for (const QString &code : synonym.codes) {
            const avfall::WasteCode *entry = wording2020().find(code);
            if (!entry)
                entry = wording2026().find(code);
            QVERIFY2(entry, qPrintable(synonym.word + u' ' + code));
            QVERIFY2(entry->isReportable(), qPrintable(code));
            QVERIFY2(entry->hazardous, qPrintable(synonym.word + u' ' + code));
        }
    }
}

void TestWasteCodeModel::listModel()
{
    WasteCodeModel tree(wording2020());
    WasteCodeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearch(tree.search());
    QCOMPARE(model.rowCount(), 0);

    model.setQuery(QStringLiteral("spillolja"));
    QCOMPARE(model.rowCount(), 5);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(
        first.data().toString(),
        QStringLiteral("13 02 05*  Mineralbaserade icke-klorerade motor-, transmissions- och smörjoljor"));
    QCOMPARE(first.data(WasteCodeListModel::CodeRole).toString(), QStringLiteral("130205"));
    QCOMPARE(first.data(Roles::FromSynonymRole).toBool(), true);
    QCOMPARE(first.data(Roles::MatchRole).value<WasteCodeSearch::Match>(), WasteCodeSearch::Match::Synonym);
    QCOMPARE(first.data(Roles::RecoveryResultRole).toBool(), true);
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("egen sökhjälp")));
    QVERIFY(model.flags(first).testFlag(Qt::ItemIsSelectable));
    QCOMPARE(model.hitAt(0)->code.code, QStringLiteral("130205"));
    QCOMPARE(model.hitAt(5), nullptr);

    model.setQuery(QStringLiteral("Blybatterier"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(Roles::FromSynonymRole).toBool(), false);
    QCOMPARE(model.index(0, 0).data(Roles::HazardousRole).toBool(), true);

    model.setMaximumResults(10);
    model.setQuery(QStringLiteral("16"));
    QCOMPARE(model.rowCount(), 10);
    model.setWasteCodes(wording2026());
    QCOMPARE(model.query(), QStringLiteral("16"));
    QCOMPARE(model.rowCount(), 10);
    model.setQuery(QString());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestWasteCodeModel)
#include "tst_wastecodemodel.moc"
