#pragma once

#include "analyzers/analyzer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One socket as ss, netstat (net-tools, busybox, Windows) or Get-NetTCPConnection prints it.
struct SocketEntry
{
    QString proto; // "tcp" or "udp"
    QString address; // local address without brackets or zone: "0.0.0.0", "::", "127.0.0.1", "*"
    QString device; // "%eth0" binding, without the percent sign; usually empty
    quint16 port = 0;
    QString state; // as printed: LISTEN, LISTENING, UNCONN, ESTAB, ... (may be empty for UDP)
    bool listening = false; // a TCP listener or an unconnected UDP socket
    QStringList processes; // names, when the output shows them
    qint64 pid = -1;
    QString line; // the line it came from
};

// Answers "is the health-check port listened on, by what, at an address the load balancer reaches"
// from `ss -ltnup`, `ss -lunp`, net-tools `netstat -anp`/`-anlp`, busybox `netstat -ln`, Windows
// `netstat -ano` (whole or filtered by findstr), and `Get-NetTCPConnection | ConvertTo-Json`.
class SocketsAnalyzer : public Analyzer
{
public:
    QString kind() const override { return QStringLiteral("sockets"); }
    QString step() const override { return StepId::Listening; }
    QString description() const override;
    int recognize(QStringView text) const override;
    Finding analyzeText(const AnalyzerInput &input) const override;
    bool refusesBinary() const override { return true; }

    struct Parsed
    {
        QList<SocketEntry> sockets;
        bool header = false; // a header line of a known tool was seen
        bool json = false; // PowerShell JSON
        bool filtered = false; // no header: lines left by grep or findstr
        bool windows = false; // Windows netstat or PowerShell
    };
    static Parsed parse(QStringView text);
    // Names of the processes listening on `port` for `proto`, from a listening step's raw text.
    static QStringList processesOn(QStringView text, const QString &proto, quint16 port);

    Q_DECLARE_TR_FUNCTIONS(SocketsAnalyzer)
};
