#pragma once

// The harness the firewall-like analyzer tests share: fixtures without their provenance header,
// the built-in profiles, a run context for a backend at 10.0.0.5 as the analyzers see it, and the
// column sets and checks that every such test applies to its own rows.

#include "analyzers/analyzer.h"
#include "core/addressrange.h"
#include "core/profilestore.h"
#include "core/target.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QStringList>
#include <QTest>

#include <initializer_list>

class AnalyzerTestCase : public QObject
{
protected:
    // Exact: the analyzer's CIDR blocks as listed. AddressSet: only the addresses they cover, for
    // analyzers whose cutting into blocks is not the point.
    enum class RangeMatch { Exact, AddressSet };
    // Where the row's summaryHas must appear: in the one-line summary, or in summary or fix text.
    enum class SummaryScope { Summary, SummaryOrFix };

    // Fixtures start with '#' lines saying where their shape comes from; the tool never sees them.
    static QString fixture(const QString &name)
    {
        QFile file(QStringLiteral(LBDOCTOR_FIXTURES_DIR "/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        while (!lines.isEmpty() && lines.first().startsWith(QLatin1Char('#')))
            lines.removeFirst();
        return lines.join(QLatin1Char('\n'));
    }

    // Several fixtures named "a+b" pasted one after the other, as a user pastes two outputs at once.
    static QString fixtures(const QString &names)
    {
        QString text;
        for (const QString &name : names.split(QLatin1Char('+')))
            text += fixture(name) + QLatin1Char('\n');
        return text;
    }

    RunContext context(const QString &profile, const QString &listener, int port,
                       const QString &ip = QStringLiteral("10.0.0.5")) const
    {
        RunContext c;
        c.profile = *m_store.find(profile);
        c.variant = *c.profile.variant({});
        TargetInput in;
        in.listener = listener;
        in.host = ip;
        in.port = QString::number(port);
        c.target = TargetValidator::validate(in).target;
        c.mode = RunMode::Guided;
        return c;
    }

    // For initTestCase: the profiles, and the analyzer under test registered as `kind` for `step`.
    void setUpAnalyzer(const char *kind, const char *step)
    {
        m_store.loadAll();
        m_analyzer = AnalyzerRegistry::find(QString::fromLatin1(kind));
        QVERIFY2(m_analyzer, kind);
        QCOMPARE(m_analyzer->step(), QString::fromLatin1(step));
    }

    // Columns of analyze_data(): the input (fixture file, profile, listener, port and, withIp, the
    // backend's address) and the expected finding. The caller adds the "outcome" column last, with
    // a comment on what drop and reject mean for its analyzer.
    static void addFindingColumns(bool withIp)
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("listener");
        QTest::addColumn<int>("port");
        if (withIp)
            QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("blocked");
        QTest::addColumn<QStringList>("allowed");
        QTest::addColumn<QString>("summaryHas");
        QTest::addColumn<QString>("command");
    }

    // The current row's profile, listener, port and (withIp) address as a run context.
    RunContext rowContext(bool withIp) const
    {
        QFETCH(QString, profile);
        QFETCH(QString, listener);
        QFETCH(int, port);
        if (!withIp)
            return context(profile, listener, port);
        QFETCH(QString, ip);
        return context(profile, listener, port, ip);
    }

    // Compares `f` with the current row's status, blocked, allowed, summaryHas, command and outcome.
    // An empty command means the finding must carry none.
    static void checkFinding(const Finding &f, RangeMatch ranges, SummaryScope scope)
    {
        QFETCH(QString, status);
        QFETCH(QStringList, blocked);
        QFETCH(QStringList, allowed);
        QFETCH(QString, summaryHas);
        QFETCH(QString, command);
        QFETCH(QString, outcome);
        QVERIFY2(statusId(f.status) == status,
                 qPrintable(f.summary + QLatin1Char('\n') + f.evidence.join(QLatin1Char('\n'))));
        const QStringList gotBlocked = f.rangesWith(RangeDecision::Verdict::Blocked);
        const QStringList gotAllowed = f.rangesWith(RangeDecision::Verdict::Allowed);
        if (ranges == RangeMatch::Exact) {
            QCOMPARE(gotBlocked, blocked);
            QCOMPARE(gotAllowed, allowed);
        } else {
            QCOMPARE(RangeSet::fromCidrs(gotBlocked).toString(), RangeSet::fromCidrs(blocked).toString());
            QCOMPARE(RangeSet::fromCidrs(gotAllowed).toString(), RangeSet::fromCidrs(allowed).toString());
        }
        if (scope == SummaryScope::Summary)
            QVERIFY2(f.summary.contains(summaryHas), qPrintable(f.summary));
        else
            QVERIFY2(QString(f.summary + QLatin1Char(' ') + f.fix).contains(summaryHas),
                     qPrintable(f.summary + QLatin1Char('\n') + f.fix));
        QCOMPARE(f.outcome, outcome);
        const QString commands = f.commands.join(QLatin1Char('\n'));
        if (!command.isEmpty())
            QVERIFY2(commands.contains(command), qPrintable(commands));
        else
            QVERIFY2(f.commands.isEmpty(), qPrintable(commands));
    }

    // Rows "name" -> "folder/name" in a "file" column, for the routing tests.
    static void addFileRows(const char *folder, std::initializer_list<const char *> names)
    {
        QTest::addColumn<QString>("file");
        for (const char *name : names)
            QTest::newRow(name) << QString::fromLatin1(folder) + QLatin1Char('/') + QString::fromLatin1(name);
    }

    // The registry hands the current row's fixture, pasted for `step`, to the analyzer `kind`.
    static void checkRecognized(const char *step, const char *kind)
    {
        QFETCH(QString, file);
        const Analyzer *a = AnalyzerRegistry::recognize(QString::fromLatin1(step), fixture(file));
        QVERIFY2(a, qPrintable(file));
        QCOMPARE(a->kind(), QString::fromLatin1(kind));
    }

    // The analyzer under test does not claim the current row's `text` (another tool's output).
    void checkIgnored() const
    {
        QFETCH(QString, text);
        const int score = m_analyzer->recognize(text);
        QVERIFY2(score < 10, qPrintable(QString::number(score)));
    }

    // Columns of badInput_data(): the pasted text and what the "unknown, because" reason names.
    static void addBadInputColumns()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("summaryHas");
    }

    // The current row's text analyzed for a plain HTTP backend; it must not take 5 s or more.
    void analyzeBadInput(Finding &f) const
    {
        QFETCH(QString, text);
        QElapsedTimer timer;
        timer.start();
        f = m_analyzer->analyze({text, context(QStringLiteral("alibaba"), QStringLiteral("http"), 80)});
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }

    // Bad input gives an unknown finding without outcome whose reason names the row's summaryHas.
    static void checkUnknownBecause(const Finding &f)
    {
        QFETCH(QString, summaryHas);
        QCOMPARE(f.status, Status::Unknown);
        QVERIFY2(f.outcome.isEmpty(), qPrintable(f.outcome));
        QVERIFY2(f.summary.startsWith(QLatin1String("unknown, because")), qPrintable(f.summary));
        QVERIFY2(f.summary.contains(summaryHas), qPrintable(f.summary));
    }

    void checkBadInput() const
    {
        Finding f;
        analyzeBadInput(f);
        if (QTest::currentTestFailed())
            return;
        checkUnknownBecause(f);
    }

    ProfileStore m_store;
    const Analyzer *m_analyzer = nullptr;
};
