#pragma once

// Files under tests/fixtures/<family>/. A missing or unreadable fixture stops the test with its
// path: read as empty text, it would turn a renamed file into a silently passing "empty input" row.

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace Fixtures {

inline QString path(const QString &relative)
{
    const QString file = QStringLiteral(LBDOCTOR_FIXTURES_DIR "/") + relative;
    if (!QFileInfo(file).isFile())
        qFatal("missing fixture %s", qPrintable(file));
    return file;
}

inline QByteArray bytes(const QString &relative)
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
    return file.readAll();
}

inline QString text(const QString &relative)
{
    return QString::fromUtf8(bytes(relative));
}

} // namespace Fixtures
