#include "delegatecsv.h"

#include "core/labels.h"
#include "storage/recordstore.h"
#include "storage/storeerrors.h"
#include "storage/transaction.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

#include <algorithm>

namespace {

using VietnameseText::fold;

enum class Column { Skip, Name, Title, Unit, Role, Count, Attendance, AbsenceReason };

struct Word
{
    const char *text; // UTF-8, compared folded
    const char *code;
};

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

template <std::size_t N>
QString codeFor(const Word (&words)[N], Labels::Enum which, const QString &text)
{
    const QString folded = fold(text);
    for (const Word &word : words) {
        if (folded == fold(QString::fromUtf8(word.text)))
            return QLatin1String(word.code);
    }
    // The interface's own labels ("Chair", "Vắng mặt") and the stored codes are understood too.
    for (const Labels::Choice &choice : Labels::choices(which)) {
        if (folded == fold(choice.label) || folded == fold(choice.code))
            return choice.code;
    }
    return QString();
}

template <std::size_t N> QString suggestedWords(const Word (&words)[N])
{
    QStringList suggested;
    QStringList seen;
    for (const Word &word : words) {
        if (!seen.contains(QLatin1String(word.code))) {
            seen << QLatin1String(word.code);
            suggested << QString::fromUtf8(word.text);
        }
    }
    return suggested.join(QStringLiteral(", "));
}

// One record of the file as bytes: CSV structure is ASCII, so it is split before decoding and a
// badly encoded row stays a row of its own.
struct RawRecord
{
    int fileRow = 0;
    QList<QByteArray> fields;
    bool unclosedQuote = false;

    bool isBlank() const
    {
        for (const QByteArray &field : fields) {
            if (!field.trimmed().isEmpty())
                return false;
        }
        return true;
    }
    bool hasNonAscii() const
    {
        for (const QByteArray &field : fields) {
            for (const char c : field) {
                if (static_cast<unsigned char>(c) >= 0x80)
                    return true;
            }
        }
        return false;
    }
};

char guessDelimiter(const QByteArray &data)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    bool started = false; // blank lines above the header do not count
    for (const char c : data) {
        const bool lineEnd = c == '\n' || c == '\r';
        if (lineEnd && !quoted && started)
            break;
        started = started || !lineEnd;
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    if (semicolons >= commas && semicolons >= tabs && semicolons > 0)
        return ';';
    if (tabs > commas)
        return '\t';
    return ',';
}

QList<RawRecord> splitRecords(const QByteArray &data, char delimiter)
{
    QList<RawRecord> records;
    RawRecord record;
    record.fileRow = 1;
    QByteArray field;
    bool quoted = false;
    bool inField = false; // something of the current field has been read
    const qsizetype size = data.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < size && data.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"' && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            inField = true;
        } else if (c == delimiter) {
            record.fields << field;
            field.clear();
            inField = true; // a trailing delimiter still ends in an (empty) field
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < size && data.at(i + 1) == '\n')
                ++i;
            record.fields << field;
            records << record;
            record = RawRecord();
            record.fileRow = records.size() + 1;
            field.clear();
            inField = false;
        } else {
            field += c;
            inField = true;
        }
    }
    if (inField || quoted) {
        record.fields << field;
        record.unclosedQuote = quoted;
        records << record;
    }
    return records;
}

std::optional<QString> decoded(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// A cell as a single-line value: NFC, line breaks and runs of spaces made one space.
QString cellText(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    return VietnameseText::nfc(QString(decoder.decode(bytes))).simplified();
}

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
    qint64 unitId = 0;
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

std::optional<DelegateCsv::Preview> DelegateCsv::read(
    const QString &path, const QSqlDatabase &db, qint64 conferenceId, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error,
            tr("The file “%1” cannot be read: %2")
                .arg(QFileInfo(path).fileName(), file.errorString()));
        return std::nullopt;
    }
    return parse(file.readAll(), QFileInfo(path).fileName(), db, conferenceId, error);
}

