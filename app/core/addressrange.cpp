#include "addressrange.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

int familyBits(IpFamily family)
{
    return family == IpFamily::V4 ? 32 : 128;
}

IpValue maxValue(IpFamily family)
{
    if (family == IpFamily::V4)
        return {0, 0xFFFFFFFFull};
    return {~0ull, ~0ull};
}

IpValue plusOne(IpValue v)
{
    if (++v.lo == 0)
        ++v.hi;
    return v;
}

IpValue minusOne(IpValue v)
{
    if (v.lo-- == 0)
        --v.hi;
    return v;
}

// Mask with the low `bits` bits set (bits 0..128).
IpValue lowMask(int bits)
{
    if (bits <= 0)
        return {};
    if (bits >= 128)
        return {~0ull, ~0ull};
    if (bits >= 64)
        return {bits == 64 ? 0ull : (~0ull >> (128 - bits)), ~0ull};
    return {0, (~0ull) >> (64 - bits)};
}

IpValue bitOr(IpValue a, IpValue b)
{
    return {a.hi | b.hi, a.lo | b.lo};
}
IpValue bitAnd(IpValue a, IpValue b)
{
    return {a.hi & b.hi, a.lo & b.lo};
}
bool isZero(IpValue v)
{
    return v.hi == 0 && v.lo == 0;
}

IpValue valueOf(const QHostAddress &address, IpFamily *family)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        *family = IpFamily::V4;
        return {0, address.toIPv4Address()};
    }
    *family = IpFamily::V6;
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    IpValue v;
    for (int i = 0; i < 8; ++i)
        v.hi = (v.hi << 8) | bytes[i];
    for (int i = 8; i < 16; ++i)
        v.lo = (v.lo << 8) | bytes[i];
    return v;
}

QHostAddress addressOf(IpFamily family, IpValue v)
{
    if (family == IpFamily::V4)
        return QHostAddress(quint32(v.lo));
    Q_IPV6ADDR bytes;
    for (int i = 7; i >= 0; --i, v.hi >>= 8)
        bytes[i] = quint8(v.hi & 0xFF);
    for (int i = 15; i >= 8; --i, v.lo >>= 8)
        bytes[i] = quint8(v.lo & 0xFF);
    return QHostAddress(bytes);
}

// Strict literal parse: QHostAddress alone accepts "1" or "1.2.3" as IPv4 shorthand.
std::optional<QHostAddress> parseLiteral(QStringView text)
{
    const QString s = text.trimmed().toString();
    if (s.isEmpty())
        return std::nullopt;
    QHostAddress address;
    if (!address.setAddress(s))
        return std::nullopt;
    if (address.protocol() == QAbstractSocket::IPv4Protocol && s.count(QLatin1Char('.')) != 3)
        return std::nullopt;
    if (!address.scopeId().isEmpty())
        address.setScopeId(QString());
    return address;
}

} // namespace

AddressRange::AddressRange(IpFamily family, IpValue first, IpValue last)
    : m_family(family),
      m_first(first),
      m_last(last)
{ }

AddressRange AddressRange::fromAddress(const QHostAddress &address)
{
    IpFamily family;
    const IpValue v = valueOf(address, &family);
    return AddressRange(family, v, v);
}

AddressRange AddressRange::everything(IpFamily family)
{
    return AddressRange(family, IpValue{}, maxValue(family));
}

Result<AddressRange> AddressRange::fromCidr(const QHostAddress &network, int prefix)
{
    IpFamily family;
    const IpValue base = valueOf(network, &family);
    const int bits = familyBits(family);
    if (prefix < 0 || prefix > bits) {
        return Error{AddressRange::tr("prefix length must be 0-%1, got %2").arg(bits).arg(prefix)};
    }
    const IpValue hostMask = lowMask(bits - prefix);
    if (!isZero(bitAnd(base, hostMask))) {
        const IpValue fixed = bitAnd(base, IpValue{~hostMask.hi, ~hostMask.lo});
        return Error{AddressRange::tr("%1/%2 has host bits set; did you mean %3/%2?")
                         .arg(network.toString())
                         .arg(prefix)
                         .arg(addressOf(family, fixed).toString())};
    }
    return AddressRange(family, base, bitOr(base, hostMask));
}

