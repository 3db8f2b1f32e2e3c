#include "globalsearch.h"

#include "core/catalogue.h"
#include "core/labels.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <functional>

namespace {

using Kind = GlobalSearch::Kind;

// What the search knows of a kind: its table (read as "x", through the account's views), the
// dates a typed year is matched against, the order of hits that rank alike, and what a hit shows.
struct Spec
{
    Kind kind;
    const char *table;
    QStringList yearColumns;
    const char *order; // after the rank: the newest, or the directory's order
    const char *columns; // read for the hits listed, after x.id and the note
    const char *joins;
    // Title and detail parts from the columns (1 is the first of `columns`, 0 the id).
    std::function<void(const QSqlQuery &, QString *, QStringList *)> describe;
};

QString date(const QVariant &value)
{
    const QDate parsed = QDate::fromString(value.toString(), Qt::ISODate);
    return parsed.isValid() ? VietnameseText::formDate(parsed) : QString();
}

QString text(const QSqlQuery &row, int column, int maxChars = 0)
{
    const QString value = row.value(column).toString().simplified();
    return maxChars > 0 ? VietnameseText::elide(value, maxChars) : value;
}

QString label(Labels::Enum which, const QVariant &code)
{
    return code.isNull() ? QString() : Labels::label(which, code.toString());
}

// A secret record says so in its detail, as its lists show it.
QString secrecy(const QVariant &code)
{
    return code.toString() == QLatin1String("none") ? QString()
                                                    : label(Labels::Enum::Secrecy, code);
}

const QVector<Spec> &specs()
{
    static const QVector<Spec> all = {
        {Kind::Conference, "conference", {QStringLiteral("held_on")}, "x.held_on DESC",
            "x.title, x.held_on, u.name, d.code, x.secrecy",
            "LEFT JOIN unit u ON u.id = x.organizer_unit_id "
            "LEFT JOIN legal_document d ON d.id = x.legal_document_id",
            [](const QSqlQuery &row, QString *title, QStringList *detail) {
                *title = text(row, 1, 160);
                *detail << date(row.value(2)) << text(row, 3) << text(row, 4)
                        << secrecy(row.value(5));
            }},
        {Kind::Person, "person", {}, "x.sort_key", "x.full_name, x.title, u.name",
            "LEFT JOIN unit u ON u.id = x.unit_id",
            [](const QSqlQuery &row, QString *title, QStringList *detail) {
                *title = text(row, 1);
                *detail << text(row, 2) << text(row, 3);
            }},
        {Kind::Unit, "unit", {}, "x.sort_key", "x.name, x.kind, p.name, x.valid_to, s.name",
            "LEFT JOIN unit p ON p.id = x.parent_id LEFT JOIN unit s ON s.id = x.successor_id",
            [](const QSqlQuery &row, QString *title, QStringList *detail) {
                *title = text(row, 1);
                *detail << label(Labels::Enum::UnitKind, row.value(2)) << text(row, 3);
                if (!row.value(5).isNull())
                    *detail << GlobalSearch::tr("now part of %1").arg(text(row, 5));
                else if (!row.value(4).isNull())
                    *detail << GlobalSearch::tr("until %1").arg(date(row.value(4)));
            }},
        {Kind::Document, "legal_document", {QStringLiteral("issued_on")}, "x.issued_on DESC",
            "x.code, t.name, x.issued_on, x.excerpt",
            "LEFT JOIN document_type t ON t.code = x.type_code",
            [](const QSqlQuery &row, QString *title, QStringList *detail) {
                *title = text(row, 1);
                *detail << text(row, 2) << date(row.value(3)) << text(row, 4, 90);
            }},
        {Kind::Inspection, "inspection_team",
            {QStringLiteral("decided_on"), QStringLiteral("starts_on")}, "x.decided_on DESC",
            "x.name, x.decided_on, x.decision_code, b.name, x.status, x.secrecy",
            "LEFT JOIN issuing_body b ON b.id = x.issuing_body_id",
            [](const QSqlQuery &row, QString *title, QStringList *detail) {
                *title = text(row, 1, 160);
                *detail << date(row.value(2)) << text(row, 3) << text(row, 4)
                        << label(Labels::Enum::TeamStatus, row.value(5)) << secrecy(row.value(6));
            }},
        {Kind::Recommendation, "recommendation", {}, "x.deadline DESC",
            "x.content, x.deadline, u.name, x.status, i.name",
            "LEFT JOIN unit u ON u.id = x.responsible_unit_id "
            "LEFT JOIN inspection_target g ON g.id = x.target_id "
            "LEFT JOIN inspection_team i ON i.id = g.team_id",
            [](const QSqlQuery &row, QString *title, QStringList *detail) {
                *title = text(row, 1, 160);
                *detail << GlobalSearch::tr("due %1").arg(date(row.value(2))) << text(row, 3)
                        << label(Labels::Enum::RecommendationStatus, row.value(4))
                        << text(row, 5, 60);
            }},
        {Kind::Commendation, "commendation",
            {QStringLiteral("decided_on"), QStringLiteral("proposed_on")},
            "coalesce(x.decided_on, x.proposed_on) DESC",
            "x.reason, coalesce(x.decision_code, x.proposal_code), "
            "coalesce(x.decided_on, x.proposed_on), u.name, f.name, x.status",
            "LEFT JOIN unit u ON u.id = x.proposing_unit_id "
            "LEFT JOIN commendation_form f ON f.id = x.form_id",
            [](const QSqlQuery &row, QString *title, QStringList *detail) {
                *title = text(row, 1, 160);
                *detail << text(row, 2) << date(row.value(3)) << text(row, 4) << text(row, 5)
                        << label(Labels::Enum::CommendationStatus, row.value(6));
            }},
        {Kind::RegisterEntry, "document_register", {QStringLiteral("issued_on")},
            "x.issued_on DESC", "x.code, x.issued_on, x.excerpt, x.signer, x.status", "",
            [](const QSqlQuery &row, QString *title, QStringList *detail) {
                *title = text(row, 1);
                *detail << date(row.value(2)) << text(row, 3, 90) << text(row, 4);
                if (row.value(5).toString() != QLatin1String("issued"))
                    *detail << label(Labels::Enum::RegisterStatus, row.value(5));
            }},
    };
    return all;
}

const Spec *specOf(const QString &table)
{
    for (const Spec &spec : specs()) {
        if (table == QLatin1String(spec.table))
            return &spec;
    }
    return nullptr;
}

// A year typed on its own ("2024", not "39-CT/2024"), and the words left without it.
struct Typed
{
    int year = 0;
    QString rest;
};

Typed readYear(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("^(1[89]|20)[0-9][0-9]$"));
    Typed typed;
    QStringList rest;
    // A year inside quotes is part of the phrase.
    bool quoted = false;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")))) {
        if (!quoted && typed.year == 0 && year.match(word).hasMatch())
            typed.year = word.toInt();
        else
            rest << word;
        if (word.count(QLatin1Char('"')) % 2 == 1)
            quoted = !quoted;
    }
    typed.rest = rest.join(QLatin1Char(' ')).trimmed();
    return typed;
}

