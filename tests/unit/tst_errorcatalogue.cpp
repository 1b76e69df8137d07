#include "core/errorcatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using avfall::RegisterError;
namespace errorcatalogue = avfall::errorcatalogue;

namespace {

QJsonDocument readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    return doc;
}

QJsonObject contractFacts()
{
    static const QJsonObject facts = readResource(QStringLiteral(":/data/contract_facts.json")).object();
    return facts;
}

// The eight note models, from the POST endpoints ("paths": {"<resource>": "<Model>"}).
QStringList noteModels()
{
    QStringList models;
    const QJsonObject paths = contractFacts().value(QLatin1String("paths")).toObject();
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it)
        models.append(it.value().toString());
    models.sort();
    return models;
}

QStringList topLevelFields(const QString &model)
{
    return contractFacts().value(model).toObject().value(QLatin1String("properties")).toObject().keys();
}

// Whether segments resolve, one by one, to properties starting at model; a reference (object)
// or the item type of a list (array) leads into the nested model.
bool resolves(const QString &model, const QStringList &segments)
{
    QString current = model;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QJsonObject properties =
            contractFacts().value(current).toObject().value(QLatin1String("properties")).toObject();
        if (!properties.contains(segments.at(i)))
            return false;
        if (i + 1 == segments.size())
            return true;
        const QJsonObject property = properties.value(segments.at(i)).toObject();
        const QJsonValue ref = property.value(QLatin1String("ref"));
        const QJsonValue items = property.value(QLatin1String("items"));
        current = ref.isString() ? ref.toString() : items.toString();
        if (current.isEmpty())
            return false; // a scalar with more segments after it
    }
    return false;
}

struct Family
{
    int prefix;
    QStringList places;
};

} // namespace

class TestErrorCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void everyContractCodeHasAnEntry();
    void sortedUniqueAndFindable();
    void pathsAreRealFields();
    void placeFieldsMatchTheContract();
    void placeFamiliesFollowThePattern();
    void ambiguousCodesListEveryCandidate();
    void fieldFor_data();
    void fieldFor();
    void explainKnownCode();
    void explainUnknownCode();
    void plainSwedish();
};

void TestErrorCatalogue::everyContractCodeHasAnEntry()
{
    const QJsonArray codes = readResource(QStringLiteral(":/data/error_codes.json")).array();
    QVERIFY(codes.size() > 200);
    QSet<int> contract;
    for (const QJsonValue &value : codes) {
        QVERIFY(value.isDouble());
        const int code = value.toInt();
        contract.insert(code);
        const RegisterError *error = errorcatalogue::find(code);
        QVERIFY2(error, qPrintable(QStringLiteral("no entry for contract code %1").arg(code)));
        QVERIFY2(error->explanation && *error->explanation, qPrintable(QString::number(code)));
        QVERIFY(!error->displayExplanation().trimmed().isEmpty());
    }
    // Nothing invented: every entry is a code of the contract.
    for (const RegisterError &error : errorcatalogue::all())
        QVERIFY2(contract.contains(error.code), qPrintable(QString::number(error.code)));
    QCOMPARE(errorcatalogue::all().size(), contract.size());
}

void TestErrorCatalogue::sortedUniqueAndFindable()
{
    const QList<RegisterError> &all = errorcatalogue::all();
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY2(all.at(i - 1).code < all.at(i).code, qPrintable(QString::number(all.at(i).code)));
    for (const RegisterError &error : all)
        QCOMPARE(errorcatalogue::find(error.code), &error);
    QCOMPARE(errorcatalogue::find(0), nullptr);
    QCOMPARE(errorcatalogue::find(1001), nullptr);
    QCOMPARE(errorcatalogue::find(9999), nullptr);
}

void TestErrorCatalogue::pathsAreRealFields()
{
    const QStringList models = noteModels();
    QCOMPARE(models.size(), 8);
    int checked = 0;
    for (const RegisterError &error : errorcatalogue::all()) {
        QVERIFY(!error.fieldPaths.contains(QString()));
        for (const QString &path : error.fieldPaths) {
            const QString where = QStringLiteral("%1: %2").arg(error.code).arg(path);
            QStringList segments = path.split(QLatin1Char('.'));
            QVERIFY2(!segments.contains(QString()), qPrintable(where));
            bool found = false;
            if (segments.constFirst() == QLatin1String("*")) {
                // A wildcard stands for a place: the rest is a path inside Plats.
                segments.removeFirst();
                QVERIFY2(!segments.isEmpty(), qPrintable(where));
                found = resolves(QStringLiteral("Plats"), segments);
            } else {
                for (const QString &model : models)
                    found = found || resolves(model, segments);
            }
            QVERIFY2(found, qPrintable(where + QStringLiteral(" is not a field of any note model")));
            ++checked;
        }
    }
    QVERIFY(checked > 150);
}

