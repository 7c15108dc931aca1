#pragma once

#include <QCoreApplication>
#include <QString>

struct Finding;
struct Session;

// Plain-text renderings for a terminal: status words and symbols, never colour alone.
namespace TextFormat {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextFormat)
};

QString session(const Session &session);
QString finding(const Finding &finding); // one finding with evidence, fix and commands
// One row of the check table: status symbol and word, step, time, summary (no trailing newline).
QString findingRow(const Finding &finding);

// Terminal columns `text` takes: East Asian Wide and Fullwidth characters (CJK, Hangul, fullwidth
// forms, most emoji) take two, combining marks and format characters none, everything else one.
int displayWidth(QStringView text);
// `text` padded with spaces to `columns` terminal columns (never truncated), for aligned tables.
QString padRight(const QString &text, int columns);
QString padLeft(const QString &text, int columns);
} // namespace TextFormat
