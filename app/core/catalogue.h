#pragma once

#include "access.h"
#include "labels.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

#include <optional>

// One description per table: its columns with their labels and kinds, what is required, what
// refers to what, which columns are derived for search and sorting, which record owns its rows.
// The store writes, explains refusals ("in use by 3 conferences"), and the audit log describes
// changes in words from here, never from per-table code.
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)

public:
    enum class Type { Text, MultilineText, Integer, Real, Date, Time, Choice, Reference, Blob };
    enum class OnDelete { Restrict, Cascade, SetNull };

    struct Column
    {
        QString name;
        const char *label = nullptr; // English source; tr() in Catalogue
        Type type = Type::Text;
        bool required = false;
        QString references; // the referenced table, for Type::Reference
        OnDelete onDelete = OnDelete::Restrict;
        std::optional<Labels::Enum> choices = std::nullopt;
        // Empty text is stored as NULL, unless the column holds '' for "none" (name parts).
        bool nullable = true;
        // The audit log records that it changed, never its value (a password's hash).
        bool logged = true;
    };

    // A column the store computes whenever it writes the row.
    enum class Derivation {
        Fold, // search folding of the sources, joined by spaces
        Key, // collation key of the first source
        PersonKey, // collation key of family, middle, given name
        NameParts, // family_name, middle_name, given_name split from full_name when all empty
        MatchKey, // VietnameseText::matchKey of the first source (matching a list to the directory)
        BeforeDash, // "39-CT/TW" -> "39"
        AfterSlash, // "39-CT/TW" -> "TW"
    };
    struct Derived
    {
        QString column;
        Derivation how;
        QStringList sources;
    };

    struct Table
    {
        QString name;
        const char *singular = nullptr;
        const char *countForm = nullptr; // "%n unit(s)"
        QString key = QStringLiteral("id");
        // What names one row in a sentence: the first non-empty of these (a reference names
        // the referenced row).
        QStringList nameColumns;
        // Rows owned by another record (a conference's participants): the owner's columns, the
        // first one that is set names the owner.
        QStringList ownerColumns;
        QVector<Column> columns;
        QVector<Derived> derived;
        // Reference columns whose row's search text a list of this table searches too (a
        // person is found by the name of their unit).
        QStringList searchedReferences;
        bool hasVersion = true;
        bool hasTimestamps = true;
        bool audited = true;
        // What a change of its rows is, for who may make it (Access::allows).
        Access::Action writtenWith = Access::Action::Edit;

        const Column *column(const QString &name) const;
        bool isDerived(const QString &name) const;
        bool hasIntegerKey() const { return key == QLatin1String("id"); }
        // The folded columns, which its lists search.
        QStringList searchColumns() const;
    };

    // What a table's lists search, kept by the store as a full-text index beside the table:
    // the row's folded columns and, for each searched reference, the referenced row's.
    struct SearchIndex
    {
        struct Reference
        {
            QString column; // in the table; also the index's column holding the referenced text
            QString table;
            QStringList columns; // the referenced table's folded columns
        };
        QString table;
        QStringList columns;
        QVector<Reference> references;
        QString name() const { return table + QStringLiteral("_search"); }
    };
    // Every table with folded columns, and the audit log (not a table of records).
    static const QVector<SearchIndex> &searchIndexes();
    // The index of a table's lists; null for a table without folded columns.
    static const SearchIndex *searchIndex(const QString &table);

    static const QVector<Table> &tables();
    static const Table *table(const QString &name);

    // "đơn vị"; "3 đơn vị".
    static QString tableLabel(const QString &table);
    static QString tableCount(const QString &table, int count);
    // "Tên đơn vị"; an unknown column is shown as it is.
    static QString fieldLabel(const QString &table, const QString &column);

    // The columns elsewhere that refer to rows of `table` and keep them from being deleted.
    struct Use
    {
        const Table *table;
        const Column *column;
    };
    static QVector<Use> restrictingUses(const QString &table);

    // Tables whose rows an account may not see in full: the ones with a secrecy, and those that
    // refer to one of them (a secret conference's participants, its register entries…).
    static bool isSecrecyBound(const QString &table);

    // Computes the derived columns of a row from its (whole) values, in place.
    static void derive(const Table &table, QVariantMap &values);
};
