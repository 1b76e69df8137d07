#pragma once

#include <QDialog>

class QTextBrowser;

namespace avfall::app {

// Hjälp → Handledning: the short user guide (docs/guide, shipped as a resource) with screenshots of
// the real program, Swedish or English after the program's language. Not modal: the user can read
// and fill in a note at the same time.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The guide's file in the resources: ":/guide/handledning.html" or ":/guide/guide-en.html".
    static QString guideFile();

private:
    QTextBrowser *m_browser;
};

} // namespace avfall::app
