#pragma once

#include "core/finding.h"
#include "core/runcontext.h"
#include "core/step.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class Runner;

// What one backend's run needs, copied to the thread that runs it.
struct MemberRun
{
    int index = 0;
    quint64 generation = 0; // which start() of the group: late reports of an earlier one are dropped
    RunContext context;
    QList<Step> plan;
    QHash<QString, Evidence> evidence; // shared by the group
    QList<Finding> given; // the backend's own evidence, already judged
    QSet<QString> probeSteps;
};

// Runs backends' Runners on the thread this object lives on and reports each probe's end and each
// backend's findings. GroupRunner keeps one on its own thread, or spreads a large group over a
// few, one thread each: the bound on connections stays GroupRunner's alone.
class GroupLane : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~GroupLane() override;

    void launch(const MemberRun &run);
    // Stops every backend in flight; each still reports what it found so far (completed false).
    void cancelAll();

signals:
    void probeFinished(int index, quint64 generation);
    void backendDone(int index, quint64 generation, const QList<Finding> &findings, qint64 elapsedMs, bool completed);

private:
    struct Running
    {
        Runner *runner = nullptr;
        quint64 generation = 0;
    };
    void finish(int index, bool completed);

    QHash<int, Running> m_running;
};
