#include "lbconfiglint.h"

#include "core/sentences.h"
#include "core/shellquote.h"
#include "core/statuscodeset.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString id(const LbConfig &c, const QString &key, const QString &placeholder)
{
    const QString v = c.ids.value(key);
    return v.isEmpty() ? placeholder : ShellQuote::quote(Shell::Posix, v);
}

QString providerName(const QString &profileId)
{
    if (profileId == QStringLiteral("aws"))
        return QStringLiteral("AWS");
    if (profileId == QStringLiteral("tencent"))
        return QStringLiteral("Tencent Cloud CLB");
    if (profileId == QStringLiteral("alibaba"))
        return QStringLiteral("Alibaba Cloud CLB");
    return QStringLiteral("Huawei Cloud ELB");
}

QString tencentMask(const QString &codes)
{
    int mask = 0;
    for (const QString &part : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int digit = part.trimmed().left(1).toInt();
        if (digit >= 1 && digit <= 5)
            mask |= 1 << (digit - 1);
    }
    return QString::number(mask);
}

} // namespace

namespace LbConfigLint {

QString consolePath(const QString &profileId)
{
    if (profileId == QStringLiteral("alibaba"))
        return LbConfigLint::Tr::tr(
            "CLB console > Instances > the instance > Listener > the listener > Modify Listener > Health Check");
    if (profileId == QStringLiteral("tencent"))
        return LbConfigLint::Tr::tr(
            "CLB console > Instances > the instance > Listener Management > the listener (HTTP/HTTPS: its forwarding rule) > Modify > Health Check");
    if (profileId == QStringLiteral("huawei"))
        return LbConfigLint::Tr::tr(
            "ELB console > Load Balancers > the load balancer > Backend Server Groups > the group > Health Check > Modify");
    return LbConfigLint::Tr::tr("EC2 console > Target Groups > the target group > Health checks > Edit");
}

QString changeCommand(const LbConfig &c, const QString &setting, const QString &value)
{
    const QString quoted = ShellQuote::quote(Shell::Posix, value);
    if (c.profileId == QStringLiteral("aws")) {
        const QString base = QStringLiteral("aws elbv2 modify-target-group --target-group-arn %1 ")
                                 .arg(id(c, QStringLiteral("target-group"), QStringLiteral("TARGET_GROUP_ARN")));
        if (setting == QStringLiteral("check-port"))
            return base + QStringLiteral("--health-check-port ") + quoted;
        if (setting == QStringLiteral("timeout"))
            return base + QStringLiteral("--health-check-timeout-seconds ") + quoted;
        if (setting == QStringLiteral("codes"))
            return base + QStringLiteral("--matcher ")
                + ShellQuote::quote(Shell::Posix, QStringLiteral("HttpCode=") + value);
        if (setting == QStringLiteral("switch"))
            return base + QStringLiteral("--health-check-enabled");
        return {};
    }
    if (c.profileId == QStringLiteral("alibaba")) {
        QString api = c.api;
        api.replace(QStringLiteral("Describe"), QStringLiteral("Set"));
        const QString base = QStringLiteral("aliyun slb %1 --LoadBalancerId %2 --ListenerPort %3 ")
                                 .arg(api, id(c, QStringLiteral("lb"), QStringLiteral("LB_ID")),
                                      id(c, QStringLiteral("listener-port"), QStringLiteral("LISTENER_PORT")));
        if (setting == QStringLiteral("check-port"))
            return base + QStringLiteral("--HealthCheckConnectPort ") + quoted;
        if (setting == QStringLiteral("timeout"))
            return base
                + (c.fields.value(QStringLiteral("timeout")).sourceField == QStringLiteral("HealthCheckTimeout")
                       ? QStringLiteral("--HealthCheckTimeout ")
                       : QStringLiteral("--HealthCheckConnectTimeout "))
                + quoted;
        if (setting == QStringLiteral("domain"))
            return base + QStringLiteral("--HealthCheckDomain ") + quoted;
        if (setting == QStringLiteral("codes")) {
            QStringList codes;
            for (const QString &part : value.split(QLatin1Char(',')))
                codes << QStringLiteral("http_") + part;
            return base + QStringLiteral("--HealthCheckHttpCode ")
                + ShellQuote::quote(Shell::Posix, codes.join(QLatin1Char(',')));
        }
        if (setting == QStringLiteral("switch"))
            return base + QStringLiteral("--HealthCheck on");
        return {};
    }
    if (c.profileId == QStringLiteral("tencent")) {
        QString key;
        QString json;
        if (setting == QStringLiteral("check-port"))
            json = QStringLiteral("{\"CheckPort\":%1}").arg(value.toInt());
        else if (setting == QStringLiteral("timeout"))
            json = QStringLiteral("{\"TimeOut\":%1}").arg(value.toInt());
        else if (setting == QStringLiteral("domain"))
            json = QStringLiteral("{\"HttpCheckDomain\":\"%1\"}").arg(value);
        else if (setting == QStringLiteral("codes"))
            json = QStringLiteral("{\"HttpCode\":%1}").arg(tencentMask(value));
        else if (setting == QStringLiteral("switch"))
            json = QStringLiteral("{\"HealthSwitch\":1}");
        else
            return {};
        return QStringLiteral("tccli clb ModifyListener --LoadBalancerId LB_ID --ListenerId %1 --HealthCheck %2")
            .arg(id(c, QStringLiteral("listener"), QStringLiteral("LISTENER_ID")),
                 ShellQuote::quote(Shell::Posix, json));
    }
    const QString base = QStringLiteral("hcloud ELB UpdateHealthMonitor/v3 --healthmonitor_id=%1 ")
                             .arg(id(c, QStringLiteral("healthmonitor"), QStringLiteral("HEALTHMONITOR_ID")));
    if (setting == QStringLiteral("check-port"))
        return base + QStringLiteral("--healthmonitor.monitor_port=") + quoted;
    if (setting == QStringLiteral("timeout"))
        return base + QStringLiteral("--healthmonitor.timeout=") + quoted;
    if (setting == QStringLiteral("domain"))
        return base + QStringLiteral("--healthmonitor.domain_name=") + quoted;
    if (setting == QStringLiteral("codes"))
        return base + QStringLiteral("--healthmonitor.expected_codes=") + quoted;
    if (setting == QStringLiteral("method"))
        return base + QStringLiteral("--healthmonitor.http_method=") + quoted;
    if (setting == QStringLiteral("switch"))
        return base + QStringLiteral("--healthmonitor.admin_state_up=true");
    return {};
}

QList<Problem> problems(const LbConfig &c, int servicePort)
{
    QList<Problem> out;
    const QString console = consolePath(c.profileId);
    if (!c.healthCheckOn) {
        out.append(
            {Status::Warn, QStringLiteral("check-off"),
             LbConfigLint::Tr::tr(
                 "Health checks are switched off (%1): the load balancer does not check the backends, so its health status says nothing about them.")
                 .arg(c.healthCheckSwitchField),
             LbConfigLint::Tr::tr("Switch the health check on: %1.").arg(console),
             changeCommand(c, QStringLiteral("switch"), {})});
    }
    const int port = c.has(QStringLiteral("port")) ? c.value(QStringLiteral("port")).toInt() : servicePort;
    if (c.has(QStringLiteral("check-port")) && port > 0 && c.value(QStringLiteral("check-port")).toInt() != port) {
        const QString checkPort = c.value(QStringLiteral("check-port"));
        out.append(
            {Status::Warn, QStringLiteral("check-port"),
             LbConfigLint::Tr::tr(
                 "The health checks go to port %1 (%2), but the service is on port %3: the backend is judged by whatever answers on %1.")
                 .arg(checkPort, c.fields.value(QStringLiteral("check-port")).sourceField)
                 .arg(port),
             LbConfigLint::Tr::tr("Make sure the service also answers on port %1, or point the check at port %2: %3.")
                 .arg(checkPort)
                 .arg(port)
                 .arg(console),
             changeCommand(c, QStringLiteral("check-port"),
                           c.profileId == QStringLiteral("aws") ? QStringLiteral("traffic-port")
                                                                : QString::number(port))});
    }
    if (c.has(QStringLiteral("timeout")) && c.has(QStringLiteral("interval"))) {
        const int timeout = c.value(QStringLiteral("timeout")).toInt();
        const int interval = c.value(QStringLiteral("interval")).toInt();
        if (timeout >= interval) {
            out.append(
                {Status::Warn, QStringLiteral("timeout-interval"),
                 LbConfigLint::Tr::tr(
                     "The timeout (%1 s) is not shorter than the interval (%2 s): a slow answer runs into the next check; the providers ask for a timeout below the interval.")
                     .arg(timeout)
                     .arg(interval),
                 LbConfigLint::Tr::tr("Set the timeout below the interval: %1.").arg(console),
                 changeCommand(c, QStringLiteral("timeout"), QString::number(std::max(interval - 1, 2)))});
        }
    }
    const QString listener = c.value(QStringLiteral("listener"));
    const bool http = listener == QStringLiteral("http") || listener == QStringLiteral("https");
    if (http && c.value(QStringLiteral("http-version")) == QStringLiteral("1.1")
        && c.value(QStringLiteral("domain")).isEmpty() && c.profileId != QStringLiteral("aws")) {
        out.append(
            {Status::Warn, QStringLiteral("no-host"),
             LbConfigLint::Tr::tr(
                 "The check uses HTTP/1.1 without a domain: the Host header carries only an IP address, and many servers answer 400, 404 or a default site to that."),
             LbConfigLint::Tr::tr("Set the health-check domain to the name the site answers to: %1.").arg(console),
             changeCommand(c, QStringLiteral("domain"), QStringLiteral("www.example.com"))});
    }
    if (c.profileId == QStringLiteral("huawei") && c.has(QStringLiteral("method"))
        && c.value(QStringLiteral("method")) != QStringLiteral("GET")) {
        out.append(
            {Status::Warn, QStringLiteral("method"),
             LbConfigLint::Tr::tr(
                 "http_method is %1, but Huawei Cloud documents this field as not supported (do not use): the checks are sent with GET.")
                 .arg(c.value(QStringLiteral("method"))),
             LbConfigLint::Tr::tr("Leave http_method at GET and make the path answer GET: %1.").arg(console),
             changeCommand(c, QStringLiteral("method"), QStringLiteral("GET"))});
    }
    if (http && c.has(QStringLiteral("codes"))) {
        const auto codes = StatusCodeSet::parse(c.value(QStringLiteral("codes")));
        if (codes && !codes->contains(301) && !codes->contains(302)) {
            const QString wider = c.profileId == QStringLiteral("aws") ? QStringLiteral("200-399")
                : c.profileId == QStringLiteral("huawei")              ? QStringLiteral("200-399")
                                                                       : codes->toString() + QStringLiteral(",3xx");
            out.append(
                {Status::Pass, QStringLiteral("codes-redirect"),
                 LbConfigLint::Tr::tr(
                     "The healthy codes (%1) exclude redirects (301, 302): a backend that redirects the check path (to HTTPS, to a login page) is unhealthy.")
                     .arg(codes->toString()),
                 LbConfigLint::Tr::tr(
                     "If the path redirects, point the check at a path that answers directly, or count 3xx as healthy: %1.")
                     .arg(console),
                 changeCommand(c, QStringLiteral("codes"), wider)});
        }
    }
    if (c.failsOpen) {
        out.append(
            {Status::Pass,
             QStringLiteral("fail-open"),
             LbConfigLint::Tr::tr(
                 "When every backend is unhealthy, %1 sends traffic to all of them (fails open): the service can seem to work while every health check fails.")
                 .arg(providerName(c.profileId)),
             {},
             {}});
    }
    return out;
}

QStringList importedLines(const LbConfig &c)
{
    QStringList lines;
    for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
        const QString value = it->value.isEmpty() ? LbConfigLint::Tr::tr("(none)") : it->value;
        lines << LbConfigLint::Tr::tr("%1 = %2 (from %3)").arg(it.key(), value, it->sourceField);
    }
    return lines;
}

