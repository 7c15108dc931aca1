#pragma once

#include <QCoreApplication>

#include "analyzers/analyzer.h"

// The host firewall from `nft -j list ruleset` (or the plain-text `nft list ruleset` for the
// common forms): the ip and inet input paths' base chains in priority order, for every part of
// the health-check CIDRs.
class NftablesAnalyzer : public Analyzer
{
public:
    QString kind() const override { return QStringLiteral("nftables"); }
    QString step() const override { return StepId::Firewall; }
    QString description() const override;
    int recognize(QStringView text) const override;
    Finding analyzeText(const AnalyzerInput &input) const override;
    QString emptyInputSummary() const override;

    Q_DECLARE_TR_FUNCTIONS(NftablesAnalyzer)
};
