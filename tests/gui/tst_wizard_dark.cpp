// The wizard under a dark system palette (Fusion, as a dark desktop theme gives it): walks every
// page against the demo backend on 127.0.0.1, saves each as a PNG under <build>/screenshots-dark/
// for review, and fails where a widget ignores the palette: a style sheet or rich text with its
// own colours, a widget palette that makes text unreadable, a status icon lost on a dark background.
#include "wizarddriver.h"

#include "guidedpanel.h"
#include "modepage.h"
#include "pastebox.h"
#include "statusicons.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStyleFactory>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

// A dark palette as desktop themes set it (close to KDE Breeze Dark / GNOME Adwaita-dark).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x35, 0x38));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x46));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x29));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xbc, 0x8c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG 2 contrast ratio, 1 to 21.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestWizardDark : public WizardDriver
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void statusIconsStandOutOnDark_data();
    void statusIconsStandOutOnDark();
    void everyPageInDarkMode();

private:
    // Widgets of `root` that do not follow the palette: "where: why".
    QStringList paletteProblems(QWidget *root) const;
    void checkPage(const QString &name, QWidget *widget = nullptr);

    QStringList m_problems;
};

void TestWizardDark::initTestCase()
{
    setUpApplication("tst_wizard_dark");
    QSettings().clear();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    startBackendAndScreenshots("screenshots-dark");
    if (QTest::currentTestFailed())
        return;
    openWizard();
    if (QTest::currentTestFailed())
        return;
    QApplication::setActiveWindow(m_wizard.get());
}

void TestWizardDark::cleanupTestCase()
{
    m_wizard.reset();
}

QStringList TestWizardDark::paletteProblems(QWidget *root) const
{
    // Colours written into a style sheet or into rich text stay the same in dark mode.
    static const QRegularExpression fixedColour(
        QStringLiteral("(color\\s*[:=])|(<font\\b)|(bgcolor)|(#[0-9a-fA-F]{3,8}\\b)|(rgba?\\()"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        const QString where =
            QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        if (fixedColour.match(w->styleSheet()).hasMatch())
            out << where + QStringLiteral(": style sheet with a fixed colour: ") + w->styleSheet();
        QString html;
        if (auto *l = qobject_cast<QLabel *>(w); l && l->textFormat() != Qt::PlainText)
            html = l->text();
        else if (auto *b = qobject_cast<QTextBrowser *>(w))
            html = b->toHtml().section(QStringLiteral("<body"), 1); // Qt's own head has a style block
        // Qt's generated body carries no colours of its own; ours must not add any either.
        if (const auto m = fixedColour.match(html); m.hasMatch())
            out << where + QStringLiteral(": rich text with a fixed colour near \"")
                    + html.mid(qMax(0, int(m.capturedStart()) - 30), 80) + QLatin1Char('"');
        // A palette of its own must still give readable text.
        const QPalette p = w->palette();
        if (qobject_cast<QLabel *>(w)) {
            const double ratio = contrast(p.color(w->foregroundRole()),
                                          p.color(w->autoFillBackground() ? w->backgroundRole() : QPalette::Window));
            if (ratio < 4.5)
                out << where + QStringLiteral(": text contrast %1:1").arg(ratio, 0, 'f', 1);
        }
    }
    return out;
}

void TestWizardDark::checkPage(const QString &name, QWidget *widget)
{
    for (const QString &p : paletteProblems(widget ? widget : m_wizard.get()))
        m_problems << name + QStringLiteral(": ") + p;
    screenshot(name, widget);
}

void TestWizardDark::statusIconsStandOutOnDark_data()
{
    QTest::addColumn<int>("state");
    QTest::newRow("pass") << int(StatusIcons::State::Pass);
    QTest::newRow("fail") << int(StatusIcons::State::Fail);
    QTest::newRow("warn") << int(StatusIcons::State::Warn);
    QTest::newRow("unknown") << int(StatusIcons::State::Unknown);
    QTest::newRow("running") << int(StatusIcons::State::Running);
    QTest::newRow("not run") << int(StatusIcons::State::NotRun);
}

void TestWizardDark::statusIconsStandOutOnDark()
{
    // WCAG's non-text contrast: the marks that identify a graphic need 3:1 against what surrounds
    // them. Painted on the dark Base (the step list), the dark Window (the detail pane), a selected
    // row (drawn in QIcon::Selected mode on Highlight) and plain white, a fifth of each icon's drawn
    // pixels must stand out at 3:1 (an outline's worth on a selected row), or its shape is lost there.
    QFETCH(int, state);
    const QIcon icon = StatusIcons::icon(StatusIcons::State(state));
    const QPalette dark = darkPalette();
    const struct
    {
        QColor background;
        QIcon::Mode mode;
    } cases[] = {{dark.color(QPalette::Base), QIcon::Normal},
                 {dark.color(QPalette::Window), QIcon::Normal},
                 {dark.color(QPalette::Highlight), QIcon::Selected},
                 {QColor(Qt::white), QIcon::Normal}};
    for (const auto &c : cases) {
        QImage image(48, 48, QImage::Format_ARGB32);
        image.fill(c.background);
        {
            QPainter painter(&image);
            icon.paint(&painter, image.rect(), Qt::AlignCenter, c.mode);
        }
        int drawn = 0, visible = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor px = image.pixelColor(x, y);
                if (px == c.background)
                    continue;
                ++drawn;
                if (contrast(px, c.background) >= 3.0)
                    ++visible;
            }
        }
        qInfo("%s on %s%s: %d of %d drawn pixels at 3:1 or more", QTest::currentDataTag(),
              qPrintable(c.background.name()), c.mode == QIcon::Selected ? " (selected)" : "", visible, drawn);
        QVERIFY(drawn > 100);
        // A selected row tints the icon towards the highlight; its colours then carry the hue
        // difference, and an outline at 3:1 is enough to keep the shape.
        const int share = c.mode == QIcon::Selected ? 20 : 5;
        QVERIFY2(visible * share >= drawn,
                 qPrintable(QStringLiteral("on %1 only %2 of %3 drawn pixels stand out at 3:1")
                                .arg(c.background.name())
                                .arg(visible)
                                .arg(drawn)));
    }
}

