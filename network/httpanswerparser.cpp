#include "network/httpanswerparser.h"

#include <QCoreApplication>

namespace avfall {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpAnswerParser)
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// RFC 9110 token characters: what a header name may consist of.
bool isTokenChar(char c)
{
    if (isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

} // namespace

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return QByteArray();
}

HttpAnswerParser::HttpAnswerParser(qint64 maxBodyBytes, bool headRequest)
    : m_maxBodyBytes(maxBodyBytes)
    , m_headRequest(headRequest)
{}

bool HttpAnswerParser::keepAlive() const
{
    return m_state == State::Complete && !m_closeAfter && m_pos == m_buffer.size();
}

void HttpAnswerParser::fail(State state, const QString &problem)
{
    m_state = state;
    m_problem = problem;
    m_buffer.clear();
    m_pos = 0;
}

HttpAnswerParser::State HttpAnswerParser::feed(const QByteArray &data)
{
    m_received += data.size();
    if (m_state == State::Malformed || m_state == State::TooLarge)
        return m_state;
    if (m_state == State::Complete) {
        // Bytes after a complete answer: the connection is not reused (see keepAlive()).
        m_buffer += data;
        return m_state;
    }
    m_buffer += data;
    return parse();
}

HttpAnswerParser::State HttpAnswerParser::finishAtClose()
{
    if (m_state != State::Incomplete)
        return m_state;
    if (m_phase == Phase::UntilClose) {
        m_phase = Phase::Done;
        m_state = State::Complete;
        m_closeAfter = true;
        return m_state;
    }
    if (m_received > 0)
        fail(State::Malformed, Text::tr("svaret bröts av innan det var komplett"));
    return m_state;
}

void HttpAnswerParser::compact()
{
    // Consumed bytes are dropped in one move once they are the larger part: linear overall.
    if (m_pos > 4096 && m_pos * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_pos);
        m_scanFrom = std::max<qsizetype>(0, m_scanFrom - m_pos);
        m_pos = 0;
    }
}

bool HttpAnswerParser::takeBody()
{
    const qint64 take = std::min<qint64>(m_remaining, m_buffer.size() - m_pos);
    m_answer.body.append(m_buffer.constData() + m_pos, take);
    m_pos += take;
    m_remaining -= take;
    if (m_remaining > 0)
        compact();
    return m_remaining == 0;
}

bool HttpAnswerParser::takeLine(qsizetype maxLength, QByteArray *line)
{
    const qsizetype end = m_buffer.indexOf("\r\n", m_pos);
    if (end < 0) {
        if (m_buffer.size() - m_pos > maxLength)
            fail(State::Malformed, Text::tr("en rad i svaret är för lång"));
        return false;
    }
    if (end - m_pos > maxLength) {
        fail(State::Malformed, Text::tr("en rad i svaret är för lång"));
        return false;
    }
    *line = m_buffer.mid(m_pos, end - m_pos);
    m_pos = end + 2;
    return true;
}

HttpAnswerParser::State HttpAnswerParser::parse()
{
    while (m_state == State::Incomplete) {
        switch (m_phase) {
        case Phase::Head: {
            // Resume the search where the last one stopped: a head that arrives byte by byte is
            // still scanned once.
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", std::max(m_pos, m_scanFrom));
            if (end < 0) {
                m_scanFrom = std::max(m_pos, m_buffer.size() - 3);
                if (m_buffer.size() - m_pos > kMaxHeaderBytes)
                    fail(State::Malformed,
                         Text::tr("svarets huvud är större än %n kB", nullptr, int(kMaxHeaderBytes / 1024)));
                return m_state;
            }
            if (end - m_pos > kMaxHeaderBytes) {
                fail(State::Malformed,
                     Text::tr("svarets huvud är större än %n kB", nullptr, int(kMaxHeaderBytes / 1024)));
                return m_state;
            }
            if (!parseHead(end))
                return m_state;
            break;
        }
        case Phase::LengthBody:
            if (!takeBody())
                return m_state;
            m_phase = Phase::Done;
            break;
        case Phase::ChunkSize: {
            QByteArray line;
            if (!takeLine(kMaxChunkLineBytes, &line))
                return m_state;
            const QByteArray size = line.split(';').first().trimmed();
            // More than 15 hex digits cannot be a size we accept, and would overflow.
            if (size.isEmpty() || size.size() > 15 || !std::all_of(size.begin(), size.end(), isHexDigit)) {
                fail(State::Malformed, Text::tr("ogiltig chunkstorlek i svaret"));
                return m_state;
            }
            const qint64 chunk = size.toLongLong(nullptr, 16);
            if (chunk > m_maxBodyBytes || m_answer.body.size() + chunk > m_maxBodyBytes) {
                fail(State::TooLarge,
                     Text::tr("svaret är större än %n MB", nullptr, int(m_maxBodyBytes / (1024 * 1024))));
                return m_state;
            }
            m_remaining = chunk;
            m_phase = chunk == 0 ? Phase::Trailers : Phase::ChunkData;
            break;
        }
        case Phase::ChunkData:
            if (!takeBody())
                return m_state;
            m_phase = Phase::ChunkDataEnd;
            break;
        case Phase::ChunkDataEnd:
            if (m_buffer.size() - m_pos < 2)
                return m_state;
            if (m_buffer.at(m_pos) != '\r' || m_buffer.at(m_pos + 1) != '\n') {
                fail(State::Malformed, Text::tr("en chunk i svaret är längre än sin storlek"));
                return m_state;
            }
            m_pos += 2;
            m_phase = Phase::ChunkSize;
            break;
        case Phase::Trailers: {
            QByteArray line;
            if (!takeLine(kMaxHeaderBytes, &line))
                return m_state;
            if (line.isEmpty())
                m_phase = Phase::Done;
            break;
        }
        case Phase::UntilClose: {
            const qsizetype available = m_buffer.size() - m_pos;
            if (m_answer.body.size() + available > m_maxBodyBytes) {
                fail(State::TooLarge,
                     Text::tr("svaret är större än %n MB", nullptr, int(m_maxBodyBytes / (1024 * 1024))));
                return m_state;
            }
            m_answer.body.append(m_buffer.constData() + m_pos, available);
            m_pos = m_buffer.size();
            compact();
            return m_state; // complete only when the connection closes
        }
        case Phase::Done:
            m_state = State::Complete;
            break;
        }
    }
    return m_state;
}

