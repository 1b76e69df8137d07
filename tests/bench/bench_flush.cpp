// Flush 1,000 queued notes to the sandbox over mutual TLS and compare with what
// `curl --parallel` reaches with the same certificate, the same number of connections and the
// same sandbox (run as its own process, `avfall sandbox`). Prints notes per second and the ratio
// (target ≥ 0.8). A benchmark: it prints figures and does not fail on them.
#include "core/notejson.h"
#include "network/registerclient.h"
#include "network/tlsidentity.h"
#include "queue/sender.h"
#include "store/notestore.h"
#include "tests/support/samplenotes.h"
#include "tests/support/sandboxprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace avfall;
using avfall::test::SandboxProcess;

namespace {

constexpr int kNotes = 1000;
constexpr int kConnections = 4;

// CPU time of this process (all threads), user and system: what a note costs us, apart from waiting.
double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// The same for another process (the sandbox), from /proc.
double processCpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = stat.readAll().split(')').value(1).trimmed().split(' ');
    // After "pid (comm)": state is field 3, utime 14 and stime 15 (1-based) → indexes 11 and 12.
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

ConnectionSettings benchConnection(const SandboxProcess &sandbox)
{
    QFile p12(sandbox.clientFile);
    p12.open(QIODevice::ReadOnly);
    const IdentityLoad identity =
        loadPkcs12(p12.readAll(), sandbox.password.toUtf8(), QDateTime::currentDateTime());
    ConnectionSettings settings;
    settings.environment = Environment::Custom;
    settings.baseUrl = QUrl(sandbox.baseUrl);
    settings.tokenUrl = QUrl(sandbox.tokenUrl);
    settings.clientCertificate = identity.identity.certificate;
    settings.clientKey = identity.identity.privateKey;
    settings.extraCaCertificates = QSslCertificate::fromPath(sandbox.caFile);
    settings.consumerKey = sandbox.keySecret.section(QLatin1Char(':'), 0, 0);
    settings.consumerSecret = sandbox.keySecret.section(QLatin1Char(':'), 1);
    return settings;
}

// The same requests through RegisterClient without the queue: what durability costs.
double flushWithoutQueue(const SandboxProcess &sandbox)
{
    RegisterClient client;
    client.setConnection(benchConnection(sandbox));
    const QJsonObject note = notejson::normalized(NoteKind::Handel, test::samples::note(NoteKind::Handel));
    int started = 0, finished = 0, accepted = 0;
    QEventLoop loop;
    std::function<void()> startOne = [&] {
        ++started;
        client.submit(NoteKind::Handel, note, QUuid::createUuid().toString(QUuid::WithoutBraces),
                      [&](const CallResult &result) {
                          ++finished;
                          if (result.outcome == Outcome::Accepted)
                              ++accepted;
                          if (started < kNotes)
                              startOne();
                          else if (finished == kNotes)
                              loop.quit();
                      });
    };
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = processCpuMs();
    for (int i = 0; i < kConnections; ++i)
        startOne();
    loop.exec();
    const qint64 elapsed = timer.elapsed();
    std::printf("  utan kö: CPU %.3f ms per anteckning\n", (processCpuMs() - cpuBefore) / kNotes);
    if (accepted != kNotes)
        std::printf("  varning: utan kö godkändes %d av %d\n", accepted, kNotes);
    return kNotes * 1000.0 / double(std::max<qint64>(1, elapsed));
}

double flushWithAvfall(const SandboxProcess &sandbox, const QString &directory, int round)
{
    auto store = NoteStore::open(directory + QStringLiteral("/bench-%1.sqlite").arg(round));
    const QJsonObject note = notejson::normalized(NoteKind::Handel, test::samples::note(NoteKind::Handel));
    for (int i = 0; i < kNotes; ++i)
        store->enqueue(NoteKind::Handel, Environment::Custom, note);

    RegisterClient client;
    client.setConnection(benchConnection(sandbox));

    Sender sender(*store, client, Environment::Custom);
    sender.setParallelism(kConnections);
    QEventLoop loop;
    QObject::connect(&sender, &Sender::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = processCpuMs();
    sender.run();
    loop.exec();
    const qint64 elapsed = timer.elapsed();
    std::printf("  avfall: CPU %.3f ms per anteckning\n", (processCpuMs() - cpuBefore) / kNotes);
    QList<qint64> durations;
    for (const StoredNote &stored : store->notes(NoteFilter(), kNotes))
        durations << store->attempts(stored.id).value(0).durationMs;
    std::sort(durations.begin(), durations.end());
    // Stalls show here: a new connection's wait after the handshake, a WAL checkpoint's fsync.
    const auto atLeast = [&](qint64 ms) {
        return qlonglong(
            std::count_if(durations.cbegin(), durations.cend(), [ms](qint64 d) { return d >= ms; }));
    };
    std::printf("  avfall: requests >= 5 ms: %lld, >= 100 ms: %lld\n", atLeast(5), atLeast(100));
    const qint64 requestTime = std::accumulate(durations.cbegin(), durations.cend(), qint64(0));
    std::printf("  avfall: request time mean %.2f ms, median %lld, p95 %lld, max %lld; total %lld ms\n",
                double(requestTime) / kNotes, qlonglong(durations.value(durations.size() / 2)),
                qlonglong(durations.value(durations.size() * 95 / 100)),
                qlonglong(durations.value(durations.size() - 1)), qlonglong(elapsed));
    if (sender.summary().sent != kNotes)
        std::printf("  varning: bara %d av %d skickades\n", sender.summary().sent, kNotes);
    return kNotes * 1000.0 / double(std::max<qint64>(1, elapsed));
}

double flushWithCurl(const SandboxProcess &sandbox, const QString &directory)
{
    // A token first, then 1,000 POSTs over kConnections connections.
    QProcess token;
    token.start(QStringLiteral("curl"),
                {QStringLiteral("-s"), QStringLiteral("--cacert"), sandbox.caFile,
                 QStringLiteral("--cert-type"), QStringLiteral("P12"), QStringLiteral("--cert"),
                 sandbox.clientFile + QLatin1Char(':') + sandbox.password, QStringLiteral("-u"),
                 sandbox.keySecret, QStringLiteral("-d"), QStringLiteral("grant_type=client_credentials"),
                 sandbox.tokenUrl});
    token.waitForFinished(20000);
    const QString accessToken = QJsonDocument::fromJson(token.readAllStandardOutput())
                                    .object()
                                    .value(QStringLiteral("access_token"))
                                    .toString();
    if (accessToken.isEmpty())
        return 0;
    const QString body = directory + QStringLiteral("/note.json");
    QFile bodyFile(body);
    bodyFile.open(QIODevice::WriteOnly);
    bodyFile.write(
        QJsonDocument(notejson::normalized(NoteKind::Handel, test::samples::note(NoteKind::Handel)))
            .toJson(QJsonDocument::Compact));
    bodyFile.close();
    // One block per transfer, separated by "next": in a curl config, data and headers of several
    // URLs would otherwise add up.
    QFile config(directory + QStringLiteral("/curl.cfg"));
    config.open(QIODevice::WriteOnly);
    const QString client = sandbox.clientFile + QLatin1Char(':') + sandbox.password;
    for (int i = 0; i < kNotes; ++i) {
        config.write(
            QStringLiteral(
                "url = \"%1/handel\"\ndata-binary = \"@%2\"\noutput = \"/dev/null\"\n"
                "cacert = \"%3\"\ncert-type = \"P12\"\ncert = \"%4\"\n"
                "header = \"Authorization: Bearer %5\"\nheader = \"NV-Client-System-ID: bench-curl\"\n"
                "header = \"NV-Client-Tracking-ID: %6\"\n"
                "header = \"Content-Type: application/json; charset=UTF-8\"\nheader = \"Expect:\"\n"
                "write-out = \"%{http_code}\\n\"\n%7")
                .arg(sandbox.baseUrl, body, sandbox.caFile, client, accessToken,
                     QUuid::createUuid().toString(QUuid::WithoutBraces),
                     i + 1 < kNotes ? QStringLiteral("next\n") : QString())
                .toUtf8());
    }
    config.close();
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("--parallel"), QStringLiteral("--parallel-max"),
                QString::number(kConnections), QStringLiteral("-K"), config.fileName()});
    curl.waitForFinished(600000);
    const qint64 elapsed = timer.elapsed();
    const int accepted = QString::fromLatin1(curl.readAllStandardOutput()).count(QStringLiteral("200"));
    if (accepted != kNotes)
        std::printf("  varning: curl fick %d av %d godkända\n", accepted, kNotes);
    return kNotes * 1000.0 / double(std::max<qint64>(1, elapsed));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir directory;
    SandboxProcess sandbox;
    if (!sandbox.start(directory.filePath(QStringLiteral("sandbox-profile")))) {
        std::printf("bench_flush: sandlådan startade inte\n");
        return 1;
    }
    // Rounds in turn, and the ratio taken within each round (curl and avfall one after the other)
    // before the median: this machine's speed varies from second to second, and a ratio of two
    // medians from different seconds swung by ±0.1 between runs.
    constexpr int kRounds = 5;
    QList<double> curl, ours, withoutQueue;
    const qint64 sandboxPid = sandbox.process.processId();
    double sandboxCpu[3] = {};
    for (int round = 0; round < kRounds; ++round) {
        double before = processCpuMs(sandboxPid);
        curl << flushWithCurl(sandbox, directory.path());
        sandboxCpu[0] += processCpuMs(sandboxPid) - before;
        before = processCpuMs(sandboxPid);
        ours << flushWithAvfall(sandbox, directory.path(), round);
        sandboxCpu[1] += processCpuMs(sandboxPid) - before;
        before = processCpuMs(sandboxPid);
        withoutQueue << flushWithoutQueue(sandbox);
        sandboxCpu[2] += processCpuMs(sandboxPid) - before;
    }
    std::printf("  sandlådans CPU per anteckning: curl %.3f ms, avfall %.3f ms, utan kö %.3f ms\n",
                sandboxCpu[0] / kRounds / kNotes, sandboxCpu[1] / kRounds / kNotes,
                sandboxCpu[2] / kRounds / kNotes);
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    const auto figures = [](const QList<double> &values, int decimals = 0) {
        QStringList texts;
        for (const double value : values)
            texts << QString::number(value, 'f', decimals);
        return texts.join(QStringLiteral(", ")).toStdString();
    };
    std::printf("bench_flush: %d anteckningar, %d förbindelser, sandlådan som egen process, %d omgångar\n",
                kNotes, kConnections, kRounds);
    std::printf("  avfall (kö i SQLite + mTLS): %8.1f anteckningar/s (median av %s)\n", median(ours),
                figures(ours).c_str());
    std::printf("  avfall utan kö (bara nätet):  %8.1f anteckningar/s (median av %s)\n", median(withoutQueue),
                figures(withoutQueue).c_str());
    std::printf("  curl --parallel:             %8.1f anteckningar/s (median av %s)\n", median(curl),
                figures(curl).c_str());
    QList<double> ratios;
    for (int round = 0; round < kRounds; ++round)
        ratios << (curl.at(round) > 0 ? ours.at(round) / curl.at(round) : 0.0);
    std::printf("  kvot: %.2f (mål >= 0.8; median av omgångarnas kvoter %s)\n", median(ratios),
                figures(ratios, 2).c_str());
    return 0;
}
