// The walkthrough as a first-time user meets it (issue 13): the first window size (780x588),
// 1280x800 and maximised; the paste tab after Back/Next; the verdict never claiming more than was
// checked (summary, HTML, Markdown, JSON, CLI); the keyboard alone, with no mnemonic used twice on a
// page; the export file name. Screenshots of every page at both sizes and in both languages go to
// $LBDOCTOR_SCREENSHOTS (default <build>/screenshots-walkthrough) for review.
#include "wizarddriver.h"

#include "commandbox.h"
#include "commandtext.h"
#include "modepage.h"
#include "summarypage.h"

#include "core/session.h"
#include "core/translation.h"
#include "report/reportwriter.h"

#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QStyleOptionViewItem>
#include <QStyledItemDelegate>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTimeZone>

class TestWalkthrough : public WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void stepsPageFitsTheFirstSize_data();
    void stepsPageFitsTheFirstSize();
    void securityGroupStepShowsCommandsAndConsole();
    void pasteTabSurvivesBackAndNext();
    void otherHostWarningShows();
    void stepRowsShowTheirWholeText();
    void emptyIptablesSavePasses();
    void verdictListsWhatWasNotVerified();
    void cliListsWhatWasNotVerified();
    void keyboardOnlyWalkWithoutMnemonicClash();
    void exportFileNameAndFilters();
    void screenshotsEveryPage_data();
    void screenshotsEveryPage();
    void screenshotsEveryPageInChinese();

private:
    void goTo(const QString &profile, const QString &host, quint16 port, const char *mode, const QString &path = {});
    void chooseData(const char *comboName, const QString &data);
    void selectStepById(const QString &stepId);
    void checkNoClash(const QString &where);
    void shootAllPages(const QString &language, const QSize &size, const QString &sizeName);
    QString shotsPath() const;

    QDir m_walkShots;
};

void TestWalkthrough::initTestCase()
{
    setUpApplication("tst_walkthrough");
    startBackendAndScreenshots("screenshots-walkthrough");
    const QString custom = qEnvironmentVariable("LBDOCTOR_SCREENSHOTS");
    m_walkShots = custom.isEmpty() ? m_shots : QDir(custom);
    QVERIFY(m_walkShots.mkpath(QStringLiteral(".")));
    qInfo("walkthrough screenshots: %s", qPrintable(m_walkShots.absolutePath()));
}

void TestWalkthrough::init()
{
    QSettings().clear();
    m_wizard = std::make_unique<DoctorWizard>();
    m_wizard->resize(780, 588); // the first-launch size the review met
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QApplication::setActiveWindow(m_wizard.get());
}

void TestWalkthrough::cleanup()
{
    m_wizard.reset();
}

void TestWalkthrough::chooseData(const char *comboName, const QString &data)
{
    auto *combo = child<QComboBox>(comboName);
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

void TestWalkthrough::goTo(const QString &profile, const QString &host, quint16 port, const char *mode,
                           const QString &path)
{
    chooseData("profileCombo", profile);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::TargetPageId));
    chooseData("listenerCombo", QStringLiteral("http"));
    typeInto("hostEdit", host);
    typeInto("portEdit", QString::number(port));
    if (!path.isEmpty())
        typeInto("pathEdit", path);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::ModePageId));
    clickMode(mode);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::StepsPageId));
}

void TestWalkthrough::selectStepById(const QString &stepId)
{
    auto *list = child<QListWidget>("stepList");
    QVERIFY(list);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole + 1).toString() == stepId) {
            list->setCurrentRow(i);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("step %1 is not in the list").arg(stepId)));
}

QString TestWalkthrough::shotsPath() const
{
    return m_walkShots.absolutePath();
}

void TestWalkthrough::stepsPageFitsTheFirstSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("mode");
    QTest::newRow("780x588 offline") << QSize(780, 588) << QStringLiteral("modeGuided");
    QTest::newRow("780x588 desktop, after Run all") << QSize(780, 588) << QStringLiteral("modeProbe");
    QTest::newRow("1280x800 offline") << QSize(1280, 800) << QStringLiteral("modeGuided");
}

