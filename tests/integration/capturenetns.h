#pragma once

// The two network namespaces of the capture tests: a backend (eth0 at backendIp/24, a route to
// 100.64.0.0/10 via the prober) and a prober with two health-check source addresses. IPv6 is off
// in both, so that no router solicitation or DAD chatter lands in a capture: each holds only what
// the test sends. The `ip` commands, in order, as argument lists.

#include <QList>
#include <QString>
#include <QStringList>

inline QList<QStringList> captureNamespaceSetup(const QString &serverNs, const QString &clientNs,
                                                const QString &backendIp, const QString &proberLink)
{
    return {
        {"ip", "-n", serverNs, "link", "add", "eth0", "type", "veth", "peer", "name", "eth0", "netns", clientNs},
        {"ip", "-n", serverNs, "link", "set", "lo", "up"},
        {"ip", "-n", serverNs, "addr", "add", backendIp + "/24", "dev", "eth0"},
        {"ip", "-n", serverNs, "link", "set", "eth0", "up"},
        {"ip", "-n", serverNs, "route", "add", "100.64.0.0/10", "via", proberLink},
        {"ip", "-n", clientNs, "link", "set", "lo", "up"},
        {"ip", "-n", clientNs, "addr", "add", proberLink + "/24", "dev", "eth0"},
        {"ip", "-n", clientNs, "addr", "add", "100.64.1.2/32", "dev", "eth0"},
        {"ip", "-n", clientNs, "addr", "add", "100.64.7.9/32", "dev", "eth0"},
        {"ip", "-n", clientNs, "link", "set", "eth0", "up"},
        {"ip", "netns", "exec", serverNs, "sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1"},
        {"ip", "netns", "exec", clientNs, "sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1"},
    };
}
