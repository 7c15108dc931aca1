#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// firewalld's predefined services and their ports ("80/tcp"), from resources/data/firewalld-services.json.
namespace FirewalldServices {
// The ports of a service; nullopt when LB Doctor does not know the service.
std::optional<QStringList> portsOf(const QString &service);
} // namespace FirewalldServices
