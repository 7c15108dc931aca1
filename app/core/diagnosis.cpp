#include "diagnosis.h"

#include "inputchannel.h"

#include "sentences.h"
#include "step.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace {

namespace O = FindingOutcome;

QString decisiveStep(Listener listener)
{
    switch (listener) {
    case Listener::Tcp: return StepId::Tcp;
    case Listener::Udp: return StepId::Udp;
    case Listener::Http:
    case Listener::Https: return StepId::Http;
    }
    return {};
}

bool isProblem(const Finding &f)
{
    return f.status == Status::Fail || f.status == Status::Warn;
}

// One causal link the providers' procedures imply. Outcomes are Finding::outcome values; an empty
// outcome on a finding means its producer did not say, and then any rule for its step may apply,
// because the failing status alone already says the step blocks the check.
struct Rule
{
    QString cause;
    QStringList causeOutcomes; // empty: any
    QString effect;
    QStringList effectOutcomes; // empty: any failure
    bool needsConnectionFailure; // not when a TCP connection to the backend worked
    const char *reason;
};

const QList<Rule> &rules()
{
    static const QList<Rule> list = [] {
        const char *drops = QT_TRANSLATE_NOOP(
            "Diagnosis", "a security group or network ACL that drops the health-check traffic makes it time out");
        const char *fwDrops = QT_TRANSLATE_NOOP(
            "Diagnosis", "a host firewall that drops the health-check addresses makes connections time out");
        const char *fwRejects = QT_TRANSLATE_NOOP(
            "Diagnosis", "a host firewall that rejects the health-check addresses makes connections refused");
        const char *nobody = QT_TRANSLATE_NOOP(
            "Diagnosis",
            "nothing listens on the port at an address the load balancer reaches, so connections are refused");
        const char *wrappers =
            QT_TRANSLATE_NOOP("Diagnosis", "TCP wrappers accept the connection and close it at once");
        const char *route =
            QT_TRANSLATE_NOOP("Diagnosis", "without a working route back, the replies never reach the load balancer");
        const char *sysctl = QT_TRANSLATE_NOOP("Diagnosis", "a kernel setting drops health-check packets");
        const char *bandwidth = QT_TRANSLATE_NOOP(
            "Diagnosis", "without public bandwidth the load balancer's traffic to this backend is dropped");
        const char *load =
            QT_TRANSLATE_NOOP("Diagnosis", "high load makes the application answer slowly or not in time");
        const char *tcp = QT_TRANSLATE_NOOP("Diagnosis", "without a TCP connection the HTTP request cannot be sent");
        const char *icmp =
            QT_TRANSLATE_NOOP("Diagnosis", "the UDP health check starts with a ping, and the ping got no reply");
        const QString sg = StepId::Secgroup, fw = StepId::Firewall;
        const QStringList dropWords = QStringList{O::Drop, O::Blocked},
                          rejectWords = QStringList{O::Reject, O::Blocked};
        QList<Rule> r;
        for (const auto &[cause, outcomes, text] :
             {std::tuple{sg, dropWords, drops}, std::tuple{fw, dropWords, fwDrops}}) {
            r.append({cause, outcomes, StepId::Tcp, QStringList{O::Timeout}, false, text});
            r.append({cause, outcomes, StepId::Http, QStringList{O::Timeout}, true, text});
            r.append({cause, outcomes, StepId::Udp, QStringList{O::NoAnswer}, false, text});
            r.append({cause, outcomes, O::Icmp, QStringList{O::Timeout}, false, text});
        }
        for (const QString &cause : {sg, fw}) {
            // firewalld and iptables' default reject answer with icmp-host-prohibited, which a
            // connect reports as "unreachable" rather than "refused".
            r.append({cause, rejectWords, StepId::Tcp, QStringList{O::Refused, O::Unreachable}, false, fwRejects});
            r.append({cause, rejectWords, StepId::Http, QStringList{O::Refused, O::Unreachable}, true, fwRejects});
            r.append({cause, rejectWords, StepId::Udp, QStringList{O::Refused, O::Unreachable}, false, fwRejects});
        }
        const QStringList notReachable = QStringList{O::NotListening, O::LoopbackOnly, O::WrongAddress};
        r.append({StepId::Listening, notReachable, StepId::Tcp, QStringList{O::Refused}, false, nobody});
        r.append({StepId::Listening, notReachable, StepId::Http, QStringList{O::Refused}, true, nobody});
        r.append({StepId::Listening, notReachable, StepId::Udp, QStringList{O::Refused, O::NoAnswer}, false, nobody});
        r.append({StepId::TcpWrappers, {}, StepId::Http, QStringList{O::Reset, O::Protocol}, false, wrappers});
        r.append({StepId::Route, {}, StepId::Tcp, QStringList{O::Timeout, O::Unreachable}, false, route});
        r.append({StepId::Route, {}, StepId::Http, QStringList{O::Timeout, O::Unreachable}, true, route});
        r.append({StepId::Route, {}, StepId::Udp, QStringList{O::NoAnswer, O::Unreachable}, false, route});
        r.append({StepId::Route, {}, StepId::Icmp, QStringList{O::Timeout, O::Unreachable}, false, route});
        r.append({StepId::Sysctl, {}, StepId::Tcp, QStringList{O::Timeout}, false, sysctl});
        r.append({StepId::Sysctl, {}, StepId::Http, QStringList{O::Timeout}, true, sysctl});
        r.append({StepId::Sysctl, {}, StepId::Icmp, QStringList{O::Timeout}, false, sysctl});
        r.append({StepId::Bandwidth, {}, StepId::Tcp, QStringList{O::Timeout}, false, bandwidth});
        r.append({StepId::Bandwidth, {}, StepId::Http, QStringList{O::Timeout, O::Slow}, false, bandwidth});
        r.append({StepId::Load, QStringList{O::High}, StepId::Http, QStringList{O::Slow, O::Timeout}, false, load});
        // A watch that saw checks fail now and then: high load is the commonest reason.
        r.append({StepId::Load, QStringList{O::High}, StepId::Watch, QStringList{O::Intermittent, O::Flapping, O::Slow},
                  false, load});
        r.append({StepId::Tcp, QStringList{O::Refused, O::Timeout, O::Unreachable, O::Resolve}, StepId::Http,
                  QStringList{O::Timeout, O::Refused, O::Unreachable, O::Resolve, O::Reset}, false, tcp});
        r.append({StepId::Icmp, QStringList{O::Timeout, O::Unreachable}, StepId::Udp,
                  QStringList{O::NoAnswer, O::Unreachable}, false, icmp});
        // What a capture on the backend saw explains what the probes met.
        const QString cap = StepId::Capture;
        const char *capNone = QT_TRANSLATE_NOOP(
            "Diagnosis", "the capture on the backend shows no health-check packet arriving, so the checks time out");
        const char *capSilent =
            QT_TRANSLATE_NOOP("Diagnosis", "the capture on the backend shows the checks arrive and get no answer");
        const char *capRefused = QT_TRANSLATE_NOOP(
            "Diagnosis", "the capture on the backend shows the checks refused (TCP reset or ICMP unreachable)");
        const char *capStatus = QT_TRANSLATE_NOOP(
            "Diagnosis", "the capture on the backend shows the checks answered with an unhealthy status or too late");
        for (const auto &[outcomes, text] :
             {std::pair{QStringList{O::NoPackets}, capNone}, std::pair{QStringList{O::NoAnswer}, capSilent}}) {
            r.append({cap, outcomes, StepId::Tcp, QStringList{O::Timeout}, false, text});
            r.append({cap, outcomes, StepId::Http, QStringList{O::Timeout}, true, text});
            r.append({cap, outcomes, StepId::Udp, QStringList{O::NoAnswer}, false, text});
        }
        r.append({cap, QStringList{O::NoPackets}, StepId::Icmp, QStringList{O::Timeout}, false, capNone});
        r.append({cap, QStringList{O::Reset, O::Icmp}, StepId::Tcp, QStringList{O::Refused, O::Unreachable}, false,
                  capRefused});
        r.append({cap, QStringList{O::Reset, O::Icmp}, StepId::Http, QStringList{O::Refused, O::Unreachable}, true,
                  capRefused});
        r.append({cap, QStringList{O::Icmp}, StepId::Udp, QStringList{O::Refused, O::Unreachable}, false, capRefused});
        r.append({cap, QStringList{O::BadStatus, O::Slow}, StepId::Http, QStringList{O::BadStatus, O::Slow, O::Timeout},
                  false, capStatus});
        // The load balancer's own status (issue 15): what was checked here explains the reason it
        // gives. "unhealthy" is a status without a reason, "failed" a reason that does not say which.
        const QStringList lbTimeout = QStringList{O::Timeout, O::Failed, O::Unhealthy},
                          lbRefused = QStringList{O::Refused, O::Failed, O::Unhealthy};
        const QString lb = StepId::LbStatus;
        for (const auto &[cause, outcomes, text] :
             {std::tuple{sg, dropWords, drops}, std::tuple{fw, dropWords, fwDrops}})
            r.append({cause, outcomes, lb, lbTimeout, false, text});
        r.append({fw, rejectWords, lb, lbRefused, false, fwRejects});
        r.append({sg, rejectWords, lb, lbRefused, false, fwRejects});
        r.append({StepId::Listening, notReachable, lb, lbRefused, false, nobody});
        r.append({StepId::TcpWrappers, {}, lb, QStringList{O::Failed, O::Unhealthy}, false, wrappers});
        for (const auto &[cause, text] : {std::pair{StepId::Route, route}, std::pair{StepId::Sysctl, sysctl},
                                          std::pair{StepId::Bandwidth, bandwidth}})
            r.append({cause, {}, lb, lbTimeout, false, text});
        r.append({StepId::Load, QStringList{O::High}, lb, lbTimeout, false, load});
        const char *sameHere = QT_TRANSLATE_NOOP(
            "Diagnosis", "the check fails from here the same way, which is what the load balancer reports");
        r.append({StepId::Tcp, QStringList{O::Timeout, O::Unreachable}, lb, lbTimeout, false, sameHere});
        r.append({StepId::Tcp, QStringList{O::Refused}, lb, lbRefused, false, sameHere});
        r.append({StepId::Http, QStringList{O::BadStatus}, lb, QStringList{O::BadStatus, O::Failed, O::Unhealthy},
                  false, sameHere});
        r.append({StepId::Http, QStringList{O::Timeout, O::Slow}, lb, lbTimeout, false, sameHere});
        const char *config =
            QT_TRANSLATE_NOOP("Diagnosis", "the load balancer's own health-check settings can make the check fail");
        r.append({StepId::LbConfig, QStringList{O::CheckPort, O::NoHost, O::Method}, lb, {}, false, config});
        r.append({StepId::LbConfig, QStringList{O::NoHost, O::CodesRedirect}, StepId::Http, QStringList{O::BadStatus},
                  false, config});
        r.append({StepId::LbConfig, QStringList{O::CodesRedirect}, lb,
                  QStringList{O::BadStatus, O::Failed, O::Unhealthy}, false, config});
        return r;
    }();
    return list;
}

