#include "forms/formwidgets.h"

#include "core/notejson.h"
#include "models/valuelistmodels.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace avfall::forms {

namespace {

constexpr char kHelpSiblingProperty[] = "avfallHelpSibling";

QColor errorColor()
{
    return QColor(0xb0, 0x00, 0x20);
}

QColor warningColor()
{
    return QColor(0x8a, 0x55, 0x00);
}

bool isMnemonicLetter(QChar c)
{
    return c.isLetter() &&
           (c.unicode() < 0x80 || c == u'å' || c == u'ä' || c == u'ö' || c == u'Å' || c == u'Ä' || c == u'Ö');
}

bool insideCompound(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != root;
         parent = parent->parentWidget()) {
        if (parent->property("avfallCompound").toBool())
            return true;
    }
    return false;
}

void collect(QWidget *widget, QList<QWidget *> &out)
{
    for (QObject *child : widget->children()) {
        auto *childWidget = qobject_cast<QWidget *>(child);
        if (!childWidget || childWidget->isWindow())
            continue;
        out.append(childWidget);
        collect(childWidget, out);
    }
}

// See guardWheelEvents().
class WheelGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        if ((type != QEvent::Wheel && type != QEvent::Polish) || !watched->isWidgetType())
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        const bool guarded = qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget);
        if (!guarded)
            return false;
        if (type == QEvent::Polish) {
            // Qt gives a WheelFocus widget the focus before anyone sees the wheel event.
            if (widget->focusPolicy() == Qt::WheelFocus)
                widget->setFocusPolicy(Qt::StrongFocus);
            return false;
        }
        if (widget->hasFocus())
            return false;
        // Offered to the parents, as Qt does with an ignored wheel, up to the scroll area.
        const auto *wheel = static_cast<QWheelEvent *>(event);
        for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            QWheelEvent passed(widget->mapTo(parent, wheel->position()), wheel->globalPosition(),
                               wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                               wheel->phase(), wheel->inverted(), wheel->source());
            QCoreApplication::sendEvent(parent, &passed);
            if (passed.isAccepted() || parent->isWindow())
                break;
        }
        return true;
    }
};

} // namespace

void guardWheelEvents()
{
    static WheelGuard *guard = nullptr;
    if (guard || !qApp)
        return;
    guard = new WheelGuard(qApp);
    qApp->installEventFilter(guard);
}

QString cfarExplanation()
{
    return QCoreApplication::translate(
        "FormWidgets",
        "<p><b>Vad är ett CFAR-nummer?</b></p>"
        "<p>Statistiska centralbyrån (SCB) ger varje arbetsställe ett nummer med åtta siffror, "
        "CFAR-numret. Ett arbetsställe är en adress där ett företag har verksamhet: ett företag med två "
        "verkstäder har två CFAR-nummer, ett för varje adress.</p>"
        "<p><b>Var hittar jag det?</b></p>"
        "<p>Numret står på utdrag ur SCB:s företagsregister och ofta i papper från kommunens "
        "miljökontor. Du kan också ringa eller skriva till SCB:s företagsregister och fråga efter "
        "CFAR-numret för er adress; ha organisationsnumret till hands.</p>"
        "<p><b>Har ni inget?</b></p>"
        "<p>Skriv SAKNAS som verksamhetens CFAR-nummer. En plats kan du i stället ange med adress.</p>");
}

QPushButton *makeCfarExplanationButton(QWidget *parent)
{
    auto *button = new QPushButton(QCoreApplication::translate("FormWidgets", "Vad är det?"), parent);
    button->setObjectName(QStringLiteral("cfarExplanationButton"));
    button->setToolTip(
        QCoreApplication::translate("FormWidgets", "Vad ett CFAR-nummer är och var du hittar det"));
    button->setAutoDefault(false);
    QObject::connect(button, &QPushButton::clicked, button, [button] {
        QMessageBox box(QMessageBox::Information, QCoreApplication::translate("FormWidgets", "CFAR-nummer"),
                        cfarExplanation(), QMessageBox::Ok, button->window());
        box.setObjectName(QStringLiteral("cfarExplanation"));
        box.setTextFormat(Qt::RichText);
        box.exec();
    });
    return button;
}

QWidget *besideInput(QWidget *input, const QList<QWidget *> &extras, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    input->setParent(box);
    layout->addWidget(input, 1);
    for (QWidget *extra : extras) {
        extra->setParent(box);
        layout->addWidget(extra);
    }
    return box;
}

void setFieldPath(QWidget *input, const QString &path)
{
    input->setProperty(kPathProperty, path);
    input->setObjectName(path);
}

