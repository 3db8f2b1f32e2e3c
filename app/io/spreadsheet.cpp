#include "spreadsheet.h"

#include "io/safefile.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringEncoder>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace Spreadsheet {

namespace {

// The sentences of this file, under one translation context.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(Spreadsheet)

public:
    static QString cannotCreate(const QString &path)
    {
        return tr("The workbook “%1” could not be made.").arg(QDir::toNativeSeparators(path));
    }
    static QString notWritten(const QString &path, const QString &why)
    {
        return tr("The workbook “%1” could not be written: %2.")
            .arg(QDir::toNativeSeparators(path), why);
    }
    static QString noLibrary(const QString &why)
    {
        return tr("Excel workbooks cannot be written on this computer: the library libxlsxwriter "
                  "is missing (%1).")
            .arg(why);
    }
    static QString incomplete(const QString &path)
    {
        return tr("The workbook “%1” could not be written whole; the disk may be full. Nothing "
                  "was replaced.")
            .arg(QDir::toNativeSeparators(path));
    }
    static QString defaultSheet() { return tr("List"); }
    //: The printed sheet's footer: &P is the page, &N the number of pages (Excel's codes).
    static QString pageFooter() { return tr("Page &P of &N"); }
};

// Columns are as wide as their longest text, counted in characters (a Vietnamese letter with its
// marks is one), within limits a screen can show; longer text wraps.
constexpr int narrowest = 6;
constexpr int widest = 60;

// Excel's own limits of a sheet's name: 31 characters, none of []:*?/\ .
QString sheetNameOf(const Table &table)
{
    QString name = table.sheetName.isEmpty() ? table.title : table.sheetName;
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('-');
    }
    name = name.trimmed();
    if (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = Words::defaultSheet();
    return name.left(31).trimmed();
}

bool isBlank(const QVariant &value)
{
    return value.isNull() || !value.isValid()
        || (value.typeId() == QMetaType::QString
            && static_cast<const QString *>(value.constData())->isEmpty());
}

QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

// A value as text, the way the sheet shows it.
QString textOf(const QVariant &value, Kind kind)
{
    if (isBlank(value))
        return QString();
    switch (kind) {
    case Kind::Date:
        if (value.typeId() == QMetaType::QDate)
            return dateText(value.toDate());
        break;
    case Kind::Integer: {
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        if (ok)
            return QString::number(number);
        break;
    }
    case Kind::Number: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok)
            return QString::number(number, 'g', 15);
        break;
    }
    case Kind::Text:
        break;
    }
    if (value.typeId() == QMetaType::QDate)
        return dateText(value.toDate());
    return value.toString();
}

