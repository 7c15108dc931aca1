#pragma once

#include <QHostAddress>
#include <QObject>

struct Target;

// The backend address a probe connects to: the validated literal, or a host name looked up
// asynchronously. Always answers on a later turn of the event loop, exactly once unless cancelled.
class TargetResolver : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~TargetResolver() override;
    void resolve(const Target &target);
    void cancel();

signals:
    void resolved(const QHostAddress &address);
    void failed(const QString &message);

private:
    int m_lookupId = -1;
    bool m_cancelled = false;
};
