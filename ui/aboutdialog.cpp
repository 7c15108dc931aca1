#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About LB Doctor"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setAccessibleName(tr("LB Doctor logo"));
    const int size = fontMetrics().height() * 4;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/lbdoctor.svg")).pixmap(QSize(size, size), devicePixelRatioF()));

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setAccessibleName(tr("About LB Doctor"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(true);
    text->setText(
        tr("<h2>LB Doctor %1</h2>"
           "<p>Finds out why a cloud load balancer marks a backend server unhealthy: it follows the "
           "providers' documented procedures, runs every step it can, explains every result and "
           "writes a report the customer can read.</p>"
           "<p>Built with Qt %2 (running on Qt %3).</p>")
            .arg(QStringLiteral(LBDOCTOR_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));

    auto *ownLicence = new QPlainTextEdit(licenceText(), this);
    ownLicence->setObjectName(QStringLiteral("licenceText"));
    ownLicence->setAccessibleName(tr("LB Doctor licence"));
    ownLicence->setReadOnly(true);
    ownLicence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ownLicence->setTabChangesFocus(true);

    auto *qtLicence = new QLabel(this);
    qtLicence->setObjectName(QStringLiteral("qtLicenceText"));
    qtLicence->setAccessibleName(tr("Qt licence"));
    qtLicence->setWordWrap(true);
    qtLicence->setTextInteractionFlags(Qt::TextBrowserInteraction);
    qtLicence->setOpenExternalLinks(true);
    qtLicence->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    qtLicence->setText(
        tr("<p>LB Doctor uses the Qt libraries (Qt Core, Gui, Widgets, Network, Svg, PrintSupport) under the "
           "GNU Lesser General Public License version 3. They are linked dynamically: you may replace "
           "them with your own build. The Qt source code is available from "
           "<a href=\"https://download.qt.io/\">download.qt.io</a>; the licence text is at "
           "<a href=\"https://www.gnu.org/licenses/lgpl-3.0.html\">gnu.org/licenses/lgpl-3.0</a>.</p>"
           "<p>Qt is a trademark of The Qt Company Ltd.</p>"));

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("aboutTabs"));
    tabs->setAccessibleName(tr("Licences"));
    tabs->addTab(ownLicence, tr("LB Doctor licence (MIT)"));
    tabs->addTab(qtLicence, tr("Qt licence (LGPL v3)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    aboutQt->setAccessibleName(tr("About Qt"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 30);
}

QString AboutDialog::licenceText()
{
    QFile file(QStringLiteral(":/licences/LICENSE"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("MIT License (the licence text is missing from this build).");
    return QString::fromUtf8(file.readAll());
}