Result<AddressRange> AddressRange::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Error{AddressRange::tr("empty address range")};
    }
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        const auto network = parseLiteral(trimmed.left(slash));
        if (!network) {
            return Error{AddressRange::tr("\"%1\" is not an IP address").arg(trimmed.left(slash).toString())};
        }
        const QStringView maskText = trimmed.mid(slash + 1).trimmed();
        bool ok = false;
        int prefix = maskText.toInt(&ok);
        if (!ok) {
            // Dotted netmask such as 255.192.0.0 (tcpd, Windows Firewall).
            const auto mask = parseLiteral(maskText);
            if (!mask || mask->protocol() != network->protocol()) {
                return Error{AddressRange::tr("\"%1\" is not a prefix length or netmask").arg(maskText.toString())};
            }
            IpFamily family;
            const IpValue m = valueOf(*mask, &family);
            const int bits = familyBits(family);
            prefix = 0;
            bool seenZero = false;
            for (int i = bits - 1; i >= 0; --i) {
                const bool set = i >= 64 ? ((m.hi >> (i - 64)) & 1) : ((m.lo >> i) & 1);
                if (set && seenZero) {
                    return Error{AddressRange::tr("netmask %1 is not contiguous").arg(maskText.toString())};
                }
                if (set)
                    ++prefix;
                else
                    seenZero = true;
            }
        }
        return fromCidr(*network, prefix);
    }
    const qsizetype dash = trimmed.indexOf(QLatin1Char('-'));
    if (dash >= 0) {
        const auto a = parseLiteral(trimmed.left(dash));
        const auto b = parseLiteral(trimmed.mid(dash + 1));
        if (!a || !b || a->protocol() != b->protocol()) {
            return Error{
                AddressRange::tr("\"%1\" is not an address range like 10.0.0.1-10.0.0.9").arg(trimmed.toString())};
        }
        const AddressRange ra = fromAddress(*a);
        const AddressRange rb = fromAddress(*b);
        if (rb.m_first < ra.m_first) {
            return Error{AddressRange::tr("range %1 ends before it starts").arg(trimmed.toString())};
        }
        return AddressRange(ra.m_family, ra.m_first, rb.m_first);
    }
    const auto single = parseLiteral(trimmed);
    if (!single) {
        return Error{AddressRange::tr("\"%1\" is not an IP address or CIDR").arg(trimmed.toString())};
    }
    return fromAddress(*single);
}

QHostAddress AddressRange::firstAddress() const
{
    return addressOf(m_family, m_first);
}

QHostAddress AddressRange::lastAddress() const
{
    return addressOf(m_family, m_last);
}

bool AddressRange::contains(const QHostAddress &address) const
{
    IpFamily family;
    const IpValue v = valueOf(address, &family);
    return family == m_family && m_first <= v && v <= m_last;
}

bool AddressRange::contains(const AddressRange &other) const
{
    return other.m_family == m_family && m_first <= other.m_first && other.m_last <= m_last;
}

bool AddressRange::overlaps(const AddressRange &other) const
{
    return other.m_family == m_family && m_first <= other.m_last && other.m_first <= m_last;
}

quint64 AddressRange::size() const
{
    if (m_last.hi != m_first.hi)
        return ~0ull;
    const quint64 n = m_last.lo - m_first.lo;
    return n == ~0ull ? n : n + 1;
}

QStringList AddressRange::toCidrs() const
{
    QStringList out;
    const int bits = familyBits(m_family);
    IpValue cur = m_first;
    while (true) {
        // Largest block aligned at `cur` that does not pass `m_last`.
        int hostBits = 0;
        while (hostBits < bits) {
            const IpValue mask = lowMask(hostBits + 1);
            if (!isZero(bitAnd(cur, mask)))
                break;
            const IpValue end = bitOr(cur, mask);
            if (m_last < end)
                break;
            ++hostBits;
        }
        out << addressOf(m_family, cur).toString() + QLatin1Char('/') + QString::number(bits - hostBits);
        const IpValue end = bitOr(cur, lowMask(hostBits));
        if (end == m_last || end == maxValue(m_family))
            break;
        cur = plusOne(end);
    }
    return out;
}

