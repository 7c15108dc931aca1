// Guards the translations: every .ts complete and placeholder-safe, no tr() string in the sources
// that the .ts lacks, no user-visible literal in ui/ that bypasses tr(), every profile and
// guidance text in Chinese too, and the embedded .qm really translating at run time.
#include "core/localizedtext.h"
#include "core/profile.h"
#include "core/profilestore.h"
#include "core/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <optional>
#include <utility>

namespace {

const QString sourceDir = QStringLiteral(LBDOCTOR_SOURCE_DIR);

struct TsMessage
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
    bool numerus = false;
    qint64 line = 0;
    QString location; // first <location filename> as written, when the .ts has them
    int locationLine = 0;

    QString label() const { return QStringLiteral("[%1] \"%2\" (line %3)").arg(context, source).arg(line); }
};

// The messages of a Qt Linguist .ts file, in file order.
QList<TsMessage> readTs(const QString &fileName, QString *error)
{
    QList<TsMessage> out;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = TsMessage{};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                current.line = xml.lineNumber();
            } else if (inMessage && name == QLatin1String("location") && current.location.isEmpty()) {
                current.location = xml.attributes().value(QLatin1String("filename")).toString();
                current.locationLine = xml.attributes().value(QLatin1String("line")).toInt();
            } else if (inMessage && name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (inMessage && name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            out << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(fileName).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

// The %1..%9 and %n markers of a text; %L1 counts as %1 since only the formatting differs.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?([1-9n])"));
    QSet<QString> out;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

// "&x" marks a keyboard accelerator; "&&" is a literal ampersand and "&nbsp;" an HTML entity.
qsizetype accelerators(const QString &text)
{
    static const QRegularExpression accelerator(QStringLiteral("&(?![A-Za-z]+;|#\\d+;)(?!&)[^\\s&]"));
    qsizetype n = 0;
    for (auto it = accelerator.globalMatch(QString(text).replace(QStringLiteral("&&"), QString())); it.hasNext();
         it.next())
        ++n;
    return n;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1Char(','));
}

// What is wrong with one message, empty when nothing.
QString problemOf(const TsMessage &m)
{
    if (m.type == QLatin1String("unfinished"))
        return QStringLiteral("unfinished");
    if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
        return QStringLiteral("%1 (run update_translations)").arg(m.type);
    if (m.translations.isEmpty())
        return QStringLiteral("no translation");
    const QSet<QString> wanted = placeholders(m.source);
    for (const QString &t : m.translations) {
        if (t.trimmed().isEmpty())
            return QStringLiteral("empty translation");
        QSet<QString> got = placeholders(t);
        QSet<QString> expected = wanted;
        // A plural form may leave %n out ("一个"), but never invent or drop a numbered argument.
        if (m.numerus) {
            got.remove(QStringLiteral("n"));
            expected.remove(QStringLiteral("n"));
        }
        if (got != expected)
            return QStringLiteral("placeholders {%1} in the source but {%2} in \"%3\"")
                .arg(sorted(expected), sorted(got), t);
        // A keyboard accelerator ("&Next") must survive translation ("下一步(&N)"), and none appear from nowhere.
        if (accelerators(m.source) != accelerators(t))
            return QStringLiteral("%1 accelerator(s) in the source but %2 in \"%3\"")
                .arg(accelerators(m.source))
                .arg(accelerators(t))
                .arg(t);
    }
    return {};
}

// Prints every problem on its own line (a failure message alone gets cut at 1 KiB); true when none.
bool noneListed(const QStringList &problems)
{
    for (const QString &p : problems)
        qWarning("%s", qPrintable(p));
    return problems.isEmpty();
}

QStringList tsFiles()
{
    QStringList out;
    const QDir dir(sourceDir + QStringLiteral("/translations"));
    for (const QString &f : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}

QString findLupdate()
{
    const QStringList dirs{QLibraryInfo::path(QLibraryInfo::BinariesPath),
                           QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath)};
    for (const QString &name : {QStringLiteral("lupdate"), QStringLiteral("lupdate-qt6"), QStringLiteral("lupdate6")}) {
        const QString found = QStandardPaths::findExecutable(name, dirs);
        if (!found.isEmpty())
            return found;
    }
    return QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

// Runs lupdate over app/ and ui/ into `ts`; returns its console output, or nothing on failure.
std::optional<QString> runLupdate(const QString &lupdate, const QString &ts, const QString &locations)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(lupdate,
            {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), locations, QStringLiteral("-extensions"),
             QStringLiteral("cpp,h"), sourceDir + QStringLiteral("/app"), sourceDir + QStringLiteral("/ui"),
             QStringLiteral("-ts"), ts});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("lupdate failed: %s", p.readAll().constData());
        return std::nullopt;
    }
    return QString::fromLocal8Bit(p.readAll());
}