void TestErrorCatalogue::placeFieldsMatchTheContract()
{
    QSet<QString> placesInContract;
    for (const QString &model : noteModels()) {
        const QJsonObject properties =
            contractFacts().value(model).toObject().value(QLatin1String("properties")).toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            if (it.value().toObject().value(QLatin1String("ref")).toString() == QLatin1String("Plats"))
                placesInContract.insert(it.key());
        }
    }
    const QStringList &places = errorcatalogue::placeFields();
    QCOMPARE(QSet<QString>(places.cbegin(), places.cend()), placesInContract);
    QCOMPARE(places.size(), placesInContract.size());
}

void TestErrorCatalogue::placeFamiliesFollowThePattern()
{
    const QList<Family> families = {
        {41, {QStringLiteral("mottagningsplats")}},
        {42, {QStringLiteral("kommandeHanteringsPlats")}},
        {43, {QStringLiteral("behandlingsPlats")}},
        {44, {QStringLiteral("transportStartplats")}},
        {45, {QStringLiteral("transportSlutplats")}},
        {46, {QStringLiteral("senasteHanteringsPlats"), QStringLiteral("senasteHanteringsplats")}},
        {47, {QStringLiteral("uppkomstplats")}},
    };
    const QStringList suffixes = {
        QString(),
        QString(),
        QStringLiteral(".adress.adressrad"),
        QStringLiteral(".adress.adressrad"),
        QStringLiteral(".adress.postnummer"),
        QStringLiteral(".adress.postnummer"),
        QStringLiteral(".kommunkod"),
        QStringLiteral(".kommunkod"),
        QStringLiteral(".koordinat.beskrivning"),
        QStringLiteral(".koordinat.nposition"),
        QStringLiteral(".koordinat.nposition"),
        QStringLiteral(".koordinat.eposition"),
        QStringLiteral(".koordinat.eposition"),
        QStringLiteral(".cfarNR"),
    };
    for (const Family &family : families) {
        for (qsizetype x = 0; x < suffixes.size(); ++x) {
            const int code = family.prefix * 100 + int(x);
            const RegisterError *error = errorcatalogue::find(code);
            if (x == 13 && family.prefix < 45) {
                QVERIFY2(!error, qPrintable(QString::number(code))); // no CFAR code in 41xx–44xx
                continue;
            }
            QVERIFY2(error, qPrintable(QString::number(code)));
            for (const QString &place : family.places) {
                QVERIFY2(error->fieldPaths.contains(place + suffixes.at(x)),
                         qPrintable(QStringLiteral("%1 lacks %2").arg(code).arg(place + suffixes.at(x))));
            }
            // Apart from the double meanings of 4101–4104, a place code names only its place.
            if (code < 4101 || code > 4104)
                QCOMPARE(error->fieldPaths.size(), family.places.size());
        }
    }
}

void TestErrorCatalogue::ambiguousCodesListEveryCandidate()
{
    const auto paths = [](int code) { return errorcatalogue::find(code)->fieldPaths; };
    QCOMPARE(paths(1000), QStringList());
    QCOMPARE(paths(4101), QStringList({QStringLiteral("mottagningsplats"), QStringLiteral("ombudetsNamn")}));
    QVERIFY(paths(4102).contains(QStringLiteral("ombudetsKontaktpersonNamn")));
    QVERIFY(paths(4103).contains(QStringLiteral("ombudetsKontaktpersonEpost")));
    QVERIFY(paths(4104).contains(QStringLiteral("ombudetsKontaktpersonTelefonnummer")));
    QVERIFY(paths(4104).contains(QStringLiteral("mottagningsplats.adress.postnummer")));
    for (int code : {1321, 1322}) {
        QVERIFY(paths(code).contains(QStringLiteral("mangdMaterialProdukt")));
        QVERIFY(paths(code).contains(QStringLiteral("mangdIckeFarligtAvfall")));
    }
    QCOMPARE(paths(1023), QStringList({QStringLiteral("verksamhetsutovare"), QStringLiteral("ombud")}));
    for (int code : {1051, 1055})
        QCOMPARE(paths(code), QStringList(QStringLiteral("*.kommunkod")));
    for (int code : {1701, 1702, 1704, 1705})
        QCOMPARE(paths(code), QStringList(QStringLiteral("*.land")));
}

