#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMarginsF>
#include <QPageLayout>
#include <QStringList>

#include <optional>

class Store;

// Every layout value of a printed Party document (DOCUMENT-FORMAT.md): page, margins, fonts and
// sizes, and the wording where the guidances differ. None of these live in code: the guidance
// (36-HD/VPTW of 2018, reportedly replaced by 05-HD/VPTW in 2026) changes, and offices differ.
// Who issues and signs (header lines, code, place, signer, recipients) is the issuing body's
// (storage/issuingbodies.h), not the profile's. Stored in the database (setting
// "format_profile"), shared as a JSON file.
class FormatProfile
{
    Q_DECLARE_TR_FUNCTIONS(FormatProfile)

public:
    QString name;
    QString pageSize = QStringLiteral("A4");
    bool landscape = false;
    QMarginsF marginsMm {30, 20, 15, 20}; // left, top, right, bottom
    bool mirrorMargins = false;
    QString fontFamily = QStringLiteral("Times New Roman");

    // Sizes in points.
    double partySize = 15;
    double headerSize = 14; // superior and issuing body
    double numberSize = 14; // "Số 12-TB/TU" and the place-date line
    double typeSize = 15; // THÔNG BÁO
    double excerptSize = 14;
    double bodySize = 14;
    double recipientsHeadingSize = 14;
    double recipientsSize = 12;
    double signatureSize = 14;
    double pageNumberSize = 13;

    // Where the guidance of 2018 (36-HD/VPTW) and that of 2026 differ; each a field of its own,
    // so that an office corrects one when it has the official text. Missing from a file written
    // before these existed, they take the 2018 values.
    QString guidance = QLatin1String(guidance2018); // the preset it started from
    double lineSpacingPt = 0; // the body's lines exactly this far apart; 0: single spacing
    double firstLineIndentMm = 10;
    QString endMark = QStringLiteral("./."); // after the body's last sentence ("./." or ".")
    // How the header lines spell "uy" with a tone: "UỶ" (old placement), "ỦY" (new), or as
    // written (empty). 36-HD/VPTW prescribes neither (offices wrote both); the 2026 guidance
    // reportedly prescribes "ỦY".
    QString headerSpelling;
    bool citationComma = false; // "Chỉ thị số 39-CT/TW, ngày 18/8/2014"
    bool signerTitleBold = true; // the title line of the signature block (BÍ THƯ)
    bool committeesSignKT = true; // may a committee's document be signed K/T
    bool programmeNumbered = false; // "1.", "2." before the programme's items

    static constexpr const char *guidance2018 = "36-HD/VPTW-2018";
    static constexpr const char *guidance2026 = "HD-2026";
    // The guidances to choose from: code and name ("36-HD/VPTW (2018)", "Hướng dẫn 2026").
    static QList<std::pair<QString, QString>> guidances();
    // Sets every field where the guidances differ to the one named (page and sizes stay as
    // they are).
    void applyGuidance(const QString &code);

    static FormatProfile defaults();

    QJsonObject toJson() const;
    // Reads a profile; the header, signer and recipients of a file written before issuing bodies
    // existed are ignored (the migration made them the default issuing body).
    static std::optional<FormatProfile> fromJson(const QJsonObject &json, QString *error);

    static FormatProfile load(const Store &store);
    bool save(Store &store, QString *error) const;
    // The words for a field of the profile ("headerSize"), for the history of its changes.
    static QString fieldLabel(const QString &key);

    bool exportTo(const QString &path, QString *error) const;
    static std::optional<FormatProfile> importFrom(const QString &path, QString *error);

    QPageLayout pageLayout() const;

    // A header line as this profile spells it ("TỈNH ỦY" ↔ "TỈNH UỶ").
    QString headerText(const QString &line) const;
    // What precedes a cited document's date: " ngày " or ", ngày ".
    QString citationJoin() const;
    // A text citing documents ("Chỉ thị số 39-CT/TW ngày 18/8/2014") with this profile's comma.
    QString citing(const QString &text) const;
    // The authority line of a signer, for a document of this body: the state's TM./KT./TL.
    // refused, and K/T for a committee where this profile does not allow it.
    bool checkAuthority(const QString &authority, QString *error) const;
    // Checks what a user may have typed: known page size, margins and sizes in range, the
    // guidance fields among their choices.
    bool validate(QString *error) const;
};
