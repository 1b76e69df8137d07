#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace avfall {

Backoff::Backoff(std::function<double()> random)
    : m_random(random ? std::move(random) : [] { return QRandomGenerator::global()->generateDouble(); })
{}

int Backoff::delaySeconds(int failedAttempts) const
{
    const int exponent = std::clamp(failedAttempts - 1, 0, 16);
    const double full =
        std::min<double>(kMaxDelaySeconds, double(kFirstDelaySeconds) * double(1 << exponent));
    // "Equal jitter": half fixed, half random, so a delay never collapses to nothing.
    return std::max(1, int(full / 2 + m_random() * full / 2));
}

QDateTime Backoff::nextAttempt(int failedAttempts, const QDateTime &now) const
{
    return now.addSecs(delaySeconds(failedAttempts));
}

} // namespace avfall
