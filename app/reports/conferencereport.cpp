#include "conferencereport.h"

#include "documentwords.h"
#include "core/labels.h"
#include "core/protocolorder.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTime>

namespace {

using namespace DocumentWords;

// The part of the day as an invitation writes it before the date.
QString dayPart(const QString &code)
{
    if (code == QLatin1String("all_day"))
        return QStringLiteral("cả");
    if (code == QLatin1String("morning"))
        return QStringLiteral("buổi sáng");
    if (code == QLatin1String("afternoon"))
        return QStringLiteral("buổi chiều");
    if (code == QLatin1String("evening"))
        return QStringLiteral("buổi tối");
    return QString();
}

// "07 giờ 30, ngày 27/5/2024 (thứ Hai)"; "từ 07 giờ 30 đến 11 giờ 00, ngày …" with an end;
// without an hour the part of the day: "buổi sáng ngày 27/5/2024 (thứ Hai)", "cả ngày …";
// without a date only the hours, without anything an empty string (the template leaves room).
QString when(
    const QVariant &heldOn, const QVariant &startsAt, const QVariant &endsAt, const QVariant &part)
{
    const QString start = clock(startsAt);
    const QString end = clock(endsAt);
    QString hours = start;
    if (!start.isEmpty() && !end.isEmpty())
        hours = QStringLiteral("từ %1 đến %2").arg(start, end);
    const QString words = dayPart(part.toString());
    const QDate date = isoDate(heldOn);
    if (!date.isValid())
        return hours.isEmpty() ? words : hours;
    const QString day
        = QStringLiteral("ngày %1 (%2)").arg(VietnameseText::citationDate(date), weekday(date));
    if (!hours.isEmpty())
        return hours + QStringLiteral(", ") + day;
    return words.isEmpty() ? day : words + QLatin1Char(' ') + day;
}

// What every document of a conference starts from.
struct Conference
{
    QSqlRecord record;
    QVariantMap data;
    QString title;
    bool manualOrder = false;
};

std::optional<Conference> readConference(
    const Store &store, qint64 conferenceId, const ReportContext &context, QString *error)
{
    auto found = store.select(
        QStringLiteral(
            "SELECT c.title, c.held_on, c.venue, u.name AS organizer, d.code AS document_code, "
            "d.issued_on AS document_issued_on, i.name AS document_issuer, "
            "t.name AS document_type, d.excerpt AS document_excerpt, c.results, "
            "c.strengths, c.shortcomings, c.difficulties, c.causes, c.lessons, c.tasks_ahead, "
            "c.proposals, c.secrecy, c.urgency, c.starts_at, c.ends_at, c.day_part, "
            "c.participant_order, c.conclusion "
            "FROM conference c LEFT JOIN unit u ON u.id = c.organizer_unit_id "
            "LEFT JOIN legal_document d ON d.id = c.legal_document_id "
            "LEFT JOIN document_type t ON t.code = d.type_code "
            "LEFT JOIN unit i ON i.id = d.issuer_unit_id WHERE c.id = ?"),
        {conferenceId}, error);
    if (!found)
        return std::nullopt;
    const QSqlQuery &query = *found;
    if (!found->next()) {
        *error = ConferenceReport::tr("There is no conference number %1 in this database.")
                     .arg(conferenceId);
        return std::nullopt;
    }
    Conference conference;
    conference.record = query.record();
    const QSqlRecord &record = conference.record;
    // The title cites its document as the profile writes citations.
    conference.title = context.profile.citing(record.value(QStringLiteral("title")).toString());
    conference.manualOrder
        = record.value(QStringLiteral("participant_order")).toString() == QLatin1String("manual");
    QVariantMap &data = conference.data;
    data.insert(QStringLiteral("title"), conference.title);
    data.insert(QStringLiteral("held_on"), citation(record.value(QStringLiteral("held_on"))));
    data.insert(QStringLiteral("venue"), record.value(QStringLiteral("venue")).toString());
    data.insert(QStringLiteral("organizer"), record.value(QStringLiteral("organizer")).toString());
    data.insert(QStringLiteral("when"),
        when(record.value(QStringLiteral("held_on")), record.value(QStringLiteral("starts_at")),
            record.value(QStringLiteral("ends_at")), record.value(QStringLiteral("day_part"))));
    // Secrecy and urgency of the conference mark every document of it.
    QStringList marks;
    const QString secrecy = record.value(QStringLiteral("secrecy")).toString();
    const QString urgency = record.value(QStringLiteral("urgency")).toString();
    if (secrecy != QLatin1String("none"))
        marks << Labels::documentTerm(Labels::Enum::Secrecy, secrecy);
    if (urgency != QLatin1String("none"))
        marks << Labels::documentTerm(Labels::Enum::Urgency, urgency);
    data.insert(QStringLiteral("marks"), marks);
    data.insert(QStringLiteral("secrecy"), secrecy);
    data.insert(QStringLiteral("numbered"), true);
    data.insert(QStringLiteral("has_recipients"), true);
    data.insert(QStringLiteral("has_signature"), true);
    data.insert(QStringLiteral("recipients_as_above"), false);
    return conference;
}

struct Participant
{
    QString role;
    QString name;
    QString title;
    bool isUnit = false;
    int delegateCount = 0; // for a unit, when recorded
    QString attendance;
};

// How many a unit sends, when recorded ("3"); empty for a person.
QString delegateCount(const Participant &participant)
{
    return participant.delegateCount > 0 ? VietnameseText::formatInteger(participant.delegateCount)
                                         : QString();
}

// In protocol order (the chairs, then by the precedence of the title held, then as entered), or
// in the order the secretary arranged by hand.
std::optional<QList<Participant>> readParticipants(
    const Store &store, qint64 conferenceId, bool manualOrder, QString *error)
{
    auto query = store.select(
        QStringLiteral(
            "SELECT p.role, coalesce(pe.full_name, un.name), coalesce(p.title_held, pe.title, ''), "
            "p.person_id IS NULL, coalesce(p.delegate_count, 0), p.attendance "
            "FROM conference_participant p LEFT JOIN person pe ON pe.id = p.person_id "
            "LEFT JOIN unit un ON un.id = p.unit_id WHERE p.conference_id = ? "
            "ORDER BY p.position, p.id"),
        {conferenceId}, error);
    if (!query)
        return std::nullopt;
    QList<Participant> entered;
    while (query->next()) {
        Participant participant;
        participant.role = query->value(0).toString();
        participant.name = query->value(1).toString();
        participant.title = query->value(2).toString();
        participant.isUnit = query->value(3).toBool();
        participant.delegateCount = participant.isUnit ? query->value(4).toInt() : 0;
        participant.attendance = query->value(5).toString();
        entered << participant;
    }
    if (manualOrder)
        return entered;
    QVector<ProtocolOrder::Entry> entries;
    entries.reserve(entered.size());
    for (const Participant &participant : std::as_const(entered))
        entries.append({participant.role, participant.title, participant.isUnit});
    QList<Participant> arranged;
    arranged.reserve(entered.size());
    for (int index : ProtocolOrder::arrange(entries))
        arranged << entered.at(index);
    return arranged;
}

// "đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy" without the "đồng chí": name and title.
QString nameAndTitle(const Participant &participant)
{
    return participant.title.isEmpty()
        ? participant.name
        : participant.name + QStringLiteral(", ") + participant.title;
}

// "Đồng chí A, … chủ trì Hội nghị." / "Các đồng chí: A, …; B, … đồng chủ trì Hội nghị."
QString chairsSentence(const QList<Participant> &chairs)
{
    if (chairs.isEmpty())
        return QString();
    if (chairs.size() == 1)
        return QStringLiteral("Đồng chí %1 chủ trì Hội nghị.").arg(nameAndTitle(chairs.first()));
    QStringList named;
    for (const Participant &chair : chairs)
        named << nameAndTitle(chair);
    return QStringLiteral("Các đồng chí: %1 đồng chủ trì Hội nghị.")
        .arg(named.join(QStringLiteral("; ")));
}

// Who attended besides the chairs, as a notice says it: the leaders by name and title, then the
// others counted ("cùng 120 đại biểu"), the units they represent named when they are few.
QString attendanceSentence(const QList<Participant> &participants)
{
    const int mostNamed = 12;
    const int mostUnits = 6;
    QStringList named;
    QStringList units;
    qint64 others = 0;
    bool otherPeople = false;
    for (const Participant &participant : participants) {
        if (participant.role == QLatin1String("chair")
            || participant.attendance == QLatin1String("absent"))
            continue;
        if (participant.isUnit) {
            units << participant.name;
            others += qMax(1, participant.delegateCount);
            continue;
        }
        const bool speaks = participant.role != QLatin1String("delegate");
        if ((speaks || ProtocolOrder::isLeader(participant.title)) && named.size() < mostNamed) {
            named << nameAndTitle(participant);
        } else {
            ++others;
            otherPeople = true;
        }
    }
    QString rest;
    if (others > 0) {
        rest = QStringLiteral("%1 đại biểu").arg(VietnameseText::formatInteger(others));
        if (!units.isEmpty()) {
            const QString which = units.size() <= mostUnits
                ? listed(units)
                : QStringLiteral("%1 cấp ủy, cơ quan, đơn vị")
                      .arg(VietnameseText::formatInteger(units.size()));
            rest += (otherPeople ? QStringLiteral(", trong đó có đại diện lãnh đạo ")
                                 : QStringLiteral(" là đại diện lãnh đạo "))
                + which;
        }
    }
    if (named.isEmpty())
        return rest.isEmpty() ? QString() : QStringLiteral("Dự Hội nghị có %1.").arg(rest);
    QString sentence = named.size() == 1
        ? QStringLiteral("Dự Hội nghị có đồng chí ") + named.first()
        : QStringLiteral("Dự Hội nghị có các đồng chí: ") + named.join(QStringLiteral("; "));
    if (!rest.isEmpty())
        sentence += QStringLiteral("; cùng ") + rest;
    return sentence + QLatin1Char('.');
}

// The awards presented at a conference, per commendation and form, in the order recorded:
// decided ones with their accepted recipients, or (a programme made before the decision) those
// proposed with every recipient not rejected.
struct Award
{
    QString authority; // the deciding body's name
    QString form;
    QString whom; // "2 tập thể và 3 cá nhân"
    QString reason; // as in a sentence
};

std::optional<QList<Award>> awardsAt(
    const Store &store, qint64 conferenceId, bool decidedOnly, QString *error)
{
    auto found = store.select(
        QStringLiteral(
            "SELECT coalesce(b.name, ''), f.name, c.reason, f.badge_years IS NOT NULL, "
            "count(*) FILTER (WHERE r.recipient_kind = 'collective'), "
            "count(*) FILTER (WHERE r.recipient_kind = 'individual') "
            "FROM commendation c JOIN commendation_recipient r ON r.commendation_id = c.id "
            "JOIN commendation_form f ON f.id = coalesce(r.form_id, c.form_id) "
            "LEFT JOIN issuing_body b ON b.id = c.issuing_body_id "
            "WHERE c.conference_id = ? AND ")
            + (decidedOnly ? QStringLiteral("c.status = 'decided' AND r.review = 'accepted'")
                           : QStringLiteral("c.status <> 'withdrawn' AND r.review <> 'rejected'"))
            + QStringLiteral(" GROUP BY c.id, f.id, b.id ORDER BY c.id, f.position, f.id"),
        {conferenceId}, error);
    if (!found)
        return std::nullopt;
    QList<Award> awards;
    while (found->next()) {
        const qint64 collectives = found->value(4).toLongLong();
        const qint64 individuals = found->value(5).toLongLong();
        // A badge is a member's: "12 đồng chí".
        const bool badge = found->value(3).toBool();
        awards.append({found->value(0).toString(), found->value(1).toString(),
            awardees(collectives, individuals, QStringLiteral("tập thể"),
                badge ? QStringLiteral("đồng chí") : QStringLiteral("cá nhân")),
            badge ? QString() : inSentence(found->value(2).toString())});
    }
    return awards;
}

} // namespace

