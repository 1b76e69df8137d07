#include "models/valuelistcache.h"
#include "tests/support/testprofile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using avfall::ValueListCache;
using avfall::ValueLists;

namespace {

// Answers like the register: from a table, at once or when told to, or with a failure.
class FakeRegister
{
public:
    QHash<QString, QByteArray> answers;
    QHash<QString, QString> failures;
    QStringList calls;
    bool deferred = false;
    QList<std::pair<QString, avfall::ValueListFetchDone>> pending;

    avfall::ValueListFetcher fetcher()
    {
        return [this](const QString &name, avfall::ValueListFetchDone done) {
            calls.append(name);
            if (deferred)
                pending.append({name, std::move(done)});
            else
                answer(name, done);
        };
    }
    void answer(const QString &name, const avfall::ValueListFetchDone &done) const
    {
        if (failures.contains(name))
            done(false, QByteArray(), failures.value(name));
        else
            done(true, answers.value(name), QString());
    }
    void answerPending()
    {
        const auto waiting = std::exchange(pending, {});
        for (const auto &[name, done] : waiting)
            answer(name, done);
    }
};

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing resource");
    return file.readAll();
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// Three transport modes instead of the bundled six: easy to tell apart.
QByteArray threeTransportModes()
{
    return compact(
        QJsonArray{QJsonObject{{QStringLiteral("transportsatt"), QStringLiteral("R")},
                               {QStringLiteral("beskrivning"), QStringLiteral("Vägtransport")}},
                   QJsonObject{{QStringLiteral("transportsatt"), QStringLiteral("T")},
                               {QStringLiteral("beskrivning"), QStringLiteral("Järnvägstransport")}},
                   QJsonObject{{QStringLiteral("transportsatt"), QStringLiteral("S")},
                               {QStringLiteral("beskrivning"), QStringLiteral("Sjötransport")}}});
}

// The register's GET /avfallstyper: the bare tree of the new wording, without dates, with one
// description changed so that the test can tell it from the bundled list.
QByteArray registerWasteCodes(const QString &blybatterier)
{
    QJsonArray chapters = QJsonDocument::fromJson(resource(QStringLiteral("avfallstyper_2026-12-09.json")))
                              .object()
                              .value(QLatin1String("avfallstyper"))
                              .toArray();
    for (qsizetype c = 0; c < chapters.size(); ++c) {
        QJsonObject chapter = chapters.at(c).toObject();
        if (chapter.value(QLatin1String("kod")).toString() != QLatin1String("16"))
            continue;
        QJsonArray subchapters = chapter.value(QLatin1String("avfallstyper")).toArray();
        for (qsizetype s = 0; s < subchapters.size(); ++s) {
            QJsonObject subchapter = subchapters.at(s).toObject();
            if (subchapter.value(QLatin1String("kod")).toString() != QLatin1String("1606"))
                continue;
            QJsonArray entries = subchapter.value(QLatin1String("avfallstyper")).toArray();
            QJsonObject first = entries.at(0).toObject();
            first.insert(QStringLiteral("beskrivning"), blybatterier);
            entries.replace(0, first);
            subchapter.insert(QStringLiteral("avfallstyper"), entries);
            subchapters.replace(s, subchapter);
        }
        chapter.insert(QStringLiteral("avfallstyper"), subchapters);
        chapters.replace(c, chapter);
    }
    return compact(chapters);
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestValueListCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listNames();
    void bundledOnFirstStart();
    void fetchWritesAtomicallyAndLoads();
    void staleAfterOneDay();
    void refreshFetchesOnlyStaleLists();
    void corruptCacheFallsBack_data();
    void corruptCacheFallsBack();
    void failedFetchKeepsOldList();
    void unreadableAnswerIsNeverWritten_data();
    void unreadableAnswerIsNeverWritten();
    void muchShorterListIsRefused_data();
    void muchShorterListIsRefused();
    void fetchedWasteListBecomesCurrent();
    void wasteListFetchedBeforeTheChangeReplacesThe2020Wording();
    void recoveryResultTypesFromRegisterAreConfirmed();
    void withoutFetcher();
    void callsDuringRefreshJoinIt();
    void answerAfterDestructionIsIgnored();

private:
    std::unique_ptr<avfall::test::TestProfile> m_profile;
    QDateTime m_now;
    std::unique_ptr<ValueListCache> makeCache(FakeRegister *fake = nullptr);
    QString cacheDirectory() const { return m_profile->profile().cacheDirectory(); }
};

void TestValueListCache::init()
{
    m_profile = std::make_unique<avfall::test::TestProfile>();
    m_now = at("2026-11-27T10:15:00+01:00");
}

std::unique_ptr<ValueListCache> TestValueListCache::makeCache(FakeRegister *fake)
{
    auto cache = std::make_unique<ValueListCache>(cacheDirectory());
    cache->setClock([this] { return m_now; });
    if (fake)
        cache->setFetcher(fake->fetcher());
    return cache;
}

void TestValueListCache::listNames()
{
    QCOMPARE(ValueListCache::listNames(),
             (QStringList{QStringLiteral("avfallstyper"), QStringLiteral("behandlingsmetoder"),
                          QStringLiteral("atervinningsresultattyper"), QStringLiteral("transportsatt"),
                          QStringLiteral("anteckningstyper")}));
}

void TestValueListCache::bundledOnFirstStart()
{
    const auto cache = makeCache();
    const ValueLists &bundled = ValueLists::bundled();
    QCOMPARE(cache->lists().wasteCodeLists().size(), 2);
    QCOMPARE(cache->lists().wasteCodesOn(QDate(2026, 11, 27)).reportableCount(), 842);
    QCOMPARE(cache->lists().wasteCodesOn(QDate(2026, 12, 9)).reportableCount(), 880);
    QCOMPARE(cache->lists().transportModes().size(), bundled.transportModes().size());
    QCOMPARE(cache->lists().treatmentMethods().size(), bundled.treatmentMethods().size());
    QCOMPARE(cache->lists().municipalities().size(), bundled.municipalities().size());
    for (const QString &name : ValueListCache::listNames()) {
        QVERIFY(!cache->fetchedAt(name).isValid());
        QVERIFY(cache->isStale(name));
    }
    QCOMPARE(cache->json(QStringLiteral("transportsatt")), resource(QStringLiteral("transportsatt.json")));
    QCOMPARE(cache->json(QStringLiteral("avfallstyper"), QDate(2026, 1, 1)),
             resource(QStringLiteral("avfallstyper_2020.json")));
    QCOMPARE(cache->json(QStringLiteral("avfallstyper"), QDate(2027, 1, 1)),
             resource(QStringLiteral("avfallstyper_2026-12-09.json")));
    QVERIFY(cache->json(QStringLiteral("okand")).isEmpty());
    QVERIFY(!QFileInfo::exists(cache->directory())); // nothing written without a fetch
}

void TestValueListCache::fetchWritesAtomicallyAndLoads()
{
    FakeRegister fake;
    fake.answers.insert(QStringLiteral("transportsatt"), threeTransportModes());
    auto cache = makeCache(&fake);
    QSignalSpy finished(cache.get(), &ValueListCache::refreshFinished);
    QSignalSpy changed(cache.get(), &ValueListCache::listsChanged);
    cache->refreshLists({QStringLiteral("transportsatt")});
    QCOMPARE(finished.size(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cache->lists().transportModes().size(), 3);
    QCOMPARE(cache->fetchedAt(QStringLiteral("transportsatt")), m_now);

    // Exactly what the register sent, next to its meta file, and no temporary files left over.
    const QString file = cacheDirectory() + QStringLiteral("/varden/transportsatt.json");
    QCOMPARE(cache->listFile(QStringLiteral("transportsatt")), file);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), threeTransportModes());
    QCOMPARE(QDir(cache->directory()).entryList(QDir::Files),
             (QStringList{QStringLiteral("transportsatt.json"), QStringLiteral("transportsatt.meta.json")}));
    QCOMPARE(QFileInfo(cache->directory()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());

    // A new start reads it back.
    cache.reset();
    const auto again = makeCache();
    QCOMPARE(again->lists().transportModes().size(), 3);
    QCOMPARE(again->lists().transportModes().at(2).description, QStringLiteral("Sjötransport"));
    QCOMPARE(again->fetchedAt(QStringLiteral("transportsatt")), m_now);
    QCOMPARE(again->json(QStringLiteral("transportsatt")), threeTransportModes());
    QVERIFY(!again->fetchedAt(QStringLiteral("behandlingsmetoder")).isValid());
}

void TestValueListCache::staleAfterOneDay()
{
    FakeRegister fake;
    fake.answers.insert(QStringLiteral("transportsatt"), threeTransportModes());
    const auto cache = makeCache(&fake);
    cache->refreshLists({QStringLiteral("transportsatt")});
    const QString name = QStringLiteral("transportsatt");
    QVERIFY(!cache->isStale(name, m_now));
    QVERIFY(!cache->isStale(name, m_now.addSecs(23 * 3600 + 59 * 60)));
    QVERIFY(cache->isStale(name, m_now.addSecs(24 * 3600)));
    QVERIFY(cache->isStale(name, m_now.addDays(30)));
    QVERIFY(!cache->isStale(name, m_now.addSecs(-60)));             // a little clock drift is fine
    QVERIFY(cache->isStale(name, m_now.addSecs(-3600)));            // fetched "in the future": fetch again
    QVERIFY(cache->isStale(QStringLiteral("avfallstyper"), m_now)); // never fetched
}

void TestValueListCache::refreshFetchesOnlyStaleLists()
{
    FakeRegister fake;
    fake.answers.insert(QStringLiteral("transportsatt"), threeTransportModes());
    fake.answers.insert(QStringLiteral("anteckningstyper"),
                        resource(QStringLiteral("anteckningstyper.json")));
    fake.answers.insert(QStringLiteral("behandlingsmetoder"),
                        resource(QStringLiteral("behandlingsmetoder.json")));
    fake.answers.insert(QStringLiteral("atervinningsresultattyper"),
                        resource(QStringLiteral("atervinningsresultattyper.json")));
    fake.answers.insert(QStringLiteral("avfallstyper"), registerWasteCodes(QStringLiteral("Blybatterier")));
    const auto cache = makeCache(&fake);
    QSignalSpy finished(cache.get(), &ValueListCache::refreshFinished);

    cache->refresh();
    QCOMPARE(fake.calls, ValueListCache::listNames());
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).toBool());

    m_now = m_now.addSecs(3600);
    cache->refresh();
    QCOMPARE(fake.calls.size(), 5); // nothing stale: nothing fetched
    QCOMPARE(finished.size(), 2);
    QVERIFY(finished.at(1).at(0).toBool());

    m_now = m_now.addDays(1);
    cache->refresh();
    QCOMPARE(fake.calls.size(), 10);

    cache->refresh(true);
    QCOMPARE(fake.calls.size(), 15); // forced: everything again
}

