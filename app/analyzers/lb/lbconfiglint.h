#pragma once

#include <QCoreApplication>

#include "lbimport.h"

#include "core/finding.h"
#include "core/runcontext.h"

// The `lbconfig` step: what in the listener's own health-check settings makes backends look
// unhealthy, each problem with the console path and the CLI command that changes it.
namespace LbConfigLint {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LbConfigLint)
};

struct Problem
{
    Status status = Status::Warn; // Warn: a problem; Pass: a note the engineer should know
    QString outcome; // check-off, check-port, timeout-interval, no-host, method, codes-redirect, fail-open
    QString text;
    QString fix;
    QString command; // empty when there is none
};
// servicePort: the backend's service port when the configuration does not say it (0: unknown).
QList<Problem> problems(const LbConfig &config, int servicePort);
Finding finding(const LbConfig &config, const RunContext &context, const QString &raw);
// One line per imported field: "path = /health (from HealthCheckURI)".
QStringList importedLines(const LbConfig &config);
// A command that sets one health-check setting, quoted for POSIX sh. setting: check-port,
// timeout, domain, codes, method, switch.
QString changeCommand(const LbConfig &config, const QString &setting, const QString &value);
QString consolePath(const QString &profileId);
} // namespace LbConfigLint

// The configuration next to the HTTP probe: a redirect the backend really sends, outside the
// listener's healthy codes, turns the "codes exclude redirects" note into the problem (outcome
// codes-redirect) with the command that accepts 3xx. Re-reads the configuration from the raw
// text, so applying it twice changes nothing.
Finding relateLbConfig(const Finding &lbconfig, const Finding &http, const RunContext &context);
