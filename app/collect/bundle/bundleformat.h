#pragma once

#include <QLatin1StringView>

// The markers a collection bundle prints, shared by BundleScript (which writes them) and
// BundleParser (which reads them). Every marker line carries a token drawn when the script runs,
// so a command's output cannot forge a marker the parser would accept.
//
//   === LBDOCTOR BUNDLE <token> v=1 os=linux host=web-1 user=ec2-user uid=1000 sudo=yes|password|absent|root ===
//   === LBDOCTOR BEGIN <token> n=3 step=firewall kind=iptables root=needed|no as=root|sudo|user host=web-1 ===
//   $ iptables-save
//   ...output; stderr lines start with "[stderr] "; a cut reads "[LB Doctor cut N lines here ...]"...
//   === LBDOCTOR END <token> n=3 exit=0 ===           (exit=127: not installed; timeout=yes: stopped)
//   === LBDOCTOR DONE <token> sections=9 ===
namespace BundleFormat {
inline constexpr QLatin1StringView markerPrefix{"=== LBDOCTOR "};
inline constexpr QLatin1StringView markerSuffix{" ==="};
inline constexpr QLatin1StringView stderrPrefix{"[stderr] "};
inline constexpr QLatin1StringView cutNotePrefix{"[LB Doctor cut "};
inline constexpr QLatin1StringView notInstalled{"[not installed]"};
inline constexpr int version = 1;
} // namespace BundleFormat
