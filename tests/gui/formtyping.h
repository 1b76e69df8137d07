#pragma once

// Typing for the form tests: QTest::keyClicks only knows ASCII, the forms are Swedish.

#include <QApplication>
#include <QComboBox>
#include <QTest>
#include <QWidget>

namespace avfall::test {

// Sends every character as a key press and release with its text, as a keyboard would: ASCII
// through QTest's own key table, other characters (å, ä, ö, –) with their text.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
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

} // namespace avfall::test
