#include "importcommand.h"

#include "io/delegatecsv.h"
#include "io/directorycsv.h"
#include "io/recipientcsv.h"
#include "storage/store.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

namespace {

// What every kind prints: the notices about the file, then each row that has something to say,
// as the preview's message column says it.
void printFileMessages(const QStringList &messages, QTextStream &out)
{
    for (const QString &message : messages)
        out << message << '\n';
}

void printRow(int fileRow, const QStringList &sentences, QTextStream &stream)
{
    if (!sentences.isEmpty())
        stream << ImportCommand::tr("Row %1: %2").arg(fileRow).arg(sentences.join(QLatin1Char(' ')))
               << '\n';
}

int refuseErrors(int errors, QTextStream &err)
{
    err << ImportCommand::tr(
        "Nothing was imported: %n row(s) have errors. Fix the file and run the command "
        "again.",
        nullptr, errors)
        << '\n';
    return 1;
}

int directory(
    Store &store, const ImportCommand::Request &request, QTextStream &out, QTextStream &err)
{
    const DirectoryCsv::Kind kind = request.kind == QLatin1String("people")
        ? DirectoryCsv::Kind::People
        : DirectoryCsv::Kind::Units;
    QString error;
    const auto preview = DirectoryCsv::read(kind, request.path, store, &error);
    if (!preview) {
        err << error << '\n';
        return 1;
    }
    printFileMessages(preview->fileMessages, out);
    for (const DirectoryCsv::Row &row : preview->rows) {
        if (row.hasError())
            printRow(row.fileRow, row.messages + row.notes, err);
        else if (row.outcome == DirectoryCsv::Outcome::AlreadyPresent || !row.notes.isEmpty())
            printRow(row.fileRow,
                (row.outcome == DirectoryCsv::Outcome::AlreadyPresent
                        ? QStringList {ImportCommand::tr("“%1” is already in the directory, "
                                                         "skipped.")
                                           .arg(row.name)}
                        : QStringList())
                    + row.notes,
                out);
    }
    if (preview->hasErrors())
        return refuseErrors(preview->errorCount(), err);
    const int present = preview->presentCount();
    if (request.dryRun) {
        out << (kind == DirectoryCsv::Kind::People
                ? ImportCommand::tr(
                    "Checked: %n person(s) would be added", nullptr, preview->newCount())
                : ImportCommand::tr(
                    "Checked: %n unit(s) would be added", nullptr, preview->newCount()))
            << ImportCommand::tr(", %n already in the directory; nothing was written "
                                 "(--dry-run).",
                   nullptr, present)
            << '\n';
        return 0;
    }
    int added = 0;
    if (!DirectoryCsv::apply(*preview, store, &error, {}, &added)) {
        err << error << '\n';
        return 1;
    }
    out << (kind == DirectoryCsv::Kind::People
            ? ImportCommand::tr("Imported: %n person(s) added", nullptr, added)
            : ImportCommand::tr("Imported: %n unit(s) added", nullptr, added))
        << ImportCommand::tr(", %n already in the directory and skipped.", nullptr, present)
        << '\n';
    return 0;
}

int delegates(
    Store &store, const ImportCommand::Request &request, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto preview = DelegateCsv::read(request.path, store, request.recordId, &error);
    if (!preview) {
        err << error << '\n';
        return 1;
    }
    printFileMessages(preview->fileMessages, out);
    for (const DelegateCsv::Row &row : preview->rows)
        printRow(row.fileRow, row.messages + row.notes, row.hasError() ? err : out);
    if (preview->hasErrors())
        return refuseErrors(preview->errorCount(), err);
    const int rows = int(preview->rows.size());
    const int added = preview->newPersonCount();
    if (request.dryRun) {
        out << ImportCommand::tr("Checked: %n delegate row(s) would be added", nullptr, rows)
            << ImportCommand::tr(", %n of them new to the directory; nothing was written "
                                 "(--dry-run).",
                   nullptr, added)
            << '\n';
        return 0;
    }
    if (!DelegateCsv::apply(*preview, store, request.recordId, &error)) {
        err << error << '\n';
        return 1;
    }
    out << ImportCommand::tr("Imported: %n delegate row(s) added to “%1”", nullptr, rows)
               .arg(preview->conferenceTitle)
        << ImportCommand::tr(", %n new person(s) added to the directory.", nullptr, added) << '\n';
    return 0;
}

int recipients(
    Store &store, const ImportCommand::Request &request, QTextStream &out, QTextStream &err)
{
    QString error;
    // A proposal above the account's clearance reads as one that does not exist.
    if (!store.read(QStringLiteral("commendation"), request.recordId)) {
        err << ImportCommand::tr("There is no commendation proposal number %1.")
                   .arg(request.recordId)
            << '\n';
        return 1;
    }
    // Who is on the list already, as the editor hands it to the preview.
    QVector<QVariantMap> listed;
    int position = 0;
    if (!store.lookup(
            QStringLiteral("SELECT recipient_kind, unit_id, person_id, name, position "
                           "FROM commendation_recipient WHERE commendation_id = ?"),
            {request.recordId},
            [&listed, &position](const QSqlQuery &row) {
                listed.append({{QStringLiteral("recipient_kind"), row.value(0)},
                    {QStringLiteral("unit_id"), row.value(1)},
                    {QStringLiteral("person_id"), row.value(2)},
                    {QStringLiteral("name"), row.value(3)}});
                position = std::max(position, row.value(4).toInt());
            },
            &error)) {
        err << error << '\n';
        return 1;
    }
    const auto preview = RecipientCsv::read(request.path, store, listed, &error);
    if (!preview) {
        err << error << '\n';
        return 1;
    }
    printFileMessages(preview->fileMessages, out);
    for (const RecipientCsv::Row &row : preview->rows)
        printRow(row.fileRow, row.messages, err);
    if (preview->hasErrors())
        return refuseErrors(preview->errorCount(), err);
    const QList<QVariantMap> rows = RecipientCsv::listRows(*preview);
    if (request.dryRun) {
        out << ImportCommand::tr("Checked: %n recipient(s) would be added to the list; nothing "
                                 "was written (--dry-run).",
            nullptr, int(rows.size()))
            << '\n';
        return 0;
    }
    // The list and the people new to the directory, together or not at all.
    Store::Write write(&store);
    if (!write.isActive()) {
        err << write.errorString() << '\n';
        return 1;
    }
    for (int i = 0; i < rows.size(); ++i) {
        QVariantMap row = rows.at(i);
        const QVariant newPerson = row.take(QStringLiteral("new_person"));
        if (newPerson.isValid()) {
            const auto id = store.insert(QStringLiteral("person"), newPerson.toMap(), &error);
            if (!id)
                break;
            row.insert(QStringLiteral("person_id"), *id);
        }
        row.insert(QStringLiteral("commendation_id"), request.recordId);
        row.insert(QStringLiteral("position"), ++position);
        if (!store.insert(QStringLiteral("commendation_recipient"), row, &error))
            break;
        error.clear();
    }
    if (!error.isEmpty() || !write.commit(&error)) {
        err << ImportCommand::tr("%1 Nothing was imported.").arg(error) << '\n';
        return 1;
    }
    out << ImportCommand::tr(
        "Imported: %n recipient(s) added to the list.", nullptr, int(rows.size()))
        << '\n';
    return 0;
}

} // namespace

QStringList ImportCommand::kinds()
{
    return {QStringLiteral("people"), QStringLiteral("units"), QStringLiteral("delegates"),
        QStringLiteral("recipients")};
}

QString ImportCommand::table(const QString &kind)
{
    if (kind == QLatin1String("people"))
        return QStringLiteral("person");
    if (kind == QLatin1String("units"))
        return QStringLiteral("unit");
    if (kind == QLatin1String("delegates"))
        return QStringLiteral("conference_participant");
    return QStringLiteral("commendation_recipient");
}

int ImportCommand::run(Store &store, const Request &request, QTextStream &out, QTextStream &err)
{
    if (request.kind == QLatin1String("people") || request.kind == QLatin1String("units"))
        return directory(store, request, out, err);
    if (request.kind == QLatin1String("delegates"))
        return delegates(store, request, out, err);
    return recipients(store, request, out, err);
}
