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
    QCommandLineOption m_profile{QStringLiteral("profile"), TargetOptions::tr("Provider profile id (see `profiles`)."),
                                 QStringLiteral("ID")};
    QCommandLineOption m_variant{QStringLiteral("variant"), TargetOptions::tr("Profile variant (default: the first)."),
                                 QStringLiteral("V")};
    QCommandLineOption m_listener{QStringLiteral("listener"),
                                  TargetOptions::tr("Listener protocol: tcp, udp, http or https."),
                                  QStringLiteral("PROTO")};
    QCommandLineOption m_ip{QStringLiteral("ip"), TargetOptions::tr("Backend IP address (or host name, resolved)."),
                            QStringLiteral("IP")};
    QCommandLineOption m_port{QStringLiteral("port"), TargetOptions::tr("Backend port, 1-65535."), QStringLiteral("N")};
    QCommandLineOption m_checkPort{QStringLiteral("check-port"),
                                   TargetOptions::tr("Health-check port (default: --port)."), QStringLiteral("N")};
    QCommandLineOption m_domain{QStringLiteral("domain"), TargetOptions::tr("Health-check domain (Host header, SNI)."),
                                QStringLiteral("HOST")};
    QCommandLineOption m_path{QStringLiteral("path"), TargetOptions::tr("Health-check path (default /)."),
                              QStringLiteral("/p")};
    QCommandLineOption m_codes{QStringLiteral("codes"),
                               TargetOptions::tr("Healthy status codes: 2xx,3xx or 200,202 or 200-399."),
                               QStringLiteral("CODES")};
    QCommandLineOption m_sourceCidr{
        QStringLiteral("source-cidr"),
        TargetOptions::tr("Health-check source CIDR where the provider has none fixed (backend subnet, VPC CIDR)."),
        QStringLiteral("CIDR")};
    QCommandLineOption m_iface{QStringLiteral("iface"),
                               TargetOptions::tr("Interface the health check arrives on (default eth0)."),
                               QStringLiteral("NAME")};
    QCommandLineOption m_timeout{
        QStringLiteral("timeout"),
        TargetOptions::tr("Probe timeout in ms (default: the profile's health-check timeout)."), QStringLiteral("MS")};

    Q_DECLARE_TR_FUNCTIONS(TargetOptions)
};
