#include "inspectionreport.h"

#include "documentwords.h"
#include "core/clock.h"
#include "core/labels.h"
#include "storage/remedies.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTime>

// Document wording (Vietnamese, as the office writes it) is not UI text: only the refusals are
// translated.
namespace {

using namespace DocumentWords;

// "Quy định" in a sentence reads "quy định".
QString lowerFirst(const QString &text)
{
    if (text.size() > 1 && text.at(0).isUpper() && text.at(1).isLower())
        return text.at(0).toLower() + text.mid(1);
    return text;
}

// "từ ngày 2/11/2023 đến ngày 30/11/2023", "từ ngày 2/11/2023", "đến ngày …"; empty for none.
QString span(const QVariant &from, const QVariant &to)
{
    const QString start = citation(from);
    const QString end = citation(to);
    if (!start.isEmpty() && !end.isEmpty())
        return QStringLiteral("từ ngày %1 đến ngày %2").arg(start, end);
    if (!start.isEmpty())
        return QStringLiteral("từ ngày %1").arg(start);
    if (!end.isEmpty())
        return QStringLiteral("đến ngày %1").arg(end);
    return QString();
}

QVariantList numbered(const QStringList &items)
{
    QVariantList rows;
    for (int i = 0; i < items.size(); ++i)
        rows << QVariantMap {
            {QStringLiteral("number"), i + 1}, {QStringLiteral("text"), items.at(i)}};
    return rows;
}

// What every document of an inspection starts from.
struct Team
{
    qint64 id = 0;
    QSqlRecord record;
    QString name; // "Đoàn kiểm tra số 5"
    QString body; // the issuing body's name
    QString subject; // "việc thực hiện Quy định số 58-QĐ/TW ngày 8/2/2022 của Bộ Chính trị …"
    QString subjectCode;
    QString periodInspected, workingPeriod;
    QStringList targets; // in order, names
    QList<qint64> targetIds;
    QStringList topics;
    QVariantMap data;
};

std::optional<Team> readTeam(
    const Store &store, qint64 teamId, const ReportContext &context, QString *error)
{
    auto found = store.select(
        QStringLiteral(
            "SELECT t.name, t.number, b.name AS body, t.decision_code, t.decided_on, t.plan_code, "
            "t.planned_on, d.code AS document_code, d.issued_on AS document_issued_on, "
            "d.excerpt AS document_excerpt, dt.name AS document_type, i.name AS document_issuer, "
            "t.period_from, t.period_to, t.starts_on, t.ends_on, t.status, t.secrecy, t.purpose, "
            "t.method FROM inspection_team t LEFT JOIN issuing_body b ON b.id = t.issuing_body_id "
            "LEFT JOIN legal_document d ON d.id = t.subject_document_id "
            "LEFT JOIN document_type dt ON dt.code = d.type_code "
            "LEFT JOIN unit i ON i.id = d.issuer_unit_id WHERE t.id = ?"),
        {teamId}, error);
    if (!found)
        return std::nullopt;
    if (!found->next()) {
        *error = InspectionReport::tr("There is no inspection number %1 in this database.")
                     .arg(teamId);
        return std::nullopt;
    }
    Team team;
    team.id = teamId;
    team.record = found->record();
    const QSqlRecord &r = team.record;
    const auto text
        = [&r](const char *column) { return r.value(QLatin1String(column)).toString(); };
    team.name = text("name");
    // The name says "Đoàn kiểm tra số 5" already, or the number completes it.
    if (!r.isNull(QStringLiteral("number")) && !team.name.contains(text("number")))
        team.name = QStringLiteral("Đoàn kiểm tra số %1").arg(text("number"));
    team.body = text("body");
    // The document checked: "Quy định số 58-QĐ/TW ngày 8/2/2022 của Bộ Chính trị về …".
    const QString code = text("document_code");
    team.subjectCode = code;
    if (!code.isEmpty()) {
        const QString excerpt = text("document_excerpt").trimmed();
        const QStringList types = text("document_type").split(QStringLiteral(", "));
        QString type = types.first();
        for (const QString &alternative : types) {
            if (excerpt.startsWith(alternative, Qt::CaseInsensitive))
                type = alternative;
        }
        QString subject = QStringLiteral("%1 số %2")
                              .arg(type.isEmpty() ? QStringLiteral("văn bản") : type, code);
        if (!r.isNull(QStringLiteral("document_issued_on")))
            subject += context.profile.citationJoin()
                + citation(r.value(QStringLiteral("document_issued_on")));
        if (!text("document_issuer").isEmpty())
            subject += QStringLiteral(" của ") + text("document_issuer");
        QString about = excerpt;
        if (about.startsWith(type, Qt::CaseInsensitive))
            about = about.mid(type.size()).trimmed();
        if (!about.isEmpty())
            subject += VietnameseText::fold(about).startsWith(QLatin1String("ve "))
                ? QLatin1Char(' ') + lowerFirst(about)
                : QStringLiteral(" về ") + lowerFirst(about);
        team.subject = QStringLiteral("việc thực hiện ") + subject;
    }
    team.periodInspected
        = span(r.value(QStringLiteral("period_from")), r.value(QStringLiteral("period_to")));
    team.workingPeriod
        = span(r.value(QStringLiteral("starts_on")), r.value(QStringLiteral("ends_on")));

    auto targets = store.select(
        QStringLiteral(
            "SELECT g.id, coalesce(u.name, p.full_name), p.id IS NOT NULL, "
            "coalesce(p.title, '') FROM inspection_target g "
            "LEFT JOIN unit u ON u.id = g.unit_id LEFT JOIN person p ON p.id = g.person_id "
            "WHERE g.team_id = ? ORDER BY g.position, g.id"),
        {teamId}, error);
    if (!targets)
        return std::nullopt;
    while (targets->next()) {
        team.targetIds << targets->value(0).toLongLong();
        const QString name = targets->value(1).toString();
        const QString title = targets->value(3).toString();
        team.targets << (targets->value(2).toBool()
                ? QStringLiteral("đồng chí %1%2")
                      .arg(name, title.isEmpty() ? QString() : QStringLiteral(", ") + title)
                : name);
    }
    auto topics
        = store.select(QStringLiteral("SELECT title FROM inspection_topic WHERE team_id = ? "
                                      "ORDER BY position, id"),
            {teamId}, error);
    if (!topics)
        return std::nullopt;
    while (topics->next())
        team.topics << topics->value(0).toString().simplified();

    QVariantMap &data = team.data;
    data.insert(QStringLiteral("team_name"), team.name);
    data.insert(QStringLiteral("body_name"), team.body);
    data.insert(QStringLiteral("subject"), team.subject);
    data.insert(QStringLiteral("period_inspected"), team.periodInspected);
    data.insert(QStringLiteral("working_period"), team.workingPeriod);
    data.insert(QStringLiteral("targets_sentence"), listed(team.targets));
    // A list's items begin with a capital: "Đồng chí …".
    QStringList listedTargets;
    for (const QString &name : std::as_const(team.targets))
        listedTargets << capitalized(name);
    data.insert(QStringLiteral("targets"), numbered(listedTargets));
    data.insert(QStringLiteral("topics"), numbered(team.topics));
    QStringList marks;
    const QString secrecy = text("secrecy");
    if (secrecy != QLatin1String("none") && !secrecy.isEmpty())
        marks << Labels::documentTerm(Labels::Enum::Secrecy, secrecy);
    data.insert(QStringLiteral("marks"), marks);
    data.insert(QStringLiteral("secrecy"), secrecy.isEmpty() ? QStringLiteral("none") : secrecy);
    data.insert(QStringLiteral("numbered"), true);
    data.insert(QStringLiteral("has_recipients"), true);
    data.insert(QStringLiteral("has_signature"), true);
    data.insert(QStringLiteral("recipients_as_above"), false);
    return team;
}

// The team in the order a decision lists it: head, deputies, members, secretary, each in the
// order entered; the title held then, else the person's title.
std::optional<QVariantList> readMembers(const Store &store, qint64 teamId, QString *error)
{
    auto query = store.select(
        QStringLiteral(
            "SELECT p.full_name, coalesce(nullif(m.title_held, ''), p.title, ''), m.role "
            "FROM team_member m JOIN person p ON p.id = m.person_id WHERE m.team_id = ? "
            "ORDER BY CASE m.role WHEN 'head' THEN 0 WHEN 'deputy_head' THEN 1 "
            "WHEN 'member' THEN 2 ELSE 3 END, m.position, m.id"),
        {teamId}, error);
    if (!query)
        return std::nullopt;
    QVariantList rows;
    while (query->next()) {
        const QString role = query->value(2).toString();
        rows << QVariantMap {{QStringLiteral("number"), rows.size() + 1},
            {QStringLiteral("name"), query->value(0).toString()},
            {QStringLiteral("title"), query->value(1).toString()},
            {QStringLiteral("role"), Labels::documentTerm(Labels::Enum::MemberRole, role)}};
    }
    return rows;
}

// One target: who it is, its team, its conclusion's sections.
struct Target
{
    qint64 id = 0;
    qint64 teamId = 0;
    QString name;
    bool isPerson = false;
    QSqlRecord record;
};

std::optional<Target> readTarget(const Store &store, qint64 targetId, QString *error)
{
    auto found = store.select(
        QStringLiteral("SELECT g.team_id, coalesce(u.name, p.full_name) AS name, p.id IS NOT NULL "
                       "AS is_person, coalesce(p.title, '') AS title, g.status, g.concluded_on, "
                       "g.strengths, g.shortcomings, g.causes, g.responsibility, g.discipline "
                       "FROM inspection_target g LEFT JOIN unit u ON u.id = g.unit_id "
                       "LEFT JOIN person p ON p.id = g.person_id WHERE g.id = ?"),
        {targetId}, error);
    if (!found)
        return std::nullopt;
    if (!found->next()) {
        *error = InspectionReport::tr("There is no inspected target number %1 in this database.")
                     .arg(targetId);
        return std::nullopt;
    }
    Target target;
    target.id = targetId;
    target.record = found->record();
    target.teamId = found->value(0).toLongLong();
    target.name = found->value(1).toString();
    target.isPerson = found->value(2).toBool();
    return target;
}

struct Recommendation
{
    qint64 id = 0;
    QString content, unit, status;
    QDate deadline, remediedOn;
};

std::optional<QList<Recommendation>> readRecommendations(
    const Store &store, qint64 targetId, QString *error)
{
    auto query = store.select(
        QStringLiteral("SELECT r.id, r.content, u.name, r.status, r.deadline, r.remedied_on "
                       "FROM recommendation r JOIN unit u ON u.id = r.responsible_unit_id "
                       "WHERE r.target_id = ? ORDER BY r.position, r.id"),
        {targetId}, error);
    if (!query)
        return std::nullopt;
    QList<Recommendation> result;
    while (query->next())
        result.append({query->value(0).toLongLong(), query->value(1).toString().simplified(),
            query->value(2).toString(), query->value(3).toString(), isoDate(query->value(4)),
            isoDate(query->value(5))});
    return result;
}

// "Đoàn kiểm tra số 5 của Tiểu ban …".
QString teamOfBody(const Team &team)
{
    return team.body.isEmpty() ? team.name : team.name + QStringLiteral(" của ") + team.body;
}

} // namespace

