#include "listener.h"

QString listenerId(Listener listener)
{
    switch (listener) {
    case Listener::Tcp: return QStringLiteral("tcp");
    case Listener::Udp: return QStringLiteral("udp");
    case Listener::Http: return QStringLiteral("http");
    case Listener::Https: return QStringLiteral("https");
    }
    return {};
}

std::optional<Listener> listenerFromId(QStringView id)
{
    for (Listener l : {Listener::Tcp, Listener::Udp, Listener::Http, Listener::Https}) {
        if (id.compare(listenerId(l), Qt::CaseInsensitive) == 0)
            return l;
    }
    return std::nullopt;
}
