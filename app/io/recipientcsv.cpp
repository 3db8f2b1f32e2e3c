#include "recipientcsv.h"

#include "csvreader.h"
#include "tablesource.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

namespace {

using VietnameseText::fold;

enum class Column { Skip, Name, Detail, Achievement };

// The column names of the file format: files are written by Vietnamese offices whatever the
// interface language, so these are vocabulary, not interface text.
const struct
{
    const char *text; // UTF-8, compared folded
    Column column;
} headerWords[] = {
    {"STT", Column::Skip},
    {"TT", Column::Skip},
    {"Họ và tên", Column::Name},
    {"Họ tên", Column::Name},
    {"Tên tập thể", Column::Name},
    {"Tên", Column::Name},
    {"Tập thể, cá nhân", Column::Name},
    {"Chức vụ, đơn vị", Column::Detail},
    {"Chức vụ", Column::Detail},
    {"Đơn vị", Column::Detail},
    {"Thành tích", Column::Achievement},
};

bool fail(QString *error, const QString &sentence)
{
    if (error)
        *error = sentence;
    return false;
}

} // namespace

QString RecipientCsv::Row::outcomeText() const
{
    switch (outcome) {
    case Outcome::Rejected:
        return messages.join(QLatin1Char(' '));
    case Outcome::Collective:
        return tr("Collective of the directory");
    case Outcome::ExistingPerson:
        return tr("Person of the directory");
    case Outcome::NewPerson:
        return tr("New person, added to the directory");
    }
    return QString();
}

int RecipientCsv::Preview::errorCount() const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [](const Row &row) { return row.hasError(); }));
}

std::optional<RecipientCsv::Preview> RecipientCsv::read(const QString &path, const Store &store,
    const QVector<QVariantMap> &listed, QString *error, int sheet)
{
    const std::optional<QByteArray> content = CsvReader::readFile(path, error);
    if (!content)
        return std::nullopt;
    return parse(*content, QFileInfo(path).fileName(), store, listed, error, sheet);
}

