#pragma once

#include "analyzers/analyzer.h"

#include "core/addressrange.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

// One route of `ip route [show table all]`, `route -n` or Windows `route print`.
struct RouteEntry
{
    QString type = QStringLiteral("unicast"); // unicast, blackhole, unreachable, prohibit, local, broadcast, ...
    AddressRange destination;
    QHostAddress gateway; // null for a connected (on-link) route
    QString device; // interface name; on Windows the interface's address
    QHostAddress source; // ip route's "src"
    int metric = 0;
    QString table; // empty: main
    bool onlink = false;
    QString line;

    bool isDefault() const;
    bool isConnected() const { return gateway.isNull() && type == QStringLiteral("unicast"); }
    bool inMainTable() const;
    bool discards() const; // blackhole, unreachable, prohibit, or route -n's "!" flag
};

// The seeds' route check (Huawei): a default route exists and points to a gateway on a connected
// subnet of the primary NIC; no more specific route sends replies to the health-check CIDR out of
// another interface (an asymmetric return path) or into a blackhole.
class RoutesAnalyzer : public Analyzer
{
public:
    QString kind() const override { return QStringLiteral("routes"); }
    QString step() const override { return StepId::Route; }
    QString description() const override;
    int recognize(QStringView text) const override;
    Finding analyzeText(const AnalyzerInput &input) const override;
    bool refusesBinary() const override { return true; }

    struct Parsed
    {
        QList<RouteEntry> routes;
        QString format; // "ip route", "route -n", "route print"
        int lines = 0; // meaningful lines read
    };
    static Parsed parse(QStringView text);

    Q_DECLARE_TR_FUNCTIONS(RoutesAnalyzer)
};
