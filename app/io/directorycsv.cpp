#include "directorycsv.h"

#include "csvreader.h"
#include "importwords.h"
#include "tablesource.h"

#include "core/clock.h"
#include "core/labels.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

using VietnameseText::fold;
using VietnameseText::matchKey;

enum class Column {
    Skip,
    Unstored, // known, but the directory has no place for it (a birth date)
    Name,
    Gender,
    Title,
    Unit, // a person's unit, a unit's superior
    Phone,
    Email,
    AdmittedOn,
    OfficialOn,
    ShortName,
    Kind,
    IssuerCode,
    PlaceName,
    ValidFrom,
    ValidTo,
    Note,
};

struct HeaderWord
{
    const char *text; // UTF-8, compared folded
    Column column;
};

// The column names of the file format: files are written by Vietnamese offices whatever the
// interface language, so these are vocabulary, not interface text.
const HeaderWord commonWords[] = {
    {"STT", Column::Skip},
    {"TT", Column::Skip},
    {"Số TT", Column::Skip},
    {"Số thứ tự", Column::Skip},
    {"Ghi chú", Column::Note},
};

const HeaderWord personWords[] = {
    {"Họ và tên", Column::Name},
    {"Họ tên", Column::Name},
    {"Giới tính", Column::Gender},
    {"Chức vụ", Column::Title},
    {"Đơn vị", Column::Unit},
    {"Đơn vị công tác", Column::Unit},
    {"Điện thoại", Column::Phone},
    {"Số điện thoại", Column::Phone},
    {"Email", Column::Email},
    {"E-mail", Column::Email},
    {"Thư điện tử", Column::Email},
    {"Ngày vào Đảng", Column::AdmittedOn},
    {"Ngày kết nạp", Column::AdmittedOn},
    {"Ngày kết nạp Đảng", Column::AdmittedOn},
    {"Ngày chính thức", Column::OfficialOn},
    {"Ngày vào Đảng chính thức", Column::OfficialOn},
    {"Ngày công nhận chính thức", Column::OfficialOn},
    {"Ngày sinh", Column::Unstored},
    {"Năm sinh", Column::Unstored},
};

const HeaderWord unitWords[] = {
    {"Tên đơn vị", Column::Name},
    {"Đơn vị", Column::Name},
    {"Tên", Column::Name},
    {"Tên viết tắt", Column::ShortName},
    {"Tên ngắn", Column::ShortName},
    {"Viết tắt", Column::ShortName},
    {"Loại", Column::Kind},
    {"Loại đơn vị", Column::Kind},
    {"Đơn vị cấp trên", Column::Unit},
    {"Cấp trên", Column::Unit},
    {"Trực thuộc", Column::Unit},
    {"Ký hiệu", Column::IssuerCode},
    {"Ký hiệu văn bản", Column::IssuerCode},
    {"Địa danh", Column::PlaceName},
    {"Từ ngày", Column::ValidFrom},
    {"Hiệu lực từ", Column::ValidFrom},
    {"Đến ngày", Column::ValidTo},
    {"Hiệu lực đến", Column::ValidTo},
};

using ImportWords::codeFor;
using ImportWords::suggestedWords;
using ImportWords::Word;

// The first word of each code is the one a message suggests.
const Word genderWords[] = {
    {"Nam", "male"},
    {"Nữ", "female"},
};

const Word kindWords[] = {
    {"Cấp ủy", "party_committee"},
    {"Ban Thường vụ", "standing_board"},
    {"Cơ quan Trung ương", "central_body"},
    {"Cơ quan tham mưu", "advisory_body"},
    {"Tiểu ban", "subcommittee"},
    {"Ban chỉ đạo", "subcommittee"},
    {"Tổ chức đảng", "party_organization"},
    {"Đảng bộ", "party_organization"},
    {"Chi bộ", "party_organization"},
    {"Cơ quan nhà nước", "state_agency"},
    {"Đoàn thể", "mass_organization"},
    {"Mặt trận Tổ quốc", "mass_organization"},
    {"Khác", "other"},
};

