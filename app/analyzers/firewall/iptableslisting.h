#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

// The forms of iptables output customers paste besides iptables-save. `iptables -S` (per table:
// `iptables -t raw -S`, ...) carries every match of every rule, only without the table name, so it
// is rewritten into iptables-save form; the table of each listing follows from its policy lines.
namespace IptablesListing {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IptablesListing)
};

struct Converted
{
    QString save; // iptables-save text; empty when the listing cannot be read
    QStringList tables; // the tables found, in order
    QStringList missingChains; // built-in chains of a listed table that were not pasted ("filter OUTPUT")
    QString error; // why it cannot be read
};

// True when the text is `iptables -S` output: -P / -N / -A lines and nothing else.
bool isRulesListing(QStringView text);
Converted rulesToSave(QStringView text);

// True when the text is `iptables -L -n [-v] [--line-numbers]` output ("Chain INPUT (policy ...").
// The list form prints matches its own way; what it hides (interfaces without -v, names without
// -n, a match it prints in a form not read back here) becomes a match LB Doctor cannot decide,
// naming iptables-save, so the affected ranges are unknown rather than guessed.
// `tool` ("iptables", "ip6tables") is named in what a listing hides. ip6tables prints IPv6 addresses,
// "ipv6-icmptype 1 code 4" for ICMPv6 and, before 1.8.9, a blank opt column; all are read here.
bool isListListing(QStringView text);
Converted listToSave(QStringView text, const QString &tool = QStringLiteral("iptables"));

} // namespace IptablesListing
