#pragma once

#include <QCoreApplication>

#include "analyzers/analyzer.h"
#include "iptablesreport.h"

// The host firewall from `iptables-save` (all tables), or from `iptables -S` / `iptables -L -n -v`
// listings, and the same forms of ip6tables (for the IPv6 part of the health-check sources): walks raw, mangle and
// filter the way the kernel does for every packet of the health check's exchange, in and out (iptablesreport.h), and
// reports, for every part of the health-check CIDRs, whether it passes, and otherwise which packet is dropped or
// rejected by which rule.
class IptablesAnalyzer : public Analyzer
{
public:
    QString kind() const override { return QStringLiteral("iptables"); }
    QString step() const override { return StepId::Firewall; }
    QString description() const override;
    int recognize(QStringView text) const override;
    Finding analyzeText(const AnalyzerInput &input) const override;
    Finding analyzeEmpty(const AnalyzerInput &input) const override;

private:
    static IptablesReport::Style style(bool v6);
    Finding finish(Finding out, const QStringList &evidence, bool stateDoubt, const QString &save) const;

public:
    Q_DECLARE_TR_FUNCTIONS(IptablesAnalyzer)
};