// The widest line of a text, in characters (the store keeps text NFC: a Vietnamese letter with
// its marks is one).
int widthOf(const QString &text)
{
    if (!text.contains(QLatin1Char('\n')))
        return int(text.size());
    int width = 0;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n')))
        width = std::max(width, int(line.size()));
    return width;
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// The text of a print header or footer: & is Excel's escape there.
QByteArray headerText(const QString &code, const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
    return utf8(code + escaped).left(250);
}

// libxlsxwriter, loaded when first needed. It writes its zip with the system's minizip, whose
// functions have the same names as those QuaZip carries inside itself (for .odt and .docx), with
// other arguments: linked into one process, the first loaded answers both and the workbook's zip
// crashes in QuaZip. Loaded with its own symbols first (RTLD_DEEPBIND), it finds its minizip.
// (Windows looks each DLL's imports up in that DLL: the hint changes nothing there.)
struct Library
{
    decltype(&::workbook_new_opt) workbook_new_opt = nullptr;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
    decltype(&::workbook_add_format) workbook_add_format = nullptr;
    decltype(&::workbook_close) workbook_close = nullptr;
    decltype(&::format_set_bold) format_set_bold = nullptr;
    decltype(&::format_set_font_color) format_set_font_color = nullptr;
    decltype(&::format_set_font_size) format_set_font_size = nullptr;
    decltype(&::format_set_text_wrap) format_set_text_wrap = nullptr;
    decltype(&::format_set_align) format_set_align = nullptr;
    decltype(&::format_set_bg_color) format_set_bg_color = nullptr;
    decltype(&::format_set_bottom) format_set_bottom = nullptr;
    decltype(&::format_set_num_format) format_set_num_format = nullptr;
    decltype(&::format_set_italic) format_set_italic = nullptr;
    decltype(&::worksheet_set_column) worksheet_set_column = nullptr;
    decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
    decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
    decltype(&::worksheet_write_datetime) worksheet_write_datetime = nullptr;
    decltype(&::worksheet_set_header) worksheet_set_header = nullptr;
    decltype(&::worksheet_set_footer) worksheet_set_footer = nullptr;
    decltype(&::worksheet_freeze_panes) worksheet_freeze_panes = nullptr;
    decltype(&::worksheet_autofilter) worksheet_autofilter = nullptr;
    decltype(&::worksheet_repeat_rows) worksheet_repeat_rows = nullptr;
    decltype(&::worksheet_set_landscape) worksheet_set_landscape = nullptr;
    decltype(&::worksheet_set_paper) worksheet_set_paper = nullptr;
    decltype(&::worksheet_fit_to_pages) worksheet_fit_to_pages = nullptr;
    decltype(&::lxw_strerror) lxw_strerror = nullptr;
    QString error;

    Library()
    {
        QLibrary library;
#ifdef Q_OS_WIN
        library.setFileName(QStringLiteral("xlsxwriter"));
#else
        library.setFileNameAndVersion(QStringLiteral("xlsxwriter"), 4);
#endif
        library.setLoadHints(QLibrary::DeepBindHint);
        if (!library.load()) {
            error = library.errorString();
            return;
        }
        const auto resolve = [&library, this](auto &function, const char *name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(
                library.resolve(name));
            if (!function && error.isEmpty())
                error = library.errorString();
        };
        resolve(workbook_new_opt, "workbook_new_opt");
        resolve(workbook_add_worksheet, "workbook_add_worksheet");
        resolve(workbook_add_format, "workbook_add_format");
        resolve(workbook_close, "workbook_close");
        resolve(format_set_bold, "format_set_bold");
        resolve(format_set_font_color, "format_set_font_color");
        resolve(format_set_font_size, "format_set_font_size");
        resolve(format_set_text_wrap, "format_set_text_wrap");
        resolve(format_set_align, "format_set_align");
        resolve(format_set_bg_color, "format_set_bg_color");
        resolve(format_set_bottom, "format_set_bottom");
        resolve(format_set_num_format, "format_set_num_format");
        resolve(format_set_italic, "format_set_italic");
        resolve(worksheet_set_column, "worksheet_set_column");
        resolve(worksheet_write_string, "worksheet_write_string");
        resolve(worksheet_write_number, "worksheet_write_number");
        resolve(worksheet_write_datetime, "worksheet_write_datetime");
        resolve(worksheet_set_header, "worksheet_set_header");
        resolve(worksheet_set_footer, "worksheet_set_footer");
        resolve(worksheet_freeze_panes, "worksheet_freeze_panes");
        resolve(worksheet_autofilter, "worksheet_autofilter");
        resolve(worksheet_repeat_rows, "worksheet_repeat_rows");
        resolve(worksheet_set_landscape, "worksheet_set_landscape");
        resolve(worksheet_set_paper, "worksheet_set_paper");
        resolve(worksheet_fit_to_pages, "worksheet_fit_to_pages");
        resolve(lxw_strerror, "lxw_strerror");
    }
    bool isLoaded() const
    {
        return error.isEmpty();
    }
};

const Library &lxw()
{
    static const Library library;
    return library;
}

class Workbook
{
public:
    Workbook(const QString &path, const QByteArray &temporaryFolder)
        : m_folder(temporaryFolder)
    {
        lxw_workbook_options options {};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_folder.data();
        m_workbook = lxw().workbook_new_opt(QFile::encodeName(path).constData(), &options);
    }
    ~Workbook()
    {
        // A workbook left unclosed after a failure is closed all the same (its file is the
        // temporary one, removed by SafeFile).
        if (m_workbook)
            lxw().workbook_close(m_workbook);
    }
    lxw_workbook *get() const { return m_workbook; }
    lxw_error close()
    {
        const lxw_error result = lxw().workbook_close(m_workbook);
        m_workbook = nullptr;
        return result;
    }

private:
    QByteArray m_folder;
    lxw_workbook *m_workbook = nullptr;
};

// Whether the workbook is whole: libxlsxwriter does not check its writes (a full disk gives a
// zip cut short, or a sheet cut short inside a sound zip). Every part is read back against its
// checksum, and the sheet must end as a sheet ends.
bool isWhole(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return false;
    bool sheet = false;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile part(&zip);
        if (!part.open(QIODevice::ReadOnly))
            return false;
        // (Read into one buffer, keeping the last bytes only: the sheet of 100,000 rows is
        // tens of megabytes.)
        static constexpr int tailSize = 32;
        char buffer[(1 << 16) + tailSize];
        qint64 kept = 0;
        for (;;) {
            const qint64 read = part.read(buffer + kept, 1 << 16);
            if (read < 0)
                return false;
            if (read == 0)
                break;
            const qint64 filled = kept + read;
            kept = std::min<qint64>(filled, tailSize);
            std::memmove(buffer, buffer + filled - kept, size_t(kept));
        }
        const QByteArray tail(buffer, int(kept));
        part.close();
        if (part.getZipError() != UNZ_OK)
            return false;
        if (zip.getCurrentFileName() == QLatin1String("xl/worksheets/sheet1.xml")) {
            sheet = tail.trimmed().endsWith("</worksheet>");
            if (!sheet)
                return false;
        }
    }
    return sheet && zip.getZipError() == UNZ_OK;
}

