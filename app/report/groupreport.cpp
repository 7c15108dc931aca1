#include "groupreport.h"

#include "htmlreport.h"
#include "markdownreport.h"

#include "core/group/groupsession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

QString esc(QStringView text)
{
    return HtmlReport::escape(text);
}

QString cellFor(const GroupMember &m, const QString &step, Status *status)
{
    for (const Finding &f : m.findings) {
        if (f.step == step) {
            *status = f.status;
            return statusWord(f.status);
        }
    }
    return QStringLiteral("-");
}

QString title(const GroupSession &g)
{
    return GroupReport::Tr::tr("LB Doctor group report: %1 backends (%2)")
        .arg(g.members.size())
        .arg(listenerId(g.context.target.listener).toUpper());
}

QString verdictText(const GroupSession &g)
{
    return GroupReport::Tr::tr("%1: %2 of %3 backends unhealthy, %4 healthy")
        .arg(verdictWord(g.answer.verdict))
        .arg(g.answer.failing)
        .arg(g.answer.total)
        .arg(g.answer.healthy);
}

QByteArray html(const GroupSession &g)
{
    HtmlReportOptions options;
    options.rawLimitBytes = 16 * 1024;
    options.rawBudgetBytes = 48 * 1024;
    QString head;
    QStringList bodies;
    for (int i = 0; i < g.members.size(); ++i) {
        const QString doc = HtmlReport::document(g.sessionFor(i), options);
        const qsizetype open = doc.indexOf(QStringLiteral("<body>"));
        const qsizetype close = doc.lastIndexOf(QStringLiteral("</body>"));
        if (open < 0 || close < open)
            continue;
        if (head.isEmpty())
            head = doc.left(open);
        bodies << doc.mid(open + 6, close - open - 6);
    }
    if (head.isEmpty())
        head = QStringLiteral("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title></title></head>\n");
    // The group's own title replaces the first backend's.
    const qsizetype t0 = head.indexOf(QStringLiteral("<title>"));
    const qsizetype t1 = head.indexOf(QStringLiteral("</title>"));
    if (t0 >= 0 && t1 > t0)
        head = head.left(t0 + 7) + esc(title(g)) + head.mid(t1);

    QString out = head + QStringLiteral("<body>\n<header>\n<h1>") + esc(title(g)) + QStringLiteral("</h1>\n");
    out += QStringLiteral("<p class=\"group-verdict\"><strong>") + esc(verdictText(g))
        + QStringLiteral("</strong></p>\n<p class=\"group-headline\">") + esc(g.answer.headline)
        + QStringLiteral("</p>\n</header>\n<main>\n");
    for (const QString &p : g.targetProblems)
        out += QStringLiteral("<p class=\"left-out\">") + esc(GroupReport::Tr::tr("Left out: %1").arg(p))
            + QStringLiteral("</p>\n");
    if (const QStringList evidence = g.evidenceLines(); !evidence.isEmpty()) {
        out += QStringLiteral("<p class=\"group-evidence\">") + esc(evidence.constFirst()) + QStringLiteral("</p>\n");
        if (evidence.size() > 1) {
            out += QStringLiteral("<ul class=\"group-evidence-notes\">\n");
            for (const QString &line : evidence.mid(1))
                out += QStringLiteral("<li>") + esc(line) + QStringLiteral("</li>\n");
            out += QStringLiteral("</ul>\n");
        }
    }

    out += QStringLiteral("<h2>") + esc(GroupReport::Tr::tr("Groups")) + QStringLiteral("</h2>\n");
    for (int i = 0; i < g.answer.groups.size(); ++i) {
        const BackendGroup &grp = g.answer.groups.at(i);
        out += QStringLiteral("<section class=\"group\"><h3>")
            + esc(GroupReport::Tr::tr("Group %1: %2 of %3, %4")
                      .arg(i + 1)
                      .arg(grp.members.size())
                      .arg(g.answer.total)
                      .arg(verdictWord(grp.verdict)))
            + QStringLiteral("</h3>\n<p>") + esc(grp.sentence) + QStringLiteral("</p>\n");
        if (!grp.shared.isEmpty())
            out += QStringLiteral("<p>")
                + esc(GroupReport::Tr::tr("What they share, unlike the others: %1")
                          .arg(grp.shared.join(QStringLiteral("; "))))
                + (grp.sharedAgainst.isEmpty() ? QString() : esc(GroupReport::Tr::tr(" (%1)").arg(grp.sharedAgainst)))
                + QStringLiteral("</p>\n");
        if (!grp.rootCause.isEmpty())
            out += QStringLiteral("<p><strong>") + esc(GroupReport::Tr::tr("Root cause:"))
                + QStringLiteral("</strong> ") + esc(grp.rootCause) + QStringLiteral("</p>\n");
        if (!grp.fix.isEmpty())
            out += QStringLiteral("<p><strong>") + esc(GroupReport::Tr::tr("Fix:")) + QStringLiteral("</strong> ")
                + esc(grp.fix) + QStringLiteral("</p>\n");
        out += QStringLiteral("</section>\n");
    }

    const QStringList steps = g.tableSteps();
    out += QStringLiteral("<h2>") + esc(GroupReport::Tr::tr("Backends"))
        + QStringLiteral("</h2>\n<table class=\"group-table\"><thead><tr><th>") + esc(GroupReport::Tr::tr("Backend"))
        + QStringLiteral("</th>");
    for (const QString &s : steps)
        out += QStringLiteral("<th>") + esc(Step::titleFor(s)) + QStringLiteral("</th>");
    out += QStringLiteral("<th>") + esc(GroupReport::Tr::tr("Verdict")) + QStringLiteral("</th><th>")
        + esc(GroupReport::Tr::tr("Group")) + QStringLiteral("</th></tr></thead><tbody>\n");
    for (int i = 0; i < g.members.size(); ++i) {
        const GroupMember &m = g.members.at(i);
        const BackendAnswer &a = g.answer.backends.at(i);
        out += QStringLiteral("<tr><td><a href=\"#backend-%1\">").arg(i + 1) + esc(m.row.label())
            + QStringLiteral("</a></td>");
        for (const QString &s : steps) {
            Status st = Status::Skip;
            const QString word = cellFor(m, s, &st);
            out += QStringLiteral("<td class=\"status-%1\">").arg(statusId(st)) + esc(word) + QStringLiteral("</td>");
        }
        out += QStringLiteral("<td>") + esc(a.checked ? verdictWord(a.verdict) : GroupReport::Tr::tr("not checked"))
            + QStringLiteral("</td><td>") + QString::number(a.group + 1) + QStringLiteral("</td></tr>\n");
    }
    out += QStringLiteral("</tbody></table>\n</main>\n");

    for (int i = 0; i < bodies.size() && i < g.members.size(); ++i) {
        const BackendAnswer &a = g.answer.backends.at(i);
        out += QStringLiteral("<details class=\"backend\" id=\"backend-%1\"%2><summary>")
                   .arg(i + 1)
                   .arg(a.verdict == Verdict::Unhealthy ? QStringLiteral(" open") : QString())
            + esc(GroupReport::Tr::tr("%1: %2").arg(
                g.members.at(i).row.label(), a.checked ? verdictWord(a.verdict) : GroupReport::Tr::tr("not checked")))
            + QStringLiteral("</summary>\n<div class=\"backend-report\">\n") + bodies.at(i)
            + QStringLiteral("</div>\n</details>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

QByteArray markdown(const GroupSession &g)
{
    const auto inl = [](const QString &t) { return MarkdownReport::inlineText(t); };
    QString out = QStringLiteral("# ") + inl(title(g)) + QStringLiteral("\n\n**") + inl(verdictText(g))
        + QStringLiteral("**\n\n") + inl(g.answer.headline) + QStringLiteral("\n\n");
    for (const QString &p : g.targetProblems)
        out += QStringLiteral("- ") + inl(GroupReport::Tr::tr("Left out: %1").arg(p)) + QLatin1Char('\n');
    if (const QStringList evidence = g.evidenceLines(); !evidence.isEmpty()) {
        out += QLatin1Char('\n') + inl(evidence.constFirst()) + QStringLiteral("\n\n");
        for (const QString &line : evidence.mid(1))
            out += QStringLiteral("- ") + inl(line) + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    out += QStringLiteral("## ") + inl(GroupReport::Tr::tr("Groups")) + QStringLiteral("\n\n");
    for (int i = 0; i < g.answer.groups.size(); ++i) {
        const BackendGroup &grp = g.answer.groups.at(i);
        out += QStringLiteral("### ")
            + inl(GroupReport::Tr::tr("Group %1: %2 of %3, %4")
                      .arg(i + 1)
                      .arg(grp.members.size())
                      .arg(g.answer.total)
                      .arg(verdictWord(grp.verdict)))
            + QStringLiteral("\n\n") + inl(grp.sentence) + QStringLiteral("\n\n");
        if (!grp.shared.isEmpty())
            out += QStringLiteral("- ")
                + inl(GroupReport::Tr::tr("What they share, unlike the others: %1")
                          .arg(grp.shared.join(QStringLiteral("; ")))
                      + (grp.sharedAgainst.isEmpty() ? QString() : GroupReport::Tr::tr(" (%1)").arg(grp.sharedAgainst)))
                + QLatin1Char('\n');
        if (!grp.rootCause.isEmpty())
            out += QStringLiteral("- **") + inl(GroupReport::Tr::tr("Root cause:")) + QStringLiteral("** ")
                + inl(grp.rootCause) + QLatin1Char('\n');
        if (!grp.fix.isEmpty())
            out += QStringLiteral("- **") + inl(GroupReport::Tr::tr("Fix:")) + QStringLiteral("** ") + inl(grp.fix)
                + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    const QStringList steps = g.tableSteps();
    out += QStringLiteral("## ") + inl(GroupReport::Tr::tr("Backends")) + QStringLiteral("\n\n| ")
        + inl(GroupReport::Tr::tr("Backend"));
    for (const QString &s : steps)
        out += QStringLiteral(" | ") + inl(s);
    out += QStringLiteral(" | ") + inl(GroupReport::Tr::tr("Verdict")) + QStringLiteral(" | ")
        + inl(GroupReport::Tr::tr("Group")) + QStringLiteral(" |\n|---");
    for (int i = 0; i < steps.size() + 2; ++i)
        out += QStringLiteral("|---");
    out += QStringLiteral("|\n");
    for (int i = 0; i < g.members.size(); ++i) {
        const GroupMember &m = g.members.at(i);
        const BackendAnswer &a = g.answer.backends.at(i);
        out += QStringLiteral("| ") + inl(m.row.label());
        for (const QString &s : steps) {
            Status st = Status::Skip;
            out += QStringLiteral(" | ") + inl(cellFor(m, s, &st));
        }
        out += QStringLiteral(" | ") + inl(a.checked ? verdictWord(a.verdict) : GroupReport::Tr::tr("not checked"))
            + QStringLiteral(" | ") + QString::number(a.group + 1) + QStringLiteral(" |\n");
    }
    for (int i = 0; i < g.members.size(); ++i) {
        out += QStringLiteral("\n---\n\n");
        out += MarkdownReport::document(g.sessionFor(i));
    }
    return out.toUtf8();
}

} // namespace

namespace GroupReport {

QStringList extensions()
{
    return {QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("json")};
}

bool supports(const QString &fileName)
{
    return extensions().contains(QFileInfo(fileName).suffix().toLower());
}

QByteArray render(const GroupSession &group, const QString &extension)
{
    const QString ext = extension.toLower();
    if (ext == QStringLiteral("html"))
        return html(group);
    if (ext == QStringLiteral("md"))
        return markdown(group);
    if (ext == QStringLiteral("json"))
        return QJsonDocument(group.toJson()).toJson(QJsonDocument::Indented);
    return {};
}

Result<void> write(const GroupSession &group, const QString &fileName)
{
    if (!supports(fileName))
        return Error{GroupReport::Tr::tr("cannot write \"%1\": a group report is one of %2")
                         .arg(fileName, extensions().join(QStringLiteral(", ")))};
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Error{GroupReport::Tr::tr("cannot write %1: %2").arg(fileName, file.errorString())};
    file.write(render(group, QFileInfo(fileName).suffix()));
    if (!file.commit())
        return Error{GroupReport::Tr::tr("cannot write %1: %2").arg(fileName, file.errorString())};
    return {};
}

} // namespace GroupReport