bool outcomeMatches(const QString &outcome, const QStringList &allowed)
{
    return allowed.isEmpty() || outcome.isEmpty() || allowed.contains(outcome);
}

// An observation from the network that shows the backend answered on the port.
bool answered(const Finding &f)
{
    if (f.step == StepId::Tcp)
        return f.status == Status::Pass || f.outcome == O::Connected;
    if (f.step == StepId::Http)
        return f.status == Status::Pass || f.outcome == O::Healthy || f.outcome == O::BadStatus || f.outcome == O::Slow;
    if (f.step == StepId::Udp)
        return f.outcome == O::Answered;
    if (f.step == StepId::Capture) // the checks reached the backend, which answered them
        return f.outcome == O::Answered || f.outcome == O::BadStatus || f.outcome == O::Slow;
    return false;
}

QString linkReason(const Rule &rule, const Finding &effect)
{
    return Diagnosis::Tr::tr("%1; this explains \"%2\": %3")
        .arg(Diagnosis::Tr::tr(rule.reason), Step::titleFor(effect.step), effect.summary);
}

class Analysis
{
public:
    Analysis(const QList<Finding> &findings, Listener listener) : m_findings(findings), m_listener(listener) { }

    DiagnosisResult run()
    {
        DiagnosisResult result;
        result.verdict = verdict();
        findLinks(result);
        findConflicts(result);
        rank(result);
        return result;
    }

private:
    Verdict verdict() const
    {
        bool decisivePassed = false;
        for (const Finding &f : m_findings) {
            if (f.status == Status::Fail)
                return Verdict::Unhealthy;
            // A watch repeats the decisive check; its passing run decides as that check does.
            if ((f.step == decisiveStep(m_listener) || f.step == StepId::Watch)
                && (f.status == Status::Pass || f.status == Status::Warn))
                decisivePassed = true;
        }
        return decisivePassed ? Verdict::Healthy : Verdict::Inconclusive;
    }

