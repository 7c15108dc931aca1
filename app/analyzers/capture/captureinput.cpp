#include "captureinput.h"

#include "capturefile.h"

#include "core/textdecode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <cstdio>

namespace CaptureInput {

bool load(const QString &fileName, qint64 maxTextBytes, Evidence *out, QString *error)
{
    QFile file;
    const bool fromStdin = fileName == QStringLiteral("-");
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(fileName), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = QCoreApplication::translate("CaptureInput", "cannot read %1: %2").arg(fileName, file.errorString());
        return false;
    }
    QByteArray head = file.read(4);
    out->kind = QStringLiteral("capture");
    out->origin = fileName;
    if (CaptureFile::sniff(head) == CaptureFile::Format::Text) {
        QByteArray bytes = head + file.read(maxTextBytes + 1 - head.size());
        if (bytes.size() > maxTextBytes) {
            *error = QCoreApplication::translate("CaptureInput", "%1 is larger than %2 MB of text; save the capture with `tcpdump -w FILE` and pass the file instead")
                         .arg(fileName)
                         .arg(maxTextBytes / (1024 * 1024));
            return false;
        }
        out->text = TextDecode::decode(bytes);
        error->clear();
        return true;
    }
    if (!fromStdin) {
        out->file = fileName;
        error->clear();
        return true;
    }
    // libpcap reads files; a stream is spooled to disk, a megabyte at a time. The temporary file
    // lives as long as the application.
    auto *spool = new QTemporaryFile(QDir::tempPath() + QStringLiteral("/lbdoctor-capture-XXXXXX.pcap"), QCoreApplication::instance());
    if (!spool->open()) {
        *error = QCoreApplication::translate("CaptureInput", "cannot spool the capture from standard input to a temporary file: %1").arg(spool->errorString());
        delete spool;
        return false;
    }
    spool->write(head);
    while (true) {
        const QByteArray chunk = file.read(1024 * 1024);
        if (chunk.isEmpty())
            break;
        if (spool->write(chunk) != chunk.size()) {
            *error = QCoreApplication::translate("CaptureInput", "cannot spool the capture from standard input to a temporary file: %1").arg(spool->errorString());
            return false;
        }
    }
    spool->flush();
    out->file = spool->fileName();
    out->origin = QCoreApplication::translate("CaptureInput", "standard input");
    error->clear();
    return true;
}

} // namespace CaptureInput