std::optional<QVariantMap> ConferenceReport::summary(
    const Store &store, qint64 conferenceId, const ReportContext &context, QString *error)
{
    const auto conference = readConference(store, conferenceId, context, error);
    if (!conference)
        return std::nullopt;
    const QSqlRecord &record = conference->record;
    const QString &title = conference->title;
    QVariantMap data = conference->data;
    const FormatProfile &profile = context.profile;

    // The outcomes, numbered in the order they are present. Document wording, not UI text.
    struct Outcome
    {
        const char *column;
        const char *heading;
    };
    const Outcome outcomes[] = {
        {"results", "Kết quả đạt được"},
        {"strengths", "Ưu điểm"},
        {"shortcomings", "Tồn tại, hạn chế"},
        {"difficulties", "Khó khăn, vướng mắc"},
        {"causes", "Nguyên nhân"},
        {"lessons", "Bài học kinh nghiệm"},
        {"tasks_ahead", "Nhiệm vụ, giải pháp thời gian tới"},
        {"proposals", "Kiến nghị, đề xuất"},
    };
    QVariantList sections;
    for (const Outcome &outcome : outcomes) {
        const QStringList lines
            = paragraphs(record.value(QLatin1String(outcome.column)).toString());
        if (lines.isEmpty())
            continue;
        sections << QVariantMap {{QStringLiteral("heading"), QString::fromUtf8(outcome.heading)},
            {QStringLiteral("paragraphs"), lines}};
    }
    // What the chair said in general, before the numbered points.
    const QStringList general = paragraphs(record.value(QStringLiteral("conclusion")).toString());
    // Figures alone conclude nothing: a notice of conclusions needs something concluded.
    const bool concluded = !sections.isEmpty() || !general.isEmpty();
    if (!concluded && !context.draft) {
        *error = tr("The conference “%1” has no conclusions yet: write them (or its results, "
                    "shortcomings and tasks ahead) on the Outcomes tab before printing the notice. "
                    "A draft can be printed meanwhile.")
                     .arg(title);
        return std::nullopt;
    }

    auto statistics = store.select(QStringLiteral("SELECT name, value, measure FROM statistic "
                                                  "WHERE conference_id = ? ORDER BY position, id"),
        {conferenceId}, error);
    if (!statistics)
        return std::nullopt;
    QStringList figures;
    while (statistics->next()) {
        const double value = statistics->value(1).toDouble();
        const QString number = value == qint64(value) ? VietnameseText::formatInteger(qint64(value))
                                                      : VietnameseText::formatDecimal(value);
        figures << QStringLiteral("- %1: %2 %3")
                       .arg(
                           statistics->value(0).toString(), number, statistics->value(2).toString())
                       .trimmed();
    }
    if (!figures.isEmpty())
        sections.insert(qMin(1, int(sections.size())),
            QVariantMap {{QStringLiteral("heading"), QStringLiteral("Một số số liệu chủ yếu")},
                {QStringLiteral("paragraphs"), figures}});
    for (int i = 0; i < sections.size(); ++i) {
        QVariantMap section = sections.at(i).toMap();
        section.insert(QStringLiteral("number"), i + 1);
        sections[i] = section;
    }
    data.insert(QStringLiteral("sections"), sections);
    data.insert(QStringLiteral("general_conclusions"), general);
    // A draft with nothing concluded yet keeps the place where the conclusions will go.
    data.insert(QStringLiteral("conclusions_to_come"), !concluded);

    // The first paragraph: what implemented which document, when, where, who chaired and who
    // attended — "Thực hiện Chỉ thị số 39-CT/TW ngày 18/8/2014 của Bộ Chính trị …, ngày …, tại
    // …, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị …". The document is named in the title already
    // when the title was suggested from it.
    QString opening;
    const QString code = record.value(QStringLiteral("document_code")).toString();
    if (!code.isEmpty() && !title.contains(code)) {
        // "Quyết định, Quy định": the excerpt says which one it is.
        const QString excerpt
            = record.value(QStringLiteral("document_excerpt")).toString().trimmed();
        const QStringList types
            = record.value(QStringLiteral("document_type")).toString().split(QStringLiteral(", "));
        QString type = types.first();
        for (const QString &alternative : types) {
            if (excerpt.startsWith(alternative, Qt::CaseInsensitive))
                type = alternative;
        }
        opening = QStringLiteral("Thực hiện %1 số %2")
                      .arg(type.isEmpty() ? QStringLiteral("văn bản") : type, code);
        if (!record.isNull(QStringLiteral("document_issued_on")))
            opening += profile.citationJoin()
                + citation(record.value(QStringLiteral("document_issued_on")));
        if (!record.isNull(QStringLiteral("document_issuer")))
            opening += QStringLiteral(" của ")
                + record.value(QStringLiteral("document_issuer")).toString();
        // "… về tăng cường công tác …" when the excerpt says what it is about.
        QString about = excerpt;
        if (about.startsWith(type, Qt::CaseInsensitive))
            about = about.mid(type.size()).trimmed();
        if (VietnameseText::fold(about).startsWith(QLatin1String("ve ")))
            opening += QLatin1Char(' ') + inSentence(about);
        opening += QStringLiteral(", ");
    }
    QStringList where;
    const QString heldOn = data.value(QStringLiteral("held_on")).toString();
    if (!heldOn.isEmpty())
        where << QStringLiteral("ngày ") + heldOn;
    const QString venue = data.value(QStringLiteral("venue")).toString();
    if (!venue.isEmpty())
        where << QStringLiteral("tại ") + venue;
    const QString organizer = data.value(QStringLiteral("organizer")).toString();
    QString happened = where.join(QStringLiteral(", "));
    if (!happened.isEmpty())
        happened += QStringLiteral(", ");
    happened += organizer.isEmpty() ? QStringLiteral("đã diễn ra %1.").arg(title)
                                    : QStringLiteral("%1 tổ chức %2.").arg(organizer, title);
    opening = capitalized(opening + happened);

    const auto participants = readParticipants(store, conferenceId, conference->manualOrder, error);
    if (!participants)
        return std::nullopt;
    QList<Participant> chairs;
    std::optional<Participant> concluder;
    bool reported = false;
    bool discussed = false;
    for (const Participant &participant : *participants) {
        if (participant.role == QLatin1String("chair"))
            chairs << participant;
        if (participant.role == QLatin1String("concluding_speaker")
            || (participant.role == QLatin1String("chair") && !concluder))
            concluder = participant;
        reported = reported || participant.role == QLatin1String("reporter");
        discussed = discussed || participant.role == QLatin1String("discussant");
    }
    // The programme tells what was heard when the participants do not.
    auto heard
        = store.select(QStringLiteral("SELECT count(*) FILTER (WHERE kind = 'report'), "
                                      "count(*) FILTER (WHERE kind = 'discussion_paper') FROM "
                                      "agenda_item WHERE conference_id = ?"),
            {conferenceId}, error);
    if (!heard)
        return std::nullopt;
    if (heard->next()) {
        reported = reported || heard->value(0).toBool();
        discussed = discussed || heard->value(1).toBool();
    }
    QStringList sentences {opening};
    const QString chaired = chairsSentence(chairs);
    if (!chaired.isEmpty())
        sentences << chaired;
    const QString attended = attendanceSentence(*participants);
    if (!attended.isEmpty())
        sentences << attended;
    data.insert(QStringLiteral("opening"), sentences.join(QLatin1Char(' ')));

    // "Sau khi nghe báo cáo và ý kiến tham luận, thảo luận của các đại biểu, đồng chí …, … kết
    // luận Hội nghị như sau:"
    const QString opinions = discussed
        ? QStringLiteral("ý kiến tham luận, thảo luận của các đại biểu")
        : QStringLiteral("ý kiến phát biểu của các đại biểu");
    const QString after = QStringLiteral("Sau khi nghe %1%2, ")
                              .arg(reported ? QStringLiteral("báo cáo và ") : QString(), opinions);
    data.insert(QStringLiteral("lead_in"),
        concluder ? after
                + QStringLiteral("đồng chí %1 kết luận Hội nghị như sau:")
                      .arg(nameAndTitle(*concluder))
                  : after + QStringLiteral("Hội nghị kết luận như sau:"));

    // Commendations presented at the conference, one sentence each: only what was decided.
    const auto awards = awardsAt(store, conferenceId, true, error);
    if (!awards)
        return std::nullopt;
    QStringList commendations;
    for (const Award &award : *awards)
        commendations << QStringLiteral("Nhân dịp này, %1 %2 cho %3%4.")
                             .arg(award.authority.isEmpty()
                                     ? QStringLiteral("Hội nghị trao")
                                     : award.authority + QStringLiteral(" đã tặng"),
                                 award.form, award.whom,
                                 award.reason.isEmpty() ? QString()
                                                        : QLatin1Char(' ') + award.reason);
    data.insert(QStringLiteral("commendations"), commendations);
    data.insert(QStringLiteral("has_conclusions"), true);

    data.insert(QStringLiteral("doc_type"), QStringLiteral("THÔNG BÁO"));
    data.insert(QStringLiteral("type_code"), QStringLiteral("TB"));
    data.insert(QStringLiteral("excerpt"), QStringLiteral("Kết luận %1").arg(title));
    return data;
}

