#include "conferencereport.h"

#include "core/labels.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTime>

namespace {

QVariantList rowsWithLast(QVariantList rows)
{
    for (int i = 0; i < rows.size(); ++i) {
        QVariantMap row = rows.at(i).toMap();
        row.insert(QStringLiteral("last"), i == rows.size() - 1);
        rows[i] = row;
    }
    return rows;
}

QStringList paragraphs(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}

// "Có thành tích…" inside a sentence reads "có thành tích…".
QString inSentence(const QString &text)
{
    QString result = text.trimmed();
    if (result.endsWith(QLatin1Char('.')))
        result.chop(1);
    if (result.size() > 1 && result.at(0).isUpper() && result.at(1).isLower())
        result[0] = result.at(0).toLower();
    return result;
}

QDate isoDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString citation(const QVariant &isoDate)
{
    const QDate date = ::isoDate(isoDate);
    return date.isValid() ? VietnameseText::citationDate(date) : QString();
}

// "07:30" -> "07 giờ 30", as invitations and programmes write the hour.
QString clock(const QVariant &value)
{
    const QTime time = QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
    if (!time.isValid())
        return QString();
    return QStringLiteral("%1 giờ %2")
        .arg(time.hour(), 2, 10, QLatin1Char('0'))
        .arg(time.minute(), 2, 10, QLatin1Char('0'));
}

QString weekday(const QDate &date)
{
    static const char *const names[]
        = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};
    return date.isValid() ? QString::fromUtf8(names[date.dayOfWeek() - 1]) : QString();
}

// "07 giờ 30, ngày 27/5/2024 (thứ Hai)"; "từ 07 giờ 30 đến 11 giờ 00, ngày …" with an end;
// without a date only the hours, without anything an empty string (the template leaves room).
QString when(const QVariant &heldOn, const QVariant &startsAt, const QVariant &endsAt)
{
    const QString start = clock(startsAt);
    const QString end = clock(endsAt);
    QString hours = start;
    if (!start.isEmpty() && !end.isEmpty())
        hours = QStringLiteral("từ %1 đến %2").arg(start, end);
    const QDate date = isoDate(heldOn);
    if (!date.isValid())
        return hours;
    const QString day
        = QStringLiteral("ngày %1 (%2)").arg(VietnameseText::citationDate(date), weekday(date));
    return hours.isEmpty() ? day : hours + QStringLiteral(", ") + day;
}

// What every document of a conference starts from.
struct Conference
{
    QSqlRecord record;
    QVariantMap data;
    QString title;
};

