#pragma once

#include "network/callresult.h"

#include <QByteArray>

namespace avfall::answers {

// The register answers errors in several shapes: Felsvar and InputValidationErrorDetails
// ({title, statusCode, message, traceId, errors:[{code, message}]}), ASP.NET ProblemDetails
// ({type, title, status, detail, traceId}, sometimes errors:{field:[messages]}), WSO2 gateway
// faults ({fault:{code, message, description}}), and HTML or XML pages from gateways. This reads
// any of them without failing and fills errors, traceId and a short readable summary.
struct ParsedError
{
    QList<RegisterErrorItem> errors;
    QString traceId;
    QString summary;           // what the answer said, shortened, without markup
    bool fromRegister = false; // one of the register's own shapes (not a gateway fault or a page)
};
// Linear in the size of the body; markup is read only as far as kMaxErrorBodyBytes.
ParsedError parseError(const QByteArray &body, const QByteArray &contentType);

// How much of an error answer is kept and read: enough for any page's title and first lines.
inline constexpr qsizetype kMaxErrorBodyBytes = 16 * 1024;

// The avfallId of an accepted write: "avfallId" in any letter case, or "AvfallsId"; empty when
// the answer has none or it is not a GUID.
QString avfallId(const QByteArray &body);

// Text without markup (the page's title first, scripts, styles and comments left out), entities
// and whitespace simplified, at most maxLength characters. One pass over the bytes: an unclosed
// <script> or comment in a page of megabytes costs as much as reading it once.
QString plainText(QByteArrayView markup, int maxLength = 200);

} // namespace avfall::answers