std::optional<QVariantMap> ConferenceReport::programme(
    const Store &store, qint64 conferenceId, const ReportContext &context, QString *error)
{
    const auto conference = readConference(store, conferenceId, context, error);
    if (!conference)
        return std::nullopt;
    QVariantMap data = conference->data;

    // A presenter who takes part is named with the title held that day.
    auto found = store.select(
        QStringLiteral(
            "SELECT a.starts_at, a.kind, a.title, pe.full_name, "
            "coalesce(cp.title_held, pe.title, ''), un.name, coalesce(a.presenter_text, '') "
            "FROM agenda_item a LEFT JOIN person pe ON pe.id = a.presenter_person_id "
            "LEFT JOIN conference_participant cp ON cp.conference_id = a.conference_id "
            "AND cp.person_id = a.presenter_person_id "
            "LEFT JOIN unit un ON un.id = a.presenter_unit_id "
            "WHERE a.conference_id = ? ORDER BY a.position, a.id"),
        {conferenceId}, error);
    if (!found)
        return std::nullopt;
    const QSqlQuery &query = *found;
    // Folded words that show a title already says what kind of item it is.
    const QList<std::pair<const char *, const char *>> namedBy {{"opening", "khai mac"},
        {"report", "bao cao"}, {"discussion_paper", "tham luan"}, {"discussion", "thao luan"},
        {"conclusion", "ket luan"}, {"commendation", "khen"}, {"closing", "be mac"}};
    // The item presenting the awards names them from the records: the form, by whom, how many.
    const auto awards = awardsAt(store, conferenceId, false, error);
    if (!awards)
        return std::nullopt;
    QStringList presented;
    for (const Award &award : *awards)
        presented << QStringLiteral("Trao %1%2 cho %3%4")
                         .arg(award.form,
                             award.authority.isEmpty() ? QString()
                                                       : QStringLiteral(" của ") + award.authority,
                             award.whom,
                             award.reason.isEmpty() ? QString() : QLatin1Char(' ') + award.reason);
    QVariantList items;
    bool hasTimes = false;
    while (found->next()) {
        const QString kind = query.value(1).toString();
        const QString title = kind == QLatin1String("commendation") && !presented.isEmpty()
            ? presented.join(QStringLiteral("; "))
            : query.value(2).toString();
        QString term = Labels::documentTerm(Labels::Enum::AgendaKind, kind);
        for (const auto &[code, words] : namedBy) {
            if (kind == QLatin1String(code)
                && VietnameseText::fold(title).contains(QLatin1String(words)))
                term.clear();
        }
        const QString time = clock(query.value(0));
        hasTimes = hasTimes || !time.isEmpty();
        const bool person = !query.isNull(3);
        items << QVariantMap {
            {QStringLiteral("number"), VietnameseText::formatInteger(items.size() + 1)},
            {QStringLiteral("time"), time}, {QStringLiteral("kind"), term},
            {QStringLiteral("content"), title},
            {QStringLiteral("person"), person ? query.value(3).toString() : QString()},
            {QStringLiteral("person_title"), person ? query.value(4).toString() : QString()},
            {QStringLiteral("presenter"),
                person
                    ? QString()
                    : (query.isNull(5) ? query.value(6).toString() : query.value(5).toString())}};
    }
    if (items.isEmpty()) {
        *error = tr("The conference “%1” has no programme yet: add its items first.")
                     .arg(conference->title);
        return std::nullopt;
    }
    data.insert(QStringLiteral("items"), items);
    data.insert(QStringLiteral("has_times"), hasTimes);
    // Unnumbered unless the profile numbers programmes (an office's choice).
    data.insert(QStringLiteral("numbered_items"), !hasTimes && context.profile.programmeNumbered);
    data.insert(QStringLiteral("has_recipients"), false);
    data.insert(QStringLiteral("has_signature"), false);
    data.insert(QStringLiteral("doc_type"), QStringLiteral("CHƯƠNG TRÌNH"));
    data.insert(QStringLiteral("type_code"), QStringLiteral("CTr"));
    data.insert(QStringLiteral("excerpt"), conference->title);
    return data;
}

