#include "sshdialog.h"

#include "collect/bundle/bundleparser.h"
#include "collect/bundle/bundlescript.h"
#include "collect/ssh/askpasschannel.h"
#include "collect/ssh/hostkeyacceptor.h"
#include "collect/ssh/sshcollector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

#include <memory>

SshDialog::SshDialog(const RunContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("sshDialog"));
    setWindowTitle(tr("Collect over SSH"));
    auto *intro = new QLabel(
        tr("LB Doctor runs its read-only collection script on the backend over one SSH connection, with your ssh, "
           "its configuration, agent and keys. ssh checks the server's host key as always."),
        this);
    intro->setWordWrap(true);
    m_destination = new QLineEdit(this);
    m_destination->setObjectName(QStringLiteral("sshDestination"));
    m_destination->setPlaceholderText(QStringLiteral("ec2-user@10.0.0.5:22"));
    m_options = new QPlainTextEdit(this);
    m_options->setObjectName(QStringLiteral("sshOptions"));
    m_options->setPlaceholderText(QStringLiteral("IdentityFile=~/.ssh/web.pem\nProxyJump=bastion"));
    m_options->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_options->setMaximumHeight(90);
    m_os = new QComboBox(this);
    m_os->setObjectName(QStringLiteral("sshOsCombo"));
    m_os->addItem(tr("Linux (sh)"), QStringLiteral("linux"));
    m_os->addItem(tr("Windows (PowerShell over OpenSSH)"), QStringLiteral("windows"));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("sshAuthCombo"));
    m_auth->addItem(tr("Keys and ssh-agent (no prompt)"), QStringLiteral("keys"));
    m_auth->addItem(tr("Password or key passphrase (asked here, never stored)"), QStringLiteral("password"));

    m_capture = new QCheckBox(tr("Include a %n-second packet capture of the health checks (tcpdump, needs root)",
                                 nullptr, BundleScript::captureSeconds),
                              this);
    m_capture->setObjectName(QStringLiteral("sshCaptureCheck"));

    // ssh's password or passphrase prompt, shown when it asks; hidden otherwise.
    m_promptRow = new QWidget(this);
    m_promptRow->setObjectName(QStringLiteral("sshPromptRow"));
    m_promptLabel = new QLabel(m_promptRow);
    m_promptLabel->setObjectName(QStringLiteral("sshPromptLabel"));
    m_promptLabel->setTextFormat(Qt::PlainText);
    m_promptLabel->setWordWrap(true);
    m_password = new QLineEdit(m_promptRow);
    m_password->setObjectName(QStringLiteral("sshPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password for ssh"));
    m_password->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_sendPassword = new QPushButton(tr("&Send"), m_promptRow);
    m_sendPassword->setObjectName(QStringLiteral("sshSendPasswordButton"));
    connect(m_sendPassword, &QPushButton::clicked, this, &SshDialog::sendPassword);
    connect(m_password, &QLineEdit::returnPressed, this, &SshDialog::sendPassword);
    auto *promptLayout = new QHBoxLayout(m_promptRow);
    promptLayout->setContentsMargins(0, 0, 0, 0);
    promptLayout->addWidget(m_promptLabel);
    promptLayout->addWidget(m_password, 1);
    promptLayout->addWidget(m_sendPassword);
    m_promptRow->setVisible(false);

    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("sshStopButton"));
    m_stop->setVisible(false);
    connect(m_stop, &QPushButton::clicked, this, &SshDialog::stop);

    m_collect = new QPushButton(tr("&Collect"), this);
    m_collect->setObjectName(QStringLiteral("sshCollectButton"));
    m_collect->setDefault(true);
    connect(m_collect, &QPushButton::clicked, this, &SshDialog::collect);
    m_acceptKey = new QPushButton(tr("&Accept this host key"), this);
    m_acceptKey->setObjectName(QStringLiteral("sshAcceptKeyButton"));
    m_acceptKey->setVisible(false);
    connect(m_acceptKey, &QPushButton::clicked, this, &SshDialog::acceptKey);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeSshButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("sshMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server ([user@]host[:port]):"), m_destination);
    form->addRow(tr("ssh &options (KEY=VALUE, one a line):"), m_options);
    form->addRow(tr("Its &system:"), m_os);
    form->addRow(tr("Sign &in with:"), m_auth);
    form->addRow(QString(), m_capture);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_acceptKey);
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_collect);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_promptRow);
    layout->addWidget(m_message, 1);
    layout->addLayout(buttons);
    resize(640, 360);
}

SshDialog::~SshDialog()
{
    if (m_collector)
        m_collector->cancel();
    m_password->clear();
}

