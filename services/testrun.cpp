#include "services/testrun.h"

#include "core/fieldcatalogue.h"
#include "core/notejson.h"
#include "models/valuelistcache.h"
#include "network/pki.h"
#include "network/registerclient.h"
#include "network/tokenprovider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>
#include <QSslKey>
#include <QUuid>

namespace avfall {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TestRun)
};

// A value list runs to megabytes; the report keeps its beginning, enough to see what it was.
constexpr qsizetype kMaxRecordedAnswer = 2000;

QString recordedAnswer(const QByteArray &body)
{
    if (body.size() <= kMaxRecordedAnswer)
        return QString::fromUtf8(body);
    return QString::fromUtf8(body.left(kMaxRecordedAnswer)) +
           Text::tr(" … (%n byte totalt)", nullptr, int(std::min<qsizetype>(body.size(), INT_MAX)));
}

QString errorCodes(const CallResult &result)
{
    QStringList codes;
    for (const RegisterErrorItem &error : result.errors)
        codes << QString::number(error.code);
    return codes.isEmpty() ? Text::tr("inga felkoder") : codes.join(QStringLiteral(", "));
}

bool hasErrorCode(const CallResult &result, int code)
{
    return std::any_of(result.errors.cbegin(), result.errors.cend(),
                       [code](const RegisterErrorItem &error) { return error.code == code; });
}

QString whatHappened(const CallResult &result)
{
    return Text::tr("HTTP %1, utfall %2, %3. %4")
        .arg(result.httpStatus)
        .arg(outcomeKey(result.outcome), errorCodes(result), result.summary);
}

TestCall makeCall(const QString &method, const QString &path, const QJsonObject &payload = {})
{
    TestCall call;
    call.method = method;
    call.path = path;
    call.payload = payload;
    return call;
}

TestCase makeCase(const QString &id, TestCase::Kind kind, const QString &title, const QString &expectation)
{
    TestCase testCase;
    testCase.id = id;
    testCase.kind = kind;
    testCase.title = title;
    testCase.expectation = expectation;
    return testCase;
}

} // namespace

QString verdictKey(TestCase::Verdict verdict)
{
    switch (verdict) {
    case TestCase::Verdict::NotRun:
        return QStringLiteral("ej-kord");
    case TestCase::Verdict::Passed:
        return QStringLiteral("godkant");
    case TestCase::Verdict::Failed:
        return QStringLiteral("underkant");
    case TestCase::Verdict::NotApplicable:
        return QStringLiteral("ej-tillamplig");
    }
    return {};
}

QString verdictText(TestCase::Verdict verdict)
{
    switch (verdict) {
    case TestCase::Verdict::NotRun:
        return Text::tr("Ej körd");
    case TestCase::Verdict::Passed:
        return Text::tr("Godkänd");
    case TestCase::Verdict::Failed:
        return Text::tr("Underkänd");
    case TestCase::Verdict::NotApplicable:
        return Text::tr("Ej tillämplig");
    }
    return {};
}

TestRunInput testRunInput(const Settings &settings, const QString &certificateOrganisationNumber,
                          const QDateTime &now)
{
    TestRunInput input;
    input.own = settings.ownCompany();
    // The register judges the identity by the certificate, so that is the number the notes carry.
    if (!certificateOrganisationNumber.isEmpty())
        input.own.organisationNumber = certificateOrganisationNumber;
    input.customers = settings.agentCompanies();
    input.kinds = settings.reportedNoteKinds();
    input.now = now;
    return input;
}

bool parseNoteKinds(const QString &text, QList<NoteKind> *kinds, QString *unknown)
{
    kinds->clear();
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        const auto match = std::find_if(noteTypes().cbegin(), noteTypes().cend(), [&](const NoteType &type) {
            return name.compare(type.resource, Qt::CaseInsensitive) == 0 ||
                   name.compare(type.model, Qt::CaseInsensitive) == 0;
        });
        if (match == noteTypes().cend()) {
            if (unknown)
                *unknown = name;
            return false;
        }
        if (!kinds->contains(match->kind))
            kinds->append(match->kind);
    }
    return true;
}

QString productionWarning(const Settings &settings, const QString &organisationNumber)
{
    if (settings.lastPassedTestRun(organisationNumber).isValid())
        return {};
    if (organisationNumber.isEmpty())
        return Text::tr("Ingen godkänd testkörning: ange organisationsnumret under Verksamhet och kör "
                        "testkörningen mot testmiljön innan ni rapporterar i produktion.");
    return Text::tr("Ingen godkänd testkörning mot testmiljön för %1. Naturvårdsverket vill se en "
                    "innan ni rapporterar i produktion.")
        .arg(organisationNumber);
}

