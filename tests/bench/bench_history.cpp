// Open the history with 100,000 notes and fetch the first screenful (target < 150 ms). Prints
// figures, does not fail on them.
#include "core/notejson.h"
#include "store/notestore.h"
#include "tests/support/samplenotes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace avfall;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int kNotes = 100000;
    constexpr int kScreenful = 60;
    QTemporaryDir directory;
    const QString file = directory.filePath(QStringLiteral("history.sqlite"));
    NoteStore::open(file).reset(); // creates the schema

    {
        // Filling is not what is measured: one transaction with a prepared insert.
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        database.setDatabaseName(file);
        database.open();
        QSqlQuery query(database);
        query.exec(QStringLiteral("BEGIN"));
        query.prepare(QStringLiteral(
            "INSERT INTO notes(kind, environment, state, payload, tracking_id, avfall_id, deadline,"
            " created_at, updated_at, referens, waste_code, quantity) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"));
        const QString payload = QString::fromUtf8(
            QJsonDocument(test::samples::note(NoteKind::Transport)).toJson(QJsonDocument::Compact));
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-3 * 365);
        for (int i = 0; i < kNotes; ++i) {
            const QString time = start.addSecs(i * 900).toString(Qt::ISODateWithMs);
            query.addBindValue(noteType(NoteKind(i % 8)).resource);
            query.addBindValue(QStringLiteral("production"));
            query.addBindValue(i % 50 ? QStringLiteral("sent") : QStringLiteral("rejected"));
            query.addBindValue(payload);
            query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            query.addBindValue(QStringLiteral("2026-12-01"));
            query.addBindValue(time);
            query.addBindValue(time);
            query.addBindValue(QStringLiteral("Order %1").arg(i));
            query.addBindValue(QStringLiteral("160601"));
            query.addBindValue(12.5);
            query.exec();
        }
        query.exec(QStringLiteral("COMMIT"));
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));

    QList<qint64> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto store = NoteStore::open(file);
        const QList<StoredNote> rows = store->notes(NoteFilter(), kScreenful);
        const int total = store->count(NoteFilter());
        times << timer.elapsed();
        if (rows.size() != kScreenful || total != kNotes)
            std::printf("  varning: %lld rader, totalt %d\n", qlonglong(rows.size()), total);
    }
    std::sort(times.begin(), times.end());
    QElapsedTimer filtered;
    auto store = NoteStore::open(file);
    NoteFilter filter;
    filter.kind = NoteKind::Handel;
    filter.text = QStringLiteral("Order 99");
    filtered.start();
    const int hits = store->notes(filter, kScreenful).size();
    const qint64 filterTime = filtered.elapsed();
    std::printf("bench_history: %d anteckningar\n", kNotes);
    std::printf("  öppna + första skärmen (%d rader) + antal: median %lld ms (mål < 150 ms)\n", kScreenful,
                qlonglong(times.at(times.size() / 2)));
    std::printf("  filter typ + fritext: %lld ms (%d träffar)\n", qlonglong(filterTime), hits);
    return 0;
}
