#include "cliapplication.h"

#include "asynccommand.h"
#include "bundlecommand.h"
#include "checkcommand.h"
#include "watchcommand.h"
#include "clioutput.h"
#include "importcommand.h"
#include "livecapturerun.h"
#include "targetoptions.h"
#include "textformat.h"

#include "analyzers/analyzer.h"
#include "analyzers/capture/captureinput.h"
#include "collect/capture/livecapture.h"
#include "core/profilestore.h"
#include "core/textdecode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
constexpr qint64 maxAnalyzeBytes = 200 * 1024 * 1024;
} // namespace

namespace AsyncCommands {
namespace {
Factory &demoFactory()
{
    static Factory factory = nullptr;
    return factory;
}
} // namespace
bool setDemo(Factory factory)
{
    demoFactory() = factory;
    return true;
}
Factory demo()
{
    return demoFactory();
}
} // namespace AsyncCommands

QString CliApplication::usage()
{
    return CliApplication::tr(
        "Usage:\n"
        "  lbdoctor-cli --version | --help\n"
        "  lbdoctor-cli profiles [--json]\n"
        "  lbdoctor-cli check   --profile ID [--variant V] --listener tcp|udp|http|https --ip IP --port N\n"
        "                       [--check-port N] [--domain HOST] [--path /p] [--codes 2xx,3xx|200,202]\n"
        "                       [--timeout MS] [--local] [--evidence KIND=FILE]... [--report FILE] [--json]\n"
        "                       [--source-cidr CIDR] [--iface NAME] [--lb-config FILE] [--lb-status FILE]\n"
        "                       [--ssh [USER@]HOST[:PORT] [--ssh-option KEY=VALUE]... [--ssh-os linux|windows]]\n"
        "                       [--targets FILE|- [--concurrency N] [--bundles PATH | --ssh USER@{ip}]]   (a server group)\n"
        "                       [--capture SECONDS]   (with --local or --ssh: a bounded tcpdump capture)\n"
        "  lbdoctor-cli analyze KIND --profile ID [--variant V] --port N [--listener tcp|udp|http|https] [--ip IP]\n"
        "                       [--source-cidr CIDR] [--iface NAME] --file FILE|- [--json]\n"
        "  lbdoctor-cli analyze capture --profile ID --port N [--listener L] [--iface NAME]\n"
        "                       --live SECONDS|30s|2m [--json]   (on the backend, as root: runs tcpdump)\n"
        "  lbdoctor-cli bundle  --os linux|windows --profile ID --listener L --port N [--ip IP]\n"
        "                       [--capture SECONDS]   (adds a bounded tcpdump section)\n"
        "  lbdoctor-cli import  FILE|- [--json]\n"
        "  lbdoctor-cli watch   (check's target options) [--interval MS] [--duration 10m|SECONDS]\n"
        "                       [--csv FILE] [--report FILE] [--json]\n"
        "  lbdoctor-cli demo    [--report FILE] [--json]\n"
        "\n"
        "Exit codes: 0 nothing failed, 1 a problem was found, 2 bad usage or bad input.\n"
        "`lbdoctor-cli COMMAND --help` describes each command's options.\n");
}

