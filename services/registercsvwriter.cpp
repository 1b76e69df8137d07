#include "services/registercsvwriter.h"

#include "core/csvfield.h"

#include <QDir>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

namespace avfall::registercsv {

QStringList headings(const NoteRegister &noteRegister)
{
    QStringList result{RegisterText::tr("Anteckningstyp")};
    for (const RegisterTable &table : noteRegister.tables) {
        for (const QString &heading : table.headings) {
            if (!result.contains(heading))
                result << heading;
        }
    }
    return result;
}

QString cellText(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Double: {
        QLocale swedish(QLocale::Swedish);
        swedish.setNumberOptions(QLocale::OmitGroupSeparator);
        return swedish.toString(cell.toDouble(), 'f', QLocale::FloatingPointShortest);
    }
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(cell.toLongLong());
    default:
        return cell.toString();
    }
}

QByteArray toCsv(const NoteRegister &noteRegister)
{
    const QStringList all = headings(noteRegister);
    QHash<QString, int> columnOf;
    for (int column = 0; column < all.size(); ++column)
        columnOf.insert(all.at(column), column);
    const auto line = [](const QStringList &cells) -> QString {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QString &cell : cells)
            fields << csv::field(cell);
        return fields.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    };

    QString text = QStringLiteral("\uFEFF") + line(all);
    for (const RegisterTable &table : noteRegister.tables) {
        for (const QVariantList &row : table.rows) {
            QStringList cells(all.size());
            cells[0] = table.name;
            for (int column = 0; column < row.size() && column < table.headings.size(); ++column)
                cells[columnOf.value(table.headings.at(column))] = cellText(row.at(column));
            text += line(cells);
        }
    }
    return text.toUtf8();
}

bool write(const NoteRegister &noteRegister, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(noteRegister)) < 0 || !file.commit()) {
        if (error)
            *error = RegisterText::tr("Filen %1 kunde inte skrivas: %2")
                         .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

} // namespace avfall::registercsv
