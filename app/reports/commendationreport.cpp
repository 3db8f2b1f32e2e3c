#include "commendationreport.h"

#include "documentwords.h"
#include "inspectionstatistics.h"
#include "core/clock.h"
#include "storage/commendations.h"
#include "storage/issuingbodies.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QSqlQuery>
#include <QSqlRecord>

// Document wording (Vietnamese, as the office writes it) is not UI text: only the refusals are
// translated.
namespace {

using namespace DocumentWords;

QString number(qint64 value)
{
    return VietnameseText::formatInteger(value);
}

// What every document of a commendation starts from.
struct Record
{
    qint64 id = 0;
    qint64 bodyId = 0;
    QString body; // "Ban Thường vụ Tỉnh ủy Thanh Hóa"
    QString form; // "Bằng khen"; "Huy hiệu Đảng" for a round
    QString kind, reason, status, proposer, proposalCode, decisionCode;
    qint64 proposerBodyId = 0;
    QDate proposedOn, decidedOn, roundOn;
    bool badgeRound() const { return kind == QLatin1String("party_badge"); }
};

std::optional<Record> readRecord(const Store &store, qint64 id, QString *error)
{
    auto found = store.select(
        QStringLiteral("SELECT c.issuing_body_id, b.name, c.kind, c.reason, c.status, u.name, "
                       "c.proposal_code, c.decision_code, c.proposed_on, c.decided_on, "
                       "c.round_on, (SELECT pb.id FROM issuing_body pb WHERE pb.unit_id = "
                       "c.proposing_unit_id ORDER BY pb.id LIMIT 1) "
                       "FROM commendation c LEFT JOIN issuing_body b ON b.id = c.issuing_body_id "
                       "LEFT JOIN unit u ON u.id = c.proposing_unit_id WHERE c.id = ?"),
        {id}, error);
    if (!found)
        return std::nullopt;
    if (!found->next()) {
        *error = CommendationReport::tr("There is no commendation number %1 in this database.")
                     .arg(id);
        return std::nullopt;
    }
    Record r;
    r.id = id;
    r.bodyId = found->value(0).toLongLong();
    r.body = found->value(1).toString();
    r.kind = found->value(2).toString();
    r.reason = found->value(3).toString().simplified();
    r.status = found->value(4).toString();
    r.proposer = found->value(5).toString();
    r.proposalCode = found->value(6).toString().trimmed();
    r.decisionCode = found->value(7).toString();
    r.proposedOn = isoDate(found->value(8));
    r.decidedOn = isoDate(found->value(9));
    r.roundOn = isoDate(found->value(10));
    r.proposerBodyId = found->value(11).toLongLong();
    r.form = Commendations::formName(store, id);
    return r;
}

// The list as printed: groups (tập thể, then cá nhân; or one per badge), each numbered from 1.
struct List
{
    QVariantList groups;
    int collectives = 0;
    int individuals = 0;
    bool hasDetail = false; // a unit or title on some row: the column is printed
    QStringList badges; // "Huy hiệu 30 năm tuổi Đảng cho 12 đồng chí"
};

// A badge's row says how it is given when not in the usual way.
QString badgeNote(bool early, bool posthumous, bool replacement)
{
    QStringList notes;
    if (posthumous)
        notes << QStringLiteral("Truy tặng");
    if (early)
        notes << QStringLiteral("Tặng sớm");
    if (replacement)
        notes << QStringLiteral("Cấp lại");
    return notes.join(QStringLiteral(", "));
}

std::optional<List> readList(
    const Store &store, const Record &record, bool acceptedOnly, QString *error)
{
    const QString reviews = acceptedOnly ? QStringLiteral("r.review = 'accepted'")
                                         : QStringLiteral("r.review <> 'rejected'");
    // A badge round by badge (fewest years first); else the collectives before the individuals.
    auto rows
        = store.select(QStringLiteral("SELECT r.recipient_kind, r.name, coalesce(r.detail, ''), "
                                      "coalesce(r.achievement, ''), coalesce(f.name, ''), r.early, "
                                      "r.posthumous, r.replacement FROM commendation_recipient r "
                                      "LEFT JOIN commendation_form f ON f.id = r.form_id "
                                      "WHERE r.commendation_id = ? AND ")
                + reviews
                + (record.badgeRound()
                        ? QStringLiteral(" ORDER BY f.badge_years, f.position, r.position, r.id")
                        : QStringLiteral(" ORDER BY r.recipient_kind = 'individual', r.position, "
                                         "r.id")),
            {record.id}, error);
    if (!rows)
        return std::nullopt;
    static const char *const roman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
        "XI", "XII", "XIII", "XIV", "XV"};
    List list;
    QString current;
    QVariantList members;
    QString title;
    const auto close = [&]() {
        if (members.isEmpty())
            return;
        const int at = list.groups.size();
        list.groups << QVariantMap {
            {QStringLiteral("heading"),
                QStringLiteral("%1. %2").arg(QLatin1String(roman[qMin(at, 14)]), title)},
            {QStringLiteral("rows"), members}};
        if (record.badgeRound())
            list.badges
                << QStringLiteral("%1 cho %2 đồng chí").arg(current, number(members.size()));
        members.clear();
    };
    while (rows->next()) {
        const bool collective = rows->value(0).toString() == QLatin1String("collective");
        const QString group = record.badgeRound()
            ? rows->value(4).toString()
            : (collective ? QStringLiteral("TẬP THỂ") : QStringLiteral("CÁ NHÂN"));
        if (group != current || (members.isEmpty() && list.groups.isEmpty())) {
            close();
            current = group;
            title = record.badgeRound() ? group.toUpper() : group;
        }
        (collective ? list.collectives : list.individuals)++;
        QString achievement = rows->value(3).toString().simplified();
        if (record.badgeRound()) {
            const QString note = badgeNote(
                rows->value(5).toBool(), rows->value(6).toBool(), rows->value(7).toBool());
            achievement = note.isEmpty() || achievement.isEmpty()
                ? note + achievement
                : note + QStringLiteral("; ") + achievement;
        }
        const QString detail = rows->value(2).toString().simplified();
        list.hasDetail = list.hasDetail || !detail.isEmpty();
        members << QVariantMap {{QStringLiteral("number"), members.size() + 1},
            {QStringLiteral("name"), rows->value(1).toString().simplified()},
            {QStringLiteral("detail"), detail}, {QStringLiteral("achievement"), achievement}};
    }
    close();
    return list;
}

