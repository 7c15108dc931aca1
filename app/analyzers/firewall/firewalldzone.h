#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One rich rule of a zone, as `firewall-cmd --list-all` prints it
// (rule family="ipv4" priority="-1" source address="..." port port="80" protocol="tcp" accept).
struct FirewalldRichRule
{
    QString text;
    QString family; // "ipv4", "ipv6" or empty (both)
    int priority = 0;
    QString sourceAddress; // empty: any source
    QString sourceOther; // ipset="..." or mac="...": not decidable from here
    bool sourceInverted = false;
    QString destinationAddress;
    QString destinationOther;
    bool destinationInverted = false;
    QString element; // "service", "port", "protocol", "icmp-block", "icmp-type", "source-port", "forward-port",
                     // "masquerade", or empty
    QString elementName; // service name, icmp type, protocol value
    QString port; // port or range of port / source-port / forward-port
    QString protocol; // protocol of port / source-port / forward-port
    QString action; // "accept", "reject", "drop", "mark" or empty (log/audit only)
    bool limited = false; // accept with "limit value=..."

    // Parses one rule line; nullopt with a message when it is not a rich rule.
    static Result<FirewalldRichRule> parse(const QString &line);

    Q_DECLARE_TR_FUNCTIONS(FirewalldRichRule)
};

// One zone block of `firewall-cmd --list-all-zones` or `--list-all`.
struct FirewalldZone
{
    QString name;
    bool isDefault = false;
    bool active = false;
    QString target = QStringLiteral("default");
    bool icmpBlockInversion = false;
    QStringList interfaces;
    QStringList sources;
    QStringList services;
    QStringList ports;
    QStringList protocols;
    QStringList icmpBlocks;
    QStringList sourcePorts;
    QStringList forwardPorts;
    QList<FirewalldRichRule> richRules;
    QStringList ingressZones; // a policy object (`firewall-cmd --list-all-policies`) has these
    QStringList egressZones; // two instead of interfaces and sources
    QStringList problems; // rich rules or lines that did not parse
    bool listed = false; // had a "key: value" line: a bare word on a line of garbage is no zone
};

// The whole paste: every zone in print order, or why it is not firewalld output.
struct FirewalldConfig
{
    QList<FirewalldZone> zones;
    QList<FirewalldZone> policies; // policy objects pasted with the zones (firewalld 0.9 and later)
    QStringList directRules; // `firewall-cmd --direct --get-all-rules` lines: "ipv4 filter OUTPUT 0 -j DROP"
    bool notRunning = false; // "FirewallD is not running"
    QString error; // non-empty: not usable

    static FirewalldConfig parse(const QString &text);
    const FirewalldZone *defaultZone() const;

    Q_DECLARE_TR_FUNCTIONS(FirewalldConfig)
};
