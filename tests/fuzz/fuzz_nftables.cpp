// libFuzzer target for the nftables readers (JSON and plain text) and the analysis on top.
#include "analyzers/analyzer.h"
#include "analyzers/firewall/nftablesjson.h"
#include "analyzers/firewall/nftablestext.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)NftablesText::toJson(text);
    static const Analyzer *analyzer = AnalyzerRegistry::find(QStringLiteral("nftables"));
    RunContext context;
    context.target.port = context.target.checkPort = 80;
    context.target.sourceCidr = QStringLiteral("100.64.0.0/10");
    analyzer->analyze({text, context});
    context.target.listener = Listener::Udp;
    context.variant.icmpRequired = true;
    analyzer->analyze({text, context});
    return 0;
}
