#pragma once

#include "core/runcontext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
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
    // The Error is a message for stderr. `imported`: values from the load balancer's
    // configuration, keyed by option name, used where the option is not given.
    Result<void> build(const QCommandLineParser &parser, const ProfileStore &profiles, RunContext *context,
                       const QHash<QString, QString> &imported = {}) const;

private:
    HostRequirement m_host;
    QCommandLineOption m_profile{QStringLiteral("profile"), QCoreApplication::translate("TargetOptions", "Provider profile id (see `profiles`)."), QStringLiteral("ID")};
    QCommandLineOption m_variant{QStringLiteral("variant"), QCoreApplication::translate("TargetOptions", "Profile variant (default: the first)."), QStringLiteral("V")};
    QCommandLineOption m_listener{QStringLiteral("listener"), QCoreApplication::translate("TargetOptions", "Listener protocol: tcp, udp, http or https."), QStringLiteral("PROTO")};
    QCommandLineOption m_ip{QStringLiteral("ip"), QCoreApplication::translate("TargetOptions", "Backend IP address (or host name, resolved)."), QStringLiteral("IP")};
    QCommandLineOption m_port{QStringLiteral("port"), QCoreApplication::translate("TargetOptions", "Backend port, 1-65535."), QStringLiteral("N")};
    QCommandLineOption m_checkPort{QStringLiteral("check-port"), QCoreApplication::translate("TargetOptions", "Health-check port (default: --port)."), QStringLiteral("N")};
    QCommandLineOption m_domain{QStringLiteral("domain"), QCoreApplication::translate("TargetOptions", "Health-check domain (Host header, SNI)."), QStringLiteral("HOST")};
    QCommandLineOption m_path{QStringLiteral("path"), QCoreApplication::translate("TargetOptions", "Health-check path (default /)."), QStringLiteral("/p")};
    QCommandLineOption m_codes{QStringLiteral("codes"), QCoreApplication::translate("TargetOptions", "Healthy status codes: 2xx,3xx or 200,202 or 200-399."), QStringLiteral("CODES")};
    QCommandLineOption m_sourceCidr{QStringLiteral("source-cidr"), QCoreApplication::translate("TargetOptions", "Health-check source CIDR where the provider has none fixed (backend subnet, VPC CIDR)."), QStringLiteral("CIDR")};
    QCommandLineOption m_iface{QStringLiteral("iface"), QCoreApplication::translate("TargetOptions", "Interface the health check arrives on (default eth0)."), QStringLiteral("NAME")};
    QCommandLineOption m_timeout{QStringLiteral("timeout"), QCoreApplication::translate("TargetOptions", "Probe timeout in ms (default: the profile's health-check timeout)."), QStringLiteral("MS")};
};
