#include "conferencereport.h"

#include "core/labels.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QSqlQuery>
#include <QSqlRecord>

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

QString citation(const QVariant &isoDate)
{
    const QDate date = QDate::fromString(isoDate.toString(), Qt::ISODate);
    return date.isValid() ? VietnameseText::citationDate(date) : QString();
}

} // namespace

std::optional<QVariantMap> ConferenceReport::summary(const QSqlDatabase &db, qint64 conferenceId,
                                                     QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
            "SELECT c.title, c.held_on, c.venue, u.name, d.code, d.issued_on, i.name, c.results, "
            "c.strengths, c.shortcomings, c.difficulties, c.causes, c.lessons, c.tasks_ahead, "
            "c.proposals, c.secrecy, c.urgency, c.kind "
            "FROM conference c LEFT JOIN unit u ON u.id = c.organizer_unit_id "
            "LEFT JOIN legal_document d ON d.id = c.legal_document_id "
            "LEFT JOIN unit i ON i.id = d.issuer_unit_id WHERE c.id = ?"));
    query.addBindValue(conferenceId);
    if (!query.exec() || !query.next()) {
        *error = tr("There is no conference number %1 in this database.").arg(conferenceId);
        return std::nullopt;
    }
    QVariantMap data;
    const QString title = query.value(0).toString();
    data.insert(QStringLiteral("title"), title);
    data.insert(QStringLiteral("held_on"), citation(query.value(1)));
    data.insert(QStringLiteral("venue"), query.value(2).toString());
    data.insert(QStringLiteral("organizer"), query.value(3).toString());
    // The document is named in the title already when it was suggested from it.
    QString document;
    if (!query.value(4).isNull() && !title.contains(query.value(4).toString())) {
        document = QStringLiteral("Chỉ đạo thực hiện văn bản số %1").arg(query.value(4).toString());
        if (!query.value(5).isNull())
            document += QStringLiteral(" ngày ") + citation(query.value(5));
        if (!query.value(6).isNull())
            document += QStringLiteral(" của ") + query.value(6).toString();
    }
    data.insert(QStringLiteral("document"), document);

    // The outcomes, numbered in the order they are present. Document wording, not UI text.
    struct Outcome
    {
        int column;
        const char *heading;
    };
    const Outcome outcomes[] = {
        {7, "Kết quả đạt được"},      {8, "Ưu điểm"},
        {9, "Tồn tại, hạn chế"},      {10, "Khó khăn, vướng mắc"},
        {11, "Nguyên nhân"},          {12, "Bài học kinh nghiệm"},
        {13, "Nhiệm vụ, giải pháp thời gian tới"}, {14, "Kiến nghị, đề xuất"},
    };
    QVariantList sections;
    for (const Outcome &outcome : outcomes) {
        const QStringList lines = paragraphs(query.value(outcome.column).toString());
        if (lines.isEmpty())
            continue;
        sections << QVariantMap{{QStringLiteral("heading"), QString::fromUtf8(outcome.heading)},
                                {QStringLiteral("paragraphs"), lines}};
    }
    QStringList marks;
    if (query.value(15).toString() != QLatin1String("none"))
        marks << Labels::documentTerm(Labels::Enum::Secrecy, query.value(15).toString());
    if (query.value(16).toString() != QLatin1String("none"))
        marks << Labels::documentTerm(Labels::Enum::Urgency, query.value(16).toString());

    QSqlQuery statistics(db);
    statistics.prepare(QStringLiteral("SELECT name, value, measure FROM statistic "
                                      "WHERE conference_id = ? ORDER BY position, id"));
    statistics.addBindValue(conferenceId);
    statistics.exec();
    QStringList figures;
    while (statistics.next()) {
        const double value = statistics.value(1).toDouble();
        const QString number = value == qint64(value) ? VietnameseText::formatInteger(qint64(value))
                                                      : VietnameseText::formatDecimal(value);
        figures << QStringLiteral("- %1: %2 %3")
                           .arg(statistics.value(0).toString(), number,
                                statistics.value(2).toString())
                           .trimmed();
    }
    if (!figures.isEmpty())
        sections.insert(qMin(1, int(sections.size())),
                        QVariantMap{{QStringLiteral("heading"), QStringLiteral("Một số số liệu chủ yếu")},
                                    {QStringLiteral("paragraphs"), figures}});
    for (int i = 0; i < sections.size(); ++i) {
        QVariantMap section = sections.at(i).toMap();
        section.insert(QStringLiteral("number"), i + 1);
        sections[i] = section;
    }
    data.insert(QStringLiteral("sections"), sections);

    // Chairs, the one who concluded, and who attended, counted by role.
    QSqlQuery people(db);
    people.prepare(QStringLiteral(
            "SELECT p.role, coalesce(pe.full_name, un.name), coalesce(p.title_held, pe.title, ''), "
            "p.person_id IS NULL, coalesce(p.delegate_count, 1), p.attendance "
            "FROM conference_participant p LEFT JOIN person pe ON pe.id = p.person_id "
            "LEFT JOIN unit un ON un.id = p.unit_id WHERE p.conference_id = ? "
            "ORDER BY p.position, p.id"));
    people.addBindValue(conferenceId);
    people.exec();
    QVariantList chairs;
    QVariantMap concluder;
    QMap<QString, int> counts;
    while (people.next()) {
        const QString role = people.value(0).toString();
        const QVariantMap person{{QStringLiteral("name"), people.value(1).toString()},
                                 {QStringLiteral("title"), people.value(2).toString()}};
        if (role == QLatin1String("chair"))
            chairs << person;
        if (role == QLatin1String("concluding_speaker")
            || (role == QLatin1String("chair") && concluder.isEmpty()))
            concluder = person;
        if (role != QLatin1String("chair") && people.value(5).toString() != QLatin1String("absent"))
            counts[role] += people.value(4).toInt();
    }
    data.insert(QStringLiteral("has_chairs"), !chairs.isEmpty());
    data.insert(QStringLiteral("chairs_plural"), chairs.size() > 1);
    data.insert(QStringLiteral("chairs"), rowsWithLast(chairs));
    data.insert(QStringLiteral("concluder"), concluder.isEmpty() ? QVariant(QString()) : concluder);
    QVariantList attendance;
    const QList<std::pair<const char *, const char *>> groups{
        {"reporter", "đồng chí trình bày báo cáo"}, {"discussant", "đồng chí tham luận"},
        {"opening_speaker", "đồng chí phát biểu khai mạc"},
        {"concluding_speaker", "đồng chí phát biểu kết luận"}, {"delegate", "đại biểu"},
        {"guest", "khách mời"}};
    for (const auto &[role, label] : groups) {
        if (counts.value(QLatin1String(role)) > 0)
            attendance << QVariantMap{{QStringLiteral("count"), counts.value(QLatin1String(role))},
                                      {QStringLiteral("label"), QString::fromUtf8(label)}};
    }
    data.insert(QStringLiteral("has_attendance"), !attendance.isEmpty());
    data.insert(QStringLiteral("attendance"), rowsWithLast(attendance));

    // Commendations presented at the conference, grouped as one sentence each.
    QSqlQuery awards(db);
    awards.prepare(QStringLiteral(
            "SELECT coalesce(a.name, ''), c.form, c.recipient_kind, c.reason, count(*) "
            "FROM commendation c LEFT JOIN unit a ON a.id = c.authority_unit_id "
            "WHERE c.conference_id = ? GROUP BY 1, 2, 3, 4 ORDER BY min(c.position), min(c.id)"));
    awards.addBindValue(conferenceId);
    awards.exec();
    QVariantList commendations;
    while (awards.next()) {
        commendations << QVariantMap{
            {QStringLiteral("authority"), awards.value(0).toString()},
            {QStringLiteral("form"),
             Labels::documentTerm(Labels::Enum::CommendationForm, awards.value(1).toString())},
            {QStringLiteral("recipients"),
             Labels::documentTerm(Labels::Enum::RecipientKind, awards.value(2).toString())},
            {QStringLiteral("reason"), inSentence(awards.value(3).toString())},
            {QStringLiteral("count"), awards.value(4).toInt()}};
    }
    data.insert(QStringLiteral("commendations"), commendations);

    data.insert(QStringLiteral("doc_type"), QStringLiteral("THÔNG BÁO"));
    data.insert(QStringLiteral("type_code"), QStringLiteral("TB"));
    data.insert(QStringLiteral("excerpt"), QStringLiteral("Kết luận %1").arg(title));
    data.insert(QStringLiteral("marks"), marks);
    return data;
}
