#pragma once

#include <QString>

struct GroupSession;

// A group check for a terminal: one row per backend with a status per step and its verdict, then
// the groups with what they share and their root cause once each, then the group's verdict.
namespace GroupText {
QString render(const GroupSession &group);
}
