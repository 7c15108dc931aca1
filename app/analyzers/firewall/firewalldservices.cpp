#include "firewalldservices.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QHash<QString, QStringList> load()
{
    QHash<QString, QStringList> out;
    QFile file(QStringLiteral(":/data/firewalld-services.json"));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QJsonObject services =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("services")).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        QStringList ports;
        for (const QJsonValue &v : it.value().toArray())
            ports << v.toString();
        out.insert(it.key(), ports);
    }
    return out;
}

} // namespace

namespace FirewalldServices {

std::optional<QStringList> portsOf(const QString &service)
{
    // Loaded once; a function-local static is initialised thread-safely.
    static const QHash<QString, QStringList> table = load();
    const auto it = table.constFind(service);
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace FirewalldServices