void TestWalkthrough::stepsPageFitsTheFirstSize()
{
    QFETCH(QSize, size);
    QFETCH(QString, mode);
    m_wizard->resize(size);
    if (mode == QStringLiteral("modeProbe")) {
        goTo(QStringLiteral("huawei"), QStringLiteral("127.0.0.1"), m_backend.httpPort(), "modeProbe",
             DemoBackend::healthyPath());
        runAllAndWait(20000);
    } else {
        goTo(QStringLiteral("huawei"), QStringLiteral("10.0.0.5"), 80, "modeGuided",
             QStringLiteral("/health check.html"));
    }
    selectStepById(QStringLiteral("firewall"));
    showTab(QStringLiteral("guidedPanel"));
    QCoreApplication::processEvents();
    auto *scroll = child<QScrollArea>("guidedScroll");
    QVERIFY(scroll);
    const QList<CommandBox *> boxes = child<QWidget>("guidedCommands")->findChildren<CommandBox *>();
    QVERIFY2(boxes.size() >= 3, "the firewall step shows its commands");
    for (CommandBox *box : boxes) {
        auto *text = box->textView();
        auto *copy = box->findChild<QWidget *>(QStringLiteral("copyButton"));
        scroll->ensureWidgetVisible(copy);
        QCoreApplication::processEvents();
        QVERIFY(text->isVisible() && copy->isVisible());
        QVERIFY2(text->height() >= text->fontMetrics().height(),
                 qPrintable(QStringLiteral("command box %1 is %2 px high").arg(text->command()).arg(text->height())));
        QVERIFY2(copy->height() >= copy->sizeHint().height() && copy->width() >= copy->sizeHint().width(),
                 qPrintable(QStringLiteral("Copy button cut: %1x%2").arg(copy->width()).arg(copy->height())));
        // Not cut off at the right edge of what scrolls.
        const QPoint right = copy->mapTo(scroll->viewport(), QPoint(copy->width(), 0));
        QVERIFY2(right.x() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("Copy ends at %1 of %2").arg(right.x()).arg(scroll->viewport()->width())));
    }
    // No note or command squeezed below the height its text needs.
    QTest::qWait(50);
    for (QLabel *label : child<QWidget>("guidedCommands")->findChildren<QLabel *>()) {
        if (label->wordWrap() && label->isVisible())
            QVERIFY2(label->height() >= label->heightForWidth(label->width()) - 1,
                     qPrintable(QStringLiteral("\"%1\" is %2 px high, needs %3")
                                    .arg(label->text())
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()))));
    }
    // The Format row does not sit under Load/Analyze.
    QWidget *content = child<QWidget>("guidedContent");
    auto rectIn = [content](QWidget *w) { return QRect(w->mapTo(content, QPoint(0, 0)), w->size()); };
    for (const char *name : {"loadFileButton", "analyzeButton"})
        QVERIFY(!rectIn(child<QWidget>("kindCombo")).intersects(rectIn(child<QWidget>(name))));
    auto *paste = child<QWidget>("pasteBox");
    QVERIFY2(paste->height() >= 100, qPrintable(QString::number(paste->height())));
    const QString name = QStringLiteral("check-steps-paste-%1x%2-%3").arg(size.width()).arg(size.height()).arg(mode);
    screenshot(name);
    QVERIFY(m_wizard->grab().save(m_walkShots.filePath(name + QStringLiteral(".png"))));
}

void TestWalkthrough::securityGroupStepShowsCommandsAndConsole()
{
    goTo(QStringLiteral("huawei"), QStringLiteral("10.0.0.5"), 80, "modeGuided");
    selectStepById(QStringLiteral("secgroup"));
    showTab(QStringLiteral("guidedPanel"));
    const QList<CommandBox *> boxes = child<QWidget>("guidedCommands")->findChildren<CommandBox *>();
    QVERIFY(!boxes.isEmpty());
    QVERIFY2(boxes.first()->command().startsWith(QStringLiteral("hcloud VPC ListSecurityGroupRules")),
             qPrintable(boxes.first()->command()));
    QVERIFY(child<QLabel>("guidedConsolePath")->text().contains(QStringLiteral("Security Groups")));
    // People read what the step takes, not the analyzer's id.
    showTab(QStringLiteral("checksView"));
    const QString how = child<QWidget>("checksView")->property("plainText").toString();
    QVERIFY2(!how.contains(QStringLiteral("paste: secgroup")), qPrintable(how));
    QVERIFY2(how.contains(QStringLiteral("security group's rules")), qPrintable(how));
}

