#include "tests/support/keychainguard.h"

#include "secrets/secretstore.h"

namespace avfall::test {

bool insideKeyringSession()
{
    return qEnvironmentVariable("AVFALL_IN_KEYRING_SESSION") == QLatin1String("1");
}

QString keychainProblem(const Profile &profile)
{
    SecretStore store(profile);
    if (!store.openBlocking())
        return QStringLiteral("the keychain did not answer");
    if (store.mode() == SecretStore::Mode::Keychain)
        return QString();
    return store.keychainProblem().isEmpty() ? QStringLiteral("no keychain") : store.keychainProblem();
}

} // namespace avfall::test