std::optional<QVariantMap> InspectionReport::decision(
    const Store &store, qint64 teamId, const ReportContext &context, QString *error)
{
    const auto team = readTeam(store, teamId, context, error);
    if (!team)
        return std::nullopt;
    const auto members = readMembers(store, teamId, error);
    if (!members)
        return std::nullopt;
    if (members->isEmpty() && !context.draft) {
        *error = tr("The inspection “%1” has no team yet: add its head and members on the Team "
                    "tab before printing the decision. A draft can be printed meanwhile.")
                     .arg(team->name);
        return std::nullopt;
    }
    QVariantMap data = team->data;
    QStringList grounds {QStringLiteral("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"),
        QStringLiteral("Căn cứ Quy định số 296-QĐ/TW") + context.profile.citationJoin()
            + QStringLiteral("30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, giám "
                             "sát và kỷ luật của Đảng;")};
    const QString purpose = team->record.value(QStringLiteral("purpose")).toString();
    if (!team->subject.isEmpty())
        grounds << QStringLiteral("Căn cứ %1 và chương trình kiểm tra, giám sát của %2;")
                       .arg(team->subject.mid(QStringLiteral("việc thực hiện ").size()),
                           team->body.isEmpty() ? QStringLiteral("cấp ủy") : team->body);
    data.insert(QStringLiteral("grounds"), grounds);
    const QString period = team->periodInspected.isEmpty()
        ? QString()
        : QStringLiteral("; thời kỳ kiểm tra %1").arg(team->periodInspected);
    QString article1
        = QStringLiteral("Thành lập %1 kiểm tra %2")
              .arg(teamOfBody(*team),
                  team->subject.isEmpty() ? QStringLiteral("công tác bảo vệ chính trị nội bộ")
                                          : team->subject);
    if (!team->targets.isEmpty())
        article1 += QStringLiteral(" đối với ") + listed(team->targets);
    article1 += period
        + QStringLiteral(". Đoàn gồm %1 đồng chí có tên trong danh sách kèm theo.")
              .arg(VietnameseText::formatInteger(members->size()));
    data.insert(QStringLiteral("article1"), article1);
    QString article2 = QStringLiteral("Đoàn kiểm tra có nhiệm vụ xây dựng kế hoạch, đề cương "
                                      "gợi ý báo cáo; tiến hành kiểm tra theo các nội dung được "
                                      "giao, đúng quy định; báo cáo kết quả kiểm tra với %1.")
                           .arg(team->body.isEmpty() ? QStringLiteral("cấp ủy") : team->body);
    if (!team->workingPeriod.isEmpty())
        article2 += QStringLiteral(" Thời gian kiểm tra %1.").arg(team->workingPeriod);
    data.insert(QStringLiteral("article2"), article2);
    QStringList executors {QStringLiteral("Đoàn kiểm tra")};
    executors << team->targets;
    data.insert(QStringLiteral("article3"),
        QStringLiteral("%1 và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết "
                       "định này.")
            .arg(executors.join(QStringLiteral(", "))));
    data.insert(QStringLiteral("purpose"), paragraphs(purpose));
    data.insert(QStringLiteral("members"), *members);
    data.insert(
        QStringLiteral("list_title"), QStringLiteral("DANH SÁCH %1").arg(team->name.toUpper()));
    data.insert(QStringLiteral("doc_type"), QStringLiteral("QUYẾT ĐỊNH"));
    data.insert(QStringLiteral("type_code"), QStringLiteral("QĐ"));
    data.insert(QStringLiteral("excerpt"), QStringLiteral("Về việc thành lập %1").arg(team->name));
    return data;
}