std::optional<DelegateCsv::Preview> DelegateCsv::parse(const QByteArray &content,
    const QString &fileName, const QSqlDatabase &db, qint64 conferenceId, QString *error)
{
    const QString notUtf8 = tr("The file “%1” is not UTF-8; save it as CSV UTF-8 in Excel "
                               "(File › Save As › CSV UTF-8) and choose it again.")
                                .arg(fileName);
    Preview preview;
    preview.conferenceId = conferenceId;
    preview.fileName = fileName;

    QSqlQuery conference(db);
    conference.prepare(QStringLiteral("SELECT title FROM conference WHERE id = ?"));
    conference.addBindValue(conferenceId);
    if (!conference.exec()) {
        fail(error, StoreErrors::explain(conference.lastError()));
        return std::nullopt;
    }
    if (!conference.next()) {
        fail(error, tr("The conference no longer exists."));
        return std::nullopt;
    }
    preview.conferenceTitle = conference.value(0).toString();

    QByteArray data = content;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    } else if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        // Excel's "Unicode Text" is UTF-16.
        fail(error, notUtf8);
        return std::nullopt;
    }
    char delimiter = 0;
    // Excel understands (and some exports write) a first line "sep=;" naming the delimiter; it
    // does not show that line, so the rows are numbered without it.
    if (data.size() >= 5 && data.left(4).toLower() == "sep="
        && (data.size() == 5 || data.at(5) == '\r' || data.at(5) == '\n')) {
        delimiter = data.at(4);
        const qsizetype end = data.indexOf('\n');
        data.remove(0, end < 0 ? data.size() : end + 1);
    }
    if (!delimiter)
        delimiter = guessDelimiter(data);

    QList<RawRecord> records = splitRecords(data, delimiter);
    while (!records.isEmpty() && records.first().isBlank())
        records.removeFirst();
    if (records.isEmpty()) {
        fail(error, tr("The file “%1” is empty.").arg(fileName));
        return std::nullopt;
    }

    // A file written in another encoding is refused as a whole; one garbled row in a UTF-8
    // file (pasted from elsewhere) is a problem of that row only.
    const RawRecord header = records.takeFirst();
    int nonAscii = 0;
    int invalid = 0;
    for (const RawRecord &record : std::as_const(records)) {
        if (record.isBlank() || !record.hasNonAscii())
            continue;
        ++nonAscii;
        for (const QByteArray &field : record.fields) {
            if (!decoded(field)) {
                ++invalid;
                break;
            }
        }
    }
    QList<Column> columns;
    QSet<Column> seen;
    QStringList unknown;
    for (const QByteArray &bytes : header.fields) {
        const std::optional<QString> name = decoded(bytes);
        if (!name) {
            fail(error, notUtf8);
            return std::nullopt;
        }
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
            preview.fileMessages
                << tr("The column “%1” appears twice; only the first one is read.").arg(shown);
            column = Column::Skip;
        }
        seen.insert(column);
        columns << column;
    }
    if (invalid > 0 && invalid == nonAscii) {
        fail(error, notUtf8);
        return std::nullopt;
    }
    if (!seen.contains(Column::Name) && !seen.contains(Column::Unit)) {
        fail(error,
            tr("The first row of “%1” has neither a “Họ và tên” nor an “Đơn vị” column; "
               "it must name the columns.")
                .arg(fileName));
        return std::nullopt;
    }
    if (!unknown.isEmpty()) {
        preview.fileMessages.prepend(
            tr("%n column(s) not known and ignored: %1.", nullptr, int(unknown.size()))
                .arg(unknown.join(QStringLiteral(", "))));
    }

    // The directory as far as the file needs it.
    QHash<QString, QList<UnitEntry>> units;
    {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT id, name, valid_to FROM unit"))) {
            fail(error, StoreErrors::explain(query.lastError()));
            return std::nullopt;
        }
        while (query.next()) {
            const QString validTo = query.value(2).toString();
            units[fold(query.value(1).toString())].append({query.value(0).toLongLong(),
                query.value(1).toString(), validTo.isEmpty() || validTo >= today});
        }
    }
    QSet<qint64> participantPersons;
    QSet<qint64> participantUnits;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT person_id, unit_id FROM conference_participant "
                                     "WHERE conference_id = ?"));
        query.addBindValue(conferenceId);
        if (!query.exec()) {
            fail(error, StoreErrors::explain(query.lastError()));
            return std::nullopt;
        }
        while (query.next()) {
            if (!query.value(0).isNull())
                participantPersons.insert(query.value(0).toLongLong());
            if (!query.value(1).isNull())
                participantUnits.insert(query.value(1).toLongLong());
        }
    }
    QSqlQuery people(db);
    people.prepare(QStringLiteral("SELECT id, title, unit_id FROM person WHERE name_folded = ? "
                                  "ORDER BY id"));

    QHash<QString, int> firstRowOf; // who a row stands for -> the row that first named them
    for (const RawRecord &record : std::as_const(records)) {
        if (record.isBlank())
            continue;
        Row row;
        row.fileRow = record.fileRow;
        bool valid = true;
        for (qsizetype i = 0; i < record.fields.size() && i < columns.size(); ++i) {
            const QByteArray &bytes = record.fields.at(i);
            if (columns.at(i) != Column::Skip && !decoded(bytes))
                valid = false;
            const QString text = cellText(bytes);
            switch (columns.at(i)) {
            case Column::Skip:
                break;
            case Column::Name:
                row.fullName = text;
                break;
            case Column::Title:
                row.title = text;
                break;
            case Column::Unit:
                row.unitName = text;
                break;
            case Column::Role:
                row.roleText = text;
                break;
            case Column::Count:
                row.countText = text;
                break;
            case Column::Attendance:
                row.attendanceText = text;
                break;
            case Column::AbsenceReason:
                row.absenceReason = text;
                break;
            }
        }
        if (record.unclosedQuote)
            row.messages << tr("A quotation mark opened in this row is never closed, so the rest "
                               "of the file was read as one value.");
        if (!valid) {
            row.messages << tr("This row is not valid UTF-8 (some letters are garbled); retype "
                               "them, or save the file as CSV UTF-8.");
            preview.rows << row;
            continue;
        }

        if (!row.roleText.isEmpty()) {
            row.role = codeFor(roleWords, Labels::Enum::ParticipantRole, row.roleText);
            if (row.role.isEmpty())
                row.messages << tr("“%1” is not a role; write one of: %2.")
                                    .arg(row.roleText, suggestedWords(roleWords));
        }
        if (!row.attendanceText.isEmpty()) {
            row.attendance = codeFor(attendanceWords, Labels::Enum::Attendance, row.attendanceText);
            if (row.attendance.isEmpty())
                row.messages << tr("“%1” is not an attendance; write one of: %2.")
                                    .arg(row.attendanceText, suggestedWords(attendanceWords));
        } else if (!row.absenceReason.isEmpty()) {
            // A reason for being absent says the attendance.
            row.attendance = QStringLiteral("absent");
        }
        if (row.attendance == QLatin1String("present") && !row.absenceReason.isEmpty())
            row.messages << tr("An absence reason is given for someone marked present.");
        if (!row.countText.isEmpty()) {
            bool ok = false;
            const int count = row.countText.toInt(&ok);
            if (!ok || count <= 0)
                row.messages << tr("The delegate count “%1” is not a whole number above zero.")
                                    .arg(row.countText);
            else if (!row.isUnit())
                row.messages << tr("A delegate count belongs to a row for a whole unit; leave it "
                                   "empty for a person.");
            else
                row.delegateCount = count;
        }

        bool identified = true;
        if (!row.unitName.isEmpty()) {
            QList<UnitEntry> candidates = units.value(fold(row.unitName));
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
                row.messages << tr("There is no unit “%1” in the directory; add it there first "
                                   "or correct the name.")
                                    .arg(row.unitName);
                identified = false;
            } else if (candidates.size() > 1) {
                row.messages << tr("Several units in the directory are called “%1”; give them "
                                   "different names there first.")
                                    .arg(row.unitName);
                identified = false;
            } else {
                row.unitId = candidates.first().id;
            }
        }

        QString key; // who the row stands for
        QString nameKey; // a new person's name, whatever the unit
        if (row.isUnit()) {
            if (row.unitName.isEmpty()) {
                row.messages << tr("The row has neither a name nor a unit.");
                identified = false;
            } else if (identified) {
                key = QStringLiteral("unit:%1").arg(row.unitId);
                if (participantUnits.contains(row.unitId))
                    row.messages
                        << tr("%1 is already a participant of this conference.").arg(row.unitName);
            }
        } else if (identified) {
            const QString folded = fold(row.fullName);
            people.bindValue(0, folded);
            if (!people.exec()) {
                fail(error, StoreErrors::explain(people.lastError()));
                return std::nullopt;
            }
            QList<PersonEntry> matches;
            while (people.next()) {
                const qint64 unitId = people.value(2).toLongLong();
                // A namesake in another unit is another person.
                if (row.unitId == 0 || unitId == row.unitId)
                    matches.append(
                        {people.value(0).toLongLong(), people.value(1).toString(), unitId});
            }
            if (matches.size() > 1) {
                row.messages << (row.unitId == 0
                        ? tr("Several people in the directory are called “%1”; "
                             "write the unit to tell them apart.")
                              .arg(row.fullName)
                        : tr("Several people called “%1” work in “%2” in the "
                             "directory; merge them there first.")
                              .arg(row.fullName, row.unitName));
            } else if (matches.size() == 1) {
                row.personId = matches.first().id;
                row.storedTitle = matches.first().title;
                key = QStringLiteral("person:%1").arg(row.personId);
                if (participantPersons.contains(row.personId))
                    row.messages
                        << tr("%1 is already a participant of this conference.").arg(row.fullName);
            } else {
                nameKey = QStringLiteral("new:%1").arg(folded);
                key = QStringLiteral("%1|%2").arg(nameKey).arg(row.unitId);
            }
        }
        if (!key.isEmpty()) {
            int earlier = firstRowOf.value(key);
            // A new name written once with its unit and once without is one person too;
            // with two different units, two namesakes.
            if (!earlier && !nameKey.isEmpty())
                earlier = firstRowOf.value(row.unitId ? nameKey + QStringLiteral("|0") : nameKey);
            if (earlier) {
                row.messages << tr("This row repeats row %1.").arg(earlier);
            } else {
                firstRowOf.insert(key, row.fileRow);
                if (!nameKey.isEmpty() && !firstRowOf.contains(nameKey))
                    firstRowOf.insert(nameKey, row.fileRow);
            }
        }

        if (!row.hasError()) {
            row.outcome = row.isUnit() ? Outcome::WholeUnit
                : row.personId         ? Outcome::ExistingPerson
                                       : Outcome::NewPerson;
        }
        preview.rows << row;
    }
    if (preview.rows.isEmpty()) {
        fail(error, tr("The file “%1” has a header row but no delegates.").arg(fileName));
        return std::nullopt;
    }
    return preview;
}

