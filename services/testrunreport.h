#pragma once

#include "core/environment.h"
#include "services/testrun.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace avfall {

// The report of a test run for Naturvårdsverket's technical staff: who ran it (organisation number,
// the certificate's subject and SHA-256 fingerprint), with which app, where, when, and each case
// with its verdict and calls. The same content as JSON (for machines) and as HTML (which the GUI
// and the command line print to PDF). Never a secret: see TestCall.
struct TestRunReport
{
    Environment environment = Environment::Test;
    QString organisationNumber;
    QString certificateSubject;
    QString certificateFingerprint; // SHA-256, "AB:CD:…"
    QString appVersion;
    QString systemId; // NV-Client-System-ID
    QString baseUrl;
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<TestCase> cases;

    // Collects everything from a finished (or cancelled) run.
    static TestRunReport fromRun(const TestRun &run);

    bool passed() const;
    int count(TestCase::Verdict verdict) const;
    // "Sandlåda (övning, inte Naturvårdsverket)" for the sandbox, so that no one takes it for Test.
    QString environmentText() const;

    QJsonObject toJson() const;
    // A self-contained HTML document (QTextDocument's subset) for the PDF.
    QString toHtml() const;
};

} // namespace avfall
