#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

namespace avfall {

// A text log that never grows without bound: once the next line would take the file past maxBytes,
// it becomes "<name>.1" (the older ones move up one number) and a new file starts. keepFiles counts
// the current file too; the oldest beyond it is deleted. Files are owner-only (0600).
class RotatingLogFile
{
public:
    static constexpr qint64 kDefaultMaxBytes = 1024 * 1024;
    static constexpr int kDefaultKeepFiles = 5;

    explicit RotatingLogFile(QString path, qint64 maxBytes = kDefaultMaxBytes,
                             int keepFiles = kDefaultKeepFiles);

    // Appends one line (a newline is added) and flushes it, so a crash loses nothing written.
    bool append(const QString &line);
    QString path() const { return m_path; }
    // The log's files that exist, newest first: path, path.1, path.2, …
    QStringList files() const;
    static QStringList filesOf(const QString &path, int keepFiles = kDefaultKeepFiles);

private:
    bool openCurrent();
    void rotate();

    QString m_path;
    qint64 m_maxBytes;
    int m_keepFiles;
    QFile m_file;
};

} // namespace avfall