void TestWalkthrough::pasteTabSurvivesBackAndNext()
{
    goTo(QStringLiteral("huawei"), QStringLiteral("127.0.0.1"), m_backend.httpPort(), "modeProbe",
         DemoBackend::healthyPath());
    selectStepById(QStringLiteral("tcp"));
    QCOMPARE(tabIndex(QStringLiteral("guidedPanel")), -1); // a probe has nothing to paste
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::TargetPageId));
    typeInto("pathEdit", QStringLiteral("/"));
    clickNext();
    clickMode("modeProbe");
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::StepsPageId));
    runAllAndWait(20000);
    for (const char *step : {"secgroup", "firewall", "listening", "route", "sysctl", "load"}) {
        selectStepById(QString::fromLatin1(step));
        const int index = tabIndex(QStringLiteral("guidedPanel"));
        QVERIFY2(index >= 0, step);
        QVERIFY2(child<QTabWidget>("detailTabs")->isTabVisible(index), step);
    }
    // Desktop mode checks the backend steps from pasted output, and collect mode too.
    showTab(QStringLiteral("guidedPanel"));
    QVERIFY(child<QWidget>("pasteBox")->isVisible());
}

void TestWalkthrough::emptyIptablesSavePasses()
{
    // A fresh VM has no rules loaded: iptables-save prints nothing, and that is a pass.
    goTo(QStringLiteral("huawei"), QStringLiteral("10.0.0.5"), 80, "modeGuided");
    selectStepById(QStringLiteral("firewall"));
    showTab(QStringLiteral("guidedPanel"));
    auto *nothing = child<QPushButton>("printedNothingButton");
    QVERIFY(nothing && nothing->isVisible());
    QTest::mouseClick(nothing, Qt::LeftButton);
    QTRY_VERIFY(m_wizard->stepsPage()->runner()->finding(QStringLiteral("firewall")));
    const Finding *f = m_wizard->stepsPage()->runner()->finding(QStringLiteral("firewall"));
    QCOMPARE(f->status, Status::Pass);
    QVERIFY2(f->summary.contains(QStringLiteral("no iptables rules are loaded")), qPrintable(f->summary));

    // The command line too: `iptables-save | lbdoctor-cli analyze iptables --file -` with nothing loaded.
    QProcess cli;
    cli.start(QStringLiteral(LBDOCTOR_CLI),
              {QStringLiteral("analyze"), QStringLiteral("iptables"), QStringLiteral("--profile"),
               QStringLiteral("huawei"), QStringLiteral("--port"), QStringLiteral("80"), QStringLiteral("--file"),
               QStringLiteral("-")});
    QVERIFY(cli.waitForStarted());
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(30000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(out.contains(QStringLiteral("PASS")) && out.contains(QStringLiteral("no iptables rules are loaded")),
             qPrintable(out));
}

void TestWalkthrough::verdictListsWhatWasNotVerified()
{
    // Desktop mode: TCP and HTTP pass from here, nothing on the server was checked.
    goTo(QStringLiteral("huawei"), QStringLiteral("127.0.0.1"), m_backend.httpPort(), "modeProbe",
         DemoBackend::healthyPath());
    runAllAndWait(20000);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::SummaryPageId));
    const QString headline = child<QLabel>("verdictLabel")->text();
    QVERIFY2(headline.startsWith(QStringLiteral("Healthy as far as checked")), qPrintable(headline));
    const QString coverage = child<QLabel>("coverageLabel")->text();
    for (const char *step : {"secgroup", "firewall", "listening", "route"})
        QVERIFY2(coverage.contains(Step::titleFor(QString::fromLatin1(step)).toHtmlEscaped()), step);
    QVERIFY(coverage.contains(QStringLiteral("NOT RUN")));
    auto *results = child<QListWidget>("resultList");
    int notRun = 0;
    for (int i = 0; i < results->count(); ++i)
        notRun += results->item(i)->text().contains(QStringLiteral("NOT RUN")) ? 1 : 0;
    QVERIFY2(notRun >= 4, qPrintable(QString::number(notRun)));
    QVERIFY(!results->findItems(QStringLiteral("SKIP"), Qt::MatchContains).size());

    // Every report says it too.
    const Session session = m_wizard->stepsPage()->session();
    for (const char *ext : {"html", "md", "json"}) {
        const ReportWriter *w = ReportRegistry::forExtension(QString::fromLatin1(ext));
        QVERIFY(w);
        const QString text = QString::fromUtf8(w->render(session));
        if (QByteArray(ext) == "json") {
            const QJsonArray nv =
                QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("notVerified")).toArray();
            QVERIFY(nv.contains(QStringLiteral("secgroup")) && nv.contains(QStringLiteral("firewall")));
            QVERIFY(!nv.contains(QStringLiteral("tcp")) && !nv.contains(QStringLiteral("http")));
        } else {
            QVERIFY2(text.contains(QStringLiteral("as far as checked")), ext);
            QVERIFY2(text.contains(QStringLiteral("Not verified")), ext);
            QVERIFY2(text.contains(Step::titleFor(QStringLiteral("firewall"))), ext);
        }
    }
    screenshot(QStringLiteral("summary-as-far-as-checked"));

    // Offline: the steps that never ran are listed, not left out.
    m_wizard.reset();
    init();
    goTo(QStringLiteral("huawei"), QStringLiteral("10.0.0.5"), 80, "modeGuided");
    selectStepById(QStringLiteral("listening"));
    showTab(QStringLiteral("guidedPanel"));
    auto *paste = child<QPlainTextEdit>("pasteBox");
    paste->setPlainText(QStringLiteral("State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process\n"
                                       "LISTEN 0      511    0.0.0.0:22         0.0.0.0:*\n"));
    QTest::mouseClick(child<QPushButton>("analyzeButton"), Qt::LeftButton);
    QTRY_VERIFY(m_wizard->stepsPage()->runner()->finding(QStringLiteral("listening")));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::SummaryPageId));
    results = child<QListWidget>("resultList");
    QVERIFY2(results->count() >= 8, qPrintable(QString::number(results->count())));
    QVERIFY(child<QLabel>("verdictLabel")->text().startsWith(QStringLiteral("Unhealthy as far as checked")));
}

