#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Chooses LB Doctor's language: --lang wins, then the system locale; English is the source.
namespace Translation {
// Loads LB Doctor's and Qt's own translations for `language` ("zh_CN", "en", or empty for the
// system locale) and makes profile texts follow. Returns the language in use.
QString install(QCoreApplication &app, const QString &language);
// The value of --lang=X / --lang X in raw arguments, read before the command line is parsed
// so that the parser's own messages are translated too.
QString requestedLanguage(const QStringList &arguments);
QStringList available(); // "en", "zh_CN", ...
} // namespace Translation