bool fail(QString *error, const QString &sentence)
{
    if (error)
        *error = sentence;
    return false;
}

// Every so many rows, the one asking hears how far the work is.
constexpr int progressStep = 100;

// Adding a row (its audit entry, its derived columns) costs about a millisecond on an office
// PC: the import reports more often than the reading, to keep the window's repaint under 0.2 s.
constexpr int applyStep = 20;

bool goOn(const DirectoryCsv::Progress &progress, int done, int total, int step = progressStep)
{
    return !progress || done % step != 0 || progress(done, total);
}

struct UnitEntry
{
    qint64 id = 0;
    qint64 parentId = 0;
    bool current = true;
};

// Reading one file against the directory.
class Reader
{
public:
    Reader(const Store &store, DirectoryCsv::Preview *preview)
        : m_store(store)
        , m_preview(*preview)
        , m_people(preview->kind == DirectoryCsv::Kind::People)
    { }

    bool readHeader(
        const CsvReader::Record &header, const QList<CsvReader::Record> &records, QString *error);
    bool loadDirectory(QString *error);
    void readRow(const CsvReader::Record &record);

private:
    void understandDates(DirectoryCsv::Row &row, const QHash<Column, QString> &cells) const;
    // The unit a row names (a person's, a unit's superior): found in the directory or, for a
    // superior, an earlier row of the file. False with a message when not.
    bool identifyUnit(DirectoryCsv::Row &row) const;
    void identifyPerson(DirectoryCsv::Row &row);
    void identifyUnitRow(DirectoryCsv::Row &row);

    const Store &m_store;
    DirectoryCsv::Preview &m_preview;
    const bool m_people;
    QList<Column> m_columns;
    QHash<QString, QList<UnitEntry>> m_units; // by match key of the name
    QHash<QString, QList<std::pair<qint64, qint64>>> m_persons; // name key -> (id, unit id)
    QHash<QString, int> m_newUnits; // a unit added by the file, by match key -> its row
    QHash<QString, int> m_firstRowOf; // who a row stands for -> the row that first named them
};

bool Reader::readHeader(
    const CsvReader::Record &header, const QList<CsvReader::Record> &records, QString *error)
{
    const QString &fileName = m_preview.fileName;
    QSet<Column> seen;
    QStringList unknown;
    QStringList unstored;
    for (const QByteArray &bytes : header.fields) {
        const std::optional<QString> text = CsvReader::decoded(bytes);
        if (!text)
            return fail(error, CsvReader::notUtf8(fileName));
        const QString shown = VietnameseText::nfc(*text).simplified();
        const QString folded = fold(shown);
        Column column = Column::Skip;
        bool known = shown.isEmpty();
        const auto look = [&](const HeaderWord *begin, const HeaderWord *end) {
            for (const HeaderWord *word = begin; !known && word != end; ++word) {
                if (folded == fold(QString::fromUtf8(word->text))) {
                    column = word->column;
                    known = true;
                }
            }
        };
        look(std::begin(commonWords), std::end(commonWords));
        if (m_people)
            look(std::begin(personWords), std::end(personWords));
        else
            look(std::begin(unitWords), std::end(unitWords));
        if (!known) {
            unknown << QStringLiteral("“%1”").arg(shown);
        } else if (column == Column::Unstored) {
            unstored << QStringLiteral("“%1”").arg(shown);
            column = Column::Skip;
        } else if (column != Column::Skip && seen.contains(column)) {
            m_preview.fileMessages
                << DirectoryCsv::tr("The column “%1” appears twice; only the first one is read.")
                       .arg(shown);
            column = Column::Skip;
        }
        seen.insert(column);
        m_columns << column;
    }
    // A file written in another encoding is refused as a whole.
    if (CsvReader::inAnotherEncoding(records))
        return fail(error, CsvReader::notUtf8(fileName));
    if (!seen.contains(Column::Name))
        return fail(error,
            m_people ? DirectoryCsv::tr("The first row of “%1” has no “Họ và tên” column; it must "
                                        "name the columns.")
                           .arg(fileName)
                     : DirectoryCsv::tr("The first row of “%1” has no “Tên đơn vị” column; it "
                                        "must name the columns.")
                           .arg(fileName));
    if (!unstored.isEmpty())
        m_preview.fileMessages.prepend(
            DirectoryCsv::tr("The directory keeps no birth date: %1 not read.")
                .arg(unstored.join(QStringLiteral(", "))));
    if (!unknown.isEmpty())
        m_preview.fileMessages.prepend(DirectoryCsv::tr(
            "%n column(s) not known and ignored: %1.", nullptr, int(unknown.size()))
                                           .arg(unknown.join(QStringLiteral(", "))));
    return true;
}

