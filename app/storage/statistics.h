#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

class Store;

// The statistics' indicator catalogue and the figures entered on it (schema 9).
//
// An indicator is either entered (its figures typed per unit and year, here or in a conference's
// statistics tab) or counted from the records (StatisticsTable counts it); a counted one takes
// no figures. Names are unique as a secretary reads them (without marks or case). An indicator
// with figures is never deleted, only made inactive: its figures stay in the old tables.
//
// A figure entered directly belongs to one unit and one calendar year (stored as the dates
// 1 January to 31 December); entering a second one for the same indicator, unit and year
// replaces the value, so a year's table has one figure per unit. Figures are not negative, and
// a percentage (measure "%") lies between 0 and 100.
class Statistics
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)

public:
    struct Indicator
    {
        qint64 id = 0;
        QString name;
        QString measure;
        QString aggregation = QStringLiteral("sum"); // sum | latest | average
        QString counted; // empty: entered
        QString conferenceKind; // for counted "conferences": one kind, empty all
        qint64 formId = 0; // for counted "commendations": one form, 0 all
        bool active = true;
        int position = 0;
        int figures = 0; // entered figures on it (read by indicators())
    };
    // In the catalogue's order (position, then name).
    static QVector<Indicator> indicators(
        const Store &store, bool activeOnly, QString *error = nullptr);
    static std::optional<Indicator> indicator(
        const Store &store, qint64 id, QString *error = nullptr);

    // Adds an entered indicator (counted ones come with the program).
    static std::optional<qint64> addIndicator(
        Store &store, const Indicator &indicator, QString *error);
    // Renames it, or changes its measure or how it adds up (a counted one keeps its sum).
    static bool changeIndicator(Store &store, const Indicator &indicator, QString *error);
    static bool setActive(Store &store, qint64 id, bool active, QString *error);
    // Deletes an indicator without figures; one with figures is refused with a sentence.
    static bool removeIndicator(Store &store, qint64 id, QString *error);

    struct Figure
    {
        qint64 indicatorId = 0;
        qint64 unitId = 0;
        int year = 0;
        double value = 0;
        QString note;
    };
    static constexpr int firstYear = 1930;
    static constexpr int lastYear = 2100;
    // The sentence that says why the figure cannot be entered; empty when it can.
    static QString check(const Store &store, const Figure &figure);
    // Enters the figure (or replaces that unit's figure of the year); returns its id.
    static std::optional<qint64> enterFigure(Store &store, const Figure &figure, QString *error);

    // The figures typed in a conference's statistics tab join the catalogue when the conference
    // is saved (call inside its write): each on the entered indicator of its name (read without
    // marks or case; one is added, adding up as a sum, when there is none), for the organizer
    // when it names no unit, over the conference's period (else the year up to the day it was
    // held) when it has none.
    static bool attachConferenceFigures(Store &store, qint64 conferenceId, QString *error);
};
