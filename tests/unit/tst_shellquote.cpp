#include "core/shellquote.h"

#include <QTest>

class TestShellQuote : public QObject
{
    Q_OBJECT
private slots:
    void quote_data();
    void quote();
    void expand();
};

void TestShellQuote::quote_data()
{
    QTest::addColumn<int>("shell");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");
    const int posix = int(Shell::Posix), ps = int(Shell::PowerShell), cmd = int(Shell::Cmd);
    QTest::newRow("posix plain cidr") << posix << "100.64.0.0/10"
                                      << "100.64.0.0/10";
    QTest::newRow("posix space") << posix << "LB check"
                                 << "'LB check'";
    QTest::newRow("posix single quote") << posix << "it's"
                                        << "'it'\\''s'";
    QTest::newRow("posix command substitution") << posix << "$(reboot)"
                                                << "'$(reboot)'";
    QTest::newRow("posix semicolon") << posix << "80; rm -rf /"
                                     << "'80; rm -rf /'";
    QTest::newRow("posix empty") << posix << ""
                                 << "''";
    QTest::newRow("powershell plain") << ps << "100.125.0.0/16"
                                      << "100.125.0.0/16";
    QTest::newRow("powershell quote") << ps << "it's"
                                      << "'it''s'";
    QTest::newRow("powershell variable") << ps << "$env:PATH"
                                         << "'$env:PATH'";
    QTest::newRow("cmd plain") << cmd << "80"
                               << "80";
    QTest::newRow("cmd ampersand") << cmd << "a&b"
                                   << "\"a&b\"";
    QTest::newRow("cmd percent removed") << cmd << "%PATH%"
                                         << "\"PATH\"";
    QTest::newRow("cmd quote removed") << cmd << "a\"b"
                                       << "\"ab\"";
}

void TestShellQuote::quote()
{
    QFETCH(int, shell);
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(ShellQuote::quote(Shell(shell), argument), quoted);
}

void TestShellQuote::expand()
{
    const QHash<QString, QString> values{{"cidr", "100.64.0.0/10"}, {"port", "80"}, {"domain", "a b"}};
    QCOMPARE(ShellQuote::expand(Shell::Posix, "iptables -I INPUT -s {cidr} --dport {port} -j ACCEPT", values),
             QStringLiteral("iptables -I INPUT -s 100.64.0.0/10 --dport 80 -j ACCEPT"));
    QCOMPARE(ShellQuote::expand(Shell::Posix, "curl -H Host:{domain}", values), QStringLiteral("curl -H Host:'a b'"));
    // An unknown placeholder stays visible rather than vanishing into a wrong command.
    QCOMPARE(ShellQuote::expand(Shell::Posix, "x {nosuch} y", values), QStringLiteral("x {nosuch} y"));
}

QTEST_APPLESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
