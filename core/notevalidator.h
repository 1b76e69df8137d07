#pragma once

#include "core/notetype.h"
#include "core/valuelists.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace avfall {

struct Field;

// One problem with a note, tied to a field.
struct Problem
{
    enum class Severity
    {
        Error,
        Warning
    };

    QString path;         // "avfall.mangd", "uppkomstplats.adress.postnummer", "behandlingar[1].underkod"
    QString message;      // a plain Swedish sentence that names the field
    int registerCode = 0; // the register's error code for the same rule, when there is one
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
};

bool hasErrors(const QList<Problem> &problems);

// Checks a note against every rule of the contract (build 1.2.8) before it is sent, driven by
// the field catalogue: no stricter and no looser than the register. Errors are what the register
// refuses (each with its code); warnings are what it takes but the law, our inferred data or a
// liberty taken with a hand-written note makes worth a look. Warnings never stop a note. The
// sandbox server answers with the same checks, using registerCode.
class NoteValidator
{
public:
    using Clock = std::function<QDateTime()>;

    explicit NoteValidator(const ValueLists &lists = ValueLists::bundled());

    // The note as written: it is bound like the register binds it (notejson::bind) first.
    QList<Problem> validate(NoteKind kind, const QJsonObject &note) const;
    QList<Problem> validateCancellation(const QJsonObject &body) const;
    // One value by its field's rule, as every note would judge it (for inputs outside a note, such
    // as the own company in the settings). A blank value gives no problem: the caller decides
    // whether it must be given. Messages start with the field's label.
    QList<Problem> validateValue(const Field &field, const QJsonValue &value) const;

    // Tests and the sandbox fix "now"; by default it is the system clock.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The sandbox stands in for the register: it holds one waste-code list, the one in force today,
    // and judges every note by it, whatever the note's date.
    void setActsAsRegister(bool on) { m_actsAsRegister = on; }

    // Clock skew allowed before a time counts as "in the future".
    static constexpr int kAllowedSkewSeconds = 5 * 60;

    // The date whose waste-code list applies to the note: the day of its event (transport, receipt,
    // deal), or the day it was made when it has none, in the note's own UTC offset.
    static QDate noteDate(const QJsonObject &note, const QDateTime &now);

private:
    const ValueLists &m_lists;
    Clock m_clock;
    bool m_actsAsRegister = false;
};

} // namespace avfall
