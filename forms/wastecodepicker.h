#pragma once

#include "core/valuelists.h"
#include "models/wastecodemodel.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QWidget>

class QAbstractItemView;
class QCompleter;
class QIdentityProxyModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace avfall::forms {

// Picks a waste code: type a code or words ("blybatterier", "spillolja", "1606") and a list of
// matching entries pops up with code, description and a hazard marker ("⚠ farligt"); Enter or a
// click takes the highlighted entry (the first one unless the user moves). Only reportable
// six-digit entries of the list valid on the note's date (setDate) are offered. "Bläddra…" opens
// the chapter tree. The field holds the six digits; a line under it shows what the code means.
class WasteCodePicker : public QWidget
{
    Q_OBJECT

public:
    explicit WasteCodePicker(const ValueLists &lists = ValueLists::bundled(), QWidget *parent = nullptr);
    ~WasteCodePicker() override;

    // The date whose list applies (the day the note is made); today until set.
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    const WasteCodeList &list() const;

    // Codes the business uses, most used first: ranked before other hits of words.
    void setPreferredCodes(const QStringList &codes);

    // What the field holds, without spaces and '*' ("16 06 01*" -> "160601").
    QString code() const;
    void setCode(const QString &code);
    // The entry of code() in the list valid on date(); nullptr when there is none.
    const WasteCode *entry() const;
    // The line under the field: the chosen entry's description and hazard, or why it is unknown.
    QString infoText() const;

    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *browseButton() const { return m_browse; }
    QAbstractItemView *popup() const;
    QAbstractItemModel *results() const; // the hits the popup shows

public slots:
    void browse();

signals:
    void codeChosen(const QString &code); // from the list, the tree, or a complete code typed
    void edited();                        // any change by the user

private:
    void onTextEdited(const QString &text);
    void onReturnPressed();
    void choose(const QString &code);
    void updateInfo();
    void useList(const WasteCodeList &list);

    const ValueLists &m_lists;
    QDate m_date;
    const WasteCodeList *m_list = nullptr;
    QHash<const WasteCodeList *, WasteCodeSearch> m_searches;
    WasteCodeListModel *m_results = nullptr;
    QIdentityProxyModel *m_shown = nullptr;
    QCompleter *m_completer = nullptr;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_info = nullptr;
};

// The chapter tree of one waste-code list (WasteCodeModel). Chapters and subchapters open and
// close; only a six-digit entry can be chosen ("Välj" stays disabled otherwise).
class WasteCodeBrowser : public QDialog
{
    Q_OBJECT

public:
    explicit WasteCodeBrowser(const WasteCodeList &list, const QString &current = QString(),
                              QWidget *parent = nullptr);

    QString chosenCode() const; // the selected reportable code, empty otherwise
    QTreeView *tree() const { return m_tree; }
    QPushButton *chooseButton() const { return m_choose; }
    WasteCodeModel *model() const { return m_model; }

private:
    void updateButton();

    WasteCodeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_description = nullptr;
};

} // namespace avfall::forms
