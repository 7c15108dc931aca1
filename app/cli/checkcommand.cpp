#include "checkcommand.h"

#include "clioutput.h"
#include "groupcheck.h"
#include "textformat.h"

#include "analyzers/analyzer.h"
#include "analyzers/capture/captureinput.h"
#include "analyzers/lb/lbconfigtarget.h"
#include "collect/bundle/bundleparser.h"
#include "collect/capture/livecapture.h"
#include "collect/group/groupsshcollection.h"
#include "core/plan.h"
#include "core/profilestore.h"
#include "core/runner.h"
#include "core/textdecode.h"
#include "report/groupreport.h"
#include "report/reportwriter.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonDocument>

namespace {
constexpr qint64 maxEvidenceFileBytes = 200 * 1024 * 1024;
} // namespace

int CheckCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs the providers' health-check procedure against one backend."));
    CliOutput::addCommonOptions(parser);
    m_targetOptions.addTo(parser);
    const QCommandLineOption local(QStringLiteral("local"),
                                   tr("LB Doctor runs on the backend: collect firewall, sockets, routes... here."));
    const QCommandLineOption evidence(QStringLiteral("evidence"),
                                      tr("Analyze saved output: KIND=FILE (kind or step id). Repeatable."),
                                      QStringLiteral("KIND=FILE"));
    const QCommandLineOption report(QStringLiteral("report"), tr("Write a report; the format follows the extension."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption lbConfig(
        QStringLiteral("lb-config"),
        tr("The listener's health-check configuration (the provider's CLI/API JSON): fills the target; explicit options win."),
        QStringLiteral("FILE"));
    const QCommandLineOption lbStatus(
        QStringLiteral("lb-status"),
        tr("The backends' health status as the load balancer reports it (the provider's CLI/API JSON)."),
        QStringLiteral("FILE"));
    const QCommandLineOption ssh(
        QStringLiteral("ssh"),
        tr("Collect the backend's evidence over SSH with the system's ssh client: [USER@]HOST[:PORT]; with --targets, each backend's: USER@{ip} or {name}."),
        QStringLiteral("DEST"));
    const QCommandLineOption sshOption(
        QStringLiteral("ssh-option"),
        tr("Pass an ssh option (-o KEY=VALUE): IdentityFile, UserKnownHostsFile, ProxyJump... Repeatable."),
        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption sshOs(
        QStringLiteral("ssh-os"),
        tr("The backend's system for --ssh: linux (default) or windows (PowerShell over OpenSSH)."),
        QStringLiteral("OS"));
    const QCommandLineOption sshTimeLimit(QStringLiteral("ssh-time-limit"),
                                          tr("Stop an SSH collection after this many seconds (default 120)."),
                                          QStringLiteral("SECONDS"));
    const QCommandLineOption targets(
        QStringLiteral("targets"),
        tr("Check a whole server group instead of one backend: a CSV file (ip,port[,check_port][,name]), a list with one ip:port a line, or a load balancer status; - reads standard input."),
        QStringLiteral("FILE"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        tr("With --targets: at most N connections in flight (default %1; a backend's TCP and HTTP probes count two).")
            .arg(GroupRunner::defaultConcurrency),
        QStringLiteral("N"));
    const QCommandLineOption bundles(
        QStringLiteral("bundles"),
        tr("With --targets: the backends' collection bundles, a folder of files or a file (repeatable); each goes to the backend whose address its host owns, whose name is its host name, or whose address or name is its file name."),
        QStringLiteral("PATH"));
    const QCommandLineOption capture(
        QStringLiteral("capture"),
        tr("Capture the health checks for SECONDS (30s, 2m) with tcpdump: with --local here first (as root), with --ssh as the bundle's last section."),
        QStringLiteral("SECONDS"));
    parser.addOptions({local, evidence, report, json, lbConfig, lbStatus, ssh, sshOption, sshOs, sshTimeLimit, targets,
                       concurrency, bundles, capture});
    parser.addPositionalArgument(QStringLiteral("check"), tr("The check command."));
    if (const auto exitCode = CliOutput::parseCommand(parser, arguments, QStringLiteral("check")))
        return *exitCode;

    ProfileStore profiles;
    CliOutput::loadProfiles(profiles);
    // The load balancer's own configuration fills what the options leave out.
    std::optional<LbConfig> imported;
    QHash<QString, QString> importedValues;
    if (parser.isSet(lbConfig)) {
        const QString file = parser.value(lbConfig);
        const auto text = TextDecode::readFile(file, maxEvidenceFileBytes);
        if (!text)
            return CliOutput::usageError(text.error());
        const LbImportResult r = LbImport::read(*text);
        if (!r.config)
            return CliOutput::usageError(
                tr("--lb-config %1: %2")
                    .arg(file,
                         r.status ? tr("this is a backend status (%1): pass it with --lb-status").arg(r.status->api)
                                  : r.error));
        if (parser.isSet(QStringLiteral("profile")) && parser.value(QStringLiteral("profile")) != r.config->profileId)
            return CliOutput::usageError(tr("--lb-config %1 is a %2 configuration, but --profile says %3")
                                             .arg(file, r.config->profileId, parser.value(QStringLiteral("profile"))));
        imported = r.config;
        importedValues = LbConfigTarget::optionValues(*r.config);
        if (parser.isSet(QStringLiteral("profile")) && parser.isSet(QStringLiteral("variant")))
            importedValues.remove(QStringLiteral("variant"));
        m_evidence.insert(StepId::LbConfig, Evidence{QStringLiteral("lbconfig"), *text, file});
    }
    if (parser.isSet(lbStatus)) {
        const QString file = parser.value(lbStatus);
        const auto text = TextDecode::readFile(file, maxEvidenceFileBytes);
        if (!text)
            return CliOutput::usageError(text.error());
        const LbImportResult r = LbImport::read(*text);
        if (!r.status)
            return CliOutput::usageError(
                tr("--lb-status %1: %2")
                    .arg(file,
                         r.config ? tr("this is a health-check configuration (%1): pass it with --lb-config")
                                        .arg(r.config->api)
                                  : r.error));
        m_evidence.insert(StepId::LbStatus, Evidence{QStringLiteral("lbstatus"), *text, file});
    }
    // A group: the list gives each backend's address and ports; the first one stands in for the
    // validation of the shared options.
    TargetList group;
    if (parser.isSet(concurrency) && !parser.isSet(targets))
        return CliOutput::usageError(tr("--concurrency needs --targets FILE|-"));
    if (parser.isSet(bundles) && !parser.isSet(targets))
        return CliOutput::usageError(tr("--bundles needs --targets FILE|-; for one backend use --evidence bundle=FILE"));
    if (parser.isSet(targets)) {
        if (parser.isSet(QStringLiteral("ip")) || parser.isSet(QStringLiteral("port")))
            return CliOutput::usageError(
                tr("--targets gives the backends' addresses and ports: leave out --ip and --port"));
        if (parser.isSet(local))
            return CliOutput::usageError(
                tr("--local collects on this one machine; each backend of a group gives its own evidence: --ssh USER@{ip} or --bundles PATH"));
        if (parser.isSet(ssh) && parser.isSet(bundles))
            return CliOutput::usageError(
                tr("--ssh and --bundles both give each backend's evidence: choose one"));
        const QString file = parser.value(targets);
        const auto text = TextDecode::readFile(file, maxEvidenceFileBytes);
        if (!text)
            return CliOutput::usageError(text.error());
        const auto read = GroupCheck::readTargets(*text);
        if (!read)
            return CliOutput::usageError(tr("--targets %1: %2").arg(file, read.error()));
        group = *read;
        if (!parser.isSet(lbStatus) && GroupCheck::looksLikeStatus(*text))
            m_evidence.insert(StepId::LbStatus, Evidence{QStringLiteral("lbstatus"), *text, file});
        importedValues.insert(QStringLiteral("ip"), group.rows.constFirst().address.toString());
        importedValues.insert(QStringLiteral("port"), QString::number(group.rows.constFirst().port));
    }
    if (const auto built = m_targetOptions.build(parser, profiles, &m_context, importedValues); !built) {
        const QString from = imported
            ? tr("\n(values not given as options come from --lb-config %1)").arg(parser.value(lbConfig))
            : QString();
        return CliOutput::usageError(built.error() + from);
    }
    if (imported) {
        LbConfigTarget::applyToVariant(*imported, m_context.variant);
        if (!parser.isSet(QStringLiteral("timeout")) && imported->has(QStringLiteral("timeout")))
            m_context.timeoutMs = imported->value(QStringLiteral("timeout")).toInt() * 1000;
        LbConfigTarget::recordIn(*imported, parser.value(lbConfig), m_context.target);
        // An explicit option wins: its field is not an imported value.
        for (const QString &option : m_context.target.importedFields.keys()) {
            if (parser.optionNames().contains(option))
                m_context.target.importedFields.remove(option);
        }
        QJsonObject &fields = m_context.target.importedFields;
        const QJsonObject checkPort = fields.value(QStringLiteral("check-port")).toObject();
        if (checkPort.value(QStringLiteral("from")).toString().contains(QStringLiteral("traffic-port")))
            fields.insert(QStringLiteral("check-port"),
                          QJsonObject{{QStringLiteral("value"), QString::number(m_context.target.checkPort)},
                                      {QStringLiteral("from"), checkPort.value(QStringLiteral("from"))}});
    }
    m_context.mode = parser.isSet(local) ? RunMode::Collect : RunMode::Probe;
    if (parser.isSet(ssh)) {
        if (parser.isSet(local))
            return CliOutput::usageError(tr("--local and --ssh both collect the backend's evidence: choose one"));
        if (parser.isSet(targets)) {
            // A group: one destination per backend, from a template.
            if (const auto valid = GroupSshCollection::validTemplate(parser.value(ssh)); !valid)
                return CliOutput::usageError(valid.error());
            m_sshTemplate = parser.value(ssh);
        } else {
            const auto destination = SshDestination::parse(parser.value(ssh));
            if (!destination)
                return CliOutput::usageError(destination.error());
            m_ssh = *destination;
        }
        for (const QString &o : parser.values(sshOption)) {
            if (const auto valid = SshCollector::validOption(o); !valid)
                return CliOutput::usageError(valid.error());
        }
        m_sshOptions = parser.values(sshOption);
        if (parser.isSet(sshOs) && !BundleScript::fromId(parser.value(sshOs), &m_sshOs))
            return CliOutput::usageError(tr("--ssh-os takes linux or windows, got \"%1\"").arg(parser.value(sshOs)));
        if (parser.isSet(sshTimeLimit)) {
            bool ok = false;
            const double seconds = parser.value(sshTimeLimit).toDouble(&ok);
            if (!ok || seconds <= 0 || seconds > 3600)
                return CliOutput::usageError(
                    tr("--ssh-time-limit takes 1-3600 seconds, got \"%1\"").arg(parser.value(sshTimeLimit)));
            m_sshTimeLimitMs = int(seconds * 1000);
        }
    } else if (parser.isSet(sshOption) || parser.isSet(sshOs) || parser.isSet(sshTimeLimit)) {
        return CliOutput::usageError(tr("--ssh-option, --ssh-os and --ssh-time-limit need --ssh [USER@]HOST[:PORT]"));
    }
    m_json = parser.isSet(json);
    if (parser.isSet(capture)) {
        m_captureSeconds = LiveCapture::parseDuration(parser.value(capture));
        if (m_captureSeconds <= 0)
            return CliOutput::usageError(
                tr("--capture takes a duration of 1 s to 1 h (30, 30s, 2m), got \"%1\"").arg(parser.value(capture)));
        if (!parser.isSet(local) && !parser.isSet(ssh))
            return CliOutput::usageError(tr(
                "--capture needs --local (LB Doctor captures here, on the backend) or --ssh (the bundle captures there)"));
        if (!parser.isSet(sshTimeLimit))
            m_sshTimeLimitMs += m_captureSeconds * 1000;
    }

    if (parser.isSet(report)) {
        m_reportFile = parser.value(report);
        if (!ReportRegistry::forFileName(m_reportFile))
            return CliOutput::usageError(
                tr("cannot write \"%1\": the report format follows the extension, one of %2")
                    .arg(m_reportFile, ReportRegistry::extensions().join(QStringLiteral(", "))));
    }

    for (const QString &spec : parser.values(evidence)) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return CliOutput::usageError(tr("--evidence takes KIND=FILE, got \"%1\"").arg(spec));
        const QString kind = spec.left(eq);
        const QString file = spec.mid(eq + 1);
        Evidence e;
        QString step;
        if (kind == QStringLiteral("bundle")) {
            if (parser.isSet(targets))
                return CliOutput::usageError(
                    tr("--evidence bundle=FILE is one backend's: give each backend of the group its own with --bundles PATH"));
            if (m_ssh)
                return CliOutput::usageError(
                    tr("--ssh and --evidence bundle=FILE both give the backend's evidence: choose one"));
            const auto text = TextDecode::readFile(file, maxEvidenceFileBytes);
            if (!text)
                return CliOutput::usageError(text.error());
            const ParsedBundle parsed = BundleParser::parse(*text);
            if (!parsed.hasMarkers) {
                const Analyzer *looks = AnalyzerRegistry::recognizeAny(*text);
                return CliOutput::usageError(tr("%1: %2").arg(file, parsed.problems.value(0))
                                             + (looks ? tr(" (it looks like %1: pass it as --evidence %2=FILE)")
                                                            .arg(looks->description(), looks->kind())
                                                      : QString()));
            }
            m_bundle = BundleAnalysis::analyze(parsed, m_context, QStringLiteral("bundle"));
            continue;
        }
        if (Step::allIds().contains(kind)) {
            step = kind; // the kind is detected from the content
        } else if (!Step::stepForKind(kind).isEmpty()) {
            step = Step::stepForKind(kind);
            e.kind = kind;
        } else {
            QStringList known = Step::allIds();
            for (const QString &id : Step::allIds())
                known << Step::evidenceKindsFor(id);
            known.removeDuplicates();
            return CliOutput::usageError(
                tr("unknown evidence kind \"%1\"; one of: %2").arg(kind, known.join(QStringLiteral(", "))));
        }
        if (step == StepId::Capture) {
            const auto loaded = CaptureInput::load(file, maxEvidenceFileBytes);
            if (!loaded)
                return CliOutput::usageError(loaded.error());
            e = *loaded;
        } else {
            const auto text = TextDecode::readFile(file, maxEvidenceFileBytes);
            if (!text)
                return CliOutput::usageError(text.error());
            e.text = *text;
            if (BundleParser::looksLikeBundle(e.text))
                return CliOutput::usageError(
                    tr("%1 is the output of the collection bundle, not of one command: pass it as --evidence bundle=%1")
                        .arg(file));
        }
        e.origin = file;
        m_evidence.insert(step, e);
    }

    if (parser.isSet(targets)) {
        for (auto it = m_evidence.constBegin(); it != m_evidence.constEnd(); ++it) {
            // Console evidence (a security group, the load balancer's own view) is the group's; a
            // backend's firewall or sockets would be claimed for every backend.
            if (Step::sideOf(it.key()) != StepSide::Console)
                return CliOutput::usageError(
                    tr("--evidence %1=FILE would say the same of every backend of the group: give each backend its own with --bundles PATH or --ssh USER@{ip}")
                        .arg(it.key()));
        }
        GroupCheck::Options options;
        if (parser.isSet(concurrency)) {
            bool ok = false;
            options.concurrency = parser.value(concurrency).toInt(&ok);
            if (!ok || options.concurrency < 1 || options.concurrency > GroupRunner::maxConcurrency)
                return CliOutput::usageError(tr("--concurrency takes 1-%1, got \"%2\"")
                                                 .arg(GroupRunner::maxConcurrency)
                                                 .arg(parser.value(concurrency).left(40)));
        }
        // A check port given as an option (or by --lb-config) applies where a row names none.
        const bool sharedCheckPort =
            parser.isSet(QStringLiteral("check-port")) || importedValues.contains(QStringLiteral("check-port"));
        const quint16 checkPort = m_context.target.checkPort;
        for (TargetRow &row : group.rows) {
            if (sharedCheckPort && !row.ownCheckPort)
                row.checkPort = checkPort;
        }
        if (!m_reportFile.isEmpty() && !GroupReport::supports(m_reportFile))
            return CliOutput::usageError(tr("cannot write \"%1\": a group report is one of %2")
                                             .arg(m_reportFile, GroupReport::extensions().join(QStringLiteral(", "))));
        options.json = m_json;
        options.reportFile = m_reportFile;
        options.targetProblems = group.messages();
        options.evidence = m_evidence;
        options.bundlePaths = parser.values(bundles);
        if (!m_sshTemplate.isEmpty()) {
            GroupSshCollection::Settings ssh;
            ssh.destination = m_sshTemplate;
            ssh.options = m_sshOptions;
            ssh.os = m_sshOs;
            ssh.timeLimitMs = m_sshTimeLimitMs;
            ssh.captureSeconds = m_captureSeconds;
            options.ssh = ssh;
        }
        auto *check = new GroupCheck(m_context, plan(), group.rows, options, this);
        connect(check, &GroupCheck::done, this, &CheckCommand::done);
        check->start();
        return -1;
    }

    m_startedAt = QDateTime::currentDateTimeUtc();
    resolveThenRun();
    return -1;
}

void CheckCommand::resolveThenRun()
{
    if (!m_context.target.needsResolution()) {
        run();
        return;
    }
    QHostInfo::lookupHost(m_context.target.host, this, [this](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            CliOutput::usageError(tr("cannot resolve \"%1\": %2").arg(m_context.target.host, info.errorString()));
            emit done(CliOutput::BadUsage);
            return;
        }
        m_context.target.address = info.addresses().constFirst();
        if (!m_json)
            CliOutput::err(tr("%1 resolves to %2\n").arg(m_context.target.host, m_context.target.address.toString()));
        run();
    });
}

void CheckCommand::collectOverSsh()
{
    m_collector = new SshCollector(this);
    m_collector->setDestination(*m_ssh);
    m_collector->setOptions(m_sshOptions);
    m_collector->setOs(m_sshOs);
    m_collector->setTimeLimitMs(m_sshTimeLimitMs);
    m_collector->setBatchMode(true);
    connect(m_collector, &SshCollector::finished, this, [this](const SshCollector::Result &result) {
        m_collector->deleteLater();
        if (!result.usable()) {
            CliOutput::usageError(result.message);
            emit done(CliOutput::BadUsage);
            return;
        }
        if (result.failure == SshCollector::Failure::TimedOut)
            CliOutput::err(tr("warning: %1; the output received so far is analyzed\n").arg(result.message));
        const ParsedBundle parsed = BundleParser::parse(result.output);
        if (!parsed.hasMarkers) {
            CliOutput::usageError(
                tr("%1 answered over ssh, but not with the bundle's output (%2 bytes, no === LBDOCTOR markers): check that the account's shell runs `sh -s` (a forced command or a menu replaces it), or use --ssh-os windows for a Windows server")
                    .arg(m_ssh->display())
                    .arg(result.output.size() + result.bytesCut));
            emit done(CliOutput::BadUsage);
            return;
        }
        m_bundle = BundleAnalysis::analyze(parsed, m_context, QStringLiteral("ssh"));
        run();
    });
    if (!m_json)
        CliOutput::err(tr("collecting over ssh from %1...\n").arg(m_ssh->display()));
    m_collector->start(BundleScript::generate(m_sshOs, m_context, m_captureSeconds));
}

QList<Step> CheckCommand::plan() const
{
    QList<Step> plan = Plan::build(m_context.variant, m_context.target.listener, m_context.mode);
    // Evidence for a step the plan does not hold (a capture, the imported lbconfig and lbstatus) adds that step.
    QStringList extras = m_evidence.keys();
    if (m_captureFinding
        || (m_bundle && std::any_of(m_bundle->findings.cbegin(), m_bundle->findings.cend(), [](const Finding &f) {
                return f.step == QStringLiteral("capture");
            })))
        extras << QStringLiteral("capture");
    for (auto it = extras.constBegin(); it != extras.constEnd(); ++it) {
        if (std::none_of(plan.cbegin(), plan.cend(), [&](const Step &s) { return s.id == *it; })) {
            Step extra;
            extra.id = *it;
            extra.side = Step::sideOf(*it);
            extra.source = StepSource::Paste;
            plan << extra;
        }
    }
    return plan;
}

void CheckCommand::captureLocally()
{
    auto *capture = new LiveCapture(this);
    capture->setContext(m_context);
    capture->setSeconds(m_captureSeconds);
    connect(capture, &LiveCapture::listening, this, [this] {
        if (!m_json)
            CliOutput::err(tr("capturing the health checks on any for %1 s with tcpdump...\n").arg(m_captureSeconds));
    });
    connect(capture, &LiveCapture::finished, this, [this, capture](const LiveCapture::Result &result) {
        capture->deleteLater();
        m_captured = true;
        if (result.failure != LiveCapture::Failure::None) {
            // The rest of the check still runs; the capture step says why it has no capture.
            Finding f = Finding::make(QStringLiteral("capture"), Status::Unknown,
                                      tr("unknown, because %1").arg(result.message));
            f.kind = QStringLiteral("capture");
            f.source = QStringLiteral("local");
            m_captureFinding = f;
        } else if (const auto empty = LiveCapture::emptyCaptureFinding(result, m_context)) {
            m_captureFinding = *empty;
        } else {
            Evidence e;
            e.kind = QStringLiteral("capture");
            e.file = result.file;
            e.origin = result.command;
            m_evidence.insert(QStringLiteral("capture"), e);
        }
        run();
    });
    capture->start();
}

void CheckCommand::run()
{
    if (m_ssh && !m_bundle) {
        collectOverSsh();
        return;
    }
    if (m_captureSeconds > 0 && !m_ssh && !m_captured) {
        captureLocally();
        return;
    }
    m_runner = new Runner(m_context, plan(), this);
    for (auto it = m_evidence.constBegin(); it != m_evidence.constEnd(); ++it)
        m_runner->setEvidence(it.key(), it.value());
    if (m_bundle) {
        for (const QString &note : std::as_const(m_bundle->notes))
            CliOutput::err(tr("warning: %1\n").arg(note));
        for (const Finding &f : std::as_const(m_bundle->findings)) {
            if (!m_evidence.contains(f.step))
                m_runner->setFinding(f.step, f);
        }
    }
    if (m_captureFinding)
        m_runner->setFinding(QStringLiteral("capture"), *m_captureFinding);
    connect(m_runner, &Runner::finished, this, &CheckCommand::finish);
    m_runner->start();
}

void CheckCommand::finish()
{
    Session session;
    session.context = m_context;
    session.startedAt = m_startedAt;
    session.findings = m_runner->findings();
    session.evidence = m_evidence;

    if (m_json)
        CliOutput::out(QString::fromUtf8(QJsonDocument(session.toJson()).toJson(QJsonDocument::Indented)));
    else
        CliOutput::out(TextFormat::session(session));

    if (!m_reportFile.isEmpty()) {
        if (const auto written = ReportFile::write(session, m_reportFile); !written) {
            CliOutput::err(QStringLiteral("lbdoctor-cli: ") + written.error() + QLatin1Char('\n'));
            emit done(CliOutput::BadUsage);
            return;
        }
        if (!m_json)
            CliOutput::out(tr("Report written to %1\n").arg(m_reportFile));
    }
    const bool failed = std::any_of(session.findings.cbegin(), session.findings.cend(),
                                    [](const Finding &f) { return f.status == Status::Fail; });
    emit done(failed ? CliOutput::ProblemFound : CliOutput::NothingFailed);
}
