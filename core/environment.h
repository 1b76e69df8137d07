#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace avfall {

// Where notes go. Part of every stored note and always visible to the user.
enum class Environment
{
    Sandbox,    // the built-in sandbox server (default on first start)
    Test,       // Naturvårdsverket's test environment ("AT")
    Production, // the real register
    Custom,     // any https base URL and token URL
};

QString environmentKey(Environment environment); // "sandbox", "test", "production", "custom"
std::optional<Environment> environmentFromKey(QStringView key);
QString
environmentDisplayName(Environment environment); // translated: Sandlåda, Test, Produktion, Egen adress

// The register's published addresses; empty for Sandbox (decided at run time) and Custom.
QUrl defaultBaseUrl(Environment environment);
QUrl defaultTokenUrl(Environment environment);

} // namespace avfall