QString fieldPath(const QWidget *input)
{
    return input ? input->property(kPathProperty).toString() : QString();
}

QLabel *makeHelpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(QStringLiteral("helpText"));
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setBold(false);
    label->setFont(font);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0x5f, 0x63, 0x68));
    label->setPalette(palette);
    label->setVisible(!text.isEmpty());
    return label;
}

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(QStringLiteral("problemText"));
    label->setVisible(false);
    return label;
}

QWidget *reservedLine(const QList<QLabel *> &labels, QWidget *parent)
{
    auto *slot = new QWidget(parent);
    slot->setObjectName(QStringLiteral("reservedLine"));
    auto *layout = new QVBoxLayout(slot);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    int height = 0;
    for (QLabel *label : labels) {
        label->setParent(slot);
        layout->addWidget(label);
        height = std::max(height, label->fontMetrics().lineSpacing());
    }
    slot->setMinimumHeight(height);
    return slot;
}

void showProblemText(QLabel *label, const QString &text, bool warning)
{
    if (!label)
        return;
    if (auto *help = qobject_cast<QLabel *>(label->property(kHelpSiblingProperty).value<QObject *>()))
        help->setVisible(text.isEmpty() && !help->text().isEmpty());
    label->setText(text);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, warning ? warningColor() : errorColor());
    label->setPalette(palette);
    label->setVisible(!text.isEmpty());
    label->setAccessibleName(text);
}

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    label->setFont(font);
    label->setAccessibleName(text);
    return label;
}

void FieldRow::setVisible(bool visible) const
{
    if (label)
        label->setVisible(visible);
    if (container)
        container->setVisible(visible);
}

FieldGrid::FieldGrid(QWidget *parent, int labelWidth)
    : m_parent(parent)
    , m_grid(new QGridLayout(parent))
{
    setUp(labelWidth);
}

FieldGrid::FieldGrid(QBoxLayout *parentLayout, QWidget *parent, int labelWidth)
    : m_parent(parent)
    , m_grid(new QGridLayout)
{
    parentLayout->addLayout(m_grid);
    setUp(labelWidth);
}

void FieldGrid::setUp(int labelWidth)
{
    m_labelWidth = labelWidth;
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(6);
    m_grid->setHorizontalSpacing(12);
}

FieldRow FieldGrid::addRow(const QString &labelText, const QString &helpText, QWidget *input,
                           QWidget *focusTarget)
{
    FieldRow row;
    row.container = new QWidget(m_parent);
    auto *box = new QVBoxLayout(row.container);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    input->setParent(row.container);
    // A closed list is as wide as its longest choice, not as the whole column.
    const auto *combo = qobject_cast<QComboBox *>(input);
    box->addWidget(input, 0, combo && !combo->isEditable() ? Qt::AlignLeft : Qt::Alignment());
    // Help and problem share one line under the input: a problem takes the help line's place
    // (the help stays in the tooltip), so that nothing below moves while the user types.
    row.help = makeHelpLabel(helpText, row.container);
    row.problem = makeProblemLabel(row.container);
    row.problem->setFont(row.help->font());
    row.problem->setProperty(kHelpSiblingProperty, QVariant::fromValue<QObject *>(row.help));
    box->addWidget(reservedLine({row.help, row.problem}, row.container));
    QWidget *target = focusTarget ? focusTarget : input;
    describeInput(target, labelText, helpText);
    if (!labelText.isEmpty()) {
        row.label = new QLabel(labelText, m_parent);
        row.label->setBuddy(target);
        row.label->setTextFormat(Qt::PlainText);
        row.label->setWordWrap(true);
        // Level with the text inside the input next to it.
        row.label->setContentsMargins(0, 4, 0, 0);
        if (m_labelWidth > 0) {
            row.label->setMinimumWidth(m_labelWidth);
            row.label->setMaximumWidth(m_labelWidth);
        }
        m_grid->addWidget(row.label, m_row, 0, Qt::AlignTop | Qt::AlignLeft);
        m_grid->addWidget(row.container, m_row, 1);
    } else {
        m_grid->addWidget(row.container, m_row, 0, 1, 2);
    }
    ++m_row;
    return row;
}

void FieldGrid::addSpanning(QWidget *widget)
{
    m_grid->addWidget(widget, m_row++, 0, 1, 2);
}

void describeInput(QWidget *input, const QString &accessibleName, const QString &help)
{
    if (!input)
        return;
    input->setAccessibleName(accessibleName);
    if (!help.isEmpty()) {
        input->setToolTip(help);
        input->setAccessibleDescription(help);
    }
}

