// Sentences (app/core/sentences.h): texts assembled from translated sentences read right in
// English and in Chinese (no "。 让", no "。.").
#include "core/sentences.h"

#include <QTest>

class TestSentences : public QObject
{
    Q_OBJECT
private slots:
    void join_data();
    void join();
    void first_data();
    void first();
};

void TestSentences::join_data()
{
    QTest::addColumn<QStringList>("sentences");
    QTest::addColumn<QString>("joined");
    QTest::newRow("english") << QStringList{"Open the port.", "Make it persistent."}
                             << "Open the port. Make it persistent.";
    QTest::newRow("chinese") << QStringList{QString::fromUtf8("放行端口。"), QString::fromUtf8("让规则持久化。")}
                             << QString::fromUtf8("放行端口。让规则持久化。");
    QTest::newRow("chinese then english") << QStringList{QString::fromUtf8("放行端口："), "iptables -I INPUT"}
                                          << QString::fromUtf8("放行端口：iptables -I INPUT");
    QTest::newRow("english then chinese") << QStringList{"See RFC 9110.", QString::fromUtf8("请检查路径。")}
                                          << QString::fromUtf8("See RFC 9110. 请检查路径。");
    QTest::newRow("empty parts are skipped") << QStringList{"", "A.", "  ", "B."} << "A. B.";
    QTest::newRow("nothing") << QStringList{} << "";
}

void TestSentences::join()
{
    QFETCH(QStringList, sentences);
    QFETCH(QString, joined);
    QCOMPARE(Sentences::join(sentences), joined);
}

void TestSentences::first_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::newRow("english") << "Start the service. Then check again."
                             << "Start the service.";
    QTest::newRow("chinese") << QString::fromUtf8("启动服务。然后再检查。") << QString::fromUtf8("启动服务。");
    QTest::newRow("chinese question") << QString::fromUtf8("端口开放了吗？请检查。")
                                      << QString::fromUtf8("端口开放了吗？");
    // Dots inside versions, host names and paths end nothing.
    QTest::newRow("dots inside words") << "Send HTTP/1.1 to www.example.com/a.html. Done."
                                       << "Send HTTP/1.1 to www.example.com/a.html.";
    QTest::newRow("one sentence") << "Allow 100.64.0.0/10."
                                  << "Allow 100.64.0.0/10.";
    QTest::newRow("no full stop") << "Allow 100.64.0.0/10"
                                  << "Allow 100.64.0.0/10";
    QTest::newRow("empty") << ""
                           << "";
}

void TestSentences::first()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QCOMPARE(Sentences::first(text), first);
}

QTEST_GUILESS_MAIN(TestSentences)
#include "tst_sentences.moc"
