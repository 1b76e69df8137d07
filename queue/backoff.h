#pragma once

#include <QDateTime>

#include <functional>

namespace avfall {

// When to try a note again after the register could not be reached: exponential (5 s, 10 s,
// 20 s, …) with jitter so that many queued notes do not hit a returning register at once, and
// never more than five minutes away.
class Backoff
{
public:
    static constexpr int kFirstDelayMs = 5000;
    static constexpr int kMaxDelayMs = 300000;

    // random returns a number in [0, 1); the default uses QRandomGenerator. Tests shorten the delays.
    explicit Backoff(std::function<double()> random = {}, int firstDelayMs = kFirstDelayMs,
                     int maxDelayMs = kMaxDelayMs);

    int delayMs(int failedAttempts) const;
    QDateTime nextAttempt(int failedAttempts, const QDateTime &now) const;

private:
    std::function<double()> m_random;
    int m_firstDelayMs;
    int m_maxDelayMs;
};

} // namespace avfall
