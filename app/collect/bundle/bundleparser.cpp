#include "bundleparser.h"

#include "core/inputchannel.h"

#include "bundleformat.h"

#include "core/step.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace {

struct Marker
{
    QString type; // BUNDLE | BEGIN | END | DONE
    QString token;
    QHash<QString, QString> fields;
};

QStringView trimmedLine(QStringView line)
{
    return line.trimmed();
}

std::optional<Marker> markerIn(QStringView line)
{
    const QStringView t = trimmedLine(line);
    if (!t.startsWith(BundleFormat::markerPrefix) || !t.endsWith(BundleFormat::markerSuffix))
        return std::nullopt;
    const QStringView middle = t.mid(BundleFormat::markerPrefix.size(),
                                     t.size() - BundleFormat::markerPrefix.size() - BundleFormat::markerSuffix.size());
    const QList<QStringView> words = middle.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return std::nullopt;
    Marker m;
    m.type = words.at(0).toString();
    if (m.type != QStringLiteral("BUNDLE") && m.type != QStringLiteral("BEGIN") && m.type != QStringLiteral("END")
        && m.type != QStringLiteral("DONE"))
        return std::nullopt;
    m.token = words.at(1).toString();
    for (qsizetype i = 2; i < words.size(); ++i) {
        const qsizetype eq = words.at(i).indexOf(QLatin1Char('='));
        if (eq > 0)
            m.fields.insert(words.at(i).left(eq).toString(), words.at(i).mid(eq + 1).toString());
    }
    return m;
}

// Pasted text is hostile: no control characters beyond the tab reach an analyzer or a report.
QString cleanLine(QStringView line)
{
    QString out;
    out.reserve(line.size());
    for (QChar c : line) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || u == 0x7f)
            continue;
        out += c;
    }
    return out;
}

QString describe(const BundleSection &s)
{
    return s.command.isEmpty() ? QStringLiteral("%1 (%2)").arg(s.number).arg(s.kind)
                               : QStringLiteral("%1 (`%2`)").arg(s.number).arg(s.command);
}

} // namespace

QList<BundleSection> ParsedBundle::sectionsFor(const QString &step) const
{
    QList<BundleSection> out;
    for (const BundleSection &s : sections) {
        if (s.step == step)
            out << s;
    }
    return out;
}

namespace BundleParser {

bool looksLikeBundle(QStringView text)
{
    qsizetype from = 0;
    while ((from = text.indexOf(BundleFormat::markerPrefix, from)) >= 0) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), from);
        if (markerIn(text.mid(from, end < 0 ? -1 : end - from)))
            return true;
        from += BundleFormat::markerPrefix.size();
    }
    return false;
}

