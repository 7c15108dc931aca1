#include "targetoptions.h"

#include "core/profilestore.h"

#include <QCoreApplication>

TargetOptions::TargetOptions(HostRequirement host) : m_host(host) { }

void TargetOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_profile, m_variant, m_listener, m_ip, m_port, m_checkPort, m_domain, m_path, m_codes,
                       m_sourceCidr, m_iface, m_timeout});
}

Result<void> TargetOptions::build(const QCommandLineParser &parser, const ProfileStore &profiles, RunContext *context,
                                  const QHash<QString, QString> &imported) const
{
    const auto value = [&](const QCommandLineOption &option) {
        return parser.isSet(option) ? parser.value(option) : imported.value(option.names().constFirst());
    };
    const auto isSet = [&](const QCommandLineOption &option) {
        return parser.isSet(option) || imported.contains(option.names().constFirst());
    };
    if (!isSet(m_profile)) {
        return Error{
            TargetOptions::tr("--profile is required; one of: %1").arg(profiles.ids().join(QStringLiteral(", ")))};
    }
    const Profile *profile = profiles.find(value(m_profile));
    if (!profile) {
        return Error{TargetOptions::tr("unknown profile \"%1\"; one of: %2")
                         .arg(value(m_profile), profiles.ids().join(QStringLiteral(", ")))};
    }
    const ProfileVariant *variant = profile->variant(value(m_variant));
    if (!variant) {
        QStringList ids;
        for (const ProfileVariant &v : profile->variants)
            ids << v.id;
        return Error{TargetOptions::tr("profile %1 has no variant \"%2\"; one of: %3")
                         .arg(profile->id, value(m_variant), ids.join(QStringLiteral(", ")))};
    }

    TargetInput input;
    input.listener = isSet(m_listener) ? value(m_listener) : QStringLiteral("tcp");
    input.host = value(m_ip);
    input.port = value(m_port);
    input.checkPort = value(m_checkPort);
    input.domain = value(m_domain);
    input.path = value(m_path);
    input.codes = value(m_codes);
    input.sourceCidr = value(m_sourceCidr);
    input.interfaceName = value(m_iface);
    TargetValidation validation = TargetValidator::validate(input);
    if (m_host == HostRequirement::Optional && input.host.trimmed().isEmpty())
        validation.errors.removeIf([](const FieldError &e) { return e.field == QStringLiteral("host"); });
    if (!validation.ok()) {
        return Error{validation.errorText()};
    }
    if (variant->cidrFromUser && validation.target.sourceCidr.isEmpty()) {
        return Error{TargetOptions::tr("%1 (%2) has no fixed health-check addresses: pass --source-cidr (%3)")
                         .arg(profile->name.text(), variant->name.text(), variant->cidrPrompt.text())};
    }

    context->profile = *profile;
    context->variant = *variant;
    context->target = validation.target;
    context->timeoutMs = variant->timing.timeoutSeconds * 1000;
    if (isSet(m_timeout)) {
        bool ok = false;
        const int ms = value(m_timeout).toInt(&ok);
        if (!ok || ms < 1 || ms > 600000) {
            return Error{TargetOptions::tr("--timeout must be 1-600000 ms, got %1").arg(value(m_timeout).left(40))};
        }
        context->timeoutMs = ms;
    }
    return {};
}