bool DelegateCsv::apply(
    const Preview &preview, const QSqlDatabase &db, qint64 conferenceId, QString *error)
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

    Transaction transaction(db);
    if (!transaction.isActive())
        return fail(error, transaction.errorString());
    QSqlQuery last(db);
    last.prepare(QStringLiteral("SELECT coalesce(max(position), 0) FROM conference_participant "
                                "WHERE conference_id = ?"));
    last.addBindValue(conferenceId);
    if (!last.exec() || !last.next())
        return fail(error, StoreErrors::explain(last.lastError()));
    int position = last.value(0).toInt();

    for (const Row &row : preview.rows) {
        QString sentence;
        QVariantHash participant {
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
            QVariantHash person {
                {QStringLiteral("full_name"), row.fullName}, {QStringLiteral("title"), row.title}};
            if (row.unitId)
                person.insert(QStringLiteral("unit_id"), row.unitId);
            const std::optional<qint64> id
                = RecordStore::insert(db, QStringLiteral("person"), person, &sentence);
            if (!id)
                return fail(
                    error, tr("Row %1: %2 Nothing was imported.").arg(row.fileRow).arg(sentence));
            participant.insert(QStringLiteral("person_id"), *id);
        }
        if (!RecordStore::insert(
                db, QStringLiteral("conference_participant"), participant, &sentence))
            return fail(
                error, tr("Row %1: %2 Nothing was imported.").arg(row.fileRow).arg(sentence));
    }
    return transaction.commit(error);
}
