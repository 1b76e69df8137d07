#pragma once

#include <QString>

class QCommandLineOption;
class QCommandLineParser;

namespace avfall {

// Where one user's data lives. The standard profile follows QStandardPaths; a profile given with
// --profile DIR keeps everything (database, caches, settings, certificates) under DIR, so that
// tests and scripts never touch the real user's data and two profiles never see each other.
class Profile
{
public:
    static Profile standard();
    static Profile inDirectory(const QString &directory);

    bool isCustom() const { return !m_root.isEmpty(); }
    QString rootDirectory() const { return m_root; }

    QString dataDirectory() const;
    QString cacheDirectory() const;
    QString certificateDirectory() const;
    QString settingsFile() const;
    QString databaseFile() const;

    // Creates the folders with owner-only permissions. Returns false and fills error on failure.
    bool ensureDirectories(QString *error = nullptr) const;

    // The --profile option shared by both executables.
    static QCommandLineOption commandLineOption();
    static void addCommandLineOption(QCommandLineParser &parser);
    static Profile fromCommandLine(const QCommandLineParser &parser);

private:
    explicit Profile(QString root);

    QString m_root;
};

} // namespace avfall
