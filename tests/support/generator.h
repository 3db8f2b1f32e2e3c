#pragma once

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

} // namespace Generator
