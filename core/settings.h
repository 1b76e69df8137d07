#pragma once

#include "environment.h"
#include "profile.h"

#include <QSettings>
#include <QVariant>

#include <memory>

namespace avfall {

// The one typed access to the profile's settings. Keys and defaults live in one table
// (settings.cpp); a schema version is migrated on open. No secret ever goes in here: tokens,
// keys and passwords live in the OS keychain.
class Settings
{
public:
    enum class Key
    {
        SchemaVersion,
        Environment,
        CustomBaseUrl,
        CustomTokenUrl,
        Language,
        MainWindowGeometry,
        MainWindowState,
        FirstStartDone,
    };

    static constexpr int kCurrentSchemaVersion = 1;

    explicit Settings(const Profile &profile);
    ~Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void sync();

    avfall::Environment environment() const;
    void setEnvironment(avfall::Environment environment);
    QString language() const;
    void setLanguage(const QString &language);

    QString fileName() const;

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace avfall
