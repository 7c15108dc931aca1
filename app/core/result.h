#pragma once

#include <QString>

#include <optional>
#include <utility>

// Why something could not be done, in words a support engineer understands
// ("port must be 1-65535, got 0").
struct Error
{
    QString message;
};

// A value, or the Error that explains why there is none: the one way engine functions report
// failure. Reads like std::optional (`if (!r)`, `*r`, `r->`), plus error().
template<typename T> class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_value(value) { }
    Result(T &&value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error.message)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    T &&operator*() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    std::optional<T> toOptional() const & { return m_value; }

    // Empty when ok().
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// Success or the Error: for operations that produce nothing but can fail (saving a file).
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error.message)) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};
