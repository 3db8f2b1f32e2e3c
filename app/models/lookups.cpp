#include "lookups.h"

#include "core/catalogue.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

namespace {

QList<Lookups::Item> items(const Store &store, const QString &sql, const QVariantList &values = {},
    const QString &prefix = QString())
{
    QList<Lookups::Item> result;
    auto query = store.select(sql, values);
    while (query && query->next())
        result.append({query->value(0), prefix + query->value(1).toString()});
    return result;
}

// The first year before `bound` that has a date in the column, by one index seek.
QList<int> yearsOf(const Store &store, const QString &table, const QString &column)
{
    QList<int> years;
    QString bound = QStringLiteral("9999-99-99");
    for (;;) {
        const QVariant latest = store.value(
            QStringLiteral("SELECT max(%1) FROM %2 WHERE %1 < ?").arg(column, table), {bound});
        const int year = latest.toString().left(4).toInt();
        if (latest.isNull() || year <= 0)
            break;
        years << year;
        bound = QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0'));
    }
    return years;
}

} // namespace

QList<Lookups::Item> Lookups::units(const Store &store, qint64 except)
{
    return items(store, QStringLiteral("SELECT id, name FROM unit WHERE id <> ? ORDER BY sort_key"),
        {except});
}

QList<Lookups::Item> Lookups::documents(const Store &store)
{
    return items(store,
        QStringLiteral("SELECT id, code || coalesce(' — ' || excerpt, '') "
                       "FROM legal_document ORDER BY issued_on DESC, sort_key"));
}

QList<Lookups::Item> Lookups::documentTypes(const Store &store)
{
    return items(store,
        QStringLiteral("SELECT code, code || ' — ' || name FROM document_type "
                       "ORDER BY sort_key"));
}

QList<Lookups::Item> Lookups::issuingBodies(const Store &store)
{
    return items(store, QStringLiteral("SELECT id, name FROM issuing_body ORDER BY sort_key, id"));
}

QList<Lookups::Item> Lookups::findPeopleAndUnits(
    const Store &store, const QString &typed, const QString &unitPrefix, int limit)
{
    // Whose name begins with what was typed comes first ("nguyen van hoa": the Nguyễn Văn Hòas
    // before a Nguyễn Công An of the Văn phòng in Hoằng Hóa), then the Vietnamese order.
    QString start = VietnameseText::fold(typed);
    start.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    start.replace(QLatin1Char('%'), QLatin1String("\\%"));
    start.replace(QLatin1Char('_'), QLatin1String("\\_"));
    start += QLatin1Char('%');
    const auto found = [&](const QString &table, const QString &sql, const QString &prefix) {
        QVariantList values;
        const QString matches
            = store.dialect().searchQuery(*Catalogue::searchIndex(table), typed, &values);
        if (matches.isEmpty())
            return QList<Item>();
        values << start << limit;
        return items(store, sql.arg(matches), values, prefix);
    };
    return found(QStringLiteral("person"),
               QStringLiteral("SELECT 'p:' || p.id, p.full_name || coalesce(', ' || p.title, '') "
                              "|| coalesce(' — ' || u.name, '') FROM person p LEFT JOIN unit u "
                              "ON u.id = p.unit_id WHERE p.id IN (%1) ORDER BY p.name_folded "
                              "LIKE ? ESCAPE '\\' DESC, p.sort_key, p.id LIMIT ?"),
               QString())
        + found(QStringLiteral("unit"),
            QStringLiteral("SELECT 'u:' || id, name FROM unit WHERE id IN (%1) ORDER BY "
                           "name_folded LIKE ? ESCAPE '\\' DESC, sort_key, id LIMIT ?"),
            unitPrefix);
}

QList<Lookups::Item> Lookups::organizers(const Store &store)
{
    return items(store,
        QStringLiteral("SELECT u.id, u.name FROM unit u WHERE EXISTS (SELECT 1 "
                       "FROM conference c WHERE c.organizer_unit_id = u.id) "
                       "ORDER BY u.sort_key"));
}

QList<int> Lookups::conferenceYears(const Store &store)
{
    return yearsOf(store, QStringLiteral("conference"), QStringLiteral("held_on"));
}

QList<int> Lookups::registerYears(const Store &store)
{
    return yearsOf(store, QStringLiteral("document_register"), QStringLiteral("issued_on"));
}

std::optional<Lookups::Person> Lookups::person(const Store &store, qint64 id)
{
    auto query
        = store.select(QStringLiteral("SELECT full_name, title FROM person WHERE id = ?"), {id});
    if (!query || !query->next())
        return std::nullopt;
    return Person {query->value(0).toString(), query->value(1).toString()};
}

QString Lookups::unitName(const Store &store, qint64 id)
{
    return store.value(QStringLiteral("SELECT name FROM unit WHERE id = ?"), {id}).toString();
}

QList<Lookups::Item> Lookups::namesakes(
    const Store &store, const QString &fullName, const QString &title, qint64 except)
{
    return items(store,
        QStringLiteral("SELECT id, full_name || coalesce(', ' || title, '') FROM person "
                       "WHERE name_folded = ? AND title_folded = ? AND id <> ? "
                       "ORDER BY id"),
        {VietnameseText::fold(fullName), VietnameseText::fold(title), except});
}

bool Lookups::isBelow(const Store &store, qint64 unit, qint64 candidate)
{
    return store
               .value(QStringLiteral("WITH RECURSIVE below(id) AS (SELECT id FROM unit WHERE "
                                     "parent_id = ? UNION SELECT u.id FROM unit u JOIN below b "
                                     "ON u.parent_id = b.id) SELECT count(*) FROM below WHERE "
                                     "id = ?"),
                   {unit, candidate})
               .toInt()
        > 0;
}

QList<std::pair<QString, qint64>> Lookups::counts(const Store &store, const QStringList &tables)
{
    QList<std::pair<QString, qint64>> result;
    for (const QString &table : tables) {
        // The names are the program's own tables.
        result.append({table,
            store.value(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong()});
    }
    return result;
}

std::optional<Lookups::Picked> Lookups::picked(const QVariant &pickerValue)
{
    const QString value = pickerValue.toString();
    const bool person = value.startsWith(QLatin1String("p:"));
    if (!person && !value.startsWith(QLatin1String("u:")))
        return std::nullopt;
    return Picked {person, value.mid(2).toLongLong()};
}
