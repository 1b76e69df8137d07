#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace avfall {

// The outcome of a use case outside the network layer (which has CallResult): a value, or a
// message in Swedish that a front end shows as it is (the GUI in a label or box, the CLI on stderr).
template<typename T = void>
class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): `return id;` reads best
        : m_value(std::move(value))
    {}
    static Result failure(QString message)
    {
        Result result;
        result.m_error = std::move(message);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// A use case that gives nothing back but may fail.
template<>
class Result<void>
{
public:
    static Result success() { return Result(); }
    static Result failure(QString message)
    {
        Result result;
        result.m_failed = true;
        result.m_error = std::move(message);
        return result;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    bool m_failed = false;
    QString m_error;
};

} // namespace avfall