QString withoutLabel(const QString &message, const QString &label)
{
    QString text = message;
    const QString prefix = label + QStringLiteral(": ");
    if (!label.isEmpty() && text.startsWith(prefix))
        text = text.mid(prefix.size());
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

void fillCombo(QComboBox *combo, const ValueListModel &model, const QString &blankText,
               const QString &placeholder)
{
    combo->clear();
    if (!blankText.isEmpty())
        combo->addItem(blankText, QString());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        combo->addItem(index.data(Qt::DisplayRole).toString(), index.data(ValueListModel::CodeRole));
        combo->setItemData(combo->count() - 1, index.data(Qt::ToolTipRole), Qt::ToolTipRole);
        combo->setItemData(combo->count() - 1, index.data(ValueListModel::ConfirmedRole),
                           ValueListModel::ConfirmedRole);
    }
    combo->setPlaceholderText(placeholder);
    combo->setCurrentIndex(blankText.isEmpty() ? -1 : 0);
    // A long wording is cut off in a narrow window: the closed list says it in full on hover.
    if (!combo->property("avfallFullTextTip").toBool()) {
        combo->setProperty("avfallFullTextTip", true);
        QObject::connect(combo, &QComboBox::currentIndexChanged, combo, [combo](int index) {
            const QString tip = combo->itemData(index, Qt::ToolTipRole).toString();
            const QString text = combo->itemText(index);
            combo->setToolTip(tip.isEmpty() || tip == text ? text : text + QLatin1Char('\n') + tip);
        });
    }
}

QString comboCode(const QComboBox *combo)
{
    return combo->currentIndex() < 0 ? QString() : combo->currentData().toString();
}

QString decimalForDisplay(const QString &text)
{
    double value = 0;
    if (!notejson::parseDecimal(text, &value))
        return text;
    QString result = text.trimmed();
    result.replace(QLatin1Char('.'), QLatin1Char(','));
    return result;
}

bool setComboCode(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code.trimmed().toUpper());
    const int exact = index >= 0 ? index : combo->findData(code.trimmed());
    if (exact >= 0 || code.trimmed().isEmpty()) {
        // Empty: the blank item when there is one, otherwise no current item.
        combo->setCurrentIndex(exact >= 0 ? exact : combo->findData(QString()));
        return true;
    }
    return false;
}

MnemonicAllocator::MnemonicAllocator(const QString &reserved)
{
    for (QChar c : reserved)
        m_taken.insert(c.toLower());
}

QString MnemonicAllocator::assign(const QString &plain)
{
    qsizetype chosen = -1;
    // Initial letters of words first, then any letter.
    for (int pass = 0; pass < 2 && chosen < 0; ++pass) {
        for (qsizetype i = 0; i < plain.size(); ++i) {
            const QChar c = plain.at(i);
            if (!isMnemonicLetter(c) || m_taken.contains(c.toLower()))
                continue;
            const bool wordStart = i == 0 || !plain.at(i - 1).isLetterOrNumber();
            if (pass == 0 && !wordStart)
                continue;
            chosen = i;
            break;
        }
    }
    QString result;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (i == chosen)
            result += QLatin1Char('&');
        result += plain.at(i);
        if (plain.at(i) == QLatin1Char('&'))
            result += QLatin1Char('&');
    }
    if (chosen >= 0)
        m_taken.insert(plain.at(chosen).toLower());
    return result;
}

void MnemonicAllocator::applyTo(QWidget *root)
{
    QList<QWidget *> widgets;
    collect(root, widgets);
    // Labels, group boxes and check boxes of the form's own fields first, then its buttons, then
    // what is inside the specialised editors.
    auto priority = [root](QWidget *widget) {
        if (insideCompound(widget, root))
            return 2;
        return qobject_cast<QPushButton *>(widget) ? 1 : 0;
    };
    for (int pass = 0; pass < 3; ++pass) {
        for (QWidget *widget : std::as_const(widgets)) {
            if (priority(widget) != pass)
                continue;
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                if (label->buddy() && !label->text().isEmpty()) {
                    label->setTextFormat(Qt::AutoText);
                    label->setText(assign(plainText(label->text())));
                }
            } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
                if (!group->title().isEmpty())
                    group->setTitle(assign(plainText(group->title())));
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                if (button->text().size() > 1)
                    button->setText(assign(plainText(button->text())));
            }
        }
    }
}

QString plainText(const QString &text)
{
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
                result += QLatin1Char('&');
                ++i;
            }
            continue;
        }
        result += text.at(i);
    }
    return result;
}

} // namespace avfall::forms