bool Reader::loadDirectory(QString *error)
{
    // One read of each table, not one query per row: a file may have tens of thousands of rows.
    const QString today = m_store.clock()->today().toString(Qt::ISODate);
    auto units = m_store.select(
        QStringLiteral("SELECT id, name, valid_to, successor_id, parent_id FROM unit"), {}, error);
    if (!units)
        return false;
    while (units->next()) {
        const QString validTo = units->value(2).toString();
        m_units[matchKey(units->value(1).toString())].append(
            {units->value(0).toLongLong(), units->value(4).toLongLong(),
                (validTo.isEmpty() || validTo >= today) && units->value(3).isNull()});
    }
    if (!m_people)
        return true;
    auto people
        = m_store.select(QStringLiteral("SELECT id, name_key, unit_id FROM person"), {}, error);
    if (!people)
        return false;
    while (people->next())
        m_persons[people->value(1).toString()].append(
            {people->value(0).toLongLong(), people->value(2).toLongLong()});
    return true;
}

void Reader::understandDates(DirectoryCsv::Row &row, const QHash<Column, QString> &cells) const
{
    const struct
    {
        Column column;
        const char *field;
        const char *header; // the column as the message names it
    } dates[] = {
        {Column::AdmittedOn, "admitted_on", "Ngày vào Đảng"},
        {Column::OfficialOn, "official_on", "Ngày chính thức"},
        {Column::ValidFrom, "valid_from", "Từ ngày"},
        {Column::ValidTo, "valid_to", "Đến ngày"},
    };
    const int year = m_store.clock()->today().year();
    for (const auto &date : dates) {
        const QString text = cells.value(date.column);
        if (text.isEmpty())
            continue;
        QString sentence;
        const std::optional<QDate> parsed = VietnameseText::parseFormDate(text, &sentence, year);
        if (!parsed) {
            row.messages << DirectoryCsv::tr("“%1” in the column “%2” is not a date: %3")
                                .arg(text, QString::fromUtf8(date.header), sentence);
            continue;
        }
        row.values.insert(QLatin1String(date.field), parsed->toString(Qt::ISODate));
    }
    const auto before = [&row](const char *earlier, const char *later) {
        const QString first = row.values.value(QLatin1String(earlier)).toString();
        const QString second = row.values.value(QLatin1String(later)).toString();
        return !first.isEmpty() && !second.isEmpty() && second < first;
    };
    if (before("admitted_on", "official_on"))
        row.messages << DirectoryCsv::tr("The date of full membership is before the date of "
                                         "admission to the Party.");
    if (before("valid_from", "valid_to"))
        row.messages << DirectoryCsv::tr("The unit's validity ends before it begins.");
}

