#pragma once

#include "formatprofile.h"

// What a report's data depends on besides its record: a draft or the final text, and the
// format profile (its wording choices: the end mark, the comma in citations, numbering).
struct ReportContext
{
    bool draft = false; // printed for reading, marked DỰ THẢO, without a number
    FormatProfile profile;
};
