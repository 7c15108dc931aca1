#pragma once

#include <QObject>
#include <QStringList>

// A command that runs on the event loop and reports its exit code once (check, demo).
class AsyncCommand : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Returns -1 when the work started (done() follows), else an exit code right away.
    virtual int start(const QStringList &arguments) = 0;

signals:
    void done(int exitCode);
};

// `demo` registers itself when the probes and the demo backend are built in.
namespace AsyncCommands {
using Factory = AsyncCommand *(*)(QObject *parent);
bool setDemo(Factory factory);
Factory demo();
} // namespace AsyncCommands