bool Reader::identifyUnit(DirectoryCsv::Row &row) const
{
    if (row.unitName.isEmpty())
        return true;
    const QString key = matchKey(row.unitName);
    QList<UnitEntry> candidates = m_units.value(key);
    if (candidates.size() > 1) {
        // A renamed or merged unit keeps its old name on its old record.
        QList<UnitEntry> current;
        for (const UnitEntry &unit : std::as_const(candidates)) {
            if (unit.current)
                current << unit;
        }
        if (!current.isEmpty())
            candidates = current;
    }
    if (candidates.size() == 1) {
        row.unitId = candidates.first().id;
        return true;
    }
    if (candidates.size() > 1) {
        row.messages << DirectoryCsv::tr("Several units in the directory are called “%1”; give "
                                         "them different names there first.")
                            .arg(row.unitName);
        return false;
    }
    if (!m_people && m_newUnits.contains(key)) {
        row.parentRow = m_newUnits.value(key);
        return true;
    }
    row.messages << (m_people ? DirectoryCsv::tr("There is no unit “%1” in the directory; add it "
                                                 "there first or correct the name.")
                                    .arg(row.unitName)
                              : DirectoryCsv::tr("There is no unit “%1” in the directory nor in "
                                                 "an earlier row of the file; add it first or "
                                                 "correct the name.")
                                    .arg(row.unitName));
    return false;
}

void Reader::identifyPerson(DirectoryCsv::Row &row)
{
    const QString key = matchKey(row.name);
    const QString who = QStringLiteral("%1|%2").arg(key).arg(row.unitId);
    const int earlier = m_firstRowOf.value(who);
    if (earlier) {
        row.messages << DirectoryCsv::tr("This row repeats row %1.").arg(earlier);
        return;
    }
    m_firstRowOf.insert(who, row.fileRow);
    for (const auto &[id, unitId] : m_persons.value(key)) {
        if (row.unitId == 0 || unitId == row.unitId) {
            row.existingId = id;
            return;
        }
    }
}

void Reader::identifyUnitRow(DirectoryCsv::Row &row)
{
    const QString key = matchKey(row.name);
    const QString under
        = row.parentRow ? QStringLiteral("row:%1").arg(row.parentRow) : QString::number(row.unitId);
    const QString who = key + QLatin1Char('|') + under;
    const int earlier = m_firstRowOf.value(who);
    if (earlier) {
        row.messages << DirectoryCsv::tr("This row repeats row %1.").arg(earlier);
        return;
    }
    m_firstRowOf.insert(who, row.fileRow);
    if (row.parentRow == 0) {
        for (const UnitEntry &unit : m_units.value(key)) {
            if (row.unitId == 0 || unit.parentId == row.unitId) {
                row.existingId = unit.id;
                return;
            }
        }
    }
}

