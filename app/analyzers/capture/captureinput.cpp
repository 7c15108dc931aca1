#include "captureinput.h"

#include "capturefile.h"

#include "core/textdecode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <cstdio>

namespace CaptureInput {

Result<Evidence> load(const QString &fileName, qint64 maxTextBytes)
{
    QFile file;
    const bool fromStdin = fileName == QStringLiteral("-");
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly)
                                  : (file.setFileName(fileName), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error{CaptureInput::Tr::tr("cannot read %1: %2").arg(fileName, file.errorString())};
    QByteArray head = file.read(4);
    Evidence out;
    out.kind = QStringLiteral("capture");
    out.origin = fileName;
    if (CaptureFile::sniff(head) == CaptureFile::Format::Text) {
        QByteArray bytes = head + file.read(maxTextBytes + 1 - head.size());
        if (bytes.size() > maxTextBytes) {
            return Error{
                CaptureInput::Tr::tr(
                    "%1 is larger than %2 MB of text; save the capture with `tcpdump -w FILE` and pass the file instead")
                    .arg(fileName)
                    .arg(maxTextBytes / (1024 * 1024))};
        }
        out.text = TextDecode::decode(bytes);
        return out;
    }
    if (!fromStdin) {
        out.file = fileName;
        return out;
    }
    // libpcap reads files; a stream is spooled to disk, a megabyte at a time. The temporary file
    // lives as long as the application.
    auto *spool = new QTemporaryFile(QDir::tempPath() + QStringLiteral("/lbdoctor-capture-XXXXXX.pcap"),
                                     QCoreApplication::instance());
    if (!spool->open()) {
        const QString problem = spool->errorString();
        delete spool;
        return Error{
            CaptureInput::Tr::tr("cannot spool the capture from standard input to a temporary file: %1").arg(problem)};
    }
    spool->write(head);
    while (true) {
        const QByteArray chunk = file.read(1024 * 1024);
        if (chunk.isEmpty())
            break;
        if (spool->write(chunk) != chunk.size())
            return Error{CaptureInput::Tr::tr("cannot spool the capture from standard input to a temporary file: %1")
                             .arg(spool->errorString())};
    }
    spool->flush();
    out.file = spool->fileName();
    out.origin = CaptureInput::Tr::tr("standard input");
    return out;
}

} // namespace CaptureInput
