// libFuzzer target for every other analyzer (firewalld, ufw, netsh, security groups, sockets,
// routes, TCP wrappers, sysctl, load): the first byte picks the analyzer, the rest is the paste.
// The content router (EvidenceAnalysis, which also runs recognizers of every step) gets it too.
#include "analyzers/analyzer.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QList<const Analyzer *> analyzers = AnalyzerRegistry::all();
    const Analyzer *analyzer = analyzers.at(data[0] % analyzers.size());
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    RunContext context;
    context.target.port = context.target.checkPort = 80;
    context.target.sourceCidr = QStringLiteral("100.64.0.0/10,100.125.0.0/16");
    analyzer->analyze({text, context});
    context.target.listener = Listener::Udp;
    context.variant.icmpRequired = true;
    context.target.address = QHostAddress(QStringLiteral("10.0.0.5"));
    analyzer->analyze({text, context});
    analyzer->recognize(text);
    AnalyzerRegistry::recognizeAny(text);
    EvidenceAnalysis::analyze(analyzer->step(), Evidence{QString(), text, QStringLiteral("pasted")}, context);
    return 0;
}
