#include "grouptext.h"

#include "textformat.h"

#include "core/group/groupsession.h"

#include <QCoreApplication>

namespace GroupText {

QString render(const GroupSession &g)
{
    const RunContext &c = g.context;
    QString out;
    out += QCoreApplication::translate("GroupText", "LB Doctor %1: %2 (%3), %4 listener, %5 backends, %6 connections at once, %7 ms\n")
               .arg(QStringLiteral(LBDOCTOR_VERSION), c.profile.name.text(), c.variant.name.text(), listenerId(c.target.listener).toUpper())
               .arg(g.members.size())
               .arg(g.concurrency)
               .arg(g.elapsedMs);
    out += QCoreApplication::translate("GroupText", "  health-check sources %1").arg(c.healthCheckCidrs().join(QStringLiteral(", ")));
    if (isHttpListener(c.target.listener))
        out += QCoreApplication::translate("GroupText", "; %1 %2 HTTP/%3, healthy codes %4").arg(c.variant.http.method, c.target.path, c.variant.http.version, c.healthyCodes().toString());
    out += QStringLiteral("\n");
    for (const QString &p : g.targetProblems)
        out += QCoreApplication::translate("GroupText", "  left out: %1\n").arg(p);
    out += QLatin1Char('\n');

    const QStringList steps = g.tableSteps();
    int width = TextFormat::displayWidth(QCoreApplication::translate("GroupText", "BACKEND"));
    for (const GroupMember &m : g.members)
        width = std::max(width, TextFormat::displayWidth(m.row.label()));
    width = std::min(width, 48) + 2;
    out += QStringLiteral("  ") + TextFormat::padRight(QCoreApplication::translate("GroupText", "BACKEND"), width);
    for (const QString &s : steps)
        out += TextFormat::padRight(s, std::max(6, int(s.size()) + 2));
    out += TextFormat::padRight(QCoreApplication::translate("GroupText", "VERDICT"), 14) + QCoreApplication::translate("GroupText", "GROUP") + QLatin1Char('\n');
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
        const QString verdict = a.checked ? verdictWord(a.verdict).toUpper() : QCoreApplication::translate("GroupText", "NOT CHECKED");
        out += TextFormat::padRight(verdict, 14) + QString::number(a.group + 1) + QLatin1Char('\n');
    }

    out += QLatin1Char('\n') + g.answer.headline + QLatin1Char('\n');
    for (int i = 0; i < g.answer.groups.size(); ++i) {
        const BackendGroup &grp = g.answer.groups.at(i);
        out += QLatin1Char('\n') + QCoreApplication::translate("GroupText", "Group %1 (%2 of %3, %4): %5").arg(i + 1).arg(grp.members.size()).arg(g.answer.total)
                                      .arg(verdictWord(grp.verdict), grp.sentence) + QLatin1Char('\n');
        if (!grp.shared.isEmpty()) {
            out += QCoreApplication::translate("GroupText", "  They share, unlike the %1: %2").arg(g.answer.healthy > 0 ? QCoreApplication::translate("GroupText", "healthy ones") : QCoreApplication::translate("GroupText", "others"), grp.shared.join(QStringLiteral("; ")));
            if (!grp.sharedAgainst.isEmpty())
                out += QCoreApplication::translate("GroupText", " (%1)").arg(grp.sharedAgainst);
            out += QLatin1Char('\n');
        }
        if (!grp.rootCause.isEmpty())
            out += QCoreApplication::translate("GroupText", "  Root cause: %1").arg(grp.rootCause) + QLatin1Char('\n');
        if (!grp.fix.isEmpty())
            out += QCoreApplication::translate("GroupText", "  Fix: %1").arg(grp.fix) + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + QCoreApplication::translate("GroupText", "Verdict: %1 (%2 of %3 backends unhealthy, %4 healthy)")
                                   .arg(verdictWord(g.answer.verdict).toUpper())
                                   .arg(g.answer.failing)
                                   .arg(g.answer.total)
                                   .arg(g.answer.healthy)
        + QLatin1Char('\n');
    return out;
}

} // namespace GroupText