std::optional<QVariantMap> InspectionReport::plan(
    const Store &store, qint64 teamId, const ReportContext &context, QString *error)
{
    const auto team = readTeam(store, teamId, context, error);
    if (!team)
        return std::nullopt;
    if (team->topics.isEmpty() && !context.draft) {
        *error = tr("The inspection “%1” has no contents yet: add them on the Contents tab before "
                    "printing the plan. A draft can be printed meanwhile.")
                     .arg(team->name);
        return std::nullopt;
    }
    QVariantMap data = team->data;
    const QSqlRecord &r = team->record;
    QString opening;
    const QString decision = r.value(QStringLiteral("decision_code")).toString();
    if (!decision.isEmpty()) {
        opening = QStringLiteral("Thực hiện Quyết định số %1").arg(decision);
        if (!r.isNull(QStringLiteral("decided_on")))
            opening
                += context.profile.citationJoin() + citation(r.value(QStringLiteral("decided_on")));
        if (!team->body.isEmpty())
            opening += QStringLiteral(" của ") + team->body;
        opening += QStringLiteral(" về việc thành lập %1, ").arg(team->name);
    }
    opening += QStringLiteral("%1 xây dựng kế hoạch kiểm tra như sau:").arg(team->name);
    data.insert(QStringLiteral("opening"), capitalized(opening));
    QStringList purpose = paragraphs(r.value(QStringLiteral("purpose")).toString());
    if (purpose.isEmpty())
        purpose << QStringLiteral("Đánh giá đúng ưu điểm, hạn chế, khuyết điểm, vi phạm (nếu có) "
                                  "trong %1; chỉ rõ nguyên nhân, trách nhiệm; kiến nghị biện pháp "
                                  "khắc phục.")
                       .arg(team->subject.isEmpty() ? QStringLiteral("lãnh đạo, chỉ đạo, tổ chức "
                                                                     "thực hiện")
                                                    : team->subject)
                << QStringLiteral("Việc kiểm tra bảo đảm đúng nguyên tắc, quy trình, phương pháp; "
                                  "khách quan, công khai, dân chủ; không làm ảnh hưởng đến hoạt "
                                  "động bình thường của đối tượng kiểm tra.");
    data.insert(QStringLiteral("purpose"), purpose);
    QStringList method = paragraphs(r.value(QStringLiteral("method")).toString());
    if (method.isEmpty())
        method << QStringLiteral(
            "Đối tượng kiểm tra tự kiểm tra, báo cáo bằng văn bản theo đề "
            "cương gợi ý; Đoàn nghiên cứu báo cáo, hồ sơ, tài liệu; làm việc "
            "trực tiếp, thẩm tra, xác minh những nội dung cần thiết; trao đổi, "
            "thống nhất với đối tượng kiểm tra trước khi báo cáo kết quả.");
    data.insert(QStringLiteral("method"), method);
    // The schedule in short: each target's first and last session.
    QStringList schedule;
    for (int i = 0; i < team->targetIds.size(); ++i) {
        auto sessions = store.select(
            QStringLiteral("SELECT min(held_on), max(held_on), count(*) FROM inspection_session "
                           "WHERE target_id = ?"),
            {team->targetIds.at(i)}, error);
        if (!sessions)
            return std::nullopt;
        if (!sessions->next() || sessions->value(2).toInt() == 0)
            continue;
        const QString first = citation(sessions->value(0));
        const QString last = citation(sessions->value(1));
        schedule << QStringLiteral("Làm việc với %1: %2.")
                        .arg(team->targets.at(i),
                            first == last
                                ? QStringLiteral("ngày ") + first
                                : QStringLiteral("từ ngày %1 đến ngày %2").arg(first, last));
    }
    if (schedule.isEmpty())
        schedule << QStringLiteral("Lịch làm việc cụ thể với từng đối tượng kiểm tra, Đoàn thông "
                                   "báo sau.");
    else
        schedule << QStringLiteral("Lịch làm việc cụ thể kèm theo Kế hoạch này.");
    data.insert(QStringLiteral("schedule"), schedule);
    data.insert(QStringLiteral("period_line"),
        team->periodInspected.isEmpty() ? QStringLiteral("Theo quyết định kiểm tra.")
                                        : capitalized(team->periodInspected) + QLatin1Char('.'));
    data.insert(QStringLiteral("working_line"),
        team->workingPeriod.isEmpty() ? QStringLiteral("Theo lịch làm việc của Đoàn.")
                                      : capitalized(team->workingPeriod) + QLatin1Char('.'));
    data.insert(QStringLiteral("doc_type"), QStringLiteral("KẾ HOẠCH"));
    data.insert(QStringLiteral("type_code"), QStringLiteral("KH"));
    data.insert(QStringLiteral("excerpt"),
        QStringLiteral("Kiểm tra %1")
            .arg(team->subject.isEmpty() ? QStringLiteral("công tác bảo vệ chính trị nội bộ")
                                         : team->subject));
    return data;
}