int CliApplication::run(const QStringList &arguments)
{
    // The command is the first argument that is not an option.
    QString command;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QStringLiteral("--lang")) {
            ++i; // its value is not the command
            continue;
        }
        if (!arguments[i].startsWith(QLatin1Char('-'))) {
            command = arguments[i];
            break;
        }
    }
    if (command.isEmpty()) {
        if (arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"))) {
            CliOutput::out(QStringLiteral("lbdoctor-cli %1\n").arg(QStringLiteral(LBDOCTOR_VERSION)));
            return CliOutput::NothingFailed;
        }
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
            CliOutput::out(usage());
            return CliOutput::NothingFailed;
        }
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            if (arguments[i] == QStringLiteral("--lang"))
                ++i;
            else if (!arguments[i].startsWith(QStringLiteral("--lang=")))
                return CliOutput::usageError(CliApplication::tr("unknown option \"%1\"").arg(arguments.at(i)), usage());
        }
        return CliOutput::usageError(CliApplication::tr("no command given"), usage());
    }
    if (command == QStringLiteral("profiles"))
        return profiles(arguments);
    if (command == QStringLiteral("analyze"))
        return analyze(arguments);
    if (command == QStringLiteral("import"))
        return ImportCommand::run(arguments);
    if (command == QStringLiteral("bundle"))
        return BundleCommand::run(arguments);
    if (command == QStringLiteral("check")) {
        return runAsync(new CheckCommand(&m_app), arguments);
    }
    if (command == QStringLiteral("watch"))
        return runAsync(new WatchCommand(&m_app), arguments);
    if (command == QStringLiteral("demo")) {
        if (!AsyncCommands::demo())
            return CliOutput::usageError(CliApplication::tr("the demo backend is not built into this LB Doctor yet"));
        return runAsync(AsyncCommands::demo()(&m_app), arguments);
    }
    return CliOutput::usageError(
        CliApplication::tr("unknown command \"%1\"; commands: profiles, check, analyze, bundle, import, watch, demo")
            .arg(command),
        usage());
}

int CliApplication::runAsync(AsyncCommand *command, const QStringList &arguments)
{
    QObject::connect(command, &AsyncCommand::done, &m_app, [](int exitCode) { QCoreApplication::exit(exitCode); });
    const int immediate = command->start(arguments);
    if (immediate >= 0)
        return immediate;
    return m_app.exec();
}

int CliApplication::profiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliOutput::addCommonOptions(parser);
    const QCommandLineOption json(QStringLiteral("json"), CliApplication::tr("Print one JSON object."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("profiles"), CliApplication::tr("List the provider profiles."));
    if (!parser.parse(arguments))
        return CliOutput::usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        CliOutput::out(parser.helpText());
        return CliOutput::NothingFailed;
    }
    ProfileStore store;
    CliOutput::loadProfiles(store);

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Profile &p : store.profiles())
            list.append(p.toJson());
        QJsonArray errors = QJsonArray::fromStringList(store.errors());
        const QJsonObject root{{QStringLiteral("profiles"), list}, {QStringLiteral("errors"), errors}};
        CliOutput::out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return CliOutput::NothingFailed;
    }
    QString out;
    for (const Profile &p : store.profiles()) {
        out += QStringLiteral("%1  %2\n").arg(p.id, p.name.text());
        for (const ProfileVariant &v : p.variants) {
            out += QStringLiteral("  --variant %1  %2\n").arg(v.id.leftJustified(10), v.name.text());
            out += CliApplication::tr("      health-check sources: %1\n")
                       .arg(v.cidrFromUser ? CliApplication::tr("entered by you (%1)").arg(v.cidrPrompt.text())
                                           : v.cidrs.join(QStringLiteral(", ")));
            out +=
                CliApplication::tr(
                    "      HTTP check: %1 HTTP/%2, healthy codes %3; interval %4 s, timeout %5 s, thresholds %6/%7\n")
                    .arg(v.http.methods.join(QLatin1Char('/')), v.http.version, v.http.healthyCodes.toString())
                    .arg(v.timing.intervalSeconds)
                    .arg(v.timing.timeoutSeconds)
                    .arg(v.timing.healthyThreshold)
                    .arg(v.timing.unhealthyThreshold);
        }
    }
    CliOutput::out(out);
    return CliOutput::NothingFailed;
}

