#include "core/rotatinglogfile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace avfall {

namespace {
QString numbered(const QString &path, int number)
{
    return number == 0 ? path : path + QLatin1Char('.') + QString::number(number);
}
} // namespace

RotatingLogFile::RotatingLogFile(QString path, qint64 maxBytes, int keepFiles)
    : m_path(std::move(path))
    , m_maxBytes(maxBytes)
    , m_keepFiles(std::max(1, keepFiles))
{}

bool RotatingLogFile::openCurrent()
{
    if (m_file.isOpen())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

void RotatingLogFile::rotate()
{
    m_file.close();
    QFile::remove(numbered(m_path, m_keepFiles - 1));
    for (int number = m_keepFiles - 2; number >= 0; --number)
        QFile::rename(numbered(m_path, number), numbered(m_path, number + 1));
}

bool RotatingLogFile::append(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    if (!openCurrent())
        return false;
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_maxBytes) {
        rotate();
        if (!openCurrent())
            return false;
    }
    const bool written = m_file.write(bytes) == bytes.size();
    m_file.flush();
    return written;
}

QStringList RotatingLogFile::files() const
{
    return filesOf(m_path, m_keepFiles);
}

QStringList RotatingLogFile::filesOf(const QString &path, int keepFiles)
{
    QStringList existing;
    // One more than kept: a file left over from a larger keepFiles is still part of the log.
    for (int number = 0; number <= keepFiles; ++number)
        if (QFileInfo::exists(numbered(path, number)))
            existing << numbered(path, number);
    return existing;
}

} // namespace avfall
