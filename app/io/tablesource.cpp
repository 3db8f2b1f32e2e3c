#include "tablesource.h"

#include "xlsxreader.h"

#include <QFileInfo>

std::optional<TableSource::Table> TableSource::read(const QByteArray &content,
    const QString &fileName, QString *error, int sheet,
    const std::function<bool(int, int)> &progress)
{
    Table table;
    if (!XlsxReader::isZip(content) && !XlsxReader::isOle2(content)) {
        std::optional<QList<CsvReader::Record>> records
            = CsvReader::records(content, fileName, error, &table.legacy);
        if (!records)
            return std::nullopt;
        table.records = std::move(*records);
        return table;
    }
    table.kind = Kind::Xlsx;
    XlsxReader reader(content, fileName);
    if (!reader.open(error))
        return std::nullopt;
    table.sheetNames = reader.sheetNames();
    table.sheet = sheet >= 0 && sheet < table.sheetNames.size() ? sheet : 0;
    std::optional<QList<CsvReader::Record>> records = reader.records(table.sheet, error, progress);
    if (!records)
        return std::nullopt;
    table.records = std::move(*records);
    table.legacy = reader.legacy();
    return table;
}

std::optional<TableSource::Table> TableSource::readFile(
    const QString &path, QString *error, int sheet)
{
    const std::optional<QByteArray> content = CsvReader::readFile(path, error);
    if (!content)
        return std::nullopt;
    return read(*content, QFileInfo(path).fileName(), error, sheet);
}

QStringList TableSource::sheetNames(const QByteArray &content, const QString &fileName)
{
    if (!XlsxReader::isZip(content))
        return {};
    XlsxReader reader(content, fileName);
    return reader.open(nullptr) ? reader.sheetNames() : QStringList();
}

QString TableSource::fileFilter()
{
    return tr("Lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;"
              "All files (*)");
}
