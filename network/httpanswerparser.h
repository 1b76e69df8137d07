#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace avfall {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpAnswer
{
    int status = 0;
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

// Reads one HTTP/1.1 answer as its bytes arrive, in time linear in its size, and refuses framing
// that a correct server never sends: a Content-Length that is negative, not a number or given
// twice, Content-Length together with Transfer-Encoding, codings other than chunked, chunk sizes
// beyond the limit, folded or nameless header lines. Such an answer cannot be trusted to say what
// the server did, so the caller treats it as no answer at all.
class HttpAnswerParser
{
public:
    enum class State
    {
        Incomplete, // more bytes are needed
        Complete,   // answer() holds the whole answer
        Malformed,  // not HTTP/1.x, or framing that cannot be trusted; problem() says which
        TooLarge,   // the body would exceed maxBodyBytes
    };

    explicit HttpAnswerParser(qint64 maxBodyBytes, bool headRequest = false);

    // Appends what arrived and parses as far as it can.
    State feed(const QByteArray &data);
    // The connection ended: a body that runs until the close is complete now; an answer cut off
    // anywhere else is malformed. Without any byte of an answer the state stays Incomplete.
    State finishAtClose();

    State state() const { return m_state; }
    const HttpAnswer &answer() const { return m_answer; }
    // Whether the connection may carry another request: HTTP/1.1, no "Connection: close", the
    // body framed by length or chunks, and nothing after the answer.
    bool keepAlive() const;
    bool receivedAnything() const { return m_received > 0; }
    QString problem() const { return m_problem; }

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype kMaxChunkLineBytes = 1024;

private:
    enum class Phase
    {
        Head,
        LengthBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        UntilClose,
        Done,
    };
    State parse();
    bool parseHead(qsizetype end);
    void fail(State state, const QString &problem);
    // The next CRLF-terminated line at m_pos, without the CRLF; false while incomplete.
    bool takeLine(qsizetype maxLength, QByteArray *line);
    // Up to m_remaining body bytes from the buffer; true when they are all there.
    bool takeBody();
    void compact();

    qint64 m_maxBodyBytes;
    bool m_headRequest;
    QByteArray m_buffer;
    qsizetype m_pos = 0;      // bytes of m_buffer already consumed
    qsizetype m_scanFrom = 0; // where the search for the end of the head resumes
    qint64 m_remaining = 0;   // of the body (length) or of the current chunk
    qint64 m_received = 0;
    Phase m_phase = Phase::Head;
    State m_state = State::Incomplete;
    bool m_closeAfter = false;
    HttpAnswer m_answer;
    QString m_problem;
};

} // namespace avfall
