#include "guidancetext.h"

#include "runcontext.h"

namespace GuidanceText {

QString expand(const QString &text, const RunContext &context)
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    QHash<QString, QString> values = context.templateValues();
    values.insert(QStringLiteral("cidrs"), context.healthCheckCidrs().join(QStringLiteral(", ")));
    QString out = text;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().isEmpty())
            out.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    }
    return out;
}

QString fix(const StepGuidance *guidance, const RunContext &context)
{
    return guidance ? expand(guidance->fix.text(), context) : QString();
}

} // namespace GuidanceText
