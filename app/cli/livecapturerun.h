#pragma once

#include <QCoreApplication>

#include "core/runcontext.h"

class QCoreApplication;

// `analyze capture --live SECONDS`: LB Doctor captures on this machine (the backend) with tcpdump
// for a bounded time, then analyzes the capture like a file. Ctrl-C (SIGINT) or SIGTERM ends the
// capture early and the packets so far are analyzed. Without root or tcpdump: exit 2 with the
// command to run by hand.
namespace LiveCaptureRun {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LiveCaptureRun)
};

// `interfaceName`: tcpdump's -i ("any" unless --iface was given).
int run(QCoreApplication &app, const RunContext &context, const QString &interfaceName, int seconds, bool json);
} // namespace LiveCaptureRun
