// Benchmark: the other-host check (OtherHost::addressWarning) runs on every piece of evidence the
// router analyzes, so it must cost little next to the analysis itself. Times it on ~10 MB of `ss`
// output, of `ip route` output and of iptables-save rules (no host identity at all), side by side
// with QString::split of the same text into lines and with the whole routed analysis, in one run.
//
//   bench_otherhost [--mb 10] [--runs 3]
#include "analyzers/otherhost.h"
#include "core/evidenceanalysis.h"
#include "core/profilestore.h"
#include "core/runcontext.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

namespace {

QString fill(qsizetype bytes, const QString &head, const std::function<QString(int)> &line)
{
    QString out = head;
    for (int i = 0; out.size() < bytes; ++i)
        out += line(i) + QLatin1Char('\n');
    return out;
}

double bestMs(int runs, const std::function<void()> &work)
{
    double best = 1e18;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        work();
        best = qMin(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int mb =
        args.contains(QStringLiteral("--mb")) ? args.value(args.indexOf(QStringLiteral("--mb")) + 1).toInt() : 10;
    const int runs =
        args.contains(QStringLiteral("--runs")) ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt() : 3;
    ProfileStore store;
    store.loadAll();
    RunContext context;
    context.profile = *store.find(QStringLiteral("alibaba"));
    context.variant = *context.profile.variant({});
    TargetInput in;
    in.listener = QStringLiteral("tcp");
    in.host = QStringLiteral("10.0.0.9");
    in.port = QStringLiteral("80");
    context.target = TargetValidator::validate(in).target;

    const qsizetype bytes = qsizetype(mb) * 1024 * 1024;
    struct Case
    {
        const char *name;
        const char *kind;
        QString text;
    };
    const QList<Case> cases{
        {"ss -ltn", "sockets",
         fill(bytes, QStringLiteral("State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process\n"),
              [](int i) {
                  return QStringLiteral("ESTAB  0      0      10.0.0.5:80   100.64.%1.%2:%3")
                      .arg(i / 250 % 250)
                      .arg(i % 250)
                      .arg(10000 + i % 50000);
              })},
        {"ip route", "routes",
         fill(bytes, QStringLiteral("default via 10.0.0.1 dev eth0 proto dhcp src 10.0.0.5 metric 100\n"),
              [](int i) {
                  return QStringLiteral("10.%1.%2.0/24 via 10.0.0.1 dev eth0 proto static src 10.0.0.5 metric %3")
                      .arg(i / 250 % 250)
                      .arg(i % 250)
                      .arg(i % 1000);
              })},
        {"iptables-save", "iptables",
         fill(bytes, QStringLiteral("*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"),
              [](int i) {
                  return QStringLiteral("-A INPUT -s 203.0.%1.%2/32 -p tcp -m tcp --dport %3 -j DROP")
                      .arg(i / 250 % 250)
                      .arg(i % 250)
                      .arg(1024 + i % 60000);
              })
             + QStringLiteral("COMMIT\n")},
    };
    std::printf("%-14s %8s %12s %14s %12s %10s\n", "evidence", "MB", "split ms", "other-host ms", "x split",
                "routed ms");
    for (const Case &c : cases) {
        qsizetype sink = 0;
        const double split = bestMs(runs, [&] { sink += c.text.split(QLatin1Char('\n')).size(); });
        QString warning;
        const double check = bestMs(runs, [&] { warning = OtherHost::addressWarning(c.text, context.target); });
        const double routed = bestMs(1, [&] {
            sink += EvidenceAnalysis::analyze(
                        {}, Evidence{QString::fromLatin1(c.kind), c.text, QStringLiteral("bench"), QString()}, context)
                        .evidence.size();
        });
        std::printf("%-14s %8.1f %12.1f %14.1f %12.2f %10.1f   %s\n", c.name, double(c.text.size()) / (1024 * 1024),
                    split, check, check / split, routed, warning.isEmpty() ? "(no warning)" : "(warns)");
        if (sink < 0)
            return 1;
    }
    return 0;
}
