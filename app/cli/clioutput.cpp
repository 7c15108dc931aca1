#include "clioutput.h"

#include "terminaltext.h"

#include "core/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace CliOutput {

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void out(const QString &text)
{
    write(stdout, TerminalText::escaped(text));
}

void err(const QString &text)
{
    write(stderr, TerminalText::escaped(text));
}

void statusLine(const QString &line)
{
    write(stderr, QStringLiteral("\r") + TerminalText::escaped(line) + QStringLiteral("\x1b[K"));
}

int usageError(const QString &message, const QString &hint)
{
    err(QStringLiteral("lbdoctor-cli: ") + message + QLatin1Char('\n'));
    if (!hint.isEmpty())
        err(hint + QLatin1Char('\n'));
    return BadUsage;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
                                        CliOutput::Tr::tr("Language of the output: en, zh_CN (default: the system's)."),
                                        QStringLiteral("LANG")));
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &command)
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), CliOutput::Tr::tr("see lbdoctor-cli %1 --help").arg(command));
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return NothingFailed;
    }
    if (parser.positionalArguments().size() > 1)
        return usageError(CliOutput::Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)));
    return std::nullopt;
}

void loadProfiles(ProfileStore &store)
{
    store.loadAll();
    for (const QString &problem : store.errors())
        err(CliOutput::Tr::tr("warning: profile not loaded: %1\n").arg(problem));
}

} // namespace CliOutput