std::optional<QVariantMap> ConferenceReport::delegates(
    const Store &store, qint64 conferenceId, const ReportContext &context, QString *error)
{
    const auto conference = readConference(store, conferenceId, context, error);
    if (!conference)
        return std::nullopt;
    QVariantMap data = conference->data;
    QVariantList rows;
    const auto participants = readParticipants(store, conferenceId, conference->manualOrder, error);
    if (!participants)
        return std::nullopt;
    const auto addRow
        = [&rows](const QString &name, const QString &title, const QString &delegates) {
              rows << QVariantMap {
                  {QStringLiteral("number"), VietnameseText::formatInteger(rows.size() + 1)},
                  {QStringLiteral("name"), name}, {QStringLiteral("title"), title},
                  {QStringLiteral("delegates"), delegates}};
          };
    for (const Participant &participant : *participants) {
        // One row and one signature for each delegate a unit sends: its name (and how many it
        // sends) on the first, "— đại biểu 2" … on the others.
        addRow(participant.name, participant.title,
            participant.delegateCount > 1 ? delegateCount(participant) : QString());
        for (int delegate = 2; delegate <= participant.delegateCount; ++delegate)
            addRow(QStringLiteral("%1 — đại biểu %2").arg(participant.name).arg(delegate),
                participant.title, QString());
    }
    if (rows.isEmpty()) {
        *error = tr("The conference “%1” has no participants yet: add them before printing "
                    "the delegate list.")
                     .arg(conference->title);
        return std::nullopt;
    }
    data.insert(QStringLiteral("rows"), rows);
    data.insert(QStringLiteral("numbered"), false);
    data.insert(QStringLiteral("has_recipients"), false);
    data.insert(QStringLiteral("has_signature"), false);
    data.insert(QStringLiteral("doc_type"), QStringLiteral("DANH SÁCH ĐẠI BIỂU"));
    data.insert(QStringLiteral("type_code"), QString());
    data.insert(QStringLiteral("excerpt"), QStringLiteral("dự %1").arg(conference->title));
    return data;
}

