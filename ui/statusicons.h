#pragma once

#include "core/status.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

// The step states a user sees, each with its own SVG shape and glyph so that no state relies on
// colour alone: a check in a circle, a cross in an octagon, "!" in a triangle, "?" in a diamond,
// a circular arrow, an empty dashed circle.
namespace StatusIcons {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StatusIcons)
};

enum class State { Pass, Fail, Warn, Unknown, Running, NotRun };

State stateOf(Status status); // Skip is shown as "not run": the step produced no evidence
QIcon icon(State state);
QIcon icon(Status status);
QString resourcePath(State state);
QString word(State state); // translated, for accessible names and tooltips
// "UNKNOWN: because ..." from a summary "unknown, because ...": the word once, then the text.
QString label(State state, const QString &text);
QString label(Status status, const QString &text);
} // namespace StatusIcons
