#include "targetresolver.h"

#include "core/target.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QTimer>

TargetResolver::~TargetResolver()
{
    cancel();
}

void TargetResolver::resolve(const Target &target)
{
    m_cancelled = false;
    if (!target.needsResolution()) {
        QTimer::singleShot(0, this, [this, address = target.address] {
            if (!m_cancelled)
                emit resolved(address);
        });
        return;
    }
    const QString host = target.host;
    if (host.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            if (!m_cancelled)
                emit failed(TargetResolver::tr("no backend address was given"));
        });
        return;
    }
    m_lookupId = QHostInfo::lookupHost(host, this, [this, host](const QHostInfo &info) {
        m_lookupId = -1;
        if (m_cancelled)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            emit failed(TargetResolver::tr("cannot resolve \"%1\": %2").arg(host, info.errorString()));
            return;
        }
        emit resolved(info.addresses().constFirst());
    });
}

void TargetResolver::cancel()
{
    m_cancelled = true;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
}
