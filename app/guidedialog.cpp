#include "app/guidedialog.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace avfall::app {

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("Handledning – Avfallsrapport"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setSearchPaths({QStringLiteral(":/guide")});
    m_browser->setSource(QUrl(QStringLiteral("qrc") + guideFile()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Stäng"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(860, 680);
}

QString GuideDialog::guideFile()
{
    return QLocale().language() == QLocale::English ? QStringLiteral(":/guide/guide-en.html")
                                                    : QStringLiteral(":/guide/handledning.html");
}

} // namespace avfall::app
