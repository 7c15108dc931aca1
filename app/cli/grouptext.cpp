#include "grouptext.h"

#include "textformat.h"

#include "core/group/groupsession.h"

#include <QCoreApplication>

namespace GroupText {

QString render(const GroupSession &g)
{
    const RunContext &c = g.context;
    QString out;
    out += GroupText::Tr::tr("LB Doctor %1: %2 (%3), %4 listener, %5 backends, %6 connections at once, %7 ms\n")
               .arg(QStringLiteral(LBDOCTOR_VERSION), c.profile.name.text(), c.variant.name.text(),
                    listenerId(c.target.listener).toUpper())
               .arg(g.members.size())
               .arg(g.concurrency)
               .arg(g.elapsedMs);
    out += GroupText::Tr::tr("  health-check sources %1").arg(c.healthCheckCidrs().join(QStringLiteral(", ")));
    if (isHttpListener(c.target.listener))
        out += GroupText::Tr::tr("; %1 %2 HTTP/%3, healthy codes %4")
                   .arg(c.variant.http.method, c.target.path, c.variant.http.version, c.healthyCodes().toString());
    out += QStringLiteral("\n");
    for (const QString &p : g.targetProblems)
        out += GroupText::Tr::tr("  left out: %1\n").arg(p);
    out += QLatin1Char('\n');

    const QStringList steps = g.tableSteps();
    int width = TextFormat::displayWidth(GroupText::Tr::tr("BACKEND"));
    for (const GroupMember &m : g.members)
        width = std::max(width, TextFormat::displayWidth(m.row.label()));
    width = std::min(width, 48) + 2;
    out += QStringLiteral("  ") + TextFormat::padRight(GroupText::Tr::tr("BACKEND"), width);
    for (const QString &s : steps)
        out += TextFormat::padRight(s, std::max(6, int(s.size()) + 2));
    out += TextFormat::padRight(GroupText::Tr::tr("VERDICT"), 14) + GroupText::Tr::tr("GROUP") + QLatin1Char('\n');
    for (int i = 0; i < g.members.size(); ++i) {
        const GroupMember &m = g.members.at(i);
        const BackendAnswer &a = g.answer.backends.at(i);
        out += QStringLiteral("  ") + TextFormat::padRight(m.row.label(), width);
        for (const QString &s : steps) {
            QString cell = QStringLiteral("-");
            for (const Finding &f : m.findings) {
                if (f.step == s)
                    cell = statusSymbol(f.status);
            }
            out += TextFormat::padRight(cell, std::max(6, int(s.size()) + 2));
        }
        const QString verdict = a.checked ? verdictWord(a.verdict).toUpper() : GroupText::Tr::tr("NOT CHECKED");
        out += TextFormat::padRight(verdict, 14) + QString::number(a.group + 1) + QLatin1Char('\n');
    }

    if (const QStringList evidence = g.evidenceLines(); !evidence.isEmpty()) {
        out += QLatin1Char('\n') + evidence.constFirst() + QLatin1Char('\n');
        for (const QString &line : evidence.mid(1))
            out += QStringLiteral("  ") + line + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + g.answer.headline + QLatin1Char('\n');
    for (int i = 0; i < g.answer.groups.size(); ++i) {
        const BackendGroup &grp = g.answer.groups.at(i);
        out += QLatin1Char('\n')
            + GroupText::Tr::tr("Group %1 (%2 of %3, %4): %5")
                  .arg(i + 1)
                  .arg(grp.members.size())
                  .arg(g.answer.total)
                  .arg(verdictWord(grp.verdict), grp.sentence)
            + QLatin1Char('\n');
        if (!grp.shared.isEmpty()) {
            out += GroupText::Tr::tr("  They share, unlike the %1: %2")
                       .arg(g.answer.healthy > 0 ? GroupText::Tr::tr("healthy ones") : GroupText::Tr::tr("others"),
                            grp.shared.join(QStringLiteral("; ")));
            if (!grp.sharedAgainst.isEmpty())
                out += GroupText::Tr::tr(" (%1)").arg(grp.sharedAgainst);
            out += QLatin1Char('\n');
        }
        if (!grp.rootCause.isEmpty())
            out += GroupText::Tr::tr("  Root cause: %1").arg(grp.rootCause) + QLatin1Char('\n');
        if (!grp.fix.isEmpty())
            out += GroupText::Tr::tr("  Fix: %1").arg(grp.fix) + QLatin1Char('\n');
    }
    out += QLatin1Char('\n')
        + GroupText::Tr::tr("Verdict: %1 (%2 of %3 backends unhealthy, %4 healthy)")
              .arg(verdictWord(g.answer.verdict).toUpper())
              .arg(g.answer.failing)
              .arg(g.answer.total)
              .arg(g.answer.healthy)
        + QLatin1Char('\n');
    return out;
}

} // namespace GroupText
