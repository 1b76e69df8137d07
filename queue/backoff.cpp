#include "queue/backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace avfall {

Backoff::Backoff(std::function<double()> random, int firstDelayMs, int maxDelayMs)
    : m_random(random ? std::move(random) : [] { return QRandomGenerator::global()->generateDouble(); })
    , m_firstDelayMs(firstDelayMs)
    , m_maxDelayMs(maxDelayMs)
{}

int Backoff::delayMs(int failedAttempts) const
{
    const int exponent = std::clamp(failedAttempts - 1, 0, 20);
    const double full = std::min<double>(m_maxDelayMs, double(m_firstDelayMs) * double(1 << exponent));
    // "Equal jitter": half fixed, half random, so a delay never collapses to nothing.
    return std::max(1, int(full / 2 + m_random() * full / 2));
}

QDateTime Backoff::nextAttempt(int failedAttempts, const QDateTime &now) const
{
    return now.addMSecs(delayMs(failedAttempts));
}

} // namespace avfall