std::optional<RecipientCsv::Preview> RecipientCsv::parse(const QByteArray &content,
    const QString &fileName, const Store &store, const QVector<QVariantMap> &listed, QString *error,
    int sheet)
{
    std::optional<TableSource::Table> table = TableSource::read(content, fileName, error, sheet);
    if (!table)
        return std::nullopt;
    const LegacyEncoding legacyEncoding = table->legacy;
    QList<CsvReader::Record> *records = &table->records;
    Preview preview;
    preview.fileName = fileName;
    preview.sheetNames = table->sheetNames;
    preview.sheet = table->sheet;
    if (legacyEncoding != LegacyEncoding::None)
        preview.fileMessages << CsvReader::convertedNotice(legacyEncoding);
    const CsvReader::Record header = records->takeFirst();
    QList<Column> columns;
    QStringList unknown;
    bool named = false;
    for (const QByteArray &bytes : header.fields) {
        const std::optional<QString> text = CsvReader::decoded(bytes);
        if (!text) {
            fail(error, CsvReader::notUtf8(fileName));
            return std::nullopt;
        }
        const QString shown = VietnameseText::nfc(*text).simplified();
        Column column = Column::Skip;
        bool known = shown.isEmpty();
        for (const auto &word : headerWords) {
            if (fold(shown) == fold(QString::fromUtf8(word.text))) {
                column = word.column;
                known = true;
                break;
            }
        }
        if (!known)
            unknown << QStringLiteral("“%1”").arg(shown);
        if (column != Column::Skip && columns.contains(column))
            column = Column::Skip; // only the first of two alike is read
        named = named || column == Column::Name;
        columns << column;
    }
    if (!named) {
        fail(error,
            tr("The first row of “%1” has no “Họ và tên” or “Tên tập thể” column; it must name "
               "the columns.")
                .arg(fileName));
        return std::nullopt;
    }
    if (!unknown.isEmpty())
        preview.fileMessages << tr(
            "%n column(s) not known and ignored: %1.", nullptr, int(unknown.size()))
                                    .arg(unknown.join(QStringLiteral(", ")));

    // The units of the directory by their exact names; who is on the list already.
    QHash<QString, qint64> units;
    auto unitRows
        = store.select(QStringLiteral("SELECT id, name FROM unit ORDER BY id"), {}, error);
    if (!unitRows)
        return std::nullopt;
    while (unitRows->next())
        units.insert(VietnameseText::matchKey(unitRows->value(1).toString()),
            unitRows->value(0).toLongLong());
    QHash<QString, QString> onList; // key -> name as listed
    for (const QVariantMap &row : listed) {
        const QString name = row.value(QStringLiteral("name")).toString();
        if (!row.value(QStringLiteral("unit_id")).isNull())
            onList.insert(
                QStringLiteral("u:") + row.value(QStringLiteral("unit_id")).toString(), name);
        if (!row.value(QStringLiteral("person_id")).isNull()
            && row.value(QStringLiteral("person_id")).typeId() != QMetaType::QString)
            onList.insert(
                QStringLiteral("p:") + row.value(QStringLiteral("person_id")).toString(), name);
        onList.insert(QStringLiteral("n:") + VietnameseText::matchKey(name), name);
    }
    QHash<QString, int> inFile; // key -> the file row that first named it

    for (const CsvReader::Record &record : std::as_const(*records)) {
        if (record.isBlank())
            continue;
        Row row;
        row.fileRow = record.fileRow;
        int removed = 0;
        bool valid = true;
        for (qsizetype i = 0; i < record.fields.size() && i < columns.size(); ++i) {
            if (columns.at(i) == Column::Skip)
                continue;
            if (!CsvReader::decoded(record.fields.at(i)))
                valid = false;
            const QString text = CsvReader::cellText(record.fields.at(i), &removed);
            (columns.at(i) == Column::Name            ? row.name
                    : columns.at(i) == Column::Detail ? row.detail
                                                      : row.achievement)
                = text;
        }
        if (!valid)
            row.messages << tr("This row is not UTF-8 text; type it again in the spreadsheet.");
        else if (row.name.isEmpty())
            row.messages << tr("The row has no name.");
        QStringList keys;
        if (row.messages.isEmpty()) {
            const QString key = VietnameseText::matchKey(row.name);
            keys << QStringLiteral("n:") + key;
            if (const qint64 unit = units.value(key)) {
                row.unitId = unit;
                row.outcome = Outcome::Collective;
                keys << QStringLiteral("u:%1").arg(unit);
            } else {
                QList<std::pair<qint64, QString>> people;
                if (!store.lookup(
                        QStringLiteral("SELECT id, title FROM person WHERE name_key = ? "
                                       "ORDER BY id LIMIT 2"),
                        {key},
                        [&people](const QSqlQuery &person) {
                            people.append(
                                {person.value(0).toLongLong(), person.value(1).toString()});
                        },
                        error))
                    return std::nullopt;
                if (people.size() > 1) {
                    row.messages << tr("Several people in the directory are called “%1”; add "
                                       "this one to the list from the directory.")
                                        .arg(row.name);
                } else if (people.size() == 1) {
                    row.personId = people.first().first;
                    row.outcome = Outcome::ExistingPerson;
                    if (row.detail.isEmpty())
                        row.detail = people.first().second;
                    keys << QStringLiteral("p:%1").arg(row.personId);
                } else {
                    row.outcome = Outcome::NewPerson;
                }
            }
        }
        for (const QString &key : std::as_const(keys)) {
            if (!row.messages.isEmpty())
                break;
            if (onList.contains(key))
                row.messages << tr("“%1” is already on the list.").arg(onList.value(key));
            else if (inFile.contains(key))
                row.messages << tr("“%1” is in the file twice: row %2 names them already.")
                                    .arg(row.name)
                                    .arg(inFile.value(key));
        }
        if (row.messages.isEmpty()) {
            for (const QString &key : std::as_const(keys))
                inFile.insert(key, row.fileRow);
        } else {
            row.outcome = Outcome::Rejected;
        }
        preview.rows << row;
    }
    if (preview.rows.isEmpty()) {
        fail(error, tr("The file “%1” has a header row but no recipients.").arg(fileName));
        return std::nullopt;
    }
    return preview;
}

QList<QVariantMap> RecipientCsv::listRows(const Preview &preview)
{
    if (preview.hasErrors())
        return {};
    QList<QVariantMap> rows;
    for (const Row &row : preview.rows) {
        QVariantMap values {{QStringLiteral("name"), row.name},
            {QStringLiteral("review"), QStringLiteral("pending")}};
        if (!row.detail.isEmpty())
            values.insert(QStringLiteral("detail"), row.detail);
        if (!row.achievement.isEmpty())
            values.insert(QStringLiteral("achievement"), row.achievement);
        if (row.outcome == Outcome::Collective) {
            values.insert(QStringLiteral("recipient_kind"), QStringLiteral("collective"));
            values.insert(QStringLiteral("unit_id"), row.unitId);
        } else {
            values.insert(QStringLiteral("recipient_kind"), QStringLiteral("individual"));
            if (row.personId)
                values.insert(QStringLiteral("person_id"), row.personId);
            else
                values.insert(QStringLiteral("new_person"),
                    QVariantMap {{QStringLiteral("full_name"), row.name},
                        {QStringLiteral("title"),
                            row.detail.isEmpty() ? QVariant() : QVariant(row.detail)}});
        }
        rows << values;
    }
    return rows;
}
