#pragma once

#include "iptablesevaluator.h"

#include "core/finding.h"
#include "core/runcontext.h"

#include <QCoreApplication>
#include <functional>

// Turns a netfilter rule model into a firewall Finding: the question (which packets, from which
// addresses), the walk, the per-range verdicts and the fix. Shared by the iptables and nftables
// analyzers, which differ only in how they read the rules and how a fix command is spelled.
namespace IptablesReport {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IptablesReport)
};

struct Question
{
    IpFamily family = IpFamily::V4; // the family of the modelled packets (ip6tables: V6)
    RangeSet universe; // all health-check addresses
    RangeSet ipv4; // the IPv4 part of the universe
    RangeSet covered; // the part the packet model covers: the addresses of `family`
    QStringList cidrs; // the health-check CIDRs as given (those of `family`), for fix commands
    QList<IptablesPacket> packets; // every packet of the exchange, in the order they are sent
    // A UDP check to a port where nothing listens: the datagram in, and the ICMP port unreachable
    // this host answers with (state RELATED), which tells the prober the port is closed.
    QList<IptablesPacket> closedPort;
    QStringList notDecisive; // packets of the exchange the check's result does not depend on
    QString error; // non-empty: the question itself is bad (no CIDRs, ...)
};

Question question(const RunContext &context, IpFamily family = IpFamily::V4);

// Fix commands for one blocking piece: the packet, the piece (its table, chain, rule), the CIDRs.
using FixWriter = std::function<QStringList(const IptablesPiece &, const IptablesPacket &, const QStringList &)>;

struct Style
{
    QString what; // "iptables", "nftables"
    QString persistText; // how to make the fix survive a reboot
    FixWriter fix;
    QString otherFamily; // why the addresses of the other family are unknown (empty: a default text)
};

// Walks the ruleset for every packet of the question and fills status, summary, ranges,
// evidence, fix and commands. `warnings` (e.g. a DNAT of the port) turn a pass into a warn.
Finding build(const RunContext &context, const Question &q, const IptablesRuleset &ruleset, const Style &style,
              const QStringList &warnings);

// The pieces for one packet (exposed for tests that compare with the kernel).
QList<IptablesPiece> evaluate(const IptablesRuleset &ruleset, const IptablesPacket &packet, const RangeSet &sources);

// One packet of the exchange walked for every address.
struct PacketWalk
{
    IptablesPacket packet;
    QList<IptablesPiece> pieces;
    RangeSet untracked; // addresses for which a NOTRACK rule made this packet UNTRACKED
};
// Walks every packet of `packets` in order; a packet's conntrack state follows from the earlier
// packets of its flow (NOTRACK on some of them leaves its state unknown).
QList<PacketWalk> walkExchange(const IptablesRuleset &ruleset, const QList<IptablesPacket> &packets,
                               const RangeSet &sources);
// The fate of each address over the required packets: the first packet that stops it (drop or
// reject) decides it; then unknown; accepted only when every required packet is accepted.
struct ExchangePiece
{
    IptablesPiece piece; // decidedBy names the stopped packet and what passed before it
    int packet = 0; // index in the walks of the packet that decided it
};
QList<ExchangePiece> exchangeOutcome(const QList<PacketWalk> &walks);

// True when `piece` stops a tracked ESTABLISHED/RELATED packet in a chain where conntrack has
// run: the fix is to accept established traffic first thing in the chain's base chain.
bool needsEstablishedAccept(const IptablesPiece &piece, const IptablesPacket &packet);

// "tcp" / "udp" / "icmp" / "ipv6-icmp" for a fix command.
QString protocolName(const IptablesPacket &packet);
// firewall-cmd equivalent, one rich rule per CIDR.
QStringList firewalldCommands(const IptablesPacket &packet, const QStringList &cidrs);
} // namespace IptablesReport
