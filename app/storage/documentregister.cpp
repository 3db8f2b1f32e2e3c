#include "documentregister.h"

#include "issuingbodies.h"
#include "store.h"
#include "core/catalogue.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace {

const char registerTable[] = "document_register";

QStringList subjectColumns()
{
    QStringList columns;
    for (const Catalogue::Column &column :
        Catalogue::table(QLatin1String(registerTable))->columns) {
        // The references that say what the document is of, not how it is numbered.
        static const QStringList numbering {QStringLiteral("type_code"),
            QStringLiteral("issuing_body_id"), QStringLiteral("term_id"),
            QStringLiteral("replaces_id")};
        if (column.type == Catalogue::Type::Reference && !numbering.contains(column.name))
            columns << column.name;
    }
    return columns;
}

QString selectEntry()
{
    return QStringLiteral("SELECT id, type_code, issuer_code, year, number, code, issued_on, "
                          "report_kind, excerpt, signer, status, issuing_body_id, term_id, series, "
                          "replaces_id, issued_by, source_sha256, %1 FROM document_register ")
        .arg(subjectColumns().join(QStringLiteral(", ")));
}

DocumentRegister::Entry entryFrom(const QSqlQuery &query)
{
    DocumentRegister::Entry entry;
    entry.id = query.value(0).toLongLong();
    entry.typeCode = query.value(1).toString();
    entry.issuerCode = query.value(2).toString();
    entry.year = query.value(3).toInt();
    entry.number = query.value(4).toInt();
    entry.code = query.value(5).toString();
    entry.issuedOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    entry.reportKind = query.value(7).toString();
    entry.excerpt = query.value(8).toString();
    entry.signer = query.value(9).toString();
    entry.status = query.value(10).toString();
    entry.issuingBodyId = query.value(11).toLongLong();
    entry.termId = query.value(12).toLongLong();
    entry.series = query.value(13).toString();
    entry.replacesId = query.value(14).toLongLong();
    entry.issuedBy = query.value(15).toString();
    entry.sourceSha256 = query.value(16).toString();
    const int first = 17;
    const QStringList columns = subjectColumns();
    const Catalogue::Table *table = Catalogue::table(QLatin1String(registerTable));
    for (int i = 0; i < columns.size(); ++i) {
        if (!query.value(first + i).isNull()) {
            entry.subject
                = {table->column(columns.at(i))->references, query.value(first + i).toLongLong()};
            break;
        }
    }
    return entry;
}

} // namespace

QString DocumentRegister::code(int number, const QString &typeCode, const QString &issuerCode)
{
    return QStringLiteral("%1-%2/%3")
        .arg(number, 2, 10, QLatin1Char('0'))
        .arg(typeCode, issuerCode);
}

QString DocumentRegister::subjectColumn(const QString &table)
{
    const Catalogue::Table *described = Catalogue::table(QLatin1String(registerTable));
    for (const QString &column : subjectColumns()) {
        if (described->column(column)->references == table)
            return column;
    }
    return QString();
}

