#pragma once

#include "core/identitynumber.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace avfall::forms {

// An identity number of a party: organisationsnummer, personnummer or VAT number (and OKÄND or
// KOMMUN where the field allows them), checked while the user types. Under the field a green
// "✓ 556000-0167 (organisationsnummer)" or the Swedish reason why the number is wrong. Saved
// parties (transportörer, mottagare, kunder) can be picked from a list beside it.
class PartyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PartyEditor(IdentityAllowances allowed, QWidget *parent = nullptr);

    // Numbers as the user saved them (any accepted form) with their names.
    void setSavedParties(const QList<QPair<QString, QString>> &parties);
    IdentityAllowances allowed() const { return m_allowed; }

    QString text() const;
    void setText(const QString &text);
    IdentityCheck check() const;
    // The line under the field: "✓ …" or the problem; empty while the field is empty.
    QString checkText() const;
    bool checkShowsProblem() const;
    // The saved party's name for a valid number, if it is one of them.
    QString savedName() const;

    QLineEdit *lineEdit() const { return m_edit; }
    QComboBox *savedCombo() const { return m_saved; }
    QLabel *checkLabel() const { return m_check; }

signals:
    void edited(); // by the user: typed or picked
    void textChanged(const QString &text);

private:
    void updateCheck();
    void rebuildSaved();
    void onSavedActivated(int index);

    IdentityAllowances m_allowed;
    QList<QPair<QString, QString>> m_parties;
    QLineEdit *m_edit = nullptr;
    QComboBox *m_saved = nullptr;
    QLabel *m_check = nullptr;
    bool m_problem = false;
};

} // namespace avfall::forms
