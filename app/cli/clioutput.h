#pragma once

#include <QString>

class QCommandLineParser;

// stdout/stderr in UTF-8 for the command line. Exit codes per DESIGN.md.
namespace CliOutput {
enum ExitCode { NothingFailed = 0, ProblemFound = 1, BadUsage = 2 };
void out(const QString &text);
void err(const QString &text);
// Prints "lbdoctor-cli: <message>" (and a hint) to stderr and returns BadUsage.
int usageError(const QString &message, const QString &hint = {});
// --help and --lang, which every command accepts.
void addCommonOptions(QCommandLineParser &parser);
}
