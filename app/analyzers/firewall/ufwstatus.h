#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One side of a ufw rule row ("To" or "From"), in the forms ufw's get_status() prints:
// "Anywhere", "Anywhere/tcp", "10.0.0.5 22/tcp", "10.0.0.5/tcp", "80,443/tcp (v6)",
// "Anywhere on eth0", "8080/tcp (v6) on eth1", an application profile such as "OpenSSH" (numbered
// and plain status) or its ports with the name, "8080/tcp (WWW Cache (v6))" (status verbose).
struct UfwEndpoint
{
    QString address; // empty: Anywhere
    QString ports; // "80,443", "6000:6007" or empty: every port
    QString protocol; // "tcp", "udp", ... or empty: tcp and udp (or everything when no port)
    QString app; // application profile name; where the row shows its ports too, those decide
    QString interfaceName;
    bool v6 = false;

    static UfwEndpoint parse(QString text);
};

struct UfwRule
{
    int number = 0; // position as ufw counts it (1-based); 0 where the output cannot tell
    QString text; // the row as printed
    QString action; // "ALLOW", "DENY", "REJECT", "LIMIT"
    QString direction; // "IN", "OUT", "FWD"
    UfwEndpoint to;
    UfwEndpoint from;

    // ufw prints the rule's one protocol on whichever side its get_status() chooses.
    QString protocol() const { return to.protocol.isEmpty() ? from.protocol : to.protocol; }
};

struct UfwStatus
{
    bool active = false;
    QString defaultIncoming; // "deny", "reject", "allow"; empty: not shown (plain `ufw status`)
    QString defaultOutgoing; // the same for outgoing
    QList<UfwRule> rules;
    QStringList problems;
    QString error;

    static UfwStatus parse(const QString &text);

    Q_DECLARE_TR_FUNCTIONS(UfwStatus)
};
