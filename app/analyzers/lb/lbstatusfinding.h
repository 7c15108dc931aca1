#pragma once

#include <QCoreApplication>

#include "lbimport.h"

#include "core/finding.h"
#include "core/runcontext.h"

// The `lbstatus` step: the provider's own verdict on the backend under diagnosis and its reason.
// The outcome is the reason in Finding::outcome words (timeout, refused, bad-status, failed,
// internal, unhealthy when no reason is given; healthy, initial, unused), so Diagnosis can link
// the checked causes to what the load balancer itself saw.
namespace LbStatusFinding {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LbStatusFinding)
};

// The backend the finding is about: the target's address and port, or the only backend listed.
const LbBackend *chosen(const LbStatusReport &report, const RunContext &context);
Finding finding(const LbStatusReport &report, const RunContext &context, const QString &raw);
QString backendLine(const LbBackend &backend); // "10.0.0.5:80  unhealthy  Target.Timeout: ..."
} // namespace LbStatusFinding

// The load balancer's reason next to what the probes from here saw: a contradiction ("the load
// balancer reports a timeout, but the connection from here works") points at what differs
// between here and the load balancer. `other` is the tcp or http finding. Applying it twice
// changes nothing.
Finding relateLbStatus(const Finding &lbstatus, const Finding &other, const RunContext &context);
