#pragma once

#include "analyzers/analyzer.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

// Kernel settings that break health checks, from `sysctl -a`, `sysctl KEY...` or
// `grep . /proc/sys/net/ipv4/...`: tcp_tw_recycle with tcp_timestamps (Tencent), icmp_echo_ignore_all
// for UDP listeners, icmp_ratelimit (Huawei's UDP notes), strict rp_filter with several NICs.
class SysctlAnalyzer : public Analyzer
{
public:
    QString kind() const override { return QStringLiteral("sysctl"); }
    QString step() const override { return StepId::Sysctl; }
    QString description() const override;
    int recognize(QStringView text) const override;
    Finding analyzeText(const AnalyzerInput &input) const override;
    bool refusesBinary() const override { return true; }

    struct Values
    {
        QHash<QString, QString> values; // "net.ipv4.tcp_timestamps" -> "1"
        QStringList missing; // keys sysctl said do not exist ("cannot stat")
        int lines = 0; // non-empty lines read
    };
    static Values parse(QStringView text);

    Q_DECLARE_TR_FUNCTIONS(SysctlAnalyzer)
};
