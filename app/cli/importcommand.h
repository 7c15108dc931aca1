#pragma once

#include <QCoreApplication>
#include <QStringList>

// `lbdoctor-cli import FILE|- [--json]`: prints what a load balancer's configuration or backend
// status JSON holds, as LB Doctor would use it: profile, variant, target fields with their source
// field, timings, backends, and the configuration's lint findings.
namespace ImportCommand {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

int run(const QStringList &arguments);
} // namespace ImportCommand
