#include "tests/support/powerlossvfs.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <thread>

namespace avfall::test {

namespace {

struct PendingWrite
{
    qint64 offset = 0; // a truncation: the new size
    QByteArray data;
    bool truncation = false;
};

struct TrackedFile
{
    QByteArray synced; // the content as of its last sync: what is surely on the disk
    bool exists = true;
    QList<PendingWrite> pending; // since the last sync, in order
};

struct State
{
    std::mutex mutex;
    std::map<std::string, TrackedFile> files;
    sqlite3_vfs *base = nullptr;
    sqlite3_vfs vfs{};
    sqlite3_io_methods methods{};
    qint64 operations = 0;
    qint64 cutAt = 0;
    std::function<void()> cut;
    std::atomic<int> syncDelayMs = 0;
};

State &state()
{
    static State instance;
    return instance;
}

// The file SQLite holds: ours in front, the wrapped VFS's own right behind it.
struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
    std::string *path; // set for tracked files only
};

QByteArray readDisk(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The entry of a file, made from what is on the disk when the file is new to the VFS. The caller
// holds the mutex.
TrackedFile &tracked(const std::string &path)
{
    auto it = state().files.find(path);
    if (it == state().files.end())
        it = state().files.emplace(path, TrackedFile{readDisk(path), true, {}}).first;
    return it->second;
}

void apply(QByteArray &content, const PendingWrite &write)
{
    if (write.truncation) {
        content.resize(write.offset);
        return;
    }
    const qint64 end = write.offset + write.data.size();
    if (content.size() < end)
        content.append(QByteArray(end - content.size(), '\0'));
    content.replace(write.offset, write.data.size(), write.data);
}

// Counts an operation on a tracked file; the cut happens before the operation it falls on.
void beforeOperation()
{
    std::function<void()> cut;
    {
        std::lock_guard lock(state().mutex);
        ++state().operations;
        if (state().cutAt > 0 && state().operations == state().cutAt)
            cut = state().cut;
    }
    if (cut)
        cut();
}

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file)->real;
}

int shimClose(sqlite3_file *file)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    const int rc = shim->real->pMethods ? shim->real->pMethods->xClose(shim->real) : SQLITE_OK;
    delete shim->path;
    shim->path = nullptr;
    return rc;
}

int shimRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}

int shimWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    if (!shim->path)
        return shim->real->pMethods->xWrite(shim->real, buffer, amount, offset);
    beforeOperation();
    std::lock_guard lock(state().mutex);
    TrackedFile &entry = tracked(*shim->path);
    const int rc = shim->real->pMethods->xWrite(shim->real, buffer, amount, offset);
    if (rc == SQLITE_OK)
        entry.pending.append({offset, QByteArray(static_cast<const char *>(buffer), amount), false});
    return rc;
}

int shimTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    if (!shim->path)
        return shim->real->pMethods->xTruncate(shim->real, size);
    beforeOperation();
    std::lock_guard lock(state().mutex);
    TrackedFile &entry = tracked(*shim->path);
    const int rc = shim->real->pMethods->xTruncate(shim->real, size);
    if (rc == SQLITE_OK)
        entry.pending.append({size, QByteArray(), true});
    return rc;
}

int shimSync(sqlite3_file *file, int flags)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    if (!shim->path)
        return shim->real->pMethods->xSync(shim->real, flags);
    beforeOperation();
    if (const int delay = state().syncDelayMs)
        std::this_thread::sleep_for(std::chrono::milliseconds(delay));
    std::lock_guard lock(state().mutex);
    const int rc = shim->real->pMethods->xSync(shim->real, flags);
    if (rc == SQLITE_OK) {
        // fsync covers the whole file, whichever handle wrote to it.
        TrackedFile &entry = tracked(*shim->path);
        entry.synced = readDisk(*shim->path);
        entry.pending.clear();
    }
    return rc;
}

int shimFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}

int shimLock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xLock(real(file), level);
}

int shimUnlock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xUnlock(real(file), level);
}

int shimCheckReservedLock(sqlite3_file *file, int *result)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), result);
}

int shimFileControl(sqlite3_file *file, int op, void *argument)
{
    return real(file)->pMethods->xFileControl(real(file), op, argument);
}

int shimSectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int shimDeviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int shimShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **address)
{
    return real(file)->pMethods->xShmMap(real(file), page, pageSize, extend, address);
}

int shimShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}

void shimShmBarrier(sqlite3_file *file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}

int shimShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    shim->path = nullptr;
    shim->base.pMethods = nullptr;
    sqlite3_vfs *base = state().base;
    const bool tracked =
        name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_WAL)) != 0;
    std::unique_lock lock(state().mutex, std::defer_lock);
    bool known = false;
    if (tracked) {
        lock.lock();
        const auto it = state().files.find(name);
        known = it != state().files.end() && it->second.exists;
    }
    const int rc = base->xOpen(base, name, shim->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    if (tracked) {
        shim->path = new std::string(name);
        // Already on the disk before this process touched it (a restart), or created now.
        if (!known)
            state().files[*shim->path] = TrackedFile{readDisk(*shim->path), true, {}};
    }
    shim->base.pMethods = &state().methods;
    return SQLITE_OK;
}

int shimDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    sqlite3_vfs *base = state().base;
    std::lock_guard lock(state().mutex);
    const int rc = base->xDelete(base, name, syncDirectory);
    const auto it = state().files.find(name);
    if (rc == SQLITE_OK && it != state().files.end())
        it->second = TrackedFile{QByteArray(), false, {}};
    return rc;
}

int shimAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return state().base->xAccess(state().base, name, flags, result);
}

int shimFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return state().base->xFullPathname(state().base, name, size, out);
}

void *shimDlOpen(sqlite3_vfs *, const char *file)
{
    return state().base->xDlOpen(state().base, file);
}

void shimDlError(sqlite3_vfs *, int size, char *message)
{
    state().base->xDlError(state().base, size, message);
}

void (*shimDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return state().base->xDlSym(state().base, handle, symbol);
}

void shimDlClose(sqlite3_vfs *, void *handle)
{
    state().base->xDlClose(state().base, handle);
}

int shimRandomness(sqlite3_vfs *, int size, char *out)
{
    return state().base->xRandomness(state().base, size, out);
}

int shimSleep(sqlite3_vfs *, int microseconds)
{
    return state().base->xSleep(state().base, microseconds);
}

int shimCurrentTime(sqlite3_vfs *, double *now)
{
    return state().base->xCurrentTime(state().base, now);
}

int shimGetLastError(sqlite3_vfs *, int size, char *message)
{
    return state().base->xGetLastError ? state().base->xGetLastError(state().base, size, message) : 0;
}

int shimCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    return state().base->xCurrentTimeInt64(state().base, now);
}

} // namespace

bool PowerLossVfs::install()
{
    State &s = state();
    std::lock_guard lock(s.mutex);
    if (s.base)
        return true;
    sqlite3_vfs *base = sqlite3_vfs_find(nullptr);
    if (!base || base->iVersion < 2)
        return false;
    s.base = base;
    s.methods = sqlite3_io_methods{};
    s.methods.iVersion = 2; // no xFetch: SQLite reads through xRead only
    s.methods.xClose = shimClose;
    s.methods.xRead = shimRead;
    s.methods.xWrite = shimWrite;
    s.methods.xTruncate = shimTruncate;
    s.methods.xSync = shimSync;
    s.methods.xFileSize = shimFileSize;
    s.methods.xLock = shimLock;
    s.methods.xUnlock = shimUnlock;
    s.methods.xCheckReservedLock = shimCheckReservedLock;
    s.methods.xFileControl = shimFileControl;
    s.methods.xSectorSize = shimSectorSize;
    s.methods.xDeviceCharacteristics = shimDeviceCharacteristics;
    s.methods.xShmMap = shimShmMap;
    s.methods.xShmLock = shimShmLock;
    s.methods.xShmBarrier = shimShmBarrier;
    s.methods.xShmUnmap = shimShmUnmap;

    s.vfs = sqlite3_vfs{};
    s.vfs.iVersion = 2;
    s.vfs.szOsFile = int(sizeof(ShimFile)) + base->szOsFile;
    s.vfs.mxPathname = base->mxPathname;
    s.vfs.zName = "avfall-powerloss";
    s.vfs.xOpen = shimOpen;
    s.vfs.xDelete = shimDelete;
    s.vfs.xAccess = shimAccess;
    s.vfs.xFullPathname = shimFullPathname;
    s.vfs.xDlOpen = shimDlOpen;
    s.vfs.xDlError = shimDlError;
    s.vfs.xDlSym = shimDlSym;
    s.vfs.xDlClose = shimDlClose;
    s.vfs.xRandomness = shimRandomness;
    s.vfs.xSleep = shimSleep;
    s.vfs.xCurrentTime = shimCurrentTime;
    s.vfs.xGetLastError = shimGetLastError;
    s.vfs.xCurrentTimeInt64 = shimCurrentTimeInt64;
    return sqlite3_vfs_register(&s.vfs, 1) == SQLITE_OK;
}

