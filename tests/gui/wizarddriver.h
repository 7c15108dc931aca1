#pragma once

// What the wizard GUI tests share to drive DoctorWizard as a user would, against the demo backend
// on 127.0.0.1, and to save each page as a PNG under <build>/<folder>/ for review.

#include "doctorwizard.h"
#include "stepspage.h"

#include "core/runner.h"
#include "probes/demobackend.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QObject>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <memory>

class WizardDriver : public QObject
{
protected:
    // Every Alt+key used twice among the visible buttons, buddied labels, group boxes and tabs of
    // root's window: "Alt+N: nextButton \"&Next\", ..." (empty when none clashes).
    static QStringList mnemonicClashes(QWidget *root)
    {
        QHash<QChar, QStringList> seen;
        auto add = [&seen](const QString &text, const QString &who) {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text[i] != QLatin1Char('&'))
                    continue;
                if (text[i + 1] == QLatin1Char('&')) {
                    ++i;
                    continue;
                }
                seen[text[i + 1].toUpper()] << QStringLiteral("%1 \"%2\"").arg(who, text);
                return;
            }
        };
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisible() || qobject_cast<QMessageBox *>(w->window()) || w->window() != root)
                continue;
            const QString who =
                w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                add(b->text(), who);
            else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
                add(l->text(), who);
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                add(g->title(), who);
            else if (auto *t = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < t->count(); ++i) {
                    if (t->isTabVisible(i))
                        add(t->tabText(i), who + QStringLiteral(" tab"));
                }
            }
        }
        QStringList clashes;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            if (it->size() > 1)
                clashes << QStringLiteral("Alt+%1: %2").arg(it.key(), it->join(QStringLiteral(", ")));
        }
        return clashes;
    }

    // For initTestCase: a quiet message handler, and QSettings in a test location named `appName`,
    // not the user's.
    static void setUpApplication(const char *appName)
    {
        previousHandler() = qInstallMessageHandler(quietHandler);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("lbdoctor-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(appName));
    }

    // Starts the demo backend and makes <build>/<folder> the screenshot directory.
    void startBackendAndScreenshots(const char *folder)
    {
        const auto started = m_backend.start();
        QVERIFY2(started, qPrintable(started.error()));
        // <build>/bin/lbdoctor-cli -> <build>/<folder>
        m_shots = QDir(QFileInfo(QStringLiteral(LBDOCTOR_CLI)).absolutePath() + QStringLiteral("/../")
                       + QString::fromLatin1(folder));
        QVERIFY(m_shots.mkpath(QStringLiteral(".")));
        m_shots.setPath(m_shots.canonicalPath());
        qInfo("screenshots: %s", qPrintable(m_shots.path()));
    }

    // A new wizard at the size the screenshots are reviewed at, shown and exposed.
    void openWizard()
    {
        m_wizard = std::make_unique<DoctorWizard>();
        m_wizard->resize(1100, 780);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    template<typename T> T *child(const char *name) const
    {
        T *w = m_wizard->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }

    // Replaces the text of the line edit `editName` by typing, as a user does.
    void typeInto(const char *editName, const QString &text)
    {
        auto *edit = child<QLineEdit>(editName);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    enum class Next { OnceEnabled, AlreadyEnabled };
    // Clicks Next; AlreadyEnabled fails when the page has not enabled it yet instead of waiting.
    void clickNext(Next when = Next::OnceEnabled)
    {
        QAbstractButton *next = m_wizard->button(QWizard::NextButton);
        if (when == Next::AlreadyEnabled)
            QVERIFY(next->isEnabled());
        else
            QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }

    // Clicks one of the mode page's radio buttons ("modeProbe", "modeGuided", "modeCollect").
    void clickMode(const char *radioName)
    {
        QTest::mouseClick(child<QRadioButton>(radioName), Qt::LeftButton, {}, QPoint(8, 8));
    }

    // Runs every step and waits for the runner to finish.
    void runAllAndWait(int timeoutMs)
    {
        QTest::mouseClick(child<QPushButton>("runAllButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->stepsPage()->runner()->isRunning(), timeoutMs);
    }

    // Makes the step `stepId` current in the steps page's list.
    void selectStep(const QString &stepId)
    {
        auto *list = child<QListWidget>("stepList");
        QVERIFY(list);
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(Step::titleFor(stepId))) {
                list->setCurrentRow(i);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("step %1 is not in the list").arg(stepId)));
    }

    // Index of the detail tab that is, or holds, the widget `objectName`; -1 if there is none.
    int tabIndex(const QString &objectName) const
    {
        auto *tabs = m_wizard->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            QWidget *w = tabs->widget(i);
            if (w->objectName() == objectName || w->findChild<QWidget *>(objectName))
                return i;
        }
        return -1;
    }

    // Shows the detail tab that is, or holds, the widget `objectName`.
    void showTab(const QString &objectName)
    {
        auto *tabs = child<QTabWidget>("detailTabs");
        QVERIFY(tabs);
        const int index = tabIndex(objectName);
        QVERIFY2(index >= 0, qPrintable(QStringLiteral("no tab with %1").arg(objectName)));
        tabs->setCurrentIndex(index);
    }

    // Saves `widget` (the wizard by default) as <folder>/<name>.png.
    void screenshot(const QString &name, QWidget *widget = nullptr)
    {
        QWidget *target = widget ? widget : m_wizard.get();
        QCoreApplication::processEvents();
        const QString file = m_shots.filePath(name + QStringLiteral(".png"));
        QVERIFY2(target->grab().save(file), qPrintable(file));
    }

    DemoBackend m_backend;
    std::unique_ptr<DoctorWizard> m_wizard;
    QDir m_shots;

private:
    static QtMessageHandler &previousHandler()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    // The offscreen platform says this for every top-level resize; it is not about LB Doctor.
    static void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (message.contains(QStringLiteral("does not support propagateSizeHints")))
            return;
        previousHandler()(type, context, message);
    }
};
