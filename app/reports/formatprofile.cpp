#include "formatprofile.h"

#include "io/safefile.h"
#include "storage/livefiles.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QFile>
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
    {"guidance", &FormatProfile::guidance},
    {"endMark", &FormatProfile::endMark},
    {"headerSpelling", &FormatProfile::headerSpelling},
};

// Lengths that are not font sizes.
const SizeField lengthFields[] = {
    {"lineSpacingPt", &FormatProfile::lineSpacingPt},
    {"firstLineIndentMm", &FormatProfile::firstLineIndentMm},
};

struct FlagField
{
    const char *key;
    bool FormatProfile::*member;
};

const FlagField flagFields[] = {
    {"citationComma", &FormatProfile::citationComma},
    {"signerTitleBold", &FormatProfile::signerTitleBold},
    {"committeesSignKT", &FormatProfile::committeesSignKT},
    {"programmeNumbered", &FormatProfile::programmeNumbered},
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
    {"guidance", QT_TRANSLATE_NOOP("FormatProfile", "Guidance followed")},
    {"lineSpacingPt", QT_TRANSLATE_NOOP("FormatProfile", "Line spacing of the body (pt)")},
    {"firstLineIndentMm", QT_TRANSLATE_NOOP("FormatProfile", "First-line indent (mm)")},
    {"endMark", QT_TRANSLATE_NOOP("FormatProfile", "End of the body")},
    {"headerSpelling", QT_TRANSLATE_NOOP("FormatProfile", "Spelling of “ỦY” in the header")},
    {"citationComma", QT_TRANSLATE_NOOP("FormatProfile", "Comma before “ngày” in citations")},
    {"signerTitleBold", QT_TRANSLATE_NOOP("FormatProfile", "Signer's title in bold")},
    {"committeesSignKT", QT_TRANSLATE_NOOP("FormatProfile", "Committees may sign K/T")},
    {"programmeNumbered", QT_TRANSLATE_NOOP("FormatProfile", "Programme items numbered")},
    // Fields the profile no longer has (the issuing body holds them now): the history still
    // lists their changes from before, and their removal on the first save after the update.
    {"superiorBody", QT_TRANSLATE_NOOP("FormatProfile", "Superior body")},
    {"issuingBody", QT_TRANSLATE_NOOP("FormatProfile", "Issuing body")},
    {"issuerCode", QT_TRANSLATE_NOOP("FormatProfile", "Issuer code")},
    {"placeName", QT_TRANSLATE_NOOP("FormatProfile", "Place name")},
    {"signerAuthority", QT_TRANSLATE_NOOP("FormatProfile", "Signing authority")},
    {"signerTitle", QT_TRANSLATE_NOOP("FormatProfile", "Title of the signer")},
    {"signerName", QT_TRANSLATE_NOOP("FormatProfile", "Name of the signer")},
    {"recipients", QT_TRANSLATE_NOOP("FormatProfile", "Recipients")},
};

// Tone marks on the "y" (old placement) and on the "u" (new), in the same order.
const QString toneOnY = QStringLiteral("ỲÝỶỸỴỳýỷỹỵ");
const QString toneOnU = QStringLiteral("ÙÚỦŨỤùúủũụ");

// "uy" with a tone at the end of a syllable, not after "q" (where "u" belongs to the
// consonant): "ỦY"/"UỶ", "thủy"/"thuỷ"; the tone is moved to the letter the spelling wants.
QString respell(const QString &text, bool toneOnTheY)
{
    QString result = text;
    for (int i = 1; i < result.size(); ++i) {
        const bool wordEnds = i + 1 >= result.size() || !result.at(i + 1).isLetter();
        const QChar before = i >= 2 ? result.at(i - 2) : QChar();
        if (!wordEnds || before.toLower() == QLatin1Char('q'))
            continue;
        const QChar u = result.at(i - 1);
        const QChar y = result.at(i);
        if (toneOnTheY) {
            const qsizetype tone = toneOnU.indexOf(u);
            if (tone >= 0 && y.toLower() == QLatin1Char('y')) {
                result[i - 1] = tone < 5 ? QLatin1Char('U') : QLatin1Char('u');
                result[i] = toneOnY.at(tone % 5 + (y.isUpper() ? 0 : 5));
            }
        } else {
            const qsizetype tone = toneOnY.indexOf(y);
            if (tone >= 0 && u.toLower() == QLatin1Char('u')) {
                result[i - 1] = toneOnU.at(tone % 5 + (u.isUpper() ? 0 : 5));
                result[i] = tone < 5 ? QLatin1Char('Y') : QLatin1Char('y');
            }
        }
    }
    return result;
}

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

QList<std::pair<QString, QString>> FormatProfile::guidances()
{
    return {{QLatin1String(guidance2018), tr("36-HD/VPTW (2018)")},
        //: The guidance of the Central Party Office of 2026 that reportedly replaced 36-HD/VPTW.
        {QLatin1String(guidance2026), tr("2026 guidance")}};
}

void FormatProfile::applyGuidance(const QString &code)
{
    // The 2018 values are those of a new FormatProfile; DOCUMENT-FORMAT.md lists what the 2026
    // guidance reportedly changes (third-party summaries: an office corrects them here).
    const FormatProfile base;
    const bool of2026 = code == QLatin1String(guidance2026);
    guidance = of2026 ? QString::fromLatin1(guidance2026) : QString::fromLatin1(guidance2018);
    lineSpacingPt = of2026 ? 18 : base.lineSpacingPt;
    firstLineIndentMm = of2026 ? 10 : base.firstLineIndentMm;
    endMark = of2026 ? QStringLiteral(".") : base.endMark;
    headerSpelling = of2026 ? QStringLiteral("ỦY") : base.headerSpelling;
    citationComma = of2026 ? true : base.citationComma;
    signerTitleBold = of2026 ? false : base.signerTitleBold;
    committeesSignKT = of2026 ? false : base.committeesSignKT;
    programmeNumbered = base.programmeNumbered;
}

