#pragma once

#include <QString>
#include <QStringList>

// What a person calls an evidence kind: "iptables" -> "iptables rules (iptables-save)". The kind
// ids stay the machine's (CLI, JSON); people read these.
namespace KindName {
QString of(const QString &kind);          // translated; the id itself when unknown
QString list(const QStringList &kinds);   // "iptables rules (iptables-save), nftables ruleset (nft list ruleset)"
}
