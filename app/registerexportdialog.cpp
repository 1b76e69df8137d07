#include "app/registerexportdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace avfall::app {

namespace {
QDateEdit *dateEdit(const QDate &date, const char *name, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

RegisterExportDialog::RegisterExportDialog(Environment environment, QWidget *parent)
    : QDialog(parent)
    , m_from(dateEdit(QDate(QDate::currentDate().year(), 1, 1), "registerFrom", this))
    , m_to(dateEdit(QDate::currentDate(), "registerTo", this))
    , m_format(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Exportera register"));
    setObjectName(QStringLiteral("registerExportDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Alla dina anteckningar i miljön %1 vars tidpunkt – när anteckningen gjordes – ligger i "
           "perioden, med alla uppgifter, avfallsId, tillstånd, versioner och makuleringar. Så som en "
           "tillsynsmyndighet brukar be att få se dem. Utkast tas inte med.")
            .arg(environmentDisplayName(environment)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_format->setObjectName(QStringLiteral("registerFormat"));
    m_format->addItem(tr("Excel-arbetsbok (XLSX), en flik per anteckningstyp"), int(RegisterFormat::Xlsx));
    m_format->addItem(tr("CSV för Excel, en fil med alla typer"), int(RegisterFormat::Csv));
    auto *form = new QFormLayout;
    form->addRow(tr("&Från och med:"), m_from);
    form->addRow(tr("&Till och med:"), m_to);
    form->addRow(tr("&Format:"), m_format);
    layout->addLayout(form);

    m_problem->setObjectName(QStringLiteral("registerProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Exportera …"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateEdit::dateChanged, this, &RegisterExportDialog::check);
    connect(m_to, &QDateEdit::dateChanged, this, &RegisterExportDialog::check);
    check();
}

RegisterPeriod RegisterExportDialog::period() const
{
    return {m_from->date(), m_to->date()};
}

RegisterFormat RegisterExportDialog::format() const
{
    return RegisterFormat(m_format->currentData().toInt());
}

void RegisterExportDialog::check()
{
    const bool valid = period().isValid();
    m_problem->setText(valid ? QString() : tr("Perioden slutar före den börjar."));
    m_problem->setVisible(!valid);
    m_ok->setEnabled(valid);
}

} // namespace avfall::app