int CliApplication::analyze(const QStringList &arguments)
{
    QCommandLineParser parser;
    CliOutput::addCommonOptions(parser);
    TargetOptions targetOptions(TargetOptions::HostRequirement::Optional);
    targetOptions.addTo(parser);
    const QCommandLineOption file(QStringLiteral("file"),
                                  CliApplication::tr("The saved output to analyze, or - for standard input."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), CliApplication::tr("Print one JSON object."));
    const QCommandLineOption live(
        QStringLiteral("live"),
        CliApplication::tr(
            "capture only: capture on this machine (the backend) with tcpdump for SECONDS (30s, 2m; at most 1 h), as root, then analyze it; Ctrl-C ends it early."),
        QStringLiteral("SECONDS"));
    parser.addOptions({file, json, live});
    parser.addPositionalArgument(
        QStringLiteral("KIND"),
        CliApplication::tr("One of: %1").arg(AnalyzerRegistry::kinds().join(QStringLiteral(", "))));
    parser.setApplicationDescription(CliApplication::tr(
        "Analyzes the saved output of one command from the backend (KIND, e.g. iptables for `iptables-save`) against the "
        "profile's health check: the health-check addresses, the port and the protocol. Nothing is probed or sent. "
        "Options about the HTTP request (--domain, --path, --codes, --timeout) do not change an analysis."));
    if (!parser.parse(arguments))
        return CliOutput::usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        CliOutput::out(parser.helpText());
        return CliOutput::NothingFailed;
    }
    const QStringList positional = parser.positionalArguments();
    const QString kindList = AnalyzerRegistry::kinds().join(QStringLiteral(", "));
    if (positional.size() < 2)
        return CliOutput::usageError(CliApplication::tr("analyze needs a KIND; known kinds: %1").arg(kindList));
    const QString kind = positional.at(1);
    const Analyzer *analyzer = AnalyzerRegistry::find(kind);
    if (!analyzer)
        return CliOutput::usageError(CliApplication::tr("unknown kind \"%1\"; known kinds: %2").arg(kind, kindList));
    if (positional.size() > 2)
        return CliOutput::usageError(CliApplication::tr("unexpected argument \"%1\"").arg(positional.at(2)));
    int liveSeconds = 0;
    if (parser.isSet(live)) {
        if (kind != QStringLiteral("capture"))
            return CliOutput::usageError(CliApplication::tr("--live works with analyze capture only"));
        if (parser.isSet(file))
            return CliOutput::usageError(CliApplication::tr("give either --live or --file, not both"));
        liveSeconds = LiveCapture::parseDuration(parser.value(live));
        if (liveSeconds <= 0)
            return CliOutput::usageError(
                CliApplication::tr("--live takes a duration of 1 s to 1 h (30, 30s, 2m), got \"%1\"")
                    .arg(parser.value(live)));
    } else if (!parser.isSet(file)) {
        return CliOutput::usageError(CliApplication::tr("analyze needs --file FILE (or --file - for standard input)"));
    }

    ProfileStore store;
    store.loadAll();
    RunContext context;
    if (const auto built = targetOptions.build(parser, store, &context); !built)
        return CliOutput::usageError(built.error());
    context.mode = RunMode::Guided;
    if (liveSeconds > 0)
        return LiveCaptureRun::run(m_app, context,
                                   parser.isSet(QStringLiteral("iface")) ? parser.value(QStringLiteral("iface"))
                                                                         : QStringLiteral("any"),
                                   liveSeconds, parser.isSet(json));

    Evidence evidence;
    evidence.kind = kind;
    evidence.origin = parser.value(file);
    if (kind == QStringLiteral("capture")) {
        // pcap, pcapng or tcpdump text, told apart by content; a capture file is streamed.
        const auto loaded = CaptureInput::load(evidence.origin, maxAnalyzeBytes);
        if (!loaded)
            return CliOutput::usageError(loaded.error());
        evidence = *loaded;
    } else {
        const auto text = TextDecode::readFile(evidence.origin, maxAnalyzeBytes);
        if (!text)
            return CliOutput::usageError(text.error());
        evidence.text = *text;
    }

    const Finding finding = EvidenceAnalysis::analyze(analyzer->step(), evidence, context);
    if (parser.isSet(json))
        CliOutput::out(QString::fromUtf8(QJsonDocument(finding.toJson()).toJson(QJsonDocument::Indented)));
    else
        CliOutput::out(TextFormat::finding(finding));
    return finding.status == Status::Fail ? CliOutput::ProblemFound : CliOutput::NothingFailed;
}
