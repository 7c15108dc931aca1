#pragma once

#include "stepid.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Where a step's evidence lives.
enum class StepSide {
    Network, // probed from wherever LB Doctor runs (tcp, http, udp, icmp)
    Backend, // read on the backend server (firewall, listening, route, ...)
    Console // read from the cloud console or its CLI (secgroup, bandwidth)
};

// Where LB Doctor runs, which decides how each step gets its evidence.
enum class RunMode {
    Probe, // on the engineer's desktop: probe over the network, backend steps by paste
    Collect, // on the backend server itself: collect locally, probe too
    Guided // offline: analyze pasted output only
};

QString runModeId(RunMode mode); // "probe", "collect", "guided"

// How a step gets its evidence in this run.
enum class StepSource {
    Probe, // a network probe runs
    Collect, // a read-only command runs on this machine
    Paste // the engineer pastes output (or passes --evidence)
};

struct Step
{
    QString id;
    StepSide side = StepSide::Network;
    StepSource source = StepSource::Probe;

    QString title() const; // translated, e.g. "Host firewall allows the health check"
    QStringList evidenceKinds() const;

    static QString titleFor(const QString &id);
    static StepSide sideOf(const QString &id);
    static QStringList evidenceKindsFor(const QString &id); // firewall: iptables, nftables, ...
    static QString stepForKind(const QString &kind); // iptables -> firewall
    static int causalRank(const QString &id); // lower: more directly stops the health check
    static bool isKnown(const QString &id); // any step, including watch
    static const QStringList &allIds(); // the procedure's steps, in the order it walks them

    Q_DECLARE_TR_FUNCTIONS(Step)
};
