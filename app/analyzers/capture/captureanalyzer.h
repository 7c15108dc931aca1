#pragma once

#include <QCoreApplication>

#include "analyzers/analyzer.h"

struct CaptureSummary;
struct CheckQuestion;

// Reads a packet capture of the backend (pcap / pcapng file, or tcpdump text) and answers the
// question no configuration can: did the health checks from the provider's addresses arrive, and
// what did the backend answer? Capture files are streamed (AnalyzerInput::file); this is the one
// analyzer that reads a file, because a capture can be gigabytes.
class CaptureAnalyzer : public Analyzer
{
public:
    QString kind() const override { return QStringLiteral("capture"); }
    QString step() const override { return StepId::Capture; }
    QString description() const override;
    int recognize(QStringView text) const override;
    Finding analyzeText(const AnalyzerInput &input) const override;

    Q_DECLARE_TR_FUNCTIONS(CaptureAnalyzer)
};

// What the host firewall finding says next to what the wire shows: a contradiction is said plainly.
Finding relateCaptureToFirewall(const Finding &capture, const Finding &firewall, const RunContext &context);