// "2 tập thể và 3 cá nhân".
QString whom(const List &list)
{
    return awardees(list.collectives, list.individuals);
}

// The rules a decision rests on, in force on its date: those of 2025 from 9 June 2025, those of
// 2021 before (Quy định 24-QĐ/TW, Hướng dẫn 01-HD/TW).
QStringList rules(const QDate &on, const QString &join)
{
    QStringList lines {QStringLiteral("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;")};
    if (on.isValid() && on < QDate(2025, 6, 9))
        lines << QStringLiteral("Căn cứ Quy định số 24-QĐ/TW%1 30/7/2021 của Ban Chấp hành Trung "
                                "ương về thi hành Điều lệ Đảng;")
                     .arg(join)
              << QStringLiteral("Căn cứ Hướng dẫn số 01-HD/TW%1 28/9/2021 của Ban Bí thư về một "
                                "số vấn đề cụ thể thi hành Điều lệ Đảng;")
                     .arg(join);
    else
        lines << QStringLiteral("Căn cứ Quy định số 294-QĐ/TW%1 26/5/2025 của Ban Chấp hành Trung "
                                "ương về thi hành Điều lệ Đảng;")
                     .arg(join)
              << QStringLiteral("Căn cứ Hướng dẫn số 06-HD/TW%1 9/6/2025 của Ban Bí thư về một "
                                "số vấn đề cụ thể thi hành Điều lệ Đảng;")
                     .arg(join);
    return lines;
}

