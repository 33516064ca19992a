#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace scanflow {

// Errors are values in core and delivery (no exception crosses the event loop):
// a Result holds either a value or a one-line, user-readable error.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString error) { Result r; r.m_error = std::move(error); return r; }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// The outcome of an operation that returns nothing: success, or a one-line error.
class Status
{
public:
    static Status success() { return Status(); }
    static Status failure(QString error) { Status s; s.m_error = std::move(error); s.m_ok = false; return s; }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    Status() = default;
    bool m_ok = true;
    QString m_error;
};

} // namespace scanflow
