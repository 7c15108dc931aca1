// libFuzzer target for the bundle parser and the analysis of every section it finds.
#include "collect/bundle/bundleanalysis.h"
#include "collect/bundle/bundleparser.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    BundleParser::looksLikeBundle(text);
    const ParsedBundle bundle = BundleParser::parse(text);
    RunContext context;
    context.target.port = context.target.checkPort = 80;
    context.target.sourceCidr = QStringLiteral("100.64.0.0/10");
    BundleAnalysis::analyze(bundle, context, QStringLiteral("bundle"));
    return 0;
}
