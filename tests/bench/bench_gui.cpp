// Cold start of the GUI to the first shown main window (target < 300 ms) and the time to build a
// note form (target < 50 ms). Prints figures, fails on none.
#include "forms/noteform.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QList<qint64> starts;
    for (int run = 0; run < 5; ++run) {
        QTemporaryDir profile;
        QProcess gui;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("AVFALL_SKIP_FIRST_START"), QStringLiteral("1"));
        gui.setProcessEnvironment(environment);
        gui.start(QCoreApplication::applicationDirPath() + QStringLiteral("/avfallsrapport"),
                  {QStringLiteral("--profile"), profile.path(), QStringLiteral("--print-startup-time")});
        gui.waitForFinished(30000);
        starts
            << QString::fromLatin1(gui.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0).toLongLong();
    }
    std::sort(starts.begin(), starts.end());

    // The first form of a process also reads the bundled value lists and fills Qt's style and font
    // caches; the app does that once (NoteForm::prepareSharedData), right after its window shows.
    QElapsedTimer cold;
    cold.start();
    avfall::forms::NoteForm::prepareSharedData();
    const double prepare = cold.nsecsElapsed() / 1e6;
    QList<double> forms;
    for (int run = 0; run < 5; ++run) {
        for (const avfall::NoteType &type : avfall::noteTypes()) {
            QElapsedTimer timer;
            timer.start();
            avfall::forms::NoteForm form(type.kind);
            forms << timer.nsecsElapsed() / 1e6;
        }
    }
    std::sort(forms.begin(), forms.end());
    std::printf("bench_gui\n");
    std::printf("  kallstart till visat huvudfönster: median %lld ms (mål < 300 ms)\n",
                qlonglong(starts.at(2)));
    std::printf("  bygga ett anteckningsformulär: median %.1f ms, värst %.1f ms (mål < 50 ms)\n",
                forms.at(forms.size() / 2), forms.last());
    std::printf("  förberedelse en gång per process (värdelistor, ett första formulär): %.1f ms\n", prepare);
    return 0;
}