// " ngày 10/5/2024", with the profile's comma when it writes one; empty without a date.
QString onDate(const QDate &date, const QString &join)
{
    return date.isValid() ? join + VietnameseText::citationDate(date) : QString();
}

// The collective that decides, as the decision says it: "BAN THƯỜNG VỤ TỈNH ỦY" from "T/M BAN
// THƯỜNG VỤ" and the issuing line "TỈNH ỦY"; the issuing line alone when the committee itself
// decides.
QString decidingCollective(const IssuingBodies::Body &body, const QString &kind)
{
    const QString line = body.issuingLine.simplified().toUpper();
    const auto signer = body.signerFor(kind);
    QString authority = signer ? signer->authority.simplified().toUpper() : QString();
    for (const QString &prefix :
        {QStringLiteral("T/M "), QStringLiteral("K/T "), QStringLiteral("T/L ")}) {
        if (authority.startsWith(prefix))
            authority = authority.mid(prefix.size());
    }
    if (authority.isEmpty() || line.startsWith(authority))
        return line;
    if (authority.endsWith(line))
        return authority;
    return authority + QLatin1Char(' ') + line;
}

// The list's table: the unit-or-title column only where some row has one.
void insertList(QVariantMap *data, const List &list)
{
    data->insert(QStringLiteral("groups"), list.groups);
    data->insert(QStringLiteral("has_detail"), list.hasDetail);
    data->insert(QStringLiteral("columns"), list.hasDetail ? 4 : 3);
    data->insert(QStringLiteral("name_width"), list.hasDetail ? 30 : 42);
    data->insert(QStringLiteral("detail_width"), 27);
    data->insert(QStringLiteral("achievement_width"), list.hasDetail ? 35 : 50);
}

// A badge round lists members: their names, and how each badge is given.
void insertHeadings(QVariantMap *data, const Record &record)
{
    data->insert(QStringLiteral("name_heading"),
        record.badgeRound() ? QStringLiteral("Họ và tên") : QStringLiteral("Tên tập thể, cá nhân"));
    data->insert(QStringLiteral("achievement_heading"),
        record.badgeRound() ? QStringLiteral("Ghi chú") : QStringLiteral("Thành tích"));
}

QVariantMap frameParts()
{
    return {{QStringLiteral("marks"), QStringList()}, {QStringLiteral("numbered"), true},
        {QStringLiteral("has_recipients"), true}, {QStringLiteral("has_signature"), true},
        {QStringLiteral("recipients_as_above"), false}};
}

} // namespace

std::optional<QVariantMap> CommendationReport::proposal(
    const Store &store, qint64 commendationId, const ReportContext &context, QString *error)
{
    const auto record = readRecord(store, commendationId, error);
    if (!record)
        return std::nullopt;
    const auto list = readList(store, *record, false, error);
    if (!list)
        return std::nullopt;
    if (list->groups.isEmpty() && !context.draft) {
        *error = tr("The commendation has nobody on its list yet: add the recipients before "
                    "printing the proposal. A draft can be printed meanwhile.");
        return std::nullopt;
    }
    QVariantMap data = frameParts();
    const QString proposer
        = record->proposer.isEmpty() ? QStringLiteral("cấp ủy") : record->proposer;
    // The proposing body's own header; a unit that issues nothing is named under the deciding
    // body's.
    if (record->proposerBodyId)
        data.insert(QStringLiteral("issuing_body_id"), record->proposerBodyId);
    else if (!record->proposer.isEmpty())
        data.insert(QStringLiteral("issuing_line"), record->proposer.toUpper());
    const QString body
        = record->body.isEmpty() ? QStringLiteral("cấp có thẩm quyền") : record->body;
    data.insert(QStringLiteral("addressee"), body);
    const QString reason = inSentence(record->reason);
    const QString form = record->badgeRound() ? QStringLiteral("Huy hiệu Đảng") : record->form;
    QString opening
        = QStringLiteral("Căn cứ quy định, hướng dẫn về công tác thi đua, khen thưởng "
                         "trong Đảng; trên cơ sở kết quả họp xét, %1 kính đề nghị %2 "
                         "xem xét, tặng %3 cho %4")
              .arg(proposer, body, form,
                  whom(*list).isEmpty() ? QStringLiteral("các tập thể, cá nhân") : whom(*list));
    if (!record->badgeRound() && !reason.isEmpty())
        opening += QLatin1Char(' ') + reason;
    opening += QStringLiteral(" (có danh sách kèm theo).");
    data.insert(QStringLiteral("opening"), opening);
    data.insert(QStringLiteral("badges"), record->badgeRound() ? list->badges : QStringList());
    data.insert(QStringLiteral("closing"),
        QStringLiteral("Kính đề nghị %1 xem xét, quyết định.").arg(body));
    insertList(&data, *list);
    data.insert(QStringLiteral("list_title"),
        QStringLiteral("DANH SÁCH ĐỀ NGHỊ TẶNG %1").arg(form.toUpper()));
    data.insert(QStringLiteral("list_by"), proposer);
    insertHeadings(&data, *record);
    data.insert(QStringLiteral("doc_type"), QStringLiteral("TỜ TRÌNH"));
    data.insert(QStringLiteral("type_code"), QStringLiteral("TTr"));
    data.insert(QStringLiteral("excerpt"), QStringLiteral("Về việc đề nghị tặng %1").arg(form));
    return data;
}

