#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One inbound rule, from `netsh advfirewall firewall show rule name=all dir=in verbose` or from
// Get-NetFirewallRule joined with its port and address filters (ConvertTo-Json).
struct WindowsFirewallRule
{
    QString name;
    bool enabled = true;
    bool inbound = true;
    QString action; // "allow", "block", "bypass"
    QStringList profiles; // "domain", "private", "public"; empty: every profile
    QString protocol; // "tcp", "udp", "icmpv4", "icmpv6", "any" or a number
    QStringList localPorts; // "Any", "80", "5000-5010", "RPC", ...
    QStringList remoteIps; // "Any", "LocalSubnet", "10.0.0.0/255.0.0.0", "a-b", ...
    QStringList localIps;
    QStringList icmpTypes; // "8", "Any", "8:*"
};

// A firewall profile (Domain, Private, Public) from `netsh advfirewall show allprofiles` or
// Get-NetFirewallProfile.
struct WindowsFirewallProfile
{
    QString name; // "domain", "private", "public"
    bool on = true;
    QString inbound; // "block", "allow", "blockinboundalways"; empty: not shown
    QString outbound; // "block", "allow"; empty: not shown
};

struct WindowsFirewallConfig
{
    QList<WindowsFirewallProfile> profiles;
    QList<WindowsFirewallRule> rules;
    bool sawRules = false; // a rule listing (even "No rules match") was part of the paste
    QString format; // "netsh" or "powershell"
    QString language; // set when the output is in a language other than English
    QStringList problems;
    QString error;

    static WindowsFirewallConfig parse(const QString &text);
    // The language of localized netsh output, or empty when it is English or not netsh at all.
    static QString detectLanguage(QStringView text);

    Q_DECLARE_TR_FUNCTIONS(WindowsFirewallConfig)
};