// Builds the statements of one kind: the rows its words find, as (id, score, note) — a lower
// score ranks higher, the note says why a row was found when it is not by its own text.
class Query
{
public:
    // `newest`: unranked, the kind's own rows newest first (a LIMIT above then reads only those).
    Query(const Store &store, const Spec &spec, bool ranked, bool newest = false)
        : m_store(store)
        , m_spec(spec)
        , m_ranked(ranked)
        , m_newest(newest && !ranked)
    { }

    // Every source of hits; empty when the text finds nothing by its nature (no word, no year).
    QString hits(const QString &text, QVariantList *values) const
    {
        QStringList parts;
        const QString own = sources(text, values);
        if (!own.isEmpty())
            parts << own;
        const Typed typed = readYear(text);
        if (typed.year != 0 && !m_spec.yearColumns.isEmpty()) {
            const QString table = QLatin1String(m_spec.table);
            const QString rest = typed.rest.isEmpty() ? QString() : sources(typed.rest, values);
            if (rest.isEmpty())
                // In brackets: the order is this part's, not the union's.
                parts << QStringLiteral("SELECT * FROM (SELECT y.id, 0 AS score, NULL AS note "
                                        "FROM %1 y WHERE %2%3) yy")
                             .arg(table, yearCondition(typed.year, values),
                                 m_newest ? QStringLiteral(" ORDER BY y.id DESC") : QString());
            else
                parts << QStringLiteral("SELECT s.id, s.score, s.note FROM (%1) s JOIN %2 y ON "
                                        "y.id = s.id WHERE %3")
                             .arg(rest, table, yearCondition(typed.year, values));
        }
        return parts.join(QStringLiteral(" UNION ALL "));
    }

private:
    // The rows the words find: by the kind's own index, and where a kind reaches further.
    QString sources(const QString &text, QVariantList *values) const
    {
        const QString own
            = ownRows(QLatin1String(m_spec.table), text, {}, m_ranked, values, m_newest);
        if (own.isEmpty())
            return QString();
        switch (m_spec.kind) {
        case Kind::Conference: {
            // A delegate's name, not the name of the delegate's unit (found, not ranked: such a
            // conference ranks after those found by their own text).
            const QString people = ownRows(QStringLiteral("person"), text,
                {QStringLiteral("name_folded")}, false, values, m_newest);
            // Newest first, the delegates' conferences as they come, unsorted (a row twice is
            // for the reader to drop): nothing is grouped before the first rows are read.
            // (SQLite's CROSS JOIN keeps the order written, the people first; PostgreSQL
            // knows no CROSS JOIN with ON and plans its own.)
            if (m_newest)
                return own
                    + QStringLiteral(" UNION ALL SELECT cp.conference_id AS id, 0 AS score, "
                                     "p.full_name AS note FROM (%1) n %2 "
                                     "conference_participant cp ON cp.person_id = n.id %2 "
                                     "person p ON p.id = n.id")
                          .arg(people,
                              m_store.onServer() ? QStringLiteral("JOIN")
                                                 : QStringLiteral("CROSS JOIN"));
            return own
                + QStringLiteral(" UNION ALL SELECT cp.conference_id AS id, 0 AS score, "
                                 "min(p.full_name) AS note FROM conference_participant cp JOIN "
                                 "person p ON p.id = cp.person_id WHERE cp.person_id IN "
                                 "(SELECT n.id FROM (%1) n) GROUP BY cp.conference_id")
                      .arg(people);
        }
        case Kind::Unit:
            // A unit merged or renamed points at its successor: the successor (and its own,
            // down the chain) is found by the old name, ranked as the old unit.
            return QStringLiteral(
                "SELECT id, score, note FROM (WITH RECURSIVE own(id, score) AS "
                "(SELECT o.id, o.score FROM (%1) o), later(id, score, note) AS "
                "(SELECT u.successor_id, o.score, u.name FROM own o JOIN unit u ON u.id = o.id "
                "WHERE u.successor_id IS NOT NULL UNION SELECT u.successor_id, l.score, l.note "
                "FROM later l JOIN unit u ON u.id = l.id WHERE u.successor_id IS NOT NULL) "
                "SELECT id, score, NULL AS note FROM own UNION ALL "
                "SELECT id, score, note FROM later) chain")
                .arg(own);
        default:
            return own;
        }
    }

