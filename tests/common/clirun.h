#pragma once

// Runs lbdoctor-cli for a test: its own XDG_CONFIG_HOME (no user settings leak in), standard
// input written and closed, a time limit. Tests whose peers (QTcpServer backends) live on the
// test's own thread wait with WaitBy::EventLoop, so those peers keep answering meanwhile.

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <QTest>

struct CliRun
{
    int exitCode = -1; // -1 did not start, -2 timed out, -3 crashed
    QByteArray out;
    QByteArray err;
};

enum class WaitBy { Blocking, EventLoop };

inline CliRun runCli(const QStringList &args, const QString &configHome, const QByteArray &input = {},
                     WaitBy wait = WaitBy::Blocking, int timeoutMs = 30000,
                     QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LBDOCTOR_CLI), args);
    if (!p.waitForStarted(10000))
        return {-1, {}, "did not start"};
    p.write(input);
    p.closeWriteChannel();
    bool finished = false;
    if (wait == WaitBy::Blocking) {
        finished = p.waitForFinished(timeoutMs);
    } else {
        QElapsedTimer clock;
        clock.start();
        while (p.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs)
            QTest::qWait(10);
        finished = p.state() == QProcess::NotRunning;
    }
    if (!finished) {
        p.kill();
        p.waitForFinished();
        return {-2, p.readAllStandardOutput(), "timed out"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