void TestValueListCache::corruptCacheFallsBack_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<bool>("fixChecksum");
    QTest::newRow("garbage") << QByteArray("\x01\x02{not json") << true;
    QTest::newRow("empty file") << QByteArray() << true;
    QTest::newRow("empty list") << QByteArray("[]") << true;
    QTest::newRow("object instead of list") << QByteArray("{\"a\": 1}") << true;
    QTest::newRow("truncated") << threeTransportModes().left(40) << true;
    QTest::newRow("edited after writing")
        << QByteArray("[{\"transportsatt\":\"R\",\"beskrivning\":\"X\"}]") << false;
}

void TestValueListCache::corruptCacheFallsBack()
{
    QFETCH(QByteArray, list);
    QFETCH(bool, fixChecksum);
    FakeRegister fake;
    fake.answers.insert(QStringLiteral("transportsatt"), threeTransportModes());
    auto cache = makeCache(&fake);
    cache->refreshLists({QStringLiteral("transportsatt")});
    QCOMPARE(cache->lists().transportModes().size(), 3);
    cache.reset();

    // Damage the list; with fixChecksum the meta file vouches for the damaged bytes.
    const QString file = cacheDirectory() + QStringLiteral("/varden/transportsatt.json");
    const QString meta = cacheDirectory() + QStringLiteral("/varden/transportsatt.meta.json");
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(list);
    }
    if (fixChecksum) {
        QFile metaFile(meta);
        QVERIFY(metaFile.open(QIODevice::ReadOnly));
        QJsonObject info = QJsonDocument::fromJson(metaFile.readAll()).object();
        metaFile.close();
        info.insert(QStringLiteral("sha256"),
                    QString::fromLatin1(QCryptographicHash::hash(list, QCryptographicHash::Sha256).toHex()));
        QVERIFY(metaFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        metaFile.write(QJsonDocument(info).toJson());
    }

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^transportsatt .* - the bundled list is used$")));
    cache = makeCache(&fake);
    QCOMPARE(cache->lists().transportModes().size(), ValueLists::bundled().transportModes().size());
    QVERIFY(!cache->fetchedAt(QStringLiteral("transportsatt")).isValid());
    QVERIFY(cache->isStale(QStringLiteral("transportsatt")));
    QCOMPARE(cache->json(QStringLiteral("transportsatt")), resource(QStringLiteral("transportsatt.json")));

    // The next successful fetch overwrites it.
    cache->refresh();
    QVERIFY(fake.calls.contains(QStringLiteral("transportsatt")));
    QCOMPARE(cache->lists().transportModes().size(), 3);
    cache.reset();
    QCOMPARE(makeCache()->lists().transportModes().size(), 3);
}

