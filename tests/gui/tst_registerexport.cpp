#include "app/mainwindow.h"
#include "app/notelistpage.h"
#include "app/registerexportdialog.h"
#include "store/notestore.h"
#include "tests/support/dialoganswers.h"
#include "tests/support/testprofile.h"
#include "tests/unit/registernotes.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace avfall;
using avfall::app::MainWindow;
namespace notes = avfall::test::registernotes;

// Historik → Exportera register … (issue 16): the period and format typed into the dialog, the file
// chosen through the file-dialog seam, the file written and what the page says about it.
class TestRegisterExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void historyExportsTheRegister_data();
    void historyExportsTheRegister();
    void backwardsPeriodCannotBeExported();

private:
    // Types a date into a date field like a user: the year selected, then the digits (each full
    // section moves on to the next).
    static void typeDate(QDateEdit *edit, const QString &digits);

    test::TestProfile m_profile;
};

void TestRegisterExport::initTestCase()
{
    QString error;
    QVERIFY2(m_profile.profile().ensureDirectories(&error), qPrintable(error));
    auto store = NoteStore::open(m_profile.profile().databaseFile(), &error);
    QVERIFY2(store, qPrintable(error));
    // A new profile works in the sandbox: the register's notes are there, one more in Produktion.
    QVERIFY(notes::fill(*store, Environment::Sandbox));
}

void TestRegisterExport::typeDate(QDateEdit *edit, const QString &digits)
{
    // Where a click into the field's year would put the cursor: the year selected.
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(edit, digits);
}

void TestRegisterExport::historyExportsTheRegister_data()
{
    QTest::addColumn<int>("formatRow");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("xlsx") << 0 << QStringLiteral("xlsx") << QByteArray("PK\x03\x04");
    QTest::newRow("csv") << 1 << QStringLiteral("csv") << QByteArray("\xEF\xBB\xBF");
}

void TestRegisterExport::historyExportsTheRegister()
{
    QFETCH(int, formatRow);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    QString suggested;
    const QString target = dir.filePath(QStringLiteral("register.") + suffix);
    test::DialogAnswers answers;
    answers.saveAs = [&](const QString &name, const QString &) {
        suggested = name;
        return target;
    };

    MainWindow window(m_profile.profile());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::History);
    auto *history = qobject_cast<app::NoteListPage *>(window.currentPage());
    QVERIFY(history);
    auto *button = history->findChild<QPushButton *>(QStringLiteral("exportRegisterButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Exportera &register …"));

    bool answered = false;
    QString problem;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<app::RegisterExportDialog *>(QApplication::activeModalWidget());
        if (!dialog || answered)
            return;
        answered = true;
        auto *from = dialog->findChild<QDateEdit *>(QStringLiteral("registerFrom"));
        auto *to = dialog->findChild<QDateEdit *>(QStringLiteral("registerTo"));
        auto *format = dialog->findChild<QComboBox *>(QStringLiteral("registerFormat"));
        typeDate(from, QStringLiteral("20261101"));
        typeDate(to, QStringLiteral("20261130"));
        format->setFocus();
        QTest::keyClick(format, formatRow ? Qt::Key_Down : Qt::Key_Up);
        if (from->date() != QDate(2026, 11, 1) || to->date() != QDate(2026, 11, 30) ||
            format->currentIndex() != formatRow) {
            problem = QStringLiteral("typed %1 – %2, format %3")
                          .arg(from->date().toString(Qt::ISODate), to->date().toString(Qt::ISODate))
                          .arg(format->currentIndex());
            dialog->reject();
            return;
        }
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    watcher.start(20);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(answered);
    watcher.stop();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QCOMPARE(suggested, QStringLiteral("anteckningar-2026-11-01--2026-11-30.") + suffix);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(magic.size()), magic);
    // Nine notes of the sandbox; the one in Produktion stays out.
    QTRY_COMPARE(history->exportResultText(),
                 QStringLiteral("Registret 2026-11-01 – 2026-11-30 (antal anteckningar: 9) sparades i %1.")
                     .arg(QDir::toNativeSeparators(target)));
    QVERIFY(history->findChild<QLabel *>(QStringLiteral("exportResult"))->isVisible());
}

void TestRegisterExport::backwardsPeriodCannotBeExported()
{
    app::RegisterExportDialog dialog(Environment::Production);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("registerProblem"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!problem->isVisible());
    auto *from = dialog.findChild<QDateEdit *>(QStringLiteral("registerFrom"));
    typeDate(from, QStringLiteral("20990101"));
    QCOMPARE(from->date(), QDate(2099, 1, 1));
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("Perioden slutar före den börjar."));
    typeDate(from, QStringLiteral("20000101"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.period().from, QDate(2000, 1, 1));
    QCOMPARE(dialog.format(), RegisterFormat::Xlsx);
}

QTEST_MAIN(TestRegisterExport)
#include "tst_registerexport.moc"