PowerLossSnapshot PowerLossVfs::cutPower(Mode mode, std::uint32_t seed)
{
    std::mt19937 random(seed);
    PowerLossSnapshot snapshot;
    std::lock_guard lock(state().mutex);
    for (const auto &[path, file] : state().files) {
        PowerLossSnapshot::File image{QString::fromStdString(path), file.synced, file.exists};
        if (mode == Mode::KeepSomeUnsynced) {
            for (const PendingWrite &write : file.pending) {
                if (random() % 2)
                    apply(image.content, write);
            }
        }
        snapshot.files.append(image);
    }
    return snapshot;
}

bool PowerLossVfs::restore(const PowerLossSnapshot &snapshot)
{
    std::lock_guard lock(state().mutex);
    bool ok = true;
    for (const PowerLossSnapshot::File &image : snapshot.files) {
        if (!image.exists) {
            QFile::remove(image.path);
            continue;
        }
        QFile file(image.path);
        ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
             file.write(image.content) == image.content.size() && ok;
    }
    state().files.clear();
    return ok;
}

void PowerLossVfs::forgetFiles()
{
    std::lock_guard lock(state().mutex);
    state().files.clear();
}

qint64 PowerLossVfs::unsyncedBytes()
{
    std::lock_guard lock(state().mutex);
    qint64 bytes = 0;
    for (const auto &entry : state().files) {
        for (const PendingWrite &write : entry.second.pending)
            bytes += write.truncation ? 1 : write.data.size();
    }
    return bytes;
}

qint64 PowerLossVfs::operations()
{
    std::lock_guard lock(state().mutex);
    return state().operations;
}

void PowerLossVfs::setSyncDelay(int milliseconds)
{
    state().syncDelayMs = milliseconds;
}

void PowerLossVfs::setCutAt(qint64 operation, std::function<void()> cut)
{
    std::lock_guard lock(state().mutex);
    state().cutAt = operation;
    state().cut = std::move(cut);
}

bool PowerLossSnapshot::save(const QString &directory) const
{
    if (!QDir().mkpath(directory))
        return false;
    QFile index(directory + QStringLiteral("/index.tsv"));
    if (!index.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    bool ok = true;
    for (qsizetype i = 0; i < files.size(); ++i) {
        index.write(QStringLiteral("%1\t%2\t%3\n")
                        .arg(i)
                        .arg(files.at(i).exists ? 1 : 0)
                        .arg(files.at(i).path)
                        .toUtf8());
        QFile content(directory + QStringLiteral("/%1.bin").arg(i));
        ok = content.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
             content.write(files.at(i).content) == files.at(i).content.size() && ok;
    }
    return index.flush() && ok;
}

PowerLossSnapshot PowerLossSnapshot::load(const QString &directory, bool *ok)
{
    PowerLossSnapshot snapshot;
    QFile index(directory + QStringLiteral("/index.tsv"));
    const bool opened = index.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    while (opened && !index.atEnd()) {
        const QStringList fields = QString::fromUtf8(index.readLine()).chopped(1).split(QLatin1Char('\t'));
        if (fields.size() != 3) {
            if (ok)
                *ok = false;
            break;
        }
        QFile content(directory + QStringLiteral("/%1.bin").arg(fields.at(0)));
        content.open(QIODevice::ReadOnly);
        snapshot.files.append({fields.at(2), content.readAll(), fields.at(1) == QLatin1String("1")});
    }
    return snapshot;
}

} // namespace avfall::test
