#pragma once

// Typing and clicking for the GUI tests: QTest::keyClicks only knows ASCII, the forms are Swedish.

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QRadioButton>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace avfall::test {

// Every keystroke and click the helpers below send, so that a test can say how much work a task
// took a user (tst_firstnote prints it).
inline int &userActionCount()
{
    static int count = 0;
    return count;
}

// Sends every character as a key press and release with its text, as a keyboard would: ASCII
// through QTest's own key table, other characters (å, ä, ö, –) with their text.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        ++userActionCount();
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
            continue;
        }
        const Qt::Key key = c.unicode() <= 0xff ? Qt::Key(c.toUpper().unicode()) : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Press, widget, key, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, key, QString(c), Qt::NoModifier);
    }
}

// Chooses an item of a closed combo box by typing the start of its text, after a pause long
// enough that the combo box does not take it as the continuation of what was typed before.
inline void typeChoice(QComboBox *combo, const QString &start)
{
    combo->setFocus();
    QTest::qWait(QApplication::keyboardInputInterval() + 20);
    typeText(combo, start);
}

// Gives the input the focus, then types as typeText does.
inline void focusAndType(QWidget *input, const QString &text)
{
    input->setFocus();
    typeText(input, text);
}

// Clicks a button the way a user can: only a visible, enabled one; a radio button on its indicator
// (it reacts only there and on its text, not on the empty rest of its row).
inline void userClick(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()));
    ++userActionCount();
    const bool indicator = qobject_cast<QRadioButton *>(button) != nullptr;
    QTest::mouseClick(button, Qt::LeftButton, {},
                      indicator ? QPoint(8, button->height() / 2) : button->rect().center());
}

// One key (Tab, Enter, Ctrl+A …) pressed and released, counted as one action.
inline void pressKey(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    ++userActionCount();
    QTest::keyClick(widget, key, modifiers);
}

// A click with the left button at a point of a widget (its middle by default), counted.
inline void clickOn(QWidget *widget, QPoint at = QPoint())
{
    ++userActionCount();
    QTest::mouseClick(widget, Qt::LeftButton, {}, at.isNull() ? widget->rect().center() : at);
}

// Answers the next modal dialog of type T once it is on screen (a dialog's exec() blocks the test):
// act(dialog) clicks like a user would.
template<typename T>
void whenModal(QObject *context, std::function<void(T *)> act)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

} // namespace avfall::test
