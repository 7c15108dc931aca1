#include "statuscodeset.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

Result<StatusCodeSet> StatusCodeSet::parse(QStringView text)
{
    static const QRegularExpression classPattern(QStringLiteral("^(?:http_)?([1-5])xx$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression codePattern(QStringLiteral("^([1-5][0-9][0-9])$"));
    static const QRegularExpression rangePattern(QStringLiteral("^([1-5][0-9][0-9])\\s*-\\s*([1-5][0-9][0-9])$"));

    StatusCodeSet set;
    const QString input = text.toString();
    const QStringList parts = input.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Error{StatusCodeSet::tr("expected status codes are empty; use e.g. 2xx,3xx or 200,202 or 200-399")};
    for (const QString &part : parts) {
        if (const auto m = classPattern.match(part); m.hasMatch()) {
            const int base = m.captured(1).toInt() * 100;
            set.add(base, base + 99);
        } else if (const auto m = codePattern.match(part); m.hasMatch()) {
            const int code = m.captured(1).toInt();
            set.add(code, code);
        } else if (const auto m = rangePattern.match(part); m.hasMatch()) {
            const int first = m.captured(1).toInt();
            const int last = m.captured(2).toInt();
            if (last < first)
                return Error{StatusCodeSet::tr("status code range %1 ends before it starts").arg(part)};
            set.add(first, last);
        } else {
            return Error{
                StatusCodeSet::tr("\"%1\" is not a status code (100-599), a class like 2xx, or a range like 200-399")
                    .arg(part)};
        }
    }
    return set;
}

void StatusCodeSet::add(int first, int last)
{
    m_ranges.append({first, last});
    std::sort(m_ranges.begin(), m_ranges.end());
    QList<std::pair<int, int>> merged;
    for (const auto &r : std::as_const(m_ranges)) {
        if (!merged.isEmpty() && r.first <= merged.last().second + 1)
            merged.last().second = std::max(merged.last().second, r.second);
        else
            merged << r;
    }
    m_ranges = merged;
}

bool StatusCodeSet::contains(int code) const
{
    return std::any_of(m_ranges.begin(), m_ranges.end(),
                       [code](const auto &r) { return r.first <= code && code <= r.second; });
}

QString StatusCodeSet::toString() const
{
    QStringList parts;
    for (auto [first, last] : m_ranges) {
        // Prefer the 2xx spelling where a range is made of whole classes.
        if (first % 100 == 0 && last % 100 == 99) {
            for (int c = first; c < last; c += 100)
                parts << QString::number(c / 100) + QStringLiteral("xx");
        } else if (first == last) {
            parts << QString::number(first);
        } else {
            parts << QString::number(first) + QLatin1Char('-') + QString::number(last);
        }
    }
    return parts.join(QLatin1Char(','));
}