// `ip route` pasted from 192.0.2.2 for the backend 10.0.0.5: the step's detail says so in its own
// warning line, the status is what the routes say, and the summary's report lists it too.
void TestWalkthrough::otherHostWarningShows()
{
    goTo(QStringLiteral("huawei"), QStringLiteral("10.0.0.5"), 80, "modeGuided");
    selectStepById(QStringLiteral("route"));
    showTab(QStringLiteral("guidedPanel"));
    QFile fixture(QStringLiteral(LBDOCTOR_FIXTURES_DIR "/host/otherhost/ip-route-192.0.2.2.txt"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    child<QPlainTextEdit>("pasteBox")->setPlainText(QString::fromUtf8(fixture.readAll()));
    QTest::mouseClick(child<QPushButton>("analyzeButton"), Qt::LeftButton);
    QTRY_VERIFY(m_wizard->stepsPage()->runner()->finding(QStringLiteral("route")));
    const Finding route = *m_wizard->stepsPage()->runner()->finding(QStringLiteral("route"));
    QVERIFY2(route.status != Status::Skip && route.status != Status::Unknown, qPrintable(route.summary));
    // The progress counts the whole plan, not the one step just analyzed ("1 of 1 steps").
    const qsizetype planned = m_wizard->stepsPage()->runner()->plan().size();
    const QString progress = child<QProgressBar>("progressBar")->format();
    QVERIFY2(progress.startsWith(QStringLiteral("1 of %1 steps checked").arg(planned)), qPrintable(progress));
    selectStepById(QStringLiteral("route"));
    QCoreApplication::processEvents();
    auto *warning = child<QLabel>("detailOtherHost");
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(
                 QStringLiteral("This output seems to come from another host: it names 192.0.2.2 and never 10.0.0.5; "
                                "paste the output from the backend itself")),
             qPrintable(warning->text()));
    QVERIFY(warning->height() >= warning->heightForWidth(warning->width()) - 1);
    QVERIFY(m_wizard->grab().save(m_walkShots.filePath(
        QStringLiteral("en-%1x%2-14-steps-route-other-host.png").arg(m_wizard->width()).arg(m_wizard->height()))));
    // Another step has no such line.
    selectStepById(QStringLiteral("firewall"));
    QVERIFY(!child<QLabel>("detailOtherHost")->isVisible());
}

// At the first-launch size every row of the steps list is as high as its wrapped text, before and
// after a run: a row measured at another width than it is painted at lost its last line.
void TestWalkthrough::stepRowsShowTheirWholeText()
{
    goTo(QStringLiteral("huawei"), QStringLiteral("127.0.0.1"), m_backend.httpPort(), "modeProbe",
         DemoBackend::healthyPath());
    auto *list = child<QListWidget>("stepList");
    // What a row needs at the width it is painted at, measured by a plain delegate.
    QStyledItemDelegate plain;
    const auto check = [&](const char *when) {
        QTest::qWait(20);
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            QStyleOptionViewItem opt;
            opt.initFrom(list->viewport());
            opt.rect = list->visualItemRect(item);
            opt.rect.setWidth(list->viewport()->width() - 2 * list->spacing()); // where it is painted
            opt.features = QStyleOptionViewItem::WrapText;
            opt.decorationSize = list->iconSize();
            opt.font = list->font();
            opt.textElideMode = Qt::ElideNone;
            const int needed = plain.sizeHint(opt, list->model()->index(i, 0)).height();
            QVERIFY2(opt.rect.height() >= needed,
                     qPrintable(QStringLiteral("%1: row %2 \"%3\" is %4 px high, its text needs %5")
                                    .arg(QString::fromLatin1(when))
                                    .arg(i)
                                    .arg(item->text())
                                    .arg(opt.rect.height())
                                    .arg(needed)));
        }
    };
    check("before the run");
    runAllAndWait(20000);
    check("after the run");
}

