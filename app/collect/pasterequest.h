#pragma once

#include "core/finding.h"
#include "core/runcontext.h"
#include "core/step.h"

#include <QCoreApplication>

// The request a step without evidence shows in this run: the exact command for this machine's
// shell from the command catalogue ("run `sudo iptables-save` on the backend and paste the
// output"), the profile's console guidance for console questions, or that offline mode sends no
// probes. Installed into core's EvidenceRequest.
class PasteRequest
{
    Q_DECLARE_TR_FUNCTIONS(PasteRequest)
public:
    static Finding forStep(const Step &step, const RunContext &context);
};
