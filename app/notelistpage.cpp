#include "app/notelistpage.h"

#include "app/notetablemodel.h"
#include "app/qrcode.h"
#include "app/registerexportdialog.h"
#include "core/csvfield.h"
#include "core/errorcatalogue.h"
#include "core/fieldcatalogue.h"
#include "core/identitynumber.h"
#include "core/notejson.h"
#include "core/settings.h"
#include "models/notesummary.h"
#include "services/historyexport.h"
#include "services/profilesession.h"
#include "services/reporting.h"
#include "widgets/dialogseam.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace avfall::app {

namespace {
QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *result = new QPushButton(text, parent); // owned even where a page does not show it
    result->setObjectName(QString::fromLatin1(name));
    return result;
}

// The note in words: the same summary as the review before sending (notesummary.h).
QString summaryHtml(const StoredNote &note)
{
    return summary::build(note.kind, note.payload).toHtml(false);
}

} // namespace

NoteListPage::NoteListPage(Kind kind, services::ProfileSession &session, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_session(session)
    , m_actions(session)
    , m_model(new NoteTableModel(session.store(), this))
    , m_table(new QTableView)
    , m_details(new QTextBrowser)
    , m_empty(new QLabel)
    , m_open(button(tr("&Öppna"), "openButton", this))
    , m_correct(button(tr("&Rätta …"), "correctButton", this))
    , m_cancel(button(tr("&Makulera …"), "cancelButton", this))
    , m_newFrom(button(tr("&Ny från denna"), "newFromButton", this))
    , m_chain(button(tr("Ny anteckning för &samma avfall"), "chainButton", this))
    , m_resend(button(tr("Skicka &igen …"), "resendButton", this))
    , m_received(button(tr("Markera som &mottagen …"), "receivedButton", this))
    , m_retry(button(tr("Försök &nu"), "retryButton", this))
    , m_delete(button(tr("&Ta bort utkast"), "deleteButton", this))
    , m_export(button(tr("&Exportera CSV …"), "exportButton", this))
    , m_exportRegister(button(tr("Exportera &register …"), "exportRegisterButton", this))
    , m_receipt(button(tr("&Kvitto (PDF) …"), "receiptButton", this))
{
    const QString titles[] = {tr("Utkast"), tr("Kö"), tr("Historik")};
    setObjectName(QStringLiteral("listPage%1").arg(int(kind)));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(titles[int(kind)])));

    if (kind == Kind::History) {
        auto *filters = new QHBoxLayout;
        m_typeFilter = new QComboBox;
        m_typeFilter->setAccessibleName(tr("Anteckningstyp"));
        m_typeFilter->addItem(tr("Alla typer"), -1);
        for (const NoteType &type : noteTypes())
            m_typeFilter->addItem(type.displayTitle(), int(type.kind));
        m_stateFilter = new QComboBox;
        m_stateFilter->setAccessibleName(tr("Status"));
        m_stateFilter->addItem(tr("Alla"), QString());
        for (NoteState state : {NoteState::Sent, NoteState::Queued, NoteState::Rejected, NoteState::Uncertain,
                                NoteState::Cancelled, NoteState::Draft})
            m_stateFilter->addItem(stateDisplayName(state), stateKey(state));
        m_textFilter = new QLineEdit;
        m_textFilter->setPlaceholderText(tr("Sök referens, organisationsnummer, avfallskod …"));
        m_textFilter->setAccessibleName(tr("Sök"));
        m_textFilter->setClearButtonEnabled(true);
        // Beside two export buttons the search must keep room to be read: the long type names
        // give way instead (the open list still shows them whole).
        m_textFilter->setMinimumWidth(m_textFilter->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
        m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_typeFilter->setMinimumContentsLength(14);
        filters->addWidget(m_typeFilter);
        filters->addWidget(m_stateFilter);
        filters->addWidget(m_textFilter, 1);
        filters->addWidget(m_export);
        filters->addWidget(m_exportRegister);
        layout->addLayout(filters);
        m_exportRegister->setToolTip(tr("Alla anteckningar i en period som XLSX eller CSV, så som en "
                                        "tillsynsmyndighet vill se dem"));
        m_exportResult = new QLabel(this);
        m_exportResult->setObjectName(QStringLiteral("exportResult"));
        m_exportResult->setWordWrap(true);
        m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_exportResult->hide();
        layout->addWidget(m_exportResult);
        connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &NoteListPage::applyFilter);
        connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &NoteListPage::applyFilter);
        connect(m_textFilter, &QLineEdit::textChanged, this, &NoteListPage::applyFilter);
        connect(m_export, &QPushButton::clicked, this, &NoteListPage::exportWithDialog);
        connect(m_exportRegister, &QPushButton::clicked, this, &NoteListPage::exportRegisterWithDialog);
    }

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteTableModel::WasteCode, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NoteTableModel::AvfallId, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(NoteTableModel::AvfallId, 140);
    m_table->setAccessibleName(titles[int(kind)]);
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Detaljer"));
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyText"));
    m_empty->setText(
        kind == Kind::Drafts ? tr("Inga utkast. En anteckning som du börjar fylla i sparas här av sig "
                                  "själv tills du skickar den.")
        : kind == Kind::Queue
            ? tr("Kön är tom: allt har skickats. Anteckningar som väntar på registret, eller på att du "
                 "bestämmer något, visas här.")
            : tr("Ingen anteckning ännu. Välj vad du vill anteckna under Ny anteckning till vänster."));

    auto *splitter = new QSplitter(Qt::Vertical);
    m_splitter = splitter;
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);
    layout->addStretch(0); // takes the room only while the table is hidden (an empty queue)

    auto *actions = new QHBoxLayout;
    for (QPushButton *action : {m_open, m_correct, m_cancel, m_newFrom, m_chain, m_receipt, m_resend,
                                m_received, m_retry, m_delete})
        actions->addWidget(action);
    actions->addStretch();
    layout->addLayout(actions);

    m_export->setVisible(kind == Kind::History);
    m_exportRegister->setVisible(kind == Kind::History);
    m_model->setFilter(NoteFilter());
    if (kind == Kind::Queue)
        m_model->setOpenOnly(true);
    applyFilter();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NoteListPage::showDetails);
    connect(m_table, &QTableView::doubleClicked, m_open, &QPushButton::click);
    connect(&session, &services::ProfileSession::storeChanged, this, &NoteListPage::reload);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const StoredNote *note = m_model->noteAt(m_table->currentIndex().row()))
            emit openRequested(note->kind, note->id, OpenMode::Edit);
    });
    connect(m_correct, &QPushButton::clicked, this, [this] {
        if (const StoredNote *note = m_model->noteAt(m_table->currentIndex().row()))
            emit openRequested(note->kind, note->id, OpenMode::Correct);
    });
    connect(m_newFrom, &QPushButton::clicked, this, [this] {
        if (const StoredNote *note = m_model->noteAt(m_table->currentIndex().row()))
            emit openRequested(note->kind, note->id, OpenMode::NewFrom);
    });
    connect(m_chain, &QPushButton::clicked, this, [this] {
        if (const StoredNote *note = m_model->noteAt(m_table->currentIndex().row()))
            emit openRequested(note->kind, note->id, OpenMode::Chain);
    });
    connect(m_cancel, &QPushButton::clicked, this, &NoteListPage::cancelCurrent);
    connect(m_receipt, &QPushButton::clicked, this, [this] {
        const QString fileName = widgets::DialogSeam::current().chooseFileToSave(
            this, tr("Spara kvitto"), QStringLiteral("kvitto-%1.pdf").arg(currentId()), tr("PDF (*.pdf)"));
        if (!fileName.isEmpty() && !writeReceipt(currentId(), fileName))
            QMessageBox::warning(this, tr("Kvitto"), tr("Filen %1 kunde inte skrivas.").arg(fileName));
    });
    connect(m_received, &QPushButton::clicked, this, &NoteListPage::markReceived);
    connect(m_resend, &QPushButton::clicked, this, &NoteListPage::resendUncertain);
    connect(m_retry, &QPushButton::clicked, this, [this] { m_actions.retryNow(currentId()); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        m_actions.deleteDraft(currentId());
        reload();
    });
    updateActions();
}