QString lastPassedTestRunText(const Settings &settings, const QString &organisationNumber)
{
    const QDateTime when = settings.lastPassedTestRun(organisationNumber);
    if (!when.isValid())
        return Text::tr("Ingen godkänd testkörning i Test ännu.");
    return Text::tr("Senaste godkända testkörning i Test: %1 (%2).")
        .arg(when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), organisationNumber);
}

QList<TestCase> planTestCases(const TestRunInput &input)
{
    QList<NoteKind> kinds = input.kinds;
    if (kinds.isEmpty()) {
        for (const NoteType &type : noteTypes())
            kinds << type.kind;
    }
    QList<TestCase> cases;
    for (const QString &list : ValueListCache::listNames()) {
        TestCase testCase =
            makeCase(QStringLiteral("V-") + list, TestCase::Kind::ValueList,
                     Text::tr("Hämta värdelistan %1").arg(list), Text::tr("HTTP 200 med listan som JSON."));
        testCase.argument = list;
        cases << testCase;
    }
    for (const NoteKind kind : std::as_const(kinds)) {
        const NoteType &type = noteType(kind);
        TestCase self = makeCase(QStringLiteral("A-") + type.resource, TestCase::Kind::Submit,
                                 Text::tr("Anteckna %1 som verksamhetsutövare").arg(type.model),
                                 Text::tr("HTTP 200 med ett avfallId (GUID)."));
        self.noteKind = kind;
        cases << self;
        if (input.customers.isEmpty())
            continue;
        TestCase agent = makeCase(QStringLiteral("O-") + type.resource, TestCase::Kind::SubmitAsAgent,
                                  Text::tr("Anteckna %1 som ombud för %2")
                                      .arg(type.model, input.customers.constFirst().organisationNumber),
                                  Text::tr("HTTP 200 med ett avfallId (GUID)."));
        agent.noteKind = kind;
        cases << agent;
    }
    const NoteKind first = kinds.constFirst();
    TestCase correction = makeCase(
        QStringLiteral("R-1"), TestCase::Kind::Correction,
        Text::tr("Rätta en anteckning (%1) med PUT").arg(noteType(first).model),
        Text::tr("Rättelsen ger ett nytt avfallId; en rättelse av det gamla id:t avvisas med felkod 3022."));
    correction.noteKind = first;
    cases << correction;
    for (const catalogue::CancellationReason &reason : catalogue::cancellationReasons()) {
        TestCase cancellation = makeCase(QStringLiteral("M-") + reason.code, TestCase::Kind::Cancellation,
                                         Text::tr("Makulera en anteckning med orsaken %1").arg(reason.code),
                                         Text::tr("DELETE /anteckningar besvaras med HTTP 200."));
        cancellation.noteKind = first;
        cancellation.argument = reason.code;
        cases << cancellation;
    }
    TestCase refused = makeCase(
        QStringLiteral("N-%1").arg(SampleNoteBuilder::kRefusedNoteErrorCode), TestCase::Kind::RefusedNote,
        Text::tr("En anteckning med en avfallskod som inte finns"),
        Text::tr("Avvisas med HTTP 400 och felkod %1.").arg(SampleNoteBuilder::kRefusedNoteErrorCode));
    refused.noteKind = first;
    cases << refused;
    cases << makeCase(QStringLiteral("T-1"), TestCase::Kind::TokenRenewal, Text::tr("Förnya åtkomsttoken"),
                      Text::tr("En ny token hämtas efter att den gamla släppts, och ett anrop med den "
                               "godtas."));
    cases << makeCase(QStringLiteral("C-1"), TestCase::Kind::WrongCertificate,
                      Text::tr("Anrop med ett certifikat som ingen betrodd CA har utfärdat"),
                      Text::tr("Anropet nekas (TLS-handskakningen eller behörigheten); inget svar godtas."));
    return cases;
}

