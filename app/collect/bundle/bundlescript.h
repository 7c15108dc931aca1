#pragma once

#include "collect/commandcatalogue.h"

#include "core/runcontext.h"

#include <QString>
#include <QStringList>

// The operating systems a collection bundle is written for.
enum class BundleOs { Linux, Windows };

// One script that runs every backend-side catalogue command for a target and prints each output
// between section markers (see bundleformat.h), so one paste (or one SSH session) carries all the
// backend's evidence. Linux: POSIX sh (busybox-compatible; iproute2 or net-tools; timeout where
// present; sudo -n for what needs root). Windows: PowerShell 5.1+. Read-only: it writes no file.
namespace BundleScript {
// captureSeconds > 0 adds a bounded packet capture of the health checks as the last section:
// on Linux `timeout N tcpdump -i any -nn -c 200 FILTER` when tcpdump and root (or sudo -n) are
// there, else a section saying why it was not collected; on Windows a section saying that pktmon
// is run by hand (its commands are in the capture step), since it changes the system's state.
QString generate(BundleOs os, const RunContext &context, int captureSeconds = 0);
// The backend-side steps of the context's plan that have catalogue commands for `os`.
QStringList steps(BundleOs os, const RunContext &context);
// What the customer runs when the script is saved as `fileName` (shown next to the script).
QString runLine(BundleOs os, const QString &fileName);
// "linux" | "windows" from a command-line word; false when unknown.
bool fromId(const QString &id, BundleOs *os);
QString id(BundleOs os);

// Lines kept per section before the cut, and at its end; longer lines are cut too.
constexpr int headLines = 5000;
constexpr int tailLines = 1000;
constexpr int maxLineChars = 4000;
// Each command's time limit where the shell has one.
constexpr int commandTimeoutSeconds = 20;
// The capture section's default length (the wizard and `bundle --capture` offer it).
constexpr int captureSeconds = 30;
} // namespace BundleScript