Finding finding(const LbConfig &c, const RunContext &context, const QString &raw)
{
    const QList<Problem> found = problems(c, context.target.port);
    QList<Problem> warnings;
    for (const Problem &p : found) {
        if (p.status == Status::Warn)
            warnings << p;
    }
    Finding f = Finding::make(QStringLiteral("lbconfig"), warnings.isEmpty() ? Status::Pass : Status::Warn, {});
    f.kind = QStringLiteral("lbconfig");
    f.raw = raw;
    if (warnings.isEmpty()) {
        f.summary = LbConfigLint::Tr::tr("%1 %2: the health-check settings have nothing LB Doctor would change")
                        .arg(providerName(c.profileId), c.api);
        f.outcome = QStringLiteral("ok");
    } else {
        f.summary = warnings.first().text;
        if (warnings.size() > 1)
            f.summary += LbConfigLint::Tr::tr(" (and %1 more)").arg(warnings.size() - 1);
        f.outcome = warnings.first().outcome;
    }
    f.evidence << LbConfigLint::Tr::tr("Imported from %1 %2:").arg(providerName(c.profileId), c.api);
    f.evidence << importedLines(c);
    for (const QString &note : c.notes)
        f.evidence << note;
    for (const Problem &p : found) {
        if (p.status == Status::Warn)
            continue;
        f.evidence << p.text;
    }
    for (const Problem &p : warnings) {
        if (p.text != f.summary)
            f.evidence << p.text;
        f.appendFix(p.fix);
        if (!p.command.isEmpty())
            f.commands << p.command;
    }
    return f;
}

} // namespace LbConfigLint