void TestWalkthrough::cliListsWhatWasNotVerified()
{
    // The command line, against the demo backend on 127.0.0.1: text and --json.
    const QStringList args{
        QStringLiteral("check"),      QStringLiteral("--profile"), QStringLiteral("huawei"),
        QStringLiteral("--listener"), QStringLiteral("http"),      QStringLiteral("--ip"),
        QStringLiteral("127.0.0.1"),  QStringLiteral("--port"),    QString::number(m_backend.httpPort()),
        QStringLiteral("--path"),     DemoBackend::healthyPath()};
    // The demo backend runs in this process: the CLI's probes need its event loop to run meanwhile.
    QProcess text;
    text.start(QStringLiteral(LBDOCTOR_CLI), args);
    QTRY_VERIFY_WITH_TIMEOUT(text.state() == QProcess::NotRunning, 30000);
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("Verdict: HEALTHY as far as checked")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Not verified (NOT RUN): secgroup, firewall")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("SKIP")), qPrintable(out));
    QProcess json;
    json.start(QStringLiteral(LBDOCTOR_CLI), args + QStringList{QStringLiteral("--json")});
    QTRY_VERIFY_WITH_TIMEOUT(json.state() == QProcess::NotRunning, 30000);
    const QJsonObject o = QJsonDocument::fromJson(json.readAllStandardOutput()).object();
    QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("healthy"));
    const QJsonArray nv = o.value(QStringLiteral("notVerified")).toArray();
    QVERIFY(nv.contains(QStringLiteral("secgroup")) && nv.contains(QStringLiteral("firewall"))
            && !nv.contains(QStringLiteral("http")));
}

void TestWalkthrough::checkNoClash(const QString &where)
{
    QCoreApplication::processEvents();
    const QStringList clashes = mnemonicClashes(m_wizard.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(where + QStringLiteral(": ") + clashes.join(QStringLiteral("; "))));
}

