#pragma once

#include <QLatin1String>

// Finding::outcome values: the machine-readable result Diagnosis links causes with. Producers and
// the diagnosis rules both use these constants, so a typo cannot turn a rule off unnoticed; the
// strings are what JSON reports and saved sessions carry.
namespace FindingOutcome {
// network probes
inline constexpr QLatin1String Connected{"connected"};
inline constexpr QLatin1String Refused{"refused"};
inline constexpr QLatin1String Timeout{"timeout"};
inline constexpr QLatin1String Unreachable{"unreachable"};
inline constexpr QLatin1String Resolve{"resolve"};
inline constexpr QLatin1String Healthy{"healthy"};
inline constexpr QLatin1String BadStatus{"bad-status"};
inline constexpr QLatin1String Slow{"slow"};
inline constexpr QLatin1String Reset{"reset"};
inline constexpr QLatin1String Tls{"tls"};
inline constexpr QLatin1String Protocol{"protocol"};
inline constexpr QLatin1String Answered{"answered"};
inline constexpr QLatin1String NoAnswer{"no-answer"};
inline constexpr QLatin1String Reply{"reply"};
// firewalls and security groups
inline constexpr QLatin1String Allowed{"allowed"};
inline constexpr QLatin1String Drop{"drop"};
inline constexpr QLatin1String Reject{"reject"};
inline constexpr QLatin1String Blocked{"blocked"}; // blocked, the action not known
// the listening socket
inline constexpr QLatin1String Listening{"listening"};
inline constexpr QLatin1String NotListening{"not-listening"};
inline constexpr QLatin1String LoopbackOnly{"loopback-only"};
inline constexpr QLatin1String WrongAddress{"wrong-address"};
// load
inline constexpr QLatin1String Normal{"normal"};
inline constexpr QLatin1String High{"high"};
// a packet capture on the backend
inline constexpr QLatin1String NoPackets{"no-packets"};
inline constexpr QLatin1String Icmp{"icmp"};
inline constexpr QLatin1String Unreadable{"unreadable"};
inline constexpr QLatin1String Mixed{"mixed"};
// a watch over time
inline constexpr QLatin1String Steady{"steady"};
inline constexpr QLatin1String Intermittent{"intermittent"};
inline constexpr QLatin1String Flapping{"flapping"};
inline constexpr QLatin1String Down{"down"};
// the load balancer's own status and settings
inline constexpr QLatin1String Failed{"failed"};
inline constexpr QLatin1String Unhealthy{"unhealthy"};
inline constexpr QLatin1String CheckPort{"check-port"};
inline constexpr QLatin1String NoHost{"no-host"};
inline constexpr QLatin1String Method{"method"};
inline constexpr QLatin1String CodesRedirect{"codes-redirect"};
} // namespace FindingOutcome