    QString ownRows(const QString &table, const QString &text, const QStringList &columns,
        bool ranked, QVariantList *values, bool newest = false) const
    {
        const Catalogue::SearchIndex *index = Catalogue::searchIndex(table);
        const Dialect &dialect = m_store.dialect();
        if (ranked) {
            const QString query = dialect.rankedSearchQuery(*index, text, values, columns);
            return query.isEmpty()
                ? QString()
                : QStringLiteral("SELECT m.id, m.score, NULL AS note FROM (%1) m").arg(query);
        }
        const QString query = dialect.searchQuery(*index, text, values, columns);
        // The index walks its rows backwards as cheaply as forwards: the newest come first.
        return query.isEmpty()
            ? QString()
            : QStringLiteral("SELECT m.id, 0 AS score, NULL AS note FROM (%1%2) m")
                  .arg(query, newest ? QStringLiteral(" ORDER BY id DESC") : QString());
    }

    // A year is a range of dates: from its 1 January to the next.
    QString yearCondition(int year, QVariantList *values) const
    {
        QStringList any;
        for (const QString &column : m_spec.yearColumns) {
            any << QStringLiteral("(y.%1 >= ? AND y.%1 < ?)").arg(column);
            *values << QStringLiteral("%1-01-01").arg(year)
                    << QStringLiteral("%1-01-01").arg(year + 1);
        }
        return QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }

