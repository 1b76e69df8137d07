#pragma once

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace avfall {

// Calls start(done) and waits in a local event loop until done(answer) runs, at most timeoutMs
// (-1: no limit). Returns the answer, or nothing after the timeout; an answer that comes later is
// dropped. For the command line and tests only: the GUI thread never waits, it connects to a
// signal or passes a callback instead (docs/ARCHITECTURE.md).
template<typename Answer, typename Start>
std::optional<Answer> waitForCallback(Start &&start, int timeoutMs = -1)
{
    auto answer = std::make_shared<std::optional<Answer>>();
    QEventLoop loop;
    start([answer, loop = QPointer<QEventLoop>(&loop)](const Answer &value) {
        *answer = value;
        if (loop)
            loop->quit();
    });
    if (!answer->has_value()) {
        if (timeoutMs >= 0)
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return *answer;
}

} // namespace avfall
