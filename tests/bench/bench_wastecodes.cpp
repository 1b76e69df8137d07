// Prints how long the waste-code picker's data takes: loading the full list from the value-list
// cache into the tree model with its search index, and single searches. Figures, not pass/fail:
// the targets are printed next to the medians (of 20 runs each).
#include "models/valuelistcache.h"
#include "models/wastecodemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace avfall;

namespace {

constexpr int kRuns = 20;

struct Figures
{
    double median;
    double minimum;
    double maximum;
};

Figures measure(const std::function<void()> &work)
{
    work(); // warm up: first-touch allocations and resource decompression do not count
    std::vector<double> times;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {(times[kRuns / 2 - 1] + times[kRuns / 2]) / 2, times.front(), times.back()};
}

void print(QTextStream &out, const QString &what, const Figures &figures, const QString &target)
{
    out << QStringLiteral("  %1 median %2 ms  (min %3, max %4)  %5\n")
               .arg(what, -44)
               .arg(figures.median, 7, 'f', 3)
               .arg(figures.minimum, 0, 'f', 3)
               .arg(figures.maximum, 0, 'f', 3)
               .arg(target);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    // A real cache: the register's answer (the bare tree of the new wording) stored by the cache.
    QTemporaryDir dir;
    QFile bundled(QStringLiteral(":/data/avfallstyper_2026-12-09.json"));
    if (!dir.isValid() || !bundled.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray answer = QJsonDocument(QJsonDocument::fromJson(bundled.readAll())
                                                .object()
                                                .value(QLatin1String("avfallstyper"))
                                                .toArray())
                                  .toJson(QJsonDocument::Compact);
    {
        ValueListCache cache(dir.path());
        cache.setFetcher(
            [&answer](const QString &, ValueListFetchDone done) { done(true, answer, QString()); });
        cache.refreshLists({QStringLiteral("avfallstyper")});
    }
    const QString file = ValueListCache(dir.path()).listFile(QStringLiteral("avfallstyper"));

    WasteCodeModel model;
    int reportable = 0;
    const Figures load = measure([&] {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            qFatal("cache file missing");
        model.setWasteCodes(WasteCodeList::fromJson(in.readAll()));
        reportable = model.search().entryCount();
    });
    WasteCodeList parsed;
    const Figures parse = measure([&] {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            qFatal("cache file missing");
        parsed = WasteCodeList::fromJson(in.readAll());
    });
    const Figures build = measure([&] { model.setWasteCodes(parsed); });
    const Figures index = measure([&] { const WasteCodeSearch search(parsed); });
    const Figures wholeCache = measure([&] { const ValueListCache cache(dir.path()); });

    const WasteCodeSearch &search = model.search();
#ifdef NDEBUG
    const QString buildKind = QStringLiteral("optimised build");
#else
    const QString buildKind =
        QStringLiteral("Debug build, unoptimised: expect several times the release figures");
#endif
    out << QStringLiteral("bench_wastecodes: %1 KB cache file, %2 entries, %3 runs each (%4)\n")
               .arg(answer.size() / 1024)
               .arg(reportable)
               .arg(kRuns)
               .arg(buildKind);
    out << QStringLiteral("Load (target < 10 ms):\n");
    print(out, QStringLiteral("cache file -> model + search index"), load, QStringLiteral("target < 10 ms"));
    print(out, QStringLiteral("  of which: read + parse JSON"), parse, QString());
    print(out, QStringLiteral("  of which: tree model + search index"), build, QString());
    print(out, QStringLiteral("  of which: search index alone"), index, QString());
    print(out, QStringLiteral("ValueListCache start (all five lists)"), wholeCache, QString());
    out << QStringLiteral("Search (target < 2 ms):\n");
    // The codes a workshop has used rank first (issue 14): a realistic list of a few.
    const QStringList used = {QStringLiteral("160601"), QStringLiteral("130205"), QStringLiteral("160107"),
                              QStringLiteral("150202"), QStringLiteral("080111")};
    for (const QString &query :
         {QStringLiteral("förbrukade bly"), QStringLiteral("spillolja"), QStringLiteral("oljehaltigt vatten"),
          QStringLiteral("farligt avfall"), QStringLiteral("a"), QStringLiteral("1606"),
          QStringLiteral("batterier"), QStringLiteral("filter"), QStringLiteral("olj")}) {
        qsizetype hits = 0;
        const Figures figures = measure([&] { hits = search.search(query, 60, used).size(); });
        print(out, QStringLiteral("\"%1\" (%2 hits)").arg(query).arg(hits), figures,
              QStringLiteral("target < 2 ms"));
    }
    // What the picker does at each keystroke: the user types "batterier" one letter at a time.
    out << QStringLiteral("Typing \"batterier\", one search per keystroke (target < 2 ms each):\n");
    const QString typed = QStringLiteral("batterier");
    for (qsizetype length = 1; length <= typed.size(); ++length) {
        const QString prefix = typed.left(length);
        qsizetype hits = 0;
        const Figures figures = measure([&] { hits = search.search(prefix, 60, used).size(); });
        print(out, QStringLiteral("\"%1\" (%2 hits)").arg(prefix).arg(hits), figures,
              QStringLiteral("target < 2 ms"));
    }
    return 0;
}
