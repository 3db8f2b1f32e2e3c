#pragma once

#include "officedocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

// A Word document (WordprocessingML, .docx) of a Party document: Times New Roman in the
// document's defaults, the profile's page and margins in twips, a header with the PAGE field and
// a first page without it (titlePg), tables with their grid, borders and repeated header rows.
// Each letter printed together (the invitations) is a section of its own, numbered from 1.
class DocxWriter
{
public:
    static std::optional<QByteArray> write(const OfficeDocument &document, QString *error);
};
