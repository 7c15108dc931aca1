#include "democommand.h"

#include "clioutput.h"
#include "textformat.h"

#include "core/plan.h"
#include "core/profilestore.h"
#include "core/runner.h"
#include "core/sentences.h"
#include "probes/demobackend.h"
#include "report/reportwriter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {
[[maybe_unused]] const bool registeredDemo =
    AsyncCommands::setDemo([](QObject *parent) -> AsyncCommand * { return new DemoCommand(parent); });

QString mainStep(Listener listener)
{
    switch (listener) {
    case Listener::Tcp: return QStringLiteral("tcp");
    case Listener::Udp: return QStringLiteral("udp");
    case Listener::Http:
    case Listener::Https: return QStringLiteral("http");
    }
    return QStringLiteral("tcp");
}
} // namespace

int DemoCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Starts a small backend with known faults on 127.0.0.1 and checks it the way load balancers do."));
    CliOutput::addCommonOptions(parser);
    const QCommandLineOption report(
        QStringLiteral("report"),
        tr("Write one report per demo check: FILE with the check's name before the extension."),
        QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({report, json});
    parser.addPositionalArgument(QStringLiteral("demo"), tr("The demo command."));
    if (const auto exitCode = CliOutput::parseCommand(parser, arguments, QStringLiteral("demo")))
        return *exitCode;
    m_json = parser.isSet(json);
    if (parser.isSet(report)) {
        m_reportFile = parser.value(report);
        if (!ReportRegistry::forFileName(m_reportFile))
            return CliOutput::usageError(
                tr("cannot write \"%1\": the report format follows the extension, one of %2")
                    .arg(m_reportFile, ReportRegistry::extensions().join(QStringLiteral(", "))));
    }

    m_backend = new DemoBackend(this);
    m_backend->setSlowDelayMs(slowPageMs);
    if (const auto started = m_backend->start(); !started)
        return CliOutput::usageError(started.error());

    m_profiles.loadAll();
    const DemoBackend &b = *m_backend;
    Result<void> added;
    // The first scenario that cannot be set up stops the rest and is reported.
    const auto add = [&](const QString &id, const QString &title, const QString &explanation, Status expected,
                         const QString &profileId, const QString &variantId, Listener listener, quint16 port,
                         const QString &path, const QString &domain) {
        if (added)
            added = addScenario(id, title, explanation, expected, profileId, variantId, listener, port, path, domain);
    };
    add(QStringLiteral("healthy"), tr("A healthy page"),
        tr("HEAD %1 answers 200 OK, as Alibaba Cloud's check expects.").arg(DemoBackend::healthyPath()), Status::Pass,
        QStringLiteral("alibaba"), {}, Listener::Http, b.httpPort(), DemoBackend::healthyPath(), {});
    add(QStringLiteral("missing"), tr("A health-check path that does not exist"),
        tr("The listener checks %1, which the site does not have: 404.").arg(DemoBackend::missingPath()), Status::Fail,
        QStringLiteral("alibaba"), {}, Listener::Http, b.httpPort(), DemoBackend::missingPath(), {});
    add(QStringLiteral("redirect"), tr("A redirect to HTTPS"),
        tr("301 is healthy for Alibaba's default 2xx/3xx, but not for Huawei's shared load balancer (200, 202, 401)."),
        Status::Fail, QStringLiteral("huawei"), QStringLiteral("shared"), Listener::Http, b.httpPort(),
        DemoBackend::redirectPath(), {});
    add(QStringLiteral("slow"), tr("A slow page"),
        tr("The page takes %1 ms; the demo's health-check timeout is %2 ms.").arg(slowPageMs).arg(timeoutMs),
        Status::Warn, QStringLiteral("alibaba"), {}, Listener::Http, b.httpPort(), DemoBackend::slowPath(), {});
    add(QStringLiteral("head"), tr("An application that does not route HEAD"),
        tr("The load balancer sends HEAD; the application answers only GET."), Status::Fail, QStringLiteral("alibaba"),
        {}, Listener::Http, b.httpPort(), DemoBackend::headNotRoutedPath(), {});
    add(QStringLiteral("vhost"), tr("A virtual host without the health-check domain"),
        tr("The site answers only for Host: %1; without a domain the check sends the IP.")
            .arg(DemoBackend::vhostDomain()),
        Status::Fail, QStringLiteral("alibaba"), {}, Listener::Http, b.vhostPort(), DemoBackend::healthyPath(), {});
    add(QStringLiteral("vhost-domain"), tr("The same virtual host with the domain set"),
        tr("With the health-check domain %1 the same site is healthy.").arg(DemoBackend::vhostDomain()), Status::Pass,
        QStringLiteral("alibaba"), {}, Listener::Http, b.vhostPort(), DemoBackend::healthyPath(),
        DemoBackend::vhostDomain());
    add(QStringLiteral("silent"), tr("A backend that accepts and never answers"),
        tr("The port is open, the application hangs."), Status::Fail, QStringLiteral("alibaba"), {}, Listener::Http,
        b.silentPort(), DemoBackend::healthyPath(), {});
    add(QStringLiteral("closed"), tr("A port with nothing listening"),
        tr("The service is down: every TCP check is refused."), Status::Fail, QStringLiteral("alibaba"), {},
        Listener::Tcp, b.closedPort(), {}, {});
    add(QStringLiteral("udp-closed"), tr("A UDP port with nothing listening"),
        tr("The backend answers ping, but the datagram gets ICMP port unreachable."), Status::Fail,
        QStringLiteral("alibaba"), {}, Listener::Udp, b.udpClosedPort(), {}, {});
    add(QStringLiteral("udp-echo"), tr("A UDP service that answers"), tr("An echo service on UDP."), Status::Pass,
        QStringLiteral("alibaba"), {}, Listener::Udp, b.udpEchoPort(), {}, {});
    if (!added)
        return CliOutput::usageError(added.error());

    // Independent checks, all at once: the demo takes about one timeout, not the sum.
    m_running = int(m_scenarios.size());
    for (Scenario &s : m_scenarios) {
        s.runner =
            new Runner(s.session.context,
                       Plan::build(s.session.context.variant, s.session.context.target.listener, RunMode::Probe), this);
        connect(s.runner, &Runner::finished, this, &DemoCommand::onRunnerFinished);
    }
    for (Scenario &s : m_scenarios) {
        s.session.startedAt = QDateTime::currentDateTimeUtc();
        s.runner->start();
    }
    return -1;
}

