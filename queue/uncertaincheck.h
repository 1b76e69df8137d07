#pragma once

#include "store/storednote.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

namespace avfall {

class NoteStore;
class RegisterClient;
struct CallResult;

// Settles an uncertain note by reading back what the register holds (GET /anteckningar, page by
// page to the last: Test and the sandbox answer it, production does not). A note counts as
// arrived only when exactly one of the register's notes matches it on every field it repeats
// (readback::matches), that avfallId belongs to no other local note, and no other open local note
// (an identical one, also waiting) could be the one it shows; then it is recorded as sent.
// Anything else with candidates is "ambiguous": it says so and records nothing, rather than guess.
class UncertainCheck : public QObject
{
    Q_OBJECT

public:
    enum class Verdict
    {
        Arrived,    // recorded as sent with avfallId
        NotArrived, // the register has no such note (that is not another note's)
        Ambiguous,  // more than one candidate: the user decides
        Failed,     // the register could not be read, or the note is not uncertain
    };
    struct Result
    {
        Verdict verdict = Verdict::Failed;
        QString avfallId;       // Arrived
        QStringList candidates; // Ambiguous: every candidate's avfallId
        QList<qint64> rivals;   // Ambiguous: other open local notes the one candidate could be
        int taken = 0;          // candidates left out because they belong to other notes
        int pages = 0;          // pages read
        QString summary;        // Failed: why
    };
    using Done = std::function<void(const Result &)>;

    UncertainCheck(NoteStore &store, RegisterClient &client, QObject *parent = nullptr);

    void setPageSize(int notes) { m_pageSize = std::max(1, notes); }
    void run(const StoredNote &note, Done done);

    static constexpr int kPageSize = 1000;
    static constexpr int kMaxPages = 10000; // a register that never ends its pages is not read forever

private:
    void readPage(int page);
    void onPage(const CallResult &answer);
    void finish();
    void fail(const QString &summary);
    // Open local notes other than this one that the register's entry could equally show.
    QList<qint64> rivalsFor(const QJsonObject &entry) const;

    NoteStore &m_store;
    RegisterClient &m_client;
    int m_pageSize = kPageSize;
    StoredNote m_note;
    Done m_done;
    QDateTime m_from;
    QDateTime m_to;
    int m_page = 0;
    Result m_result;
    QList<QJsonObject> m_matched; // the entries behind m_result.candidates
};

} // namespace avfall