std::optional<Conference> readConference(const Store &store, qint64 conferenceId, QString *error)
{
    auto found = store.select(
        QStringLiteral(
            "SELECT c.title, c.held_on, c.venue, u.name AS organizer, d.code AS document_code, "
            "d.issued_on AS document_issued_on, i.name AS document_issuer, c.results, "
            "c.strengths, c.shortcomings, c.difficulties, c.causes, c.lessons, c.tasks_ahead, "
            "c.proposals, c.secrecy, c.urgency, c.starts_at, c.ends_at, c.conclusion "
            "FROM conference c LEFT JOIN unit u ON u.id = c.organizer_unit_id "
            "LEFT JOIN legal_document d ON d.id = c.legal_document_id "
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
    conference.title = record.value(QStringLiteral("title")).toString();
    QVariantMap &data = conference.data;
    data.insert(QStringLiteral("title"), conference.title);
    data.insert(QStringLiteral("held_on"), citation(record.value(QStringLiteral("held_on"))));
    data.insert(QStringLiteral("venue"), record.value(QStringLiteral("venue")).toString());
    data.insert(QStringLiteral("organizer"), record.value(QStringLiteral("organizer")).toString());
    data.insert(QStringLiteral("when"),
        when(record.value(QStringLiteral("held_on")), record.value(QStringLiteral("starts_at")),
            record.value(QStringLiteral("ends_at"))));
    // Secrecy and urgency of the conference mark every document of it.
    QStringList marks;
    const QString secrecy = record.value(QStringLiteral("secrecy")).toString();
    const QString urgency = record.value(QStringLiteral("urgency")).toString();
    if (secrecy != QLatin1String("none"))
        marks << Labels::documentTerm(Labels::Enum::Secrecy, secrecy);
    if (urgency != QLatin1String("none"))
        marks << Labels::documentTerm(Labels::Enum::Urgency, urgency);
    data.insert(QStringLiteral("marks"), marks);
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

// Chairs first; then leaders and guests of honour before those who speak or present, and the
// body of delegates last; within a role, the order the secretary gave.
std::optional<QList<Participant>> readParticipants(
    const Store &store, qint64 conferenceId, QString *error)
{
    auto query = store.select(
        QStringLiteral(
            "SELECT p.role, coalesce(pe.full_name, un.name), coalesce(p.title_held, pe.title, ''), "
            "p.person_id IS NULL, coalesce(p.delegate_count, 0), p.attendance "
            "FROM conference_participant p LEFT JOIN person pe ON pe.id = p.person_id "
            "LEFT JOIN unit un ON un.id = p.unit_id WHERE p.conference_id = ? "
            "ORDER BY CASE p.role WHEN 'chair' THEN 0 WHEN 'guest' THEN 1 "
            "WHEN 'opening_speaker' THEN 2 WHEN 'concluding_speaker' THEN 3 "
            "WHEN 'reporter' THEN 4 WHEN 'discussant' THEN 5 ELSE 6 END, p.position, p.id"),
        {conferenceId}, error);
    if (!query)
        return std::nullopt;
    QList<Participant> participants;
    while (query->next()) {
        Participant participant;
        participant.role = query->value(0).toString();
        participant.name = query->value(1).toString();
        participant.title = query->value(2).toString();
        participant.isUnit = query->value(3).toBool();
        participant.delegateCount = participant.isUnit ? query->value(4).toInt() : 0;
        participant.attendance = query->value(5).toString();
        participants << participant;
    }
    return participants;
}

} // namespace

std::optional<QVariantMap> ConferenceReport::summary(
    const Store &store, qint64 conferenceId, QString *error)
{
    const auto conference = readConference(store, conferenceId, error);
    if (!conference)
        return std::nullopt;
    const QSqlRecord &record = conference->record;
    const QString &title = conference->title;
    QVariantMap data = conference->data;
    // The document is named in the title already when it was suggested from it.
    QString document;
    const QString code = record.value(QStringLiteral("document_code")).toString();
    if (!code.isEmpty() && !title.contains(code)) {
        document = QStringLiteral("Chỉ đạo thực hiện văn bản số %1").arg(code);
        if (!record.isNull(QStringLiteral("document_issued_on")))
            document += QStringLiteral(" ngày ")
                + citation(record.value(QStringLiteral("document_issued_on")));
        if (!record.isNull(QStringLiteral("document_issuer")))
            document += QStringLiteral(" của ")
                + record.value(QStringLiteral("document_issuer")).toString();
    }
    data.insert(QStringLiteral("document"), document);

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
    // What the chair said in general, before the numbered points.
    const QStringList general = paragraphs(record.value(QStringLiteral("conclusion")).toString());
    data.insert(QStringLiteral("general_conclusions"), general);

    // Chairs, the one who concluded, and who attended, counted by role: a person is one
    // delegate, a unit as many as it sent (one when the number was not recorded).
    QVariantList chairs;
    QVariantMap concluder;
    QMap<QString, qint64> counts;
    const auto participants = readParticipants(store, conferenceId, error);
    if (!participants)
        return std::nullopt;
    for (const Participant &participant : *participants) {
        const QVariantMap person {{QStringLiteral("name"), participant.name},
            {QStringLiteral("title"), participant.title}};
        if (participant.role == QLatin1String("chair"))
            chairs << person;
        if (participant.role == QLatin1String("concluding_speaker")
            || (participant.role == QLatin1String("chair") && concluder.isEmpty()))
            concluder = person;
        if (participant.role != QLatin1String("chair")
            && participant.attendance != QLatin1String("absent"))
            counts[participant.role] += qMax(1, participant.delegateCount);
    }
    data.insert(QStringLiteral("has_chairs"), !chairs.isEmpty());
    data.insert(QStringLiteral("chairs_plural"), chairs.size() > 1);
    data.insert(QStringLiteral("chairs"), rowsWithLast(chairs));
    data.insert(QStringLiteral("concluder"), concluder.isEmpty() ? QVariant(QString()) : concluder);
    QVariantList attendance;
    const QList<std::pair<const char *, const char *>> groups {
        {"reporter", "đồng chí trình bày báo cáo"}, {"discussant", "đồng chí tham luận"},
        {"opening_speaker", "đồng chí phát biểu khai mạc"},
        {"concluding_speaker", "đồng chí phát biểu kết luận"}, {"delegate", "đại biểu"},
        {"guest", "khách mời"}};
    for (const auto &[role, label] : groups) {
        const qint64 count = counts.value(QLatin1String(role));
        if (count > 0)
            attendance << QVariantMap {
                {QStringLiteral("count"), VietnameseText::formatInteger(count)},
                {QStringLiteral("label"), QString::fromUtf8(label)}};
    }
    data.insert(QStringLiteral("has_attendance"), !attendance.isEmpty());
    data.insert(QStringLiteral("attendance"), rowsWithLast(attendance));

    // Commendations presented at the conference, grouped as one sentence each.
    auto awards = store.select(
        QStringLiteral(
            "SELECT coalesce(a.name, ''), c.form, c.recipient_kind, c.reason, count(*) "
            "FROM commendation c LEFT JOIN unit a ON a.id = c.authority_unit_id "
            "WHERE c.conference_id = ? GROUP BY 1, 2, 3, 4 ORDER BY min(c.position), min(c.id)"),
        {conferenceId}, error);
    if (!awards)
        return std::nullopt;
    QVariantList commendations;
    while (awards->next()) {
        commendations << QVariantMap {{QStringLiteral("authority"), awards->value(0).toString()},
            {QStringLiteral("form"),
                Labels::documentTerm(Labels::Enum::CommendationForm, awards->value(1).toString())},
            {QStringLiteral("recipients"),
                Labels::documentTerm(Labels::Enum::RecipientKind, awards->value(2).toString())},
            {QStringLiteral("reason"), inSentence(awards->value(3).toString())},
            {QStringLiteral("count"),
                VietnameseText::formatInteger(awards->value(4).toLongLong())}};
    }
    data.insert(QStringLiteral("commendations"), commendations);
    data.insert(QStringLiteral("has_conclusions"), !sections.isEmpty() || !general.isEmpty());

    data.insert(QStringLiteral("doc_type"), QStringLiteral("THÔNG BÁO"));
    data.insert(QStringLiteral("type_code"), QStringLiteral("TB"));
    data.insert(QStringLiteral("excerpt"), QStringLiteral("Kết luận %1").arg(title));
    return data;
}

std::optional<QVariantMap> ConferenceReport::programme(
    const Store &store, qint64 conferenceId, QString *error)
{
    const auto conference = readConference(store, conferenceId, error);
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
    QVariantList items;
    bool hasTimes = false;
    while (found->next()) {
        const QString kind = query.value(1).toString();
        const QString title = query.value(2).toString();
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
    data.insert(QStringLiteral("has_recipients"), false);
    data.insert(QStringLiteral("has_signature"), false);
    data.insert(QStringLiteral("doc_type"), QStringLiteral("CHƯƠNG TRÌNH"));
    data.insert(QStringLiteral("type_code"), QStringLiteral("CTr"));
    data.insert(QStringLiteral("excerpt"), conference->title);
    return data;
}

std::optional<QVariantMap> ConferenceReport::delegates(
    const Store &store, qint64 conferenceId, QString *error)
{
    const auto conference = readConference(store, conferenceId, error);
    if (!conference)
        return std::nullopt;
    QVariantMap data = conference->data;
    QVariantList rows;
    const auto participants = readParticipants(store, conferenceId, error);
    if (!participants)
        return std::nullopt;
    for (const Participant &participant : *participants) {
        rows << QVariantMap {
            {QStringLiteral("number"), VietnameseText::formatInteger(rows.size() + 1)},
            {QStringLiteral("name"), participant.name},
            {QStringLiteral("title"), participant.title},
            {QStringLiteral("delegates"), delegateCount(participant)}};
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
    const Store &store, qint64 conferenceId, QString *error)
{
    const auto conference = readConference(store, conferenceId, error);
    if (!conference)
        return std::nullopt;
    QVariantMap data = conference->data;
    QVariantList letters;
    const auto participants = readParticipants(store, conferenceId, error);
    if (!participants)
        return std::nullopt;
    for (const Participant &participant : *participants) {
        if (participant.role == QLatin1String("chair"))
            continue;
        const auto role
            = [&participant](const char *code) { return participant.role == QLatin1String(code); };
        letters << QVariantMap {{QStringLiteral("addressee"), participant.name},
            {QStringLiteral("addressee_title"), participant.title},
            {QStringLiteral("is_unit"), participant.isUnit},
            {QStringLiteral("delegates"), delegateCount(participant)},
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
