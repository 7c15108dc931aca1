#include "probeguidance.h"

#include "core/guidancetext.h"

#include "core/finding.h"
#include "core/runcontext.h"
#include "core/shellquote.h"

namespace ProbeGuidance {

void apply(Finding &finding, const RunContext &context, const QString &stepId)
{
    const StepGuidance *guidance = context.profile.guidanceFor(stepId);
    if (!guidance)
        return;
    const QString text = GuidanceText::fix(guidance, context);
    if (!text.isEmpty() && !finding.fix.contains(text))
        finding.appendFix(text);
    const QHash<QString, QString> values = context.templateValues();
    for (const QString &templ : guidance->commands.value(Shell::Posix)) {
        const QString command = ShellQuote::expand(Shell::Posix, templ, values);
        if (!finding.commands.contains(command))
            finding.commands << command;
    }
}

QString why(const RunContext &context, const QString &stepId)
{
    const StepGuidance *guidance = context.profile.guidanceFor(stepId);
    return guidance ? guidance->why.text() : QString();
}

} // namespace ProbeGuidance