void TestValueListCache::failedFetchKeepsOldList()
{
    FakeRegister fake;
    fake.answers.insert(QStringLiteral("transportsatt"), threeTransportModes());
    const auto cache = makeCache(&fake);
    cache->refreshLists({QStringLiteral("transportsatt")});
    const QDateTime firstFetch = cache->fetchedAt(QStringLiteral("transportsatt"));

    fake.failures.insert(QStringLiteral("transportsatt"), QStringLiteral("Registret svarar inte."));
    m_now = m_now.addDays(2);
    QSignalSpy finished(cache.get(), &ValueListCache::refreshFinished);
    QSignalSpy changed(cache.get(), &ValueListCache::listsChanged);
    cache->refreshLists({QStringLiteral("transportsatt")});
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(finished.at(0).at(1).toString().contains(QStringLiteral("Registret svarar inte.")),
             qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(cache->lists().transportModes().size(), 3);
    QCOMPARE(cache->fetchedAt(QStringLiteral("transportsatt")), firstFetch);
    QVERIFY(cache->isStale(QStringLiteral("transportsatt")));
    QCOMPARE(makeCache()->lists().transportModes().size(), 3);
}

void TestValueListCache::unreadableAnswerIsNeverWritten_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("waste codes: garbage") << QStringLiteral("avfallstyper") << QByteArray("<html>502</html>");
    QTest::newRow("waste codes: empty tree") << QStringLiteral("avfallstyper") << QByteArray("[]");
    QTest::newRow("waste codes: only chapters")
        << QStringLiteral("avfallstyper") << QByteArray("[{\"kod\":\"16\",\"beskrivning\":\"x\"}]");
    QTest::newRow("methods: empty") << QStringLiteral("behandlingsmetoder") << QByteArray("[]");
    QTest::newRow("methods: no codes") << QStringLiteral("behandlingsmetoder") << QByteArray("[{\"x\":1}]");
    QTest::newRow("transport: object") << QStringLiteral("transportsatt") << QByteArray("{}");
    QTest::newRow("results: truncated")
        << QStringLiteral("atervinningsresultattyper") << QByteArray("[{\"kod\":");
    QTest::newRow("note types: strings") << QStringLiteral("anteckningstyper") << QByteArray("[\"a\"]");
    QTest::newRow("empty answer") << QStringLiteral("anteckningstyper") << QByteArray();
}

