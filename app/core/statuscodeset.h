#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// The HTTP status codes a load balancer treats as healthy, e.g. "2xx,3xx", "200,202,401", "200-399".
class StatusCodeSet
{
public:
    StatusCodeSet() = default;
    static Result<StatusCodeSet> parse(QStringView text);

    bool contains(int code) const;
    bool isEmpty() const { return m_ranges.isEmpty(); }
    QString toString() const; // canonical: "2xx,3xx", "200,202,401", "200-499"
    bool operator==(const StatusCodeSet &) const = default;

private:
    void add(int first, int last);
    QList<std::pair<int, int>> m_ranges; // sorted, merged, inclusive

    Q_DECLARE_TR_FUNCTIONS(StatusCodeSet)
};