std::optional<DocumentRegister::Entry> DocumentRegister::issue(
    Store &store, const Request &request, QString *error)
{
    const QString typeCode = request.typeCode.trimmed();
    std::optional<IssuingBodies::Body> body;
    if (request.issuingBodyId) {
        body = IssuingBodies::find(store, request.issuingBodyId);
        if (!body) {
            *error = tr("The issuing body of this document is no longer in the directory.");
            return std::nullopt;
        }
    }
    const QString issuerCode = body ? body->issuerCode : request.issuerCode.trimmed();
    if (typeCode.isEmpty() || issuerCode.isEmpty() || !request.issuedOn.isValid()) {
        *error = tr("A number needs the document type, the issuer code and the date.");
        return std::nullopt;
    }
    const QString column
        = request.subject.isValid() ? subjectColumn(request.subject.table) : QString();
    if (request.subject.isValid() && column.isEmpty()) {
        *error = tr("Documents of this kind of record are not numbered in the register.");
        return std::nullopt;
    }
    const QString date = request.issuedOn.toString(QStringLiteral("dd/MM/yyyy"));
    if (body && body->closedOn.isValid() && request.issuedOn > body->closedOn) {
        *error = tr("The register of %1 was closed on %2: a document dated %3 is issued by the "
                    "body that succeeded it.")
                     .arg(body->name, body->closedOn.toString(QStringLiteral("dd/MM/yyyy")), date);
        return std::nullopt;
    }
    std::optional<IssuingBodies::Term> term;
    if (body && !body->numberedPerYear) {
        term = body->termOn(request.issuedOn);
        if (!term) {
            *error = tr("No term of %1 covers %2: numbers run within a term. Add the term in the "
                        "directory of issuing bodies.")
                         .arg(body->name, date);
            return std::nullopt;
        }
    }
    const int year = request.issuedOn.year();
    Store::Write write(&store, Access::Action::Issue);
    if (!write.isActive()) {
        *error = write.errorString();
        return std::nullopt;
    }
    if (request.subject.isValid()) {
        const auto given = forSubject(store, request.subject, request.reportKind);
        if (given && given->id != request.replacesId) {
            *error = tr("This document already has the number %1 (given on %2). To give it "
                        "another, cancel that number in the outgoing document register first.")
                         .arg(given->code, given->issuedOn.toString(QStringLiteral("dd/MM/yyyy")));
            return std::nullopt;
        }
        if (!given && request.replacesId) {
            *error = tr("The document to be replaced is no longer issued.");
            return std::nullopt;
        }
    }
    // The run: types sharing one (the congress documents) number together.
    const QString shared
        = store
              .value(
                  QStringLiteral("SELECT shared_run FROM document_type WHERE code = ?"), {typeCode})
              .toString();
    const QString run = shared.trimmed().isEmpty() ? typeCode : shared.trimmed();
    QString series = term ? QStringLiteral("term %1 %2").arg(term->id).arg(run)
                          : QStringLiteral("year %1 %2").arg(year).arg(run);
    if (body)
        series.prepend(QStringLiteral("body %1 ").arg(body->id));
    // Counted over the whole register, the entries of records the user may not read included.
    const QVariant next = store.value(QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM "
                                                     "main.document_register WHERE issuer_code = ? "
                                                     "AND series = ?"),
        {issuerCode, series}, error);
    if (next.isNull())
        return std::nullopt;
    const int number = next.toInt();
    QVariantMap values {{QStringLiteral("type_code"), typeCode},
        {QStringLiteral("issuer_code"), issuerCode}, {QStringLiteral("year"), year},
        {QStringLiteral("series"), series}, {QStringLiteral("number"), number},
        {QStringLiteral("code"), code(number, typeCode, issuerCode)},
        {QStringLiteral("issued_on"), request.issuedOn.toString(Qt::ISODate)},
        {QStringLiteral("report_kind"), request.reportKind},
        {QStringLiteral("excerpt"), request.excerpt}, {QStringLiteral("signer"), request.signer},
        {QStringLiteral("issued_by"), request.issuedBy},
        {QStringLiteral("status"), QStringLiteral("issued")}};
    if (body)
        values.insert(QStringLiteral("issuing_body_id"), body->id);
    if (term)
        values.insert(QStringLiteral("term_id"), term->id);
    if (request.replacesId)
        values.insert(QStringLiteral("replaces_id"), request.replacesId);
    if (!column.isEmpty())
        values.insert(column, request.subject.id);
    const std::optional<qint64> id = store.insert(QLatin1String(registerTable), values, error);
    if (!id || !write.commit(error))
        return std::nullopt;
    return find(store, *id);
}