Result<void> DemoCommand::addScenario(const QString &id, const QString &title, const QString &explanation,
                                      Status expected, const QString &profileId, const QString &variantId,
                                      Listener listener, quint16 port, const QString &path, const QString &domain)
{
    const Profile *profile = m_profiles.find(profileId);
    const ProfileVariant *variant = profile ? profile->variant(variantId) : nullptr;
    if (!variant)
        return Error{tr("the demo needs the built-in profile %1, which did not load").arg(profileId)};
    TargetInput input;
    input.listener = listenerId(listener);
    input.host = DemoBackend::address().toString();
    input.port = QString::number(port);
    input.path = path;
    input.domain = domain;
    const TargetValidation validation = TargetValidator::validate(input);
    if (!validation.ok())
        return Error{validation.errorText()};
    Scenario s;
    s.id = id;
    s.title = title;
    s.explanation = explanation;
    s.expected = expected;
    RunContext &c = s.session.context;
    c.profile = *profile;
    c.variant = *variant;
    c.variant.timing.timeoutSeconds = timeoutMs / 1000;
    c.target = validation.target;
    c.mode = RunMode::Probe;
    c.timeoutMs = timeoutMs;
    m_scenarios << s;
    return {};
}

bool DemoCommand::asDesigned(const Scenario &s)
{
    const QString step = mainStep(s.session.context.target.listener);
    return std::any_of(s.session.findings.cbegin(), s.session.findings.cend(),
                       [&](const Finding &f) { return f.step == step && f.status == s.expected; });
}

void DemoCommand::onRunnerFinished()
{
    if (--m_running > 0 || m_finished)
        return;
    m_finished = true;
    // Leave the runners' signal emission before printing and quitting.
    QMetaObject::invokeMethod(this, &DemoCommand::finish, Qt::QueuedConnection);
}

QString DemoCommand::reportFileFor(const Scenario &scenario) const
{
    const QFileInfo info(m_reportFile);
    const QString suffix = info.suffix();
    const QString base = m_reportFile.left(m_reportFile.size() - suffix.size() - 1);
    return base + QLatin1Char('-') + scenario.id + QLatin1Char('.') + suffix;
}