void TestWalkthrough::keyboardOnlyWalkWithoutMnemonicClash()
{
    QWidget *w = m_wizard.get();
    auto alt = [w](Qt::Key key) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w, key, Qt::AltModifier);
    };
    checkNoClash(QStringLiteral("provider page"));
    alt(Qt::Key_P);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("profileCombo"));
    alt(Qt::Key_N);
    QTRY_COMPARE(m_wizard->currentId(), int(DoctorWizard::TargetPageId));
    checkNoClash(QStringLiteral("target page"));
    alt(Qt::Key_I);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("hostEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("10.0.0.5"));
    alt(Qt::Key_P);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("portEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("80"));
    alt(Qt::Key_A);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("interfaceEdit"));
    alt(Qt::Key_N);
    QTRY_COMPARE(m_wizard->currentId(), int(DoctorWizard::ModePageId));
    checkNoClash(QStringLiteral("mode page"));
    alt(Qt::Key_O);
    QTRY_VERIFY(child<QRadioButton>("modeGuided")->isChecked()); // a mnemonic clicks after a short animation
    alt(Qt::Key_N);
    QTRY_COMPARE(m_wizard->currentId(), int(DoctorWizard::StepsPageId));
    // Every tab of a backend step and of a network step.
    for (const char *step : {"firewall", "tcp", "secgroup"}) {
        selectStepById(QString::fromLatin1(step));
        auto *tabs = child<QTabWidget>("detailTabs");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            checkNoClash(QStringLiteral("steps page, %1, tab %2").arg(QString::fromLatin1(step), tabs->tabText(i)));
        }
    }
    alt(Qt::Key_R); // Run all, after the button's click animation
    QTRY_VERIFY(!m_wizard->stepsPage()->runner()->findings().isEmpty());
    QTRY_VERIFY(!m_wizard->stepsPage()->runner()->isRunning());
    alt(Qt::Key_N);
    QTRY_COMPARE(m_wizard->currentId(), int(DoctorWizard::SummaryPageId));
    checkNoClash(QStringLiteral("summary page"));
    // Enter on the summary with unsaved work asks first; the box is keyboard-operable too.
    QTest::keyClick(w, Qt::Key_Return);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_wizard->findChild<QMessageBox *>(QStringLiteral("unsavedWorkBox"))) && box->isVisible());
    QVERIFY(m_wizard->isVisible());
    QApplication::setActiveWindow(box);
    QTest::keyClick(box, Qt::Key_W, Qt::AltModifier); // Close without saving
    QTRY_VERIFY(!m_wizard->isVisible());
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
}

void TestWalkthrough::exportFileNameAndFilters()
{
    Session s;
    s.context.target.host = QStringLiteral("10.0.0.5");
    s.context.target.port = 80;
    s.context.target.checkPort = 80;
    s.startedAt = QDateTime(QDate(2026, 12, 3), QTime(13, 1), Qt::LocalTime);
    QCOMPARE(SummaryPage::defaultFileBase(s), QStringLiteral("lbdoctor-10-0-0-5-80-20261203-1301"));
    s.context.target.host = QStringLiteral("fe80::1");
    QVERIFY(!SummaryPage::defaultFileBase(s).contains(QLatin1Char(':')));
    const QStringList filters = SummaryPage::exportFilters();
    QVERIFY2(filters.contains(QStringLiteral("HTML report (*.html)")), qPrintable(filters.join(QStringLiteral(";;"))));
    for (const QString &f : filters)
        QVERIFY2(!f.contains(QStringLiteral("..")) && !f.startsWith(QLatin1Char('.')), qPrintable(f));
}