// Source files with a file-local `QString tr(const char *)` helper, and the context it uses at run time.
QHash<QString, QString> localTrHelpers()
{
    static const QRegularExpression helper(QString::fromLatin1(
        "QString\\s+tr\\(const char \\*\\w+\\)\\s*\\{\\s*return\\s+QCoreApplication::translate\\(\\s*\"([^\"]+)\""));
    QHash<QString, QString> out;
    for (const QString &top : {QStringLiteral("/app"), QStringLiteral("/ui")}) {
        QDirIterator it(sourceDir + top, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString fileName = it.next();
            QFile f(fileName);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QRegularExpressionMatch m = helper.match(QString::fromUtf8(f.readAll()));
            if (m.hasMatch())
                out.insert(QFileInfo(fileName).canonicalFilePath(), m.captured(1));
        }
    }
    return out;
}

// Every text of a profile that can be shown, with a name saying where it is.
QList<std::pair<QString, LocalizedText>> textsOf(const Profile &p)
{
    QList<std::pair<QString, LocalizedText>> out{{QStringLiteral("name"), p.name},
                                                 {QStringLiteral("provider"), p.provider}};
    for (const ProfileVariant &v : p.variants) {
        const QString at = QStringLiteral("variants[%1].").arg(v.id);
        out << std::pair{at + QStringLiteral("name"), v.name}
            << std::pair{at + QStringLiteral("description"), v.description}
            << std::pair{at + QStringLiteral("cidrNote"), v.cidrNote}
            << std::pair{at + QStringLiteral("cidrPrompt"), v.cidrPrompt}
            << std::pair{at + QStringLiteral("tcpMethod"), v.tcpMethod}
            << std::pair{at + QStringLiteral("udp.method"), v.udpMethod};
    }
    for (auto it = p.guidance.constBegin(); it != p.guidance.constEnd(); ++it) {
        const QString at = QStringLiteral("guidance.%1.").arg(it.key());
        out << std::pair{at + QStringLiteral("checks"), it->checks} << std::pair{at + QStringLiteral("why"), it->why}
            << std::pair{at + QStringLiteral("fix"), it->fix};
    }
    return out;
}

