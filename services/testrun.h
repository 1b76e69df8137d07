#pragma once

#include "core/notetype.h"
#include "core/settings.h"
#include "network/callresult.h"
#include "network/connectionsettings.h"
#include "services/samplenotes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace avfall {

class RegisterClient;

// One call of a test case, as Naturvårdsverket's staff want to see it: what was sent, what came
// back and the ids to look it up by. Never a secret: the bearer token, the key and the secret are
// headers or form fields, and neither is recorded.
struct TestCall
{
    QString method; // "GET", "POST", "PUT", "DELETE"
    QString path;   // relative to the API base: "/transporter", "/anteckningar", "/oauth2/token"
    QJsonObject payload;
    QString answer;  // the answer's body as text, shortened for value lists
    QString outcome; // outcomeKey()
    int httpStatus = 0;
    QList<RegisterErrorItem> errors;
    QString traceId;
    QString trackingId;
    QString avfallId;
    qint64 durationMs = 0;
};

// The documented test cases (docs/testfall.md); the id names the group and the item.
struct TestCase
{
    enum class Kind
    {
        ValueList,        // V-<lista>: GET of a value list
        Submit,           // A-<resurs>: POST of a note as the business itself
        SubmitAsAgent,    // O-<resurs>: POST of a note as ombud for a customer
        Correction,       // POST, PUT with a new avfallId, PUT on the old id refused with 3022
        Cancellation,     // M-<orsak>: POST, then DELETE with the reason
        RefusedNote,      // N-1111: POST of a note with an unknown avfallskod, refused with 1111
        TokenRenewal,     // T-1: a token fetched, dropped and fetched anew
        WrongCertificate, // C-1: a certificate no CA issued is refused
    };
    enum class Verdict
    {
        NotRun,
        Passed,
        Failed,
        NotApplicable, // cannot be run with this connection (a pasted token cannot be renewed)
    };

    QString id;
    Kind kind = Kind::ValueList;
    QString title;       // Swedish
    QString expectation; // Swedish: what must happen for the case to pass
    NoteKind noteKind = NoteKind::Transport;
    QString argument; // the value list's name or the makuleringsorsak

    Verdict verdict = Verdict::NotRun;
    QString detail; // Swedish: what happened, why it failed
    QList<TestCall> calls;
    qint64 durationMs = 0;
};

QString verdictKey(TestCase::Verdict verdict);  // "ej-kord", "godkant", "underkant", "ej-tillamplig"
QString verdictText(TestCase::Verdict verdict); // translated

// Who runs the test and for which note types: the business's own company (its organisation number
// is the certificate's) and the customers it files for as ombud.
struct TestRunInput
{
    Company own;
    QList<Company> customers; // empty: no ombud cases
    QList<NoteKind> kinds;    // the note types the business reports; empty: all eight
    QDateTime now;            // the samples' dates lie just before it
};

// The note types of a profile's roles (Settings "Anteckningstyper som verksamheten rapporterar"),
// the own company with the certificate's organisation number, and its ombud customers.
TestRunInput testRunInput(const Settings &settings, const QString &certificateOrganisationNumber,
                          const QDateTime &now);
// "transporter,handel" (resources or model names, any case) as note kinds; false on an unknown name.
bool parseNoteKinds(const QString &text, QList<NoteKind> *kinds, QString *unknown);

// Choosing Produktion (Inställningar → Anslutning and the Miljö menu): a warning when no test run
// passed in Test for the organisation number, empty when one did.
QString productionWarning(const Settings &settings, const QString &organisationNumber);
// "Senaste godkända testkörning i Test: 2026-12-01 (5560000167)." or that there is none.
QString lastPassedTestRunText(const Settings &settings, const QString &organisationNumber);

// The case list for the input, in the order they run.
QList<TestCase> planTestCases(const TestRunInput &input);

// Runs the cases one after the other through RegisterClient, asynchronously on the caller's event
// loop (the GUI thread stays free), and judges each one.
class TestRun : public QObject
{
    Q_OBJECT

public:
    TestRun(const ConnectionSettings &settings, const TestRunInput &input, QObject *parent = nullptr);
    ~TestRun() override;

    void start();
    void cancel(); // the case in progress is finished; the rest stay NotRun
    bool isRunning() const { return m_running; }

    const QList<TestCase> &cases() const { return m_cases; }
    const TestRunInput &input() const { return m_input; }
    const ConnectionSettings &settings() const { return m_settings; }
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime finishedAt() const { return m_finishedAt; }
    bool passed() const; // every case passed or was not applicable, none left unrun

    // How long the wrong-certificate case waits for the server's refusal (TLS 1.3 refuses late).
    static constexpr int kRefusalTimeoutMs = 15000;

signals:
    void caseStarted(int index);
    void caseFinished(int index);
    void finished(bool passed);

private:
    void runNext();
    using Then = std::function<void(const CallResult &)>;
    void runCase(int index);
    void runValueList(int index);
    void runSubmit(int index, const QJsonObject &note);
    void runCorrection(int index);
    void runCancellation(int index);
    void runRefusedNote(int index);
    void runTokenRenewal(int index);
    void runWrongCertificate(int index);
    // Records the call in the case and hands the result on, unless the run was cancelled or
    // replaced meanwhile.
    std::function<void(const CallResult &)> recorder(int index, TestCall call, Then then);
    void post(int index, const QJsonObject &note, Then then);
    void judge(int index, bool passed, const QString &detail);
    QString newTrackingId() const;

    ConnectionSettings m_settings;
    TestRunInput m_input;
    SampleNoteBuilder m_samples;
    QList<TestCase> m_cases;
    std::unique_ptr<RegisterClient> m_client;
    std::unique_ptr<RegisterClient> m_otherClient; // token renewal's and the wrong certificate's
    int m_current = -1;
    bool m_running = false;
    quint64 m_generation = 0;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
};

} // namespace avfall
