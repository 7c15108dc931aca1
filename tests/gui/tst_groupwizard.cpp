#include "wizarddriver.h"

#include "groupbackends.h"
#include "groupsshdialog.h"
#include "groupstepspage.h"
#include "grouptargetsbox.h"
#include "targetpage.h"

#include "core/group/grouprunner.h"
#include "core/sessionfile.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QTemporaryDir>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>

#include <memory>
#include <vector>

// The wizard with a server group (issue 18): the target page takes a list, the group's steps page
// shows the backend x step table, a detail pane per backend, progress and Stop, and the group's
// answer. Backends are LoopbackBackend servers on 127.18.x.y. Saves screenshots under
// <build>/gui-review/ (group-*.png).
class TestGroupWizard : public WizardDriver
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listOnTargetPage();
    void groupRunsWithTableDetailAndAnswer();
    void stopLeavesTheRestStopped();
    void bundlesThenSaveAndReopen();
    void sshDialogNeedsATemplate();

private:
    void choose(const char *comboName, const QString &data);
    QString startBackends();
    void goToGroup(const QString &list);

    quint16 m_port = 0;
    std::vector<std::unique_ptr<LoopbackBackend>> m_servers;
};

void TestGroupWizard::initTestCase()
{
    setUpApplication("tst_groupwizard");
    startBackendAndScreenshots("gui-review");
    QList<QHostAddress> all;
    for (int net = 1; net <= 4; ++net) {
        for (int host = 1; host <= 4; ++host)
            all << QHostAddress(QStringLiteral("127.18.%1.%2").arg(net).arg(host));
    }
    m_port = GroupBackends::freePort(all);
    if (m_port == 0)
        QSKIP("no port free on 127.18.1-4.1-4 (is 127.0.0.0/8 routed to lo?)");
}

void TestGroupWizard::init()
{
    QSettings().clear();
    openWizard();
    if (QTest::currentTestFailed())
        return;
    QApplication::setActiveWindow(m_wizard.get());
    choose("profileCombo", QStringLiteral("alibaba"));
}

void TestGroupWizard::cleanup()
{
    m_wizard.reset();
    m_servers.clear();
}

