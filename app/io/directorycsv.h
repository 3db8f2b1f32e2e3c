#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

class Store;

// People or units for the directory from an Excel workbook (.xlsx) or a CSV file (as TableSource
// reads them): read into a preview that says, row by row, what would happen and what is wrong,
// then added all at once or not at all, each row logged in the audit log as any other save.
//
// The first row names the columns in Vietnamese, compared without marks or case; "STT" is
// skipped, other columns are reported and ignored.
// - People: "Họ và tên" (or "Họ tên"; required), "Giới tính" (Nam, Nữ), "Chức vụ", "Đơn vị" (a
//   unit of the directory, by its exact name), "Điện thoại", "Email", "Ngày vào Đảng",
//   "Ngày chính thức", "Ghi chú". The directory keeps no birth date: a "Ngày sinh" column is
//   named in the notices and not read.
// - Units: "Tên đơn vị" (or "Đơn vị", "Tên"; required), "Tên viết tắt", "Loại" (the kinds of
//   the unit editor), "Đơn vị cấp trên" (a unit of the directory, or one added by an earlier row
//   of the same file), "Ký hiệu", "Địa danh", "Từ ngày", "Đến ngày", "Ghi chú".
// Dates as a secretary types them (dd/mm/yyyy, yyyy-mm-dd…).
//
// Names are compared as the other imports compare them (VietnameseText::matchKey: tones count,
// case and old or new tone placement do not), so "Nguyễn Thị Hà" never becomes "Nguyễn Thị Hạ".
// A row naming someone already in the directory (the same name in the same unit; without a unit,
// the same name anywhere) is shown as "already in the directory" and skipped: an import adds, it
// never changes a record a secretary may have corrected by hand.
class DirectoryCsv
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryCsv)

public:
    enum class Kind { People, Units };

    enum class Outcome {
        Rejected, // the row has a message: nothing of the file is imported
        New, // added to the directory
        AlreadyPresent, // the directory has it already: skipped
    };

    struct Row
    {
        int fileRow = 0; // as a spreadsheet numbers it: the header is row 1
        QString name; // full name, or the unit's name
        QString detail; // a person's title, a unit's short name
        QString unitName; // a person's unit, a unit's superior unit, as written
        QString kindText; // a unit's kind as written
        QVariantMap values; // the record as it will be inserted (without parent_id from the file)
        qint64 unitId = 0; // the person's unit, the unit's superior in the directory
        int parentRow = 0; // a unit's superior added by that earlier row of the file
        qint64 existingId = 0; // for AlreadyPresent: the record of the directory
        Outcome outcome = Outcome::Rejected;
        QStringList messages; // one sentence per problem; empty for a good row
        QStringList notes; // not problems (control characters removed)

        bool hasError() const { return !messages.isEmpty(); }
        QString outcomeText() const;
    };

    struct Preview
    {
        Kind kind = Kind::People;
        QString fileName; // without the folder
        QList<Row> rows; // data rows, blank ones left out
        QStringList fileMessages; // notices about the whole file; not errors
        // A workbook's sheets and the one read (empty and 0 for a CSV file).
        QStringList sheetNames;
        int sheet = 0;

        int errorCount() const;
        int newCount() const;
        int presentCount() const;
        bool hasErrors() const { return errorCount() > 0; }
    };

    // Told every few rows how many of how many are done; false stops the work, and nothing is
    // read or changed.
    using Progress = std::function<bool(int done, int total)>;

    // The table the kind fills ("person", "unit").
    static QString table(Kind kind);

    // Reads and checks the file (an Excel workbook's sheet of that index, or a CSV file: see
    // TableSource) against the directory; writes nothing. nullopt, with a sentence, when the
    // file as a whole cannot be used (unreadable, not UTF-8, no name column, no data rows) or
    // the reading was stopped.
    static std::optional<Preview> read(Kind kind, const QString &path, const Store &store,
        QString *error, const Progress &progress = {}, int sheet = 0);
    static std::optional<Preview> parse(Kind kind, const QByteArray &content,
        const QString &fileName, const Store &store, QString *error, const Progress &progress = {},
        int sheet = 0);

    // In one transaction, adds the new rows in the file's order (a superior before the units
    // under it). Refuses, changing nothing, while any row has an error; any refusal of the store
    // on the way, or a stop, leaves the database as it was. *added: the records added.
    static bool apply(const Preview &preview, Store &store, QString *error,
        const Progress &progress = {}, int *added = nullptr);
};
