#include "evidencerequest.h"

#include "inputchannel.h"

#include <QCoreApplication>

namespace {

EvidenceRequest::Writer &installedWriter()
{
    static EvidenceRequest::Writer writer = nullptr;
    return writer;
}

} // namespace

namespace EvidenceRequest {

bool install(Writer writer)
{
    if (installedWriter())
        return false;
    installedWriter() = writer;
    return true;
}

Finding forStep(const Step &step, const RunContext &context)
{
    if (const Writer writer = installedWriter())
        return writer(step, context);
    return Finding::make(step.id, Status::Skip,
                         (InputChannel::commandLine()
                              ? EvidenceRequest::Tr::tr("needs output from the %1: give it with --evidence KIND=FILE")
                              : EvidenceRequest::Tr::tr("needs output from the %1: paste it"))
                             .arg(step.side == StepSide::Console ? EvidenceRequest::Tr::tr("cloud console or CLI")
                                                                 : EvidenceRequest::Tr::tr("backend server")));
}

} // namespace EvidenceRequest
