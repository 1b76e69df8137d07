#include "forms/reviewdialog.h"

#include "core/fieldformats.h"
#include "core/identitynumber.h"
#include "core/notejson.h"
#include "core/notevalidator.h"
#include "models/notesummary.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace avfall::forms {

namespace {

QString displayIdentity(const QString &number)
{
    const IdentityCheck check = identity::check(
        number, IdentityAllowance::Organisation | IdentityAllowance::Person | IdentityAllowance::Vat |
                    IdentityAllowance::UnknownHolder | IdentityAllowance::MunicipalityHolder);
    return check.isValid() ? identity::display(check) : number;
}

QString normalizedIdentity(const QString &number)
{
    const IdentityCheck check = identity::check(
        number, IdentityAllowance::Organisation | IdentityAllowance::Person | IdentityAllowance::Vat);
    return check.isValid() ? check.normalized : number.trimmed();
}

QString environmentColor(Environment environment)
{
    switch (environment) {
    case Environment::Sandbox:
        return QStringLiteral("#6a1b9a");
    case Environment::Test:
        return QStringLiteral("#b24a00");
    case Environment::Production:
        return QStringLiteral("#1b5e20");
    case Environment::Custom:
        return QStringLiteral("#37474f");
    }
    return QStringLiteral("#000000");
}

} // namespace

