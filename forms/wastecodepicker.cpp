#include "forms/wastecodepicker.h"

#include "forms/formwidgets.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace avfall::forms {

namespace {

namespace Roles = WasteCodeRoles;

QString compact(const QString &text)
{
    QString code = text.trimmed();
    code.remove(QLatin1Char(' ')).remove(QLatin1Char('*'));
    return code;
}

bool isSixDigits(const QString &text)
{
    static const QRegularExpression six(QStringLiteral("\\A[0-9]{6}\\z"));
    return six.match(text).hasMatch();
}

QString hazardMarker()
{
    return QCoreApplication::translate("WasteCodePicker", "⚠ farligt");
}

// The hits as the popup shows them: code, description and the hazard marker on one line.
class HitDisplayModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            QString text = index.data(Roles::EwcRole).toString() + QStringLiteral("   ") +
                           index.data(Roles::DescriptionRole).toString();
            if (index.data(Roles::HazardousRole).toBool())
                text += QStringLiteral("   ") + hazardMarker();
            if (index.data(Roles::FromSynonymRole).toBool())
                text += QStringLiteral("   ") + QCoreApplication::translate("WasteCodePicker", "(sökhjälp)");
            return text;
        }
        if (role == Qt::ForegroundRole && index.data(Roles::FromSynonymRole).toBool())
            return QColor(0x44, 0x44, 0x44);
        return QIdentityProxyModel::data(index, role);
    }
};

// Enter in the popup takes the first hit when the user has not moved to another one.
class PopupKeys : public QObject
{
public:
    PopupKeys(QAbstractItemView *view, std::function<void(const QModelIndex &)> choose, QObject *parent)
        : QObject(parent)
        , m_view(view)
        , m_choose(std::move(choose))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab) &&
                m_view->model()->rowCount() > 0) {
                QModelIndex index = m_view->currentIndex();
                if (!index.isValid())
                    index = m_view->model()->index(0, 0);
                m_view->hide();
                m_choose(index);
                return key != Qt::Key_Tab; // Tab moves on to the next field as well
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_view;
    std::function<void(const QModelIndex &)> m_choose;
};

} // namespace

// ---------------------------------------------------------------------------------------------
// WasteCodePicker

WasteCodePicker::WasteCodePicker(const ValueLists &lists, QWidget *parent)
    : QWidget(parent)
    , m_lists(lists)
    , m_date(QDate::currentDate())
{
    setProperty("avfallCompound", true);
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("Skriv kod eller ord, till exempel 160601 eller blybatterier"));
    m_edit->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("Bläddra…"), this);
    m_browse->setToolTip(tr("Visa hela förteckningen kapitel för kapitel"));
    m_browse->setAccessibleName(tr("Bläddra bland avfallskoderna"));
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setObjectName(QStringLiteral("wasteCodeInfo"));
    m_info->setVisible(false);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(reservedLine({m_info}, this)); // what the code means, without moving anything
    setFocusProxy(m_edit);

    m_results = new WasteCodeListModel(this);
    m_results->setMaximumResults(60);
    m_shown = new HitDisplayModel(this);
    m_shown->setSourceModel(m_results);
    m_completer = new QCompleter(m_shown, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(Roles::CodeRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    auto *view = new QListView;
    view->setUniformItemSizes(true);
    view->setTextElideMode(Qt::ElideMiddle); // the whole wording is the row's tooltip
    view->setAccessibleName(tr("Avfallskoder som passar"));
    m_completer->setPopup(view); // the completer owns the view from here
    view->installEventFilter(new PopupKeys(
        view, [this](const QModelIndex &index) { choose(index.data(Roles::CodeRole).toString()); }, this));
    // The completer is not installed as the line edit's own: that would write the code of every
    // highlighted row into the field while the user moves through the list.
    m_completer->setWidget(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, &WasteCodePicker::onTextEdited);
    connect(m_edit, &QLineEdit::returnPressed, this, &WasteCodePicker::onReturnPressed);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.data(Roles::CodeRole).toString()); });
    connect(m_browse, &QPushButton::clicked, this, &WasteCodePicker::browse);

    useList(m_lists.wasteCodesOn(m_date));
}

WasteCodePicker::~WasteCodePicker() = default;

void WasteCodePicker::setDate(const QDate &date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    useList(m_lists.wasteCodesOn(date));
    updateInfo();
}

const WasteCodeList &WasteCodePicker::list() const
{
    return *m_list;
}

void WasteCodePicker::useList(const WasteCodeList &list)
{
    if (m_list == &list)
        return;
    m_list = &list;
    auto it = m_searches.find(&list);
    if (it == m_searches.end())
        it = m_searches.insert(&list, WasteCodeSearch(list));
    m_results->setSearch(*it);
    m_results->setQuery(m_results->query());
}

void WasteCodePicker::setPreferredCodes(const QStringList &codes)
{
    m_results->setPreferredCodes(codes);
}

QString WasteCodePicker::code() const
{
    return compact(m_edit->text());
}

void WasteCodePicker::setCode(const QString &code)
{
    m_edit->setText(compact(code));
    m_results->setQuery(QString());
    updateInfo();
}

const WasteCode *WasteCodePicker::entry() const
{
    const QString value = code();
    if (!isSixDigits(value))
        return nullptr;
    return m_list->find(value);
}

QString WasteCodePicker::infoText() const
{
    return m_info->text();
}

QAbstractItemView *WasteCodePicker::popup() const
{
    return m_completer->popup();
}

