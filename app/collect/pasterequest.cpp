#include "pasterequest.h"

#include "core/inputchannel.h"

#include "core/guidancetext.h"

#include "commandcatalogue.h"
#include "core/evidencerequest.h"

#include <algorithm>

namespace {

// One line to run: the first command (with sudo where it needs root on a POSIX shell), and the
// commands one analyzer reads together (load: loadavg, nproc, free) joined for the shell.
QString commandLine(const QList<CatalogueCommand> &commands, Shell shell)
{
    const CatalogueCommand &first = commands.constFirst();
    QString line = (first.needsRoot && shell == Shell::Posix ? QStringLiteral("sudo ") : QString()) + first.display;
    if (std::all_of(commands.cbegin(), commands.cend(),
                    [&](const CatalogueCommand &c) { return c.kind == first.kind; })) {
        for (qsizetype i = 1; i < commands.size(); ++i)
            line += (shell == Shell::Cmd ? QStringLiteral(" & ") : QStringLiteral("; ")) + commands.at(i).display;
    }
    return line;
}

[[maybe_unused]] const bool installed = EvidenceRequest::install(&PasteRequest::forStep);

} // namespace

Finding PasteRequest::forStep(const Step &step, const RunContext &context)
{
    Finding f = Finding::make(step.id, Status::Skip, {});
    const QList<CatalogueCommand> commands =
        CommandCatalogue::forStep(step.id, CommandCatalogue::hostFamily(), context);
    const StepGuidance *guidance = context.profile.guidanceFor(step.id);
    if (step.side == StepSide::Network) {
        f.summary = tr("offline mode sends no probes");
    } else if (step.evidenceKinds().isEmpty() && guidance && !guidance->checks.isEmpty()) {
        // A console question (bandwidth): the profile's guidance is the decision to make.
        f.summary = tr("not checked by LB Doctor, decide it in the console: %1")
                        .arg(guidance->fix.isEmpty() ? guidance->checks.text() : GuidanceText::fix(guidance, context));
        f.evidence << guidance->checks.text();
        if (!guidance->why.isEmpty())
            f.evidence << guidance->why.text();
        f.fix = GuidanceText::fix(guidance, context);
    } else if (step.evidenceKinds().isEmpty()) {
        f.summary = tr("this step is answered from the provider's console");
    } else if (!commands.isEmpty()) {
        const Shell shell = CommandCatalogue::shellFor(CommandCatalogue::hostFamily());
        // On the command line there is nothing to paste into: the output comes as --evidence.
        f.summary = InputChannel::commandLine()
            ? tr("run `%1` on the backend and give the output with --evidence %2=FILE (or use --local, --ssh or a bundle)")
                  .arg(commandLine(commands, shell), commands.constFirst().kind)
            : (InputChannel::commandLine() ? tr(
                   "run `%1` on the backend and give the output with --evidence %2=FILE (or use --local, --ssh or a bundle)")
                                           : tr("run `%1` on the backend and paste the output"))
                  .arg(commandLine(commands, shell));
        for (const CatalogueCommand &c : commands)
            f.evidence << (c.note.isEmpty() ? c.display : tr("%1  (%2)").arg(c.display, c.note));
    } else {
        const QString where = step.side == StepSide::Console ? tr("cloud console or CLI") : tr("backend server");
        f.summary = InputChannel::commandLine()
            ? tr("needs output from the %1: give it with --evidence %2=FILE").arg(where, step.evidenceKinds().value(0))
            : (InputChannel::commandLine() ? tr("needs output from the %1: give it with --evidence %2=FILE")
                                           : tr("needs output from the %1: paste it"))
                  .arg(where);
    }
    return f;
}