std::optional<QVariantMap> ConferenceReport::invitations(
    const Store &store, qint64 conferenceId, const ReportContext &context, QString *error)
{
    const auto conference = readConference(store, conferenceId, context, error);
    if (!conference)
        return std::nullopt;
    const QSqlRecord &record = conference->record;
    // An invitation says when to come: a date, and an hour or at least the part of the day.
    if (!context.draft) {
        if (record.isNull(QStringLiteral("held_on"))) {
            *error = tr("The conference “%1” has no date yet: an invitation says when to come. "
                        "Give the date (a draft can be printed meanwhile).")
                         .arg(conference->title);
            return std::nullopt;
        }
        if (clock(record.value(QStringLiteral("starts_at"))).isEmpty()
            && dayPart(record.value(QStringLiteral("day_part")).toString()).isEmpty()) {
            *error = tr("The conference “%1” has no time yet: give the hour it starts, or the "
                        "part of the day (morning, afternoon, all day), before printing the "
                        "invitations. A draft can be printed meanwhile.")
                         .arg(conference->title);
            return std::nullopt;
        }
    }
    QVariantMap data = conference->data;
    const QString title = conference->title;
    const QString organizer = data.value(QStringLiteral("organizer")).toString();
    // "Ban Thường vụ Tỉnh ủy tổ chức Hội nghị …" first; the letter then invites to "Hội nghị".
    data.insert(QStringLiteral("announcement"),
        organizer.isEmpty() ? QString() : QStringLiteral("%1 tổ chức %2.").arg(organizer, title));
    const QString event = organizer.isEmpty() ? title
        : VietnameseText::fold(title).startsWith(QLatin1String("hoi nghi"))
        ? QStringLiteral("Hội nghị")
        : title;
    QVariantList letters;
    const auto participants = readParticipants(store, conferenceId, conference->manualOrder, error);
    if (!participants)
        return std::nullopt;
    for (const Participant &participant : *participants) {
        if (participant.role == QLatin1String("chair"))
            continue;
        const auto role
            = [&participant](const char *code) { return participant.role == QLatin1String(code); };
        // "Trân trọng kính mời đồng chí đến dự Hội nghị"; a unit "cử 3 đại biểu" or sends
        // "đại diện lãnh đạo".
        QString invited;
        if (!participant.isUnit)
            invited = QStringLiteral("Trân trọng kính mời đồng chí đến dự %1").arg(event);
        else if (participant.delegateCount > 0)
            invited = QStringLiteral("Trân trọng kính mời %1 cử %2 đại biểu đến dự %3")
                          .arg(participant.name, delegateCount(participant), event);
        else
            invited = QStringLiteral("Trân trọng kính mời đại diện lãnh đạo %1 đến dự %2")
                          .arg(participant.name, event);
        letters << QVariantMap {{QStringLiteral("addressee"), participant.name},
            {QStringLiteral("addressee_title"), participant.title},
            {QStringLiteral("is_unit"), participant.isUnit},
            {QStringLiteral("delegates"), delegateCount(participant)},
            {QStringLiteral("invited"), invited},
            {QStringLiteral("presents_report"), role("reporter")},
            {QStringLiteral("presents_paper"), role("discussant")},
            {QStringLiteral("opens"), role("opening_speaker")},
            {QStringLiteral("concludes"), role("concluding_speaker")}};
    }
    if (letters.isEmpty()) {
        *error = tr("The conference “%1” has no one to invite: apart from its chairs, no "
                    "participant or unit is recorded. Add the delegates first.")
                     .arg(conference->title);
        return std::nullopt;
    }
    data.insert(QStringLiteral("letters"), letters);
    data.insert(QStringLiteral("recipients_as_above"), true);
    data.insert(QStringLiteral("doc_type"), QStringLiteral("GIẤY MỜI"));
    data.insert(QStringLiteral("type_code"), QStringLiteral("GM"));
    data.insert(QStringLiteral("excerpt"), conference->title);
    return data;
}
