#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

#include <optional>

class Store;

// A commendation's list of recipients from an Excel workbook (.xlsx) or a CSV file (as
// TableSource reads them): read
// into a preview that says, row by row, what would happen, then taken into the commendation's
// list all at once, or not at all.
//
// The first row names the columns in Vietnamese, compared without marks or case: "STT"
// (skipped), "Họ và tên" (or "Họ tên", "Tên tập thể", "Tên"), "Chức vụ, đơn vị" (or "Chức vụ",
// "Đơn vị"), "Thành tích". A name that is a unit of the directory (VietnameseText::matchKey: tones
// count, case and tone placement do not) is a collective; units are only matched, never created.
// Any other name is a person: matched by the same key, or added to the directory when the
// commendation is saved. A recipient already on the list, or twice in the file, is refused.
class RecipientCsv
{
    Q_DECLARE_TR_FUNCTIONS(RecipientCsv)

public:
    enum class Outcome {
        Rejected, // the row has a message and will not be imported
        Collective, // a unit of the directory
        ExistingPerson, // a person of the directory
        NewPerson, // a person added to the directory with the commendation
    };

    struct Row
    {
        int fileRow = 0; // as a spreadsheet numbers it: the header is row 1
        QString name;
        QString detail; // unit or title held then; for a person found, their title when empty
        QString achievement;
        qint64 unitId = 0;
        qint64 personId = 0;
        Outcome outcome = Outcome::Rejected;
        QStringList messages; // one sentence per problem; empty for a good row

        bool hasError() const { return !messages.isEmpty(); }
        QString outcomeText() const;
    };

    struct Preview
    {
        QString fileName;
        QList<Row> rows;
        QStringList fileMessages; // columns ignored: notices, not errors
        // A workbook's sheets and the one read (empty and 0 for a CSV file).
        QStringList sheetNames;
        int sheet = 0;

        int errorCount() const;
        bool hasErrors() const { return errorCount() > 0; }
    };

    // Reads and checks the file against the directory and the rows already on the list
    // (recipient_kind, unit_id, person_id, name); writes nothing. nullopt, with a sentence, when
    // the file as a whole cannot be used.
    static std::optional<Preview> read(const QString &path, const Store &store,
        const QVector<QVariantMap> &listed, QString *error, int sheet = 0);
    static std::optional<Preview> parse(const QByteArray &content, const QString &fileName,
        const Store &store, const QVector<QVariantMap> &listed, QString *error, int sheet = 0);

    // The rows as the commendation's list takes them, in the file's order; a new person carries
    // "new_person" (the directory record to add). Empty while any row has an error.
    static QList<QVariantMap> listRows(const Preview &preview);
};
