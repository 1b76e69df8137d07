#pragma once

#include "notetype.h"
#include "valuelists.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace avfall {

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
// the field catalogue. The sandbox server answers with the same checks, using registerCode.
class NoteValidator
{
public:
    using Clock = std::function<QDateTime()>;

    explicit NoteValidator(const ValueLists &lists = ValueLists::bundled());

    QList<Problem> validate(NoteKind kind, const QJsonObject &note) const;
    QList<Problem> validateCancellation(const QJsonObject &body) const;

    // Tests and the sandbox fix "now"; by default it is the system clock.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Clock skew allowed before a time counts as "in the future".
    static constexpr int kAllowedSkewSeconds = 5 * 60;

    // The date whose waste-code list applies to the note (the day the note was made).
    static QDate noteDate(const QJsonObject &note, const QDateTime &now);

private:
    const ValueLists &m_lists;
    Clock m_clock;
};

} // namespace avfall
