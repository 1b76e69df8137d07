#include "testprofile.h"

#include <QCoreApplication>

namespace avfall::test {

TestProfile::TestProfile()
    : m_profile(Profile::inDirectory(m_dir.path()))
{
    m_profile.ensureDirectories();
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

} // namespace avfall::test
