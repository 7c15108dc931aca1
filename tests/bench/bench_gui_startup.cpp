// Cold start of the wizard to its first page on screen, as whole processes.
//   bench_gui_startup [runs]      (default 15; QT_QPA_PLATFORM defaults to offscreen)
// The parent starts itself with --child once per run; the child builds the application and the
// wizard exactly as main.cpp does and prints "shown" when the first page has painted. The parent's
// clock runs from process start to that line, so loading, linking, profile parsing and the first
// paint all count.
#include "doctorwizard.h"

#include "core/translation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>
#include <QWizardPage>

#include <algorithm>
#include <cstdio>

namespace {

class FirstPaint : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

int child(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("lbdoctor-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_gui_startup"));
    Translation::install(app, QString());
    DoctorWizard wizard;
    FirstPaint filter;
    wizard.page(DoctorWizard::ProviderPageId)->installEventFilter(&filter); // current only once shown
    wizard.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv);

    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 15;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
        bool shown = false;
        while (!shown && p.waitForReadyRead(10000))
            shown = p.readAllStandardOutput().contains("shown");
        const qint64 us = clock.nsecsElapsed() / 1000;
        p.waitForFinished(10000);
        if (!shown) {
            std::fprintf(stderr, "run %d: the first page was not shown: %s\n", i, p.readAllStandardError().constData());
            return 1;
        }
        times << us;
    }
    std::sort(times.begin(), times.end());
    std::printf("cold start to first page shown, %lld runs (platform %s): median %.1f ms, min %.1f ms, max %.1f ms\n",
                qlonglong(times.size()), qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"))),
                times[times.size() / 2] / 1000.0, times.first() / 1000.0, times.last() / 1000.0);
    std::printf("budget 300 ms: %s\n", times[times.size() / 2] < 300000 ? "met" : "MISSED");
    return times[times.size() / 2] < 300000 ? 0 : 1;
}
