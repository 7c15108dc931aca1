#include "groupsession.h"

#include <QJsonArray>

GroupSession GroupSession::fromRun(const GroupRunner &runner, const QDateTime &startedAt)
{
    GroupSession g;
    g.context = runner.baseContext();
    g.plan = runner.plan();
    g.startedAt = startedAt;
    g.elapsedMs = runner.elapsedMs();
    g.concurrency = runner.concurrency();
    g.members = runner.members();
    g.answer = GroupAnalysis::analyze(g.members, g.context.target.listener);
    return g;
}

Session GroupSession::sessionFor(int index) const
{
    Session s;
    const GroupMember &m = members.at(index);
    s.context = m.context;
    s.startedAt = startedAt;
    s.findings = m.findings;
    s.evidence = evidence;
    return s;
}

QStringList GroupSession::tableSteps() const
{
    QStringList steps;
    for (const Step &step : plan) {
        bool show = step.source == StepSource::Probe;
        for (int i = 0; !show && i < members.size(); ++i) {
            for (const Finding &f : members.at(i).findings)
                show = show || (f.step == step.id && f.status != Status::Skip);
        }
        if (show)
            steps << step.id;
    }
    return steps;
}

QJsonObject GroupSession::toJson() const
{
    QJsonArray backends;
    for (int i = 0; i < members.size(); ++i) {
        const GroupMember &m = members.at(i);
        Session s = sessionFor(i);
        s.evidence.clear(); // the shared evidence once for the group, not once per backend
        QJsonObject o = s.toJson();
        // The check object says nothing about the group's own view of the backend.
        if (!m.row.name.isEmpty())
            o.insert(QStringLiteral("name"), m.row.name);
        if (m.row.line > 0)
            o.insert(QStringLiteral("line"), m.row.line);
        if (!answer.backends.value(i).checked)
            o.insert(QStringLiteral("verdict"), QStringLiteral("unchecked"));
        backends << o;
    }
    QJsonObject out{{QStringLiteral("tool"), toolJson()},
                    {QStringLiteral("backends"), backends},
                    {QStringLiteral("groups"), answer.groupsJson(members)},
                    {QStringLiteral("verdict"), verdictId(answer.verdict)},
                    {QStringLiteral("summary"), answer.headline},
                    {QStringLiteral("counts"),
                     QJsonObject{{QStringLiteral("total"), answer.total},
                                 {QStringLiteral("failing"), answer.failing},
                                 {QStringLiteral("healthy"), answer.healthy}}},
                    {QStringLiteral("concurrency"), concurrency},
                    {QStringLiteral("elapsedMs"), elapsedMs}};
    if (!targetProblems.isEmpty())
        out.insert(QStringLiteral("targetProblems"), QJsonArray::fromStringList(targetProblems));
    return out;
}
