#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

class Store;

// A province's years of records, made through the store's own writes (cleaning, derived keys,
// full-text index, audit log) so that a file is what years of typing would leave: units in a
// hierarchy, people with Vietnamese names drawn with their real frequencies, conferences over
// twenty years with their participants. Seeded: the same sizes give the same file.
namespace Generator {

struct Sizes
{
    int people = 100000;
    int conferences = 100000;
    int participants = 1000000;
};

// One random full name, as the generator draws them (for names a delegate list brings).
class Names
{
public:
    explicit Names(unsigned seed);
    ~Names();
    QString next();

private:
    struct Private;
    Private *d;
};

// The units of the province (about 900, three levels), for a CSV's unit column.
QStringList unitNames();

// Fills an empty store; prints progress on stderr. False with a sentence on a failed write.
bool populate(Store &store, const Sizes &sizes, QString *error);

// Inspections of the units and people already in the store, over ten years: each with its
// targets (units, a tenth Party members), their conclusions, recommendations with responsible
// units and deadlines, and each recommendation's history (reminders, remedy reports,
// re-checks) with its status as the history leaves it. Through the store's own writes, in large
// transactions; events are dated before `today`. Seeded.
struct InspectionSizes
{
    int inspections = 10000;
    int targets = 50000;
    int recommendations = 200000;
    int events = 400000;
};
bool populateInspections(
    Store &store, const InspectionSizes &sizes, const QDate &today, QString *error);

// The Party dates of every person already in the store (the Huy hiệu Đảng's eligibility):
// admitted over 1945–1996, made official a year later; about 1 in 100 gravely ill, 1 in 50
// deceased after 2015, 1 in 25 disciplined (reprimands, warnings, dismissals, expulsions, in the
// two years before `today`). Through the store's own writes, in large transactions. Seeded.
bool populatePartyDates(Store &store, const QDate &today, QString *error);

} // namespace Generator