void TestValueListCache::unreadableAnswerIsNeverWritten()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, answer);
    FakeRegister fake;
    fake.answers.insert(name, answer);
    const auto cache = makeCache(&fake);
    QSignalSpy finished(cache.get(), &ValueListCache::refreshFinished);
    cache->refreshLists({name});
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(finished.at(0).at(1).toString().contains(name));
    QVERIFY(!QFileInfo::exists(cache->listFile(name)));
    QVERIFY(!QFileInfo::exists(cache->metaFile(name)));
    QVERIFY(!cache->fetchedAt(name).isValid());
    QCOMPARE(cache->json(name), ValueListCache(cacheDirectory()).json(name)); // still the bundled one
    QCOMPARE(cache->lists().wasteCodesOn(QDate(2026, 1, 1)).reportableCount(), 842);
    QCOMPARE(cache->lists().treatmentMethods().size(), ValueLists::bundled().treatmentMethods().size());
}

namespace {
QByteArray firstEntries(const QByteArray &json, qsizetype count)
{
    const QJsonArray all = QJsonDocument::fromJson(json).array();
    QJsonArray kept;
    for (qsizetype i = 0; i < std::min(count, all.size()); ++i)
        kept.append(all.at(i));
    return compact(kept);
}
} // namespace

void TestValueListCache::muchShorterListIsRefused_data()
{
    // A gateway's cut-off answer or a filtered list: valid JSON, far fewer entries than bundled.
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("full");
    QTest::addColumn<QByteArray>("shortList");
    const auto resourceRow = [](const char *name, qsizetype keep) {
        const QByteArray full = resource(QString::fromLatin1(name) + QStringLiteral(".json"));
        QTest::addRow("%s, %lld entries", name, qlonglong(keep))
            << QString::fromLatin1(name) << full << firstEntries(full, keep);
    };
    resourceRow("transportsatt", 2);
    resourceRow("behandlingsmetoder", 5);
    resourceRow("atervinningsresultattyper", 3);
    resourceRow("anteckningstyper", 3);
    // Waste codes: only chapter 16 of the tree.
    const QByteArray codes = registerWasteCodes(QStringLiteral("Blybatterier"));
    QJsonArray chapter16;
    for (const QJsonValue &chapter : QJsonDocument::fromJson(codes).array()) {
        if (chapter.toObject().value(QLatin1String("kod")).toString() == QLatin1String("16"))
            chapter16.append(chapter);
    }
    QTest::newRow("avfallstyper, one chapter")
        << QStringLiteral("avfallstyper") << codes << compact(chapter16);
}