QAbstractItemModel *WasteCodePicker::results() const
{
    return m_shown;
}

void WasteCodePicker::onTextEdited(const QString &text)
{
    m_results->setQuery(text);
    if (m_results->rowCount() > 0 && !text.trimmed().isEmpty()) {
        // As wide as the longest hit needs, within the window.
        QRect rect = m_edit->rect();
        const int wanted =
            popup()->sizeHintForColumn(0) + popup()->verticalScrollBar()->sizeHint().width() + 12;
        const int room = window()->width() - m_edit->mapTo(window(), QPoint(0, 0)).x() - 8;
        rect.setWidth(std::max(rect.width(), std::min(wanted, room)));
        m_completer->complete(rect);
        popup()->setCurrentIndex(popup()->model()->index(0, 0));
    } else {
        popup()->hide();
    }
    updateInfo();
    if (entry())
        emit codeChosen(code());
    emit edited();
}

void WasteCodePicker::onReturnPressed()
{
    // Without the popup (closed with Escape, say), Enter still takes the first hit of words.
    if (!entry() && m_results->rowCount() > 0)
        choose(m_results->index(0, 0).data(Roles::CodeRole).toString());
}

void WasteCodePicker::choose(const QString &chosen)
{
    if (chosen.isEmpty())
        return;
    popup()->hide();
    m_edit->setText(chosen);
    m_results->setQuery(QString());
    updateInfo();
    emit codeChosen(chosen);
    emit edited();
}

void WasteCodePicker::browse()
{
    WasteCodeBrowser dialog(*m_list, code(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenCode().isEmpty())
        choose(dialog.chosenCode());
}

void WasteCodePicker::updateInfo()
{
    const QString value = code();
    QString text;
    if (const WasteCode *found = entry()) {
        text = found->ewc + QLatin1Char(' ') + found->description + QStringLiteral(" – ") +
               (found->hazardous ? tr("⚠ farligt avfall") : tr("inte farligt avfall"));
    } else if (isSixDigits(value)) {
        const auto &all = m_lists.wasteCodeLists();
        const bool elsewhere = std::any_of(all.cbegin(), all.cend(), [&](const WasteCodeList &other) {
            return &other != m_list && other.find(value);
        });
        const QString day = QLocale(QLocale::Swedish).toString(m_date, QStringLiteral("d MMMM yyyy"));
        text = elsewhere ? tr("%1 finns inte i förteckningen som gäller den %2, bara i en äldre eller nyare.")
                               .arg(value, day)
                         : tr("%1 finns inte i avfallsförordningens förteckning.").arg(value);
    } else if (const WasteCode *group = m_list->find(value); group && !group->isReportable()) {
        text = tr("%1 %2 är ett kapitel. Välj en kod med sex siffror under det.")
                   .arg(group->ewc, group->description);
    } else if (!value.isEmpty()) {
        text = m_results->rowCount() > 0 ? tr("Välj en av koderna i listan eller skriv alla sex siffror.")
                                         : tr("Ingen avfallskod passar. Prova ett annat ord eller Bläddra…");
    }
    m_info->setText(text);
    m_info->setVisible(!text.isEmpty());
    m_info->setAccessibleName(text);
}

// ---------------------------------------------------------------------------------------------
// WasteCodeBrowser

WasteCodeBrowser::WasteCodeBrowser(const WasteCodeList &list, const QString &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Välj avfallskod"));
    m_model = new WasteCodeModel(list, this);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSectionResizeMode(WasteCodeModel::CodeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Avfallsförteckningen"));
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);

    auto *intro = new QLabel(
        tr("Öppna ett kapitel och välj en kod med sex siffror. Kapitel och underkapitel kan inte väljas. "
           "Koder med stjärna (*) är farligt avfall."),
        this);
    intro->setWordWrap(true);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 3);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *buttons = new QDialogButtonBox(this);
    m_choose = buttons->addButton(tr("Välj"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Avbryt"), QDialogButtonBox::RejectRole);
    m_choose->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!chosenCode().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WasteCodeBrowser::updateButton);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(WasteCodeRoles::ReportableRole).toBool())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_description);
    layout->addWidget(buttons);
    resize(760, 560);

    const QModelIndex start = m_model->indexOfCode(current);
    if (start.isValid()) {
        m_tree->setCurrentIndex(start);
        m_tree->scrollTo(start, QAbstractItemView::PositionAtCenter);
    }
    updateButton();
}

QString WasteCodeBrowser::chosenCode() const
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid() || !index.data(WasteCodeRoles::ReportableRole).toBool())
        return QString();
    return index.data(WasteCodeRoles::CodeRole).toString();
}

void WasteCodeBrowser::updateButton()
{
    const QModelIndex index = m_tree->currentIndex();
    m_choose->setEnabled(!chosenCode().isEmpty());
    if (!index.isValid()) {
        m_description->clear();
        return;
    }
    const QModelIndex code = index.siblingAtColumn(WasteCodeModel::CodeColumn);
    QString text = code.data(WasteCodeRoles::EwcRole).toString() + QLatin1Char(' ') +
                   code.data(WasteCodeRoles::DescriptionRole).toString();
    if (!code.data(WasteCodeRoles::ReportableRole).toBool())
        text +=
            QStringLiteral("\n") + tr("Ett kapitel kan inte väljas – öppna det och välj en kod under det.");
    else if (code.data(WasteCodeRoles::HazardousRole).toBool())
        text += QStringLiteral("\n") + tr("⚠ Farligt avfall.");
    m_description->setText(text);
}

} // namespace avfall::forms
