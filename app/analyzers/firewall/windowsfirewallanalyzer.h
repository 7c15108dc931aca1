#pragma once

#include <QCoreApplication>

#include "analyzers/analyzer.h"

// Windows Firewall: netsh advfirewall text (English) or Get-NetFirewallRule / Get-NetFirewallProfile
// as JSON. Block rules win over allow rules, then the profile's default inbound action decides.
class WindowsFirewallAnalyzer : public Analyzer
{
public:
    QString kind() const override { return QStringLiteral("netsh"); }
    QString step() const override { return StepId::Firewall; }
    QString description() const override;
    int recognize(QStringView text) const override;
    Finding analyzeText(const AnalyzerInput &input) const override;
    QString emptyInputSummary() const override;

    // The PowerShell command whose JSON output this analyzer reads in any Windows language.
    static QString powerShellExportCommand();

    Q_DECLARE_TR_FUNCTIONS(WindowsFirewallAnalyzer)
};
