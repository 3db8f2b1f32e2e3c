#include "delegatecsv.h"

#include "csvreader.h"
#include "importwords.h"
#include "tablesource.h"

#include "core/labels.h"
#include "core/clock.h"
#include "storage/livefiles.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QStringDecoder>

#include <algorithm>

namespace {

using VietnameseText::fold;

enum class Column { Skip, Name, Title, Unit, Role, Count, Attendance, AbsenceReason };

using ImportWords::codeFor;
using ImportWords::suggestedWords;
using ImportWords::Word;

// The column names of the file format. Files are written by Vietnamese offices whatever the
// interface language, so these are vocabulary, not interface text.
const struct
{
    const char *text;
    Column column;
} headerWords[] = {
    {"Họ và tên", Column::Name},
    {"Họ tên", Column::Name},
    {"Chức vụ", Column::Title},
    {"Đơn vị", Column::Unit},
    {"Vai trò", Column::Role},
    {"Số đại biểu", Column::Count},
    {"Tham dự", Column::Attendance},
    {"Lý do vắng", Column::AbsenceReason},
    {"Lý do vắng mặt", Column::AbsenceReason},
    // The running number every Vietnamese list starts with; nothing to import.
    {"STT", Column::Skip},
    {"TT", Column::Skip},
    {"Số TT", Column::Skip},
    {"Số thứ tự", Column::Skip},
};

// The first word of each code is the one a message suggests.
const Word roleWords[] = {
    {"Chủ trì", "chair"},
    {"Trình bày báo cáo", "reporter"},
    {"Báo cáo", "reporter"},
    {"Tham luận", "discussant"},
    {"Phát biểu khai mạc", "opening_speaker"},
    {"Khai mạc", "opening_speaker"},
    {"Phát biểu kết luận", "concluding_speaker"},
    {"Kết luận", "concluding_speaker"},
    {"Đại biểu", "delegate"},
    {"Dự", "delegate"},
    {"Khách mời", "guest"},
};

const Word attendanceWords[] = {
    {"Mời", "invited"},
    {"Được mời", "invited"},
    {"Có mặt", "present"},
    {"Vắng", "absent"},
    {"Vắng mặt", "absent"},
};

struct UnitEntry
{
    qint64 id = 0;
    QString name;
    bool current = true;
};

struct PersonEntry
{
    qint64 id = 0;
    QString title;
};

bool fail(QString *error, const QString &sentence)
{
    if (error)
        *error = sentence;
    return false;
}

} // namespace

QString DelegateCsv::Row::outcomeText() const
{
    switch (outcome) {
    case Outcome::Rejected:
        return tr("Not imported");
    case Outcome::ExistingPerson:
        return tr("Found in the directory");
    case Outcome::NewPerson:
        return tr("New person will be added to the directory");
    case Outcome::WholeUnit:
        if (delegateCount)
            //: A row of the delegate list that stands for a unit sending several delegates
            return tr("Whole unit, %n delegate(s)", nullptr, *delegateCount);
        return tr("Whole unit");
    }
    return QString();
}

int DelegateCsv::Preview::goodCount() const
{
    return int(rows.size()) - errorCount();
}

int DelegateCsv::Preview::errorCount() const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [](const Row &row) { return row.hasError(); }));
}

int DelegateCsv::Preview::newPersonCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
        [](const Row &row) { return row.outcome == Outcome::NewPerson; }));
}

namespace {

// Reading one file against the directory: the steps of DelegateCsv::parse, and what they share.
class Reader
{
public:
    Reader(const Store &store, DelegateCsv::Preview *preview)
        : m_store(store)
        , m_preview(*preview)
    { }

    // The first row: which column is which. False with a sentence when the file cannot be used.
    bool readHeader(
        const CsvReader::Record &header, const QList<CsvReader::Record> &records, QString *error);
    // The units and the conference's participants, as far as the rows need them.
    bool loadDirectory(qint64 conferenceId, QString *error);
    // One data row, understood and checked.
    bool readRow(const CsvReader::Record &record, QString *error);

private:
    DelegateCsv::Row cells(const CsvReader::Record &record, bool *valid) const;
    void understand(DelegateCsv::Row &row) const;
    bool identifyUnit(DelegateCsv::Row &row) const;
    bool identifyPerson(DelegateCsv::Row &row, QString *key, QString *nameKey, QString *error);
    bool suggestNamesakes(DelegateCsv::Row &row, QString *error) const;
    void noteRepeat(DelegateCsv::Row &row, const QString &key, const QString &nameKey);

