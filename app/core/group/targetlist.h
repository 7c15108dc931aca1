#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

// One backend of a server group, as a row of a target list gave it.
struct TargetRow
{
    int line = 0; // 1-based line of the list (0: not from a text list)
    QHostAddress address;
    quint16 port = 0;
    quint16 checkPort = 0; // equals port when the row gives none
    bool ownCheckPort = false; // the row gave the check port
    QString name; // optional label ("web-3", an instance id)

    QString endpoint() const; // "10.0.0.5:80", "[2001:db8::5]:80"
    QString label() const; // the name, else the endpoint
};

// A row that was left out, and why, naming its line.
struct TargetListProblem
{
    int line = 0;
    QString message; // "line 4: port must be 1-65535, got 0"
};

struct TargetList
{
    QList<TargetRow> rows;
    QList<TargetListProblem> problems;
    QStringList messages() const;

    Q_DECLARE_TR_FUNCTIONS(TargetList)
};

// Reads a server group from CSV (`ip,port[,check_port][,name]`, header optional, `#` comments) or
// from a pasted list (`ip:port`, `ip port`, `[v6]:port`, one a line). A bad row is a problem naming
// its line; the good rows are kept. Pure text in, no I/O.
namespace TargetListParser {
constexpr int maxRows = 10000;
TargetList parse(const QString &text, int limit = maxRows);
} // namespace TargetListParser
