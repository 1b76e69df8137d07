#include "core/environment.h"

#include <QCoreApplication>

namespace avfall {

namespace {
struct EnvironmentInfo
{
    Environment environment;
    const char *key;
    const char *displayName;
    const char *baseUrl;
    const char *tokenUrl;
};

constexpr EnvironmentInfo kEnvironments[] = {
    {Environment::Sandbox, "sandbox", QT_TRANSLATE_NOOP("Environment", "Sandlåda"), "", ""},
    {Environment::Test, "test", QT_TRANSLATE_NOOP("Environment", "Test"),
     "https://apimtest.naturvardsverket.se/btfa/anteckning/v1",
     "https://apimtest.naturvardsverket.se/oauth2/token"},
    {Environment::Production, "production", QT_TRANSLATE_NOOP("Environment", "Produktion"),
     "https://apim.naturvardsverket.se/btfa/anteckning/v1", "https://apim.naturvardsverket.se/oauth2/token"},
    {Environment::Custom, "custom", QT_TRANSLATE_NOOP("Environment", "Egen adress"), "", ""},
};

const EnvironmentInfo &info(Environment environment)
{
    for (const auto &entry : kEnvironments) {
        if (entry.environment == environment)
            return entry;
    }
    Q_UNREACHABLE();
}
} // namespace

QString environmentKey(Environment environment)
{
    return QString::fromLatin1(info(environment).key);
}

std::optional<Environment> environmentFromKey(QStringView key)
{
    for (const auto &entry : kEnvironments) {
        if (key == QLatin1String(entry.key))
            return entry.environment;
    }
    return std::nullopt;
}

QString environmentDisplayName(Environment environment)
{
    return QCoreApplication::translate("Environment", info(environment).displayName);
}

QUrl defaultBaseUrl(Environment environment)
{
    return QUrl(QString::fromLatin1(info(environment).baseUrl));
}

QUrl defaultTokenUrl(Environment environment)
{
    return QUrl(QString::fromLatin1(info(environment).tokenUrl));
}

} // namespace avfall
