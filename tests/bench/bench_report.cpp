// Exports a session holding 20 MB of raw output and reports time and size per format.
// Goal (issue 8): HTML under 1 s and under 2 MB. Run: build/bench/bench_report [runs]
#include "core/profilestore.h"
#include "core/session.h"
#include "report/htmlreport.h"
#include "report/jsonreport.h"
#include "report/markdownreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

namespace {

// Shapes of real outputs, repeated to size: a long iptables-save, a busy ss listing, an HTML
// error page, /proc/loadavg history, a routing table.
Session makeSession(const ProfileStore &store)
{
    Session s;
    s.context.profile = *store.find(QStringLiteral("alibaba"));
    s.context.variant = *s.context.profile.variant({});
    TargetInput in;
    in.listener = QStringLiteral("http");
    in.host = QStringLiteral("10.0.0.5");
    in.port = QStringLiteral("80");
    s.context.target = TargetValidator::validate(in).target;
    s.startedAt = QDateTime::currentDateTimeUtc();
    const auto add = [&](const QString &step, Status status, const QString &line, qsizetype megabytes) {
        Finding f = Finding::make(step, status, QStringLiteral("bench ") + step);
        f.evidence << line.trimmed();
        f.raw = line.repeated(megabytes * 1024 * 1024 / line.size());
        s.findings << f;
    };
    add(QStringLiteral("firewall"), Status::Fail,
        QStringLiteral(
            "-A INPUT -s 203.0.113.0/24 -p tcp -m tcp --dport 8080 -m comment --comment \"legacy\" -j DROP\n"),
        8);
    add(QStringLiteral("listening"), Status::Pass,
        QStringLiteral("tcp   ESTAB  0  0  10.0.0.5:80  198.51.100.23:51234 users:((\"nginx\",pid=812,fd=19))\n"), 5);
    add(QStringLiteral("http"), Status::Fail,
        QStringLiteral("<tr><td class=\"x\">&nbsp;Internal error &amp; stack</td></tr>\n"), 4);
    add(QStringLiteral("load"), Status::Pass, QStringLiteral("0.21 0.18 0.15 1/213 9321\n"), 2);
    add(QStringLiteral("route"), Status::Pass,
        QStringLiteral("10.0.0.0/24 dev eth0 proto kernel scope link src 10.0.0.5\n"), 1);
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    ProfileStore store;
    store.loadAll();
    const Session session = makeSession(store);
    qint64 rawBytes = 0;
    for (const Finding &f : session.findings)
        rawBytes += f.raw.toUtf8().size();
    std::printf("session: %lld findings, %.1f MB raw output; %d runs each, median shown\n",
                static_cast<long long>(session.findings.size()), double(rawBytes) / 1e6, runs);

    bool ok = true;
    const auto measure = [&](const char *name, const ReportWriter &writer, double maxSeconds, double maxMegabytes) {
        QList<qint64> times;
        qsizetype size = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer clock;
            clock.start();
            size = writer.render(session).size();
            times << clock.nsecsElapsed();
        }
        std::sort(times.begin(), times.end());
        const double seconds = double(times[times.size() / 2]) / 1e9;
        const double megabytes = double(size) / 1e6;
        const bool within =
            (maxSeconds <= 0 || seconds < maxSeconds) && (maxMegabytes <= 0 || megabytes < maxMegabytes);
        std::printf("%-9s %8.3f s  %9.3f MB  %s\n", name, seconds, megabytes,
                    maxSeconds > 0 ? (within ? "within goal (< 1 s, < 2 MB)" : "OVER GOAL (< 1 s, < 2 MB)")
                                   : "(no goal)");
        ok = ok && within;
    };
    measure("html", HtmlReport(), 1.0, 2.0);
    measure("markdown", MarkdownReport(), 0, 0);
    measure("json", JsonReport(), 0, 0);
    return ok ? 0 : 1;
}