void TestGroupWizard::choose(const char *comboName, const QString &data)
{
    auto *combo = child<QComboBox>(comboName);
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

// Three healthy, one refusing, one answering 404: the list the user pastes.
QString TestGroupWizard::startBackends()
{
    const struct
    {
        const char *ip;
        BackendKind kind;
    } specs[] = {{"127.18.1.1", BackendKind::Healthy},
                 {"127.18.1.2", BackendKind::Healthy},
                 {"127.18.1.3", BackendKind::Healthy},
                 {"127.18.2.1", BackendKind::Refused},
                 {"127.18.4.1", BackendKind::NotFound}};
    QString list = QStringLiteral("# web tier\nip,port,check_port,name\n");
    for (const auto &s : specs) {
        list += QStringLiteral("%1,%2,,web-%3\n").arg(QString::fromLatin1(s.ip)).arg(m_port).arg(m_servers.size() + 1);
        if (s.kind == BackendKind::Refused) {
            m_servers.push_back(nullptr);
            continue;
        }
        auto server = std::make_unique<LoopbackBackend>(s.kind);
        if (!server->listen(QHostAddress(QString::fromLatin1(s.ip)), m_port))
            qWarning("cannot listen on %s", s.ip);
        m_servers.push_back(std::move(server));
    }
    return list;
}

void TestGroupWizard::goToGroup(const QString &list)
{
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::ProviderPageId));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::TargetPageId));
    choose("listenerCombo", QStringLiteral("http"));
    auto *box = child<GroupTargetsBox>("groupBox");
    QVERIFY(box);
    box->setChecked(true);
    auto *edit = child<QPlainTextEdit>("groupTargetsEdit");
    QVERIFY(edit);
    edit->setFocus();
    edit->insertPlainText(list); // as a paste does
    QTRY_VERIFY(m_wizard->targetPage()->isGroup());
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestGroupWizard::listOnTargetPage()
{
    clickNext();
    auto *box = child<GroupTargetsBox>("groupBox");
    QVERIFY(box);
    QVERIFY(!box->isChecked());
    QVERIFY(child<QLineEdit>("hostEdit")->isEnabled());
    box->setChecked(true);
    QVERIFY(!child<QLineEdit>("hostEdit")->isEnabled());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled()); // an empty list
    box->setText(QStringLiteral("ip,port\n10.0.0.5,80\n10.0.0.300,80\n10.0.0.6,0\n10.0.0.5,80\n10.0.0.7:8080\n"));
    QVERIFY(m_wizard->targetPage()->isGroup());
    QCOMPARE(m_wizard->targetPage()->groupRows().size(), 2);
    const QString summary = child<QLabel>("groupTargetsSummary")->text();
    QVERIFY2(summary.startsWith("2 backends. 3 rows left out:"), qPrintable(summary));
    QVERIFY2(summary.contains("line 3: \"10.0.0.300\" is not an IP address"), qPrintable(summary));
    QVERIFY2(summary.contains("line 4: port must be 1-65535, got 0"), qPrintable(summary));
    QVERIFY2(summary.contains("line 5: 10.0.0.5:80 is already on line 2"), qPrintable(summary));
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(child<QLabel>("targetStatus")->text().contains("2 backends"),
             qPrintable(child<QLabel>("targetStatus")->text()));
    screenshot(QStringLiteral("group-01-target-list"));
    // Unchecking the box brings the single backend back.
    box->setChecked(false);
    QVERIFY(!m_wizard->targetPage()->isGroup());
    QVERIFY(child<QLineEdit>("hostEdit")->isEnabled());
}

void TestGroupWizard::groupRunsWithTableDetailAndAnswer()
{
    goToGroup(startBackends());
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::GroupStepsPageId));
    GroupStepsPage *page = m_wizard->groupStepsPage();
    QVERIFY(page->runner());
    auto *table = child<QTableView>("groupTable");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 5);
    QTRY_VERIFY_WITH_TIMEOUT(!page->runner()->isRunning(), 20000);
    QCOMPARE(child<QProgressBar>("groupProgress")->value(), 5);
    // The group's answer is worked out on the thread pool once the run is over.
    QTRY_VERIFY(child<QTextBrowser>("groupAnswer")->toPlainText().contains("of 5 fail"));
    QTRY_VERIFY(child<QPushButton>("groupReportButton")->isEnabled());
    const QString answer = child<QTextBrowser>("groupAnswer")->toPlainText();
    QVERIFY2(answer.contains(
                 QStringLiteral("2 of 5 fail: web-4 refuses connections on port %1; web-5 answers 404").arg(m_port)),
             qPrintable(answer));
    QVERIFY2(answer.contains("the other 3 answer 200 in"), qPrintable(answer));
    QVERIFY2(answer.contains("Server: nginx/1.18"), qPrintable(answer));
    // The table: backend, TCP, HTTP, verdict.
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("TCP"));
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("HTTP"));
    QCOMPARE(model->data(model->index(3, 0)).toString(), QStringLiteral("web-4"));
    QCOMPARE(model->data(model->index(3, 1)).toString(), statusWord(Status::Fail));
    QCOMPARE(model->data(model->index(0, 2)).toString(), statusWord(Status::Pass));
    QCOMPARE(model->data(model->index(3, model->columnCount() - 1)).toString(), verdictWord(Verdict::Unhealthy));
    // The detail pane follows the selection.
    table->selectRow(3);
    QTRY_VERIFY(child<QTextBrowser>("groupDetail")->toPlainText().contains("connection refused"));
    QVERIFY(child<QTextBrowser>("groupDetail")
                ->toPlainText()
                .contains(QStringLiteral("web-4 (127.18.2.1:%1)").arg(m_port)));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
    screenshot(QStringLiteral("group-02-steps-done"));

    // The report holds the whole group.
    const GroupSession g = page->group();
    QCOMPARE(g.members.size(), 5);
    QCOMPARE(g.answer.failing, 2);
}

