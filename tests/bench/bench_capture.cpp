// Capture analysis speed and memory (issue 16): generates a pcap of mixed traffic (bulk TCP
// transfers with their ACKs, DNS over UDP, ARP, and HTTP health checks from 100.64.0.0/10 every
// ~2,000 packets, some answered 404 or not at all), streamed to disk, then times in one run,
// interleaved:
//   - the capture analyzer on the file (in this process; peak RSS from VmHWM),
//   - `lbdoctor-cli analyze capture --file FILE --json` (whole process),
//   - `tcpdump -nn -r FILE > /dev/null`.
// Targets: analyzer < 1 s and < 100 MB peak RSS for 100 MB, and >= 3x faster than tcpdump.
//
// Usage: bench_capture [MB] [rounds] [FILE]   (default 100 MB, 3 rounds, a temporary file; 2048 checks the
//        2 GB streaming case)

// The scenario builders are test code, full of literals (tests build with -UQT_NO_CAST_FROM_ASCII).
#undef QT_NO_CAST_FROM_ASCII
#undef QT_NO_CAST_TO_ASCII
#include "capturescenarios.h"

#include "analyzers/analyzer.h"
#include "core/profilestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

qint64 procStatusKb(const char *key)
{
    QFile f("/proc/self/status");
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Streams frames to the file as they are made, so generating 2 GB needs no memory.
class Generator
{
public:
    explicit Generator(QFile &out) : m_out(out) { m_out.write(pcaptest::pcapHeader(pcaptest::Ethernet)); }
    qint64 checks = 0, packets = 0;

    void flush(capturescenarios::Conversation &talk)
    {
        QByteArray buffer;
        for (const pcaptest::Frame &f : std::as_const(talk.frames))
            buffer += pcaptest::pcapRecord(f);
        m_out.write(buffer);
        packets += talk.frames.size();
        talk.frames.clear();
    }

    void block(capturescenarios::Conversation &talk, quint32 n)
    {
        using namespace pcaptest;
        const QString client = QString("198.51.100.%1").arg(n % 200 + 1);
        const quint16 sport = quint16(30000 + n % 30000);
        const QByteArray data(1448, 'd');
        for (int i = 0; i < 10; ++i) {
            talk.add(pcaptest::ip(talk.backend, client, 6, tcp(443, sport, Ack | Psh, data)), 20);
            if (i % 2)
                talk.add(pcaptest::ip(client, talk.backend, 6, tcp(sport, 443, Ack)), 15);
        }
        talk.add(pcaptest::ip(talk.backend, "10.0.0.2", 17, udp(quint16(40000 + n % 1000), 53, QByteArray(40, 'q'))),
                 50);
        talk.add(pcaptest::ip("10.0.0.2", talk.backend, 17, udp(53, quint16(40000 + n % 1000), QByteArray(90, 'r'))),
                 300);
        if (n % 16 == 0) {
            QByteArray arp = QByteArray::fromHex("ffffffffffff0200000000020806000108000604000102000000000200000000")
                + QByteArray(18, 0);
            talk.now += 10;
            talk.frames.append({talk.now, arp, 0});
        }
    }

    void healthCheck(capturescenarios::Conversation &talk)
    {
        const QString prober = QString("100.64.%1.%2").arg(checks % 4).arg(checks % 7 + 1);
        const char *answer = checks % 20 == 7 ? "404" : checks % 50 == 11 ? "none" : "200";
        const qint64 at = talk.now;
        talk.check(prober, quint16(20000 + checks % 40000), 80, answer, 2);
        talk.now = at + 5000; // keep the clock close to the traffic's
        ++checks;
    }

private:
    QFile &m_out;
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double runMs(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForFinished(600000);
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    QTemporaryDir dir;
    const QString file =
        argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath("mixed.pcap"); // a third argument keeps the file

    QElapsedTimer clock;
    clock.start();
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return 2;
    Generator gen(out);
    capturescenarios::Conversation talk;
    quint32 n = 0;
    while (out.size() < megabytes * 1024 * 1024) {
        gen.block(talk, n++);
        if (n % 90 == 0) // ~2,000 packets apart
            gen.healthCheck(talk);
        if (talk.frames.size() > 2000)
            gen.flush(talk);
    }
    gen.flush(talk);
    out.close();
    std::printf("generated %s: %.1f MB, %lld packets, %lld health checks in %.1f s\n", qPrintable(file),
                double(QFileInfo(file).size()) / 1048576.0, gen.packets, gen.checks, double(clock.elapsed()) / 1000.0);

    ProfileStore store;
    store.loadAll();
    RunContext context;
    context.profile = *store.find("alibaba");
    context.variant = *context.profile.variant({});
    TargetInput in{};
    in.listener = "http";
    in.host = "10.0.0.5";
    in.port = "80";
    in.sourceCidr = "100.64.0.0/10";
    context.target = TargetValidator::validate(in).target;
    context.timeoutMs = 2000;

    const QString tcpdump = QStandardPaths::findExecutable("tcpdump", {"/usr/sbin", "/usr/bin", "/sbin"});
    const QStringList cliArgs{"analyze", "capture", "--profile", "alibaba", "--listener", "http",  "--port",
                              "80",      "--ip",    "10.0.0.5",  "--file",  file,         "--json"};
    const qint64 baseKb = procStatusKb("VmHWM:");
    QList<double> analyzer, cli, dump;
    Finding f;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        Evidence e;
        e.kind = "capture";
        e.file = file;
        f = EvidenceAnalysis::analyze("capture", e, context);
        analyzer << double(t.nsecsElapsed()) / 1e6;
        cli << runMs(LBDOCTOR_CLI, cliArgs);
        if (!tcpdump.isEmpty())
            dump << runMs(tcpdump, {"-nn", "-r", file});
    }
    const qint64 peakKb = procStatusKb("VmHWM:");
    const qint64 attempts = f.details.value("attemptTotals").toObject().value("attempts").toInteger();
    std::printf("finding: %s\n", qPrintable(f.summary));
    std::printf("attempts found: %lld of %lld generated\n", attempts, gen.checks);
    std::printf(
        "capture analyzer (in process): median %.0f ms over %d rounds; peak RSS %.1f MB (%.1f MB before the analysis)\n",
        median(analyzer), rounds, double(peakKb) / 1024.0, double(baseKb) / 1024.0);
    std::printf("lbdoctor-cli analyze capture --json: median %.0f ms\n", median(cli));
    if (!dump.isEmpty())
        std::printf("tcpdump -nn -r FILE > /dev/null: median %.0f ms; the analyzer is %.1fx faster, the CLI %.1fx\n",
                    median(dump), median(dump) / median(analyzer), median(dump) / median(cli));
    const double perGb = median(analyzer) / (double(megabytes) / 1024.0);
    std::printf("targets for 100 MB: < 1000 ms: %s; < 100 MB RSS: %s; >= 3x tcpdump: %s (%.0f ms per GB)\n",
                median(analyzer) * 100.0 / double(megabytes) < 1000 ? "met" : "MISSED",
                peakKb < 100 * 1024 ? "met" : "MISSED",
                dump.isEmpty()                             ? "not measured (no tcpdump)"
                    : median(dump) / median(analyzer) >= 3 ? "met"
                                                           : "MISSED",
                perGb);
    return attempts == gen.checks ? 0 : 1;
}