    const Store &m_store;
    DelegateCsv::Preview &m_preview;
    QList<Column> m_columns;
    QString m_notUtf8;
    QHash<QString, QList<UnitEntry>> m_units; // by exact name
    QHash<QString, QStringList> m_unitsAlike; // names by folded name, for suggestions
    QSet<qint64> m_participantPersons;
    QSet<qint64> m_participantUnits;
    QHash<QString, int> m_firstRowOf; // who a row stands for -> the row that first named them
};

bool Reader::readHeader(
    const CsvReader::Record &header, const QList<CsvReader::Record> &records, QString *error)
{
    const QString &fileName = m_preview.fileName;
    m_notUtf8 = CsvReader::notUtf8(fileName);
    QSet<Column> seen;
    QStringList unknown;
    for (const QByteArray &bytes : header.fields) {
        const std::optional<QString> name = CsvReader::decoded(bytes);
        if (!name)
            return fail(error, m_notUtf8);
        const QString shown = VietnameseText::nfc(*name).simplified();
        const QString folded = fold(shown);
        Column column = Column::Skip;
        bool known = folded.isEmpty();
        for (const auto &word : headerWords) {
            if (folded == fold(QString::fromUtf8(word.text))) {
                column = word.column;
                known = true;
                break;
            }
        }
        if (!known) {
            unknown << QStringLiteral("“%1”").arg(shown);
        } else if (column != Column::Skip && seen.contains(column)) {
            m_preview.fileMessages
                << DelegateCsv::tr("The column “%1” appears twice; only the first one is read.")
                       .arg(shown);
            column = Column::Skip;
        }
        seen.insert(column);
        m_columns << column;
    }
    // A file written in another encoding is refused as a whole.
    if (CsvReader::inAnotherEncoding(records))
        return fail(error, m_notUtf8);
    if (!seen.contains(Column::Name) && !seen.contains(Column::Unit))
        return fail(error,
            DelegateCsv::tr("The first row of “%1” has neither a “Họ và tên” nor an "
                            "“Đơn vị” column; it must name the columns.")
                .arg(fileName));
    if (!unknown.isEmpty()) {
        m_preview.fileMessages.prepend(
            DelegateCsv::tr("%n column(s) not known and ignored: %1.", nullptr, int(unknown.size()))
                .arg(unknown.join(QStringLiteral(", "))));
    }
    return true;
}

bool Reader::loadDirectory(qint64 conferenceId, QString *error)
{
    const QString today = m_store.clock()->today().toString(Qt::ISODate);
    auto units = m_store.select(QStringLiteral("SELECT id, name, valid_to FROM unit"), {}, error);
    if (!units)
        return false;
    while (units->next()) {
        const QString validTo = units->value(2).toString();
        const QString name = units->value(1).toString();
        m_units[VietnameseText::matchKey(name)].append(
            {units->value(0).toLongLong(), name, validTo.isEmpty() || validTo >= today});
        m_unitsAlike[fold(name)].append(name);
    }
    auto participants = m_store.select(QStringLiteral("SELECT person_id, unit_id FROM "
                                                      "conference_participant WHERE "
                                                      "conference_id = ?"),
        {conferenceId}, error);
    if (!participants)
        return false;
    while (participants->next()) {
        if (!participants->value(0).isNull())
            m_participantPersons.insert(participants->value(0).toLongLong());
        if (!participants->value(1).isNull())
            m_participantUnits.insert(participants->value(1).toLongLong());
    }
    return true;
}

DelegateCsv::Row Reader::cells(const CsvReader::Record &record, bool *valid) const
{
    DelegateCsv::Row row;
    row.fileRow = record.fileRow;
    *valid = true;
    int removed = 0;
    for (qsizetype i = 0; i < record.fields.size() && i < m_columns.size(); ++i) {
        const QByteArray &bytes = record.fields.at(i);
        if (m_columns.at(i) != Column::Skip && !CsvReader::decoded(bytes))
            *valid = false;
        QString *target = nullptr;
        switch (m_columns.at(i)) {
        case Column::Skip:
            break;
        case Column::Name:
            target = &row.fullName;
            break;
        case Column::Title:
            target = &row.title;
            break;
        case Column::Unit:
            target = &row.unitName;
            break;
        case Column::Role:
            target = &row.roleText;
            break;
        case Column::Count:
            target = &row.countText;
            break;
        case Column::Attendance:
            target = &row.attendanceText;
            break;
        case Column::AbsenceReason:
            target = &row.absenceReason;
            break;
        }
        if (target)
            *target = CsvReader::cellText(bytes, &removed);
    }
    if (removed > 0)
        row.notes << DelegateCsv::tr(
            "%n invisible control character(s) removed from this row.", nullptr, removed);
    return row;
}

void Reader::understand(DelegateCsv::Row &row) const
{
    if (!row.roleText.isEmpty()) {
        row.role = codeFor(roleWords, Labels::Enum::ParticipantRole, row.roleText);
        if (row.role.isEmpty())
            row.messages << DelegateCsv::tr("“%1” is not a role; write one of: %2.")
                                .arg(row.roleText, suggestedWords(roleWords));
    }
    if (!row.attendanceText.isEmpty()) {
        row.attendance = codeFor(attendanceWords, Labels::Enum::Attendance, row.attendanceText);
        if (row.attendance.isEmpty())
            row.messages << DelegateCsv::tr("“%1” is not an attendance; write one of: %2.")
                                .arg(row.attendanceText, suggestedWords(attendanceWords));
    } else if (!row.absenceReason.isEmpty()) {
        // A reason for being absent says the attendance.
        row.attendance = QStringLiteral("absent");
    }
    if (row.attendance == QLatin1String("present") && !row.absenceReason.isEmpty())
        row.messages << DelegateCsv::tr("An absence reason is given for someone marked present.");
    if (!row.countText.isEmpty()) {
        bool ok = false;
        const int count = row.countText.toInt(&ok);
        if (!ok || count <= 0)
            row.messages << DelegateCsv::tr("The delegate count “%1” is not a whole number above "
                                            "zero.")
                                .arg(row.countText);
        else if (!row.isUnit())
            row.messages << DelegateCsv::tr("A delegate count belongs to a row for a whole unit; "
                                            "leave it empty for a person.");
        else
            row.delegateCount = count;
    }
}

bool Reader::identifyUnit(DelegateCsv::Row &row) const
{
    if (row.unitName.isEmpty())
        return true;
    QList<UnitEntry> candidates = m_units.value(VietnameseText::matchKey(row.unitName));
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
    if (candidates.isEmpty()) {
        QString sentence = DelegateCsv::tr("There is no unit “%1” in the directory; add it there "
                                           "first or correct the name.")
                               .arg(row.unitName);
        const QStringList alike = m_unitsAlike.value(fold(row.unitName));
        if (!alike.isEmpty())
            sentence += QLatin1Char(' ')
                + DelegateCsv::tr("Similar: %1.").arg(alike.join(QStringLiteral(", ")));
        row.messages << sentence;
        return false;
    }
    if (candidates.size() > 1) {
        row.messages << DelegateCsv::tr("Several units in the directory are called “%1”; give "
                                        "them different names there first.")
                            .arg(row.unitName);
        return false;
    }
    row.unitId = candidates.first().id;
    return true;
}

bool Reader::identifyPerson(DelegateCsv::Row &row, QString *key, QString *nameKey, QString *error)
{
    // The exact name (tones count: "Hà" is not "Hạ"); case and tone placement do not.
    // A namesake in another unit is another person; two are enough to say the name is not
    // one person's.
    const QString exact = VietnameseText::matchKey(row.fullName);
    QList<PersonEntry> matches;
    const auto match = [&matches](const QSqlQuery &person) {
        matches.append({person.value(0).toLongLong(), person.value(1).toString()});
    };
    const bool read = row.unitId
        ? m_store.lookup(QStringLiteral("SELECT id, title FROM person WHERE name_key = ? AND "
                                        "unit_id = ? ORDER BY id LIMIT 2"),
            {exact, row.unitId}, match, error)
        : m_store.lookup(QStringLiteral("SELECT id, title FROM person WHERE name_key = ? "
                                        "ORDER BY id LIMIT 2"),
            {exact}, match, error);
    if (!read)
        return false;
    if (matches.size() > 1) {
        row.messages << (row.unitId == 0
                ? DelegateCsv::tr("Several people in the directory are called "
                                  "“%1”; write the unit to tell them apart.")
                      .arg(row.fullName)
                : DelegateCsv::tr("Several people called “%1” work in “%2” in "
                                  "the directory; merge them there first.")
                      .arg(row.fullName, row.unitName));
    } else if (matches.size() == 1) {
        row.personId = matches.first().id;
        row.storedTitle = matches.first().title;
        *key = QStringLiteral("person:%1").arg(row.personId);
        if (m_participantPersons.contains(row.personId))
            row.messages << DelegateCsv::tr("%1 is already a participant of this conference.")
                                .arg(row.fullName);
    } else {
        *nameKey = QStringLiteral("new:%1").arg(exact);
        *key = QStringLiteral("%1|%2").arg(*nameKey).arg(row.unitId);
        return suggestNamesakes(row, error);
    }
    return true;
}

bool Reader::suggestNamesakes(DelegateCsv::Row &row, QString *error) const
{
    // Names that differ only by their marks may be a typing slip: shown, never matched.
    QStringList names;
    if (!m_store.lookup(
            QStringLiteral("SELECT p.full_name, u.name FROM person p "
                           "LEFT JOIN unit u ON u.id = p.unit_id "
                           "WHERE p.name_folded = ? ORDER BY p.id LIMIT 4"),
            {fold(row.fullName)},
            [&names](const QSqlQuery &alike) {
                names << (alike.value(1).isNull()
                        ? alike.value(0).toString()
                        : QStringLiteral("%1 (%2)").arg(
                            alike.value(0).toString(), alike.value(1).toString()));
            },
            error))
        return false;
    if (names.size() > 3)
        names[3] = QStringLiteral("…");
    if (!names.isEmpty())
        row.notes << DelegateCsv::tr("“%1” will be added as a new person; the directory has "
                                     "similar names: %2. Correct the file if it means one of "
                                     "them.")
                         .arg(row.fullName, names.join(QStringLiteral(", ")));
    return true;
}

void Reader::noteRepeat(DelegateCsv::Row &row, const QString &key, const QString &nameKey)
{
    if (key.isEmpty())
        return;
    int earlier = m_firstRowOf.value(key);
    // A new name written once with its unit and once without is one person too; with two
    // different units, two namesakes.
    if (!earlier && !nameKey.isEmpty())
        earlier = m_firstRowOf.value(row.unitId ? nameKey + QStringLiteral("|0") : nameKey);
    if (earlier) {
        row.messages << DelegateCsv::tr("This row repeats row %1.").arg(earlier);
        return;
    }
    m_firstRowOf.insert(key, row.fileRow);
    if (!nameKey.isEmpty() && !m_firstRowOf.contains(nameKey))
        m_firstRowOf.insert(nameKey, row.fileRow);
}

bool Reader::readRow(const CsvReader::Record &record, QString *error)
{
    bool valid = true;
    DelegateCsv::Row row = cells(record, &valid);
    if (record.unclosedQuote)
        row.messages << DelegateCsv::tr("A quotation mark opened in this row is never closed, so "
                                        "the rest of the file was read as one value.");
    if (!valid) {
        row.messages << DelegateCsv::tr("This row is not valid UTF-8 (some letters are garbled); "
                                        "retype them, or save the file as CSV UTF-8.");
        m_preview.rows << row;
        return true;
    }
    understand(row);
    const bool identified = identifyUnit(row);
    QString key; // who the row stands for
    QString nameKey; // a new person's name, whatever the unit
    if (row.isUnit()) {
        if (row.unitName.isEmpty()) {
            row.messages << DelegateCsv::tr("The row has neither a name nor a unit.");
        } else if (identified) {
            key = QStringLiteral("unit:%1").arg(row.unitId);
            if (m_participantUnits.contains(row.unitId))
                row.messages << DelegateCsv::tr("%1 is already a participant of this conference.")
                                    .arg(row.unitName);
        }
    } else if (identified && !identifyPerson(row, &key, &nameKey, error)) {
        return false;
    }
    noteRepeat(row, key, nameKey);
    if (!row.hasError()) {
        row.outcome = row.isUnit() ? DelegateCsv::Outcome::WholeUnit
            : row.personId         ? DelegateCsv::Outcome::ExistingPerson
                                   : DelegateCsv::Outcome::NewPerson;
    }
    m_preview.rows << row;
    return true;
}

} // namespace

