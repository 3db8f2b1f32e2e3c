#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMarginsF>
#include <QPageLayout>
#include <QStringList>

#include <optional>

class Store;

// Every layout value of a printed Party document (DOCUMENT-FORMAT.md): page, margins, fonts and
// sizes, the header texts, the default signer and recipients. None of these live in code: the
// guidance (36-HD/VPTW of 2018, reportedly replaced by 05-HD/VPTW in 2026) changes, and offices
// differ. Stored in the database (setting "format_profile"), shared as a JSON file.
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

    QString superiorBody; // ĐẢNG BỘ TỈNH THANH HÓA
    QString issuingBody; // TỈNH ỦY
    QString issuerCode; // TU
    QString placeName; // Thanh Hóa
    QString signerAuthority; // T/M BAN THƯỜNG VỤ
    QString signerTitle; // BÍ THƯ
    QString signerName;
    QStringList recipients; // "Ban Thường vụ Tỉnh ủy," …; the last is "Lưu Văn phòng Tỉnh ủy."

    static FormatProfile defaults();

    QJsonObject toJson() const;
    static std::optional<FormatProfile> fromJson(const QJsonObject &json, QString *error);

    static FormatProfile load(const Store &store);
    bool save(Store &store, QString *error) const;
    // The words for a field of the profile ("headerSize"), for the history of its changes.
    static QString fieldLabel(const QString &key);

    bool exportTo(const QString &path, QString *error) const;
    static std::optional<FormatProfile> importFrom(const QString &path, QString *error);

    QPageLayout pageLayout() const;
    // Checks what a user may have typed: known page size, margins and sizes in range, Party-style
    // authority (T/M, K/T, T/L — never the state's TM., KT., TL.).
    bool validate(QString *error) const;
};