void SshDialog::collect()
{
    if (m_collector)
        return;
    const auto destination = SshDestination::parse(m_destination->text());
    if (!destination) {
        m_message->setText(destination.error());
        return;
    }
    const QStringList options = m_options->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &o : options) {
        if (const auto valid = SshCollector::validOption(o.trimmed()); !valid) {
            m_message->setText(valid.error());
            return;
        }
    }
    BundleOs os = BundleOs::Linux;
    BundleScript::fromId(m_os->currentData().toString(), &os);
    m_collector = new SshCollector(this);
    m_collector->setDestination(*destination);
    QStringList trimmed;
    for (const QString &o : options)
        trimmed << o.trimmed();
    m_collector->setOptions(trimmed);
    m_collector->setOs(os);
    // BatchMode is off only for this run, and only because the user chose a password.
    const bool password = m_auth->currentData().toString() == QStringLiteral("password");
    m_collector->setBatchMode(!password);
    if (password) {
        m_askPass = new AskPassChannel(m_collector);
        if (const auto listening = m_askPass->listen(); !listening) {
            m_message->setText(listening.error());
            m_collector->deleteLater();
            m_collector = nullptr;
            return;
        }
        m_collector->setAskPass(m_askPass->environment());
        connect(m_askPass, &AskPassChannel::prompted, this, [this](const QString &prompt) { this->prompted(prompt); });
        connect(m_askPass, &AskPassChannel::refusedQuestion, this, [this](const QString &prompt) {
            m_message->setText(
                tr("ssh asked \"%1\"; LB Doctor answers no: host keys are accepted only through the fingerprint shown here")
                    .arg(prompt));
        });
    }
    connect(m_collector, &SshCollector::finished, this,
            [this, host = destination->display()](const SshCollector::Result &result) {
                m_collector->deleteLater();
                m_collector = nullptr;
                finishPrompt();
                m_collect->setEnabled(true);
                if (!result.usable()) {
                    m_message->setText(result.message);
                    if (result.failure == SshCollector::Failure::HostKeyUnknown && !result.fingerprint.isEmpty()) {
                        m_shownFingerprint = result.fingerprint;
                        m_acceptKey->setText(tr("&Accept %1").arg(result.fingerprint));
                        m_acceptKey->setVisible(true);
                    }
                    return;
                }
                collected(result.output, host);
            });
    m_collect->setEnabled(false);
    m_stop->setVisible(true);
    m_acceptKey->setVisible(false);
    m_message->setText(tr("Collecting from %1...").arg(destination->display()));
    m_collector->start(
        BundleScript::generate(os, m_context, m_capture->isChecked() ? BundleScript::captureSeconds : 0));
}

void SshDialog::prompted(const QString &prompt)
{
    m_promptLabel->setText(prompt);
    m_password->clear();
    m_promptRow->setVisible(true);
    m_password->setFocus();
    m_message->setText(
        tr("ssh asks for a password or passphrase: type it and press Send. It is passed to ssh once and not kept."));
}

void SshDialog::sendPassword()
{
    if (!m_askPass || !m_askPass->isWaiting())
        return;
    QString secret = m_password->text();
    m_password->clear();
    m_promptRow->setVisible(false);
    m_askPass->answer(secret); // overwrites and clears `secret`
    m_message->setText(tr("Signing in..."));
}

void SshDialog::stop()
{
    if (!m_collector)
        return;
    if (m_askPass && m_askPass->isWaiting())
        m_askPass->refuse();
    m_collector->cancel();
    m_collector->deleteLater();
    m_collector = nullptr;
    finishPrompt();
    m_collect->setEnabled(true);
    m_message->setText(tr("Stopped: nothing was collected."));
}

void SshDialog::finishPrompt()
{
    m_password->clear();
    m_promptRow->setVisible(false);
    m_stop->setVisible(false);
}

void SshDialog::acceptKey()
{
    const auto destination = SshDestination::parse(m_destination->text());
    if (!destination || m_shownFingerprint.isEmpty())
        return;
    QStringList options;
    for (const QString &o : m_options->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        options << o.trimmed();
    auto *acceptor = new HostKeyAcceptor(this);
    m_acceptKey->setEnabled(false);
    connect(acceptor, &HostKeyAcceptor::finished, this, [this, acceptor](bool accepted, const QString &message) {
        acceptor->deleteLater();
        m_acceptKey->setEnabled(true);
        m_message->setText(message);
        if (!accepted)
            return;
        m_acceptKey->setVisible(false);
        m_shownFingerprint.clear();
        collect();
    });
    acceptor->accept(*destination, options, m_shownFingerprint);
}

void SshDialog::collected(const QString &output, const QString &host)
{
    struct Outcome
    {
        bool bundle = false;
        BundleResult result;
    };
    auto promise = std::make_shared<QPromise<Outcome>>();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, host] {
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0)
            return;
        const Outcome o = watcher->future().result();
        if (!o.bundle) {
            m_message->setText(
                tr("%1 answered over ssh, but not with the bundle's output: check that the account's shell runs `sh -s` (a forced command or a menu replaces it), or choose Windows for a Windows server")
                    .arg(host));
            return;
        }
        int withSection = 0;
        for (const Finding &f : o.result.findings)
            withSection += f.raw.isEmpty() ? 0 : 1;
        QStringList lines{
            tr("%1 of %2 backend steps analyzed from %3.").arg(withSection).arg(o.result.findings.size()).arg(host)};
        lines << o.result.notes;
        m_message->setText(lines.join(QLatin1Char('\n')));
        emit analyzed(o.result);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, output, context = m_context] {
        Outcome o;
        const ParsedBundle parsed = BundleParser::parse(output);
        o.bundle = parsed.hasMarkers;
        if (o.bundle)
            o.result = BundleAnalysis::analyze(parsed, context, QStringLiteral("ssh"));
        promise->addResult(o);
        promise->finish();
    });
}
