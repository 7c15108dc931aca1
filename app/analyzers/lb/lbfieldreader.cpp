#include "lbfieldreader.h"
#include "lbimport.h" // the "LbImport" translation context

#include <QCoreApplication>
#include <QJsonValue>

LbFieldReader::LbFieldReader(const QJsonObject &object, const QString &prefix) : m_object(object), m_prefix(prefix) { }

bool LbFieldReader::has(const QString &name) const
{
    const QJsonValue v = m_object.value(name);
    return !v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().isEmpty());
}

QString LbFieldReader::string(const QString &name) const
{
    const QJsonValue v = m_object.value(name);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

std::optional<int> LbFieldReader::integer(const QString &name, int min, int max)
{
    if (!has(name))
        return std::nullopt;
    const QJsonValue v = m_object.value(name);
    bool ok = false;
    double number = 0;
    if (v.isDouble()) {
        number = v.toDouble();
        ok = true;
    } else if (v.isString()) {
        number = v.toString().trimmed().toDouble(&ok);
    }
    if (!ok || number != double(qint64(number))) {
        fail(LbImport::Tr::tr("%1 must be a whole number, got \"%2\"").arg(field(name), string(name).left(40)));
        return std::nullopt;
    }
    if (number < min || number > max) {
        fail(LbImport::Tr::tr("%1 must be %2-%3, got %4").arg(field(name)).arg(min).arg(max).arg(qint64(number)));
        return std::nullopt;
    }
    return int(number);
}

void LbFieldReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}