std::optional<QVariantMap> InspectionReport::schedule(
    const Store &store, qint64 teamId, const ReportContext &context, QString *error)
{
    const auto team = readTeam(store, teamId, context, error);
    if (!team)
        return std::nullopt;
    QVariantMap data = team->data;
    QVariantList targets;
    int sessionCount = 0;
    for (int i = 0; i < team->targetIds.size(); ++i) {
        auto sessions = store.select(
            QStringLiteral("SELECT held_on, starts_at, ends_at, place, attendees, content FROM "
                           "inspection_session WHERE target_id = ? ORDER BY held_on, starts_at, "
                           "position, id"),
            {team->targetIds.at(i)}, error);
        if (!sessions)
            return std::nullopt;
        QVariantList rows;
        while (sessions->next()) {
            const QDate day = isoDate(sessions->value(0));
            QString time = clock(sessions->value(1));
            if (!time.isEmpty() && !clock(sessions->value(2)).isEmpty())
                time += QStringLiteral(" – ") + clock(sessions->value(2));
            rows << QVariantMap {{QStringLiteral("number"), rows.size() + 1},
                {QStringLiteral("day"), capitalized(weekday(day))},
                {QStringLiteral("date"), VietnameseText::citationDate(day)},
                {QStringLiteral("time"), time},
                {QStringLiteral("place"), sessions->value(3).toString()},
                {QStringLiteral("attendees"), sessions->value(4).toString()},
                {QStringLiteral("content"), sessions->value(5).toString()}};
        }
        sessionCount += rows.size();
        targets << QVariantMap {{QStringLiteral("number"), i + 1},
            {QStringLiteral("name"), capitalized(team->targets.at(i))},
            {QStringLiteral("sessions"), rows}, {QStringLiteral("none"), rows.isEmpty()}};
    }
    if (sessionCount == 0) {
        *error = tr("The inspection “%1” has no working sessions yet: add them on the Targets and "
                    "schedule tab before printing the schedule.")
                     .arg(team->name);
        return std::nullopt;
    }
    data.insert(QStringLiteral("schedule_targets"), targets);
    data.insert(QStringLiteral("doc_type"), QStringLiteral("LỊCH LÀM VIỆC"));
    data.insert(QStringLiteral("type_code"), QString());
    data.insert(QStringLiteral("excerpt"), QStringLiteral("Của %1").arg(teamOfBody(*team)));
    // It goes with the plan: no number or date of its own, no recipients, no signature.
    data.insert(QStringLiteral("numbered"), false);
    data.insert(QStringLiteral("has_recipients"), false);
    data.insert(QStringLiteral("has_signature"), false);
    return data;
}

