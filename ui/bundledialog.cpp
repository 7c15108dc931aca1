#include "bundledialog.h"

#include "pastebox.h"

#include "collect/bundle/bundleparser.h"
#include "collect/bundle/bundlescript.h"
#include "core/textdecode.h"

#include <QClipboard>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QSaveFile>
#include <QThreadPool>
#include <QVBoxLayout>

#include <memory>

namespace {
constexpr qint64 maxFileBytes = 200 * 1024 * 1024;

// What the thread pool hands back: the split paste and, when it was a bundle, its analysis.
struct Outcome
{
    bool bundle = false;
    QStringList problems;
    BundleResult result;
};
} // namespace

BundleDialog::BundleDialog(const RunContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("bundleDialog"));
    setWindowTitle(tr("Collect everything at once"));
    auto *intro = new QLabel(
        tr("Send this script to the customer. It only reads (it changes nothing and writes no file) and prints every "
           "backend-side output at once; paste everything it prints below."),
        this);
    intro->setWordWrap(true);

    m_os = new QComboBox(this);
    m_os->setObjectName(QStringLiteral("bundleOsCombo"));
    m_os->setAccessibleName(tr("The backend's operating system"));
    m_os->addItem(tr("Linux (sh, busybox too)"), QStringLiteral("linux"));
    m_os->addItem(tr("Windows (PowerShell 5.1 or later)"), QStringLiteral("windows"));
    connect(m_os, &QComboBox::currentIndexChanged, this, &BundleDialog::rebuildScript);
    m_capture = new QCheckBox(tr("Include a %n-second packet capture of the health checks (tcpdump, needs root)",
                                 nullptr, BundleScript::captureSeconds),
                              this);
    m_capture->setObjectName(QStringLiteral("bundleCaptureCheck"));
    m_capture->setChecked(true);
    connect(m_capture, &QCheckBox::toggled, this, &BundleDialog::rebuildScript);

    m_script = new QPlainTextEdit(this);
    m_script->setObjectName(QStringLiteral("bundleScript"));
    m_script->setAccessibleName(tr("The collection script"));
    m_script->setReadOnly(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copy = new QPushButton(tr("&Copy script"), this);
    copy->setObjectName(QStringLiteral("copyBundleButton"));
    connect(copy, &QPushButton::clicked, this, &BundleDialog::copyScript);
    auto *save = new QPushButton(tr("&Save script..."), this);
    save->setObjectName(QStringLiteral("saveBundleButton"));
    connect(save, &QPushButton::clicked, this, &BundleDialog::saveScript);
    m_runLine = new QLabel(this);
    m_runLine->setObjectName(QStringLiteral("bundleRunLine"));
    m_runLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runLine->setWordWrap(true);

    m_paste = new PasteBox(this);
    m_paste->setObjectName(QStringLiteral("bundlePasteBox"));
    m_paste->setAccessibleName(tr("Everything the script printed"));
    m_paste->setPlaceholderText(tr("Paste everything the script printed here, then press Analyze."));
    m_paste->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_paste->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *load = new QPushButton(tr("&Load file..."), this);
    load->setObjectName(QStringLiteral("loadBundleButton"));
    connect(load, &QPushButton::clicked, this, &BundleDialog::loadFile);
    m_analyze = new QPushButton(tr("&Analyze every step"), this);
    m_analyze->setObjectName(QStringLiteral("analyzeBundleButton"));
    m_analyze->setDefault(true);
    connect(m_analyze, &QPushButton::clicked, this, &BundleDialog::analyze);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeBundleButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("bundleMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *osRow = new QHBoxLayout;
    auto *osLabel = new QLabel(tr("Their &system:"), this);
    osLabel->setBuddy(m_os);
    osRow->addWidget(osLabel);
    osRow->addWidget(m_os, 1);
    osRow->addWidget(copy);
    osRow->addWidget(save);
    auto *captureRow = new QHBoxLayout;
    captureRow->addWidget(m_capture);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addStretch(1);
    buttons->addWidget(m_analyze);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(osRow);
    layout->addLayout(captureRow);
    layout->addWidget(m_script, 2);
    layout->addWidget(m_runLine);
    layout->addWidget(m_paste, 3);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(820, 640);
    rebuildScript();
}

void BundleDialog::rebuildScript()
{
    BundleOs os = BundleOs::Linux;
    BundleScript::fromId(m_os->currentData().toString(), &os);
    m_script->setPlainText(
        BundleScript::generate(os, m_context, m_capture->isChecked() ? BundleScript::captureSeconds : 0));
    const QString file =
        os == BundleOs::Linux ? QStringLiteral("lbdoctor-bundle.sh") : QStringLiteral("lbdoctor-bundle.ps1");
    m_runLine->setText(tr("Saved as %1, it runs with: %2").arg(file, BundleScript::runLine(os, file)));
}

void BundleDialog::copyScript()
{
    QGuiApplication::clipboard()->setText(m_script->toPlainText());
    m_message->setText(tr("The script is on the clipboard."));
}

void BundleDialog::saveScript()
{
    const bool linux = m_os->currentData().toString() == QStringLiteral("linux");
    const QString name = QFileDialog::getSaveFileName(this, tr("Save the collection script"),
                                                      linux ? QStringLiteral("lbdoctor-bundle.sh")
                                                            : QStringLiteral("lbdoctor-bundle.ps1"));
    if (name.isEmpty())
        return;
    QSaveFile file(name);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_script->toPlainText().toUtf8()) < 0 || !file.commit())
        m_message->setText(tr("cannot write %1: %2").arg(name, file.errorString()));
    else
        m_message->setText(tr("Saved %1.").arg(name));
}

void BundleDialog::loadFile()
{
    const QString name = QFileDialog::getOpenFileName(this, tr("Load the bundle's output"));
    if (name.isEmpty())
        return;
    const auto text = TextDecode::readFile(name, maxFileBytes);
    if (!text) {
        m_message->setText(text.error());
        return;
    }
    m_paste->setText(*text);
}

void BundleDialog::setPaste(const QString &text, const QString &note)
{
    m_paste->setText(text);
    m_message->setText(note);
}

void BundleDialog::analyze()
{
    if (m_busy)
        return;
    const QString text = m_paste->text();
    if (text.trimmed().isEmpty()) {
        m_message->setText(tr("Paste the script's output first."));
        return;
    }
    m_busy = true;
    m_analyze->setEnabled(false);
    m_message->setText(tr("Analyzing..."));
    auto promise = std::make_shared<QPromise<Outcome>>();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_busy = false;
        m_analyze->setEnabled(true);
        if (watcher->future().resultCount() == 0)
            return;
        const Outcome o = watcher->future().result();
        if (!o.bundle) {
            // Nothing already analyzed changes.
            m_message->setText(o.problems.join(QLatin1Char('\n')));
            return;
        }
        int withSection = 0;
        for (const Finding &f : o.result.findings)
            withSection += f.raw.isEmpty() ? 0 : 1;
        QStringList lines{
            tr("%1 of %2 backend steps analyzed from the bundle.").arg(withSection).arg(o.result.findings.size())};
        lines << o.result.notes;
        m_message->setText(lines.join(QLatin1Char('\n')));
        emit analyzed(o.result);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, text, context = m_context] {
        Outcome o;
        const ParsedBundle parsed = BundleParser::parse(text);
        o.bundle = parsed.hasMarkers;
        o.problems = parsed.problems;
        if (o.bundle)
            o.result = BundleAnalysis::analyze(parsed, context, QStringLiteral("bundle"));
        promise->addResult(o);
        promise->finish();
    });
}