    bool connectionWorked() const
    {
        return std::any_of(m_findings.cbegin(), m_findings.cend(),
                           [](const Finding &f) { return f.step == StepId::Tcp && answered(f); });
    }

    void findLinks(DiagnosisResult &result) const
    {
        const bool connected = connectionWorked();
        for (qsizetype c = 0; c < m_findings.size(); ++c) {
            const Finding &cause = m_findings[c];
            if (!isProblem(cause))
                continue;
            for (qsizetype e = 0; e < m_findings.size(); ++e) {
                const Finding &effect = m_findings[e];
                if (e == c || !isProblem(effect))
                    continue;
                for (const Rule &rule : rules()) {
                    if (rule.cause != cause.step || rule.effect != effect.step
                        || (rule.needsConnectionFailure && connected))
                        continue;
                    if (!outcomeMatches(cause.outcome, rule.causeOutcomes)
                        || !outcomeMatches(effect.outcome, rule.effectOutcomes))
                        continue;
                    result.links.append({c, e, linkReason(rule, effect), Diagnosis::Tr::tr(rule.reason)});
                    break;
                }
            }
        }
    }

    void findConflicts(DiagnosisResult &result) const
    {
        for (qsizetype i = 0; i < m_findings.size(); ++i) {
            const Finding &f = m_findings[i];
            if (f.status != Status::Fail)
                continue;
            for (qsizetype j = 0; j < m_findings.size(); ++j) {
                const Finding &o = m_findings[j];
                if (j == i || !answered(o))
                    continue;
                if (f.step == StepId::Listening) {
                    result.conflicts.append(
                        {i, j,
                         (InputChannel::commandLine()
                              ? Diagnosis::Tr::tr(
                                  "the socket list says nothing listens at a reachable address, yet \"%1\" got an answer from the backend: the output given may come from another server or an older moment")
                              : Diagnosis::Tr::tr(
                                  "the socket list says nothing listens at a reachable address, yet \"%1\" got an answer from the backend: the pasted output may come from another server or an older moment"))
                             .arg(Step::titleFor(o.step))});
                    break;
                }
                if ((f.step == StepId::Firewall || f.step == StepId::Secgroup) && o.step == StepId::Capture) {
                    result.conflicts.append(
                        {i, j,
                         Diagnosis::Tr::tr(
                             "\"%1\" says the health-check addresses are blocked, yet the packet capture shows their checks reach the backend and get answered: "
                             "the capture is what happened; the configuration read may come from another server or another moment")
                             .arg(Step::titleFor(f.step))});
                    break;
                }
                if (f.step == StepId::Tcp && o.step == StepId::Http) {
                    result.conflicts.append(
                        {i, j,
                         Diagnosis::Tr::tr(
                             "the TCP connection failed, yet the HTTP request got an answer: the backend may be flapping; run the check again")});
                    break;
                }
            }
        }
    }

