#pragma once

#include "core/notetype.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace avfall::app {

class AppBackend;
class NoteTableModel;

// A list of notes with the details of the chosen one and what can be done with it. The same
// page serves as Utkast (drafts), Kö (what is not settled yet) and Historik (everything, with
// filters); each shows a sentence that says what to do when it is empty.
class NoteListPage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Drafts,
        Queue,
        History
    };
    enum class OpenMode
    {
        Edit,
        Correct,
        NewFrom,
        Chain
    };

    NoteListPage(Kind kind, AppBackend &backend, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QTableView *table() const { return m_table; }
    NoteTableModel *model() const { return m_model; }
    QString detailsText() const;
    QString emptyText() const;
    void reload();

    // Writes the rows that pass the filter as CSV for Excel: UTF-8 with BOM, semicolons; cells that
    // Excel would run as a formula are neutralised (csv::field).
    bool exportCsv(const QString &fileName) const;
    // A receipt of the chosen note as PDF: what was sent, the avfallId, the times, the environment.
    bool writeReceipt(qint64 id, const QString &fileName) const;

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void openRequested(avfall::NoteKind kind, qint64 id, avfall::app::NoteListPage::OpenMode mode);

private:
    void applyFilter();
    void showDetails();
    void updateActions();
    qint64 currentId() const;
    void cancelCurrent();
    void markReceived();
    void resendUncertain();
    void exportWithDialog();

    Kind m_kind;
    AppBackend &m_backend;
    NoteTableModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_details;
    QWidget *m_splitter = nullptr;
    QLabel *m_empty;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QPushButton *m_open;
    QPushButton *m_correct;
    QPushButton *m_cancel;
    QPushButton *m_newFrom;
    QPushButton *m_chain;
    QPushButton *m_resend;
    QPushButton *m_received;
    QPushButton *m_retry;
    QPushButton *m_delete;
    QPushButton *m_export;
    QPushButton *m_receipt;
};

} // namespace avfall::app
