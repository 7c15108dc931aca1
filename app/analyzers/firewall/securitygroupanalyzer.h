#pragma once

#include <QCoreApplication>

#include "analyzers/analyzer.h"

// Cloud security groups and network ACLs as the providers' CLIs print them in JSON (Alibaba
// DescribeSecurityGroupAttribute, Tencent DescribeSecurityGroupPolicies, Huawei ListSecurityGroupRules
// v3 and the network ACL "firewall"): priorities, accept/drop, protocols, ports and sources.
class SecurityGroupAnalyzer : public Analyzer
{
public:
    QString kind() const override { return QStringLiteral("secgroup"); }
    QString step() const override { return StepId::Secgroup; }
    QString description() const override;
    int recognize(QStringView text) const override;
    Finding analyzeText(const AnalyzerInput &input) const override;
    QString emptyInputSummary() const override;

    Q_DECLARE_TR_FUNCTIONS(SecurityGroupAnalyzer)
};