std::optional<QVariantMap> CommendationReport::decision(
    const Store &store, qint64 commendationId, const ReportContext &context, QString *error)
{
    const auto record = readRecord(store, commendationId, error);
    if (!record)
        return std::nullopt;
    // The final text of a decision not yet made: only what may be decided today.
    if (!context.draft && record->status != QLatin1String("decided")) {
        const QString refusal
            = Commendations::refusalToDecide(store, commendationId, store.clock()->today());
        if (!refusal.isEmpty()) {
            *error = refusal;
            return std::nullopt;
        }
    }
    const auto list = readList(store, *record, true, error);
    if (!list)
        return std::nullopt;
    const auto body = record->bodyId ? IssuingBodies::find(store, record->bodyId)
                                     : IssuingBodies::defaultBody(store);
    const QString join = context.profile.citationJoin();
    const QDate on = record->decidedOn.isValid() ? record->decidedOn : store.clock()->today();
    QStringList grounds = rules(on, join);
    const QString bodyName = body ? body->name : record->body;
    if (!bodyName.isEmpty())
        grounds << QStringLiteral("Căn cứ Quy chế làm việc của %1;").arg(bodyName);
    // The proposal: its number as typed, else the one the register gave it.
    QString proposalCode = record->proposalCode;
    if (proposalCode.isEmpty())
        proposalCode = store
                           .value(QStringLiteral("SELECT code FROM document_register WHERE "
                                                 "commendation_id = ? AND report_kind = "
                                                 "'commendation-proposal' ORDER BY id DESC"),
                               {commendationId})
                           .toString();
    if (!record->proposer.isEmpty()) {
        QString consider = QStringLiteral("Xét đề nghị của %1").arg(record->proposer);
        if (!proposalCode.isEmpty())
            consider += QStringLiteral(" tại Tờ trình số %1%2")
                            .arg(proposalCode, onDate(record->proposedOn, join));
        else if (record->proposedOn.isValid())
            consider += onDate(record->proposedOn, join);
        grounds << consider + QLatin1Char(',');
    }
    QVariantMap data = frameParts();
    data.insert(QStringLiteral("grounds"), grounds);
    data.insert(QStringLiteral("decides"),
        (body ? decidingCollective(*body, QStringLiteral("commendation-decision"))
              : QStringLiteral("BAN THƯỜNG VỤ"))
            + QStringLiteral(" QUYẾT ĐỊNH:"));
    const QString reason = inSentence(record->reason);
    QString article1;
    if (record->badgeRound()) {
        article1 = QStringLiteral("Tặng Huy hiệu Đảng cho %1 đồng chí (có danh sách kèm theo)")
                       .arg(number(list->individuals + list->collectives));
        if (!list->badges.isEmpty())
            article1 += QStringLiteral(", gồm: ") + list->badges.join(QStringLiteral("; "));
        article1 += QLatin1Char('.');
    } else {
        article1
            = QStringLiteral("Tặng %1 cho %2")
                  .arg(record->form,
                      whom(*list).isEmpty() ? QStringLiteral("các tập thể, cá nhân") : whom(*list));
        if (!reason.isEmpty())
            article1 += QLatin1Char(' ') + reason;
        article1 += QStringLiteral(" (có danh sách kèm theo).");
    }
    data.insert(QStringLiteral("article1"), article1);
    data.insert(QStringLiteral("article2"),
        record->badgeRound()
            ? QStringLiteral("Huy hiệu Đảng được trao tặng theo quy định. Quyết định có hiệu lực "
                             "kể từ ngày ký.")
            : QStringLiteral("Tập thể, cá nhân được khen thưởng được hưởng chế độ theo quy định "
                             "hiện hành. Quyết định có hiệu lực kể từ ngày ký."));
    QStringList executors;
    if (!record->proposer.isEmpty())
        executors << record->proposer;
    executors << QStringLiteral("các cơ quan, đơn vị liên quan");
    data.insert(QStringLiteral("article3"),
        QStringLiteral("%1 và các %2 có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định "
                       "này.")
            .arg(capitalized(executors.join(QStringLiteral(", "))),
                record->badgeRound()         ? QStringLiteral("đồng chí")
                    : list->individuals == 0 ? QStringLiteral("tập thể")
                    : list->collectives == 0 ? QStringLiteral("cá nhân")
                                             : QStringLiteral("tập thể, cá nhân")));
    insertList(&data, *list);
    const QString form = record->badgeRound() ? QStringLiteral("Huy hiệu Đảng") : record->form;
    data.insert(QStringLiteral("list_title"),
        record->badgeRound()
            ? QStringLiteral("DANH SÁCH ĐẢNG VIÊN ĐƯỢC TẶNG HUY HIỆU ĐẢNG")
            : QStringLiteral("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG %1").arg(form.toUpper()));
    data.insert(QStringLiteral("body_name"), bodyName);
    insertHeadings(&data, *record);
    data.insert(QStringLiteral("doc_type"), QStringLiteral("QUYẾT ĐỊNH"));
    data.insert(QStringLiteral("type_code"), QStringLiteral("QĐ"));
    data.insert(QStringLiteral("excerpt"),
        record->badgeRound() ? QStringLiteral("Về việc tặng Huy hiệu Đảng")
                             : QStringLiteral("Về việc tặng %1").arg(form));
    return data;
}

