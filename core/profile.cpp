#include "core/profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace avfall {

namespace {
const QString kProfileOption = QStringLiteral("profile");

bool makeOwnerOnlyPath(const QString &path, QString *error)
{
    if (!QDir().mkpath(path)) {
        if (error)
            *error = QCoreApplication::translate("Profile", "Kan inte skapa mappen %1.").arg(path);
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}
} // namespace

Profile::Profile(QString root)
    : m_root(std::move(root))
{}

Profile Profile::standard()
{
    return Profile(QString());
}

Profile Profile::inDirectory(const QString &directory)
{
    return Profile(QDir(directory).absolutePath());
}

QString Profile::dataDirectory() const
{
    if (isCustom())
        return m_root + QStringLiteral("/data");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Profile::cacheDirectory() const
{
    if (isCustom())
        return m_root + QStringLiteral("/cache");
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

QString Profile::certificateDirectory() const
{
    return dataDirectory() + QStringLiteral("/certifikat");
}

QString Profile::settingsFile() const
{
    if (isCustom())
        return m_root + QStringLiteral("/avfallsrapport.ini");
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/avfallsrapport.ini");
}

QString Profile::databaseFile() const
{
    return dataDirectory() + QStringLiteral("/anteckningar.sqlite");
}

bool Profile::ensureDirectories(QString *error) const
{
    if (isCustom() && !makeOwnerOnlyPath(m_root, error))
        return false;
    return makeOwnerOnlyPath(dataDirectory(), error) && makeOwnerOnlyPath(cacheDirectory(), error) &&
           makeOwnerOnlyPath(certificateDirectory(), error) &&
           makeOwnerOnlyPath(QFileInfo(settingsFile()).absolutePath(), error);
}

QCommandLineOption Profile::commandLineOption()
{
    return QCommandLineOption(
        kProfileOption,
        QCoreApplication::translate("Profile",
                                    "Spara all data (databas, cache, inställningar, certifikat) i <mapp>."),
        QCoreApplication::translate("Profile", "mapp"));
}

void Profile::addCommandLineOption(QCommandLineParser &parser)
{
    parser.addOption(commandLineOption());
}

Profile Profile::fromCommandLine(const QCommandLineParser &parser)
{
    if (parser.isSet(kProfileOption))
        return inDirectory(parser.value(kProfileOption));
    return standard();
}

} // namespace avfall
