#include "groupanalysis.h"

#include "core/status.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace {

const Finding *findingFor(const GroupMember &m, const QString &step)
{
    for (const Finding &f : m.findings) {
        if (f.step == step)
            return &f;
    }
    return nullptr;
}

bool connected(const GroupMember &m)
{
    const Finding *tcp = findingFor(m, QStringLiteral("tcp"));
    return tcp && tcp->outcome == QStringLiteral("connected");
}

// What a backend's checks came to, as a key equal for backends that fail the same way.
QString signatureOf(const GroupMember &m, const BackendAnswer &a)
{
    if (!a.checked)
        return QStringLiteral("unchecked");
    if (a.verdict == Verdict::Healthy)
        return QStringLiteral("healthy");
    if (a.verdict == Verdict::Inconclusive || !a.rootCause)
        return QStringLiteral("inconclusive");
    const Finding &f = m.findings.at(*a.rootCause);
    QString outcome = f.outcome.isEmpty() ? statusId(f.status) : f.outcome;
    if (f.step == QStringLiteral("http") && outcome == QStringLiteral("timeout") && connected(m))
        outcome = QStringLiteral("hang");
    QString key = f.step + QLatin1Char(':') + outcome;
    if (outcome == QStringLiteral("bad-status") || outcome == QStringLiteral("slow"))
        key += QLatin1Char(':') + QString::number(GroupAnalysis::statusCode(f));
    if (f.step == QStringLiteral("tcp") || f.step == QStringLiteral("http") || f.step == QStringLiteral("udp"))
        key += QLatin1Char('@') + QString::number(m.context.target.checkPort);
    return key;
}

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString codesText(QList<int> codes)
{
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    QStringList parts;
    for (int c : std::as_const(codes))
        parts << QString::number(c);
    return parts.join(QLatin1Char('/'));
}

// What all members of a group do, as a verb phrase for one backend or for several.
QString behaviourOf(const QString &signature, const QList<int> &members, const QList<GroupMember> &all, bool plural)
{
    const GroupMember &first = all.at(members.constFirst());
    const int port = first.context.target.checkPort;
    const int timeout = first.context.timeoutMs;
    const QString step = signature.section(QLatin1Char(':'), 0, 0);
    const QString outcome = signature.section(QLatin1Char(':'), 1, 1).section(QLatin1Char('@'), 0, 0);
    if (signature == QStringLiteral("healthy")) {
        QList<qint64> ms;
        QList<int> codes;
        bool http = false;
        for (int i : members) {
            if (const Finding *f = findingFor(all.at(i), QStringLiteral("http"))) {
                http = true;
                if (const int code = GroupAnalysis::statusCode(*f))
                    codes << code;
                ms << f->durationMs;
            } else if (const Finding *t = findingFor(all.at(i), QStringLiteral("tcp"))) {
                ms << t->durationMs;
            }
        }
        const qint64 med = median(ms);
        if (http && !codes.isEmpty())
            return (plural ? GroupAnalysis::Tr::tr("answer %1 in %2 ms") : GroupAnalysis::Tr::tr("answers %1 in %2 ms"))
                .arg(codesText(codes))
                .arg(med);
        if (med >= 0)
            return (plural ? GroupAnalysis::Tr::tr("accept connections in %1 ms")
                           : GroupAnalysis::Tr::tr("accepts connections in %1 ms"))
                .arg(med);
        return plural ? GroupAnalysis::Tr::tr("are healthy") : GroupAnalysis::Tr::tr("is healthy");
    }
    if (signature == QStringLiteral("unchecked"))
        return plural ? GroupAnalysis::Tr::tr("were not checked (the run was stopped)")
                      : GroupAnalysis::Tr::tr("was not checked (the run was stopped)");
    if (signature == QStringLiteral("inconclusive"))
        return plural ? GroupAnalysis::Tr::tr("could not be judged (no decisive step passed or failed)")
                      : GroupAnalysis::Tr::tr("could not be judged (no decisive step passed or failed)");
    if (outcome == QStringLiteral("refused"))
        return (plural ? GroupAnalysis::Tr::tr("refuse connections on port %1")
                       : GroupAnalysis::Tr::tr("refuses connections on port %1"))
            .arg(port);
    if (outcome == QStringLiteral("timeout"))
        return (plural ? GroupAnalysis::Tr::tr("do not accept connections on port %1 within %2 ms (dropped)")
                       : GroupAnalysis::Tr::tr("does not accept connections on port %1 within %2 ms (dropped)"))
            .arg(port)
            .arg(timeout);
    if (outcome == QStringLiteral("hang"))
        return (plural ? GroupAnalysis::Tr::tr("accept connections on port %1 but send no HTTP answer within %2 ms")
                       : GroupAnalysis::Tr::tr("accepts connections on port %1 but sends no HTTP answer within %2 ms"))
            .arg(port)
            .arg(timeout);
    if (outcome == QStringLiteral("unreachable"))
        return (plural ? GroupAnalysis::Tr::tr("are unreachable on port %1")
                       : GroupAnalysis::Tr::tr("is unreachable on port %1"))
            .arg(port);
    if (outcome == QStringLiteral("bad-status")) {
        const QString code = signature.section(QLatin1Char(':'), 2, 2).section(QLatin1Char('@'), 0, 0);
        return (plural ? GroupAnalysis::Tr::tr("answer %1, which is not a healthy code (%2)")
                       : GroupAnalysis::Tr::tr("answers %1, which is not a healthy code (%2)"))
            .arg(code, first.context.healthyCodes().toString());
    }
    if (outcome == QStringLiteral("slow"))
        return plural ? GroupAnalysis::Tr::tr("answer, but slower than the health-check timeout")
                      : GroupAnalysis::Tr::tr("answers, but slower than the health-check timeout");
    if (outcome == QStringLiteral("reset"))
        return plural ? GroupAnalysis::Tr::tr("close the connection without a complete HTTP answer")
                      : GroupAnalysis::Tr::tr("closes the connection without a complete HTTP answer");
    if (outcome == QStringLiteral("tls"))
        return plural ? GroupAnalysis::Tr::tr("fail the TLS handshake")
                      : GroupAnalysis::Tr::tr("fails the TLS handshake");
    if (outcome == QStringLiteral("protocol"))
        return plural ? GroupAnalysis::Tr::tr("do not answer in HTTP")
                      : GroupAnalysis::Tr::tr("does not answer in HTTP");
    return (plural ? GroupAnalysis::Tr::tr("fail the step \"%1\"") : GroupAnalysis::Tr::tr("fails the step \"%1\""))
        .arg(Step::titleFor(step));
}

