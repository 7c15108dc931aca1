#pragma once

#include "core/runcontext.h"
#include "core/shellquote.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The operating systems a backend-side command is written for.
enum class OsFamily { Linux, LinuxNetTools, WindowsCmd, WindowsPowerShell };

// One read-only command of a backend-side step.
struct CatalogueCommand
{
    QString step; // step id: "firewall", "listening", ...
    QString kind; // analyzer kind for its output: "iptables", "sockets", ...
    QString display; // the exact line to copy, quoted for the family's shell (may use pipes)
    QString program; // what LocalCollector runs through QProcess, never via a shell
    QStringList arguments;
    bool needsRoot = false;
    QString note; // "needs root: run with sudo", ...
};

// For every backend-side step and OS family, the commands to show in guided mode; the same list
// drives LocalCollector, so what the engineer copies and what the tool runs never drift apart.
namespace CommandCatalogue {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandCatalogue)
};

// A command whose display is its program and arguments, quoted for `shell`.
CatalogueCommand plain(Shell shell, const QString &step, const QString &kind, const QString &program,
                       const QStringList &arguments, bool needsRoot = false, const QString &note = {});
QList<CatalogueCommand> forStep(const QString &stepId, OsFamily os, const RunContext &context);
OsFamily hostFamily(); // the family of the machine LB Doctor runs on
QString osName(OsFamily os); // translated: "Linux (iproute2)", "Windows (cmd)", ...
Shell shellFor(OsFamily os);
QList<OsFamily> families();
QString familyId(OsFamily os); // "linux", "linux-net-tools", "windows-cmd", "windows-powershell"
} // namespace CommandCatalogue
