#pragma once

#include <QString>

struct Finding;
struct Session;

// Plain-text renderings for a terminal: status words and symbols, never colour alone.
namespace TextFormat {
QString session(const Session &session);
QString finding(const Finding &finding); // one finding with evidence, fix and commands
// One row of the check table: status symbol and word, step, time, summary (no trailing newline).
QString findingRow(const Finding &finding);
}
