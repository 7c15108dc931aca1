#pragma once

#include <QCoreApplication>

#include "analyzers/analyzer.h"

// `ufw status verbose` / `ufw status numbered`: the user rules in order, first match wins, then the
// default incoming policy.
class UfwAnalyzer : public Analyzer
{
public:
    QString kind() const override { return QStringLiteral("ufw"); }
    QString step() const override { return StepId::Firewall; }
    QString description() const override;
    int recognize(QStringView text) const override;
    Finding analyzeText(const AnalyzerInput &input) const override;
    QString emptyInputSummary() const override;

    Q_DECLARE_TR_FUNCTIONS(UfwAnalyzer)
};
