#include "clioutput.h"

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

} // namespace CliOutput
