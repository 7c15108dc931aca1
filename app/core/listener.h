#pragma once

#include <QString>

#include <optional>

// The load balancer listener protocol; decides which health check the load balancer sends.
enum class Listener { Tcp, Udp, Http, Https };

QString listenerId(Listener listener); // "tcp", "udp", "http", "https"
std::optional<Listener> listenerFromId(QStringView id);
inline bool isHttpListener(Listener l)
{
    return l == Listener::Http || l == Listener::Https;
}
// Transport protocol the health check travels over: "tcp" or "udp".
inline QString transportOf(Listener l)
{
    return l == Listener::Udp ? QStringLiteral("udp") : QStringLiteral("tcp");
}
