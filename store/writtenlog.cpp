#include "store/writtenlog.h"

#include <QtEndian>

namespace avfall {

WrittenLog::WrittenLog(QString file)
    : m_file(std::move(file))
{}

bool WrittenLog::append(const QList<qint64> &attemptIds)
{
    if (attemptIds.isEmpty())
        return true;
    if (!m_file.isOpen()) {
        // Unbuffered: each append is one write() of its own, done when it returns.
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return false;
        m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    constexpr qint64 kRecord = sizeof(qint64);
    if (m_writeFailed && !m_file.resize(m_file.size() / kRecord * kRecord))
        return false;
    QByteArray records(attemptIds.size() * qsizetype(sizeof(qint64)), Qt::Uninitialized);
    for (qsizetype i = 0; i < attemptIds.size(); ++i)
        qToLittleEndian(attemptIds.at(i), records.data() + i * qsizetype(sizeof(qint64)));
    m_writeFailed = m_file.write(records) != records.size();
    return !m_writeFailed;
}

QSet<qint64> WrittenLog::read() const
{
    QSet<qint64> ids;
    QFile file(m_file.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return ids;
    const QByteArray records = file.readAll();
    for (qsizetype at = 0; at + qsizetype(sizeof(qint64)) <= records.size(); at += qsizetype(sizeof(qint64)))
        ids.insert(qFromLittleEndian<qint64>(records.constData() + at));
    return ids;
}

bool WrittenLog::clear()
{
    if (m_file.isOpen())
        return m_file.resize(0);
    QFile file(m_file.fileName());
    return !file.exists() || file.resize(0);
}

} // namespace avfall
