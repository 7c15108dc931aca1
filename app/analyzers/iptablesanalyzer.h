#pragma once

#include "analyzer.h"

// The host firewall from `iptables-save` (all tables): walks raw, mangle and filter the way the
// kernel does for the health check's first packet and reports, for every part of the health-check
// CIDRs, whether it is accepted, dropped or rejected, and by which rule.
class IptablesAnalyzer : public Analyzer
{
public:
    QString kind() const override { return QStringLiteral("iptables"); }
    QString step() const override { return QStringLiteral("firewall"); }
    QString description() const override;
    int recognize(QStringView text) const override;
    Finding analyze(const AnalyzerInput &input) const override;
};