TestRun::TestRun(const ConnectionSettings &settings, const TestRunInput &input, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_input(input)
    , m_samples(input.own, input.now.isValid() ? input.now : QDateTime::currentDateTime())
    , m_cases(planTestCases(input))
{}

TestRun::~TestRun() = default;

void TestRun::start()
{
    ++m_generation;
    m_cases = planTestCases(m_input);
    m_client = std::make_unique<RegisterClient>();
    m_client->setConnection(m_settings);
    m_otherClient.reset();
    m_current = -1;
    m_running = true;
    m_startedAt = QDateTime::currentDateTime();
    m_finishedAt = QDateTime();
    runNext();
}

void TestRun::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    m_finishedAt = QDateTime::currentDateTime();
    if (m_client)
        m_client->abortWrites();
    if (m_current >= 0 && m_current < m_cases.size() &&
        m_cases[m_current].verdict == TestCase::Verdict::NotRun)
        m_cases[m_current].detail = Text::tr("Avbruten.");
    emit finished(false);
}

bool TestRun::passed() const
{
    return !m_cases.isEmpty() && std::all_of(m_cases.cbegin(), m_cases.cend(), [](const TestCase &testCase) {
        return testCase.verdict == TestCase::Verdict::Passed ||
               testCase.verdict == TestCase::Verdict::NotApplicable;
    });
}

void TestRun::runNext()
{
    if (!m_running)
        return;
    ++m_current;
    if (m_current >= m_cases.size()) {
        m_running = false;
        m_finishedAt = QDateTime::currentDateTime();
        emit finished(passed());
        return;
    }
    emit caseStarted(m_current);
    runCase(m_current);
}

void TestRun::runCase(int index)
{
    switch (m_cases.at(index).kind) {
    case TestCase::Kind::ValueList:
        return runValueList(index);
    case TestCase::Kind::Submit:
        return runSubmit(index, m_samples.note(m_cases.at(index).noteKind));
    case TestCase::Kind::SubmitAsAgent:
        return runSubmit(index, m_samples.asAgent(m_samples.note(m_cases.at(index).noteKind),
                                                  m_input.customers.constFirst()));
    case TestCase::Kind::Correction:
        return runCorrection(index);
    case TestCase::Kind::Cancellation:
        return runCancellation(index);
    case TestCase::Kind::RefusedNote:
        return runRefusedNote(index);
    case TestCase::Kind::TokenRenewal:
        return runTokenRenewal(index);
    case TestCase::Kind::WrongCertificate:
        return runWrongCertificate(index);
    }
}

void TestRun::judge(int index, bool passed, const QString &detail)
{
    TestCase &testCase = m_cases[index];
    testCase.verdict = passed ? TestCase::Verdict::Passed : TestCase::Verdict::Failed;
    testCase.detail = detail;
    testCase.durationMs = 0;
    for (const TestCall &call : std::as_const(testCase.calls))
        testCase.durationMs += call.durationMs;
    emit caseFinished(index);
    // The next case starts from the event loop, so that a long run never nests callbacks.
    QMetaObject::invokeMethod(this, &TestRun::runNext, Qt::QueuedConnection);
}

QString TestRun::newTrackingId() const
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::function<void(const CallResult &)> TestRun::recorder(int index, TestCall call, Then then)
{
    QPointer<TestRun> self(this);
    const quint64 generation = m_generation;
    return [self, generation, index, call, then](const CallResult &result) mutable {
        if (!self || self->m_generation != generation)
            return;
        call.answer = recordedAnswer(result.body);
        call.outcome = outcomeKey(result.outcome);
        call.httpStatus = result.httpStatus;
        call.errors = result.errors;
        call.traceId = result.traceId;
        if (!result.trackingId.isEmpty())
            call.trackingId = result.trackingId;
        call.avfallId = result.avfallId;
        call.durationMs = result.durationMs;
        self->m_cases[index].calls.append(call);
        then(result);
    };
}

void TestRun::post(int index, const QJsonObject &note, Then then)
{
    const NoteKind kind = m_cases.at(index).noteKind;
    TestCall call;
    call.method = QStringLiteral("POST");
    call.path = QLatin1Char('/') + noteType(kind).resource;
    // What the app itself would send: the note normalized as the queue does.
    call.payload = notejson::normalized(kind, note);
    call.trackingId = newTrackingId();
    m_client->submit(kind, QJsonDocument(call.payload).toJson(QJsonDocument::Compact), call.trackingId,
                     recorder(index, call, std::move(then)));
}

void TestRun::runValueList(int index)
{
    TestCall call;
    call.method = QStringLiteral("GET");
    call.path = QLatin1Char('/') + m_cases.at(index).argument;
    m_client->fetchValueList(
        m_cases.at(index).argument, recorder(index, call, [this, index](const CallResult &result) {
            const bool isJson = !QJsonDocument::fromJson(result.body).isNull();
            judge(index, result.isAccepted() && isJson,
                  result.isAccepted() && isJson
                      ? Text::tr("Listan hämtades (%n byte).", nullptr, int(result.body.size()))
                      : whatHappened(result));
        }));
}

