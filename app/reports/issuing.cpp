#include "issuing.h"

#include "core/clock.h"
#include "storage/approvals.h"
#include "storage/commendations.h"
#include "storage/store.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const char notice[] = "conference-summary";
const char invitations[] = "conference-invitations";
const char decision[] = "inspection-decision";
const char plan[] = "inspection-plan";
const char conclusion[] = "inspection-conclusion";
const char commendationProposal[] = "commendation-proposal";
const char commendationDecision[] = "commendation-decision";

// The record's own columns an issued document fills: an inspection's decision and its plan; a
// commendation's proposal, and its decision, which also decides it (and so freezes its list).
QVariantMap filledValues(
    const QString &kind, const DocumentRegister::Entry &entry, const QString &signer)
{
    const QString date = entry.issuedOn.toString(Qt::ISODate);
    if (kind == QLatin1String(decision))
        return {
            {QStringLiteral("decision_code"), entry.code}, {QStringLiteral("decided_on"), date}};
    if (kind == QLatin1String(plan))
        return {{QStringLiteral("plan_code"), entry.code}, {QStringLiteral("planned_on"), date}};
    if (kind == QLatin1String(commendationProposal))
        return {
            {QStringLiteral("proposal_code"), entry.code}, {QStringLiteral("proposed_on"), date}};
    if (kind == QLatin1String(commendationDecision))
        return {{QStringLiteral("decision_code"), entry.code}, {QStringLiteral("decided_on"), date},
            {QStringLiteral("signer"), signer},
            {QStringLiteral("status"), QStringLiteral("decided")}};
    return {};
}

} // namespace

QStringList Issuing::dateWarnings(
    const Store &store, const QString &kind, qint64 id, const QDate &date)
{
    QStringList warnings;
    const QString format = QStringLiteral("dd/MM/yyyy");
    if (Reports::subjectTable(kind) == QLatin1String("conference")) {
        const QDate held = QDate::fromString(
            store.value(QStringLiteral("SELECT held_on FROM conference WHERE id = ?"), {id})
                .toString(),
            Qt::ISODate);
        if (held.isValid() && kind == QLatin1String(notice) && date < held)
            warnings << tr("The notice is dated %1, before the day of the conference (%2).")
                            .arg(date.toString(format), held.toString(format));
        if (held.isValid() && kind == QLatin1String(invitations) && date > held)
            warnings << tr("The invitation is dated %1, after the day of the conference (%2).")
                            .arg(date.toString(format), held.toString(format));
    }
    if (Reports::subjectTable(kind) == QLatin1String("inspection_team")) {
        auto team = store.select(QStringLiteral("SELECT starts_on, decided_on FROM inspection_team "
                                                "WHERE id = ?"),
            {id});
        if (team && team->next()) {
            const QDate starts = QDate::fromString(team->value(0).toString(), Qt::ISODate);
            const QDate decided = QDate::fromString(team->value(1).toString(), Qt::ISODate);
            if (starts.isValid() && (kind == QLatin1String(decision) || kind == QLatin1String(plan))
                && date > starts)
                warnings << tr("The document is dated %1, after the inspection's working period "
                               "began (%2).")
                                .arg(date.toString(format), starts.toString(format));
            if (decided.isValid() && kind == QLatin1String(plan) && date < decided)
                warnings << tr("The plan is dated %1, before the decision setting up the team "
                               "(%2).")
                                .arg(date.toString(format), decided.toString(format));
        }
    }
    if (kind == QLatin1String(conclusion)) {
        const QDate last = QDate::fromString(
            store
                .value(QStringLiteral("SELECT max(held_on) FROM inspection_session WHERE "
                                      "target_id = ?"),
                    {id})
                .toString(),
            Qt::ISODate);
        if (last.isValid() && date < last)
            warnings << tr("The notice is dated %1, before the team's last working session with "
                           "the target (%2).")
                            .arg(date.toString(format), last.toString(format));
    }
    if (date > store.clock()->today())
        warnings << tr("The date %1 is in the future.").arg(date.toString(format));
    return warnings;
}

QString Issuing::fingerprint(const Reports::Built &built)
{
    // The data the templates print, keys in order: the same record gives the same bytes.
    const QByteArray json
        = QJsonDocument(QJsonObject::fromVariantMap(built.data)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
}

bool Issuing::differs(const Store &store, const DocumentRegister::Entry &entry)
{
    if (entry.sourceSha256.isEmpty() || !entry.subject.isValid())
        return false;
    QString error;
    const auto built = Reports::build(store, entry.reportKind, entry.subject.id, &error);
    // A record that can no longer be printed has changed too.
    return !built || fingerprint(*built) != entry.sourceSha256;
}

std::optional<DocumentRegister::Entry> Issuing::issue(Store &store, const QString &kind, qint64 id,
    const QDate &date, qint64 replacesId, QString *error)
{
    const QString subject = Reports::subjectTable(kind);
    if (subject.isEmpty()) {
        *error = tr("Unknown report “%1”.").arg(kind);
        return std::nullopt;
    }
    Store::Write write(&store, Access::Action::Issue);
    if (!write.isActive()) {
        *error = write.errorString();
        return std::nullopt;
    }
    // With accounts, a commendation's decision and an inspection's conclusion wait for a
    // leader's approval.
    if (const QString refusal = Approvals::refusalToIssue(store, kind, id); !refusal.isEmpty()) {
        *error = refusal;
        return std::nullopt;
    }
    // A commendation is decided on the decision's date, or not at all.
    if (kind == QLatin1String(commendationDecision) && !replacesId) {
        const QString refusal = Commendations::refusalToDecide(store, id, date);
        if (!refusal.isEmpty()) {
            *error = refusal;
            return std::nullopt;
        }
    }
    // Built first without a number: a document that cannot be printed gets none.
    const auto draft = Reports::build(store, kind, id, error);
    if (!draft)
        return std::nullopt;
    const QString typeCode = draft->data.value(QStringLiteral("type_code")).toString();
    if (typeCode.isEmpty()) {
        *error = tr("“%1” goes with the record's papers and is not numbered.")
                     .arg(Reports::kindTitle(kind));
        return std::nullopt;
    }
    DocumentRegister::Request request;
    request.typeCode = typeCode;
    request.issuingBodyId = draft->issuingBodyId;
    request.issuerCode = draft->issuerCode;
    request.issuedOn = date;
    request.reportKind = kind;
    request.excerpt = draft->data.value(QStringLiteral("excerpt")).toString();
    request.signer = draft->signerName;
    request.subject = {subject, id};
    request.replacesId = replacesId;
    request.issuedBy = store.userName();
    const auto entry = DocumentRegister::issue(store, request, error);
    if (!entry)
        return std::nullopt;
    // The decision's (the plan's) number and date are the record's from now on.
    const QVariantMap filled = filledValues(kind, *entry, draft->signerName);
    if (!filled.isEmpty()) {
        const auto record = store.read(subject, id, error);
        if (!record)
            return std::nullopt;
        const Store::Result result = store.update(*record, filled);
        if (!result.ok()) {
            *error = result.error;
            return std::nullopt;
        }
    }
    const auto final = Reports::build(store, kind, id, error);
    if (!final)
        return std::nullopt;
    const auto pdf = Reports::pdf(*final, error);
    if (!pdf || !DocumentRegister::attachFile(store, entry->id, *pdf, fingerprint(*final), error)
        || !write.commit(error))
        return std::nullopt;
    return DocumentRegister::find(store, entry->id);
}