Finding relateLbConfig(const Finding &lbconfig, const Finding &http, const RunContext &)
{
    if (http.step != StepId::Http || http.outcome != FindingOutcome::BadStatus || lbconfig.raw.isEmpty())
        return lbconfig;
    static const QRegularExpression statusLine(QStringLiteral("^HTTP/\\d(?:\\.\\d)? (3\\d\\d)"),
                                               QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = statusLine.match(http.raw);
    if (!m.hasMatch())
        return lbconfig;
    const LbImportResult r = LbImport::read(lbconfig.raw);
    if (!r.config)
        return lbconfig;
    const QList<LbConfigLint::Problem> problems = LbConfigLint::problems(*r.config, 0);
    const auto redirect = std::find_if(problems.cbegin(), problems.cend(), [](const LbConfigLint::Problem &p) {
        return p.outcome == FindingOutcome::CodesRedirect;
    });
    if (redirect == problems.cend())
        return lbconfig;
    const QString sentence =
        LbConfigLint::Tr::tr(
            "The backend answers the check with a redirect (%1), and the listener's healthy codes (%2) do not accept it.")
            .arg(m.captured(1), r.config->value(QStringLiteral("codes")));
    if (lbconfig.evidence.contains(sentence))
        return lbconfig;
    Finding f = lbconfig;
    f.status = std::max(f.status, Status::Warn);
    f.outcome = FindingOutcome::CodesRedirect;
    f.evidence << sentence;
    f.summary = sentence;
    f.appendFix(redirect->fix);
    if (!redirect->command.isEmpty() && !f.commands.contains(redirect->command))
        f.commands << redirect->command;
    return f;
}
