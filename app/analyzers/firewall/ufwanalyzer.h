#pragma once

#include "analyzers/analyzer.h"

// `ufw status verbose` / `ufw status numbered`: the user rules in order, first match wins, then the
// default incoming policy.
class UfwAnalyzer : public Analyzer
{
public:
    QString kind() const override { return QStringLiteral("ufw"); }
    QString step() const override { return QStringLiteral("firewall"); }
    QString description() const override;
    int recognize(QStringView text) const override;
    Finding analyze(const AnalyzerInput &input) const override;
};
