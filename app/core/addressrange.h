#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

// A 128-bit address value; IPv4 addresses use the low 32 bits. Portable (no __int128).
struct IpValue
{
    quint64 hi = 0;
    quint64 lo = 0;
    auto operator<=>(const IpValue &) const = default;
};

enum class IpFamily { V4, V6 };

// One contiguous interval of addresses of one family, inclusive at both ends.
class AddressRange
{
public:
    AddressRange() = default;
    AddressRange(IpFamily family, IpValue first, IpValue last);

    // Accepts "a.b.c.d", "a.b.c.d/m", "a.b.c.d/255.255.0.0", "a.b.c.d-e.f.g.h", "a.b.c.d-e.f.g.h"
    // and the IPv6 forms of each. Host bits set in a CIDR ("10.0.0.1/8") are an error, so a typo
    // is not silently widened.
    static Result<AddressRange> parse(QStringView text);
    static Result<AddressRange> fromCidr(const QHostAddress &network, int prefix);
    static AddressRange fromAddress(const QHostAddress &address);
    static AddressRange everything(IpFamily family);

    IpFamily family() const { return m_family; }
    IpValue first() const { return m_first; }
    IpValue last() const { return m_last; }
    QHostAddress firstAddress() const;
    QHostAddress lastAddress() const;

    bool contains(const QHostAddress &address) const;
    bool contains(const AddressRange &other) const;
    bool overlaps(const AddressRange &other) const;
    // Number of addresses, saturated at 2^64 - 1.
    quint64 size() const;

    // Minimal list of CIDR blocks covering exactly this range.
    QStringList toCidrs() const;
    // "a/m" when the range is one CIDR block, else "first-last".
    QString toString() const;

    bool operator==(const AddressRange &other) const = default;

private:
    IpFamily m_family = IpFamily::V4;
    IpValue m_first;
    IpValue m_last;

    Q_DECLARE_TR_FUNCTIONS(AddressRange)
};

// A set of addresses as sorted, disjoint, non-adjacent intervals (both families may be present).
class RangeSet
{
public:
    RangeSet() = default;
    RangeSet(const AddressRange &range);
    static Result<RangeSet> parseCidrs(const QStringList &cidrs);
    static RangeSet fromCidrs(const QStringList &cidrs); // CIDRs already validated: empty if one is not
    static RangeSet everything();

    bool isEmpty() const { return m_ranges.isEmpty(); }
    const QList<AddressRange> &ranges() const { return m_ranges; }

    RangeSet united(const RangeSet &other) const;
    RangeSet intersected(const RangeSet &other) const;
    RangeSet subtracted(const RangeSet &other) const;
    RangeSet complemented() const;
    bool contains(const QHostAddress &address) const;
    bool intersects(const RangeSet &other) const { return !intersected(other).isEmpty(); }
    bool containsAll(const RangeSet &other) const { return other.subtracted(*this).isEmpty(); }

    QStringList toCidrs() const;
    QString toString() const; // comma separated CIDRs

    bool operator==(const RangeSet &other) const = default;

private:
    void normalize();
    QList<AddressRange> m_ranges;
};
