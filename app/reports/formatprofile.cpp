#include "formatprofile.h"

#include "storage/storeerrors.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageSize>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const char settingKey[] = "format_profile";

struct SizeField
{
    const char *key;
    double FormatProfile::*member;
};

const SizeField sizeFields[] = {
    {"partySize", &FormatProfile::partySize},
    {"headerSize", &FormatProfile::headerSize},
    {"numberSize", &FormatProfile::numberSize},
    {"typeSize", &FormatProfile::typeSize},
    {"excerptSize", &FormatProfile::excerptSize},
    {"bodySize", &FormatProfile::bodySize},
    {"recipientsHeadingSize", &FormatProfile::recipientsHeadingSize},
    {"recipientsSize", &FormatProfile::recipientsSize},
    {"signatureSize", &FormatProfile::signatureSize},
    {"pageNumberSize", &FormatProfile::pageNumberSize},
};

struct TextField
{
    const char *key;
    QString FormatProfile::*member;
};

const TextField textFields[] = {
    {"name", &FormatProfile::name},
    {"pageSize", &FormatProfile::pageSize},
    {"fontFamily", &FormatProfile::fontFamily},
    {"superiorBody", &FormatProfile::superiorBody},
    {"issuingBody", &FormatProfile::issuingBody},
    {"issuerCode", &FormatProfile::issuerCode},
    {"placeName", &FormatProfile::placeName},
    {"signerAuthority", &FormatProfile::signerAuthority},
    {"signerTitle", &FormatProfile::signerTitle},
    {"signerName", &FormatProfile::signerName},
};

QPageSize::PageSizeId pageSizeId(const QString &name)
{
    for (int id = 0; id <= QPageSize::LastPageSize; ++id) {
        const auto size = QPageSize::PageSizeId(id);
        if (QPageSize::key(size).compare(name, Qt::CaseInsensitive) == 0)
            return size;
    }
    return QPageSize::Custom;
}

} // namespace

FormatProfile FormatProfile::defaults()
{
    // DOCUMENT-FORMAT.md, after Hướng dẫn 36-HD/VPTW: A4, 20/20/30/15 mm, Times New Roman.
    FormatProfile profile;
    profile.name = tr("Default (Hướng dẫn 36-HD/VPTW)");
    profile.superiorBody = QStringLiteral("ĐẢNG BỘ TỈNH");
    profile.issuingBody = QStringLiteral("TỈNH ỦY");
    profile.issuerCode = QStringLiteral("TU");
    profile.signerAuthority = QStringLiteral("T/M BAN THƯỜNG VỤ");
    profile.signerTitle = QStringLiteral("BÍ THƯ");
    profile.recipients = {QStringLiteral("Ban Thường vụ Tỉnh ủy,"),
                          QStringLiteral("Các huyện ủy, thành ủy, đảng ủy trực thuộc,"),
                          QStringLiteral("Lưu Văn phòng Tỉnh ủy.")};
    return profile;
}

QJsonObject FormatProfile::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("format"), QStringLiteral("secretariat-format-profile"));
    json.insert(QStringLiteral("version"), 1);
    for (const TextField &field : textFields)
        json.insert(QLatin1String(field.key), this->*field.member);
    for (const SizeField &field : sizeFields)
        json.insert(QLatin1String(field.key), this->*field.member);
    json.insert(QStringLiteral("landscape"), landscape);
    json.insert(QStringLiteral("mirrorMargins"), mirrorMargins);
    json.insert(QStringLiteral("marginsMm"),
                QJsonObject{{QStringLiteral("top"), marginsMm.top()},
                            {QStringLiteral("bottom"), marginsMm.bottom()},
                            {QStringLiteral("left"), marginsMm.left()},
                            {QStringLiteral("right"), marginsMm.right()}});
    json.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(recipients));
    return json;
}

std::optional<FormatProfile> FormatProfile::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(QStringLiteral("format")).toString()
        != QLatin1String("secretariat-format-profile")) {
        *error = tr("This is not a Secretariat format profile.");
        return std::nullopt;
    }
    FormatProfile profile = defaults();
    for (const TextField &field : textFields) {
        const QJsonValue value = json.value(QLatin1String(field.key));
        if (value.isString())
            profile.*field.member = value.toString();
    }
    for (const SizeField &field : sizeFields) {
        const QJsonValue value = json.value(QLatin1String(field.key));
        if (value.isDouble())
            profile.*field.member = value.toDouble();
    }
    profile.landscape = json.value(QStringLiteral("landscape")).toBool(profile.landscape);
    profile.mirrorMargins = json.value(QStringLiteral("mirrorMargins")).toBool(false);
    const QJsonObject margins = json.value(QStringLiteral("marginsMm")).toObject();
    profile.marginsMm = QMarginsF(margins.value(QStringLiteral("left")).toDouble(30),
                                  margins.value(QStringLiteral("top")).toDouble(20),
                                  margins.value(QStringLiteral("right")).toDouble(15),
                                  margins.value(QStringLiteral("bottom")).toDouble(20));
    if (json.contains(QStringLiteral("recipients"))) {
        profile.recipients.clear();
        for (const QJsonValue &value : json.value(QStringLiteral("recipients")).toArray())
            profile.recipients << value.toString();
    }
    if (!profile.validate(error))
        return std::nullopt;
    return profile;
}

bool FormatProfile::validate(QString *error) const
{
    if (pageSizeId(pageSize) == QPageSize::Custom) {
        *error = tr("“%1” is not a known paper size (e.g. A4).").arg(pageSize);
        return false;
    }
    for (double margin : {marginsMm.left(), marginsMm.top(), marginsMm.right(), marginsMm.bottom()}) {
        if (margin < 5 || margin > 60) {
            *error = tr("Margins must be between 5 and 60 mm.");
            return false;
        }
    }
    for (const SizeField &field : sizeFields) {
        const double size = this->*field.member;
        if (size < 6 || size > 40) {
            *error = tr("Font sizes must be between 6 and 40 points.");
            return false;
        }
    }
    if (fontFamily.trimmed().isEmpty()) {
        *error = tr("Choose the font of the documents.");
        return false;
    }
    static const QRegularExpression stateStyle(QStringLiteral("^(TM|KT|TL)\\.(\\s|$)"));
    if (stateStyle.match(signerAuthority.trimmed()).hasMatch()) {
        *error = tr("“%1” is how state documents sign; Party documents write T/M, K/T or T/L.")
                         .arg(signerAuthority.trimmed());
        return false;
    }
    return true;
}

FormatProfile FormatProfile::load(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    query.addBindValue(QLatin1String(settingKey));
    if (query.exec() && query.next()) {
        QString error;
        const auto profile = fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object(),
                                      &error);
        if (profile)
            return *profile;
    }
    return defaults();
}

bool FormatProfile::save(const QSqlDatabase &db, QString *error) const
{
    if (!validate(error))
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(QLatin1String(settingKey));
    query.addBindValue(QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        *error = StoreErrors::explain(query.lastError());
        return false;
    }
    return true;
}

bool FormatProfile::exportTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        *error = tr("The profile could not be written to “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<FormatProfile> FormatProfile::importFrom(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("“%1” cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("“%1” is not a format profile: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("“%1” is not a format profile.").arg(path);
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

QPageLayout FormatProfile::pageLayout() const
{
    return QPageLayout(QPageSize(pageSizeId(pageSize)),
                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait, marginsMm,
                       QPageLayout::Millimeter);
}