void TestWalkthrough::shootAllPages(const QString &language, const QSize &size, const QString &sizeName)
{
    m_wizard.reset();
    init();
    if (size.isValid())
        m_wizard->resize(size);
    else
        m_wizard->showMaximized();
    QCoreApplication::processEvents();
    auto shot = [&](const QString &page) {
        QTest::qWait(60); // layouts settle, wrapped labels get their height
        QVERIFY(
            m_wizard->grab().save(m_walkShots.filePath(QStringLiteral("%1-%2-%3.png").arg(language, sizeName, page))));
    };
    chooseData("profileCombo", QStringLiteral("huawei"));
    shot(QStringLiteral("1-provider"));
    clickNext();
    chooseData("listenerCombo", QStringLiteral("http"));
    typeInto("hostEdit", QStringLiteral("127.0.0.1"));
    typeInto("portEdit", QString::number(m_backend.httpPort()));
    typeInto("pathEdit", DemoBackend::healthyPath());
    shot(QStringLiteral("2-target"));
    clickNext();
    clickMode("modeProbe");
    shot(QStringLiteral("3-mode"));
    clickNext();
    shot(QStringLiteral("4-steps"));
    runAllAndWait(20000);
    shot(QStringLiteral("5-steps-run"));
    selectStepById(QStringLiteral("firewall"));
    showTab(QStringLiteral("guidedPanel"));
    shot(QStringLiteral("6-steps-firewall-paste"));
    selectStepById(QStringLiteral("secgroup"));
    showTab(QStringLiteral("guidedPanel"));
    shot(QStringLiteral("7-steps-secgroup-paste"));
    showTab(QStringLiteral("fixTab"));
    shot(QStringLiteral("8-steps-secgroup-fix"));
    selectStepById(QStringLiteral("http"));
    showTab(QStringLiteral("rawTab"));
    shot(QStringLiteral("9-steps-http-raw"));
    selectStepById(QStringLiteral("route"));
    showTab(QStringLiteral("guidedPanel"));
    QFile other(QStringLiteral(LBDOCTOR_FIXTURES_DIR "/host/otherhost/ip-route-192.0.2.2.txt"));
    QVERIFY(other.open(QIODevice::ReadOnly));
    child<QPlainTextEdit>("pasteBox")->setPlainText(QString::fromUtf8(other.readAll()));
    QTest::mouseClick(child<QPushButton>("analyzeButton"), Qt::LeftButton);
    QTRY_VERIFY(m_wizard->stepsPage()->runner()->finding(QStringLiteral("route")));
    selectStepById(QStringLiteral("route"));
    shot(QStringLiteral("9b-steps-route-pasted")); // a loopback backend: no other-host warning
    clickNext();
    shot(QStringLiteral("10-summary"));
    // Offline mode: every step waits for pasted output.
    m_wizard->back();
    m_wizard->back();
    clickMode("modeGuided");
    shot(QStringLiteral("11-mode-offline"));
    clickNext();
    selectStepById(QStringLiteral("firewall"));
    showTab(QStringLiteral("guidedPanel"));
    shot(QStringLiteral("12-steps-offline-firewall"));
    selectStepById(QStringLiteral("route"));
    showTab(QStringLiteral("guidedPanel"));
    child<QPlainTextEdit>("pasteBox")->setPlainText(QStringLiteral("default via 10.0.0.1 dev eth0\n"));
    QTest::mouseClick(child<QPushButton>("analyzeButton"), Qt::LeftButton);
    QTRY_VERIFY(m_wizard->stepsPage()->runner()->finding(QStringLiteral("route")));
    clickNext();
    shot(QStringLiteral("13-summary-offline"));
}

void TestWalkthrough::screenshotsEveryPage_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("name");
    QTest::newRow("780x588") << QSize(780, 588) << QStringLiteral("780x588");
    QTest::newRow("1280x800") << QSize(1280, 800) << QStringLiteral("1280x800");
    QTest::newRow("maximised") << QSize() << QStringLiteral("maximised");
}

void TestWalkthrough::screenshotsEveryPage()
{
    QFETCH(QSize, size);
    QFETCH(QString, name);
    shootAllPages(QStringLiteral("en"), size, name);
}

void TestWalkthrough::screenshotsEveryPageInChinese()
{
    QCOMPARE(Translation::install(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    shootAllPages(QStringLiteral("zh_CN"), QSize(780, 588), QStringLiteral("780x588"));
    shootAllPages(QStringLiteral("zh_CN"), QSize(1280, 800), QStringLiteral("1280x800"));
    // The keyboard walk's pages, in Chinese: no mnemonic twice either.
    m_wizard.reset();
    init();
    checkNoClash(QStringLiteral("zh_CN provider page"));
    chooseData("profileCombo", QStringLiteral("huawei"));
    clickNext();
    checkNoClash(QStringLiteral("zh_CN target page"));
}

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
