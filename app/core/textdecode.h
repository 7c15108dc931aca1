#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

// Decodes saved command output as it arrives from customers: UTF-8, or UTF-16 with a BOM (what
// PowerShell's `>` writes), with invalid bytes replaced rather than rejected.
namespace TextDecode {
QString decode(const QByteArray &bytes);
// Reads a file or "-" for standard input, refusing more than maxBytes.
Result<QString> readFile(const QString &fileName, qint64 maxBytes);
}
