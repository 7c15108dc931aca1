#pragma once

#include "analyzers/analyzer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// CPU load per core and memory pressure on the backend, from /proc/loadavg + nproc, uptime,
// top -bn1, free (-m, -h, old procps), Windows LoadPercentage (wmic, Get-CimInstance) and
// FreePhysicalMemory/TotalVisibleMemorySize, or Get-Counter; pasted together or one by one.
class LoadAnalyzer : public Analyzer
{
public:
    QString kind() const override { return QStringLiteral("load"); }
    QString step() const override { return StepId::Load; }
    QString description() const override;
    int recognize(QStringView text) const override;
    Finding analyzeText(const AnalyzerInput &input) const override;
    bool refusesBinary() const override { return true; }

    struct Metrics
    {
        std::optional<double> load1, load5, load15;
        std::optional<int> cores;
        std::optional<double> cpuBusyPercent; // a snapshot: top's 100 - idle, LoadPercentage
        std::optional<double> memTotal, memAvailable; // same unit, whatever the source used
        std::optional<double> swapTotal, swapUsed;
        bool any() const { return load1 || cpuBusyPercent || (memTotal && memAvailable); }
    };
    static Metrics parse(QStringView text);

    enum class Pressure { Unknown, Idle, Busy, Overloaded };
    static Pressure pressure(const Metrics &m);

    // The seeds' "high load leads to slow response", with the HTTP probe's finding: slow and busy
    // fails as "backend overloaded"; slow but idle points at the application. Re-reads the load
    // finding's raw text, so applying it again gives the same result.
    static Finding correlate(const Finding &load, const Finding &http, const RunContext &context);

    Q_DECLARE_TR_FUNCTIONS(LoadAnalyzer)
};
