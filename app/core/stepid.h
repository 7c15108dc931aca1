#pragma once

#include <QLatin1String>

// The steps of the providers' procedures, by the ids JSON, the CLI and profiles use. Code names a
// step through these constants, so a misspelt id is a compile error rather than a rule that
// silently never matches. Step (step.h) holds what is known about each.
namespace StepId {
inline constexpr QLatin1String Secgroup{"secgroup"};
inline constexpr QLatin1String Firewall{"firewall"};
inline constexpr QLatin1String Listening{"listening"};
inline constexpr QLatin1String Tcp{"tcp"};
inline constexpr QLatin1String Http{"http"};
inline constexpr QLatin1String Udp{"udp"};
inline constexpr QLatin1String Icmp{"icmp"};
inline constexpr QLatin1String TcpWrappers{"tcpwrappers"};
inline constexpr QLatin1String Route{"route"};
inline constexpr QLatin1String Sysctl{"sysctl"};
inline constexpr QLatin1String Load{"load"};
inline constexpr QLatin1String Bandwidth{"bandwidth"};
inline constexpr QLatin1String Capture{"capture"};
inline constexpr QLatin1String LbConfig{"lbconfig"};
inline constexpr QLatin1String LbStatus{"lbstatus"};
inline constexpr QLatin1String Watch{"watch"};
} // namespace StepId