bool writeXlsx(const Table &table, const QString &path, QString *error)
{
    if (!lxw().isLoaded()) {
        *error = Words::noLibrary(lxw().error);
        return false;
    }
    Workbook workbook(path, QFile::encodeName(QDir::toNativeSeparators(QDir::tempPath())));
    if (!workbook.get()) {
        *error = Words::cannotCreate(path);
        return false;
    }
    lxw_workbook *book = workbook.get();
    const QByteArray sheetName = utf8(sheetNameOf(table));
    lxw_worksheet *sheet = lxw().workbook_add_worksheet(book, sheetName.constData());
    if (!sheet) {
        *error = Words::cannotCreate(path);
        return false;
    }

    lxw_format *markFormat = lxw().workbook_add_format(book);
    lxw().format_set_bold(markFormat);
    lxw().format_set_font_color(markFormat, 0xC00000);
    lxw_format *titleFormat = lxw().workbook_add_format(book);
    lxw().format_set_bold(titleFormat);
    lxw().format_set_font_size(titleFormat, 13);
    lxw_format *headerFormat = lxw().workbook_add_format(book);
    lxw().format_set_bold(headerFormat);
    lxw().format_set_text_wrap(headerFormat);
    lxw().format_set_align(headerFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw().format_set_bg_color(headerFormat, 0xE7E6E6);
    lxw().format_set_bottom(headerFormat, LXW_BORDER_THIN);
    lxw_format *dateFormat = lxw().workbook_add_format(book);
    lxw().format_set_num_format(dateFormat, "dd/mm/yyyy");
    lxw().format_set_align(dateFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *textFormat = lxw().workbook_add_format(book);
    lxw().format_set_align(textFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *wrapFormat = lxw().workbook_add_format(book);
    lxw().format_set_text_wrap(wrapFormat);
    lxw().format_set_align(wrapFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *integerFormat = lxw().workbook_add_format(book);
    lxw().format_set_num_format(integerFormat, "0");
    lxw().format_set_align(integerFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *numberFormat = lxw().workbook_add_format(book);
    lxw().format_set_align(numberFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *footerFormat = lxw().workbook_add_format(book);
    lxw().format_set_italic(footerFormat);

    const Library &x = lxw();
    const int columns = int(table.columns.size());
    // The widths grow as the rows are written (one pass: each cell's text made once) and are
    // set after them: libxlsxwriter writes a sheet's columns when it closes the workbook, even
    // in constant memory.
    QList<int> widths;
    for (const Column &column : table.columns) {
        // The header's filter button takes about two characters.
        int width = 0;
        for (const QString &word : column.header.split(QLatin1Char(' ')))
            width = std::max(width, widthOf(word));
        widths << std::max(width + 2, std::min(widthOf(column.header), 24) + 2);
    }

    lxw_error result = LXW_NO_ERROR;
    const auto ok = [&result](lxw_error e) {
        if (e != LXW_NO_ERROR && result == LXW_NO_ERROR)
            result = e;
    };
    lxw_row_t at = 0;
    if (!table.secrecy.isEmpty()) {
        ok(x.worksheet_write_string(sheet, at++, 0, utf8(table.secrecy).constData(), markFormat));
        ok(x.worksheet_set_header(
            sheet, headerText(QStringLiteral("&C&\"-,Bold\"&12"), table.secrecy).constData()));
    }
    if (!table.title.isEmpty())
        ok(x.worksheet_write_string(sheet, at++, 0, utf8(table.title).constData(), titleFormat));
    const lxw_row_t header = at;
    for (int c = 0; c < columns; ++c)
        ok(x.worksheet_write_string(sheet, header, lxw_col_t(c),
            utf8(table.columns.at(c).header).constData(), headerFormat));
    ++at;
    // Each text into one buffer, in UTF-8 (libxlsxwriter copies it).
    QStringEncoder encoder(QStringEncoder::Utf8);
    QByteArray bytes;
    for (const QVariantList &row : table.rows) {
        const int cells = std::min(columns, int(row.size()));
        for (int c = 0; c < cells; ++c) {
            const QVariant &value = row.at(c);
            if (isBlank(value))
                continue;
            const Kind kind = table.columns.at(c).kind;
            const lxw_col_t col = lxw_col_t(c);
            int width = 0;
            if (kind == Kind::Date && value.typeId() == QMetaType::QDate) {
                const QDate date = value.toDate();
                // Excel's dates begin in 1900.
                if (date.isValid() && date.year() >= 1900 && date.year() <= 9999) {
                    lxw_datetime when {date.year(), date.month(), date.day(), 0, 0, 0};
                    ok(x.worksheet_write_datetime(sheet, at, col, &when, dateFormat));
                    width = 10;
                }
            } else if (kind == Kind::Integer || kind == Kind::Number) {
                bool number = false;
                const double d = value.toDouble(&number);
                if (number) {
                    ok(x.worksheet_write_number(
                        sheet, at, col, d, kind == Kind::Integer ? integerFormat : numberFormat));
                    width = widthOf(textOf(value, kind));
                }
            }
            if (width == 0) {
                const QString text = textOf(value, kind);
                width = widthOf(text);
                const qsizetype needed = encoder.requiredSpace(text.size()) + 1;
                if (bytes.size() < needed)
                    bytes.resize(needed);
                *encoder.appendToBuffer(bytes.data(), text) = '\0';
                // Text wider than the widest column wraps, as does text of several lines.
                const bool wrap = width + 1 > widest || text.contains(QLatin1Char('\n'));
                ok(x.worksheet_write_string(
                    sheet, at, col, bytes.constData(), wrap ? wrapFormat : textFormat));
            }
            if (width + 1 > widths.at(c))
                widths[c] = width + 1;
        }
        ++at;
        if (result != LXW_NO_ERROR)
            break;
    }
    for (int c = 0; c < columns; ++c) {
        const int width = std::clamp(widths.at(c), narrowest, widest);
        ok(x.worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width + 0.7, nullptr));
    }
    const lxw_row_t last = at - 1;
    if (!table.footer.isEmpty())
        ok(lxw().worksheet_write_string(
            sheet, ++at, 0, utf8(table.footer).constData(), footerFormat));
    if (columns > 0) {
        lxw().worksheet_freeze_panes(sheet, header + 1, 0);
        ok(lxw().worksheet_autofilter(sheet, header, 0, last, lxw_col_t(columns - 1)));
        ok(lxw().worksheet_repeat_rows(sheet, header, header));
    }
    lxw().worksheet_set_landscape(sheet);
    lxw().worksheet_set_paper(sheet, 9); // A4
    lxw().worksheet_fit_to_pages(sheet, 1, 0);
    {
        // The page codes of the footer are Excel's own: not escaped.
        const QByteArray footer = utf8(QStringLiteral("&C") + Words::pageFooter());
        ok(lxw().worksheet_set_footer(sheet, footer.constData()));
    }
    if (result != LXW_NO_ERROR) {
        *error = Words::notWritten(path, QString::fromUtf8(lxw().lxw_strerror(result)));
        return false;
    }
    const lxw_error closed = workbook.close();
    if (closed != LXW_NO_ERROR) {
        *error = Words::notWritten(path, QString::fromUtf8(lxw().lxw_strerror(closed)));
        return false;
    }
    if (!isWhole(path)) {
        *error = Words::incomplete(path);
        return false;
    }
    return true;
}

} // namespace

int headerRow(const Table &table)
{
    return (table.secrecy.isEmpty() ? 0 : 1) + (table.title.isEmpty() ? 0 : 1);
}

QByteArray csv(const Table &table)
{
    // Straight into the bytes of the file, a field at a time (a text of the whole file, joined
    // row by row and converted at the end, took as long again).
    // The byte order mark tells Excel the file is UTF-8 (without it, it reads the code page).
    QByteArray bytes("\xEF\xBB\xBF");
    bytes.reserve(qsizetype(table.rows.size()) * 16 * std::max(1, int(table.columns.size())));
    // A field as Excel writes one: quoted when it holds a comma, a quote or a line break, its
    // quotes doubled.
    const auto field = [&bytes](const QString &text) {
        if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
            && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))) {
            bytes += text.toUtf8();
            return;
        }
        bytes += '"';
        QString quoted = text;
        bytes += quoted.replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8();
        bytes += '"';
    };
    if (!table.secrecy.isEmpty()) {
        field(table.secrecy);
        bytes += "\r\n";
    }
    if (!table.title.isEmpty()) {
        field(table.title);
        bytes += "\r\n";
    }
    for (int c = 0; c < table.columns.size(); ++c) {
        if (c > 0)
            bytes += ',';
        field(table.columns.at(c).header);
    }
    bytes += "\r\n";
    for (const QVariantList &row : table.rows) {
        for (int c = 0; c < table.columns.size(); ++c) {
            if (c > 0)
                bytes += ',';
            field(textOf(row.value(c), table.columns.at(c).kind));
        }
        bytes += "\r\n";
    }
    if (!table.footer.isEmpty()) {
        bytes += "\r\n";
        field(table.footer);
        bytes += "\r\n";
    }
    return bytes;
}

bool write(const Table &table, const QString &path, QString *error)
{
    QString ignored;
    QString *sentence = error ? error : &ignored;
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return SafeFile::write(path, csv(table), sentence);
    return SafeFile::produce(
        path,
        [&table](
            const QString &temporary, QString *why) { return writeXlsx(table, temporary, why); },
        sentence);
}

Table fromModel(QAbstractItemModel *model, const QList<int> &wanted)
{
    Table table;
    if (!model)
        return table;
    // Every row, not only those a view has shown so far.
    while (model->canFetchMore(QModelIndex())) {
        const int before = model->rowCount();
        model->fetchMore(QModelIndex());
        if (model->rowCount() == before)
            break;
    }
    QList<int> columns = wanted;
    if (columns.isEmpty()) {
        for (int c = 0; c < model->columnCount(); ++c)
            columns << c;
    }
    const int rows = model->rowCount();
    table.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QVariantList row;
        row.reserve(columns.size());
        for (const int c : std::as_const(columns)) {
            const QModelIndex index = model->index(r, c);
            QVariant value = model->data(index, ValueRole);
            if (!value.isValid())
                value = model->data(index, Qt::DisplayRole);
            row << value;
        }
        table.rows << row;
    }
    for (int i = 0; i < columns.size(); ++i) {
        bool dates = true, integers = true, numbers = true, any = false;
        for (const QVariantList &row : std::as_const(table.rows)) {
            const QVariant &value = row.at(i);
            if (isBlank(value))
                continue;
            any = true;
            const int type = value.typeId();
            const bool integral = type == QMetaType::Int || type == QMetaType::LongLong
                || type == QMetaType::UInt || type == QMetaType::ULongLong;
            dates = dates && type == QMetaType::QDate;
            integers = integers && integral;
            numbers = numbers && (integral || type == QMetaType::Double);
            if (!dates && !numbers)
                break;
        }
        Column column {model->headerData(columns.at(i), Qt::Horizontal).toString()};
        if (any)
            column.kind = dates ? Kind::Date
                : integers      ? Kind::Integer
                : numbers       ? Kind::Number
                                : Kind::Text;
        table.columns << column;
    }
    return table;
}

} // namespace Spreadsheet
