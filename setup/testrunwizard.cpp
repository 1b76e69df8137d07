#include "setup/testrunwizard.h"

#include "core/settings.h"
#include "network/tlsidentity.h"
#include "printing/testrunpdf.h"
#include "secrets/connectionstore.h"
#include "services/testrun.h"
#include "services/testrunreport.h"
#include "widgets/dialogseam.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace avfall::forms {

class TestRunWizard::SetupPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
};

// Complete once the run has finished (or could not start), so that Slutför waits for it.
class TestRunWizard::RunPage : public QWizardPage
{
public:
    RunPage(TestRunWizard *wizard)
        : m_wizard(wizard)
    {}
    void initializePage() override { m_wizard->startRun(); }
    bool isComplete() const override { return m_wizard->isFinished(); }
    void changed() { emit completeChanged(); }

private:
    TestRunWizard *m_wizard;
};

TestRunWizard::TestRunWizard(const Profile &profile, ConnectionStore *store, QWidget *parent)
    : QWizard(parent)
    , m_profile(profile)
    , m_store(store)
{
    setObjectName(QStringLiteral("testRunWizard"));
    setWindowTitle(tr("Testkörning mot testmiljön"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setButtonText(QWizard::NextButton, tr("&Kör testfallen"));
    setButtonText(QWizard::FinishButton, tr("&Stäng"));
    setButtonText(QWizard::CancelButton, tr("&Avbryt"));

    auto *setup = new SetupPage;
    setup->setTitle(tr("Testkörning före produktion"));
    auto *setupLayout = new QVBoxLayout(setup);
    auto *intro = new QLabel(
        tr("Innan ni får rapportera i produktion vill Naturvårdsverket se att era anrop fungerar i "
           "testmiljön. Testkörningen hämtar värdelistorna, skickar en anteckning av varje typ ni "
           "rapporterar (själva och som ombud), rättar och makulerar, skickar en anteckning som ska "
           "avvisas, förnyar token och prövar ett felaktigt certifikat. Resultatet sparas som PDF och "
           "JSON att skicka till Naturvårdsverket."));
    intro->setWordWrap(true);
    setupLayout->addWidget(intro);
    auto *form = new QFormLayout;
    m_environment = new QComboBox;
    m_environment->setObjectName(QStringLiteral("testRunEnvironment"));
    m_environment->addItem(environmentDisplayName(Environment::Test), environmentKey(Environment::Test));
    m_environment->addItem(tr("Sandlåda (övning, räknas inte inför produktion)"),
                           environmentKey(Environment::Sandbox));
    auto *environmentLabel = new QLabel(tr("&Miljö:"));
    environmentLabel->setBuddy(m_environment);
    form->addRow(environmentLabel, m_environment);
    setupLayout->addLayout(form);

    auto *typeBox = new QGroupBox(tr("Anteckningstyper att testa"));
    auto *typeGrid = new QGridLayout(typeBox);
    const QList<NoteKind> reported = Settings(profile).reportedNoteKinds();
    for (const NoteType &type : noteTypes()) {
        auto *box = new QCheckBox(type.displayTitle());
        box->setObjectName(QStringLiteral("testRunType_") + type.resource);
        box->setToolTip(type.displayRole());
        box->setChecked(reported.isEmpty() || reported.contains(type.kind));
        box->setProperty("noteKind", int(type.kind));
        typeGrid->addWidget(box, int(m_types.size()) / 2, int(m_types.size()) % 2);
        m_types << box;
    }
    setupLayout->addWidget(typeBox);
    auto *typeHint = new QLabel(tr("Förvalda är de typer ni angett under Inställningar → Verksamhet."));
    typeHint->setWordWrap(true);
    setupLayout->addWidget(typeHint);
    setupLayout->addStretch();
    addPage(setup);

    m_runPage = new RunPage(this);
    m_runPage->setTitle(tr("Testfallen"));
    auto *runLayout = new QVBoxLayout(m_runPage);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("testRunProgress"));
    runLayout->addWidget(m_progress);
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("testRunTable"));
    m_table->setHorizontalHeaderLabels({tr("Id"), tr("Fall"), tr("Resultat"), tr("Detalj")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(1, 300);
    runLayout->addWidget(m_table, 1);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("testRunSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runLayout->addWidget(m_summary);
    auto *saveRow = new QHBoxLayout;
    m_savePdf = new QPushButton(tr("Spara &PDF …"));
    m_savePdf->setObjectName(QStringLiteral("testRunSavePdf"));
    m_saveJson = new QPushButton(tr("Spara &JSON …"));
    m_saveJson->setObjectName(QStringLiteral("testRunSaveJson"));
    m_savePdf->setEnabled(false);
    m_saveJson->setEnabled(false);
    saveRow->addWidget(m_savePdf);
    saveRow->addWidget(m_saveJson);
    saveRow->addStretch();
    runLayout->addLayout(saveRow);
    addPage(m_runPage);
    connect(m_savePdf, &QPushButton::clicked, this, [this] { saveReport(true); });
    connect(m_saveJson, &QPushButton::clicked, this, [this] { saveReport(false); });
    resize(860, 620);
}

TestRunWizard::~TestRunWizard() = default;

void TestRunWizard::setEnvironment(Environment environment)
{
    const int index = m_environment->findData(environmentKey(environment));
    if (index >= 0)
        m_environment->setCurrentIndex(index);
}

void TestRunWizard::reject()
{
    if (m_run && m_run->isRunning())
        m_run->cancel();
    QWizard::reject();
}

void TestRunWizard::startRun()
{
    m_finished = false;
    m_runPage->changed();
    m_table->setRowCount(0);
    m_savePdf->setEnabled(false);
    m_saveJson->setEnabled(false);
    m_summary->setText(tr("Förbereder anslutningen …"));
    m_summary->setStyleSheet(QString());
    const Environment environment =
        environmentFromKey(m_environment->currentData().toString()).value_or(Environment::Test);
    QList<NoteKind> kinds;
    for (const QCheckBox *box : std::as_const(m_types)) {
        if (box->isChecked())
            kinds << NoteKind(box->property("noteKind").toInt());
    }
    const quint64 generation = ++m_generation;
    QPointer<TestRunWizard> self(this);
    m_store->assemble(environment, [self, generation, kinds](const ConnectionAssembly &assembly) {
        if (!self || self->m_generation != generation)
            return;
        if (!assembly.ok()) {
            self->m_summary->setText(tr("Testkörningen kan inte börja: %1").arg(assembly.error));
            self->m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
            self->m_finished = true;
            self->m_runPage->changed();
            return;
        }
        const TlsIdentity identity{assembly.settings.clientCertificate, assembly.settings.clientKey, {}};
        TestRunInput input = testRunInput(Settings(self->m_profile), identity.organisationNumber(),
                                          QDateTime::currentDateTime());
        if (!kinds.isEmpty())
            input.kinds = kinds;
        delete self->m_run;
        self->m_run = new TestRun(assembly.settings, input, self);
        TestRun *run = self->m_run;
        self->m_table->setRowCount(int(run->cases().size()));
        for (int row = 0; row < run->cases().size(); ++row)
            self->showCase(row);
        self->m_progress->setRange(0, int(run->cases().size()));
        self->m_progress->setValue(0);
        connect(run, &TestRun::caseStarted, self.data(), [self](int index) {
            self->m_summary->setText(tr("Kör %1 …").arg(self->m_run->cases().at(index).title));
        });
        connect(run, &TestRun::caseFinished, self.data(), [self](int index) {
            self->showCase(index);
            self->m_progress->setValue(index + 1);
        });
        connect(run, &TestRun::finished, self.data(), &TestRunWizard::finishRun);
        run->start();
    });
}

void TestRunWizard::showCase(int index)
{
    const TestCase &testCase = m_run->cases().at(index);
    const QStringList texts{testCase.id, testCase.title, verdictText(testCase.verdict), testCase.detail};
    for (int column = 0; column < texts.size(); ++column) {
        auto *item = new QTableWidgetItem(texts.at(column));
        item->setToolTip(column == 1 ? testCase.expectation : texts.at(column));
        if (column == 2 && testCase.verdict == TestCase::Verdict::Failed)
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        else if (column == 2 && testCase.verdict == TestCase::Verdict::Passed)
            item->setForeground(QColor(0x1b, 0x5e, 0x20));
        m_table->setItem(index, column, item);
    }
}

void TestRunWizard::finishRun(bool passed)
{
    const TestRunReport report = TestRunReport::fromRun(*m_run);
    if (passed && report.environment == Environment::Test) {
        Settings settings(m_profile);
        settings.setLastPassedTestRun(report.organisationNumber, report.finishedAt);
        settings.sync();
    }
    m_summary->setText(
        passed ? tr("Godkänd: alla %n fall gick igenom mot %1. Spara rapporten och skicka den "
                    "till Naturvårdsverket.",
                    nullptr, int(report.cases.size()))
                     .arg(report.environmentText())
               : tr("Inte godkänd: %1 av %2 fall underkända eller inte körda. Se kolumnen "
                    "Detalj.")
                     .arg(report.count(TestCase::Verdict::Failed) + report.count(TestCase::Verdict::NotRun))
                     .arg(report.cases.size()));
    m_summary->setStyleSheet(passed ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_savePdf->setEnabled(true);
    m_saveJson->setEnabled(true);
    m_finished = true;
    m_runPage->changed();
    emit runFinished(passed);
}

void TestRunWizard::saveReport(bool pdf)
{
    if (!m_run)
        return;
    const TestRunReport report = TestRunReport::fromRun(*m_run);
    const QString suggested =
        QStringLiteral("testkorning-%1-%2.%3")
            .arg(report.organisationNumber, report.startedAt.date().toString(Qt::ISODate),
                 pdf ? QStringLiteral("pdf") : QStringLiteral("json"));
    const QString file = widgets::DialogSeam::current().chooseFileToSave(
        this, pdf ? tr("Spara rapporten som PDF") : tr("Spara rapporten som JSON"), suggested,
        pdf ? tr("PDF (*.pdf)") : tr("JSON (*.json)"));
    if (file.isEmpty())
        return;
    QString error;
    bool ok = false;
    if (pdf) {
        ok = writeTestRunPdf(report, file, &error);
    } else {
        QFile out(file);
        ok = out.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
             out.write(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)) > 0;
        if (!ok)
            error = tr("Kunde inte skriva %1: %2").arg(file, out.errorString());
    }
    m_summary->setText(ok ? tr("Rapporten sparades i %1.").arg(file) : error);
    m_summary->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
}

} // namespace avfall::forms
