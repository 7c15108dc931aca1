#include "importcommand.h"

#include "clioutput.h"
#include "textformat.h"

#include "analyzers/lb/lbconfiglint.h"
#include "analyzers/lb/lbstatusfinding.h"
#include "core/profilestore.h"
#include "core/status.h"
#include "core/textdecode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr qint64 maxImportFileBytes = 50 * 1024 * 1024;

RunContext lintContext(const LbConfig &config)
{
    RunContext context;
    ProfileStore store;
    store.loadAll();
    if (const Profile *p = store.find(config.profileId)) {
        context.profile = *p;
        if (const ProfileVariant *v = p->variant(config.variantId))
            context.variant = *v;
    }
    context.target.port = quint16(config.value(QStringLiteral("port")).toInt());
    return context;
}

QString configText(const LbConfig &config)
{
    QString out =
        ImportCommand::Tr::tr("%1 (profile %2%3)\n")
            .arg(config.api, config.profileId,
                 config.variantId.isEmpty() ? QString() : ImportCommand::Tr::tr(", variant %1").arg(config.variantId));
    out += config.healthCheckOn ? ImportCommand::Tr::tr("Health checks: on\n")
                                : ImportCommand::Tr::tr("Health checks: OFF (%1)\n").arg(config.healthCheckSwitchField);
    out += ImportCommand::Tr::tr("Target fields:\n");
    for (auto it = config.fields.constBegin(); it != config.fields.constEnd(); ++it) {
        out += QStringLiteral("  %1 %2 %3\n")
                   .arg(TextFormat::padRight(it.key(), 20),
                        TextFormat::padRight(it->value.isEmpty() ? ImportCommand::Tr::tr("(none)") : it->value, 24),
                        ImportCommand::Tr::tr("from %1").arg(it->sourceField));
    }
    if (!config.notes.isEmpty()) {
        out += ImportCommand::Tr::tr("Notes:\n");
        for (const QString &n : config.notes)
            out += QStringLiteral("  - ") + n + QLatin1Char('\n');
    }
    out += ImportCommand::Tr::tr("Lint (lbconfig):\n");
    const QList<LbConfigLint::Problem> problems =
        LbConfigLint::problems(config, config.value(QStringLiteral("port")).toInt());
    if (std::none_of(problems.cbegin(), problems.cend(),
                     [](const LbConfigLint::Problem &p) { return p.status == Status::Warn; }))
        out += ImportCommand::Tr::tr("  nothing LB Doctor would change\n");
    for (const LbConfigLint::Problem &p : problems) {
        out += QStringLiteral("  %1 %2\n").arg(statusSymbol(p.status), p.text);
        if (!p.fix.isEmpty())
            out += QStringLiteral("      ") + p.fix + QLatin1Char('\n');
        if (!p.command.isEmpty())
            out += QStringLiteral("      $ ") + p.command + QLatin1Char('\n');
    }
    return out;
}

QString statusText(const LbStatusReport &report)
{
    QString out = ImportCommand::Tr::tr("%1 (profile %2): %3 backends\n")
                      .arg(report.api, report.profileId)
                      .arg(report.backends.size());
    for (const LbBackend &b : report.backends)
        out += QStringLiteral("  ") + LbStatusFinding::backendLine(b) + QLatin1Char('\n');
    for (const QString &n : report.notes)
        out += QStringLiteral("  - ") + n + QLatin1Char('\n');
    return out;
}

} // namespace

namespace ImportCommand {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCommand::Tr::tr(
        "Reads a load balancer's health-check configuration or backend status (the provider's CLI or API JSON)."));
    CliOutput::addCommonOptions(parser);
    const QCommandLineOption json(QStringLiteral("json"), ImportCommand::Tr::tr("Print one JSON object."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("import"), ImportCommand::Tr::tr("The import command."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 ImportCommand::Tr::tr("The JSON file, or - for standard input."));
    if (!parser.parse(arguments))
        return CliOutput::usageError(parser.errorText(), ImportCommand::Tr::tr("see lbdoctor-cli import --help"));
    if (parser.isSet(QStringLiteral("help"))) {
        CliOutput::out(parser.helpText());
        return CliOutput::NothingFailed;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return CliOutput::usageError(ImportCommand::Tr::tr("import needs a FILE (or - for standard input)"),
                                     ImportCommand::Tr::tr("see lbdoctor-cli import --help"));
    if (positional.size() > 2)
        return CliOutput::usageError(ImportCommand::Tr::tr("unexpected argument \"%1\"").arg(positional.at(2)));
    const auto text = TextDecode::readFile(positional.at(1), maxImportFileBytes);
    if (!text)
        return CliOutput::usageError(text.error());
    const LbImportResult result = LbImport::read(*text);
    if (!result.ok())
        return CliOutput::usageError(ImportCommand::Tr::tr("%1: %2").arg(positional.at(1), result.error));

    if (result.config) {
        const Finding lint = LbConfigLint::finding(*result.config, lintContext(*result.config), QString());
        if (parser.isSet(json)) {
            QJsonObject lintJson = lint.toJson();
            lintJson.remove(QStringLiteral("raw"));
            const QJsonObject root{{QStringLiteral("kind"), QStringLiteral("config")},
                                   {QStringLiteral("config"), result.config->toJson()},
                                   {QStringLiteral("lint"), lintJson}};
            CliOutput::out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        } else {
            CliOutput::out(configText(*result.config));
        }
        return CliOutput::NothingFailed;
    }
    if (parser.isSet(json)) {
        const QJsonObject root{{QStringLiteral("kind"), QStringLiteral("status")},
                               {QStringLiteral("status"), result.status->toJson()}};
        CliOutput::out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        CliOutput::out(statusText(*result.status));
    }
    return CliOutput::NothingFailed;
}

} // namespace ImportCommand
