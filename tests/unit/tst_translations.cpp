#include "core/environment.h"
#include "core/notetype.h"
#include "core/notevalidator.h"
#include "core/translations.h"
#include "tests/support/testprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// The translation catalogues in translations/: every message finished (no unfinished, vanished
// or obsolete entry, no empty translation) with the same %1…%99 placeholders as its source, and
// the compiled English catalogue loads and translates. To fix a failure, see
// scripts/ts_translations.py (report / export / apply).
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogues_data();
    void catalogues();
    void validatorMessagesFollowTheLanguage(); // before the next one installs English for good
    void englishCatalogueLoadsAndTranslates();
    void swedishKeepsTheSourceAndLoadsQtExtras();
    void languagesOffered();

private:
    struct Message
    {
        QString context;
        QString source;
        QString type;
        QStringList translations; // one, or the numerus forms
        bool numerus = false;
        qint64 line = 0;
    };
    static QList<Message> read(const QString &path, QString *error);
    static QStringList placeholders(const QString &text, bool withoutN);
};

QList<TestTranslations::Message> TestTranslations::read(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages << current;
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            current.line = xml.lineNumber();
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QStringList TestTranslations::placeholders(const QString &text, bool withoutN)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString placeholder = it.next().captured();
        if (!(withoutN && placeholder == QLatin1String("%n")))
            found.insert(placeholder);
    }
    QStringList sorted(found.begin(), found.end());
    sorted.sort();
    return sorted;
}

void TestTranslations::catalogues_data()
{
    QTest::addColumn<QString>("path");
    const QDir directory(avfall::test::sourceDirectory() + QStringLiteral("/translations"));
    const QStringList files = directory.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY2(files.contains(QStringLiteral("avfallsrapport_en.ts")), qPrintable(directory.path()));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << directory.filePath(file);
}

void TestTranslations::catalogues()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = read(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = QStringLiteral("line %1, %2: \"%3\"")
                                  .arg(message.line)
                                  .arg(message.context, message.source.left(60));
        if (message.type == QLatin1String("unfinished") || message.type == QLatin1String("vanished") ||
            message.type == QLatin1String("obsolete")) {
            problems << message.type + QStringLiteral(": ") + where;
            continue;
        }
        if (message.translations.isEmpty()) {
            problems << QStringLiteral("no translation: ") + where;
            continue;
        }
        if (message.numerus && message.translations.size() < 2)
            problems << QStringLiteral("one numerus form only: ") + where;
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << QStringLiteral("empty: ") + where;
                break;
            }
            // A singular form may spell the number out; every other placeholder must be kept.
            if (placeholders(translation, message.numerus) != placeholders(message.source, message.numerus)) {
                problems << QStringLiteral("placeholders %1 ≠ %2: ")
                                    .arg(placeholders(translation, false).join(QLatin1Char(',')),
                                         placeholders(message.source, false).join(QLatin1Char(','))) +
                                where;
                break;
            }
        }
        if (message.numerus && !message.translations.last().contains(QLatin1String("%n")))
            problems << QStringLiteral("plural form without %n: ") + where;
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s) in %2 (fix with scripts/ts_translations.py):\n")
                            .arg(problems.size())
                            .arg(path) +
                        problems.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestTranslations::englishCatalogueLoadsAndTranslates()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("avfallsrapport_en"), QStringLiteral(":/i18n")));
    QCOMPARE(translator.translate("Environment", "Sandlåda"), QStringLiteral("Sandbox"));
    QCOMPARE(translator.translate("Environment", "Produktion"), QStringLiteral("Production"));
    QCOMPARE(translator.translate("avfall::forms::SettingsDialog", "Inställningar"),
             QStringLiteral("Settings"));
    QCOMPARE(translator
                 .translate("IdentityStore",
                            "Certifikatet går ut om %n dagar (%1). Beställ ett nytt från er "
                            "certifikatutfärdare i god tid och importera det här.",
                            nullptr, 1)
                 .left(33),
             QStringLiteral("The certificate expires in %n day"));

    // Through the app's own loader, as main() does it.
    const QStringList missing =
        avfall::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    QVERIFY2(!missing.contains(QStringLiteral("avfallsrapport_en")),
             qPrintable(missing.join(QLatin1Char(','))));
    QCOMPARE(avfall::environmentDisplayName(avfall::Environment::Custom), QStringLiteral("Custom address"));
    QCOMPARE(QCoreApplication::translate("avfall::forms::ConnectionPage", "%n dagar kvar", nullptr, 3),
             QStringLiteral("%n days left").replace(QLatin1String("%n"), QLatin1String("3")));
}

// lupdate must see the context the validator translates with at run time: every message it gives
// for broken notes of each type reads differently once the English catalogue is installed.
void TestTranslations::validatorMessagesFollowTheLanguage()
{
    const avfall::NoteValidator validator;
    const QJsonObject broken{
        {QStringLiteral("tidpunkt"), QStringLiteral("igår")},
        {QStringLiteral("avfall"), QJsonObject{{QStringLiteral("avfallskod"), QStringLiteral("999999")},
                                               {QStringLiteral("mangd"), -3}}},
        {QStringLiteral("verksamhetsutovare"), QStringLiteral("5560000000")},
    };
    const auto messages = [&] {
        QStringList texts;
        for (const avfall::NoteType &type : avfall::noteTypes())
            for (const QJsonObject &note : {QJsonObject(), broken})
                for (const avfall::Problem &problem : validator.validate(type.kind, note))
                    texts << problem.message;
        for (const avfall::Problem &problem : validator.validateCancellation({}))
            texts << problem.message;
        return texts;
    };
    const QStringList swedish = messages();
    QTranslator english;
    QVERIFY(english.load(QStringLiteral("avfallsrapport_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&english);
    const QStringList translated = messages();
    QCoreApplication::removeTranslator(&english);
    QVERIFY(swedish.size() > 20);
    QCOMPARE(translated.size(), swedish.size());
    for (qsizetype i = 0; i < swedish.size(); ++i)
        QVERIFY2(translated.at(i) != swedish.at(i), qPrintable(swedish.at(i)));
}

void TestTranslations::swedishKeepsTheSourceAndLoadsQtExtras()
{
    QTranslator extras;
    QVERIFY(extras.load(QStringLiteral("qtextra_sv"), QStringLiteral(":/i18n")));
    QCOMPARE(extras.translate("QPlatformTheme", "Save"), QStringLiteral("Spara"));
}

void TestTranslations::languagesOffered()
{
    QCOMPARE(avfall::availableLanguages(), (QStringList{QStringLiteral("sv"), QStringLiteral("en")}));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