void TestGroupWizard::stopLeavesTheRestStopped()
{
    // Silent backends and a long timeout: Stop ends the run at once.
    QString list;
    for (int i = 1; i <= 4; ++i) {
        auto server = std::make_unique<LoopbackBackend>(BackendKind::Silent);
        const QString ip = QStringLiteral("127.18.3.%1").arg(i);
        QVERIFY(server->listen(QHostAddress(ip), m_port));
        m_servers.push_back(std::move(server));
        list += QStringLiteral("%1:%2\n").arg(ip).arg(m_port);
    }
    goToGroup(list);
    clickNext();
    GroupStepsPage *page = m_wizard->groupStepsPage();
    QVERIFY(page->runner()->isRunning());
    QVERIFY(child<QPushButton>("groupStopButton")->isEnabled());
    QTest::qWait(100);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(child<QPushButton>("groupStopButton"), Qt::LeftButton);
    QVERIFY(!page->runner()->isRunning());
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(child<QPushButton>("groupRunButton")->isEnabled());
    const QAbstractItemModel *model = child<QTableView>("groupTable")->model();
    QCOMPARE(model->data(model->index(0, model->columnCount() - 1)).toString(), QStringLiteral("stopped"));
    QTRY_VERIFY2(child<QTextBrowser>("groupAnswer")->toPlainText().contains("were not checked"),
                 qPrintable(child<QTextBrowser>("groupAnswer")->toPlainText()));
}

