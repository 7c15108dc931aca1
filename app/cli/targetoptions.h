#pragma once

#include "core/runcontext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

class ProfileStore;

// The options shared by `check` and `analyze` that describe the provider and the backend, and
// their translation into a validated RunContext.
class TargetOptions
{
public:
    enum class HostRequirement { Required, Optional };
    explicit TargetOptions(HostRequirement host);
    void addTo(QCommandLineParser &parser) const;
    // On failure returns false with a message for stderr.
    bool build(const QCommandLineParser &parser, const ProfileStore &profiles, RunContext *context, QString *error) const;

private:
    HostRequirement m_host;
    QCommandLineOption m_profile{QStringLiteral("profile"), QStringLiteral("Provider profile id (see `profiles`)."), QStringLiteral("ID")};
    QCommandLineOption m_variant{QStringLiteral("variant"), QStringLiteral("Profile variant (default: the first)."), QStringLiteral("V")};
    QCommandLineOption m_listener{QStringLiteral("listener"), QStringLiteral("Listener protocol: tcp, udp, http or https."), QStringLiteral("PROTO")};
    QCommandLineOption m_ip{QStringLiteral("ip"), QStringLiteral("Backend IP address (or host name, resolved)."), QStringLiteral("IP")};
    QCommandLineOption m_port{QStringLiteral("port"), QStringLiteral("Backend port, 1-65535."), QStringLiteral("N")};
    QCommandLineOption m_checkPort{QStringLiteral("check-port"), QStringLiteral("Health-check port (default: --port)."), QStringLiteral("N")};
    QCommandLineOption m_domain{QStringLiteral("domain"), QStringLiteral("Health-check domain (Host header, SNI)."), QStringLiteral("HOST")};
    QCommandLineOption m_path{QStringLiteral("path"), QStringLiteral("Health-check path (default /)."), QStringLiteral("/p")};
    QCommandLineOption m_codes{QStringLiteral("codes"), QStringLiteral("Healthy status codes: 2xx,3xx or 200,202 or 200-399."), QStringLiteral("CODES")};
    QCommandLineOption m_sourceCidr{QStringLiteral("source-cidr"), QStringLiteral("Health-check source CIDR where the provider has none fixed (backend subnet, VPC CIDR)."), QStringLiteral("CIDR")};
    QCommandLineOption m_iface{QStringLiteral("iface"), QStringLiteral("Interface the health check arrives on (default eth0)."), QStringLiteral("NAME")};
    QCommandLineOption m_timeout{QStringLiteral("timeout"), QStringLiteral("Probe timeout in ms (default: the profile's health-check timeout)."), QStringLiteral("MS")};
};