bool HttpAnswerParser::parseHead(qsizetype end)
{
    // Every line with its CRLF; the empty line that ends the head is left out.
    const QByteArray head = m_buffer.mid(m_pos, end + 2 - m_pos);
    m_pos = end + 4;
    m_scanFrom = m_pos;
    QList<QByteArray> lines = head.split('\n');
    lines.removeLast(); // after the last CRLF
    // "HTTP/1.1 200 OK": the version, a three-digit status, an optional reason.
    const QByteArray statusLine = lines.first().endsWith('\r') ? lines.first().chopped(1) : QByteArray();
    const bool http10 = statusLine.startsWith("HTTP/1.0 ");
    if (!(statusLine.startsWith("HTTP/1.1 ") || http10) || statusLine.size() < 12 ||
        !isDigit(statusLine.at(9)) || !isDigit(statusLine.at(10)) || !isDigit(statusLine.at(11)) ||
        (statusLine.size() > 12 && statusLine.at(12) != ' ')) {
        fail(State::Malformed, Text::tr("servern svarade inte med HTTP"));
        return false;
    }
    const int status = statusLine.mid(9, 3).toInt();
    HeaderList headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (!line.endsWith('\r')) {
            fail(State::Malformed, Text::tr("en rad i svarets huvud slutar inte med CRLF"));
            return false;
        }
        line.chop(1);
        const qsizetype colon = line.indexOf(':');
        // A folded line (starting with white space) or one without a name: framing could hide in it.
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
            fail(State::Malformed, Text::tr("en ogiltig rad i svarets huvud"));
            return false;
        }
        headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    if (status >= 100 && status < 200) {
        if (status == 101) {
            fail(State::Malformed, Text::tr("servern bytte protokoll"));
            return false;
        }
        return true; // an interim answer: the real one follows
    }
    m_answer.status = status;
    m_answer.headers = headers;
    m_answer.body.clear();
    m_closeAfter =
        http10 || m_answer.header("Connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;

    int lengths = 0;
    QByteArray length;
    bool chunked = false;
    bool otherCoding = false;
    for (const auto &[name, value] : std::as_const(headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            ++lengths;
            length = value;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &coding : value.split(',')) {
                if (coding.trimmed().compare("chunked", Qt::CaseInsensitive) == 0)
                    chunked = true;
                else
                    otherCoding = true;
            }
        }
    }
    if (status == 204 || status == 304 || m_headRequest) {
        m_phase = Phase::Done;
        return true;
    }
    if (lengths > 1) {
        fail(State::Malformed, Text::tr("svaret har mer än en Content-Length"));
        return false;
    }
    if (lengths == 1 && (chunked || otherCoding)) {
        fail(State::Malformed, Text::tr("svaret har både Content-Length och Transfer-Encoding"));
        return false;
    }
    if (otherCoding) {
        // We ask for no coding; one we cannot undo leaves a body we cannot read.
        fail(State::Malformed, Text::tr("svaret är kodat på ett sätt som inte stöds"));
        return false;
    }
    if (chunked) {
        m_phase = Phase::ChunkSize;
        return true;
    }
    if (lengths == 1) {
        // Digits only: "-5", "+5", "5, 5" or "0x10" are not a length.
        if (length.isEmpty() || length.size() > 18 || !std::all_of(length.begin(), length.end(), isDigit)) {
            fail(State::Malformed, Text::tr("ogiltig Content-Length i svaret"));
            return false;
        }
        m_remaining = length.toLongLong();
        if (m_remaining > m_maxBodyBytes) {
            fail(State::TooLarge,
                 Text::tr("svaret är större än %n MB", nullptr, int(m_maxBodyBytes / (1024 * 1024))));
            return false;
        }
        m_answer.body.reserve(m_remaining);
        m_phase = Phase::LengthBody;
        return true;
    }
    // Neither: the body runs until the server closes the connection.
    m_closeAfter = true;
    m_phase = Phase::UntilClose;
    return true;
}

} // namespace avfall
