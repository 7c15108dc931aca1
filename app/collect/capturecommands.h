#pragma once

#include "commandcatalogue.h"

// The bounded capture of the health checks, per OS: tcpdump with a filter for this profile's
// source CIDRs and port, a packet count and a time limit (text to paste, or -w for a file); on
// Windows pktmon, converted with `pktmon etl2pcap`.
namespace CaptureCommands {
constexpr int seconds = 60;
constexpr int packets = 200;
// "net 100.64.0.0/10 and (tcp port 80 or icmp or icmp6)": ICMP too, because a REJECT answers with it.
QString tcpdumpFilter(const RunContext &context);
QList<CatalogueCommand> forOs(OsFamily os, const RunContext &context);
} // namespace CaptureCommands