    const Store &m_store;
    const Spec &m_spec;
    bool m_ranked;
    bool m_newest;
};

} // namespace

const QList<GlobalSearch::Kind> &GlobalSearch::kinds()
{
    static const QList<Kind> all = [] {
        QList<Kind> list;
        for (const Spec &spec : specs())
            list << spec.kind;
        return list;
    }();
    return all;
}

QString GlobalSearch::table(Kind kind)
{
    for (const Spec &spec : specs()) {
        if (spec.kind == kind)
            return QLatin1String(spec.table);
    }
    return QString();
}

std::optional<GlobalSearch::Kind> GlobalSearch::kindOfTable(const QString &table)
{
    const Spec *spec = specOf(table);
    return spec ? std::optional<Kind>(spec->kind) : std::nullopt;
}

QString GlobalSearch::label(Kind kind)
{
    switch (kind) {
    case Kind::Conference:
        return tr("Conferences");
    case Kind::Person:
        return tr("People");
    case Kind::Unit:
        return tr("Units");
    case Kind::Document:
        return tr("Documents");
    case Kind::Inspection:
        return tr("Inspections");
    case Kind::Recommendation:
        return tr("Recommendations");
    case Kind::Commendation:
        return tr("Commendations");
    case Kind::RegisterEntry:
        return tr("Outgoing documents");
    }
    return QString();
}

QString GlobalSearch::Group::countText() const
{
    return capped ? QStringLiteral("%1+").arg(total) : QString::number(total);
}

int GlobalSearch::Results::total() const
{
    int sum = 0;
    for (const Group &group : groups)
        sum += group.total;
    return sum;
}

