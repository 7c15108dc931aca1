#pragma once

#include "analyzers/analyzer.h"

#include "core/addressrange.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// /etc/hosts.allow and /etc/hosts.deny with tcpd's semantics (hosts_access(5)): hosts.allow first,
// then hosts.deny, the first matching rule wins, no match allows. Reads `head -n 1000 FILE FILE`
// output ("==> file <==" headers; a missing file counts as empty) or one file's text (read as
// hosts.deny). The result is the health-check CIDR split into allowed/denied/unknown ranges, like
// the firewall analyzers. Only programs linked with libwrap read these files.
class TcpWrappersAnalyzer : public Analyzer
{
public:
    QString kind() const override { return QStringLiteral("tcpwrappers"); }
    QString step() const override { return StepId::TcpWrappers; }
    QString description() const override;
    int recognize(QStringView text) const override;
    Finding analyzeText(const AnalyzerInput &input) const override;
    QString emptyInputSummary() const override;

    // `daemon`: the process name tcpd matches daemon lists against; empty when not known.
    static Finding evaluate(QStringView text, const RunContext &context, const QString &daemon);

    // Which addresses one client pattern ("100.64.", "10.0.0.0/255.0.0.0", "[::1]/128", "ALL",
    // "KNOWN", ...) matches: `sure` for certain, `maybe` where it depends on DNS, NIS or files.
    struct Match
    {
        RangeSet sure;
        RangeSet maybe;
        QString note;
    };
    static Match matchPattern(const QString &pattern);
    static Match matchList(const QStringList &patterns); // with EXCEPT

    static bool usesLibwrap(const QString &process);
    // Re-reads a tcpwrappers finding for the process that the listening step found on the port:
    // "does not apply" when that program is not linked with libwrap.
    static Finding relate(const Finding &wrappers, const Finding &listening, const RunContext &context);

    Q_DECLARE_TR_FUNCTIONS(TcpWrappersAnalyzer)
};
