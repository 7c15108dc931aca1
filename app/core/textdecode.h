#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

// Decodes saved command output as it arrives from customers: UTF-8, or UTF-16 with a BOM (what
// PowerShell's `>` writes), with invalid bytes replaced rather than rejected.
namespace TextDecode {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextDecode)
};

QString decode(const QByteArray &bytes);
// Reads a file or "-" for standard input, refusing more than maxBytes.
Result<QString> readFile(const QString &fileName, qint64 maxBytes);
} // namespace TextDecode