std::optional<QVariantMap> InspectionReport::conclusion(
    const Store &store, qint64 targetId, const ReportContext &context, QString *error)
{
    const auto target = readTarget(store, targetId, error);
    if (!target)
        return std::nullopt;
    const auto team = readTeam(store, target->teamId, context, error);
    if (!team)
        return std::nullopt;
    const QSqlRecord &r = target->record;
    const bool concluded
        = r.value(QStringLiteral("status")).toString() == QLatin1String("concluded")
        && !r.isNull(QStringLiteral("concluded_on"));
    if (!concluded && !context.draft) {
        *error = tr("“%1” has no conclusion yet: mark the target concluded, with the date, on the "
                    "Conclusions tab before printing the notice. A draft can be printed meanwhile.")
                     .arg(target->name);
        return std::nullopt;
    }
    QVariantMap data = team->data;
    QString opening = QStringLiteral("Thực hiện Quyết định");
    const QString decision = team->record.value(QStringLiteral("decision_code")).toString();
    if (!decision.isEmpty()) {
        opening += QStringLiteral(" số ") + decision;
        if (!team->record.isNull(QStringLiteral("decided_on")))
            opening += context.profile.citationJoin()
                + citation(team->record.value(QStringLiteral("decided_on")));
    }
    if (!team->body.isEmpty())
        opening += QStringLiteral(" của ") + team->body;
    opening += QStringLiteral(", %1 đã tiến hành kiểm tra %2 đối với %3")
                   .arg(team->name,
                       team->subject.isEmpty() ? QStringLiteral("công tác bảo vệ chính trị nội bộ")
                                               : team->subject,
                       target->name);
    if (!team->workingPeriod.isEmpty())
        opening += QLatin1Char(' ') + team->workingPeriod;
    opening
        += QStringLiteral(". Trên cơ sở báo cáo kết quả kiểm tra của Đoàn, %1 kết luận như sau:")
               .arg(team->body.isEmpty() ? QStringLiteral("cấp ủy") : team->body);
    data.insert(QStringLiteral("opening"), opening);

    // The violations: of the organization, or of a member named as such.
    auto violations = store.select(
        QStringLiteral(
            "SELECT f.subject_kind, coalesce(p.full_name, ''), coalesce(u.name, ''), "
            "f.description FROM finding f LEFT JOIN person p ON p.id = f.subject_person_id "
            "LEFT JOIN unit u ON u.id = f.subject_unit_id WHERE f.target_id = ? "
            "ORDER BY f.position, f.id"),
        {targetId}, error);
    if (!violations)
        return std::nullopt;
    QStringList violationLines;
    while (violations->next()) {
        const QString description = violations->value(3).toString().simplified();
        if (violations->value(0).toString() == QLatin1String("member"))
            violationLines << QStringLiteral("Vi phạm của đảng viên %1%2: %3")
                                  .arg(violations->value(1).toString(),
                                      violations->value(2).toString().isEmpty()
                                          ? QString()
                                          : QStringLiteral(", ") + violations->value(2).toString(),
                                      lowerFirst(description));
        else
            violationLines << QStringLiteral("Vi phạm của tổ chức%1: %2")
                                  .arg(violations->value(2).toString().isEmpty()
                                          ? QString()
                                          : QStringLiteral(" (%1)").arg(
                                              violations->value(2).toString()),
                                      lowerFirst(description));
    }
    struct Section
    {
        const char *heading;
        QStringList lines;
    };
    const Section sections[] = {
        {"Ưu điểm", paragraphs(r.value(QStringLiteral("strengths")).toString())},
        {"Hạn chế, khuyết điểm, vi phạm",
            paragraphs(r.value(QStringLiteral("shortcomings")).toString()) + violationLines},
        {"Nguyên nhân", paragraphs(r.value(QStringLiteral("causes")).toString())},
        {"Trách nhiệm", paragraphs(r.value(QStringLiteral("responsibility")).toString())},
        {"Đề nghị xem xét, xử lý kỷ luật",
            paragraphs(r.value(QStringLiteral("discipline")).toString())},
    };
    QVariantList printed;
    for (const Section &section : sections) {
        if (section.lines.isEmpty())
            continue;
        printed << QVariantMap {{QStringLiteral("number"), printed.size() + 1},
            {QStringLiteral("heading"), QString::fromUtf8(section.heading)},
            {QStringLiteral("paragraphs"), section.lines}};
    }
    const auto recommendations = readRecommendations(store, targetId, error);
    if (!recommendations)
        return std::nullopt;
    QVariantList rows;
    for (const Recommendation &recommendation : *recommendations)
        rows << QVariantMap {{QStringLiteral("number"), rows.size() + 1},
            {QStringLiteral("content"), recommendation.content},
            {QStringLiteral("unit"), recommendation.unit},
            {QStringLiteral("deadline"), VietnameseText::citationDate(recommendation.deadline)}};
    data.insert(QStringLiteral("sections"), printed);
    data.insert(QStringLiteral("recommendations_number"), printed.size() + 1);
    data.insert(QStringLiteral("recommendations"), rows);
    data.insert(QStringLiteral("has_recommendations"), !rows.isEmpty());
    data.insert(QStringLiteral("conclusions_to_come"), printed.isEmpty() && rows.isEmpty());
    data.insert(QStringLiteral("target_name"), target->name);
    data.insert(QStringLiteral("doc_type"), QStringLiteral("THÔNG BÁO"));
    data.insert(QStringLiteral("type_code"), QStringLiteral("TB"));
    data.insert(QStringLiteral("excerpt"),
        QStringLiteral("Kết luận kiểm tra đối với %1").arg(target->name));
    return data;
}