FormatProfile FormatProfile::defaults()
{
    // DOCUMENT-FORMAT.md, after Hướng dẫn 36-HD/VPTW: A4, 20/20/30/15 mm, Times New Roman.
    FormatProfile profile;
    profile.name = tr("Default (Hướng dẫn 36-HD/VPTW)");
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
    for (const SizeField &field : lengthFields)
        json.insert(QLatin1String(field.key), this->*field.member);
    for (const FlagField &field : flagFields)
        json.insert(QLatin1String(field.key), this->*field.member);
    json.insert(QStringLiteral("landscape"), landscape);
    json.insert(QStringLiteral("mirrorMargins"), mirrorMargins);
    json.insert(QStringLiteral("marginsMm"),
        QJsonObject {{QStringLiteral("top"), marginsMm.top()},
            {QStringLiteral("bottom"), marginsMm.bottom()},
            {QStringLiteral("left"), marginsMm.left()},
            {QStringLiteral("right"), marginsMm.right()}});
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
    for (const SizeField &field : lengthFields) {
        const QJsonValue value = json.value(QLatin1String(field.key));
        if (value.isDouble())
            profile.*field.member = value.toDouble();
    }
    for (const FlagField &field : flagFields) {
        const QJsonValue value = json.value(QLatin1String(field.key));
        if (value.isBool())
            profile.*field.member = value.toBool();
    }
    profile.landscape = json.value(QStringLiteral("landscape")).toBool(profile.landscape);
    profile.mirrorMargins = json.value(QStringLiteral("mirrorMargins")).toBool(false);
    const QJsonObject margins = json.value(QStringLiteral("marginsMm")).toObject();
    profile.marginsMm = QMarginsF(margins.value(QStringLiteral("left")).toDouble(30),
        margins.value(QStringLiteral("top")).toDouble(20),
        margins.value(QStringLiteral("right")).toDouble(15),
        margins.value(QStringLiteral("bottom")).toDouble(20));
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
    if (lineSpacingPt != 0 && (lineSpacingPt < 8 || lineSpacingPt > 60)) {
        *error = tr("The line spacing must be between 8 and 60 points (0 for single spacing).");
        return false;
    }
    if (firstLineIndentMm < 0 || firstLineIndentMm > 30) {
        *error = tr("The first-line indent must be between 0 and 30 mm.");
        return false;
    }
    if (endMark != QLatin1String("./.") && endMark != QLatin1String(".")) {
        *error = tr("The body ends with “./.” or with “.”.");
        return false;
    }
    if (!headerSpelling.isEmpty() && headerSpelling != QStringLiteral("ỦY")
        && headerSpelling != QStringLiteral("UỶ")) {
        *error = tr("The header spells “ỦY” or “UỶ” (or as written).");
        return false;
    }
    return true;
}

bool FormatProfile::checkAuthority(const QString &authority, QString *error) const
{
    const QString line = authority.trimmed();
    static const QRegularExpression stateStyle(QStringLiteral("^(TM|KT|TL)\\.(\\s|$)"));
    if (stateStyle.match(line).hasMatch()) {
        *error = tr("“%1” is how state documents sign; Party documents write T/M, K/T or T/L.")
                     .arg(line);
        return false;
    }
    // K/T for a committee: for its Secretary (K/T BÍ THƯ) or the committee itself (K/T BAN
    // THƯỜNG VỤ, K/T TỈNH ỦY). An advisory body's head (K/T TRƯỞNG BAN) is not a committee.
    const QString folded = VietnameseText::fold(line).simplified();
    static const QRegularExpression committee(
        QStringLiteral("^k/t (bi thu|ban thuong vu|ban chap hanh|\\S+ uy\\b|dang uy\\b)"));
    if (!committeesSignKT && committee.match(folded).hasMatch()) {
        *error = tr("“%1”: under this format profile a committee's documents are not signed K/T; "
                    "use T/M (or change the profile).")
                     .arg(line);
        return false;
    }
    return true;
}

QString FormatProfile::headerText(const QString &line) const
{
    if (headerSpelling == QStringLiteral("UỶ"))
        return respell(line, true);
    if (headerSpelling == QStringLiteral("ỦY"))
        return respell(line, false);
    return line;
}

QString FormatProfile::citationJoin() const
{
    return citationComma ? QStringLiteral(", ngày ") : QStringLiteral(" ngày ");
}

QString FormatProfile::citing(const QString &text) const
{
    // "số 39-CT/TW ngày 18/8/2014" (a Party document's number and code, then its date).
    static const QRegularExpression bare(
        QStringLiteral("(số \\d+[A-Za-z0-9]*-[^\\s,]+/[^\\s,]+)\\s+ngày(?=\\s+\\d)"));
    static const QRegularExpression comma(
        QStringLiteral("(số \\d+[A-Za-z0-9]*-[^\\s,]+/[^\\s,]+),\\s+ngày(?=\\s+\\d)"));
    QString result = text;
    if (citationComma)
        result.replace(bare, QStringLiteral("\\1, ngày"));
    else
        result.replace(comma, QStringLiteral("\\1 ngày"));
    return result;
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
