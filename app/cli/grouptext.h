#pragma once

#include <QCoreApplication>
#include <QString>

struct GroupSession;

// A group check for a terminal: one row per backend with a status per step and its verdict, then
// the groups with what they share and their root cause once each, then the group's verdict.
namespace GroupText {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GroupText)
};

QString render(const GroupSession &group);
} // namespace GroupText