    bool contradicted(const DiagnosisResult &result, qsizetype i) const
    {
        return std::any_of(result.conflicts.cbegin(), result.conflicts.cend(),
                           [i](const Conflict &c) { return c.finding == i; });
    }

    // Everything a finding explains, directly or through another finding.
    QList<qsizetype> closure(const DiagnosisResult &result, qsizetype start) const
    {
        QList<qsizetype> out;
        QList<qsizetype> todo{start};
        while (!todo.isEmpty()) {
            const qsizetype current = todo.takeFirst();
            for (const CausalLink &l : result.links) {
                if (l.cause == current && l.effect != start && !out.contains(l.effect)) {
                    out.append(l.effect);
                    todo.append(l.effect);
                }
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    void rank(DiagnosisResult &result) const
    {
        struct Candidate
        {
            qsizetype index;
            bool contradicted;
            bool explainedByOther;
            bool warnExplainingNoFailure;
            bool inferred; // from configuration or a probe, not observed on the backend's wire
            bool explainsProviderView; // explains the load balancer's own reason: a strong hint
            qsizetype failuresExplained;
            int rank;
            QList<qsizetype> explains;
        };
        QList<Candidate> candidates;
        for (qsizetype i = 0; i < m_findings.size(); ++i) {
            if (!isProblem(m_findings[i]))
                continue;
            Candidate c{i,
                        contradicted(result, i),
                        false,
                        false,
                        m_findings[i].step != StepId::Capture,
                        false,
                        0,
                        Step::causalRank(m_findings[i].step),
                        closure(result, i)};
            c.explainsProviderView = std::any_of(c.explains.cbegin(), c.explains.cend(), [this](qsizetype e) {
                return m_findings[e].step == StepId::LbStatus && m_findings[e].status == Status::Fail;
            });
            c.failuresExplained = std::count_if(c.explains.cbegin(), c.explains.cend(),
                                                [this](qsizetype e) { return m_findings[e].status == Status::Fail; });
            c.explainedByOther = std::any_of(result.links.cbegin(), result.links.cend(), [&](const CausalLink &l) {
                return l.effect == i && !contradicted(result, l.cause);
            });
            c.warnExplainingNoFailure = m_findings[i].status == Status::Warn && c.failuresExplained == 0;
            candidates.append(c);
        }
        std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            // What the capture saw outranks what configuration implies; a cause of the load
            // balancer's own reason comes before one that explains more of the other failures.
            return std::tuple(a.contradicted, a.warnExplainingNoFailure, a.inferred, a.explainedByOther,
                              !a.explainsProviderView, -a.failuresExplained, a.rank)
                < std::tuple(b.contradicted, b.warnExplainingNoFailure, b.inferred, b.explainedByOther,
                             !b.explainsProviderView, -b.failuresExplained, b.rank);
        });
        for (const Candidate &c : candidates)
            result.fixOrder.append(c.index);
        if (result.verdict != Verdict::Unhealthy || candidates.isEmpty())
            return;
        const Candidate &root = candidates.constFirst();
        result.rootCause = root.index;
        result.explainedByRoot = root.explains;
        result.rootReason = rootReason(result, root.index, root.explains);
        // The root is explained by nothing checked; name what was not checked and could explain it.
        result.unchecked = uncheckedCauses(m_findings[root.index]);
    }

    QString rootReason(const DiagnosisResult &result, qsizetype root, const QList<qsizetype> &explains) const
    {
        const Finding &f = m_findings[root];
        if (!explains.isEmpty()) {
            // One sentence per mechanism, naming every failure it explains directly.
            QStringList mechanisms;
            QHash<QString, QStringList> effects;
            for (const CausalLink &l : result.links) {
                if (l.cause != root)
                    continue;
                if (!mechanisms.contains(l.mechanism))
                    mechanisms << l.mechanism;
                const Finding &e = m_findings[l.effect];
                effects[l.mechanism] << Diagnosis::Tr::tr("\"%1\" (%2)").arg(Step::titleFor(e.step), e.summary);
            }
            QStringList sentences;
            for (const QString &m : mechanisms) {
                QString first = m;
                if (!first.isEmpty())
                    first[0] = first[0].toUpper();
                sentences
                    << Diagnosis::Tr::tr("%1: this explains %2.").arg(first, effects[m].join(QStringLiteral("; ")));
            }
            return Sentences::join(sentences);
        }
        if (f.step == StepId::Watch)
            return Diagnosis::Tr::tr("Checked over and over as the load balancer checks, the backend fails some of the "
                                     "time although a single check can pass: the cause comes and goes, so look at what "
                                     "happens when the checks fail.");
        if (f.step == StepId::Http && f.outcome == O::BadStatus)
            return Diagnosis::Tr::tr(
                "The connection works and the server answers, but with a status code the load balancer "
                "counts as unhealthy: check the health-check path, the Host header (domain) and the application.");
        if (f.step == StepId::Http && connectionWorked())
            return Diagnosis::Tr::tr(
                "The TCP connection works, so the network is not the problem: the application does not "
                "answer the health-check request as expected.");
        if (f.step == StepId::LbStatus)
            return Diagnosis::Tr::tr(
                "The load balancer itself reports the backend unhealthy, and nothing checked here explains its reason: "
                "the finding says what to look at next.");
        return Diagnosis::Tr::tr(
            "Nothing else that was checked explains it, and it is the failure that most directly stops the health check.");
    }

    QStringList uncheckedCauses(const Finding &root) const
    {
        QStringList out;
        for (const Rule &rule : rules()) {
            if (rule.effect != root.step || !outcomeMatches(root.outcome, rule.effectOutcomes)
                || out.contains(rule.cause))
                continue;
            if (rule.needsConnectionFailure && connectionWorked())
                continue;
            const auto it = std::find_if(m_findings.cbegin(), m_findings.cend(),
                                         [&](const Finding &f) { return f.step == rule.cause; });
            // A provider-specific step that is absent is usually not in this plan at all.
            const bool absent = it == m_findings.cend();
            // Optional evidence and provider-specific or imported steps (capture, bandwidth,
            // lbconfig) are absent when not in this run.
            const bool optional =
                rule.cause == StepId::Bandwidth || rule.cause == StepId::Capture || rule.cause == StepId::LbConfig;
            if ((absent && !optional) || (!absent && (it->status == Status::Skip || it->status == Status::Unknown)))
                out << rule.cause;
        }
        return out;
    }

    const QList<Finding> &m_findings;
    Listener m_listener;
};

} // namespace

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Healthy: return QStringLiteral("healthy");
    case Verdict::Unhealthy: return QStringLiteral("unhealthy");
    case Verdict::Inconclusive: return QStringLiteral("inconclusive");
    }
    return {};
}

QString verdictWord(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Healthy: return Diagnosis::Tr::tr("Healthy");
    case Verdict::Unhealthy: return Diagnosis::Tr::tr("Unhealthy");
    case Verdict::Inconclusive: return Diagnosis::Tr::tr("Inconclusive");
    }
    return {};
}

namespace Diagnosis {

DiagnosisResult diagnose(const QList<Finding> &findings, Listener listener)
{
    return Analysis(findings, listener).run();
}

Verdict verdict(const QList<Finding> &findings, Listener listener)
{
    return diagnose(findings, listener).verdict;
}

std::optional<qsizetype> rootCause(const QList<Finding> &findings, Listener listener)
{
    return diagnose(findings, listener).rootCause;
}

QStringList explained(const QList<Finding> &findings, Listener listener)
{
    QStringList out;
    for (qsizetype i : diagnose(findings, listener).explainedByRoot)
        out << findings[i].step;
    return out;
}

} // namespace Diagnosis