GlobalSearch::Results GlobalSearch::find(Store *store, const QString &text, int perKind)
{
    Results results;
    if (!store || !store->isOpen() || text.trimmed().isEmpty())
        return results;
    const auto failed = [&results](const QString &error) {
        results.groups.clear();
        results.error = tr("The search failed. %1").arg(error);
        return results;
    };
    for (const Spec &spec : specs()) {
        const QString table = QLatin1String(spec.table);
        // The hits newest first, through the account's views only when some rows are hidden,
        // read only as far as one past the cap: that is the count, and the candidates when the
        // kind has more hits than a rank is worth computing over.
        QVariantList countValues;
        const QString all = Query(*store, spec, false, true).hits(text, &countValues);
        if (all.isEmpty())
            continue;
        QString error;
        // A kind found by its own index alone has each row once: the engine stops at the LIMIT.
        const bool once = spec.kind != Kind::Conference && spec.kind != Kind::Unit
            && (spec.yearColumns.isEmpty() || readYear(text).year == 0);
        QString read = store->seesEverything()
            ? QStringLiteral("SELECT h.id, h.note FROM (%1) h").arg(all)
            : QStringLiteral("SELECT h.id, h.note FROM (%1) h JOIN %2 x ON x.id = h.id")
                  .arg(all, table);
        if (once) {
            read += QStringLiteral(" LIMIT ?");
            countValues << countCap + 1;
        }
        auto found = store->select(read, countValues, &error);
        if (!found)
            return failed(error);
        QList<qint64> newest;
        // Why a row was found when its own text does not say it: the first source says (its own
        // text comes first).
        QHash<qint64, QString> notes;
        while (newest.size() <= countCap && found->next()) {
            const qint64 id = found->value(0).toLongLong();
            if (notes.contains(id))
                continue;
            notes.insert(id, found->value(1).toString());
            newest << id;
        }
        found.reset();
        Group group;
        group.kind = spec.kind;
        group.total = qMin(int(newest.size()), countCap);
        group.capped = newest.size() > countCap;
        if (group.total == 0)
            continue;

        QList<qint64> ids;
        // Beyond the cap a rank would be computed over every hit (bm25 reads each word's every
        // row): the hits are the newest candidates in the kind's own order.
        const bool ranked = !group.capped;
        if (ranked) {
            QVariantList values;
            const QString hits = Query(*store, spec, true).hits(text, &values);
            // When every row may be read, the index's own best few are all the table is asked
            // for.
            const bool firstFew = once && store->seesEverything();
            if (firstFew)
                values << qMax(0, perKind);
            const QString top = firstFew
                ? QStringLiteral(
                    "SELECT h.id, h.score, h.note FROM (SELECT * FROM (%1) r ORDER BY r.score "
                    "LIMIT ?) h JOIN %2 x ON x.id = h.id ORDER BY h.score, %3, h.id DESC LIMIT ?")
                : once ? QStringLiteral(
                      "SELECT h.id, h.score, h.note FROM (%1) h JOIN %2 x ON x.id = h.id "
                      "ORDER BY h.score, %3, h.id DESC LIMIT ?")
                       : QStringLiteral(
                           "SELECT h.id, h.score, h.note FROM (SELECT r.*, row_number() OVER "
                           "(PARTITION BY r.id ORDER BY r.score) AS n FROM (%1) r) h JOIN %2 x "
                           "ON x.id = h.id WHERE h.n = 1 ORDER BY h.score, %3, h.id DESC LIMIT ?");
            values << qMax(0, perKind);
            auto best
                = store->select(top.arg(hits, table, QLatin1String(spec.order)), values, &error);
            if (!best)
                return failed(error);
            notes.clear();
            while (best->next()) {
                const qint64 id = best->value(0).toLongLong();
                ids << id;
                notes.insert(id, best->value(2).toString());
            }
            best.reset();
        } else {
            ids = newest.mid(0, candidates);
        }
        if (!ids.isEmpty()) {
            QStringList marks;
            QVariantList idValues;
            for (const qint64 id : std::as_const(ids)) {
                marks << QStringLiteral("?");
                idValues << id;
            }
            QString describe = QStringLiteral("SELECT x.id, %1 FROM %2 x %3 WHERE x.id IN (%4)")
                                   .arg(QLatin1String(spec.columns), table,
                                       QLatin1String(spec.joins), marks.join(QLatin1Char(',')));
            if (!ranked) {
                describe += QStringLiteral(" ORDER BY %1, x.id DESC LIMIT ?")
                                .arg(QLatin1String(spec.order));
                idValues << qMax(0, perKind);
            }
            auto rows = store->select(describe, idValues, &error);
            if (!rows)
                return failed(error);
            QList<qint64> listed;
            QHash<qint64, Hit> described;
            while (rows->next()) {
                Hit hit;
                hit.kind = spec.kind;
                hit.id = rows->value(0).toLongLong();
                QStringList detail;
                spec.describe(*rows, &hit.title, &detail);
                const QString note = notes.value(hit.id);
                if (!note.isEmpty())
                    detail.prepend(spec.kind == Kind::Unit ? tr("Formerly: %1").arg(note)
                                                           : tr("Delegate: %1").arg(note));
                detail.removeAll(QString());
                hit.detail = detail.join(QStringLiteral(" · "));
                described.insert(hit.id, hit);
                listed << hit.id;
            }
            for (const qint64 id : std::as_const(ranked ? ids : listed)) {
                if (described.contains(id))
                    group.hits << described.value(id);
            }
        }
        results.groups << group;
    }
    return results;
}

QString GlobalSearch::matchingIds(
    const Store &store, const QString &table, const QString &text, QVariantList *values)
{
    const Spec *spec = specOf(table);
    if (!spec) {
        const Catalogue::SearchIndex *index = Catalogue::searchIndex(table);
        return index ? store.dialect().searchQuery(*index, text, values) : QString();
    }
    // A kind that finds by its own index alone is that index's query: no row twice to drop.
    const bool further = spec->kind == Kind::Conference || spec->kind == Kind::Unit
        || (!spec->yearColumns.isEmpty() && readYear(text).year != 0);
    if (!further)
        return store.dialect().searchQuery(*Catalogue::searchIndex(table), text, values);
    const QString hits = Query(store, *spec, false).hits(text, values);
    return hits.isEmpty() ? QString()
                          : QStringLiteral("SELECT DISTINCT h.id FROM (%1) h").arg(hits);
}
