#include "tests/support/testprofile.h"

#include <QCoreApplication>
#include <QFile>

namespace avfall::test {

TestProfile::TestProfile()
    : m_profile(Profile::inDirectory(m_dir.path()))
{
    m_profile.ensureDirectories();
}

bool TestProfile::damageDatabase() const
{
    QFile database(m_profile.databaseFile());
    if (!database.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (int i = 0; i < 500; ++i)
        database.write("inte en databas ");
    return true;
}

QString binaryDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("AVFALL_BIN_DIR");
    return fromEnvironment.isEmpty() ? QCoreApplication::applicationDirPath() : fromEnvironment;
}

QString sourceDirectory()
{
    return qEnvironmentVariable("AVFALL_SOURCE_DIR");
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result << QString::fromLatin1(item);
    return result;
}

} // namespace avfall::test