void Reader::readRow(const CsvReader::Record &record)
{
    DirectoryCsv::Row row;
    row.fileRow = record.fileRow;
    QHash<Column, QString> cells;
    bool valid = true;
    int removed = 0;
    for (qsizetype i = 0; i < record.fields.size() && i < m_columns.size(); ++i) {
        const Column column = m_columns.at(i);
        if (column == Column::Skip)
            continue;
        const QByteArray &bytes = record.fields.at(i);
        if (!CsvReader::decoded(bytes))
            valid = false;
        cells.insert(column, CsvReader::cellText(bytes, &removed));
    }
    if (removed > 0)
        row.notes << DirectoryCsv::tr(
            "%n invisible control character(s) removed from this row.", nullptr, removed);
    if (record.unclosedQuote)
        row.messages << DirectoryCsv::tr("A quotation mark opened in this row is never closed, "
                                         "so the rest of the file was read as one value.");
    if (!valid) {
        row.messages << DirectoryCsv::tr("This row is not valid UTF-8 (some letters are "
                                         "garbled); retype them, or save the file as CSV UTF-8.");
        m_preview.rows << row;
        return;
    }
    row.name = cells.value(Column::Name);
    row.unitName = cells.value(Column::Unit);
    if (row.name.isEmpty())
        row.messages << (m_people ? DirectoryCsv::tr("The row has no name (“Họ và tên”).")
                                  : DirectoryCsv::tr("The row has no unit name (“Tên đơn vị”)."));
    if (m_people) {
        row.detail = cells.value(Column::Title);
        row.values.insert(QStringLiteral("full_name"), row.name);
        const QString gender = cells.value(Column::Gender);
        if (!gender.isEmpty()) {
            const QString code = codeFor(genderWords, Labels::Enum::Gender, gender);
            if (code.isEmpty())
                row.messages << DirectoryCsv::tr("“%1” is not a gender; write one of: %2.")
                                    .arg(gender, suggestedWords(genderWords));
            else
                row.values.insert(QStringLiteral("gender"), code);
        }
        const QString email = cells.value(Column::Email);
        const qsizetype at = email.indexOf(QLatin1Char('@'));
        if (!email.isEmpty() && (at <= 0 || at == email.size() - 1))
            row.messages << DirectoryCsv::tr("“%1” is not an e-mail address.").arg(email);
        for (const auto &[column, field] :
            {std::pair {Column::Title, "title"}, std::pair {Column::Phone, "phone"},
                std::pair {Column::Email, "email"}, std::pair {Column::Note, "note"}}) {
            if (!cells.value(column).isEmpty())
                row.values.insert(QLatin1String(field), cells.value(column));
        }
    } else {
        row.detail = cells.value(Column::ShortName);
        row.kindText = cells.value(Column::Kind);
        row.values.insert(QStringLiteral("name"), row.name);
        if (!row.kindText.isEmpty()) {
            const QString code = codeFor(kindWords, Labels::Enum::UnitKind, row.kindText);
            if (code.isEmpty())
                row.messages << DirectoryCsv::tr("“%1” is not a kind of unit; write one of: %2.")
                                    .arg(row.kindText, suggestedWords(kindWords));
            else
                row.values.insert(QStringLiteral("kind"), code);
        }
        for (const auto &[column, field] : {std::pair {Column::ShortName, "short_name"},
                 std::pair {Column::IssuerCode, "issuer_code"},
                 std::pair {Column::PlaceName, "place_name"}, std::pair {Column::Note, "note"}}) {
            if (!cells.value(column).isEmpty())
                row.values.insert(QLatin1String(field), cells.value(column));
        }
    }
    understandDates(row, cells);
    bool identified = false;
    if (!m_people && !row.name.isEmpty() && matchKey(row.name) == matchKey(row.unitName))
        row.messages << DirectoryCsv::tr("A unit cannot be its own superior.");
    else
        identified = identifyUnit(row);
    if (row.unitId)
        row.values.insert(
            m_people ? QStringLiteral("unit_id") : QStringLiteral("parent_id"), row.unitId);
    if (!row.name.isEmpty() && identified) {
        if (m_people)
            identifyPerson(row);
        else
            identifyUnitRow(row);
    }
    if (!row.hasError()) {
        row.outcome
            = row.existingId ? DirectoryCsv::Outcome::AlreadyPresent : DirectoryCsv::Outcome::New;
        // A unit the file adds may be the superior of the rows after it.
        if (!m_people && row.outcome == DirectoryCsv::Outcome::New) {
            const QString key = matchKey(row.name);
            if (!m_newUnits.contains(key))
                m_newUnits.insert(key, row.fileRow);
        }
    }
    m_preview.rows << row;
}

} // namespace

QString DirectoryCsv::Row::outcomeText() const
{
    switch (outcome) {
    case Outcome::Rejected:
        return tr("Not imported");
    case Outcome::New:
        return tr("Will be added to the directory");
    case Outcome::AlreadyPresent:
        return tr("Already in the directory, skipped");
    }
    return QString();
}

int DirectoryCsv::Preview::errorCount() const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [](const Row &row) { return row.hasError(); }));
}