void NoteListPage::showEvent(QShowEvent *event)
{
    reload(); // a draft saved a moment ago, a note sent by `avfall` in another process
    QWidget::showEvent(event);
}

void NoteListPage::reload()
{
    const qint64 id = currentId();
    m_model->reload();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->noteAt(row)->id == id)
            m_table->selectRow(row);
    }
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_splitter->setVisible(!empty || m_kind == Kind::History);
    showDetails();
}

void NoteListPage::applyFilter()
{
    NoteFilter filter;
    if (m_kind == Kind::Drafts) {
        filter.state = NoteState::Draft;
    } else if (m_kind == Kind::Queue) {
        filter.includeCancellations = true;
        filter.includeDrafts = false;
    } else {
        if (m_typeFilter && m_typeFilter->currentData().toInt() >= 0)
            filter.kind = NoteKind(m_typeFilter->currentData().toInt());
        if (m_stateFilter)
            filter.state = stateFromKey(m_stateFilter->currentData().toString());
        if (m_textFilter) {
            // The store keeps numbers without a hyphen; the app writes them with one (556036-0793).
            filter.text = m_textFilter->text().trimmed();
            const IdentityCheck number =
                identity::check(filter.text, IdentityAllowance::Organisation | IdentityAllowance::Person |
                                                 IdentityAllowance::Vat);
            if (number.isValid())
                filter.text = number.normalized;
        }
    }
    m_model->setFilter(filter);
    if (m_kind == Kind::Queue)
        m_model->setOpenOnly(true);
    reload();
}