void TestValueListCache::muchShorterListIsRefused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, full);
    QFETCH(QByteArray, shortList);
    FakeRegister fake;
    fake.answers.insert(name, full);
    const auto cache = makeCache(&fake);
    cache->refreshLists({name});
    QVERIFY(cache->isCached(name));
    const QDateTime firstFetch = cache->fetchedAt(name);
    const QByteArray before = cache->json(name);

    fake.answers.insert(name, shortList);
    m_now = m_now.addDays(2);
    QSignalSpy finished(cache.get(), &ValueListCache::refreshFinished);
    cache->refreshLists({name});
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    const QString message = finished.at(0).at(1).toString();
    QVERIFY2(message.contains(name) && message.contains(QStringLiteral("bara")), qPrintable(message));
    // The list in use stays, also on disk and after a restart.
    QCOMPARE(cache->fetchedAt(name), firstFetch);
    QCOMPARE(cache->json(name), before);
    const auto again = makeCache();
    QCOMPARE(again->json(name), before);
}

void TestValueListCache::fetchedWasteListBecomesCurrent()
{
    FakeRegister fake;
    fake.answers.insert(QStringLiteral("avfallstyper"),
                        registerWasteCodes(QStringLiteral("Hämtad från registret")));
    m_now = at("2026-12-10T08:00:00+01:00");
    const auto cache = makeCache(&fake);
    cache->refreshLists({QStringLiteral("avfallstyper")});
    QVERIFY(cache->isCached(QStringLiteral("avfallstyper")));

    const ValueLists &lists = cache->lists();
    QCOMPARE(lists.wasteCodeLists().size(), 2);
    const avfall::WasteCodeList &current = lists.wasteCodesOn(QDate(2026, 12, 10));
    QCOMPARE(current.find(u"160601")->description, QStringLiteral("Hämtad från registret"));
    QCOMPARE(current.validFrom(), QDate(2026, 12, 9));
    QVERIFY(!current.validTo().isValid());
    QCOMPARE(&lists.wasteCodesOn(QDate(2030, 1, 1)), &current);
    // Notes dated before the change keep the 2020 wording.
    const avfall::WasteCodeList &old = lists.wasteCodesOn(QDate(2026, 12, 8));
    QCOMPARE(old.find(u"160601")->description, QStringLiteral("Blybatterier"));
    QVERIFY(old.find(u"160605"));
    QVERIFY(!current.find(u"160605"));
    QCOMPARE(cache->json(QStringLiteral("avfallstyper"), QDate(2026, 12, 10)),
             registerWasteCodes(QStringLiteral("Hämtad från registret")));
    QCOMPARE(cache->json(QStringLiteral("avfallstyper"), QDate(2025, 1, 1)),
             resource(QStringLiteral("avfallstyper_2020.json")));

    // The same after a restart.
    const auto again = makeCache();
    QCOMPARE(again->lists().wasteCodesOn(QDate(2026, 12, 10)).find(u"160601")->description,
             QStringLiteral("Hämtad från registret"));
    QCOMPARE(again->lists().wasteCodesOn(QDate(2026, 6, 1)).find(u"160601")->description,
             QStringLiteral("Blybatterier"));
}