std::optional<QVariantMap> InspectionReport::followUp(
    const Store &store, qint64 teamId, const ReportContext &context, QString *error)
{
    const auto team = readTeam(store, teamId, context, error);
    if (!team)
        return std::nullopt;
    const QDate today = store.clock()->today();
    QVariantList targets;
    int total = 0, done = 0, overdue = 0;
    for (int i = 0; i < team->targetIds.size(); ++i) {
        const auto recommendations = readRecommendations(store, team->targetIds.at(i), error);
        if (!recommendations)
            return std::nullopt;
        if (recommendations->isEmpty())
            continue;
        QVariantList rows;
        for (const Recommendation &recommendation : *recommendations) {
            auto events = store.select(
                QStringLiteral("SELECT kind, occurred_on, coalesce(content, '') FROM remedy_event "
                               "WHERE recommendation_id = ? ORDER BY occurred_on, id"),
                {recommendation.id}, error);
            if (!events)
                return std::nullopt;
            QStringList history;
            while (events->next()) {
                const QString kind = events->value(0).toString();
                const QString word = kind == QLatin1String("report")
                    ? QStringLiteral("Báo cáo khắc phục")
                    : kind == QLatin1String("reminder") ? QStringLiteral("Đôn đốc")
                                                        : QStringLiteral("Kiểm tra lại");
                const QString content = events->value(2).toString().simplified();
                history << QStringLiteral("%1 (%2)%3")
                               .arg(word, citation(events->value(1)),
                                   content.isEmpty() ? QString() : QStringLiteral(": ") + content);
            }
            const bool late
                = Remedies::isOverdue(recommendation.deadline, recommendation.status, today);
            QString state
                = Labels::documentTerm(Labels::Enum::RecommendationStatus, recommendation.status);
            if (recommendation.remediedOn.isValid())
                state += QStringLiteral(" (ngày %1)")
                             .arg(VietnameseText::citationDate(recommendation.remediedOn));
            if (late)
                state += QStringLiteral("; quá hạn %1 ngày")
                             .arg(VietnameseText::formatInteger(
                                 recommendation.deadline.daysTo(today)));
            ++total;
            done += recommendation.status == QLatin1String("remedied")
                || recommendation.status == QLatin1String("rechecked");
            overdue += late;
            rows << QVariantMap {{QStringLiteral("number"), rows.size() + 1},
                {QStringLiteral("content"), recommendation.content},
                {QStringLiteral("unit"), recommendation.unit},
                {QStringLiteral("deadline"), VietnameseText::citationDate(recommendation.deadline)},
                {QStringLiteral("state"), state}, {QStringLiteral("overdue"), late},
                // One paragraph a cell, lines apart, so that page breaks fall between rows.
                {QStringLiteral("history_html"),
                    (history.isEmpty() ? QStringList {QStringLiteral("Chưa có báo cáo.")} : history)
                        .replaceInStrings(
                            QRegularExpression(QStringLiteral("^")), QStringLiteral("- "))
                        .join(QLatin1Char('\n'))
                        .toHtmlEscaped()
                        .replace(QLatin1Char('\n'), QStringLiteral("<br>"))}};
        }
        targets << QVariantMap {{QStringLiteral("number"), targets.size() + 1},
            {QStringLiteral("name"), capitalized(team->targets.at(i))},
            {QStringLiteral("rows"), rows}};
    }
    if (total == 0) {
        *error = tr("The inspection “%1” has no recommendations to follow up yet.").arg(team->name);
        return std::nullopt;
    }
    QVariantMap data = team->data;
    data.insert(QStringLiteral("followed_targets"), targets);
    data.insert(QStringLiteral("summary"),
        QStringLiteral("Tính đến ngày %1, %2 đã kiến nghị %3 nội dung; đã khắc phục %4 nội dung; "
                       "chưa khắc phục xong %5 nội dung, trong đó %6 nội dung quá hạn.")
            .arg(VietnameseText::citationDate(today), teamOfBody(*team),
                VietnameseText::formatInteger(total), VietnameseText::formatInteger(done),
                VietnameseText::formatInteger(total - done),
                VietnameseText::formatInteger(overdue)));
    data.insert(QStringLiteral("doc_type"), QStringLiteral("BÁO CÁO"));
    data.insert(QStringLiteral("type_code"), QStringLiteral("BC"));
    data.insert(QStringLiteral("excerpt"),
        QStringLiteral("Theo dõi việc khắc phục sau kiểm tra của %1").arg(team->name));
    return data;
}

