// libFuzzer target for the iptables-save parser and the whole analysis on top of it.
#include "analyzers/analyzer.h"
#include "analyzers/firewall/iptablesparser.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    IptablesParser::recognize(text);
    IptablesParser::parse(text);
    static const Analyzer *analyzer = AnalyzerRegistry::find(QStringLiteral("iptables"));
    RunContext context;
    context.target.port = context.target.checkPort = 80;
    context.target.sourceCidr = QStringLiteral("100.64.0.0/10,100.125.0.0/16");
    analyzer->analyze({text, context});
    context.target.listener = Listener::Udp;
    context.variant.icmpRequired = true;
    context.target.address = QHostAddress(QStringLiteral("10.0.0.5"));
    analyzer->analyze({text, context});
    return 0;
}