// The comparable facts about one backend: key -> value shown to people.
QMap<QString, QString> traitsOf(const GroupMember &m)
{
    QMap<QString, QString> t;
    t.insert(QStringLiteral("subnet"), GroupAnalysis::Tr::tr("subnet %1").arg(GroupAnalysis::subnetOf(m.row.address)));
    t.insert(QStringLiteral("port"), GroupAnalysis::Tr::tr("check port %1").arg(m.context.target.checkPort));
    if (const Finding *http = findingFor(m, QStringLiteral("http"))) {
        if (const int code = GroupAnalysis::statusCode(*http))
            t.insert(QStringLiteral("code"), GroupAnalysis::Tr::tr("status %1").arg(code));
        if (const QString server = GroupAnalysis::serverHeader(*http); !server.isEmpty())
            t.insert(QStringLiteral("server"), GroupAnalysis::Tr::tr("Server: %1").arg(server));
    }
    if (const Finding *tcp = findingFor(m, QStringLiteral("tcp")); tcp && tcp->outcome == QStringLiteral("connected"))
        t.insert(QStringLiteral("latency"),
                 GroupAnalysis::Tr::tr("TCP connect %1").arg(GroupAnalysis::latencyBand(tcp->durationMs)));
    for (const Finding &f : m.findings) {
        if (f.step == QStringLiteral("tcp") || f.step == QStringLiteral("http"))
            continue;
        if (f.status == Status::Fail || f.status == Status::Warn)
            t.insert(QStringLiteral("step:") + f.step,
                     GroupAnalysis::Tr::tr("%1: %2").arg(Step::titleFor(f.step),
                                                         f.outcome.isEmpty() ? statusWord(f.status) : f.outcome));
    }
    return t;
}

QString listOf(const QList<int> &members, const QList<GroupMember> &all, int max = 8)
{
    QStringList names;
    for (int i = 0; i < members.size() && i < max; ++i)
        names << all.at(members.at(i)).row.label();
    QString text = names.join(QStringLiteral(", "));
    if (members.size() > max)
        text += GroupAnalysis::Tr::tr(" and %1 more").arg(members.size() - max);
    return text;
}

} // namespace

