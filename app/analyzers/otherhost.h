#pragma once

#include "core/finding.h"
#include "core/target.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

// Evidence from another host: output pasted from the wrong server names that server's own
// addresses (the `src` of `ip route`, the `inet` of `ip addr`, the local address of a listening
// socket bound to one address, Windows' "IPv4 Address") or its host name (a bundle's header), and
// never the backend's. One check for every format, run by the evidence router and the bundle
// analysis; it adds a warning to the finding and never changes its status. Addresses other hosts
// are only mentioned by (gateways, iptables `-d`, peers) prove nothing and are not read; loopback,
// link-local and wildcard addresses say nothing about which host this is.
namespace OtherHost {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OtherHost)
};

// The key of the warning in Finding::details (JSON "otherHost").
inline QString detailsKey()
{
    return QStringLiteral("otherHost");
}

// The addresses the text shows as the host's own, in order of appearance, each once.
QStringList ownAddresses(QStringView text);

// The warning when the text names addresses of its host and none is the backend's address; empty
// when it names the backend, names no host address, or the backend has no address yet or is a
// loopback address (LB Doctor runs on the backend: its output names the real addresses).
QString addressWarning(QStringView text, const Target &target);

// The warning when `hostName` (what the backend's `hostname` printed) differs from the host name
// the user entered for the backend; empty when they match, the user entered an address, or the
// backend is this machine (localhost, a loopback address).
QString hostNameWarning(const QString &hostName, const Target &target);

// Puts a warning first among the finding's evidence lines (once) and in its details under
// detailsKey() (JSON "otherHost"), so front ends can show it on a passing step too; the status
// stays as it is.
void warn(Finding &finding, const QString &warning);

// addressWarning() on `text`, added to the finding when there is one.
void check(Finding &finding, QStringView text, const Target &target);

} // namespace OtherHost
