#include "groupsession.h"

#include "core/plan.h"

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
        if (!m.evidence.source.isEmpty())
            o.insert(QStringLiteral("evidenceSource"), m.evidence.source);
        if (!m.evidence.notes.isEmpty())
            o.insert(QStringLiteral("evidenceNotes"), QJsonArray::fromStringList(m.evidence.notes));
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
    if (!evidenceProblems.isEmpty())
        out.insert(QStringLiteral("evidenceProblems"), QJsonArray::fromStringList(evidenceProblems));
    if (!evidence.isEmpty()) {
        Session shared;
        shared.context = context;
        shared.evidence = evidence;
        out.insert(QStringLiteral("shared"), shared.toJson());
    }
    if (startedAt.isValid())
        out.insert(QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs));
    return out;
}

QStringList GroupSession::evidenceLines(int maxLines) const
{
    int own = 0;
    QStringList lines = evidenceProblems;
    for (const GroupMember &m : members) {
        own += m.evidence.source.isEmpty() ? 0 : 1;
        for (const QString &n : m.evidence.notes)
            lines << GroupSession::tr("%1: %2").arg(m.row.label(), n);
    }
    if (own == 0 && lines.isEmpty())
        return {};
    const qsizetype more = lines.size() - maxLines;
    if (more > 0) {
        lines = lines.mid(0, maxLines);
        lines << GroupSession::tr("... and %1 more (in the JSON report)").arg(more);
    }
    lines.prepend(
        GroupSession::tr(
            "Evidence from the backends themselves: %1 of %2 (bundle or ssh); the others' backend steps are NOT RUN")
            .arg(own)
            .arg(members.size()));
    return lines;
}

bool GroupSession::looksLikeGroup(const QJsonObject &object)
{
    return object.value(QStringLiteral("backends")).isArray();
}

namespace {
// The plan a group of this context ran: the probe plan, plus a step for every finding or shared
// evidence it does not hold (the imported status, a security group, a backend's bundle).
QList<Step> planFor(const RunContext &context, const QList<GroupMember> &members, const QStringList &evidenceSteps)
{
    QList<Step> plan = Plan::build(context.variant, context.target.listener, RunMode::Probe);
    QStringList extras = evidenceSteps;
    for (const GroupMember &m : members) {
        for (const Finding &f : m.findings)
            extras << f.step;
    }
    extras.removeDuplicates();
    for (const QString &id : std::as_const(extras)) {
        if (!Step::isKnown(id) || std::any_of(plan.cbegin(), plan.cend(), [&](const Step &s) { return s.id == id; }))
            continue;
        Step extra;
        extra.id = id;
        extra.side = Step::sideOf(id);
        extra.source = StepSource::Paste;
        plan << extra;
    }
    return plan;
}
} // namespace

Result<GroupSession> GroupSession::fromJson(const QJsonObject &object, const ProfileStore &profiles)
{
    const QJsonArray backends = object.value(QStringLiteral("backends")).toArray();
    if (backends.isEmpty())
        return Error{GroupSession::tr("the group holds no backend (\"backends\" is empty)")};
    GroupSession g;
    for (qsizetype i = 0; i < backends.size(); ++i) {
        const QJsonObject o = backends[i].toObject();
        const auto s = Session::fromJson(o, profiles);
        if (!s)
            return Error{GroupSession::tr("backends[%1]: %2").arg(i).arg(s.error())};
        GroupMember m;
        m.context = s->context;
        m.findings = s->findings;
        m.row.address = s->context.target.address;
        m.row.port = s->context.target.port;
        m.row.checkPort = s->context.target.checkPort;
        m.row.ownCheckPort = m.row.checkPort != m.row.port;
        m.row.name = o.value(QStringLiteral("name")).toString();
        m.row.line = o.value(QStringLiteral("line")).toInt();
        m.state = o.value(QStringLiteral("verdict")).toString() == QStringLiteral("unchecked")
            ? GroupMember::State::Stopped
            : GroupMember::State::Done;
        m.evidence.source = o.value(QStringLiteral("evidenceSource")).toString();
        for (const QJsonValue &n : o.value(QStringLiteral("evidenceNotes")).toArray())
            m.evidence.notes << n.toString();
        if (i == 0) {
            g.context = s->context;
            g.startedAt = s->startedAt;
        }
        g.members << m;
    }
    if (const QJsonValue shared = object.value(QStringLiteral("shared")); shared.isObject()) {
        const auto s = Session::fromJson(shared.toObject(), profiles);
        if (!s)
            return Error{GroupSession::tr("shared evidence: %1").arg(s.error())};
        g.evidence = s->evidence;
    }
    if (const QDateTime started =
            QDateTime::fromString(object.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
        started.isValid())
        g.startedAt = started;
    g.plan = planFor(g.context, g.members, g.evidence.keys());
    g.elapsedMs = object.value(QStringLiteral("elapsedMs")).toInteger();
    g.concurrency = object.value(QStringLiteral("concurrency")).toInt();
    for (const QJsonValue &p : object.value(QStringLiteral("targetProblems")).toArray())
        g.targetProblems << p.toString();
    for (const QJsonValue &p : object.value(QStringLiteral("evidenceProblems")).toArray())
        g.evidenceProblems << p.toString();
    g.answer = GroupAnalysis::analyze(g.members, g.context.target.listener);
    return g;
}