int DirectoryCsv::Preview::newCount() const
{
    return int(std::count_if(
        rows.cbegin(), rows.cend(), [](const Row &row) { return row.outcome == Outcome::New; }));
}

int DirectoryCsv::Preview::presentCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
        [](const Row &row) { return row.outcome == Outcome::AlreadyPresent; }));
}

QString DirectoryCsv::table(Kind kind)
{
    return kind == Kind::People ? QStringLiteral("person") : QStringLiteral("unit");
}

std::optional<DirectoryCsv::Preview> DirectoryCsv::read(Kind kind, const QString &path,
    const Store &store, QString *error, const Progress &progress, int sheet)
{
    const std::optional<QByteArray> content = CsvReader::readFile(path, error);
    if (!content)
        return std::nullopt;
    return parse(kind, *content, QFileInfo(path).fileName(), store, error, progress, sheet);
}

std::optional<DirectoryCsv::Preview> DirectoryCsv::parse(Kind kind, const QByteArray &content,
    const QString &fileName, const Store &store, QString *error, const Progress &progress,
    int sheet)
{
    Preview preview;
    preview.kind = kind;
    preview.fileName = fileName;
    // A workbook of thousands of rows takes a while to unpack: its reading is reported too.
    std::optional<TableSource::Table> table
        = TableSource::read(content, fileName, error, sheet, progress);
    if (!table)
        return std::nullopt;
    const LegacyEncoding legacyEncoding = table->legacy;
    preview.sheetNames = table->sheetNames;
    preview.sheet = table->sheet;
    QList<CsvReader::Record> records = std::move(table->records);
    const CsvReader::Record header = records.takeFirst();
    Reader reader(store, &preview);
    if (!reader.readHeader(header, records, error) || !reader.loadDirectory(error))
        return std::nullopt;
    if (legacyEncoding != LegacyEncoding::None)
        preview.fileMessages.prepend(CsvReader::convertedNotice(legacyEncoding));
    for (int i = 0; i < records.size(); ++i) {
        if (!goOn(progress, i, int(records.size()))) {
            fail(error, tr("Reading “%1” was stopped; nothing was imported.").arg(fileName));
            return std::nullopt;
        }
        if (!records.at(i).isBlank())
            reader.readRow(records.at(i));
    }
    if (preview.rows.isEmpty()) {
        fail(error,
            kind == Kind::People
                ? tr("The file “%1” has a header row but no people.").arg(fileName)
                : tr("The file “%1” has a header row but no units.").arg(fileName));
        return std::nullopt;
    }
    return preview;
}

bool DirectoryCsv::apply(
    const Preview &preview, Store &store, QString *error, const Progress &progress, int *added)
{
    if (added)
        *added = 0;
    if (preview.hasErrors())
        return fail(error,
            tr("Nothing was imported: %n row(s) have errors. Fix the file and choose it again.",
                nullptr, preview.errorCount()));
    const QString table = DirectoryCsv::table(preview.kind);
    Store::Write write(&store);
    if (!write.isActive())
        return fail(error, write.errorString());
    QHash<int, qint64> idOfRow; // the units added, by their file row
    int count = 0;
    for (int i = 0; i < preview.rows.size(); ++i) {
        if (!goOn(progress, i, int(preview.rows.size()), applyStep))
            return fail(error, tr("The import was stopped; nothing was imported."));
        const Row &row = preview.rows.at(i);
        if (row.outcome != Outcome::New)
            continue;
        QVariantMap values = row.values;
        if (row.parentRow)
            values.insert(QStringLiteral("parent_id"), idOfRow.value(row.parentRow));
        QString sentence;
        const std::optional<qint64> id = store.insert(table, values, &sentence);
        if (!id)
            return fail(
                error, tr("Row %1: %2 Nothing was imported.").arg(row.fileRow).arg(sentence));
        idOfRow.insert(row.fileRow, *id);
        ++count;
    }
    if (!write.commit(error))
        return false;
    if (added)
        *added = count;
    return true;
}