namespace GroupAnalysis {

int statusCode(const Finding &http)
{
    static const QRegularExpression line(QStringLiteral("^HTTP/\\d(?:\\.\\d)? (\\d{3})"),
                                         QRegularExpression::MultilineOption);
    const auto m = line.match(http.raw);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString serverHeader(const Finding &http)
{
    static const QRegularExpression line(QStringLiteral("^Server:[ \\t]*([^\\n]*?)[ \\t]*$"),
                                         QRegularExpression::MultilineOption
                                             | QRegularExpression::CaseInsensitiveOption);
    const auto m = line.match(http.raw);
    return m.hasMatch() ? m.captured(1).left(120) : QString();
}

QString subnetOf(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        Q_IPV6ADDR a = address.toIPv6Address();
        for (int i = 8; i < 16; ++i)
            a[i] = 0;
        return QHostAddress(a).toString() + QStringLiteral("/64");
    }
    return QHostAddress(address.toIPv4Address() & 0xffffff00u).toString() + QStringLiteral("/24");
}

QString latencyBand(qint64 ms)
{
    if (ms < 1)
        return GroupAnalysis::Tr::tr("under 1 ms");
    if (ms < 10)
        return GroupAnalysis::Tr::tr("1-10 ms");
    if (ms < 100)
        return GroupAnalysis::Tr::tr("10-100 ms");
    if (ms < 1000)
        return GroupAnalysis::Tr::tr("100-1000 ms");
    return GroupAnalysis::Tr::tr("1 s or more");
}

GroupAnswer analyze(const QList<GroupMember> &members, Listener listener)
{
    GroupAnswer answer;
    answer.total = int(members.size());
    QMap<QString, QList<int>> bySignature;
    QStringList order;
    for (int i = 0; i < members.size(); ++i) {
        const GroupMember &m = members.at(i);
        BackendAnswer a;
        a.checked = m.state == GroupMember::State::Done && !m.findings.isEmpty();
        if (a.checked) {
            const DiagnosisResult d = Diagnosis::diagnose(m.findings, listener);
            a.verdict = d.verdict;
            a.rootCause = d.rootCause;
        }
        a.signature = signatureOf(m, a);
        if (!bySignature.contains(a.signature))
            order << a.signature;
        bySignature[a.signature] << i;
        answer.backends << a;
        answer.failing += a.verdict == Verdict::Unhealthy ? 1 : 0;
        answer.healthy += a.verdict == Verdict::Healthy ? 1 : 0;
    }

    // Failing groups first, largest first, then the healthy, then the undecided.
    const auto rank = [&](const QString &s) {
        if (s == QStringLiteral("healthy"))
            return 1;
        if (s == QStringLiteral("inconclusive") || s == QStringLiteral("unchecked"))
            return 2;
        return 0;
    };
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return bySignature.value(a).size() > bySignature.value(b).size();
    });

    QList<QMap<QString, QString>> traits;
    traits.reserve(members.size());
    for (const GroupMember &m : members)
        traits << traitsOf(m);
    const QList<int> healthyMembers = bySignature.value(QStringLiteral("healthy"));

    for (const QString &signature : std::as_const(order)) {
        BackendGroup g;
        g.signature = signature;
        g.members = bySignature.value(signature);
        const BackendAnswer &firstAnswer = answer.backends.at(g.members.constFirst());
        g.verdict = firstAnswer.checked ? firstAnswer.verdict : Verdict::Inconclusive;
        g.behaviour = behaviourOf(signature, g.members, members, g.members.size() > 1);
        for (int i : std::as_const(g.members))
            answer.backends[i].group = int(answer.groups.size());

        if (g.verdict == Verdict::Unhealthy && firstAnswer.rootCause) {
            const GroupMember &rep = members.at(g.members.constFirst());
            const Finding &root = rep.findings.at(*firstAnswer.rootCause);
            g.rootStep = root.step;
            g.rootCause = g.members.size() > 1
                ? GroupAnalysis::Tr::tr("%1 (%2, and the same on the other %3): %4")
                      .arg(Step::titleFor(root.step), rep.row.label())
                      .arg(g.members.size() - 1)
                      .arg(root.summary)
                : GroupAnalysis::Tr::tr("%1 (%2): %3").arg(Step::titleFor(root.step), rep.row.label(), root.summary);
            g.fix = root.fix;

            // What every member shares that no healthy backend (else: no other backend) has.
            QList<int> others = healthyMembers;
            if (others.isEmpty()) {
                for (int i = 0; i < members.size(); ++i) {
                    if (!g.members.contains(i))
                        others << i;
                }
            }
            const QMap<QString, QString> &base = traits.at(g.members.constFirst());
            QStringList against;
            for (auto it = base.constBegin(); it != base.constEnd(); ++it) {
                const bool allShare = std::all_of(g.members.cbegin(), g.members.cend(),
                                                  [&](int i) { return traits.at(i).value(it.key()) == it.value(); });
                if (!allShare || others.isEmpty())
                    continue;
                const bool noOtherHas = std::none_of(others.cbegin(), others.cend(),
                                                     [&](int i) { return traits.at(i).value(it.key()) == it.value(); });
                if (!noOtherHas)
                    continue;
                g.shared << it.value();
                QStringList seen;
                for (int i : std::as_const(others)) {
                    const QString v = traits.at(i).value(it.key());
                    if (!v.isEmpty() && !seen.contains(v))
                        seen << v;
                    if (seen.size() == 3)
                        break;
                }
                if (!seen.isEmpty())
                    against << seen.join(QStringLiteral(", "));
            }
            if (!against.isEmpty())
                g.sharedAgainst = (healthyMembers.isEmpty() ? GroupAnalysis::Tr::tr("the others: %1")
                                                            : GroupAnalysis::Tr::tr("the healthy ones: %1"))
                                      .arg(against.join(QStringLiteral("; ")));
        }
        answer.groups << g;
    }

    // The headline and each group's sentence.
    const auto failingGroups = std::count_if(answer.groups.cbegin(), answer.groups.cend(),
                                             [](const BackendGroup &g) { return g.verdict == Verdict::Unhealthy; });
    QStringList parts;
    for (BackendGroup &g : answer.groups) {
        const int n = int(g.members.size());
        QString who;
        if (n == 1)
            who = members.at(g.members.constFirst()).row.label();
        else if (g.verdict == Verdict::Unhealthy && failingGroups == 1 && g.signature != QStringLiteral("healthy"))
            who = n == 2 ? GroupAnalysis::Tr::tr("both") : GroupAnalysis::Tr::tr("all %1").arg(n);
        else if (g.signature == QStringLiteral("healthy") && answer.failing > 0)
            who = GroupAnalysis::Tr::tr("the other %1").arg(n);
        else if (n == answer.total)
            who = n == 2 ? GroupAnalysis::Tr::tr("both") : GroupAnalysis::Tr::tr("all %1").arg(n);
        else
            who = QString::number(n);
        QString text = GroupAnalysis::Tr::tr("%1 %2").arg(who, g.behaviour);
        if (n > 1
            && (g.verdict == Verdict::Unhealthy || g.signature == QStringLiteral("inconclusive")
                || g.signature == QStringLiteral("unchecked"))
            && !(failingGroups == 1 && g.verdict == Verdict::Unhealthy))
            text += GroupAnalysis::Tr::tr(" (%1)").arg(listOf(g.members, members));
        g.sentence = text;
        parts << text;
    }
    const QString body = parts.join(QStringLiteral("; "));
    if (answer.total == 0)
        answer.headline = GroupAnalysis::Tr::tr("The group holds no backend.");
    else if (answer.failing == 0)
        answer.headline = body;
    else
        answer.headline = (answer.failing == 1 ? GroupAnalysis::Tr::tr("%1 of %2 fails: %3")
                                               : GroupAnalysis::Tr::tr("%1 of %2 fail: %3"))
                              .arg(answer.failing)
                              .arg(answer.total)
                              .arg(body);

    if (answer.failing > 0)
        answer.verdict = Verdict::Unhealthy;
    else if (answer.total > 0 && answer.healthy == answer.total)
        answer.verdict = Verdict::Healthy;
    else
        answer.verdict = Verdict::Inconclusive;
    return answer;
}

} // namespace GroupAnalysis

QJsonObject BackendGroup::toJson(const QList<GroupMember> &runMembers) const
{
    QJsonArray backends;
    for (int i : members)
        backends << runMembers.at(i).row.endpoint();
    QJsonObject o{{QStringLiteral("signature"), signature},
                  {QStringLiteral("verdict"), verdictId(verdict)},
                  {QStringLiteral("count"), int(members.size())},
                  {QStringLiteral("backends"), backends},
                  {QStringLiteral("behaviour"), behaviour},
                  {QStringLiteral("summary"), sentence},
                  {QStringLiteral("shared"), QJsonArray::fromStringList(shared)}};
    if (!sharedAgainst.isEmpty())
        o.insert(QStringLiteral("sharedAgainst"), sharedAgainst);
    if (!rootStep.isEmpty()) {
        o.insert(QStringLiteral("rootCause"),
                 QJsonObject{{QStringLiteral("step"), rootStep}, {QStringLiteral("summary"), rootCause}});
        o.insert(QStringLiteral("fix"), fix);
    }
    return o;
}

QJsonArray GroupAnswer::groupsJson(const QList<GroupMember> &runMembers) const
{
    QJsonArray out;
    for (const BackendGroup &g : groups)
        out << g.toJson(runMembers);
    return out;
}