// A heuristic: a literal with words and a space passed straight to a text setter of a widget is
// text the user reads, and tr() must wrap it. Command lines and other deliberately untranslated
// literals carry "notr" in a comment on the same line.
QStringList bareUiLiterals(const QString &text, const QString &fileName)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    static const QRegularExpression call(QString::fromLatin1(
        "\\b(setText|setWindowTitle|setTitle|setSubTitle|addItem|addItems|insertItem|setItemText|setToolTip|"
        "setStatusTip|setWhatsThis|setAccessibleName|setAccessibleDescription|setPlaceholderText|setButtonText|setLabelText|setHeaderLabels|setHeaderData|"
        "addTab|insertTab|setTabText|addAction|addMenu|showMessage|setSuffix|setPrefix|setSpecialValueText|"
        "information|warning|critical|question|QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|"
        "QToolButton|QCommandLinkButton|QMenu)\\s*\\(([^;{}]*?)\\b(QStringLiteral|QLatin1String|QLatin1StringView|"
        "QString::fromUtf8|QString::fromLatin1)\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression markup(QString::fromLatin1("<[^>]*>|&[A-Za-z]+;"));
    static const QRegularExpression words(QString::fromLatin1("[A-Za-z]{2,}[,.:!?']?\\s+[A-Za-z]{2,}"));
    QStringList problems;
    for (auto it = call.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // The literal sits inside tr() or translate() already: fine.
        if (m.captured(2).contains(QLatin1String("tr(")) || m.captured(2).contains(QLatin1String("translate(")))
            continue;
        const QString literal = m.captured(4);
        // Markup and entities are not words: "<img src=...>&nbsp;%2" has nothing to translate.
        QString visible = literal;
        visible.remove(markup);
        if (!words.match(visible).hasMatch())
            continue;
        const qsizetype line = text.left(m.capturedStart(4)).count(QLatin1Char('\n'));
        if (lines.value(line).contains(QLatin1String("notr")))
            continue;
        problems << QStringLiteral("%1:%2: %3(... \"%4\") is not wrapped in tr()")
                        .arg(fileName)
                        .arg(line + 1)
                        .arg(m.captured(1), literal);
    }
    // A command-line option's description is what --help prints.
    static const QRegularExpression option(QString::fromLatin1(
        "QCommandLineOption(?:\\s+\\w+)?\\s*[({]\\s*(?:QStringLiteral\\(\"[^\"]*\"\\)|QStringList\\s*\\{[^}]*\\})\\s*,\\s*"
        "(?:QStringLiteral|QLatin1String)\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
    for (auto it = option.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!words.match(m.captured(1)).hasMatch())
            continue;
        const qsizetype line = text.left(m.capturedStart(1)).count(QLatin1Char('\n'));
        if (lines.value(line).contains(QLatin1String("notr")))
            continue;
        problems << QStringLiteral("%1:%2: QCommandLineOption description \"%3\" is not wrapped in tr()")
                        .arg(fileName)
                        .arg(line + 1)
                        .arg(m.captured(1));
    }
    return problems;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void tsComplete_data();
    void tsComplete();
    void messageChecks_data();
    void messageChecks();
    void lupdateFindsNothingNew();
    void lupdateContextsMatchRunTime();
    void uiLiteralsUseTr_data();
    void uiLiteralsUseTr();
    void uiScanCatchesBareLiterals_data();
    void uiScanCatchesBareLiterals();
    void profileTextsHaveChinese();
    void qmTranslatesAtRunTime();
};

void TestTranslations::tsComplete_data()
{
    QTest::addColumn<QString>("fileName");
    const QStringList files = tsFiles();
    QVERIFY2(!files.isEmpty(), "no translations/*.ts");
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestTranslations::tsComplete()
{
    QFETCH(QString, fileName);
    QString error;
    const QList<TsMessage> messages = readTs(fileName, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!messages.isEmpty(), "no <message> at all");
    QStringList problems;
    for (const TsMessage &m : messages) {
        if (const QString p = problemOf(m); !p.isEmpty())
            problems << m.label() + QStringLiteral(": ") + p;
    }
    qInfo("%s: %lld messages", qPrintable(QFileInfo(fileName).fileName()), qint64(messages.size()));
    QVERIFY2(noneListed(problems),
             qPrintable(QStringLiteral("%1 message(s) not done, listed above").arg(problems.size())));
}

// The per-message rules themselves, on messages whose verdict is known.
void TestTranslations::messageChecks_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("translations");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("numerus");
    QTest::addColumn<bool>("ok");
    QTest::newRow("fine") << "port %1" << QStringList{"端口 %1"} << "" << false << true;
    QTest::newRow("reordered") << "%1 blocks %2" << QStringList{"%2 被 %1 拦截"} << "" << false << true;
    QTest::newRow("unfinished") << "port %1" << QStringList{"端口 %1"} << "unfinished" << false << false;
    QTest::newRow("vanished") << "port %1" << QStringList{"端口 %1"} << "vanished" << false << false;
    QTest::newRow("empty") << "port %1" << QStringList{""} << "" << false << false;
    QTest::newRow("lost %2") << "%1 of %2" << QStringList{"%1"} << "" << false << false;
    QTest::newRow("invented %3") << "%1 of %2" << QStringList{"%1 %2 %3"} << "" << false << false;
    QTest::newRow("%L1 is %1") << "%L1 bytes" << QStringList{"%1 字节"} << "" << false << true;
    QTest::newRow("numerus") << "%n core(s)" << QStringList{"%n 个核"} << "" << true << true;
    QTest::newRow("numerus empty form") << "%n core(s)" << QStringList{""} << "" << true << false;
    QTest::newRow("accelerator kept") << "&Next" << QStringList{"下一步(&N)"} << "" << false << true;
    QTest::newRow("accelerator lost") << "&Next" << QStringList{"下一步"} << "" << false << false;
    QTest::newRow("entity is no accelerator") << "a&nbsp;b" << QStringList{"甲&nbsp;乙"} << "" << false << true;
    QTest::newRow("&& is no accelerator") << "R&&D" << QStringList{"研发"} << "" << false << true;
}

void TestTranslations::messageChecks()
{
    QFETCH(QString, source);
    QFETCH(QStringList, translations);
    QFETCH(QString, type);
    QFETCH(bool, numerus);
    QFETCH(bool, ok);
    TsMessage m;
    m.context = QStringLiteral("Test");
    m.source = source;
    m.translations = translations;
    m.type = type;
    m.numerus = numerus;
    const QString problem = problemOf(m);
    QVERIFY2(problem.isEmpty() == ok, qPrintable(problem.isEmpty() ? QStringLiteral("no problem found") : problem));
}

// lupdate over today's sources into a copy of each .ts: whatever comes out unfinished is a tr()
// string nobody translated yet (or a context that no longer matches the .ts).
void TestTranslations::lupdateFindsNothingNew()
{
    const QString lupdate = findLupdate();
    if (lupdate.isEmpty())
        QSKIP("lupdate not found (Debian: qt6-l10n-tools); cannot compare the sources with the .ts files");
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    for (const QString &ts : tsFiles()) {
        const QString copy = temp.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY2(runLupdate(lupdate, copy, QStringLiteral("none")), "lupdate failed (see the warning above)");
        QString error;
        const QList<TsMessage> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList untranslated;
        for (const TsMessage &m : messages) {
            if (m.type == QLatin1String("unfinished"))
                untranslated << QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
        }
        QVERIFY2(noneListed(untranslated),
                 qPrintable(QStringLiteral("%1: %2 string(s) in the sources (listed above) have no translation; run "
                                           "`cmake --build <build> --target update_translations` and translate them")
                                .arg(QFileInfo(ts).fileName())
                                .arg(untranslated.size())));
    }
}

// lupdate takes a bare tr()'s context from the enclosing class, while a file-local tr() helper
// translates under its own context at run time: when the two differ the translation never shows.
// A tr() outside any class is worse: lupdate skips the string altogether.
void TestTranslations::lupdateContextsMatchRunTime()
{
    const QString lupdate = findLupdate();
    if (lupdate.isEmpty())
        QSKIP("lupdate not found (Debian: qt6-l10n-tools); cannot compare contexts");
    const QHash<QString, QString> helpers = localTrHelpers();
    if (helpers.isEmpty())
        QSKIP("no file-local tr() helpers in app/ or ui/: lupdate and run time agree by construction");
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString ts = temp.filePath(QStringLiteral("contexts.ts"));
    const std::optional<QString> run = runLupdate(lupdate, ts, QStringLiteral("absolute"));
    QVERIFY2(run, "lupdate failed (see the warning above)");
    const QString output = *run;
    QString error;
    const QList<TsMessage> messages = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    const QDir tsDir(temp.path());
    for (const TsMessage &m : messages) {
        const QString file = QFileInfo(tsDir.absoluteFilePath(m.location)).canonicalFilePath();
        const QString runTime = helpers.value(file);
        if (!runTime.isEmpty() && runTime != m.context)
            problems << QStringLiteral(
                            "%1:%2: lupdate files \"%3\" under %4, the file's tr() helper translates under %5")
                            .arg(QDir(sourceDir).relativeFilePath(file))
                            .arg(m.locationLine)
                            .arg(m.source, m.context, runTime);
    }
    static const QRegularExpression noContext(
        QString::fromLatin1("^(\\S+):(\\d+): tr\\(\\) cannot be called without context"),
        QRegularExpression::MultilineOption);
    for (auto it = noContext.globalMatch(output); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        problems << QStringLiteral("%1:%2: tr() outside a class: lupdate skips this string, so it is never translated")
                        .arg(QDir(sourceDir).relativeFilePath(m.captured(1)), m.captured(2));
    }
    QVERIFY2(
        noneListed(problems),
        qPrintable(QStringLiteral("%1 string(s), listed above, whose lupdate context differs from the run-time context "
                                  "(tools/explicit-tr-context.py FILE fixes a file)")
                       .arg(problems.size())));
}

void TestTranslations::uiLiteralsUseTr_data()
{
    QTest::addColumn<QString>("fileName");
    QStringList files;
    for (const QString &top : {QStringLiteral("/ui"), QStringLiteral("/app/cli")}) {
        QDirIterator it(sourceDir + top, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    if (files.isEmpty())
        QSKIP("no ui/ or app/cli/ sources in this tree");
    for (const QString &f : files)
        QTest::newRow(qPrintable(QDir(sourceDir).relativeFilePath(f))) << f;
}

void TestTranslations::uiLiteralsUseTr()
{
    QFETCH(QString, fileName);
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList problems =
        bareUiLiterals(QString::fromUtf8(file.readAll()), QDir(sourceDir).relativeFilePath(fileName));
    QVERIFY2(noneListed(problems),
             qPrintable(QStringLiteral("%1 user-visible literal(s) without tr(), listed above").arg(problems.size())));
}

// The scan itself, on snippets whose answer is known: it must catch what it claims to catch.
void TestTranslations::uiScanCatchesBareLiterals_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("found");
    QTest::newRow("setText bare") << "label->setText(QStringLiteral(\"Run all steps\"));" << 1;
    QTest::newRow("setText tr") << "label->setText(tr(\"Run all steps\"));" << 0;
    QTest::newRow("QLabel ctor") << "auto *l = new QLabel(QStringLiteral(\"Backend IP\"), this);" << 1;
    QTest::newRow("two lines") << "box->setToolTip(\n    QLatin1String(\"Copy this command\"));" << 1;
    QTest::newRow("addItem with data") << "combo->addItem(icon, QStringLiteral(\"Linux servers\"), 1);" << 1;
    QTest::newRow("markup only") << "setText(QStringLiteral(\"<b>%1</b>&nbsp;%2\").arg(a, b));" << 0;
    QTest::newRow("one word") << "setText(QStringLiteral(\"eth0\"));" << 0;
    QTest::newRow("object name") << "setObjectName(QStringLiteral(\"run all\"));" << 0;
    QTest::newRow("marked notr") << "cmd->setText(QStringLiteral(\"iptables -L -n\")); // notr: a command line" << 0;
    QTest::newRow("cli option")
        << "QCommandLineOption m_port{QStringLiteral(\"port\"), QStringLiteral(\"Backend port, 1-65535.\"), QStringLiteral(\"N\")};"
        << 1;
    QTest::newRow("cli option tr")
        << "QCommandLineOption m_port{QStringLiteral(\"port\"), QCoreApplication::translate(\"T\", \"Backend port, 1-65535.\")};"
        << 0;
    QTest::newRow("translate") << "setWindowTitle(QCoreApplication::translate(\"X\", \"About LB Doctor\"));" << 0;
}

void TestTranslations::uiScanCatchesBareLiterals()
{
    QFETCH(QString, code);
    QFETCH(int, found);
    const QStringList problems = bareUiLiterals(code, QStringLiteral("snippet.cpp"));
    QVERIFY2(problems.size() == found, qPrintable(problems.join(QLatin1Char('\n'))));
    if (found)
        QVERIFY(problems.first().startsWith(QStringLiteral("snippet.cpp:")));
}

void TestTranslations::profileTextsHaveChinese()
{
    ProfileStore store;
    store.loadSharedGuidance();
    store.loadDirectory(QStringLiteral(":/profiles"));
    QVERIFY2(store.errors().isEmpty(), qPrintable(store.errors().join(QLatin1Char('\n'))));
    QVERIFY2(store.profiles().size() >= 2, "the built-in profiles did not load");
    QStringList missing;
    int checked = 0;
    for (const Profile &p : store.profiles()) {
        for (const auto &[where, text] : textsOf(p)) {
            if (text.isEmpty())
                continue;
            ++checked;
            if (!text.languages().contains(QStringLiteral("zh_CN"))
                || text.text(QStringLiteral("zh_CN")).trimmed().isEmpty())
                missing << QStringLiteral("%1: %2 \"%3\"")
                               .arg(QFileInfo(p.fileName).fileName(), where, text.text(QStringLiteral("en")));
        }
    }
    // Seven built-in profiles, each with at least a name, a provider and a variant name.
    QVERIFY2(checked >= 21, qPrintable(QStringLiteral("only %1 texts found").arg(checked)));
    QVERIFY2(noneListed(missing),
             qPrintable(QStringLiteral("%1 profile text(s) without \"zh_CN\", listed above").arg(missing.size())));

    // The shared guidance file on its own too: a profile that overrides a step hides its text above.
    QFile shared(QStringLiteral(":/data/guidance.json"));
    QVERIFY(shared.open(QIODevice::ReadOnly));
    const auto guidance = Profile::guidanceFromJson(shared.readAll(), shared.fileName());
    QVERIFY2(guidance, qPrintable(guidance.error()));
    QStringList sharedMissing;
    for (auto it = guidance->constBegin(); it != guidance->constEnd(); ++it) {
        for (const LocalizedText *t : {&it->checks, &it->why, &it->fix}) {
            if (!t->isEmpty() && !t->languages().contains(QStringLiteral("zh_CN")))
                sharedMissing << it.key() + QStringLiteral(": \"") + t->text(QStringLiteral("en")) + QLatin1Char('"');
        }
    }
    QVERIFY2(noneListed(sharedMissing),
             qPrintable(
                 QStringLiteral("%1 guidance.json text(s) without \"zh_CN\", listed above").arg(sharedMissing.size())));
}

void TestTranslations::qmTranslatesAtRunTime()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/lbdoctor_zh_CN.qm")));
    QVERIFY(Translation::available().contains(QStringLiteral("zh_CN")));
    QCOMPARE(Translation::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(LocalizedText::language(), QStringLiteral("zh_CN"));

    // Status words are in every report and every CLI line; English must not come back.
    for (const char *word : {"PASS", "FAIL", "WARN", "UNKNOWN"}) {
        const QString translated = QCoreApplication::translate("Status", word);
        QVERIFY2(translated != QLatin1String(word), word);
        QVERIFY2(!translated.isEmpty(), word);
    }
    // Profile texts follow the language as well.
    ProfileStore store;
    store.loadSharedGuidance();
    store.loadDirectory(QStringLiteral(":/profiles"));
    const Profile *huawei = store.find(QStringLiteral("huawei"));
    QVERIFY(huawei);
    QVERIFY2(huawei->name.text().contains(QStringLiteral("华为云")), qPrintable(huawei->name.text()));

    // Qt's own strings, when Debian's qt6-translations-l10n is there (a runtime dependency).
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
    if (QFile::exists(qtbase))
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    else
        qWarning("%s missing: Qt's own strings stay English", qPrintable(qtbase));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
