#pragma once

#include "iptablesmodel.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// IPv6 neighbour discovery through ip6tables. A host resolves its gateway's link-layer address
// with ICMPv6 neighbour solicitations and advertisements (types 135 and 136, from and to link-local
// addresses; conntrack leaves them UNTRACKED). An INPUT or OUTPUT chain that drops them cuts the
// host off its gateway: no IPv6 packet of the health check gets through, whatever the rules say
// about the health-check addresses. Whether they pass does not depend on the health-check source,
// so this is a warning beside the per-range verdicts. (Conntrack marks neighbour discovery
// UNTRACKED: nf_conntrack_icmpv6_error in net/netfilter/nf_conntrack_proto_icmpv6.c.)
namespace Ip6NeighbourDiscovery {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ip6NeighbourDiscovery)
};

// One warning per neighbour discovery message the rules certainly stop, naming the rule and the
// ip6tables command that lets it through; empty when they all pass (or cannot be decided).
QStringList warnings(const IptablesRuleset &ruleset, const QString &interfaceName);

} // namespace Ip6NeighbourDiscovery
