#include "partybadgereport.h"

#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QSqlQuery>

#include <map>

namespace {

QString dateText(const QVariant &value)
{
    return VietnameseText::formDate(QDate::fromString(value.toString(), Qt::ISODate));
}

struct Row
{
    int years = 0;
    QVariantMap values;
};

// One section: its heading and its groups by badge, the most years first, numbered through.
QVariantMap section(const QString &heading, const QList<Row> &rows)
{
    std::map<int, QVariantList, std::greater<int>> byYears;
    for (const Row &row : rows)
        byYears[row.years] << row.values;
    QVariantList groups;
    int number = 0;
    static const char *const roman[]
        = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    for (auto &[years, members] : byYears) {
        for (QVariant &member : members) {
            QVariantMap values = member.toMap();
            values.insert(QStringLiteral("number"), ++number);
            member = values;
        }
        groups << QVariantMap {
            {QStringLiteral("heading"),
                QStringLiteral("%1. HUY HIỆU %2 NĂM TUỔI ĐẢNG (%3 đồng chí)")
                    .arg(QLatin1String(roman[std::min<qsizetype>(groups.size(), 11)]))
                    .arg(years)
                    .arg(members.size())},
            {QStringLiteral("members"), members}};
    }
    return {{QStringLiteral("heading"), heading}, {QStringLiteral("groups"), groups},
        {QStringLiteral("count"), number}};
}

} // namespace

std::optional<QVariantMap> PartyBadgeReport::list(
    const Store &store, qint64 commendationId, const ReportContext &, QString *error)
{
    auto head = store.select(
        QStringLiteral("SELECT c.kind, c.round_on, c.reason, u.name, (SELECT b.id FROM "
                       "issuing_body b WHERE b.unit_id = c.proposing_unit_id) FROM commendation c "
                       "LEFT JOIN unit u ON u.id = c.proposing_unit_id WHERE c.id = ?"),
        {commendationId}, error);
    if (!head || !head->next()) {
        if (error && error->isEmpty())
            *error = tr("The round is no longer in the database (another window may have deleted "
                        "it).");
        return std::nullopt;
    }
    if (head->value(0).toString() != QLatin1String("party_badge")) {
        *error = tr("List 4-HHĐ is printed for a round of Party membership badges only.");
        return std::nullopt;
    }
    const QDate roundOn = QDate::fromString(head->value(1).toString(), Qt::ISODate);
    const QString reason = head->value(2).toString();
    const QString proposer = head->value(3).toString();
    // The grassroots committee that makes the list heads and signs it, when it issues documents.
    const qint64 proposerBody = head->value(4).toLongLong();
    head.reset();

    auto query = store.select(
        QStringLiteral("SELECT r.name, f.badge_years, p.admitted_on, p.official_on, r.detail, "
                       "r.early, r.posthumous, r.replacement, p.deceased_on, r.note "
                       "FROM commendation_recipient r "
                       "JOIN commendation_form f ON f.id = r.form_id "
                       "LEFT JOIN person p ON p.id = r.person_id "
                       "WHERE r.commendation_id = ? AND r.review <> 'rejected' "
                       "ORDER BY r.position, r.id"),
        {commendationId}, error);
    if (!query)
        return std::nullopt;
    QList<Row> living, replaced, posthumous;
    while (query->next()) {
        QStringList notes;
        if (query->value(5).toInt())
            notes << QStringLiteral("Tặng sớm do ốm nặng");
        if (query->value(6).toInt() && !query->value(8).isNull())
            notes << QStringLiteral("Từ trần ngày %1").arg(dateText(query->value(8)));
        if (query->value(7).toInt())
            notes << QStringLiteral("Cấp lại do bị mất");
        const QString note = query->value(9).toString().trimmed();
        if (!note.isEmpty())
            notes << note;
        Row row {query->value(1).toInt(),
            {{QStringLiteral("name"), query->value(0).toString()},
                {QStringLiteral("admitted_on"), dateText(query->value(2))},
                {QStringLiteral("official_on"), dateText(query->value(3))},
                {QStringLiteral("detail"), query->value(4).toString()},
                {QStringLiteral("note"), notes.join(QStringLiteral("; "))}}};
        (query->value(6).toInt() ? posthumous : query->value(7).toInt() ? replaced : living) << row;
    }
    if (living.isEmpty() && replaced.isEmpty() && posthumous.isEmpty()) {
        *error = tr("The round has nobody on its list yet.");
        return std::nullopt;
    }
    QVariantList sections;
    if (!living.isEmpty())
        sections << section(
            QStringLiteral("DANH SÁCH ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG (Mẫu 4-HHĐ)"), living);
    if (!replaced.isEmpty())
        sections << section(
            QStringLiteral("DANH SÁCH ĐỀ NGHỊ CẤP LẠI HUY HIỆU ĐẢNG (Mẫu 4A-HHĐ)"), replaced);
    if (!posthumous.isEmpty())
        sections << section(
            QStringLiteral("DANH SÁCH ĐỀ NGHỊ TRUY TẶNG HUY HIỆU ĐẢNG (Mẫu 4B-HHĐ)"), posthumous);

    QVariantMap data;
    if (proposerBody > 0)
        data.insert(QStringLiteral("issuing_body_id"), proposerBody);
    data.insert(QStringLiteral("sections"), sections);
    const int total = int(living.size() + replaced.size() + posthumous.size());
    const QString round = roundOn.isValid()
        ? QStringLiteral(" đợt ") + VietnameseText::citationDate(roundOn)
        : QString();
    const QString among = posthumous.isEmpty()
        ? QString()
        : QStringLiteral(" (trong đó truy tặng %1 đồng chí)").arg(posthumous.size());
    data.insert(QStringLiteral("summary"),
        QStringLiteral("%1 xét tặng Huy hiệu Đảng%2 cho %3 đồng chí%4.")
            .arg(proposer.isEmpty() ? QStringLiteral("Đề nghị")
                                    : proposer + QStringLiteral(" đề nghị"),
                round)
            .arg(total)
            .arg(among));
    data.insert(QStringLiteral("doc_type"), QStringLiteral("DANH SÁCH"));
    data.insert(QStringLiteral("type_code"), QStringLiteral("DS"));
    data.insert(QStringLiteral("excerpt"),
        QStringLiteral("Đề nghị %1").arg(reason.left(1).toLower() + reason.mid(1)));
    data.insert(QStringLiteral("marks"), QStringList());
    data.insert(QStringLiteral("numbered"), true);
    data.insert(QStringLiteral("has_recipients"), false);
    data.insert(QStringLiteral("has_signature"), true);
    return data;
}
