#pragma once

#include "secrets/secretstore.h"
#include "tests/support/keychainguard.h"

#include <QHash>
#include <QTimer>

namespace avfall::test {

// A keychain for tests: answers asynchronously, counts calls and can be made to fail like a
// missing D-Bus (write fails) or a locked keyring (write "works", read finds nothing).
class FakeSecretBackend : public SecretBackend
{
public:
    enum class Behaviour
    {
        Works,
        NoKeychain,
        Locked,
        FailWritesAfterProbe, // the probe works, every later write fails
    };

    struct State
    {
        Behaviour behaviour = Behaviour::Works;
        QHash<QString, QByteArray> entries; // service + '\n' + key
        int writes = 0;
        int reads = 0;
        int removes = 0;
    };

    explicit FakeSecretBackend(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {}

    void read(const QString &service, const QString &key, Done done) override
    {
        ++m_state->reads;
        SecretResult result;
        if (m_state->behaviour == Behaviour::NoKeychain) {
            result.error = QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY");
        } else {
            result.ok = true;
            const QString entry = service + QLatin1Char('\n') + key;
            if (m_state->behaviour != Behaviour::Locked && m_state->entries.contains(entry)) {
                result.found = true;
                result.data = m_state->entries.value(entry);
            }
        }
        later(std::move(done), result);
    }

    void write(const QString &service, const QString &key, const QByteArray &data, Done done) override
    {
        ++m_state->writes;
        SecretResult result;
        const bool probe = key.startsWith(QLatin1String("probe/"));
        if (m_state->behaviour == Behaviour::NoKeychain) {
            result.error = QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY");
        } else if (m_state->behaviour == Behaviour::FailWritesAfterProbe && !probe) {
            result.error = QStringLiteral("Nyckelringen nekade åtkomst (test).");
        } else {
            result.ok = true;
            if (m_state->behaviour != Behaviour::Locked)
                m_state->entries.insert(service + QLatin1Char('\n') + key, data);
        }
        later(std::move(done), result);
    }

    void remove(const QString &service, const QString &key, Done done) override
    {
        ++m_state->removes;
        SecretResult result;
        result.ok = m_state->behaviour != Behaviour::NoKeychain;
        if (result.ok)
            m_state->entries.remove(service + QLatin1Char('\n') + key);
        else
            result.error = QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY");
        later(std::move(done), result);
    }

    bool isPersistent() const override { return true; }

private:
    static void later(Done done, const SecretResult &result)
    {
        QTimer::singleShot(1, [done = std::move(done), result] { done(result); });
    }

    std::shared_ptr<State> m_state;
};

} // namespace avfall::test
