#include "models/valuelistcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>

#include <memory>

namespace avfall {

namespace {

Q_LOGGING_CATEGORY(lcCache, "avfall.models.valuelistcache")

const QString kWasteCodes = QStringLiteral("avfallstyper");
const QString kTreatmentMethods = QStringLiteral("behandlingsmetoder");
const QString kRecoveryResultTypes = QStringLiteral("atervinningsresultattyper");
const QString kTransportModes = QStringLiteral("transportsatt");
const QString kNoteTypes = QStringLiteral("anteckningstyper");

// The bundled files behind ValueLists::bundled(), in the order of its waste-code lists.
const QStringList &bundledWasteCodeFiles()
{
    static const QStringList files{QStringLiteral(":/data/avfallstyper_2020.json"),
                                   QStringLiteral(":/data/avfallstyper_2026-12-09.json")};
    return files;
}

// Which of the bundled waste-code lists is in force on the date; the newest when none is.
int bundledWasteCodeSlot(const QDate &date)
{
    const QList<WasteCodeList> &lists = ValueLists::bundled().wasteCodeLists();
    for (qsizetype i = 0; i < lists.size(); ++i) {
        if (lists.at(i).isValidOn(date))
            return int(i);
    }
    return int(lists.size()) - 1;
}

// The answer must be a JSON array with at least one object in it.
bool readArray(const QByteArray &json, QJsonArray *array, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        *error = ValueListCache::tr("ogiltig JSON (%1 vid tecken %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!document.isArray()) {
        *error = ValueListCache::tr("ingen lista i svaret");
        return false;
    }
    *array = document.array();
    if (array->isEmpty()) {
        *error = ValueListCache::tr("listan är tom");
        return false;
    }
    for (const QJsonValue &value : std::as_const(*array)) {
        if (!value.isObject()) {
            *error = ValueListCache::tr("listan innehåller något annat än poster");
            return false;
        }
    }
    return true;
}

qsizetype arrayOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).array().size();
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool saveAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = ValueListCache::tr("%1 kunde inte sparas: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

const QStringList &ValueListCache::listNames()
{
    static const QStringList names{kWasteCodes, kTreatmentMethods, kRecoveryResultTypes, kTransportModes,
                                   kNoteTypes};
    return names;
}

ValueListCache::ValueListCache(const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_directory(cacheDirectory + QStringLiteral("/varden"))
    , m_lists(ValueLists::bundled())
{
    load();
}

ValueListCache::~ValueListCache() = default;

QString ValueListCache::listFile(const QString &name) const
{
    return m_directory + QLatin1Char('/') + name + QStringLiteral(".json");
}

QString ValueListCache::metaFile(const QString &name) const
{
    return m_directory + QLatin1Char('/') + name + QStringLiteral(".meta.json");
}

void ValueListCache::setFetcher(ValueListFetcher fetcher)
{
    m_fetcher = std::move(fetcher);
}

void ValueListCache::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime ValueListCache::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

QDateTime ValueListCache::fetchedAt(const QString &name) const
{
    return m_entries.value(name).fetchedAt;
}

bool ValueListCache::isStale(const QString &name, const QDateTime &at) const
{
    const QDateTime fetched = fetchedAt(name);
    if (!fetched.isValid())
        return true;
    const qint64 age = fetched.secsTo(at);
    // A fetch time well in the future means the clock was changed: fetch again.
    return age >= kMaxAgeSeconds || age < -5 * 60;
}

QByteArray ValueListCache::json(const QString &name, const QDate &date) const
{
    if (!listNames().contains(name))
        return {};
    const QDate day = date.isValid() ? date : now().date();
    const Entry entry = m_entries.value(name);
    if (entry.fetchedAt.isValid() &&
        (name != kWasteCodes || entry.wasteCodeSlot == bundledWasteCodeSlot(day))) {
        QByteArray cached;
        QDateTime fetched;
        QString error;
        if (readCached(name, &cached, &fetched, &error))
            return cached;
    }
    if (name == kWasteCodes)
        return readFile(bundledWasteCodeFiles().value(bundledWasteCodeSlot(day)));
    return readFile(QStringLiteral(":/data/%1.json").arg(name));
}

void ValueListCache::reload()
{
    load();
    emit listsChanged();
}

void ValueListCache::load()
{
    m_lists = ValueLists::bundled();
    m_entries.clear();
    for (const QString &name : listNames()) {
        QByteArray cached;
        QDateTime fetched;
        QString error;
        if (!readCached(name, &cached, &fetched, &error)) {
            if (!error.isEmpty())
                qCWarning(lcCache).noquote() << name << error << "- the bundled list is used";
            continue;
        }
        Entry entry;
        if (apply(name, cached, fetched, m_lists, entry, &error))
            m_entries.insert(name, entry);
        else
            qCWarning(lcCache).noquote() << name << error << "- the bundled list is used";
    }
}

// Empty error and false: nothing cached (the normal first start).
bool ValueListCache::readCached(const QString &name, QByteArray *json, QDateTime *fetchedAt,
                                QString *error) const
{
    error->clear();
    QFile meta(metaFile(name));
    if (!meta.exists())
        return false;
    if (!meta.open(QIODevice::ReadOnly)) {
        *error = meta.errorString();
        return false;
    }
    const QJsonObject info = QJsonDocument::fromJson(meta.readAll()).object();
    *fetchedAt = QDateTime::fromString(info.value(QLatin1String("hamtad")).toString(), Qt::ISODateWithMs);
    const QString checksum = info.value(QLatin1String("sha256")).toString();
    if (!fetchedAt->isValid() || checksum.isEmpty()) {
        *error = QStringLiteral("unreadable %1").arg(meta.fileName());
        return false;
    }
    QFile data(listFile(name));
    if (!data.open(QIODevice::ReadOnly)) {
        *error = data.errorString();
        return false;
    }
    *json = data.readAll();
    if (json->isEmpty() || sha256Hex(*json) != checksum) {
        *error = QStringLiteral("%1 does not match its checksum").arg(data.fileName());
        return false;
    }
    return true;
}

bool ValueListCache::apply(const QString &name, const QByteArray &json, const QDateTime &fetched,
                           ValueLists &target, Entry &entry, QString *error, bool *tooShort) const
{
    entry = Entry{fetched, -1};
    // A list far shorter than the bundled one is a broken answer (a gateway's cut-off page, a
    // filtered test list), not a register that dropped half its codes: it is refused, and the list
    // in use stays.
    const auto shorterThanHalf = [&](qsizetype count, qsizetype bundled) {
        if (count * 2 >= bundled)
            return false;
        *error = tr("registret skickade bara %1 poster mot %2 i programmets egen lista. Den korta listan "
                    "används inte; listan som redan fanns gäller")
                     .arg(count)
                     .arg(bundled);
        if (tooShort)
            *tooShort = true;
        return true;
    };
    if (name == kWasteCodes) {
        QString parseError;
        WasteCodeList list = WasteCodeList::fromJson(json, &parseError);
        if (list.isEmpty() || list.reportableCount() == 0) {
            *error = parseError.isEmpty() ? tr("inga avfallskoder i listan") : parseError;
            return false;
        }
        // The register's list is the wording in force on the day it was fetched: it takes the
        // place (and the dates) of the bundled list for that period. Start from the bundled lists
        // so that an older fetch of the other period does not linger.
        QList<WasteCodeList> lists = ValueLists::bundled().wasteCodeLists();
        entry.wasteCodeSlot = bundledWasteCodeSlot(fetched.toLocalTime().date());
        const WasteCodeList &replaced = lists.at(entry.wasteCodeSlot);
        if (shorterThanHalf(list.reportableCount(), replaced.reportableCount()))
            return false;
        list.setValidity(replaced.validFrom(), replaced.validTo());
        lists[entry.wasteCodeSlot] = std::move(list);
        target.setWasteCodeLists(std::move(lists));
        // It is also the one list the register judges every note by until it changes its wording.
        target.setRegisterWasteCodes(entry.wasteCodeSlot, fetched);
        return true;
    }

    QJsonArray array;
    if (!readArray(json, &array, error))
        return false;
    const ValueLists &bundled = ValueLists::bundled();
    if (name == kTreatmentMethods) {
        QList<TreatmentMethod> methods = ValueLists::treatmentMethodsFromJson(json);
        if (methods.isEmpty()) {
            *error = tr("inga behandlingsmetoder i listan");
            return false;
        }
        if (shorterThanHalf(methods.size(), bundled.treatmentMethods().size()))
            return false;
        target.setTreatmentMethods(std::move(methods));
    } else if (name == kTransportModes) {
        QList<TransportMode> modes = ValueLists::transportModesFromJson(json);
        if (modes.isEmpty()) {
            *error = tr("inga transportsätt i listan");
            return false;
        }
        if (shorterThanHalf(modes.size(), bundled.transportModes().size()))
            return false;
        target.setTransportModes(std::move(modes));
    } else if (name == kRecoveryResultTypes) {
        QList<RecoveryResultType> types = ValueLists::recoveryResultTypesFromJson(json);
        if (types.isEmpty()) {
            *error = tr("inga resultattyper i listan");
            return false;
        }
        if (shorterThanHalf(types.size(), bundled.recoveryResultTypes().size()))
            return false;
        // What the register sends is confirmed, whatever the entries say.
        for (RecoveryResultType &type : types)
            type.confirmed = true;
        target.setRecoveryResultTypes(std::move(types));
    }
    // anteckningstyper: nothing in ValueLists draws from it; a readable array, not much shorter.
    if (name == kNoteTypes &&
        shorterThanHalf(array.size(), arrayOf(readFile(QStringLiteral(":/data/%1.json").arg(name)))))
        return false;
    return true;
}

bool ValueListCache::write(const QString &name, const QByteArray &json, const QDateTime &fetched,
                           QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        *error = tr("mappen %1 kunde inte skapas").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // The list first, then the meta file that vouches for it: a crash in between leaves a
    // checksum mismatch, which reads as "not cached" and is fetched again.
    const QJsonObject meta{{QStringLiteral("lista"), name},
                           {QStringLiteral("hamtad"), fetched.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("sha256"), sha256Hex(json)},
                           {QStringLiteral("storlek"), qint64(json.size())}};
    return saveAtomically(listFile(name), json, error) &&
           saveAtomically(metaFile(name), QJsonDocument(meta).toJson(QJsonDocument::Indented), error);
}

void ValueListCache::refresh(bool force)
{
    QStringList names;
    const QDateTime at = now();
    for (const QString &name : listNames()) {
        if (force || isStale(name, at))
            names.append(name);
    }
    refreshLists(names);
}

void ValueListCache::refreshLists(const QStringList &names)
{
    if (!m_fetcher) {
        emit refreshFinished(false, tr("Ingen anslutning till registret är inställd. De sparade eller "
                                       "inbyggda värdelistorna används."));
        return;
    }
    for (const QString &name : names) {
        if (listNames().contains(name) && !m_queue.contains(name) && !m_done.contains(name) &&
            name != m_inFlight)
            m_queue.append(name);
    }
    if (m_refreshing)
        return; // joins the refresh that runs
    if (m_queue.isEmpty()) {
        emit refreshFinished(true, tr("Värdelistorna är aktuella."));
        return;
    }
    m_refreshing = true;
    m_done.clear();
    m_errors.clear();
    m_fetched = 0;
    m_changed = false;
    fetchNext();
}

void ValueListCache::fetchNext()
{
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    m_inFlight = m_queue.takeFirst();
    QPointer<ValueListCache> self(this);
    auto called = std::make_shared<bool>(false);
    const QString name = m_inFlight;
    m_fetcher(name, [self, name, called](bool ok, const QByteArray &json, const QString &error) {
        if (*called || !self)
            return; // a second answer, or the cache is gone
        *called = true;
        self->received(name, ok, json, error);
    });
}

void ValueListCache::received(const QString &name, bool ok, const QByteArray &json, const QString &error)
{
    m_inFlight.clear();
    m_done.append(name);
    if (!ok) {
        m_errors.append(QStringLiteral("%1: %2").arg(name, error.isEmpty() ? tr("okänt fel") : error));
    } else {
        ValueLists candidate = m_lists;
        Entry entry;
        QString problem;
        const QDateTime at = now();
        bool tooShort = false;
        if (!apply(name, json, at, candidate, entry, &problem, &tooShort)) {
            m_errors.append(tooShort ? QStringLiteral("%1: %2").arg(name, problem)
                                     : tr("%1: registrets svar gick inte att läsa (%2)").arg(name, problem));
        } else {
            if (!write(name, json, at, &problem))
                m_errors.append(QStringLiteral("%1: %2").arg(name, problem));
            m_lists = std::move(candidate);
            m_entries.insert(name, entry);
            m_changed = true;
            ++m_fetched;
        }
    }
    fetchNext();
}

void ValueListCache::finish()
{
    m_refreshing = false;
    const qsizetype tried = m_done.size();
    m_done.clear();
    const bool ok = m_errors.isEmpty();
    const QString message =
        ok ? tr("Värdelistorna hämtades från registret (%1 av %2).").arg(m_fetched).arg(tried)
           : tr("Alla värdelistor kunde inte uppdateras: %1. De sparade eller inbyggda listorna används "
                "tills vidare.")
                 .arg(m_errors.join(QStringLiteral("; ")));
    m_errors.clear();
    if (m_changed)
        emit listsChanged();
    emit refreshFinished(ok, message);
}

} // namespace avfall
