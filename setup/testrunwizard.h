#pragma once

#include "core/environment.h"
#include "core/profile.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace avfall {
class ConnectionStore;
class TestRun;
} // namespace avfall

namespace avfall::forms {

// "Testkörning mot testmiljön": the test run Naturvårdsverket requires before production
// (docs/testfall.md). Page one chooses the environment (Test; Sandlåda for practice) and the note
// types (from the roles under Verksamhet); page two runs the cases one by one on the event loop,
// shows each verdict as it comes, and saves the report as PDF and JSON. A passed run in Test is
// remembered for the certificate's organisation number.
class TestRunWizard : public QWizard
{
    Q_OBJECT

public:
    TestRunWizard(const Profile &profile, ConnectionStore *store, QWidget *parent = nullptr);
    ~TestRunWizard() override;

    QComboBox *environmentCombo() const { return m_environment; }
    QList<QCheckBox *> typeBoxes() const { return m_types; }
    QProgressBar *progressBar() const { return m_progress; }
    QTableWidget *caseTable() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    QPushButton *saveJsonButton() const { return m_saveJson; }
    TestRun *testRun() const { return m_run; }
    bool isFinished() const { return m_finished; }

    // Test and Sandlåda may be chosen; Test is the default.
    void setEnvironment(Environment environment);

    void reject() override; // cancels a run in progress first

signals:
    void runFinished(bool passed);

private:
    class SetupPage;
    class RunPage;
    void startRun();
    void showCase(int index);
    void finishRun(bool passed);
    void saveReport(bool pdf);

    Profile m_profile;
    ConnectionStore *m_store;
    QComboBox *m_environment = nullptr;
    QList<QCheckBox *> m_types;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_saveJson = nullptr;
    RunPage *m_runPage = nullptr;
    TestRun *m_run = nullptr;
    bool m_finished = false;
    quint64 m_generation = 0;
};

} // namespace avfall::forms