QString AddressRange::toString() const
{
    const QStringList cidrs = toCidrs();
    if (cidrs.size() == 1)
        return cidrs.first();
    return firstAddress().toString() + QLatin1Char('-') + lastAddress().toString();
}

RangeSet::RangeSet(const AddressRange &range)
{
    m_ranges << range;
}

Result<RangeSet> RangeSet::parseCidrs(const QStringList &cidrs)
{
    RangeSet set;
    for (const QString &text : cidrs) {
        const auto range = AddressRange::parse(text);
        if (!range)
            return Error{range.error()};
        set.m_ranges << *range;
    }
    set.normalize();
    return set;
}

RangeSet RangeSet::fromCidrs(const QStringList &cidrs)
{
    return parseCidrs(cidrs).valueOr(RangeSet());
}

RangeSet RangeSet::everything()
{
    RangeSet set;
    set.m_ranges << AddressRange::everything(IpFamily::V4) << AddressRange::everything(IpFamily::V6);
    return set;
}

void RangeSet::normalize()
{
    std::sort(m_ranges.begin(), m_ranges.end(), [](const AddressRange &a, const AddressRange &b) {
        if (a.family() != b.family())
            return a.family() < b.family();
        return a.first() < b.first();
    });
    QList<AddressRange> merged;
    for (const AddressRange &r : std::as_const(m_ranges)) {
        if (!merged.isEmpty()) {
            AddressRange &back = merged.last();
            if (back.family() == r.family()
                && (r.first() <= back.last()
                    || (back.last() != maxValue(back.family()) && plusOne(back.last()) == r.first()))) {
                if (back.last() < r.last())
                    back = AddressRange(back.family(), back.first(), r.last());
                continue;
            }
        }
        merged << r;
    }
    m_ranges = merged;
}

RangeSet RangeSet::united(const RangeSet &other) const
{
    RangeSet out = *this;
    out.m_ranges << other.m_ranges;
    out.normalize();
    return out;
}

RangeSet RangeSet::intersected(const RangeSet &other) const
{
    RangeSet out;
    qsizetype i = 0, j = 0;
    const auto &a = m_ranges;
    const auto &b = other.m_ranges;
    while (i < a.size() && j < b.size()) {
        const AddressRange &x = a[i];
        const AddressRange &y = b[j];
        if (x.family() != y.family()) {
            (x.family() < y.family()) ? ++i : ++j;
            continue;
        }
        const IpValue lo = std::max(x.first(), y.first());
        const IpValue hi = std::min(x.last(), y.last());
        if (lo <= hi)
            out.m_ranges << AddressRange(x.family(), lo, hi);
        (x.last() < y.last()) ? ++i : ++j;
    }
    return out;
}

RangeSet RangeSet::complemented() const
{
    RangeSet out;
    for (IpFamily family : {IpFamily::V4, IpFamily::V6}) {
        IpValue next{};
        bool done = false;
        for (const AddressRange &r : m_ranges) {
            if (r.family() != family)
                continue;
            if (next < r.first())
                out.m_ranges << AddressRange(family, next, minusOne(r.first()));
            if (r.last() == maxValue(family)) {
                done = true;
                break;
            }
            next = plusOne(r.last());
        }
        if (!done)
            out.m_ranges << AddressRange(family, next, maxValue(family));
    }
    return out;
}

RangeSet RangeSet::subtracted(const RangeSet &other) const
{
    return intersected(other.complemented());
}

bool RangeSet::contains(const QHostAddress &address) const
{
    return std::any_of(m_ranges.begin(), m_ranges.end(), [&](const AddressRange &r) { return r.contains(address); });
}

QStringList RangeSet::toCidrs() const
{
    QStringList out;
    for (const AddressRange &r : m_ranges)
        out << r.toCidrs();
    return out;
}

QString RangeSet::toString() const
{
    return toCidrs().join(QStringLiteral(", "));
}
