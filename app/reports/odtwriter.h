#pragma once

#include "officedocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

// An OpenDocument text (ODF 1.3) of a Party document, for LibreOffice and Word alike: content
// with its own paragraph, text and table styles; styles.xml with the profile's page and margins,
// Times New Roman, a master page whose header centres the page number and a first page without
// one (each letter numbers its pages from its own first page). Qt's own ODF writer keeps neither
// the page, nor the fonts, nor the tables' widths and borders, so the file is written here.
class OdtWriter
{
public:
    static std::optional<QByteArray> write(const OfficeDocument &document, QString *error);
};
