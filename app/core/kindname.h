#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a person calls an evidence kind: "iptables" -> "iptables rules (iptables-save)". The kind
// ids stay the machine's (CLI, JSON); people read these.
namespace KindName {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KindName)
};

QString of(const QString &kind); // translated; the id itself when unknown
QString list(const QStringList &kinds); // "iptables rules (iptables-save), nftables ruleset (nft list ruleset)"
} // namespace KindName