namespace {

// The decisions of a period, of one body or all: the condition on "c" and its values.
struct Decided
{
    QString where;
    QVariantList values;
};

std::optional<Decided> decidedIn(
    const InspectionStatistics::Period &period, qint64 bodyId, QString *error)
{
    if (!period.isValid()) {
        *error = CommendationReport::tr(
            "The period needs a first and a last day, the first not after the last.");
        return std::nullopt;
    }
    Decided decided {QStringLiteral("c.status = 'decided' AND c.decided_on BETWEEN ? AND ?"),
        {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)}};
    if (bodyId) {
        decided.where += QStringLiteral(" AND c.issuing_body_id = ?");
        decided.values << bodyId;
    }
    return decided;
}

} // namespace

std::optional<CommendationReport::Counts> CommendationReport::count(
    const Store &store, const InspectionStatistics::Period &period, qint64 bodyId, QString *error)
{
    const auto decided = decidedIn(period, bodyId, error);
    if (!decided)
        return std::nullopt;
    auto rows = store.select(
        QStringLiteral("SELECT f.name, count(DISTINCT c.id), "
                       "count(*) FILTER (WHERE r.recipient_kind = 'collective'), "
                       "count(*) FILTER (WHERE r.recipient_kind = 'individual') "
                       "FROM commendation c JOIN commendation_recipient r ON r.commendation_id = "
                       "c.id JOIN commendation_form f ON f.id = coalesce(r.form_id, c.form_id) "
                       "WHERE r.review = 'accepted' AND ")
            + decided->where
            + QStringLiteral(" GROUP BY f.id ORDER BY f.position, f.sort_key, f.id"),
        decided->values, error);
    if (!rows)
        return std::nullopt;
    Counts counts;
    while (rows->next())
        counts.forms.append({rows->value(0).toString(), rows->value(1).toInt(),
            rows->value(2).toInt(), rows->value(3).toInt()});
    auto decisions
        = store.select(QStringLiteral("SELECT count(*) FROM commendation c WHERE ") + decided->where
                + QStringLiteral(" AND EXISTS (SELECT 1 FROM commendation_recipient r WHERE "
                                 "r.commendation_id = c.id AND r.review = 'accepted')"),
            decided->values, error);
    if (!decisions)
        return std::nullopt;
    counts.decisions = decisions->next() ? decisions->value(0).toInt() : 0;
    return counts;
}

