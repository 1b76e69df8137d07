#include "fieldcatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace avfall;

Q_DECLARE_METATYPE(const avfall::Block *)

// The catalogue against the machine facts that scripts/extract_contract_facts.py derives from the
// contract (BTFA.Anteckning.json, build 1.2.8). A contract change shows up here, field by field,
// instead of as a rejected note.
class TestFieldCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesContract_data();
    void matchesContract();
    void resourcePathsMatchModels();
    void everyFieldHasLabelAndHelp();
    void pathsAndLabels();
    void cancellationReasonsMatchContract();

private:
    QJsonObject m_facts;
};

void TestFieldCatalogue::initTestCase()
{
    QFile file(QStringLiteral(":/data/contract_facts.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_facts = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(m_facts.contains(QStringLiteral("Transportplanering")));
}

void TestFieldCatalogue::matchesContract_data()
{
    QTest::addColumn<const Block *>("block");
    for (const NoteType &type : noteTypes())
        QTest::newRow(qPrintable(type.model)) << &catalogue::note(type.kind);
    QTest::newRow("Avfall") << &catalogue::avfall();
    QTest::newRow("Plats") << &catalogue::plats();
    QTest::newRow("Adress") << &catalogue::adress();
    QTest::newRow("Koordinat") << &catalogue::koordinat();
    QTest::newRow("Behandling") << &catalogue::behandling();
    QTest::newRow("MakuleraAnteckning") << &catalogue::cancellation();
}

void TestFieldCatalogue::matchesContract()
{
    QFETCH(const Block *, block);
    const QJsonObject model = m_facts.value(block->name).toObject();
    QVERIFY2(!model.isEmpty(), qPrintable(block->name));
    const QJsonObject properties = model.value(QStringLiteral("properties")).toObject();

    // Exactly the contract's field names, spelling and case included.
    QStringList ours = block->fieldNames();
    QStringList theirs = properties.keys();
    ours.sort();
    theirs.sort();
    QCOMPARE(ours, theirs);

    // Exactly the contract's required list.
    QStringList required;
    for (const QJsonValue &name : model.value(QStringLiteral("required")).toArray())
        required << name.toString();
    required.sort();
    QStringList ourRequired;
    for (const Field &field : block->fields) {
        if (field.presence == Presence::Required)
            ourRequired << field.json;
    }
    ourRequired.sort();
    QCOMPARE(ourRequired, required);

    // Types, formats and nested models.
    for (const Field &field : block->fields) {
        const QJsonObject fact = properties.value(field.json).toObject();
        const QString type = fact.value(QStringLiteral("type")).toString();
        const QString format = fact.value(QStringLiteral("format")).toString();
        switch (field.kind) {
        case FieldKind::Text:
            QVERIFY2(type == QLatin1String("string") && format != QLatin1String("date-time"),
                     qPrintable(field.json));
            break;
        case FieldKind::DateTime:
            QVERIFY2(type == QLatin1String("string") && format == QLatin1String("date-time"),
                     qPrintable(field.json));
            break;
        case FieldKind::Integer:
            QVERIFY2(type == QLatin1String("integer"), qPrintable(field.json));
            break;
        case FieldKind::Decimal:
            QVERIFY2(type == QLatin1String("number"), qPrintable(field.json));
            break;
        case FieldKind::Object:
            QCOMPARE(fact.value(QStringLiteral("ref")).toString(), field.block->name);
            break;
        case FieldKind::List:
            QCOMPARE(type, QStringLiteral("array"));
            QCOMPARE(fact.value(QStringLiteral("items")).toString(), field.block->name);
            break;
        }
        // A field we limit in length carries the contract's limit where the contract states one.
        const int maxLength = fact.value(QStringLiteral("maxLength")).toInt();
        if (maxLength > 0)
            QVERIFY2(field.maxLength == maxLength, qPrintable(field.json + QStringLiteral(" maxLength")));
        // Nullable in the contract means the field may be left out (or depends on other fields).
        if (fact.value(QStringLiteral("nullable")).toBool())
            QVERIFY2(field.presence != Presence::Required, qPrintable(field.json));
    }
}

void TestFieldCatalogue::resourcePathsMatchModels()
{
    const QJsonObject paths = m_facts.value(QStringLiteral("paths")).toObject();
    QCOMPARE(paths.size(), noteTypes().size());
    for (const NoteType &type : noteTypes()) {
        QCOMPARE(paths.value(type.resource).toString(), type.model);
        QCOMPARE(catalogue::note(type.kind).name, type.model);
    }
}

void TestFieldCatalogue::everyFieldHasLabelAndHelp()
{
    QList<const Block *> blocks = {&catalogue::avfall(), &catalogue::plats(), &catalogue::adress(),
                                   &catalogue::koordinat(), &catalogue::behandling()};
    for (const NoteType &type : noteTypes())
        blocks << &catalogue::note(type.kind);
    for (const Block *block : blocks) {
        for (const Field &field : block->fields) {
            QVERIFY2(!field.displayLabel().isEmpty(), qPrintable(field.json));
            QVERIFY2(field.displayHelp().size() > 10, qPrintable(field.json));
            QVERIFY2(!field.displayLabel().contains(QLatin1Char('_')), qPrintable(field.json));
        }
    }
}

void TestFieldCatalogue::pathsAndLabels()
{
    const Field *postcode =
        catalogue::fieldAt(NoteKind::Transportplanering, u"mottagningsplats.adress.postnummer");
    QVERIFY(postcode);
    QCOMPARE(postcode->rule, FieldRule::Postcode);
    QCOMPARE(catalogue::labelOfPath(NoteKind::Transportplanering, u"mottagningsplats.adress.postnummer"),
             QStringLiteral("Mottagningsplats – Adress – Postnummer"));
    QVERIFY(catalogue::fieldAt(NoteKind::Behandlingsmottagning, u"senasteHanteringsplats"));
    QVERIFY(!catalogue::fieldAt(NoteKind::Behandlingsmottagning, u"senasteHanteringsPlats"));
    QVERIFY(catalogue::fieldAt(NoteKind::InsamlingsMottagning, u"senasteHanteringsPlats"));
    QVERIFY(catalogue::fieldAt(NoteKind::Behandlingsresultat, u"behandlingar.underkod"));
    QVERIFY(!catalogue::fieldAt(NoteKind::Handel, u"transportsatt"));
    QCOMPARE(catalogue::fieldAt(NoteKind::Behandlingsoverlamning, u"transportsatt")->presence,
             Presence::Optional);
    QCOMPARE(catalogue::fieldAt(NoteKind::Transport, u"transportsatt")->presence, Presence::Required);
}

void TestFieldCatalogue::cancellationReasonsMatchContract()
{
    QStringList ours;
    for (const auto &reason : catalogue::cancellationReasons())
        ours << reason.code;
    QStringList theirs;
    for (const QJsonValue &value : m_facts.value(QStringLiteral("makuleringsorsak")).toArray())
        theirs << value.toString();
    QCOMPARE(ours, theirs);
}

QTEST_GUILESS_MAIN(TestFieldCatalogue)
#include "tst_fieldcatalogue.moc"
