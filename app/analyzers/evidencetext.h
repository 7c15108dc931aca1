#pragma once

#include "core/finding.h"
#include "core/runcontext.h"
#include "core/shellquote.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Shared handling of pasted command output for the backend-side analyzers (sockets, routes,
// tcpwrappers, sysctl, load): line splitting that survives CRLF and NUL bytes, a binary check,
// and the "this looks like another step's output" explanation for a wrong paste.
namespace EvidenceText {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceText)
};

// Lines without their terminators (LF, CRLF or lone CR), trailing spaces removed.
QStringList lines(QStringView text);

// True when the text is mostly not printable text: a binary file, a core dump, a wrong encoding.
bool looksBinary(QStringView text);

// True for a "# ..." comment line: fixtures and annotated pastes start with one, and no command
// output these analyzers read begins a line with '#'.
inline bool isComment(const QString &line)
{
    return line.trimmed().startsWith(QLatin1Char('#'));
}

// The text without leading comment lines (for formats such as JSON that cannot skip them).
QString withoutLeadingComments(QStringView text);

// Whitespace-separated fields of a line (split at runs of ASCII whitespace, as the regex \s+ does).
QStringList fields(const QString &line);

// What recognize() looks at: the first 64 KB, cut after the last whole line. Routing a paste asks
// every analyzer, so recognizing must not cost a full parse of a 10 MB paste; a format shows in
// its first thousand lines. Smaller texts are returned whole.
QStringView recognitionHead(QStringView text);

// When another analyzer (of another kind) recognizes the text, an "unknown, because this looks
// like ... output" summary; empty otherwise. `context` names the translation context.
QString wrongPaste(QStringView text, const QString &ownKind);

// The common "unknown" finding for input the analyzer cannot use: binary, wrong paste, or
// `reason` (already a full "unknown, because ..." sentence).
Finding unreadable(const QString &step, const QString &kind, QStringView text, const QString &reason);

// True for the "$ command", "[stderr] ..." and "[exit code N]" lines the local collector writes
// around each command's output in a finding's raw text; analyzers skip them when they re-read it.
bool isCollectorNote(const QString &line);

// The profile's fix text for a step (empty when it has none) and its command templates for
// `shell`, expanded with the run's values and quoted for that shell.
QString guidanceFix(const RunContext &context, const QString &step);
QStringList guidanceCommands(const RunContext &context, const QString &step, Shell shell);
// The analyzer's own advice in `fix`, followed by the profile's fix text for the finding's step.
void appendGuidanceFix(Finding &finding, const RunContext &context);

} // namespace EvidenceText
