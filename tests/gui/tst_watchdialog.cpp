// The Watch action of the steps page against a loopback backend that fails every 5th check and
// answers every 7th slowly: live counters, the timeline drawn while it grows, Stop, the run's
// finding in the session, CSV export. The live dialog is saved as
// <build>/screenshots-watch/watch-live.png for review.

#include "stepspage.h"
#include "watchdialog.h"
#include "watchtimelineview.h"

#include "probetesting.h"
#include "probes/watch/watch.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestWatchDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->peek(4096).contains("\r\n\r\n") || socket->property("seen").isValid())
                        return;
                    socket->setProperty("seen", true);
                    const int n = ++m_requests;
                    QPointer<QTcpSocket> guard(socket);
                    QTimer::singleShot(n % 7 == 0 ? 160 : 5, this, [guard, n] {
                        if (guard) {
                            guard->write(n % 5 == 0 ? "HTTP/1.0 503 Busy\r\n\r\n" : "HTTP/1.0 200 OK\r\n\r\n");
                            guard->disconnectFromHost();
                        }
                    });
                });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void watchFromTheStepsPage()
    {
        RunContext context = ProbeTesting::context("alibaba", "", "http", m_server.serverPort(), "/health", {}, 300);
        context.variant.timing.unhealthyThreshold = 1; // every 5th failure flips: a busy picture
        context.variant.timing.healthyThreshold = 2;
        StepsPage page([context] { return context; });
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *watchButton = page.findChild<QPushButton *>("watchButton");
        QVERIFY(watchButton);
        QTest::mouseClick(watchButton, Qt::LeftButton);
        auto *dialog = page.findChild<WatchDialog *>("watchDialog");
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));

        auto *interval = dialog->findChild<QSpinBox *>("watchInterval");
        auto *duration = dialog->findChild<QComboBox *>("watchDuration");
        auto *start = dialog->findChild<QPushButton *>("watchStartButton");
        auto *stop = dialog->findChild<QPushButton *>("watchStopButton");
        auto *checks = dialog->findChild<QLabel *>("watchChecks");
        auto *failures = dialog->findChild<QLabel *>("watchFailures");
        auto *state = dialog->findChild<QLabel *>("watchState");
        auto *elapsed = dialog->findChild<QLabel *>("watchElapsed");
        auto *summary = dialog->findChild<QLabel *>("watchSummary");
        QVERIFY(interval && duration && start && stop && checks && failures && state && elapsed && summary);
        QVERIFY(dialog->findChild<WatchTimelineView *>("watchTimeline"));
        QCOMPARE(interval->value(), 2000); // alibaba's interval
        QVERIFY(!stop->isEnabled());

        interval->setValue(100);
        duration->setCurrentIndex(duration->findData(0)); // until stopped
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(stop->isEnabled());
        QVERIFY(!start->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(checks->text().toInt() >= 40, 10000);
        QVERIFY(failures->text().startsWith(QString::number(dialog->watch()->record().failures())));
        QVERIFY(dialog->watch()->record().failures() >= 7);
        QVERIFY(state->text() == lbStateWord(LbState::Healthy) || state->text() == lbStateWord(LbState::Unhealthy));
        QVERIFY(elapsed->text().startsWith("0:0"));

        // The live picture, for review.
        const QDir shots(QFileInfo(QStringLiteral(LBDOCTOR_CLI)).absolutePath()
                         + QStringLiteral("/../screenshots-watch"));
        QVERIFY(shots.mkpath(QStringLiteral(".")));
        const QString png = shots.absoluteFilePath(QStringLiteral("watch-live.png"));
        QVERIFY(dialog->grab().save(png));
        qInfo("screenshot: %s", qPrintable(QFileInfo(png).canonicalFilePath()));

        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(!dialog->watch()->isRunning());
        QVERIFY(start->isEnabled());
        QVERIFY(dialog->hasResult());
        QCOMPARE(summary->text(), dialog->finding().summary);
        QCOMPARE(dialog->finding().outcome, QStringLiteral("flapping"));

        // The run joins the session, picture included.
        const Session session = page.session();
        QVERIFY(std::any_of(session.findings.cbegin(), session.findings.cend(),
                            [](const Finding &f) { return f.step == "watch"; }));
        QVERIFY(session.timelineSvg.startsWith("<svg"));

        QTemporaryDir dir;
        const auto exported = dialog->exportCsv(dir.filePath("w.csv"));
        QVERIFY2(exported, qPrintable(exported.error()));
        QFile csv(dir.filePath("w.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().trimmed().split('\n').size(), int(dialog->watch()->record().total()) + 1);
    }

private:
    QTcpServer m_server;
    int m_requests = 0;
};

QTEST_MAIN(TestWatchDialog)
#include "tst_watchdialog.moc"
