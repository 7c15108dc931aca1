#include "textdecode.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <cstdio>

namespace TextDecode {

QString decode(const QByteArray &bytes)
{
    auto encoding = QStringConverter::encodingForData(bytes);
    if (!encoding) {
        // UTF-16 without a BOM: every other byte of ASCII text is zero.
        int zerosOdd = 0;
        const qsizetype n = std::min<qsizetype>(bytes.size(), 512);
        for (qsizetype i = 1; i < n; i += 2)
            zerosOdd += bytes[i] == 0;
        encoding = (n > 8 && zerosOdd * 4 > n) ? QStringConverter::Utf16LE : QStringConverter::Utf8;
    }
    QStringDecoder decoder(*encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

Result<QString> readFile(const QString &fileName, qint64 maxBytes)
{
    QFile file;
    bool opened = false;
    if (fileName == QStringLiteral("-"))
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(fileName);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        return Error{TextDecode::Tr::tr("cannot read %1: %2").arg(fileName, file.errorString())};
    }
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        return Error{TextDecode::Tr::tr("%1 is larger than %2 MB; cut it to the relevant part")
                         .arg(fileName)
                         .arg(maxBytes / (1024 * 1024))};
    }
    return decode(bytes);
}

} // namespace TextDecode