namespace {

// Every so many rows, the one asking hears how far the work is.
constexpr int progressStep = 100;

bool goOn(const DelegateCsv::Progress &progress, int done, int total)
{
    return !progress || done % progressStep != 0 || progress(done, total);
}

} // namespace

std::optional<DelegateCsv::Preview> DelegateCsv::read(const QString &path, const Store &store,
    qint64 conferenceId, QString *error, const Progress &progress, int sheet)
{
    const std::optional<QByteArray> content = CsvReader::readFile(path, error);
    if (!content)
        return std::nullopt;
    return parse(*content, QFileInfo(path).fileName(), store, conferenceId, error, progress, sheet);
}

std::optional<DelegateCsv::Preview> DelegateCsv::parse(const QByteArray &content,
    const QString &fileName, const Store &store, qint64 conferenceId, QString *error,
    const Progress &progress, int sheet)
{
    Preview preview;
    preview.conferenceId = conferenceId;
    preview.fileName = fileName;
    QString problem;
    const QVariant title = store.value(
        QStringLiteral("SELECT title FROM conference WHERE id = ?"), {conferenceId}, &problem);
    if (title.isNull()) {
        fail(error, problem.isEmpty() ? tr("The conference no longer exists.") : problem);
        return std::nullopt;
    }
    preview.conferenceTitle = title.toString();

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
    if (!reader.readHeader(header, records, error) || !reader.loadDirectory(conferenceId, error))
        return std::nullopt;
    if (legacyEncoding != LegacyEncoding::None)
        preview.fileMessages.prepend(CsvReader::convertedNotice(legacyEncoding));
    for (int i = 0; i < records.size(); ++i) {
        if (!goOn(progress, i, int(records.size()))) {
            fail(error, tr("Reading “%1” was stopped; nothing was imported.").arg(fileName));
            return std::nullopt;
        }
        const CsvReader::Record &record = records.at(i);
        if (!record.isBlank() && !reader.readRow(record, error))
            return std::nullopt;
    }
    if (preview.rows.isEmpty()) {
        fail(error, tr("The file “%1” has a header row but no delegates.").arg(fileName));
        return std::nullopt;
    }
    return preview;
}