void TestValueListCache::wasteListFetchedBeforeTheChangeReplacesThe2020Wording()
{
    // Before 2026-12-09 the register answers with the wording in force then: it stands in for
    // the bundled 2020 list, and the bundled new wording still applies from 2026-12-09.
    FakeRegister fake;
    fake.answers.insert(QStringLiteral("avfallstyper"), registerWasteCodes(QStringLiteral("Före ändringen")));
    m_now = at("2026-11-27T10:15:00+01:00");
    const auto cache = makeCache(&fake);
    cache->refreshLists({QStringLiteral("avfallstyper")});
    const ValueLists &lists = cache->lists();
    QCOMPARE(lists.wasteCodesOn(QDate(2026, 11, 27)).find(u"160601")->description,
             QStringLiteral("Före ändringen"));
    QCOMPARE(lists.wasteCodesOn(QDate(2026, 11, 27)).validTo(), QDate(2026, 12, 8));
    QCOMPARE(lists.wasteCodesOn(QDate(2026, 12, 9)).find(u"160601")->description,
             QStringLiteral("Förbrukade blybatterier"));

    // The first fetch after the change takes the new period; the 2020 slot is bundled again.
    fake.answers.insert(QStringLiteral("avfallstyper"),
                        registerWasteCodes(QStringLiteral("Efter ändringen")));
    m_now = at("2026-12-09T12:00:00+01:00");
    QVERIFY(cache->isStale(QStringLiteral("avfallstyper")));
    cache->refresh();
    QCOMPARE(cache->lists().wasteCodesOn(QDate(2026, 12, 9)).find(u"160601")->description,
             QStringLiteral("Efter ändringen"));
    QCOMPARE(cache->lists().wasteCodesOn(QDate(2026, 11, 27)).find(u"160601")->description,
             QStringLiteral("Blybatterier"));
}

void TestValueListCache::recoveryResultTypesFromRegisterAreConfirmed()
{
    const auto bundledCache = makeCache();
    for (const avfall::RecoveryResultType &type : bundledCache->lists().recoveryResultTypes())
        QVERIFY(!type.confirmed); // our proposals

    FakeRegister fake;
    // Whatever the register may say in a field of ours, its list is the confirmed one.
    fake.answers.insert(QStringLiteral("atervinningsresultattyper"),
                        resource(QStringLiteral("atervinningsresultattyper.json")));
    const auto cache = makeCache(&fake);
    cache->refreshLists({QStringLiteral("atervinningsresultattyper")});
    QCOMPARE(cache->lists().recoveryResultTypes().size(), 12);
    for (const avfall::RecoveryResultType &type : cache->lists().recoveryResultTypes())
        QVERIFY(type.confirmed);
    const auto again = makeCache();
    for (const avfall::RecoveryResultType &type : again->lists().recoveryResultTypes())
        QVERIFY(type.confirmed);
}

void TestValueListCache::withoutFetcher()
{
    const auto cache = makeCache();
    QSignalSpy finished(cache.get(), &ValueListCache::refreshFinished);
    cache->refresh(true);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(!finished.at(0).at(1).toString().isEmpty());
}

void TestValueListCache::callsDuringRefreshJoinIt()
{
    FakeRegister fake;
    fake.deferred = true;
    fake.answers.insert(QStringLiteral("transportsatt"), threeTransportModes());
    fake.answers.insert(QStringLiteral("anteckningstyper"),
                        resource(QStringLiteral("anteckningstyper.json")));
    const auto cache = makeCache(&fake);
    QSignalSpy finished(cache.get(), &ValueListCache::refreshFinished);
    cache->refreshLists({QStringLiteral("transportsatt")});
    QVERIFY(cache->isRefreshing());
    cache->refreshLists({QStringLiteral("transportsatt"), QStringLiteral("anteckningstyper")});
    QCOMPARE(finished.size(), 0);
    fake.answerPending(); // transportsatt; the joined list is asked for next
    QCOMPARE(fake.calls, (QStringList{QStringLiteral("transportsatt"), QStringLiteral("anteckningstyper")}));
    QCOMPARE(finished.size(), 0);
    fake.answerPending();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(!cache->isRefreshing());
    QVERIFY(cache->isCached(QStringLiteral("anteckningstyper")));
}

void TestValueListCache::answerAfterDestructionIsIgnored()
{
    FakeRegister fake;
    fake.deferred = true;
    fake.answers.insert(QStringLiteral("transportsatt"), threeTransportModes());
    auto cache = makeCache(&fake);
    cache->refreshLists({QStringLiteral("transportsatt")});
    cache.reset();
    fake.answerPending(); // must not crash nor write
    QVERIFY(!QFileInfo::exists(cacheDirectory() + QStringLiteral("/varden/transportsatt.json")));
}

QTEST_GUILESS_MAIN(TestValueListCache)
#include "tst_valuelistcache.moc"