void TestWizardDark::everyPageInDarkMode()
{
    QCOMPARE(QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
    auto *profiles = child<QComboBox>("profileCombo");
    profiles->setCurrentIndex(profiles->findData(QStringLiteral("alibaba")));
    checkPage(QStringLiteral("01-provider"));
    profiles->setCurrentIndex(profiles->findData(QStringLiteral("custom")));
    typeInto("customCidrs", QStringLiteral("10.0.0.0/8, 300.1.1.1/8"));
    QTRY_VERIFY(child<QLabel>("customError")->isVisible());
    checkPage(QStringLiteral("01b-provider-custom-error"));
    profiles->setCurrentIndex(profiles->findData(QStringLiteral("alibaba")));

    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::TargetPageId));
    checkPage(QStringLiteral("02-target-empty"));
    typeInto("hostEdit", QStringLiteral("127.0.0.1"));
    typeInto("portEdit", QStringLiteral("0"));
    QTRY_VERIFY(child<QLabel>("portError")->isVisible());
    checkPage(QStringLiteral("02b-target-invalid-port"));
    typeInto("portEdit", QString::number(m_backend.httpPort()));
    typeInto("pathEdit", DemoBackend::missingPath());
    checkPage(QStringLiteral("02c-target-filled"));

    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::ModePageId));
    clickMode("modeProbe");
    checkPage(QStringLiteral("03-mode"));

    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::StepsPageId));
    checkPage(QStringLiteral("04-steps-before"));
    StepsPage *steps = m_wizard->stepsPage();
    runAllAndWait(20000);
    // The demo's missing page answers 404: the HTTP check fails with a fix.
    selectStep(QStringLiteral("http"));
    showTab(QStringLiteral("checksView"));
    checkPage(QStringLiteral("04b-steps-done-checks"));
    showTab(QStringLiteral("rawTab"));
    checkPage(QStringLiteral("04c-steps-done-raw"));
    showTab(QStringLiteral("fixTab"));
    checkPage(QStringLiteral("04d-steps-done-fix"));

    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::SummaryPageId));
    checkPage(QStringLiteral("05-summary"));

    // Offline: the paste panel of a server-side step, with its commands in boxes.
    m_wizard->back();
    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::ModePageId));
    clickMode("modeGuided");
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DoctorWizard::StepsPageId));
    selectStep(QStringLiteral("firewall"));
    showTab(QStringLiteral("guidedPanel"));
    checkPage(QStringLiteral("06-offline-firewall-paste"));
    // A pasted ruleset that drops the health-check range: a failed step with fix commands.
    auto *panel = m_wizard->findChild<GuidedPanel *>();
    QVERIFY(panel);
    panel->pasteBox()->setText(
        QStringLiteral("*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 100.64.0.0/10 -j DROP\nCOMMIT\n"));
    QTest::mouseClick(panel->analyzeButton(), Qt::LeftButton);
    QTRY_COMPARE(steps->stateOf(QStringLiteral("firewall")), StatusIcons::State::Fail);
    showTab(QStringLiteral("fixTab"));
    checkPage(QStringLiteral("06b-offline-firewall-fix"));

    // Running: the silent port accepts and never answers.
    m_wizard->back();
    m_wizard->back();
    typeInto("portEdit", QString::number(m_backend.silentPort()));
    clickNext();
    clickMode("modeProbe");
    clickNext();
    QTest::mouseClick(child<QPushButton>("runAllButton"), Qt::LeftButton);
    QTRY_COMPARE(steps->stateOf(QStringLiteral("http")), StatusIcons::State::Running);
    selectStep(QStringLiteral("http"));
    checkPage(QStringLiteral("04e-steps-running"));
    QTest::mouseClick(child<QPushButton>("stopButton"), Qt::LeftButton);
    QTRY_VERIFY(!steps->runner()->isRunning());

    // The About box is modal: look at it from inside its own event loop.
    QTimer::singleShot(0, this, [this] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        checkPage(QStringLiteral("07-about"), dialog);
        dialog->close();
    });
    QTest::mouseClick(m_wizard->button(QWizard::CustomButton1), Qt::LeftButton);

    for (const QString &p : std::as_const(m_problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(m_problems.isEmpty(),
             qPrintable(QStringLiteral("%1 widget(s) ignore the dark palette, listed above").arg(m_problems.size())));
}

QTEST_MAIN(TestWizardDark)
#include "tst_wizard_dark.moc"