QString DemoCommand::text() const
{
    QString out =
        tr("LB Doctor demo: a backend with known faults on %1, checked the way load balancers check it.\n"
           "Every check runs at once with a %2 ms health-check timeout (providers use 2-15 s). Steps that need\n"
           "output from the backend server (firewall, listening sockets, routes...) are left out here.\n")
            .arg(DemoBackend::address().toString())
            .arg(timeoutMs);
    int n = 0;
    for (const Scenario &s : m_scenarios) {
        const RunContext &c = s.session.context;
        out += QStringLiteral("\n%1. %2\n").arg(++n).arg(s.title);
        QString how =
            tr("%1, %2 listener, %3:%4")
                .arg(c.profile.name.text(), listenerId(c.target.listener).toUpper(), c.target.address.toString())
                .arg(c.target.checkPort);
        if (isHttpListener(c.target.listener))
            how += tr(", %1 %2 HTTP/%3, healthy codes %4")
                       .arg(c.variant.http.method, c.target.path, c.variant.http.version, c.healthyCodes().toString());
        if (!c.target.domain.isEmpty())
            how += tr(", domain %1").arg(c.target.domain);
        out +=
            QStringLiteral("   ") + s.explanation + QLatin1Char('\n') + QStringLiteral("   ") + how + QLatin1Char('\n');
        for (const Finding &f : s.session.findings) {
            if (Step::sideOf(f.step) != StepSide::Network)
                continue;
            out += QStringLiteral("   ") + TextFormat::findingRow(f) + QLatin1Char('\n');
            if ((f.status == Status::Fail || f.status == Status::Warn) && !f.fix.isEmpty()) {
                // The first sentence in either language ("。" ends a Chinese one).
                QString fix = Sentences::first(f.fix);
                if (!fix.isEmpty() && !fix.back().isPunct())
                    fix += QLatin1Char('.');
                out += QStringLiteral("        ") + tr("Fix: ") + fix + QLatin1Char('\n');
            }
        }
        out += QStringLiteral("   ") + tr("Verdict: %1").arg(verdictWord(s.session.verdict()).toUpper())
            + QLatin1Char('\n');
        if (!asDesigned(s))
            out += QStringLiteral("   ")
                + tr("Note: the demo expected %1 here; something on this machine interferes (a firewall on loopback?)")
                      .arg(statusWord(s.expected))
                + QLatin1Char('\n');
    }
    out +=
        QLatin1Char('\n')
        + tr(
            "`lbdoctor-cli check --profile ID --listener http --ip IP --port N --path /p` runs the same checks against your backend;\n"
            "add --evidence KIND=FILE for the server-side steps, --json for machine-readable output.\n");
    return out;
}

void DemoCommand::finish()
{
    for (Scenario &s : m_scenarios) {
        if (s.runner)
            s.session.findings = s.runner->findings();
    }
    m_backend->stop();

    if (m_json) {
        QJsonArray checks;
        for (const Scenario &s : m_scenarios) {
            QJsonObject o = s.session.toJson();
            o.insert(QStringLiteral("demo"),
                     QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("title"), s.title},
                                 {QStringLiteral("explanation"), s.explanation}});
            checks.append(o);
        }
        const QJsonObject root{{QStringLiteral("tool"), toolJson()},
                               {QStringLiteral("demo"),
                                QJsonObject{{QStringLiteral("address"), DemoBackend::address().toString()},
                                            {QStringLiteral("timeoutMs"), timeoutMs}}},
                               {QStringLiteral("checks"), checks}};
        CliOutput::out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        CliOutput::out(text());
    }

    if (!m_reportFile.isEmpty()) {
        for (const Scenario &s : m_scenarios) {
            const QString file = reportFileFor(s);
            if (const auto written = ReportFile::write(s.session, file); !written) {
                CliOutput::err(QStringLiteral("lbdoctor-cli: ") + written.error() + QLatin1Char('\n'));
                emit done(CliOutput::BadUsage);
                return;
            }
            if (!m_json)
                CliOutput::out(tr("Report written to %1\n").arg(file));
        }
    }
    // The demo's faults are the point: it succeeds when every case showed the verdict it was built
    // to show, and fails when one did not (then something on this machine interferes).
    const bool allAsDesigned = std::all_of(m_scenarios.cbegin(), m_scenarios.cend(), asDesigned);
    emit done(allAsDesigned ? CliOutput::NothingFailed : CliOutput::ProblemFound);
}