void TestErrorCatalogue::fieldFor_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, const char *model, int code, const char *field) {
        QTest::newRow(name) << QString::fromUtf8(model) << code << QString::fromUtf8(field);
    };
    row("1023 verksamhetsutövare", "Transportplanering", 1023, "verksamhetsutovare");
    row("4105 mottagningsplats", "Transportplanering", 4105, "mottagningsplats.adress.postnummer");
    row("4605 Behandlingsmottagning", "Behandlingsmottagning", 4605,
        "senasteHanteringsplats.adress.postnummer");
    row("4605 InsamlingsMottagning", "InsamlingsMottagning", 4605,
        "senasteHanteringsPlats.adress.postnummer");
    row("4601 hela platsen", "InsamlingsMottagning", 4601, "senasteHanteringsPlats");
    row("4709 koordinat", "Transportplanering", 4709, "uppkomstplats.koordinat.nposition");
    row("4513 cfar", "Transport", 4513, "transportSlutplats.cfarNR");
    row("4705 utan uppkomstplats", "Transport", 4705, "");
    row("1113 avfallskod", "Handel", 1113, "avfall.kod");
    row("1121 mängd", "Behandlingsmottagning", 1121, "avfall.mangd");
    row("5102 behandlingar", "Behandlingsresultat", 5102, "behandlingar");
    row("1145 behandlingsmetod", "Behandlingsresultat", 1145, "behandlingar.kod");
    row("4062 underkod", "Behandlingsresultat", 4062, "behandlingar.underkod");
    row("1321 mängd material", "Behandlingsresultat", 1321, "mangdMaterialProdukt");
    row("4036 ombud e-post", "Handel", 4036, "ombudetsKontaktpersonEpost");
    row("4095 cfar verksamhet", "Transportplanering", 4095, "cfarNR");
    row("4095 utan cfar", "Transport", 4095, "");
    row("4101 plats först", "InsamlingsTransport", 4101, "mottagningsplats");
    row("4101 ombud utan plats", "Handel", 4101, "ombudetsNamn");
    row("4104 ombud utan plats", "Behandlingsresultat", 4104, "ombudetsKontaktpersonTelefonnummer");
    row("1051 en enda plats", "InsamlingsTransport", 1051, "mottagningsplats.kommunkod");
    row("1081 en enda plats", "Behandlingsoverlamning", 1081, "mottagningsplats.adress.postnummer");
    row("1055 två platser", "Transportplanering", 1055, "");
    row("1702 ingen plats", "Handel", 1702, "");
    row("3022 inget fält", "Transport", 3022, "");
    row("okänd kod", "Transport", 9999, "");
}

void TestErrorCatalogue::fieldFor()
{
    QFETCH(QString, model);
    QFETCH(int, code);
    QFETCH(QString, field);
    const QStringList fields = topLevelFields(model);
    QVERIFY2(!fields.isEmpty(), qPrintable(model));
    QCOMPARE(errorcatalogue::fieldFor(code, fields), field);
}

void TestErrorCatalogue::explainKnownCode()
{
    const QString text =
        errorcatalogue::explain(1023, QStringLiteral("Verksamhetsutövare eller ombud måste "
                                                     "matcha rapportörens organisationsnummer"));
    QCOMPARE(text, errorcatalogue::find(1023)->displayExplanation());
    QVERIFY(text.contains(QStringLiteral("ombud")));
}

void TestErrorCatalogue::explainUnknownCode()
{
    const QString message = QStringLiteral("Något helt nytt gick fel");
    const QString text = errorcatalogue::explain(9876, message);
    QVERIFY2(text.contains(QStringLiteral("9876")), qPrintable(text));
    QVERIFY2(text.contains(message), qPrintable(text));

    const QString bare = errorcatalogue::explain(9876, QString());
    QVERIFY2(bare.contains(QStringLiteral("9876")), qPrintable(bare));

    // The server's text is quoted as it is, even if it looks like a placeholder.
    const QString odd = errorcatalogue::explain(9875, QStringLiteral("100 %1 och %2"));
    QVERIFY2(odd.contains(QStringLiteral("100 %1 och %2")), qPrintable(odd));
    QVERIFY(odd.contains(QStringLiteral("9875")));
}

void TestErrorCatalogue::plainSwedish()
{
    const QRegularExpression jargon(QStringLiteral("\\b(error|guid)\\b"),
                                    QRegularExpression::CaseInsensitiveOption);
    for (const RegisterError &error : errorcatalogue::all()) {
        const QString text = QString::fromUtf8(error.explanation);
        const QString where = QStringLiteral("%1: %2").arg(error.code).arg(text);
        QVERIFY2(!jargon.match(text).hasMatch(), qPrintable(where));
        QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(where));
        QVERIFY2(text.size() <= 300, qPrintable(where));
        QVERIFY2(text.at(0).isUpper(), qPrintable(where));
        QVERIFY2(!text.contains(QLatin1String("  ")), qPrintable(where));
    }
}

QTEST_GUILESS_MAIN(TestErrorCatalogue)
#include "tst_errorcatalogue.moc"
