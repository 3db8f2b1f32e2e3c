#include "formatprofile.h"

#include "io/safefile.h"
#include "storage/livefiles.h"
#include "storage/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageSize>
#include <QRegularExpression>

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

// What each field of the profile is called where its changes are listed.
const std::pair<const char *, const char *> fieldLabels[] = {
    {"name", QT_TRANSLATE_NOOP("FormatProfile", "Name of the profile")},
    {"pageSize", QT_TRANSLATE_NOOP("FormatProfile", "Paper size")},
    {"landscape", QT_TRANSLATE_NOOP("FormatProfile", "Landscape")},
    {"mirrorMargins", QT_TRANSLATE_NOOP("FormatProfile", "Mirrored margins")},
    {"marginsMm", QT_TRANSLATE_NOOP("FormatProfile", "Margins (mm)")},
    {"fontFamily", QT_TRANSLATE_NOOP("FormatProfile", "Font")},
    {"partySize", QT_TRANSLATE_NOOP("FormatProfile", "Size of “ĐẢNG CỘNG SẢN VIỆT NAM”")},
    {"headerSize", QT_TRANSLATE_NOOP("FormatProfile", "Size of the issuing body")},
    {"numberSize", QT_TRANSLATE_NOOP("FormatProfile", "Size of the number and date")},
    {"typeSize", QT_TRANSLATE_NOOP("FormatProfile", "Size of the document type")},
    {"excerptSize", QT_TRANSLATE_NOOP("FormatProfile", "Size of the excerpt")},
    {"bodySize", QT_TRANSLATE_NOOP("FormatProfile", "Size of the body text")},
    {"recipientsHeadingSize", QT_TRANSLATE_NOOP("FormatProfile", "Size of “Nơi nhận”")},
    {"recipientsSize", QT_TRANSLATE_NOOP("FormatProfile", "Size of the recipients")},
    {"signatureSize", QT_TRANSLATE_NOOP("FormatProfile", "Size of the signature block")},
    {"pageNumberSize", QT_TRANSLATE_NOOP("FormatProfile", "Size of the page numbers")},
    {"superiorBody", QT_TRANSLATE_NOOP("FormatProfile", "Superior body")},
    {"issuingBody", QT_TRANSLATE_NOOP("FormatProfile", "Issuing body")},
    {"issuerCode", QT_TRANSLATE_NOOP("FormatProfile", "Issuer code")},
    {"placeName", QT_TRANSLATE_NOOP("FormatProfile", "Place name")},
    {"signerAuthority", QT_TRANSLATE_NOOP("FormatProfile", "Signing authority")},
    {"signerTitle", QT_TRANSLATE_NOOP("FormatProfile", "Title of the signer")},
    {"signerName", QT_TRANSLATE_NOOP("FormatProfile", "Name of the signer")},
    {"recipients", QT_TRANSLATE_NOOP("FormatProfile", "Recipients")},
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
        QJsonObject {{QStringLiteral("top"), marginsMm.top()},
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
    for (double margin :
        {marginsMm.left(), marginsMm.top(), marginsMm.right(), marginsMm.bottom()}) {
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

QString FormatProfile::fieldLabel(const QString &key)
{
    for (const auto &[name, label] : fieldLabels) {
        if (key == QLatin1String(name))
            return tr(label);
    }
    return key;
}

FormatProfile FormatProfile::load(const Store &store)
{
    const QVariant stored = store.setting(QLatin1String(settingKey));
    if (!stored.isNull()) {
        QString error;
        const auto profile
            = fromJson(QJsonDocument::fromJson(stored.toString().toUtf8()).object(), &error);
        if (profile)
            return *profile;
    }
    return defaults();
}

bool FormatProfile::save(Store &store, QString *error) const
{
    if (!validate(error))
        return false;
    return store.setSetting(QLatin1String(settingKey),
        QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)), error);
}

bool FormatProfile::exportTo(const QString &path, QString *error) const
{
    QString problem;
    if (!SafeFile::write(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented), &problem)) {
        *error = tr("The profile could not be written to “%1”: %2").arg(path, problem);
        return false;
    }
    return true;
}

std::optional<FormatProfile> FormatProfile::importFrom(const QString &path, QString *error)
{
    if (LiveFiles::refuse(path, error))
        return std::nullopt;
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