void TestGroupWizard::bundlesThenSaveAndReopen()
{
    goToGroup(startBackends());
    clickNext();
    GroupStepsPage *page = m_wizard->groupStepsPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->runner() && !page->runner()->isRunning(), 20000);
    QVERIFY2(child<QLabel>("groupEvidence")->text().contains("NOT RUN unless each backend gives its own evidence"),
             qPrintable(child<QLabel>("groupEvidence")->text()));
    QVERIFY(child<QPushButton>("groupBundlesButton")->isEnabled());
    QVERIFY(child<QPushButton>("groupSshButton")->isEnabled());

    // web-2's bundle (the real run in the fixtures), named after it; a file that is no bundle.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(QStringLiteral(LBDOCTOR_FIXTURES_DIR "/bundle/linux-root.txt"), dir.filePath("web-2.txt")));
    {
        QFile notes(dir.filePath("notes.txt"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a bundle\n");
    }
    page->loadBundles({dir.filePath("web-2.txt"), dir.filePath("notes.txt")});
    QVERIFY(!child<QPushButton>("groupBundlesButton")->isEnabled()); // read off the GUI thread
    // Read, then the group runs again with web-2's own evidence.
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("groupEvidence")->text().contains("Evidence from the backends themselves"),
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(page->runner() && !page->runner()->isRunning(), 20000);
    QTRY_VERIFY(child<QPushButton>("groupSaveSessionButton")->isEnabled()); // the answer is in
    const QString evidence = child<QLabel>("groupEvidence")->text();
    QVERIFY2(evidence.contains("Evidence from the backends themselves: 1 of 5") && evidence.contains("notes.txt"),
             qPrintable(evidence));
    const QAbstractItemModel *model = child<QTableView>("groupTable")->model();
    QStringList headers;
    for (int c = 0; c < model->columnCount(); ++c)
        headers << model->headerData(c, Qt::Horizontal).toString();
    // The backend steps the bundle brought get their columns.
    QVERIFY2(headers.contains("FIREWALL") && headers.contains("LISTENING"), qPrintable(headers.join('|')));
    child<QTableView>("groupTable")->selectRow(1);
    QTRY_VERIFY(child<QTextBrowser>("groupDetail")->toPlainText().contains("Its own evidence: bundle web-2.txt"));
    screenshot(QStringLiteral("group-03-with-bundle"));

    // Saved and opened again: the same table and answer, without running anything.
    const QString file = dir.filePath("group");
    const auto saved = page->saveSession(file);
    QVERIFY2(saved, qPrintable(saved.error()));
    const GroupSession before = page->group();
    m_wizard.reset();
    m_servers.clear(); // nothing to probe: the reopened group must not run
    openWizard();
    const auto opened = m_wizard->openSession(file + SessionFile::suffix());
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::GroupStepsPageId));
    page = m_wizard->groupStepsPage();
    QVERIFY(page->runner());
    QVERIFY(!page->runner()->isRunning());
    QCOMPARE(child<QTableView>("groupTable")->model()->rowCount(), 5);
    QCOMPARE(page->group().answer.headline, before.answer.headline);
    QCOMPARE(page->group().members.at(1).evidence.source, before.members.at(1).evidence.source);
    QVERIFY(child<QTextBrowser>("groupAnswer")->toPlainText().contains(before.answer.headline.left(20)));
    QVERIFY2(child<QLabel>("groupIntro")->text().startsWith("A saved group: 5 backends"),
             qPrintable(child<QLabel>("groupIntro")->text()));
    QVERIFY(child<QLabel>("groupEvidence")->text().contains("1 of 5"));
    QVERIFY(child<QPushButton>("groupReportButton")->isEnabled());
    screenshot(QStringLiteral("group-04-reopened"));

    // At the first-launch size every button of the page is still there, whole.
    m_wizard->resize(780, 588);
    QTest::qWait(50);
    for (const char *name : {"groupRunButton", "groupStopButton", "groupReportButton", "groupBundlesButton",
                             "groupSshButton", "groupSaveSessionButton"}) {
        auto *b = child<QPushButton>(name);
        QVERIFY(b);
        const QRect r(b->mapTo(m_wizard.get(), QPoint(0, 0)), b->size());
        QVERIFY2(b->isVisible() && r.width() >= b->sizeHint().width() && m_wizard->rect().contains(r), name);
    }
    // No mnemonic twice on the page.
    const QStringList clashes = mnemonicClashes(m_wizard.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    screenshot(QStringLiteral("group-06-reopened-780x588"));
}

void TestGroupWizard::sshDialogNeedsATemplate()
{
    GroupSshDialog dialog(12);
    dialog.show();
    auto *destination = dialog.findChild<QLineEdit *>("groupSshDestination");
    auto *collect = dialog.findChild<QPushButton *>("groupSshCollect");
    auto *message = dialog.findChild<QLabel *>("groupSshMessage");
    QVERIFY(destination && collect && message);
    destination->setText("admin@10.0.0.5");
    QVERIFY(!collect->isEnabled());
    QVERIFY2(message->text().contains("{ip}"), qPrintable(message->text()));
    destination->setText("admin@{ip}:2222");
    QVERIFY(collect->isEnabled());
    dialog.findChild<QLineEdit *>("groupSshOptions")->setText("ProxyJump=bastion nonsense");
    QVERIFY(!collect->isEnabled());
    QVERIFY2(message->text().contains("nonsense"), qPrintable(message->text()));
    dialog.findChild<QLineEdit *>("groupSshOptions")->setText("ProxyJump=bastion");
    dialog.findChild<QCheckBox *>("groupSshWindows")->setChecked(true);
    const auto settings = dialog.settings();
    QVERIFY(settings);
    QCOMPARE(settings->destination, "admin@{ip}:2222");
    QCOMPARE(settings->options, QStringList{"ProxyJump=bastion"});
    QCOMPARE(settings->os, BundleOs::Windows);
    screenshot(QStringLiteral("group-05-ssh-dialog"), &dialog);
}

QTEST_MAIN(TestGroupWizard)
#include "tst_groupwizard.moc"