void TestRun::runSubmit(int index, const QJsonObject &note)
{
    post(index, note, [this, index](const CallResult &result) {
        judge(index, result.isAccepted(),
              result.isAccepted() ? Text::tr("Godtogs med avfallId %1.").arg(result.avfallId)
                                  : whatHappened(result));
    });
}

void TestRun::runCorrection(int index)
{
    const NoteKind kind = m_cases.at(index).noteKind;
    post(index, m_samples.note(kind), [this, index, kind](const CallResult &first) {
        if (!first.isAccepted())
            return judge(index, false,
                         Text::tr("Anteckningen att rätta godtogs inte: %1").arg(whatHappened(first)));
        QJsonObject corrected = m_samples.note(kind);
        QJsonObject waste = corrected.value(QStringLiteral("avfall")).toObject();
        waste.insert(QStringLiteral("mangd"), 99.25);
        corrected.insert(QStringLiteral("avfall"), waste);
        const QJsonObject payload = notejson::normalized(kind, corrected);
        const QByteArray bytes = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        const QString path = QLatin1Char('/') + noteType(kind).resource + QLatin1Char('/');
        TestCall put = makeCall(QStringLiteral("PUT"), path + first.avfallId, payload);
        put.trackingId = newTrackingId();
        const QString oldId = first.avfallId;
        m_client->correct(
            kind, oldId, bytes, put.trackingId,
            recorder(index, put, [this, index, kind, oldId, bytes, payload, path](const CallResult &second) {
                if (!second.isAccepted() || second.avfallId == oldId)
                    return judge(index, false,
                                 Text::tr("Rättelsen gav inget nytt avfallId: %1").arg(whatHappened(second)));
                TestCall again = makeCall(QStringLiteral("PUT"), path + oldId, payload);
                again.trackingId = newTrackingId();
                const QString newId = second.avfallId;
                m_client->correct(
                    kind, oldId, bytes, again.trackingId,
                    recorder(index, again, [this, index, oldId, newId](const CallResult &third) {
                        const bool refused = third.outcome == Outcome::Rejected && hasErrorCode(third, 3022);
                        judge(index, refused,
                              refused ? Text::tr("%1 ersattes av %2; en ny rättelse av %1 "
                                                 "avvisades med 3022.")
                                            .arg(oldId, newId)
                                      : Text::tr("Rättelse av ett ersatt id avvisades inte med "
                                                 "3022: %1")
                                            .arg(whatHappened(third)));
                    }));
            }));
    });
}

void TestRun::runCancellation(int index)
{
    const QString reason = m_cases.at(index).argument;
    post(index, m_samples.note(m_cases.at(index).noteKind), [this, index, reason](const CallResult &first) {
        if (!first.isAccepted())
            return judge(index, false,
                         Text::tr("Anteckningen att makulera godtogs inte: %1").arg(whatHappened(first)));
        TestCall call = makeCall(QStringLiteral("DELETE"), QStringLiteral("/anteckningar"),
                                 QJsonObject{{QStringLiteral("avfallsId"), first.avfallId},
                                             {QStringLiteral("makuleringsorsak"), reason}});
        call.trackingId = newTrackingId();
        const QString id = first.avfallId;
        m_client->cancel(id, reason, call.trackingId,
                         recorder(index, call, [this, index, id, reason](const CallResult &result) {
                             judge(index, result.isAccepted() || result.httpStatus == 200,
                                   result.httpStatus == 200
                                       ? Text::tr("%1 makulerades med orsaken %2.").arg(id, reason)
                                       : whatHappened(result));
                         }));
    });
}

void TestRun::runRefusedNote(int index)
{
    post(index, m_samples.refusedNote(m_cases.at(index).noteKind), [this, index](const CallResult &result) {
        const int expected = SampleNoteBuilder::kRefusedNoteErrorCode;
        const bool refused = result.outcome == Outcome::Rejected && hasErrorCode(result, expected);
        judge(index, refused,
              refused
                  ? Text::tr("Avvisades med felkod %1 (%2).").arg(expected).arg(errorCodes(result))
                  : Text::tr("Väntade avvisning med felkod %1: %2").arg(expected).arg(whatHappened(result)));
    });
}

