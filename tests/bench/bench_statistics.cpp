// The statistics of 100,000 notes (target < 100 ms): reported kilograms per month, waste code, note
// type and party over three years, as the Statistik page and `avfall report --monthly` ask. Prints
// figures, does not fail on them.
#include "services/statistics.h"
#include "store/notestore.h"
#include "tests/support/samplenotes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace avfall;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int kNotes = 100000;
    QTemporaryDir directory;
    const QString file = directory.filePath(QStringLiteral("statistics.sqlite"));
    NoteStore::open(file).reset(); // creates the schema

    {
        // Filling is not what is measured: one transaction with a prepared insert. Every 20th note
        // is corrected by the next one (accepted every other time), every 50th is rejected, every
        // 70th cancelled, every 10th a sandbox note; payloads of a realistic size.
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        database.setDatabaseName(file);
        database.open();
        QSqlQuery query(database);
        query.exec(QStringLiteral("BEGIN"));
        query.prepare(QStringLiteral(
            "INSERT INTO notes(id, kind, environment, state, operation, payload, tracking_id, avfall_id,"
            " corrects_id, corrected_by_id, created_at, updated_at, waste_code, quantity, event_month,"
            " counterparty, operator) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        const QString payload = QString::fromUtf8(
            QJsonDocument(test::samples::note(NoteKind::Transport)).toJson(QJsonDocument::Compact));
        const QString codes[] = {QStringLiteral("160601"), QStringLiteral("130205"),
                                 QStringLiteral("150110"), QStringLiteral("080111"),
                                 QStringLiteral("160107"), QStringLiteral("200121")};
        const QDate start(2024, 1, 1);
        for (int i = 1; i <= kNotes; ++i) {
            const bool corrected = i % 20 == 0;
            const bool correction = i % 20 == 1 && i > 1;
            const QString time = start.addDays(i % 1095).startOfDay().toString(Qt::ISODate);
            query.addBindValue(i);
            query.addBindValue(noteType(NoteKind(i % 8)).resource);
            query.addBindValue(i % 10 == 3 ? QStringLiteral("sandbox") : QStringLiteral("production"));
            query.addBindValue(correction && i % 40 == 21 ? QStringLiteral("queued")
                               : i % 50 == 7              ? QStringLiteral("rejected")
                               : i % 70 == 9              ? QStringLiteral("cancelled")
                                                          : QStringLiteral("sent"));
            query.addBindValue(correction ? QStringLiteral("correct") : QStringLiteral("create"));
            query.addBindValue(payload);
            query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            query.addBindValue(correction ? QVariant(i - 1) : QVariant(QMetaType(QMetaType::LongLong)));
            query.addBindValue(corrected ? QVariant(i + 1) : QVariant(QMetaType(QMetaType::LongLong)));
            query.addBindValue(time);
            query.addBindValue(time);
            query.addBindValue(codes[i % 6]);
            query.addBindValue(10.0 + i % 97);
            query.addBindValue(start.addDays(i % 1095).toString(QStringLiteral("yyyy-MM")));
            query.addBindValue(QStringLiteral("55600%1").arg(i % 40, 5, 10, QLatin1Char('0')));
            query.addBindValue(i % 5 ? QStringLiteral("5560000167") : QStringLiteral("5560065087"));
            if (!query.exec())
                std::printf("  varning: %s\n", qPrintable(query.lastError().text()));
        }
        query.exec(QStringLiteral("COMMIT"));
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));

    auto store = NoteStore::open(file);
    const auto median = [&](const StatisticsRequest &request, Statistics *result) {
        QList<qint64> times;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer timer;
            timer.start();
            *result = statistics::collect(*store, request);
            times << timer.elapsed();
        }
        std::sort(times.begin(), times.end());
        return times.at(times.size() / 2);
    };
    Statistics all;
    const qint64 threeYears = median(
        {Environment::Production, QStringLiteral("2024-01"), QStringLiteral("2026-12"), QString()}, &all);
    Statistics year;
    const qint64 oneYear = median(
        {Environment::Production, QStringLiteral("2025-01"), QStringLiteral("2025-12"), QString()}, &year);
    Statistics company;
    const qint64 oneCompany = median({Environment::Production, QStringLiteral("2025-01"),
                                      QStringLiteral("2025-12"), QStringLiteral("5560000167")},
                                     &company);

    std::printf("bench_statistics: %d anteckningar (%d rapporterade i Produktion)\n", kNotes,
                all.total.notes);
    std::printf("  tre år, alla uppdelningar: median %lld ms (mål < 100 ms)\n", qlonglong(threeYears));
    std::printf("  ett år: median %lld ms (%d anteckningar, %.0f kg)\n", qlonglong(oneYear), year.total.notes,
                year.total.kilograms);
    std::printf("  ett år, ett företag (årssammanställningen): median %lld ms (%d anteckningar)\n",
                qlonglong(oneCompany), company.total.notes);
    return 0;
}
