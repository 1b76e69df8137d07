#pragma once

#include "core/profile.h"

#include <QStringList>
#include <QTemporaryDir>

#include <initializer_list>

namespace avfall::test {

// A profile in a fresh temporary folder, removed when the test ends.
class TestProfile
{
public:
    TestProfile();

    const Profile &profile() const { return m_profile; }
    QString path() const { return m_dir.path(); }
    // Puts a text file where the profile's database belongs: a database damaged beyond reading.
    bool damageDatabase() const;

private:
    QTemporaryDir m_dir;
    Profile m_profile;
};

// The folder the built executables are in (set by CTest) and the source tree.
QString binaryDirectory();
QString sourceDirectory();

// A list of ASCII literals (QT_NO_CAST_FROM_ASCII keeps them from being QStrings by themselves).
QStringList strings(std::initializer_list<const char *> items);

} // namespace avfall::test
