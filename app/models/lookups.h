#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

class Store;

// The small questions forms and pages ask the store: the choices of a picker, the years that
// have conferences, a record's name. SQL stays here, never in the widgets.
class Lookups
{
    Q_DECLARE_TR_FUNCTIONS(Lookups)

public:
    struct Item
    {
        QVariant value;
        QString text;
    };

    static QList<Item> units(const Store &store, qint64 except = 0);
    static QList<Item> documents(const Store &store);
    static QList<Item> documentTypes(const Store &store);
    // The bodies the office issues documents for, by name.
    static QList<Item> issuingBodies(const Store &store);
    // The people ("p:12", "Nguyễn Văn A, Chủ tịch — unit") then the units ("u:3", "Đơn vị: …")
    // whose search index holds the words typed (each a word or the start of one), the first
    // `limit` of each in Vietnamese order: a picker that takes either.
    // What such a picker's value stands for: a person or a unit, and its id.
    struct Picked
    {
        bool person = false;
        qint64 id = 0;
    };
    static std::optional<Picked> picked(const QVariant &pickerValue);
    static QList<Item> findPeopleAndUnits(
        const Store &store, const QString &typed, const QString &unitPrefix, int limit = 30);
    // Units that organized at least one conference.
    static QList<Item> organizers(const Store &store);

    // The years with a conference held, newest first (one index look-up per year).
    static QList<int> conferenceYears(const Store &store);
    static QList<int> registerYears(const Store &store);

    struct Person
    {
        QString fullName;
        QString title;
    };
    static std::optional<Person> person(const Store &store, qint64 id);
    static QString unitName(const Store &store, qint64 id);
    // People of the directory with the same name and title (NFC- and fold-equal).
    static QList<Item> namesakes(
        const Store &store, const QString &fullName, const QString &title, qint64 except);
    // True when `candidate` lies somewhere below `unit` in the hierarchy.
    static bool isBelow(const Store &store, qint64 unit, qint64 candidate);

    // The number of rows of each table, for the status bar.
    static QList<std::pair<QString, qint64>> counts(const Store &store, const QStringList &tables);
};