namespace {

InspectionStatistics::Period periodOf(const ReportContext &context)
{
    return {
        QDate::fromString(context.parameters.value(QStringLiteral("from")).toString(), Qt::ISODate),
        QDate::fromString(context.parameters.value(QStringLiteral("to")).toString(), Qt::ISODate)};
}

QString bodyLine(const Store &store, qint64 bodyId)
{
    const QString body = bodyId
        ? store.value(QStringLiteral("SELECT name FROM issuing_body WHERE id = ?"), {bodyId})
              .toString()
        : QString();
    return body.isEmpty() ? QStringLiteral("Của tất cả các cơ quan ban hành")
                          : QStringLiteral("Của ") + body;
}

} // namespace

std::optional<QVariantMap> CommendationReport::awards(
    const Store &store, qint64 bodyId, const ReportContext &context, QString *error)
{
    const InspectionStatistics::Period period = periodOf(context);
    const auto decided = decidedIn(period, bodyId, error);
    if (!decided)
        return std::nullopt;
    // Each decision's accepted recipients, by year, body and form, the list's order within.
    auto rows = store.select(
        QStringLiteral("SELECT c.id, substr(c.decided_on, 1, 4), coalesce(b.name, ''), "
                       "coalesce(c.decision_code, ''), c.decided_on, "
                       "coalesce(rf.name, f.name, ''), r.recipient_kind, r.name "
                       "FROM commendation c JOIN commendation_recipient r ON r.commendation_id = "
                       "c.id LEFT JOIN commendation_form f ON f.id = c.form_id "
                       "LEFT JOIN commendation_form rf ON rf.id = r.form_id "
                       "LEFT JOIN issuing_body b ON b.id = c.issuing_body_id "
                       "WHERE r.review = 'accepted' AND ")
            + decided->where
            + QStringLiteral(" ORDER BY 2, 3, c.decided_on, c.id, coalesce(rf.position, "
                             "f.position), r.recipient_kind = 'individual', r.position, r.id"),
        decided->values, error);
    if (!rows)
        return std::nullopt;
    QVariantList years;
    QVariantList entries;
    QString year;
    QVariantMap entry;
    QStringList names;
    qint64 last = 0;
    QString lastForm;
    int decisions = 0, collectives = 0, individuals = 0, entryCount = 0;
    const auto closeEntry = [&]() {
        if (names.isEmpty())
            return;
        entry.insert(QStringLiteral("recipients"), names.join(QStringLiteral("; ")));
        entry.insert(QStringLiteral("count"), number(entryCount));
        entries << entry;
        names.clear();
        entryCount = 0;
    };
    const auto closeYear = [&]() {
        closeEntry();
        if (!entries.isEmpty())
            years << QVariantMap {
                {QStringLiteral("year"), year}, {QStringLiteral("entries"), entries}};
        entries.clear();
    };
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        const QString form = rows->value(5).toString();
        if (rows->value(1).toString() != year) {
            closeYear();
            year = rows->value(1).toString();
        }
        if (id != last || form != lastForm) {
            closeEntry();
            if (id != last)
                ++decisions;
            last = id;
            lastForm = form;
            const QString code = rows->value(3).toString();
            const QString on = citation(rows->value(4));
            entry = {{QStringLiteral("number"), entries.size() + 1},
                {QStringLiteral("decision"),
                    code.isEmpty() ? QStringLiteral("Ngày %1").arg(on)
                                   : QStringLiteral("%1 ngày %2").arg(code, on)},
                {QStringLiteral("body"), rows->value(2).toString()},
                {QStringLiteral("form"), form}};
        }
        const bool collective = rows->value(6).toString() == QLatin1String("collective");
        (collective ? collectives : individuals)++;
        ++entryCount;
        names << rows->value(7).toString().simplified();
    }
    closeYear();
    const QString words = InspectionStatistics::periodWords(period);
    QVariantMap data = frameParts();
    data.insert(QStringLiteral("body_line"), bodyLine(store, bodyId));
    data.insert(QStringLiteral("years"), years);
    data.insert(QStringLiteral("opening"),
        decisions
            ? QStringLiteral("%1 có %2 quyết định khen thưởng, tặng %3, cụ thể như sau:")
                  .arg(capitalized(words), number(decisions),
                      awardees(collectives, individuals, QStringLiteral("lượt tập thể"),
                          QStringLiteral("lượt cá nhân")))
            : QStringLiteral("%1 không có quyết định khen thưởng nào.").arg(capitalized(words)));
    data.insert(QStringLiteral("doc_type"), QStringLiteral("BÁO CÁO"));
    data.insert(QStringLiteral("type_code"), QStringLiteral("BC"));
    data.insert(QStringLiteral("excerpt"),
        QStringLiteral("Danh sách các quyết định khen thưởng %1").arg(words));
    return data;
}

