#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace avfall {

namespace sandbox {
struct Reply;
}

// One way the API gateway in front of the register misbehaves, applied to one write request. The
// modes that store the note first are the dangerous ones for a client: the register has the note,
// but what reaches the client says otherwise (or nothing at all).
// Written as "name" or "name:parameter", for example "store-then-502", "429:30", "slow:35000".
struct GatewayFault
{
    enum class Kind
    {
        None,           // "ok": answered as the register answers
        StoreThen502,   // "store-then-502": stored, then 502 with a proxy's HTML page
        StoreThen504,   // "store-then-504": stored, then 504 from the gateway that gave up waiting
        StoreThenReset, // "store-then-reset": stored, then the connection is reset (TCP RST)
        StoreThenClose, // "store-then-close": stored, then the connection is closed without answer
        Throttled,      // "429[:s]": not stored, 429 with Retry-After in seconds (default 2)
        ThrottledDate,  // "429-date[:s]": not stored, 429 with Retry-After as an HTTP-date
        Maintenance,    // "503-maintenance[:s]": not stored, 503 with an HTML page and Retry-After
        Slow,           // "slow[:ms]": stored, answered after ms (default 35,000: beyond the client's 30 s)
        HtmlError,      // "html-error[:bytes]": stored, then 500 with an HTML page (an unclosed <script>)
        XmlError,       // "xml-error[:bytes]": stored, then 500 with an XML body
        NegativeLength, // "store-then-negative-length": stored, then "Content-Length: -5"
        DoubleLength,   // "store-then-double-length": stored, then two different Content-Lengths
        HugeChunk,      // "store-then-huge-chunk": stored, then a chunk size beyond any limit
    };

    Kind kind = Kind::None;
    int parameter = 0; // seconds, milliseconds or bytes, as the kind says; 0: its default

    // Whether the register processes the request before the fault happens.
    bool stores() const;
    QString name() const; // as parse() reads it
    // The value of the parameter in effect (the default when none was given).
    int effectiveParameter() const;
    // What the client gets instead of registerReply (what the register answered).
    sandbox::Reply reply(const sandbox::Reply &registerReply) const;

    static std::optional<GatewayFault> parse(QStringView text);
    // "ok, store-then-502, …": every name, for help texts and error messages.
    static QStringList names();
    // Every mode with its default parameter, in the order of names() (without "ok").
    static QList<GatewayFault> all();
};

} // namespace avfall