ReviewDialog::ReviewDialog(NoteKind kind, const QJsonObject &note, const QString &certificateOrganisation,
                           const QString &certificateName, Environment environment, const ValueLists &lists,
                           QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_note(notejson::normalized(kind, note))
    , m_lists(lists)
{
    setWindowTitle(tr("Granska innan du skickar"));

    // Where the note goes, impossible to miss.
    QString environmentLine;
    switch (environment) {
    case Environment::Sandbox:
        environmentLine = tr("Sandlåda = övning. Anteckningen skickas till den inbyggda sandlådan, inte till "
                             "Naturvårdsverket.");
        break;
    case Environment::Test:
        environmentLine = tr("Test: Naturvårdsverkets testmiljö. Anteckningen räknas inte som rapporterad.");
        break;
    case Environment::Production:
        environmentLine = tr("Produktion: anteckningen rapporteras på riktigt till Naturvårdsverkets "
                             "avfallsregister.");
        break;
    case Environment::Custom:
        environmentLine = tr("Egen adress: anteckningen skickas till den adress som är inställd.");
        break;
    }
    m_environment = new QLabel(environmentLine, this);
    m_environment->setObjectName(QStringLiteral("reviewEnvironment"));
    m_environment->setWordWrap(true);
    m_environment->setStyleSheet(
        QStringLiteral("QLabel#reviewEnvironment { background: %1; color: white; font-weight: bold; "
                       "padding: 8px; border-radius: 3px; }")
            .arg(environmentColor(environment)));
    m_environment->setAccessibleName(tr("Miljö: %1").arg(environmentLine));

    // Who reports for whom, compared with the certificate.
    const QString operatorNumber = m_note.value(QLatin1String("verksamhetsutovare")).toString();
    const QString operatorName = m_note.value(QLatin1String("verksamhetensNamn")).toString();
    const QString agentNumber = m_note.value(QLatin1String("ombud")).toString();
    const QString certificate = normalizedIdentity(certificateOrganisation);
    const QString certificateLine =
        tr("Certifikatet tillhör %1 %2.").arg(displayIdentity(certificate), certificateName).simplified();
    QString identityLine;
    if (certificate.isEmpty()) {
        m_match = IdentityMatch::Unknown;
        identityLine = tr("Certifikatets organisationsnummer är inte känt, så det går inte att kontrollera i "
                          "förväg att verksamhetsutövaren eller ombudet stämmer med certifikatet.");
    } else if (!operatorNumber.isEmpty() && normalizedIdentity(operatorNumber) == certificate) {
        m_match = IdentityMatch::Own;
        identityLine = certificateLine + QLatin1Char(' ') +
                       tr("Verksamhetsutövare %1: du rapporterar för egen räkning.")
                           .arg(displayIdentity(operatorNumber));
    } else if (!agentNumber.isEmpty() && normalizedIdentity(agentNumber) == certificate) {
        m_match = IdentityMatch::Agent;
        identityLine = certificateLine + QLatin1Char(' ') +
                       tr("Ombud %1: du rapporterar som ombud för %2 %3.")
                           .arg(displayIdentity(agentNumber), displayIdentity(operatorNumber), operatorName)
                           .simplified();
    } else {
        m_match = IdentityMatch::Mismatch;
        identityLine =
            certificateLine + QLatin1Char(' ') +
            tr("Varken verksamhetsutövaren (%1) eller ombudet (%2) har certifikatets organisationsnummer, så "
               "registret kommer att svara med fel 1023 och inte ta emot anteckningen. Rapporterar du åt "
               "någon "
               "annan: gå tillbaka, kryssa i ”Jag rapporterar åt någon annan (ombud)” och fyll i er själva "
               "som "
               "ombud.")
                .arg(operatorNumber.isEmpty() ? tr("saknas") : displayIdentity(operatorNumber),
                     agentNumber.isEmpty() ? tr("saknas") : displayIdentity(agentNumber));
    }
    m_identity = new QLabel(identityLine, this);
    m_identity->setObjectName(QStringLiteral("reviewIdentity"));
    m_identity->setWordWrap(true);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const bool mismatch = m_match == IdentityMatch::Mismatch;
    m_identity->setStyleSheet(
        QStringLiteral(
            "QLabel#reviewIdentity { background: %1; color: %2; border: 1px solid %3; padding: 8px; "
            "border-radius: 3px; %4 }")
            .arg(mismatch ? QStringLiteral("#fdecea") : QStringLiteral("#edf7ed"),
                 mismatch ? QStringLiteral("#8a1c12") : QStringLiteral("#1e4620"),
                 mismatch ? QStringLiteral("#d9534f") : QStringLiteral("#7fb77e"),
                 mismatch ? QStringLiteral("font-weight: bold;") : QString()));
    m_identity->setAccessibleName(identityLine);

    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setVisible(false);
    m_warnings->setObjectName(QStringLiteral("reviewWarnings"));
    m_warnings->setStyleSheet(
        QStringLiteral("QLabel#reviewWarnings { background: #fff4e5; color: #663c00; "
                       "border: 1px solid #ffb74d; padding: 8px; border-radius: 3px; }"));

    m_summary = new QTextBrowser(this);
    m_summary->setOpenLinks(false);
    m_summary->setAccessibleName(tr("Det här skickas"));
    buildSummary();

    m_json = new QPlainTextEdit(this);
    m_json->setReadOnly(true);
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(m_note).toJson(QJsonDocument::Indented)));
    m_json->setAccessibleName(tr("Anteckningen som JSON"));
    m_json->setVisible(false);
    QFont mono = m_json->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_json->setFont(mono);

    // Details on the left, then Tillbaka and Skicka, in that order on every desktop.
    auto *details = new QPushButton(tr("Visa exakt data"), this);
    details->setCheckable(true);
    details->setToolTip(tr("Visa anteckningen precis som den skickas till registret (JSON)"));
    m_back = new QPushButton(tr("Tillbaka"), this);
    m_back->setToolTip(tr("Tillbaka till formuläret utan att skicka"));
    m_send = new QPushButton(tr("Skicka"), this);
    m_send->setToolTip(
        tr("Lägg anteckningen i kön och skicka den till %1").arg(environmentDisplayName(environment)));
    // With a certain rejection ahead, Enter goes back rather than sends.
    (mismatch ? m_back : m_send)->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_back, &QPushButton::clicked, this, &QDialog::reject);
    connect(details, &QPushButton::toggled, this, [this](bool shown) {
        m_json->setVisible(shown);
        m_summary->setVisible(!shown);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(details);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_environment);
    layout->addWidget(m_identity);
    layout->addWidget(m_warnings);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_json, 1);
    layout->addLayout(buttons);
    resize(760, 640);
}

void ReviewDialog::setWarnings(const QStringList &warnings)
{
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

QString ReviewDialog::identityText() const
{
    return m_identity->text();
}

QString ReviewDialog::environmentText() const
{
    return m_environment->text();
}

QString ReviewDialog::summaryText() const
{
    return m_summary->toPlainText();
}

void ReviewDialog::buildSummary()
{
    m_summary->setHtml(summary::build(m_kind, m_note, m_lists).toHtml());
}

} // namespace avfall::forms
