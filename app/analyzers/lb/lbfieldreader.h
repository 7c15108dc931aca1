#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// Reads the fields of one provider object by name, checking each number against the provider's
// documented range. The first problem is kept as a message naming the field as the provider
// spells it ("HealthCheck.TimeOut must be 2-60, got 0").
class LbFieldReader
{
public:
    LbFieldReader(const QJsonObject &object, const QString &prefix = {});

    bool has(const QString &name) const;
    QString string(const QString &name) const; // numbers and booleans as text; missing: empty
    std::optional<int> integer(const QString &name, int min, int max);
    QString field(const QString &name) const { return m_prefix + name; }
    const QString &error() const { return m_error; }
    void fail(const QString &message);

private:
    QJsonObject m_object;
    QString m_prefix;
    QString m_error;
};
