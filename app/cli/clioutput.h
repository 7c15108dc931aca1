#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class ProfileStore;
class QCommandLineParser;

// stdout/stderr in UTF-8 for the command line. Exit codes per docs/cli.md.
namespace CliOutput {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)
};

enum ExitCode { NothingFailed = 0, ProblemFound = 1, BadUsage = 2 };
// Both escape control characters (TerminalText::escaped): nothing from a backend, a file or a
// server's answer writes raw escape sequences to the terminal.
void out(const QString &text);
void err(const QString &text);
// A live status line on stderr, redrawn in place ("\r", the line, erase to its end); an empty
// line clears it. The only place lbdoctor-cli writes terminal controls of its own.
void statusLine(const QString &line);
// Prints "lbdoctor-cli: <message>" (and a hint) to stderr and returns BadUsage.
int usageError(const QString &message, const QString &hint = {});
// --help and --lang, which every command accepts.
void addCommonOptions(QCommandLineParser &parser);
// Parses one command's arguments, the command's own name being the only positional argument: a
// parse error or a stray argument gives BadUsage, --help prints the help and gives NothingFailed.
// nullopt: the command goes on.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &command);
// Loads the installed profiles; each one that failed to load is named on stderr as a warning.
void loadProfiles(ProfileStore &store);
} // namespace CliOutput
