#pragma once

#include "iptablesevaluator.h"

#include "core/finding.h"
#include "core/runcontext.h"

#include <functional>

// Turns a netfilter rule model into a firewall Finding: the question (which packets, from which
// addresses), the walk, the per-range verdicts and the fix. Shared by the iptables and nftables
// analyzers, which differ only in how they read the rules and how a fix command is spelled.
namespace IptablesReport {

struct Question
{
    RangeSet universe;               // all health-check addresses
    RangeSet ipv4;                   // the part the IPv4 packet model covers
    QStringList cidrs;               // the health-check CIDRs as given (IPv4 ones), for fix commands
    QList<IptablesPacket> packets;   // TCP SYN; or UDP datagram (+ ICMP echo when the provider needs it)
    QString error;                   // non-empty: the question itself is bad (no CIDRs, ...)
};

Question question(const RunContext &context);

// Fix commands for one blocking piece: the packet, the piece (its table, chain, rule), the CIDRs.
using FixWriter = std::function<QStringList(const IptablesPiece &, const IptablesPacket &, const QStringList &)>;

struct Style
{
    QString what;          // "iptables", "nftables"
    QString persistText;   // how to make the fix survive a reboot
    FixWriter fix;
};

// Walks the ruleset for every packet of the question and fills status, summary, ranges,
// evidence, fix and commands. `warnings` (e.g. a DNAT of the port) turn a pass into a warn.
Finding build(const RunContext &context, const Question &q, const IptablesRuleset &ruleset, const Style &style,
              const QStringList &warnings);

// The pieces for one packet (exposed for tests that compare with the kernel).
QList<IptablesPiece> evaluate(const IptablesRuleset &ruleset, const IptablesPacket &packet, const RangeSet &sources);

// "tcp" / "udp" / "icmp" for a fix command.
QString protocolName(const IptablesPacket &packet);
// firewall-cmd equivalent, one rich rule per CIDR.
QStringList firewalldCommands(const IptablesPacket &packet, const QStringList &cidrs);
}
