#pragma once

#include <QStringList>

// `lbdoctor-cli import FILE|- [--json]`: prints what a load balancer's configuration or backend
// status JSON holds, as LB Doctor would use it: profile, variant, target fields with their source
// field, timings, backends, and the configuration's lint findings.
namespace ImportCommand {
int run(const QStringList &arguments);
}