void TestRun::runTokenRenewal(int index)
{
    if (m_settings.consumerKey.isEmpty()) {
        TestCase &testCase = m_cases[index];
        testCase.verdict = TestCase::Verdict::NotApplicable;
        testCase.detail = Text::tr("Anslutningen använder en inklistrad token, som appen inte kan förnya. "
                                   "Ange nyckel och hemlighet för att köra fallet.");
        emit caseFinished(index);
        QMetaObject::invokeMethod(this, &TestRun::runNext, Qt::QueuedConnection);
        return;
    }
    // A provider of its own: the client's token stays as it is, and the renewal is seen alone.
    auto *tokens = new TokenProvider(this);
    tokens->setSettings(m_settings, m_settings.sslConfiguration());
    const quint64 generation = m_generation;
    const QString tokenPath = m_settings.tokenUrl.path();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const auto record = [this, index, tokenPath, timer](const QString &token, const CallResult &failure) {
        TestCall call =
            makeCall(QStringLiteral("POST"), tokenPath,
                     QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}});
        call.outcome = token.isEmpty() ? outcomeKey(failure.outcome) : outcomeKey(Outcome::Accepted);
        call.httpStatus = failure.httpStatus; // the provider tells the status of a failure only
        call.answer = token.isEmpty() ? failure.summary : Text::tr("En token togs emot (visas aldrig).");
        call.traceId = failure.traceId;
        call.durationMs = timer->restart();
        m_cases[index].calls.append(call);
    };
    tokens->token([=, this](const QString &first, const CallResult &firstFailure) {
        if (m_generation != generation)
            return tokens->deleteLater();
        record(first, firstFailure);
        if (first.isEmpty()) {
            tokens->deleteLater();
            return judge(index, false, Text::tr("Ingen token: %1").arg(firstFailure.summary));
        }
        tokens->invalidate();
        tokens->token([=, this](const QString &second, const CallResult &secondFailure) {
            tokens->deleteLater();
            if (m_generation != generation)
                return;
            record(second, secondFailure);
            const bool renewed = !second.isEmpty() && tokens->fetchCount() == 2;
            if (!renewed)
                return judge(index, false, Text::tr("Ingen ny token: %1").arg(secondFailure.summary));
            // The renewed token must also open the API: a fresh client fetches its own and reads.
            TestCall read = makeCall(QStringLiteral("GET"), QStringLiteral("/transportsatt"));
            m_otherClient = std::make_unique<RegisterClient>();
            m_otherClient->setConnection(m_settings);
            m_otherClient->fetchValueList(
                QStringLiteral("transportsatt"),
                recorder(index, read, [this, index](const CallResult &result) {
                    judge(index, result.isAccepted(),
                          result.isAccepted() ? Text::tr("Två token hämtades i följd; anropet med den "
                                                         "nya godtogs.")
                                              : whatHappened(result));
                }));
        });
    });
}

void TestRun::runWrongCertificate(int index)
{
    // A certificate with the business's own name and number, but signed by itself: a register that
    // checks who issued the certificate must refuse it.
    pki::CertificateRequest request;
    request.commonName = Text::tr("Testkörning, fel certifikat");
    request.organisation = m_input.own.name.isEmpty() ? QStringLiteral("Testkorning") : m_input.own.name;
    request.organisationNumber = m_input.own.organisationNumber;
    request.clientAuth = true;
    const pki::KeyPair pair = pki::createCertificate(request);
    if (pair.isNull())
        return judge(index, false, Text::tr("Kunde inte skapa det felaktiga certifikatet."));
    ConnectionSettings wrong = m_settings;
    wrong.clientCertificate = QSslCertificate(pair.certificatePem, QSsl::Pem);
    wrong.clientKey = QSslKey(pair.privateKeyPem, QSsl::Ec, QSsl::Pem);
    wrong.clientChain.clear();
    m_otherClient = std::make_unique<RegisterClient>();
    m_otherClient->setConnection(wrong);
    TestCall call = makeCall(QStringLiteral("GET"), QStringLiteral("/transportsatt"));
    m_otherClient->fetchValueList(
        QStringLiteral("transportsatt"), recorder(index, call, [this, index](const CallResult &result) {
            const bool refused = result.outcome == Outcome::CertificateProblem ||
                                 result.outcome == Outcome::AuthenticationFailed;
            judge(index, refused,
                  refused ? Text::tr("Nekades som väntat: %1").arg(result.summary)
                          : Text::tr("Väntade att anropet skulle nekas: %1").arg(whatHappened(result)));
        }));
}

} // namespace avfall
