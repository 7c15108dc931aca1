#pragma once

#include "profile.h"
#include "step.h"
#include "target.h"

#include <QStringList>

// Everything a step needs to know about the run: who the provider is, what the target is, and how
// LB Doctor runs. Copied into each step, so steps share nothing mutable.
struct RunContext
{
    Profile profile;
    ProfileVariant variant;
    Target target;
    RunMode mode = RunMode::Probe;
    int timeoutMs = 5000; // one probe's timeout; by default the profile's health-check timeout

    // The health-check source addresses: the variant's CIDRs, or the user's where the provider has none.
    QStringList healthCheckCidrs() const;
    // The codes that count as healthy: the user's override, else the variant's.
    StatusCodeSet healthyCodes() const;
    // Values for command templates: {ip} {port} {checkPort} {cidr} {proto} {domain} {path} {iface}.
    QHash<QString, QString> templateValues() const;
};

// Raw text that a step analyzes: a pasted output, a file passed with --evidence, a collected command.
struct Evidence
{
    QString kind; // analyzer kind; empty: detect from the content
    QString text;
    QString origin; // "pasted", a file name, or the command line that produced it
    // A binary file its analyzer streams itself (a packet capture, too large to hold as text);
    // `text` is empty then.
    QString file{};
};
