#pragma once

#include <QCoreApplication>

#include "finding.h"
#include "runcontext.h"
#include "step.h"

// What a step without evidence asks for in this run ("run `sudo iptables-save` on the backend and
// paste the output"). The exact commands come from the collect layer's command catalogue, which
// installs the writer from a static initializer; core only knows that a step is waiting.
namespace EvidenceRequest {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceRequest)
};

using Writer = Finding (*)(const Step &step, const RunContext &context);

// Returns false when a writer is installed already.
bool install(Writer writer);

// The installed writer's finding (status skip); without one, a generic request to paste the output.
Finding forStep(const Step &step, const RunContext &context);

} // namespace EvidenceRequest
