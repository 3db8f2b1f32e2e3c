#pragma once

#include "formatprofile.h"

#include <QVariantMap>

// What a report's data depends on besides its record: a draft or the final text, and the
// format profile (its wording choices: the end mark, the comma in citations, numbering).
struct ReportContext
{
    bool draft = false; // printed for reading, marked DỰ THẢO, without a number
    FormatProfile profile;
    // What a kind asks for besides the record (the statistics: "from" and "to", ISO dates).
    QVariantMap parameters;
};
