#pragma once

#include "core/profile.h"

#include <QString>
#include <QTest>

namespace avfall::test {

// Whether the tests run inside scripts/with-keyring.sh, where a real keychain must work.
bool insideKeyringSession();

// Why the Secret Service cannot keep a secret of this profile, or empty when it can.
QString keychainProblem(const Profile &profile);

} // namespace avfall::test

// For a test function that needs a real keychain (CTest label "keychain"): inside
// scripts/with-keyring.sh a missing keychain fails the test, elsewhere the test is skipped; both
// say why, so that nobody is left with an assertion that does not explain itself.
#define AVFALL_REQUIRE_KEYCHAIN(profile)                                                                     \
    do {                                                                                                     \
        const QString avfallKeychainProblem = ::avfall::test::keychainProblem(profile);                      \
        if (!avfallKeychainProblem.isEmpty()) {                                                              \
            const QByteArray avfallWhy =                                                                     \
                QString(QStringLiteral("This test needs a Secret Service (run it through "                   \
                                       "scripts/with-keyring.sh): ") +                                       \
                        avfallKeychainProblem)                                                               \
                    .toUtf8();                                                                               \
            if (::avfall::test::insideKeyringSession())                                                      \
                QFAIL(avfallWhy.constData());                                                                \
            QSKIP(avfallWhy.constData());                                                                    \
        }                                                                                                    \
    } while (false)