std::optional<QVariantMap> CommendationReport::statistics(
    const Store &store, qint64 bodyId, const ReportContext &context, QString *error)
{
    const InspectionStatistics::Period period = periodOf(context);
    const auto counts = count(store, period, bodyId, error);
    if (!counts)
        return std::nullopt;
    QVariantList rows;
    int collectives = 0, individuals = 0;
    for (const FormCount &form : std::as_const(counts->forms)) {
        rows << QVariantMap {{QStringLiteral("number"), rows.size() + 1},
            {QStringLiteral("form"), form.form},
            {QStringLiteral("decisions"), number(form.decisions)},
            {QStringLiteral("collectives"), number(form.collectives)},
            {QStringLiteral("individuals"), number(form.individuals)},
            {QStringLiteral("total"), number(form.collectives + form.individuals)}};
        collectives += form.collectives;
        individuals += form.individuals;
    }
    const QString words = InspectionStatistics::periodWords(period);
    QVariantMap data = frameParts();
    data.insert(QStringLiteral("body_line"), bodyLine(store, bodyId));
    data.insert(QStringLiteral("opening"),
        QStringLiteral("Số liệu được tổng hợp từ các quyết định khen thưởng %1 (tính theo ngày "
                       "quyết định; chỉ tính các tập thể, cá nhân có tên trong quyết định).")
                .arg(words)
            + InspectionStatistics::withoutHidden(store));
    data.insert(QStringLiteral("rows"), rows);
    data.insert(QStringLiteral("total_decisions"), number(counts->decisions));
    data.insert(QStringLiteral("total_collectives"), number(collectives));
    data.insert(QStringLiteral("total_individuals"), number(individuals));
    data.insert(QStringLiteral("total"), number(collectives + individuals));
    data.insert(QStringLiteral("doc_type"), QStringLiteral("BÁO CÁO"));
    data.insert(QStringLiteral("type_code"), QStringLiteral("BC"));
    data.insert(
        QStringLiteral("excerpt"), QStringLiteral("Thống kê kết quả khen thưởng %1").arg(words));
    return data;
}
