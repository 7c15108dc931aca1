#pragma once

#include "core/runcontext.h"

#include <QCoreApplication>
#include <QString>

// The packets this host sends back during a health check, named for findings: the SYN-ACK of a
// TCP check (and the response data of an HTTP(S) check), the UDP reply or the ICMP port
// unreachable of a UDP check, and its ICMP echo reply. Analyzers of stateful firewalls use it to
// say that an outgoing policy does not stop them, and stateless ACLs to say which reply needs an
// outbound rule.
namespace ReplyPackets {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReplyPackets)
};

QString names(const RunContext &context);
} // namespace ReplyPackets
