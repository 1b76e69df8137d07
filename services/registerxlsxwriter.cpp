#include "services/registerxlsxwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>

namespace avfall::registerxlsx {

namespace {

// Writes one workbook; remembers the first error of libxlsxwriter, which keeps going after one.
class Workbook
{
public:
    explicit Workbook(const QString &fileName)
        : m_book(workbook_new(QFile::encodeName(fileName).constData()))
    {
        if (m_book) {
            m_bold = workbook_add_format(m_book);
            format_set_bold(m_bold);
        }
    }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    bool isOpen() const { return m_book; }

    lxw_worksheet *addSheet(const QString &name)
    {
        lxw_worksheet *sheet = workbook_add_worksheet(m_book, name.toUtf8().constData());
        if (!sheet)
            fail(LXW_ERROR_MEMORY_MALLOC_FAILED);
        return sheet;
    }

    void text(lxw_worksheet *sheet, int row, int column, const QString &value, bool bold = false)
    {
        if (sheet && !value.isEmpty())
            fail(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(),
                                        bold ? m_bold : nullptr));
    }

    void cell(lxw_worksheet *sheet, int row, int column, const QVariant &value)
    {
        switch (value.typeId()) {
        case QMetaType::Double:
        case QMetaType::LongLong:
        case QMetaType::Int:
            if (sheet)
                fail(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value.toDouble(),
                                            nullptr));
            break;
        default:
            text(sheet, row, column, value.toString());
        }
    }

    void headings(lxw_worksheet *sheet, const QStringList &headings, int rows)
    {
        if (!sheet)
            return;
        for (int column = 0; column < headings.size(); ++column) {
            text(sheet, 0, column, headings.at(column), true);
            const double width = std::clamp(double(headings.at(column).size()) + 2, 10.0, 45.0);
            fail(worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr));
        }
        worksheet_freeze_panes(sheet, 1, 0);
        if (!headings.isEmpty())
            fail(worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows), lxw_col_t(headings.size() - 1)));
    }

    // Closes the file; the first error of all, if any.
    lxw_error close()
    {
        const lxw_error closed = workbook_close(m_book);
        m_book = nullptr;
        return m_error != LXW_NO_ERROR ? m_error : closed;
    }

private:
    void fail(lxw_error error)
    {
        if (m_error == LXW_NO_ERROR)
            m_error = error;
    }

    lxw_workbook *m_book;
    lxw_format *m_bold = nullptr;
    lxw_error m_error = LXW_NO_ERROR;
};

void writeOverview(Workbook &book, const NoteRegister &noteRegister)
{
    lxw_worksheet *sheet = book.addSheet(RegisterText::tr("Översikt"));
    if (!sheet)
        return;
    worksheet_set_column(sheet, 0, 0, 32, nullptr);
    worksheet_set_column(sheet, 1, 3, 26, nullptr);
    int row = 0;
    book.text(sheet, row++, 0, RegisterText::tr("Register över egna anteckningar om farligt avfall"), true);
    const QList<std::pair<QString, QString>> facts = {
        {RegisterText::tr("Verksamhet"), noteRegister.company.name},
        {RegisterText::tr("Organisationsnummer"), noteRegister.company.organisationNumber},
        {RegisterText::tr("Period"), noteRegister.periodText()},
        {RegisterText::tr("Perioden avser"),
         RegisterText::tr("anteckningens tidpunkt (när anteckningen gjordes), datumet som det står i "
                          "anteckningen")},
        {RegisterText::tr("Miljö"), environmentDisplayName(noteRegister.environment)},
        {RegisterText::tr("Skapad"), noteRegister.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
        {RegisterText::tr("Med"), RegisterText::tr("alla anteckningar som inte är utkast; makuleringar och "
                                                   "rättelser visas på anteckningen de gäller")}};
    for (const auto &[label, value] : facts) {
        book.text(sheet, row, 0, label, true);
        book.text(sheet, row++, 1, value);
    }
    ++row;
    const QStringList headings = {RegisterText::tr("Anteckningstyp"), RegisterText::tr("Flik"),
                                  RegisterText::tr("Antal"), RegisterText::tr("Varav makulerade")};
    for (int column = 0; column < headings.size(); ++column)
        book.text(sheet, row, column, headings.at(column), true);
    ++row;
    for (const RegisterTable &table : noteRegister.tables) {
        const qsizetype cancelled =
            std::count_if(table.rows.cbegin(), table.rows.cend(), [&](const QVariantList &r) {
                return r.value(RegisterTable::CancelledAt).isValid();
            });
        book.text(sheet, row, 0, noteType(table.kind).displayTitle());
        book.text(sheet, row, 1, table.name);
        book.cell(sheet, row, 2, qint64(table.rows.size()));
        book.cell(sheet, row++, 3, qint64(cancelled));
    }
    book.text(sheet, row, 0, RegisterText::tr("Totalt"), true);
    book.cell(sheet, row, 2, qint64(noteRegister.noteCount()));
}

} // namespace

bool write(const NoteRegister &noteRegister, const QString &fileName, QString *error)
{
    // Written beside the target and moved over it at the end: an old file is not lost to a failure.
    QTemporaryFile partial(QFileInfo(fileName).absolutePath() + QStringLiteral("/.avfall-XXXXXX.xlsx"));
    lxw_error result = LXW_ERROR_CREATING_XLSX_FILE;
    if (partial.open()) {
        partial.close();
        Workbook book(partial.fileName());
        if (book.isOpen()) {
            writeOverview(book, noteRegister);
            for (const RegisterTable &table : noteRegister.tables) {
                lxw_worksheet *sheet = book.addSheet(table.name);
                book.headings(sheet, table.headings, int(table.rows.size()));
                for (int row = 0; row < table.rows.size(); ++row) {
                    const QVariantList &cells = table.rows.at(row);
                    for (int column = 0; column < cells.size(); ++column)
                        book.cell(sheet, row + 1, column, cells.at(column));
                }
            }
            result = book.close();
        }
    }
    if (result == LXW_NO_ERROR) {
        QFile::remove(fileName);
        if (partial.rename(fileName)) {
            partial.setAutoRemove(false);
            // As a newly created file would be (QTemporaryFile makes it owner-only).
            QFile::setPermissions(fileName,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
            return true;
        }
        result = LXW_ERROR_CREATING_XLSX_FILE;
    }
    if (error)
        *error = RegisterText::tr("Filen %1 kunde inte skrivas: %2")
                     .arg(QDir::toNativeSeparators(fileName), QString::fromUtf8(lxw_strerror(result)));
    return false;
}

} // namespace avfall::registerxlsx
