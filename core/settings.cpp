#include "settings.h"

namespace avfall {

namespace {
struct KeyInfo
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const KeyInfo &keyInfo(Settings::Key key)
{
    static const KeyInfo table[] = {
        {Settings::Key::SchemaVersion, "meta/schemaVersion", 0},
        {Settings::Key::Environment, "connection/environment", QStringLiteral("sandbox")},
        {Settings::Key::CustomBaseUrl, "connection/customBaseUrl", QString()},
        {Settings::Key::CustomTokenUrl, "connection/customTokenUrl", QString()},
        {Settings::Key::Language, "ui/language", QStringLiteral("sv")},
        {Settings::Key::MainWindowGeometry, "ui/mainWindowGeometry", QByteArray()},
        {Settings::Key::MainWindowState, "ui/mainWindowState", QByteArray()},
        {Settings::Key::FirstStartDone, "ui/firstStartDone", false},
    };
    for (const auto &entry : table) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}
} // namespace

Settings::Settings(const Profile &profile)
    : m_settings(std::make_unique<QSettings>(profile.settingsFile(), QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    const KeyInfo &info = keyInfo(key);
    return m_settings->value(QString::fromLatin1(info.name), info.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QString::fromLatin1(keyInfo(key).name), value);
}

void Settings::sync()
{
    m_settings->sync();
}

avfall::Environment Settings::environment() const
{
    return environmentFromKey(value(Key::Environment).toString()).value_or(avfall::Environment::Sandbox);
}

void Settings::setEnvironment(avfall::Environment environment)
{
    setValue(Key::Environment, environmentKey(environment));
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    setValue(Key::Language, language);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::migrate()
{
    const int version = value(Key::SchemaVersion).toInt();
    if (version >= kCurrentSchemaVersion)
        return;
    // Version 0 is an empty or pre-release file: nothing to convert yet, only stamp it.
    setValue(Key::SchemaVersion, kCurrentSchemaVersion);
}

} // namespace avfall