qint64 NoteListPage::currentId() const
{
    const StoredNote *note = m_model->noteAt(m_table->currentIndex().row());
    return note ? note->id : 0;
}

QString NoteListPage::detailsText() const
{
    return m_details->toPlainText();
}

QString NoteListPage::emptyText() const
{
    return m_empty->isVisible() ? m_empty->text() : QString();
}

void NoteListPage::showDetails()
{
    updateActions();
    const StoredNote *note = m_model->noteAt(m_table->currentIndex().row());
    if (!note) {
        m_details->setHtml(m_model->rowCount()
                               ? tr("<p>Välj en anteckning i listan för att se detaljerna.</p>")
                               : QString());
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b> · %3 · %4</p>")
                       .arg(noteType(note->kind).displayTitle().toHtmlEscaped(),
                            stateDisplayName(note->state), environmentDisplayName(note->environment),
                            note->avfallId.isEmpty() ? tr("inget avfallsId ännu")
                                                     : tr("avfallsId %1").arg(note->avfallId));
    if (!note->lastSummary.isEmpty())
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(note->lastSummary.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (note->state == NoteState::Cancelled)
        html += tr("<p>Makulerad %1: %2. %3</p>")
                    .arg(QLocale().toString(note->cancelledAt.toLocalTime(), QLocale::ShortFormat),
                         note->cancelReason, note->cancelExplanation.toHtmlEscaped());
    html += summaryHtml(*note);
    const QList<StoredNote> chain = m_session.store().versions(note->id);
    if (chain.size() > 1) {
        html += tr("<h4>Versioner</h4><ol>");
        for (const StoredNote &version : chain)
            html += QStringLiteral("<li>%1 – %2 %3</li>")
                        .arg(version.id)
                        .arg(stateDisplayName(version.state), version.avfallId);
        html += QStringLiteral("</ol>");
    }
    // What happened, in words; the codes a support person asks for go under Tekniska detaljer.
    const QList<Attempt> attempts = m_session.store().attempts(note->id);
    QStringList technical;
    if (!attempts.isEmpty()) {
        html += tr("<h4>Försök att skicka</h4><ul>");
        for (const Attempt &attempt : attempts) {
            const QString when = summary::dateTime(attempt.startedAt);
            QString line = when + QStringLiteral(": ") +
                           (!attempt.summary.isEmpty() ? attempt.summary
                            : attempt.httpStatus == 0  ? tr("registret gick inte att nå")
                                                       : tr("registret svarade"));
            for (const QJsonValue &error : attempt.errors.value(QStringLiteral("errors")).toArray()) {
                const QJsonObject entry = error.toObject();
                line += QStringLiteral("\n  ") +
                        errorcatalogue::explain(entry.value(QStringLiteral("code")).toInt(),
                                                entry.value(QStringLiteral("message")).toString());
            }
            html += QStringLiteral("<li>%1</li>")
                        .arg(line.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
            QString details = when + QStringLiteral(": ") +
                              (attempt.httpStatus == 0 ? tr("ingen förbindelse (HTTP 0)")
                                                       : QStringLiteral("HTTP %1").arg(attempt.httpStatus)) +
                              tr(", %1 ms").arg(attempt.durationMs);
            for (const QJsonValue &error : attempt.errors.value(QStringLiteral("errors")).toArray())
                details += tr(", felkod %1").arg(error.toObject().value(QStringLiteral("code")).toInt());
            if (!attempt.traceId.isEmpty())
                details += tr(", traceId %1").arg(attempt.traceId);
            technical << details;
        }
        html += QStringLiteral("</ul>");
    }
    technical << tr("Spårnings-id (NV-Client-Tracking-ID): %1").arg(note->trackingId);
    html += tr("<h4>Tekniska detaljer</h4>") + QStringLiteral("<p style=\"color:#555\">") +
            technical.join(QStringLiteral("<br>"))
                .toHtmlEscaped()
                .replace(QStringLiteral("&lt;br&gt;"), QStringLiteral("<br>")) +
            QStringLiteral("</p>");
    m_details->setHtml(html);
}

void NoteListPage::updateActions()
{
    const StoredNote *note = m_model->noteAt(m_table->currentIndex().row());
    // Reported (services/reporting.h) and no correction of it on its way.
    const bool sent = note && reporting::canBeChanged(*note, m_session.store());
    m_open->setVisible(m_kind != Kind::History);
    m_open->setEnabled(note && (note->state == NoteState::Draft || note->state == NoteState::Rejected) &&
                       note->operation != Operation::Cancel);
    m_correct->setVisible(m_kind == Kind::History);
    m_correct->setEnabled(sent);
    m_cancel->setVisible(m_kind == Kind::History);
    m_cancel->setEnabled(sent);
    m_newFrom->setVisible(m_kind == Kind::History);
    m_newFrom->setEnabled(note && note->operation != Operation::Cancel);
    m_chain->setVisible(m_kind == Kind::History);
    m_chain->setEnabled(note && !note->avfallId.isEmpty() && note->operation != Operation::Cancel);
    m_resend->setVisible(m_kind == Kind::Queue);
    m_resend->setEnabled(note && note->state == NoteState::Uncertain);
    m_received->setVisible(m_kind == Kind::Queue);
    m_received->setEnabled(note && note->state == NoteState::Uncertain);
    m_retry->setVisible(m_kind == Kind::Queue);
    m_retry->setEnabled(note && note->state == NoteState::Queued);
    m_receipt->setVisible(m_kind == Kind::History);
    m_receipt->setEnabled(note && !note->avfallId.isEmpty());
    m_delete->setVisible(m_kind == Kind::Drafts);
    m_delete->setEnabled(note && note->state == NoteState::Draft);
}

void NoteListPage::cancelCurrent()
{
    const qint64 id = currentId();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Makulera anteckning"));
    auto *reason = new QComboBox;
    for (const auto &entry : catalogue::cancellationReasons())
        reason->addItem(entry.displayLabel(), entry.code);
    auto *explanation = new QPlainTextEdit;
    explanation->setPlaceholderText(tr("Egen förklaring, sparas bara här hos dig"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Makulera"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Orsak:"), reason);
    form->addRow(tr("&Förklaring:"), explanation);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<qint64> cancellation =
        m_actions.cancel(id, reason->currentData().toString(), explanation->toPlainText());
    if (!cancellation)
        QMessageBox::warning(this, tr("Makulera"), cancellation.error());
    reload();
}

void NoteListPage::markReceived()
{
    bool ok = false;
    const QString avfallId = QInputDialog::getText(this, tr("Markera som mottagen"),
                                                   tr("Om anteckningen finns i registret (till exempel i "
                                                      "Naturvårdsverkets e-tjänst), skriv dess avfallsId:"),
                                                   QLineEdit::Normal, QString(), &ok);
    if (ok) {
        const Result<void> received = m_actions.markReceived(currentId(), avfallId.trimmed());
        if (!received)
            QMessageBox::warning(this, tr("Markera som mottagen"), received.error());
    }
    reload();
}

void NoteListPage::resendUncertain()
{
    const auto answer = QMessageBox::warning(
        this, tr("Skicka igen"),
        tr("Kom den förra sändningen fram blir anteckningen dubbel i registret och måste makuleras som "
           "\"Skickad två gånger\". Skicka ändå?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_actions.resend(currentId());
    reload();
}

bool NoteListPage::writeReceipt(qint64 id, const QString &fileName) const
{
    const auto note = m_session.store().note(id);
    if (!note || note->avfallId.isEmpty())
        return false;
    const NoteSummary summary = summary::build(note->kind, note->payload);
    QTextDocument document;
    // Ids in a fixed-width font: a proportional one may join "ff" or "fi" into one ligature glyph,
    // which a reader copying the id from the PDF would get instead of two letters.
    // The avfallId as a QR code, so that it can be read off the paper without typing 36 characters.
    const QUrl qrUrl(QStringLiteral("avfall://qr"));
    document.addResource(QTextDocument::ImageResource, qrUrl, qrCodeImage(note->avfallId, 4));
    QString html =
        tr("<h2>Kvitto – anteckning i avfallsregistret</h2>"
           "<table><tr><td valign=\"top\"><p><b>%1</b><br>AvfallsId: <b><code>%2</code></b><br>Miljö: %3<br>"
           "Skapad: %4<br>Senast ändrad: %5<br>Spårnings-id: <code>%6</code></p></td>"
           "<td valign=\"top\" style=\"padding-left:24px\"><img src=\"%7\" width=\"120\" "
           "height=\"120\"></td></tr>"
           "</table>")
            .arg(summary.title.toHtmlEscaped(), note->avfallId, environmentDisplayName(note->environment),
                 summary::dateTime(note->createdAt), summary::dateTime(note->updatedAt), note->trackingId,
                 qrUrl.toString());
    if (note->environment == Environment::Sandbox)
        html += tr("<p><b>Övning i sandlådan: inget skickades till Naturvårdsverket.</b></p>");
    html += tr("<h3>Det som skickades</h3>") +
            QStringLiteral("<p style=\"color:#555\">%1</p>").arg(summary.law.toHtmlEscaped()) +
            summary.toHtml(false);
    document.setHtml(html);
    QPdfWriter writer(fileName);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(tr("Kvitto %1").arg(note->avfallId));
    writer.setCreator(QStringLiteral(AVFALL_SYSTEM_ID));
    document.print(&writer);
    return QFileInfo(fileName).size() > 0;
}

bool NoteListPage::exportCsv(const QString &fileName) const
{
    QStringList header;
    for (int column = 0; column < NoteTableModel::ColumnCount; ++column)
        header << m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    header << tr("Referens");
    while (m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    QList<QStringList> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < NoteTableModel::ColumnCount; ++column)
            cells << m_model->data(m_model->index(row, column), Qt::DisplayRole).toString();
        cells << m_model->noteAt(row)->referens;
        rows << cells;
    }
    return services::historyexport::writeCsv(fileName, header, rows).ok();
}

void NoteListPage::exportWithDialog()
{
    const QString fileName = widgets::DialogSeam::current().chooseFileToSave(
        this, tr("Exportera historiken"), QStringLiteral("anteckningar.csv"), tr("CSV för Excel (*.csv)"));
    if (!fileName.isEmpty() && !exportCsv(fileName))
        QMessageBox::warning(this, tr("Exportera"), tr("Filen %1 kunde inte skrivas.").arg(fileName));
}

void NoteListPage::exportRegisterWithDialog()
{
    const Environment environment = m_session.environment();
    RegisterExportDialog dialog(environment, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RegisterPeriod period = dialog.period();
    const RegisterFormat format = dialog.format();
    const QString fileName = widgets::DialogSeam::current().chooseFileToSave(
        this, tr("Spara registret"), period.fileName(registerFormatKey(format)),
        format == RegisterFormat::Xlsx ? tr("Excel-arbetsbok (*.xlsx)") : tr("CSV för Excel (*.csv)"));
    if (fileName.isEmpty())
        return;
    const NoteRegister noteRegister =
        NoteRegisterBuilder(period, environment, Settings(m_session.profile()).ownCompany())
            .build(m_session.store());
    QString error;
    if (!writeRegister(noteRegister, format, fileName, &error)) {
        QMessageBox::warning(this, tr("Exportera register"), error);
        return;
    }
    m_exportResult->setText(tr("Registret %1 (antal anteckningar: %2) sparades i %3.")
                                .arg(noteRegister.periodText())
                                .arg(noteRegister.noteCount())
                                .arg(QDir::toNativeSeparators(fileName)));
    m_exportResult->show();
}

QString NoteListPage::exportResultText() const
{
    return m_exportResult && m_exportResult->isVisible() ? m_exportResult->text() : QString();
}

} // namespace avfall::app
