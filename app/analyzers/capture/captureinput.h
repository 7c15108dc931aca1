#pragma once

#include "core/result.h"
#include "core/runcontext.h"

#include <QCoreApplication>
#include <QString>

// Turns a file name (or "-" for standard input) into capture evidence, detected by content: a
// pcap or pcapng file stays a file the analyzer streams (standard input is spooled to a
// temporary file first, never held in memory); anything else is tcpdump text.
namespace CaptureInput {

// The translation context of this namespace's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CaptureInput)
};

Result<Evidence> load(const QString &fileName, qint64 maxTextBytes);
} // namespace CaptureInput
