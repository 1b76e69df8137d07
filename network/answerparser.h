#pragma once

#include "callresult.h"

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
    QString summary; // what the answer said, shortened, without markup
};
ParsedError parseError(const QByteArray &body, const QByteArray &contentType);

// The avfallId of an accepted write: "avfallId" in any letter case, or "AvfallsId"; empty when
// the answer has none or it is not a GUID.
QString avfallId(const QByteArray &body);

// Text without markup, whitespace collapsed, at most maxLength characters.
QString plainText(const QByteArray &markup, int maxLength = 200);

} // namespace avfall::answers