std::optional<QVariantMap> InspectionReport::reminder(
    const Store &store, qint64 targetId, const ReportContext &context, QString *error)
{
    const auto target = readTarget(store, targetId, error);
    if (!target)
        return std::nullopt;
    const auto team = readTeam(store, target->teamId, context, error);
    if (!team)
        return std::nullopt;
    const auto recommendations = readRecommendations(store, targetId, error);
    if (!recommendations)
        return std::nullopt;
    const QDate today = store.clock()->today();
    QVariantList rows;
    for (const Recommendation &recommendation : *recommendations) {
        if (!Remedies::isOverdue(recommendation.deadline, recommendation.status, today))
            continue;
        rows << QVariantMap {{QStringLiteral("number"), rows.size() + 1},
            {QStringLiteral("content"), recommendation.content},
            {QStringLiteral("unit"), recommendation.unit},
            {QStringLiteral("deadline"), VietnameseText::citationDate(recommendation.deadline)},
            {QStringLiteral("late"),
                QStringLiteral("quá hạn %1 ngày")
                    .arg(VietnameseText::formatInteger(recommendation.deadline.daysTo(today)))}};
    }
    if (rows.isEmpty()) {
        *error = tr("“%1” has no overdue recommendation today (%2): there is nothing to remind it "
                    "of.")
                     .arg(target->name, VietnameseText::formDate(today));
        return std::nullopt;
    }
    QVariantMap data = team->data;
    const QSqlRecord &r = target->record;
    QString notice = QStringLiteral("Thông báo kết luận kiểm tra");
    // The notice it follows up: its number when issued here.
    auto issued = store.select(
        QStringLiteral("SELECT code, issued_on FROM document_register WHERE "
                       "inspection_target_id = ? AND report_kind = 'inspection-conclusion' AND "
                       "status = 'issued' ORDER BY id DESC LIMIT 1"),
        {targetId}, error);
    if (!issued)
        return std::nullopt;
    QVariant code, issuedOn;
    if (issued->next()) {
        code = issued->value(0);
        issuedOn = issued->value(1);
    }
    if (!code.isNull())
        notice += QStringLiteral(" số ") + code.toString() + context.profile.citationJoin()
            + citation(issuedOn);
    else if (!r.isNull(QStringLiteral("concluded_on")))
        notice += QStringLiteral(" ngày ") + citation(r.value(QStringLiteral("concluded_on")));
    if (!team->body.isEmpty())
        notice += QStringLiteral(" của ") + team->body;
    data.insert(QStringLiteral("addressee"), target->name);
    data.insert(QStringLiteral("opening"),
        QStringLiteral("Theo %1, %2 có trách nhiệm thực hiện các kiến nghị sau kiểm tra và báo cáo "
                       "kết quả khắc phục theo thời hạn. Đến ngày %3, các nội dung sau đã quá thời "
                       "hạn nhưng chưa có báo cáo hoàn thành:")
            .arg(notice, target->name, VietnameseText::citationDate(today)));
    data.insert(QStringLiteral("overdue"), rows);
    data.insert(QStringLiteral("request"),
        QStringLiteral("Đề nghị %1 khẩn trương chỉ đạo thực hiện, báo cáo kết quả khắc phục bằng "
                       "văn bản (kèm theo hồ sơ, tài liệu chứng minh) về %2 trước ngày %3.")
            .arg(target->name, team->body.isEmpty() ? QStringLiteral("cấp ủy") : team->body,
                VietnameseText::citationDate(today.addDays(15))));
    data.insert(QStringLiteral("doc_type"), QString());
    data.insert(QStringLiteral("type_code"), QStringLiteral("CV"));
    data.insert(
        QStringLiteral("excerpt"), QStringLiteral("V/v đôn đốc thực hiện kết luận kiểm tra"));
    data.insert(QStringLiteral("recipients_as_above"), true);
    data.insert(QStringLiteral("excerpt_left"), true);
    return data;
}
