#pragma once

#include "iptablesmodel.h"

#include <QCoreApplication>
#include <QStringView>

// Reads `iptables-save` output (all tables, with or without -c counters) into the rule model in
// one pass. Tolerant: a line it does not understand becomes a problem or an unknown match, never
// an exception; CR line ends and junk lines are accepted.
namespace IptablesParser {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IptablesParser)
};

IptablesRuleset parse(QStringView text);
// 0-100: how much the text looks like iptables-save output.
int recognize(QStringView text);
// True when the text is `iptables -L` / `iptables -S` output rather than iptables-save.
bool looksLikeListing(QStringView text);
// True when the text is ip6tables output (save, -S or -L): IPv6 addresses, ICMPv6 matches, the
// ip6tables-save header. Output that names no address and no ICMP at all cannot be told apart.
bool isIp6tables(QStringView text);
} // namespace IptablesParser
