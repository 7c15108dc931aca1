#pragma once

#include <QHash>
#include <QString>

// The shells a command is shown for; each quotes differently.
enum class Shell { Posix, Cmd, PowerShell };

namespace ShellQuote {
QString quote(Shell shell, const QString &argument);
// Replaces {name} placeholders with quoted values. Unknown placeholders stay as they are, so a
// template error is visible instead of silently producing a wrong command.
QString expand(Shell shell, const QString &templ, const QHash<QString, QString> &values);
} // namespace ShellQuote
