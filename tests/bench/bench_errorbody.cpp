// Error pages of growing size through answers::plainText, the page that froze the app (an HTML
// page whose <script> never closes) among them. Linear means the time per byte stays the same
// as the page grows; the regular expressions before took 9 s for 256 KB and did not finish 4 MB
// in 120 s. And parseError as the client calls it (it reads at most 16 KB of markup). Prints
// figures; does not fail on them.
#include "network/answerparser.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace avfall;

namespace {

QByteArray unclosedScript(qsizetype bytes)
{
    QByteArray page = "<html><head><title>500 Internal Server Error</title></head><body><h1>Fel</h1><script>";
    page += QByteArray(bytes - page.size(), 'a');
    return page;
}

QByteArray manyTags(qsizetype bytes)
{
    QByteArray page = "<html><body>";
    while (page.size() < bytes)
        page += "<div class=\"x\"><span>text &amp; more</span></div>\n";
    return page;
}

// The best of a few runs, in milliseconds.
double timed(const std::function<void()> &work)
{
    double best = 1e12;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main()
{
    std::printf("%-22s %10s %12s %12s\n", "page", "bytes", "ms", "ns/byte");
    for (const auto &[name, make] :
         {std::pair{"unclosed <script>", &unclosedScript}, std::pair{"many tags", &manyTags}}) {
        for (const qsizetype size :
             {qsizetype(256) * 1024, qsizetype(1) << 20, qsizetype(4) << 20, qsizetype(16) << 20}) {
            const QByteArray page = make(size);
            QString text;
            const double ms = timed([&] { text = answers::plainText(page); });
            std::printf("%-22s %10lld %12.2f %12.2f\n", name, qlonglong(page.size()), ms,
                        ms * 1e6 / double(page.size()));
        }
    }
    const QByteArray page = unclosedScript(4 << 20);
    const double ms = timed([&] { answers::parseError(page, "text/html"); });
    std::printf("parseError, 4 MB unclosed <script>: %.3f ms (markup read up to %lld bytes)\n", ms,
                qlonglong(answers::kMaxErrorBodyBytes));
    return 0;
}
