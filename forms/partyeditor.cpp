#include "forms/partyeditor.h"

#include "forms/formwidgets.h"
#include "models/notesummary.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace avfall::forms {

namespace {
QString unknownWord()
{
    return QStringLiteral("OKÄND");
}
QString municipalityWord()
{
    return QStringLiteral("KOMMUN");
}
} // namespace

PartyEditor::PartyEditor(IdentityAllowances allowed, QWidget *parent)
    : QWidget(parent)
    , m_allowed(allowed)
{
    setProperty("avfallCompound", true);
    m_edit = new QLineEdit(this);
    m_edit->setMaxLength(24); // room for spaces, hyphens and a century; 14 characters are sent
    QStringList kinds;
    if (allowed.testFlag(IdentityAllowance::Organisation))
        kinds << tr("organisationsnummer");
    if (allowed.testFlag(IdentityAllowance::Person))
        kinds << tr("personnummer");
    if (allowed.testFlag(IdentityAllowance::Vat))
        kinds << tr("momsnummer");
    if (allowed.testFlag(IdentityAllowance::UnknownHolder))
        kinds << unknownWord();
    if (allowed.testFlag(IdentityAllowance::MunicipalityHolder))
        kinds << municipalityWord();
    QString placeholder =
        kinds.size() > 1
            ? tr("%1 eller %2")
                  .arg(kinds.mid(0, kinds.size() - 1).join(QStringLiteral(", ")), kinds.constLast())
            : kinds.value(0);
    if (!placeholder.isEmpty())
        placeholder[0] = placeholder.at(0).toUpper();
    m_edit->setPlaceholderText(placeholder);

    m_saved = new QComboBox(this);
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setMinimumContentsLength(16);
    m_saved->view()->setMinimumWidth(m_saved->fontMetrics().averageCharWidth() * 45);
    m_saved->setAccessibleName(tr("Välj bland sparade"));
    m_saved->setToolTip(tr("Fyll i numret för en sparad part"));

    m_check = new QLabel(this);
    m_check->setWordWrap(true);
    m_check->setTextFormat(Qt::PlainText);
    m_check->setObjectName(QStringLiteral("identityCheck"));
    m_check->setVisible(false);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_saved);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(reservedLine({m_check}, this)); // the check appears without moving anything
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        updateCheck();
        emit textChanged(text);
    });
    connect(m_edit, &QLineEdit::textEdited, this, &PartyEditor::edited);
    connect(m_saved, &QComboBox::activated, this, &PartyEditor::onSavedActivated);
    rebuildSaved();
}

void PartyEditor::setSavedParties(const QList<QPair<QString, QString>> &parties)
{
    m_parties = parties;
    rebuildSaved();
    updateCheck();
}

void PartyEditor::rebuildSaved()
{
    m_saved->clear();
    m_saved->addItem(tr("Sparade …"), QString());
    for (const auto &party : std::as_const(m_parties)) {
        const IdentityCheck check = identity::check(party.first, m_allowed);
        if (!check.isValid())
            continue; // a saved party this field does not accept (a person where only companies may be)
        m_saved->addItem(identity::display(check) + QLatin1Char(' ') + party.second, party.first);
    }
    if (m_allowed.testFlag(IdentityAllowance::UnknownHolder))
        m_saved->addItem(tr("OKÄND – går inte att ta reda på"), unknownWord());
    if (m_allowed.testFlag(IdentityAllowance::MunicipalityHolder))
        m_saved->addItem(tr("KOMMUN – avfall från flera hushåll"), municipalityWord());
    m_saved->setVisible(m_saved->count() > 1);
}

void PartyEditor::onSavedActivated(int index)
{
    const QString number = m_saved->itemData(index).toString();
    m_saved->setCurrentIndex(0);
    if (number.isEmpty())
        return;
    m_edit->setText(number);
    m_edit->setFocus();
    emit edited();
}

QString PartyEditor::text() const
{
    return m_edit->text().trimmed();
}

void PartyEditor::setText(const QString &text)
{
    m_edit->setText(text);
}

IdentityCheck PartyEditor::check() const
{
    return identity::check(text(), m_allowed);
}

QString PartyEditor::checkText() const
{
    return m_check->text();
}

bool PartyEditor::checkShowsProblem() const
{
    return m_problem && !m_check->text().isEmpty();
}

QString PartyEditor::savedName() const
{
    const IdentityCheck own = check();
    if (!own.isValid())
        return QString();
    for (const auto &party : m_parties) {
        const IdentityCheck saved = identity::check(party.first, m_allowed);
        if (saved.isValid() && saved.normalized == own.normalized)
            return party.second;
    }
    return QString();
}

void PartyEditor::updateCheck()
{
    QString text;
    if (!m_edit->text().trimmed().isEmpty()) {
        const IdentityCheck result = check();
        m_problem = !result.isValid();
        if (result.isValid()) {
            const QString name = savedName();
            text = QStringLiteral("✓ ") + identity::display(result) +
                   (name.isEmpty() ? QString() : QLatin1Char(' ') + name) + QStringLiteral(" (") +
                   summary::identityKindName(result.kind) + QLatin1Char(')');
        } else {
            text = result.problem;
        }
    } else {
        m_problem = false;
    }
    m_check->setText(text);
    QPalette palette = m_check->palette();
    palette.setColor(QPalette::WindowText, m_problem ? QColor(0xb0, 0x00, 0x20) : QColor(0x1b, 0x6e, 0x20));
    m_check->setPalette(palette);
    m_check->setVisible(!text.isEmpty());
    m_check->setAccessibleName(text);
}

} // namespace avfall::forms