bool DocumentRegister::attachFile(
    Store &store, qint64 id, const QByteArray &pdf, const QString &sourceSha256, QString *error)
{
    Store::Write write(&store);
    const std::optional<Store::Record> record = store.read(QLatin1String(registerTable), id);
    if (!write.isActive() || !record) {
        *error = write.isActive() ? tr("This number is not in the register.") : write.errorString();
        return false;
    }
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    if (!store.insert(QStringLiteral("issued_document"),
            {{QStringLiteral("register_id"), id},
                {QStringLiteral("media_type"), QStringLiteral("application/pdf")},
                {QStringLiteral("content"), pdf}, {QStringLiteral("sha256"), sha},
                {QStringLiteral("issued_by"), store.userName()}},
            error))
        return false;
    const Store::Result result
        = store.update(*record, {{QStringLiteral("source_sha256"), sourceSha256}});
    if (result.outcome != Store::Outcome::Written) {
        *error = result.error;
        return false;
    }
    return write.commit(error);
}

std::optional<QByteArray> DocumentRegister::file(const Store &store, qint64 id, QString *error)
{
    auto query = store.select(
        QStringLiteral("SELECT content, sha256 FROM issued_document WHERE register_id = ?"), {id},
        error);
    if (!query)
        return std::nullopt;
    if (!query->next()) {
        *error = tr("No issued file is kept for this number (it was given before issued "
                    "documents were kept, or by hand).");
        return std::nullopt;
    }
    const QByteArray content = query->value(0).toByteArray();
    if (QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())
        != query->value(1).toString()) {
        *error = tr("The issued file kept for this number does not match its fingerprint: the "
                    "database may be damaged. Run “secretariat check”.");
        return std::nullopt;
    }
    return content;
}

bool DocumentRegister::cancel(Store &store, qint64 id, const QString &reason, QString *error)
{
    const std::optional<Store::Record> record = store.read(QLatin1String(registerTable), id);
    if (!record
        || record->values.value(QStringLiteral("status")).toString() != QLatin1String("issued")) {
        *error = tr("This number is not in the register or was already cancelled.");
        return false;
    }
    const Store::Result result = store.update(*record,
        {{QStringLiteral("status"), QStringLiteral("cancelled")},
            {QStringLiteral("cancelled_reason"), reason}});
    if (result.outcome == Store::Outcome::Written)
        return true;
    *error = result.outcome == Store::Outcome::Failed
        ? result.error
        : tr("This number was changed in another window meanwhile; look at it again.");
    return false;
}

bool DocumentRegister::hasFile(const Store &store, qint64 id)
{
    return !store.value(QStringLiteral("SELECT 1 FROM issued_document WHERE register_id = ?"), {id})
                .isNull();
}

QStringList DocumentRegister::verifyFiles(const Store &store)
{
    QStringList problems;
    // One file at a time: a register of thousands never holds more than one in memory.
    auto ids = store.select(QStringLiteral("SELECT register_id FROM issued_document ORDER BY 1"));
    QList<qint64> all;
    while (ids && ids->next())
        all << ids->value(0).toLongLong();
    for (const qint64 id : std::as_const(all)) {
        QString error;
        if (!file(store, id, &error)) {
            const auto entry = find(store, id);
            problems << tr("Issued document %1: %2")
                            .arg(entry ? entry->code : QString::number(id), error);
        }
    }
    return problems;
}

std::optional<DocumentRegister::Entry> DocumentRegister::find(const Store &store, qint64 id)
{
    auto query = store.select(selectEntry() + QStringLiteral("WHERE id = ?"), {id});
    if (query && query->next())
        return entryFrom(*query);
    return std::nullopt;
}

std::optional<DocumentRegister::Entry> DocumentRegister::forSubject(
    const Store &store, const Subject &subject, const QString &reportKind)
{
    const QString column = subjectColumn(subject.table);
    if (column.isEmpty() || !subject.isValid())
        return std::nullopt;
    // The column comes from the catalogue, never from a user.
    auto query = store.select(selectEntry()
            + QStringLiteral("WHERE %1 = ? AND report_kind = ? AND "
                             "status = 'issued' ORDER BY id DESC LIMIT 1")
                  .arg(column),
        {subject.id, reportKind});
    if (query && query->next())
        return entryFrom(*query);
    return std::nullopt;
}