ParsedBundle parse(const QString &text)
{
    static const QRegularExpression cutLines(QStringLiteral("^\\[LB Doctor cut (\\d+) lines here"));
    static const QRegularExpression cutBytes(QStringLiteral("^\\[LB Doctor's SSH collection cut (\\d+) bytes here"));
    ParsedBundle bundle;
    BundleSection current;
    bool open = false;
    bool sawCommandLine = false;
    QStringList foreignRuns; // tokens of other runs from the same host
    QHash<QString, QString> hostOfToken;

    const auto closeCurrent = [&] {
        if (!open)
            return;
        bundle.sections << current;
        current = BundleSection{};
        open = false;
    };

    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        std::optional<Marker> marker;
        if (line.contains(BundleFormat::markerPrefix))
            marker = markerIn(line);
        if (marker) {
            bundle.hasMarkers = true;
            const QString host = marker->fields.value(QStringLiteral("host"));
            if (!host.isEmpty())
                hostOfToken.insert(marker->token, host);
            if (bundle.token.isEmpty()
                && (marker->type == QStringLiteral("BUNDLE") || marker->type == QStringLiteral("BEGIN")))
                bundle.token = marker->token;
            const bool starts = marker->type == QStringLiteral("BUNDLE") || marker->type == QStringLiteral("BEGIN");
            if (marker->token != bundle.token && !starts)
                marker.reset(); // another run's END or DONE, or a command's output imitating one: plain text
        }
        if (marker) {
            const QString host = marker->fields.value(QStringLiteral("host"));
            if (marker->token != bundle.token) {
                // Another run begins: set aside; the open section (if any) ends here without its END.
                closeCurrent();
                const QString primaryHost = hostOfToken.value(bundle.token);
                const QString otherHost = hostOfToken.value(marker->token);
                if (!otherHost.isEmpty() && otherHost != primaryHost) {
                    if (!bundle.otherHosts.contains(otherHost))
                        bundle.otherHosts << otherHost;
                } else if (!foreignRuns.contains(marker->token)) {
                    foreignRuns << marker->token;
                }
                continue;
            }
            if (marker->type == QStringLiteral("BUNDLE")) {
                closeCurrent();
                bundle.hasHeader = true;
                bundle.os = marker->fields.value(QStringLiteral("os"));
                bundle.host = host;
                bundle.user = marker->fields.value(QStringLiteral("user"));
                bundle.sudo = marker->fields.value(QStringLiteral("sudo"));
                bundle.port = marker->fields.value(QStringLiteral("port")).toInt();
                bundle.listener = marker->fields.value(QStringLiteral("listener"));
            } else if (marker->type == QStringLiteral("BEGIN")) {
                closeCurrent();
                if (bundle.host.isEmpty())
                    bundle.host = host;
                if (!host.isEmpty() && host != bundle.host) {
                    if (!bundle.otherHosts.contains(host))
                        bundle.otherHosts << host;
                    continue;
                }
                open = true;
                sawCommandLine = false;
                current.number = marker->fields.value(QStringLiteral("n")).toInt();
                current.step = marker->fields.value(QStringLiteral("step"));
                current.kind = marker->fields.value(QStringLiteral("kind"));
                current.host = host;
                current.ranAs = marker->fields.value(QStringLiteral("as"));
                current.needsRoot = marker->fields.value(QStringLiteral("root")) == QStringLiteral("needed");
                current.text = line.toString() + QLatin1Char('\n');
            } else if (marker->type == QStringLiteral("END")) {
                if (open && marker->fields.value(QStringLiteral("n")).toInt() == current.number) {
                    bool ok = false;
                    const int code = marker->fields.value(QStringLiteral("exit")).toInt(&ok);
                    current.exitCode = ok ? code : -1;
                    current.timedOut = marker->fields.value(QStringLiteral("timeout")) == QStringLiteral("yes");
                    current.complete = true;
                    current.notInstalled =
                        current.exitCode == 127 && current.output.trimmed() == BundleFormat::notInstalled;
                    if (current.notInstalled)
                        current.output.clear();
                    current.text += line.toString() + QLatin1Char('\n');
                }
                closeCurrent();
            } else if (marker->type == QStringLiteral("DONE")) {
                closeCurrent();
                bundle.hasFooter = true;
                bool ok = false;
                const int n = marker->fields.value(QStringLiteral("sections")).toInt(&ok);
                bundle.declaredSections = ok ? n : -1;
            }
            continue;
        }
        if (!open)
            continue;
        const QString clean = cleanLine(line);
        current.text += clean + QLatin1Char('\n');
        if (!sawCommandLine && clean.startsWith(QStringLiteral("$ "))) {
            current.command = clean.mid(2);
            sawCommandLine = true;
            continue;
        }
        sawCommandLine = true;
        if (clean.startsWith(BundleFormat::stderrPrefix)) {
            current.errors += clean.mid(BundleFormat::stderrPrefix.size()) + QLatin1Char('\n');
            continue;
        }
        if (clean.startsWith(BundleFormat::cutNotePrefix)) {
            if (const auto m = cutLines.match(clean); m.hasMatch()) {
                current.linesCut += m.captured(1).toLongLong();
                continue;
            }
        }
        if (const auto m = cutBytes.match(clean); clean.startsWith(QLatin1Char('[')) && m.hasMatch()) {
            current.linesCut += 1;
            continue;
        }
        current.output += clean + QLatin1Char('\n');
    }
    closeCurrent();

    if (bundle.os.isEmpty() && !bundle.sections.isEmpty()) {
        const bool windows = std::any_of(bundle.sections.cbegin(), bundle.sections.cend(),
                                         [](const BundleSection &s) { return s.kind == QStringLiteral("netsh"); });
        bundle.os = windows ? QStringLiteral("windows") : QStringLiteral("linux");
    }

    // What is wrong with the paste, in the order a reader would fix it.
    if (!bundle.hasMarkers) {
        bundle.problems
            << (InputChannel::commandLine()
                    ? BundleParser::Tr::tr(
                        "this is not an LB Doctor bundle output: it has no === LBDOCTOR markers. Run the bundle script on the backend and give everything it prints with --evidence bundle=FILE")
                    : BundleParser::Tr::tr(
                        "this is not an LB Doctor bundle output: it has no === LBDOCTOR markers. Run the bundle script on the backend and paste everything it prints"));
        return bundle;
    }
    for (const BundleSection &s : std::as_const(bundle.sections)) {
        if (Step::stepForKind(s.kind).isEmpty() || Step::stepForKind(s.kind) != s.step)
            bundle.problems << BundleParser::Tr::tr(
                                   "section %1 names an unknown step or kind (%2, %3) and was not analyzed")
                                   .arg(describe(s), s.step, s.kind);
    }
    bundle.sections.erase(std::remove_if(bundle.sections.begin(), bundle.sections.end(),
                                         [](const BundleSection &s) {
                                             return Step::stepForKind(s.kind).isEmpty()
                                                 || Step::stepForKind(s.kind) != s.step;
                                         }),
                          bundle.sections.end());
    if (!bundle.otherHosts.isEmpty()) {
        bundle.problems
            << (InputChannel::commandLine()
                    ? BundleParser::Tr::tr(
                        "the bundle output mixes output from different servers (%1 and %2): only %1's sections are analyzed; collect from %2 in a check of its own")
                    : BundleParser::Tr::tr(
                        "the paste mixes output from different servers (%1 and %2): only %1's sections are analyzed; collect from %2 in a check of its own"))
                   .arg(bundle.host.isEmpty() ? BundleParser::Tr::tr("the first") : bundle.host,
                        bundle.otherHosts.join(QStringLiteral(", ")));
    }
    if (!foreignRuns.isEmpty())
        bundle.problems
            << (InputChannel::commandLine()
                    ? BundleParser::Tr::tr(
                        "the bundle output holds more than one run of the bundle from %1: only the first run is analyzed")
                    : BundleParser::Tr::tr(
                        "the paste holds more than one run of the bundle from %1: only the first run is analyzed"))
                   .arg(bundle.host);
    if (!bundle.hasHeader && bundle.sections.size() == 1) {
        bundle.problems
            << (InputChannel::commandLine()
                    ? BundleParser::Tr::tr(
                        "only one section of the bundle was given (%1): give the whole output, from its === LBDOCTOR BUNDLE line to its === LBDOCTOR DONE line")
                    : BundleParser::Tr::tr(
                        "only one section of the bundle was pasted (%1): paste the whole output, from its === LBDOCTOR BUNDLE line to its === LBDOCTOR DONE line"))
                   .arg(describe(bundle.sections.constFirst()));
    } else if (!bundle.hasHeader && !bundle.sections.isEmpty()) {
        bundle.problems
            << (InputChannel::commandLine()
                    ? BundleParser::Tr::tr("the start of the bundle output is missing: it begins at section %1")
                    : BundleParser::Tr::tr("the start of the bundle output is missing: the paste begins at section %1"))
                   .arg(describe(bundle.sections.constFirst()));
    } else if (bundle.sections.isEmpty()) {
        bundle.problems << (InputChannel::commandLine()
                                ? BundleParser::Tr::tr(
                                    "the bundle output has no complete section: give everything the script printed")
                                : BundleParser::Tr::tr(
                                    "the bundle output has no complete section: paste everything the script printed"));
    }
    if (!bundle.hasFooter && !bundle.sections.isEmpty()) {
        const BundleSection &last = bundle.sections.constLast();
        if (!last.complete)
            bundle.problems
                << (InputChannel::commandLine()
                        ? BundleParser::Tr::tr(
                            "the bundle output is cut in the middle of section %1 (a chat window's length limit?): have the whole output sent as a file")
                        : BundleParser::Tr::tr(
                            "the paste is cut in the middle of section %1 (a chat window's length limit?): send the output as a file, or paste the rest"))
                       .arg(describe(last));
        else if (bundle.hasHeader || bundle.sections.size() > 1)
            bundle.problems
                << (InputChannel::commandLine()
                        ? BundleParser::Tr::tr(
                            "the bundle output ends after section %1 before the bundle's last line (a chat window's length limit?): have the whole output sent as a file")
                        : BundleParser::Tr::tr(
                            "the paste ends after section %1 before the bundle's last line (a chat window's length limit?): send the output as a file, or paste the rest"))
                       .arg(describe(last));
    } else if (bundle.hasFooter && bundle.declaredSections >= 0 && bundle.declaredSections != bundle.sections.size()
               && bundle.otherHosts.isEmpty()) {
        bundle.problems
            << (InputChannel::commandLine()
                    ? BundleParser::Tr::tr(
                        "the bundle printed %1 sections but the output given holds %2: part of the middle is missing")
                    : BundleParser::Tr::tr(
                        "the bundle printed %1 sections but the paste holds %2: part of the middle is missing"))
                   .arg(bundle.declaredSections)
                   .arg(bundle.sections.size());
    }
    for (const BundleSection &s : std::as_const(bundle.sections)) {
        if (!s.complete && &s != &bundle.sections.constLast())
            bundle.problems
                << BundleParser::Tr::tr("section %1 has no end marker: its output may be incomplete").arg(describe(s));
    }
    return bundle;
}

} // namespace BundleParser