bool DelegateCsv::apply(const Preview &preview, Store &store, qint64 conferenceId, QString *error,
    const Progress &progress)
{
    if (preview.conferenceId != conferenceId)
        return fail(error,
            tr("This list was read for another conference; choose the file "
               "again."));
    if (preview.rows.isEmpty())
        return fail(error, tr("The file has no delegates to import."));
    if (preview.hasErrors())
        return fail(error,
            tr("Nothing was imported: %n row(s) have errors. Fix the file and "
               "choose it again.",
                nullptr, preview.errorCount()));

    Store::Write write(&store);
    if (!write.isActive())
        return fail(error, write.errorString());
    QString problem;
    int position = store
                       .value(QStringLiteral("SELECT coalesce(max(position), 0) FROM "
                                             "conference_participant WHERE conference_id = ?"),
                           {conferenceId}, &problem)
                       .toInt();
    if (!problem.isEmpty())
        return fail(error, problem);

    for (int i = 0; i < preview.rows.size(); ++i) {
        if (!goOn(progress, i, int(preview.rows.size())))
            return fail(error, tr("The import was stopped; nothing was imported."));
        const Row &row = preview.rows.at(i);
        QString sentence;
        QVariantMap participant {
            {QStringLiteral("conference_id"), conferenceId},
            {QStringLiteral("role"), row.role},
            {QStringLiteral("attendance"), row.attendance},
            {QStringLiteral("absence_reason"), row.absenceReason},
            {QStringLiteral("title_held"), row.titleHeld()},
            {QStringLiteral("position"), ++position},
        };
        if (row.delegateCount)
            participant.insert(QStringLiteral("delegate_count"), *row.delegateCount);
        if (row.outcome == Outcome::WholeUnit) {
            participant.insert(QStringLiteral("unit_id"), row.unitId);
        } else if (row.outcome == Outcome::ExistingPerson) {
            participant.insert(QStringLiteral("person_id"), row.personId);
        } else {
            QVariantMap person {
                {QStringLiteral("full_name"), row.fullName}, {QStringLiteral("title"), row.title}};
            if (row.unitId)
                person.insert(QStringLiteral("unit_id"), row.unitId);
            const std::optional<qint64> id
                = store.insert(QStringLiteral("person"), person, &sentence);
            if (!id)
                return fail(
                    error, tr("Row %1: %2 Nothing was imported.").arg(row.fileRow).arg(sentence));
            participant.insert(QStringLiteral("person_id"), *id);
        }
        if (!store.insert(QStringLiteral("conference_participant"), participant, &sentence))
            return fail(
                error, tr("Row %1: %2 Nothing was imported.").arg(row.fileRow).arg(sentence));
    }
    return write.commit(error);
}
