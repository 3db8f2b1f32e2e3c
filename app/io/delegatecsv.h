#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Store;

// A conference's delegate list from a CSV file, as offices keep it in Excel: read into a preview
// that says, row by row, what would happen (and what is wrong), then applied all at once.
//
// The file: an Excel workbook (.xlsx; one sheet of it, the first unless told) or a CSV file
// (TableSource tells them apart): UTF-8 with or without BOM; comma, semicolon or tab separated
// (Excel in Vietnam often writes semicolons; an Excel "sep=;" first line is honoured); quoted
// fields with "" escapes and line breaks; CRLF, LF or CR. The first row names the columns in
// Vietnamese, compared without marks or case: "Họ và tên" (or "Họ tên"), "Chức vụ", "Đơn vị", "Vai
// trò", "Số đại biểu", "Tham dự", "Lý do vắng"; a "STT" column is skipped, other columns are
// reported and ignored. A row without a name and with a unit stands for the whole unit.
//
// People and units are matched by their exact names (VietnameseText::matchKey: tones count, case
// and old or new tone placement do not), so "Nguyễn Thị Hà" never becomes "Nguyễn Thị Hạ".
// Units are only matched, never created: a unit is a directory decision, not a typing one.
class DelegateCsv
{
    Q_DECLARE_TR_FUNCTIONS(DelegateCsv)

public:
    enum class Outcome {
        Rejected, // the row has a message and will not be imported
        ExistingPerson, // a person of the directory joins the conference
        NewPerson, // a person is added to the directory, then joins
        WholeUnit, // a unit of the directory joins as a whole
    };

    struct Row
    {
        // The row as a spreadsheet numbers it: the header is row 1.
        int fileRow = 0;

        // The values as written (NFC, spaces collapsed; a line break inside a cell is a space;
        // control characters and bidirectional overrides removed, with a note).
        QString fullName;
        QString title;
        QString unitName;
        QString roleText;
        QString countText;
        QString attendanceText;
        QString absenceReason;

        // What they were understood as.
        QString role = QStringLiteral("delegate"); // conference_participant.role
        QString attendance = QStringLiteral("invited"); // conference_participant.attendance
        std::optional<int> delegateCount;
        qint64 personId = 0; // the matched person; 0 for a new person or a unit
        qint64 unitId = 0; // the matched unit; 0 when none was given
        QString storedTitle; // the matched person's current title

        Outcome outcome = Outcome::Rejected;
        QStringList messages; // one sentence per problem; empty for a good row
        // Not problems: what was changed in the row on reading it, and directory names that
        // differ from a new name only by their marks ("Hạ" for "Hà"), shown, never matched.
        QStringList notes;

        bool isUnit() const { return fullName.isEmpty(); }
        bool hasError() const { return !messages.isEmpty(); }
        // The title the participant is recorded with: the file's, else the person's current one.
        QString titleHeld() const { return title.isEmpty() ? storedTitle : title; }
        // "New person will be added to the directory", "Whole unit, 12 delegates"…
        QString outcomeText() const;
    };

    struct Preview
    {
        qint64 conferenceId = 0;
        QString conferenceTitle;
        QString fileName; // without the folder, for the dialog
        QList<Row> rows; // data rows, blank ones left out
        QStringList fileMessages; // notices about the whole file (ignored columns); not errors
        // A workbook's sheets and the one read (empty and 0 for a CSV file).
        QStringList sheetNames;
        int sheet = 0;

        int goodCount() const;
        int errorCount() const;
        int newPersonCount() const;
        bool hasErrors() const { return errorCount() > 0; }
    };

    // Told every few rows how many of how many are done; false stops the work, and nothing is
    // read or changed.
    using Progress = std::function<bool(int done, int total)>;

    // Reads and checks the file (for a workbook, its sheet of that index) against the directory
    // and the conference's participants; writes nothing. nullopt, with a sentence, when the file as
    // a whole cannot be used (unreadable, not UTF-8, no name or unit column, no data rows), the
    // conference does not exist, or the reading was stopped.
    static std::optional<Preview> read(const QString &path, const Store &store, qint64 conferenceId,
        QString *error, const Progress &progress = {}, int sheet = 0);
    // The same for content already in memory; fileName is only used in sentences.
    static std::optional<Preview> parse(const QByteArray &content, const QString &fileName,
        const Store &store, qint64 conferenceId, QString *error, const Progress &progress = {},
        int sheet = 0);

    // In one transaction: adds the new persons (name, title, unit) to the directory and the rows
    // as participants after the existing ones, in the file's order. Refuses, changing nothing,
    // while any row has an error; any failure on the way, or a stop, leaves the database as it
    // was.
    static bool apply(const Preview &preview, Store &store, qint64 conferenceId, QString *error,
        const Progress &progress = {});
};
