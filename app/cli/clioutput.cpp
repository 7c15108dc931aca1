#include "clioutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace CliOutput {

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
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
                                        QCoreApplication::translate("CliOutput", "Language of the output: en, zh_CN (default: the system's)."),
                                        QStringLiteral("LANG")));
}

} // namespace CliOutput
