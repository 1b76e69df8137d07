#pragma once

#include "services/registerfile.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace avfall::app {

// Asks for the period and the format of the register export (Historik → Exportera register …).
// Says plainly what the period is counted by: the note's tidpunkt.
class RegisterExportDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterExportDialog(Environment environment, QWidget *parent = nullptr);

    RegisterPeriod period() const;
    RegisterFormat format() const;

private:
    void check();

    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_format;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace avfall::app
