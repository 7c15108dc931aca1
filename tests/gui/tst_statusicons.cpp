// The step icons must tell the states apart without colour: rendered in grey scale, every pair
// differs in shape, and each renders sharply at high DPI from its SVG.
#include "statusicons.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using State = StatusIcons::State;

class TestStatusIcons : public QObject
{
    Q_OBJECT

private slots:
    void everyStateRenders_data();
    void everyStateRenders();
    void statesDifferInGreyScale();
    void statusMapsToState_data();
    void statusMapsToState();

private:
    static QList<State> all()
    {
        return {State::Pass, State::Fail, State::Warn, State::Unknown, State::Running, State::NotRun};
    }
    static QImage grey(State state, int size)
    {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white); // as on a light background; the alpha shape is what matters
        QPainter p(&image);
        StatusIcons::icon(state).paint(&p, QRect(0, 0, size, size));
        p.end();
        return image.convertToFormat(QImage::Format_Grayscale8);
    }
};

void TestStatusIcons::everyStateRenders_data()
{
    QTest::addColumn<int>("state");
    for (State s : all())
        QTest::newRow(qPrintable(StatusIcons::word(s))) << int(s);
}

void TestStatusIcons::everyStateRenders()
{
    QFETCH(int, state);
    const QIcon icon = StatusIcons::icon(State(state));
    QVERIFY(!icon.isNull());
    // An SVG icon gives a pixmap at any size: 64 px for a 2x screen is really 64 px.
    const QPixmap big = icon.pixmap(QSize(32, 32), 2.0);
    QCOMPARE(big.deviceIndependentSize().toSize(), QSize(32, 32));
    QCOMPARE(big.size(), QSize(64, 64));
    // Something is drawn: not all white.
    const QImage image = grey(State(state), 48);
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 200;
    QVERIFY2(dark > 48 * 48 / 20, qPrintable(QString::number(dark)));
    QVERIFY(!StatusIcons::word(State(state)).isEmpty());
}

void TestStatusIcons::statesDifferInGreyScale()
{
    // Two icons that differ only in colour would become (nearly) the same image in grey scale:
    // demand that at least 8% of the pixels differ clearly between every pair.
    const int size = 48;
    const QList<State> states = all();
    for (qsizetype i = 0; i < states.size(); ++i) {
        for (qsizetype j = i + 1; j < states.size(); ++j) {
            const QImage a = grey(states[i], size), b = grey(states[j], size);
            int different = 0;
            for (int y = 0; y < size; ++y)
                for (int x = 0; x < size; ++x)
                    different += qAbs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 60;
            QVERIFY2(different > size * size * 8 / 100,
                     qPrintable(QStringLiteral("%1 and %2 differ in only %3 pixels")
                                    .arg(StatusIcons::word(states[i]), StatusIcons::word(states[j]))
                                    .arg(different)));
        }
    }
}

void TestStatusIcons::statusMapsToState_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("state");
    QTest::newRow("pass") << int(Status::Pass) << int(State::Pass);
    QTest::newRow("fail") << int(Status::Fail) << int(State::Fail);
    QTest::newRow("warn") << int(Status::Warn) << int(State::Warn);
    QTest::newRow("unknown") << int(Status::Unknown) << int(State::Unknown);
    QTest::newRow("skip is not run") << int(Status::Skip) << int(State::NotRun);
}

void TestStatusIcons::statusMapsToState()
{
    QFETCH(int, status);
    QFETCH(int, state);
    QCOMPARE(int(StatusIcons::stateOf(Status(status))), state);
}

QTEST_MAIN(TestStatusIcons)
#include "tst_statusicons.moc"
