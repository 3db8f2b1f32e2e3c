#include "reports/formatprofile.h"
#include "storage/store.h"
#include "teststore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageSize>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

// An office's own profile: every value differs from the defaults.
FormatProfile customProfile()
{
    FormatProfile profile = FormatProfile::defaults();
    profile.name = QStringLiteral("Văn phòng Huyện ủy Định Hóa");
    profile.pageSize = QStringLiteral("A5");
    profile.landscape = true;
    profile.marginsMm = QMarginsF(35, 25, 15, 25);
    profile.mirrorMargins = true;
    profile.fontFamily = QStringLiteral("Liberation Serif");
    profile.partySize = 16;
    profile.headerSize = 13;
    profile.numberSize = 13.5;
    profile.typeSize = 16;
    profile.excerptSize = 15;
    profile.bodySize = 15;
    profile.recipientsHeadingSize = 13;
    profile.recipientsSize = 11;
    profile.signatureSize = 13;
    profile.pageNumberSize = 12;
    return profile;
}

// What the profile held before each issuing body had its own header and signer.
QStringList retiredKeys()
{
    return {QStringLiteral("superiorBody"), QStringLiteral("issuingBody"),
        QStringLiteral("issuerCode"), QStringLiteral("placeName"),
        QStringLiteral("signerAuthority"), QStringLiteral("signerTitle"),
        QStringLiteral("signerName"), QStringLiteral("recipients")};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// The default profile's JSON with one value changed.
QByteArray changed(const QString &key, const QJsonValue &value)
{
    QJsonObject object = FormatProfile::defaults().toJson();
    object.insert(key, value);
    return json(object);
}

QByteArray changedMargin(const QString &side, double value)
{
    QJsonObject object = FormatProfile::defaults().toJson();
    QJsonObject margins = object.value(QStringLiteral("marginsMm")).toObject();
    margins.insert(side, value);
    object.insert(QStringLiteral("marginsMm"), margins);
    return json(object);
}

} // namespace

class TestFormatProfile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultsFollowTheGuidance();
    void defaultSizes_data();
    void defaultSizes();
    void freshDatabaseLoadsTheDefaults();
    void savedProfileLoadsBack();
    void invalidProfileIsNotSaved();
    void exportedProfileImportsBack();
    void importRefuses_data();
    void importRefuses();
    void pageLayoutInMillimetres_data();
    void pageLayoutInMillimetres();
    void theTwoGuidancesDifferFieldByField();
    void olderFileTakesThe2018Values();
    void olderFileWithAHeaderAndSignerImports();
    void guidanceFieldsRoundTripAndAreChecked_data();
    void guidanceFieldsRoundTripAndAreChecked();
    void headerSpelling_data();
    void headerSpelling();
    void citationComma_data();
    void citationComma();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestFormatProfile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestSupport::open(path(QStringLiteral("profile.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
}

void TestFormatProfile::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestFormatProfile::defaultsFollowTheGuidance()
{
    const FormatProfile profile = FormatProfile::defaults();
    QCOMPARE(profile.pageSize, QStringLiteral("A4"));
    QVERIFY(!profile.landscape);
    QCOMPARE(profile.marginsMm.top(), 20.0);
    QCOMPARE(profile.marginsMm.bottom(), 20.0);
    QCOMPARE(profile.marginsMm.left(), 30.0);
    QCOMPARE(profile.marginsMm.right(), 15.0);
    QVERIFY(!profile.mirrorMargins);
    QCOMPARE(profile.fontFamily, QStringLiteral("Times New Roman"));
    QVERIFY(!profile.name.isEmpty());

    // Who issues and signs is each issuing body's: the profile holds no header or signer.
    const QJsonObject json = profile.toJson();
    for (const QString &key : retiredKeys())
        QVERIFY2(!json.contains(key), qPrintable(key));

    QString error;
    QVERIFY2(profile.validate(&error), qPrintable(error));
}

void TestFormatProfile::defaultSizes_data()
{
    QTest::addColumn<double>("actual");
    QTest::addColumn<double>("expected");

    const FormatProfile profile = FormatProfile::defaults();
    QTest::newRow("party line") << profile.partySize << 15.0;
    QTest::newRow("superior and issuing body") << profile.headerSize << 14.0;
    QTest::newRow("number and date") << profile.numberSize << 14.0;
    QTest::newRow("document type") << profile.typeSize << 15.0;
    QTest::newRow("excerpt") << profile.excerptSize << 14.0;
    QTest::newRow("body") << profile.bodySize << 14.0;
    QTest::newRow("recipients heading") << profile.recipientsHeadingSize << 14.0;
    QTest::newRow("recipients list") << profile.recipientsSize << 12.0;
    QTest::newRow("signature") << profile.signatureSize << 14.0;
}

void TestFormatProfile::defaultSizes()
{
    QFETCH(double, actual);
    QFETCH(double, expected);
    QCOMPARE(actual, expected);
}

void TestFormatProfile::freshDatabaseLoadsTheDefaults()
{
    const FormatProfile loaded = FormatProfile::load(*m_store);
    QCOMPARE(loaded.toJson(), FormatProfile::defaults().toJson());
    QCOMPARE(loaded.pageSize, QStringLiteral("A4"));
}

void TestFormatProfile::savedProfileLoadsBack()
{
    const FormatProfile custom = customProfile();
    QVERIFY(custom.toJson() != FormatProfile::defaults().toJson());
    QString error;
    QVERIFY2(custom.save(*m_store, &error), qPrintable(error));
    QCOMPARE(FormatProfile::load(*m_store).toJson(), custom.toJson());

    // Still there after the file is closed and opened again.
    const QString file = m_store->path();
    m_store.reset();
    auto reopened = TestSupport::open(file);
    QVERIFY(reopened);
    const FormatProfile loaded = FormatProfile::load(*reopened);
    QCOMPARE(loaded.toJson(), custom.toJson());
    QCOMPARE(loaded.name, QStringLiteral("Văn phòng Huyện ủy Định Hóa"));
    QCOMPARE(loaded.marginsMm, QMarginsF(35, 25, 15, 25));
    QVERIFY(loaded.landscape);

    // Saving again replaces the profile.
    FormatProfile second = loaded;
    second.name = QStringLiteral("Văn phòng Huyện ủy Phú Lương");
    QVERIFY2(second.save(*reopened, &error), qPrintable(error));
    QCOMPARE(FormatProfile::load(*reopened).name, QStringLiteral("Văn phòng Huyện ủy Phú Lương"));
}

void TestFormatProfile::invalidProfileIsNotSaved()
{
    const FormatProfile custom = customProfile();
    QString error;
    QVERIFY2(custom.save(*m_store, &error), qPrintable(error));

    FormatProfile broken = custom;
    broken.marginsMm.setLeft(2);
    QVERIFY(!broken.save(*m_store, &error));
    QCOMPARE(error, QStringLiteral("Margins must be between 5 and 60 mm."));
    QCOMPARE(FormatProfile::load(*m_store).toJson(), custom.toJson());
}

void TestFormatProfile::exportedProfileImportsBack()
{
    const FormatProfile custom = customProfile();
    const QString file = path(QStringLiteral("định-hóa.json"));
    QString error;
    QVERIFY2(custom.exportTo(file, &error), qPrintable(error));

    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(written.readAll()).object();
    QCOMPARE(object.value(QStringLiteral("format")).toString(),
        QStringLiteral("secretariat-format-profile"));
    QCOMPARE(object.value(QStringLiteral("name")).toString(),
        QStringLiteral("Văn phòng Huyện ủy Định Hóa"));
    QCOMPARE(object.value(QStringLiteral("pageSize")).toString(), QStringLiteral("A5"));
    for (const QString &key : retiredKeys())
        QVERIFY2(!object.contains(key), qPrintable(key));

    const auto imported = FormatProfile::importFrom(file, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->toJson(), custom.toJson());
    QCOMPARE(imported->marginsMm, custom.marginsMm);

    // Exporting over an earlier export replaces it.
    const FormatProfile defaults = FormatProfile::defaults();
    QVERIFY2(defaults.exportTo(file, &error), qPrintable(error));
    QCOMPARE(FormatProfile::importFrom(file, &error)->toJson(), defaults.toJson());
}

void TestFormatProfile::importRefuses_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("sentence");

    QTest::newRow("not JSON") << QByteArray("Lề trên 20 mm, lề dưới 20 mm")
                              << QStringLiteral("is not a format profile");
    QTest::newRow("cut-off JSON") << json(FormatProfile::defaults().toJson()).left(80)
                                  << QStringLiteral("is not a format profile");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("is not a format profile");
    QTest::newRow("JSON list") << QByteArray("[\"A4\", 20, 20, 30, 15]")
                               << QStringLiteral("is not a format profile");
    QTest::newRow("JSON of another kind")
        << QByteArray("{\"format\": \"secretariat-backup\", \"pageSize\": \"A4\"}")
        << QStringLiteral("This is not a Secretariat format profile.");
    QTest::newRow("JSON without a kind") << QByteArray("{\"pageSize\": \"A4\"}")
                                         << QStringLiteral("This is not a Secretariat format "
                                                           "profile.");
    QTest::newRow("left margin 2 mm") << changedMargin(QStringLiteral("left"), 2)
                                      << QStringLiteral("Margins must be between 5 and 60 mm.");
    QTest::newRow("top margin 2 mm") << changedMargin(QStringLiteral("top"), 2)
                                     << QStringLiteral("Margins must be between 5 and 60 mm.");
    QTest::newRow("bottom margin 100 mm") << changedMargin(QStringLiteral("bottom"), 100)
                                          << QStringLiteral("Margins must be between 5 and 60 mm.");
    QTest::newRow("body font size 100") << changed(QStringLiteral("bodySize"), 100)
                                        << QStringLiteral("Font sizes must be between 6 and 40 "
                                                          "points.");
    QTest::newRow("recipients size 0") << changed(QStringLiteral("recipientsSize"), 0)
                                       << QStringLiteral("Font sizes must be between 6 and 40 "
                                                         "points.");
    QTest::newRow("page size B99") << changed(QStringLiteral("pageSize"), QStringLiteral("B99"))
                                   << QStringLiteral("“B99” is not a known paper size (e.g. A4).");
    QTest::newRow("no font") << changed(QStringLiteral("fontFamily"), QStringLiteral("  "))
                             << QStringLiteral("Choose the font of the documents.");
}

void TestFormatProfile::importRefuses()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, sentence);

    // The office's profile is saved; a bad file must not replace it.
    const FormatProfile custom = customProfile();
    QString error;
    QVERIFY2(custom.save(*m_store, &error), qPrintable(error));

    const QString file = path(QStringLiteral("import.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(contents), contents.size());
    out.close();

    error.clear();
    const auto imported = FormatProfile::importFrom(file, &error);
    QVERIFY2(!imported, "the file was accepted as a profile");
    QVERIFY2(error.contains(sentence), qPrintable(error));
    // A sentence that does not contradict itself.
    QVERIFY2(!error.contains(QStringLiteral("no error occurred"), Qt::CaseInsensitive),
        qPrintable(error));

    QCOMPARE(FormatProfile::load(*m_store).toJson(), custom.toJson());
}

void TestFormatProfile::pageLayoutInMillimetres_data()
{
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<QSizeF>("paper");

    QTest::newRow("A4 portrait") << false << QSizeF(210, 297);
    QTest::newRow("A4 landscape") << true << QSizeF(297, 210);
}

void TestFormatProfile::pageLayoutInMillimetres()
{
    QFETCH(bool, landscape);
    QFETCH(QSizeF, paper);

    FormatProfile profile = FormatProfile::defaults();
    profile.landscape = landscape;
    const QPageLayout layout = profile.pageLayout();
    QVERIFY(layout.isValid());
    QCOMPARE(layout.pageSize().id(), QPageSize::A4);
    QCOMPARE(layout.orientation(), landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    QCOMPARE(layout.units(), QPageLayout::Millimeter);
    QCOMPARE(layout.margins(), QMarginsF(30, 20, 15, 20));
    QCOMPARE(layout.margins(QPageLayout::Millimeter).left(), 30.0);
    QCOMPARE(layout.margins(QPageLayout::Millimeter).top(), 20.0);
    QCOMPARE(layout.margins(QPageLayout::Millimeter).right(), 15.0);
    QCOMPARE(layout.margins(QPageLayout::Millimeter).bottom(), 20.0);
    QCOMPARE(layout.fullRect(QPageLayout::Millimeter).size(), paper);
    QCOMPARE(layout.paintRect(QPageLayout::Millimeter).size(),
        QSizeF(paper.width() - 45, paper.height() - 40));
}

void TestFormatProfile::theTwoGuidancesDifferFieldByField()
{
    const auto guidances = FormatProfile::guidances();
    QCOMPARE(guidances.size(), 2);
    QCOMPARE(guidances.at(0).second, QStringLiteral("36-HD/VPTW (2018)"));
    FormatProfile profile = FormatProfile::defaults();
    profile.name = QStringLiteral("Văn phòng Tỉnh ủy Tuyên Quang");
    QCOMPARE(profile.guidance, QLatin1String(FormatProfile::guidance2018));
    QCOMPARE(profile.lineSpacingPt, 0.0);
    QCOMPARE(profile.firstLineIndentMm, 10.0);
    QCOMPARE(profile.endMark, QStringLiteral("./."));
    QCOMPARE(profile.headerSpelling, QString());
    QVERIFY(!profile.citationComma);
    QVERIFY(profile.signerTitleBold);
    QVERIFY(profile.committeesSignKT);
    QVERIFY(!profile.programmeNumbered);
    profile.applyGuidance(QLatin1String(FormatProfile::guidance2026));
    QCOMPARE(profile.guidance, QLatin1String(FormatProfile::guidance2026));
    QCOMPARE(profile.lineSpacingPt, 18.0);
    QCOMPARE(profile.firstLineIndentMm, 10.0);
    QCOMPARE(profile.endMark, QStringLiteral("."));
    QCOMPARE(profile.headerSpelling, QStringLiteral("ỦY"));
    QVERIFY(profile.citationComma);
    QVERIFY(!profile.signerTitleBold);
    QVERIFY(!profile.committeesSignKT);
    // The office's own texts stay.
    QCOMPARE(profile.name, QStringLiteral("Văn phòng Tỉnh ủy Tuyên Quang"));
    // A committee's K/T is refused under 2026, an advisory body's head is not (the check a
    // document's signer passes when it is printed).
    QString error;
    QVERIFY(!profile.checkAuthority(QStringLiteral("K/T BÍ THƯ"), &error));
    QVERIFY2(error.contains(QLatin1String("K/T")), qPrintable(error));
    QVERIFY2(profile.checkAuthority(QStringLiteral("K/T TRƯỞNG BAN"), &error), qPrintable(error));
    profile.applyGuidance(QLatin1String(FormatProfile::guidance2018));
    QCOMPARE(profile.endMark, QStringLiteral("./."));
    QVERIFY(profile.signerTitleBold);
    QVERIFY2(profile.checkAuthority(QStringLiteral("K/T BÍ THƯ"), &error), qPrintable(error));
    // The state's TM., KT., TL. are refused under either guidance.
    for (const QString &state : {QStringLiteral("TM. BAN THƯỜNG VỤ"), QStringLiteral("KT. BÍ THƯ"),
             QStringLiteral("TL. BAN THƯỜNG VỤ")}) {
        QVERIFY(!profile.checkAuthority(state, &error));
        QCOMPARE(error,
            QStringLiteral("“%1” is how state documents sign; Party documents write T/M, K/T or "
                           "T/L.")
                .arg(state));
    }
}

void TestFormatProfile::olderFileTakesThe2018Values()
{
    // A profile exported before the guidance fields existed.
    QJsonObject json = FormatProfile::defaults().toJson();
    for (const char *key :
        {"guidance", "lineSpacingPt", "firstLineIndentMm", "endMark", "headerSpelling",
            "citationComma", "signerTitleBold", "committeesSignKT", "programmeNumbered"}) {
        QVERIFY2(json.contains(QLatin1String(key)), key);
        json.remove(QLatin1String(key));
    }
    QString error;
    const auto profile = FormatProfile::fromJson(json, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->endMark, QStringLiteral("./."));
    QCOMPARE(profile->lineSpacingPt, 0.0);
    QVERIFY(profile->signerTitleBold);
    QVERIFY(!profile->citationComma);
    QVERIFY(profile->committeesSignKT);
}

// A profile exported when it still held the header and the signer imports: those values are the
// issuing body's now (the update made them the default body) and are left out; the page is read.
void TestFormatProfile::olderFileWithAHeaderAndSignerImports()
{
    const QString file = path(QStringLiteral("thanh-hóa-2025.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    const QByteArray contents = u8R"({
    "format": "secretariat-format-profile",
    "version": 1,
    "name": "Văn phòng Tỉnh ủy Thanh Hóa",
    "pageSize": "A4",
    "fontFamily": "Times New Roman",
    "superiorBody": "ĐẢNG BỘ TỈNH THANH HÓA",
    "issuingBody": "TỈNH ỦY",
    "issuerCode": "TU",
    "placeName": "Thanh Hóa",
    "signerAuthority": "T/M BAN THƯỜNG VỤ",
    "signerTitle": "BÍ THƯ",
    "signerName": "Đỗ Trọng Hưng",
    "recipients": ["Ban Thường vụ Tỉnh ủy,", "Lưu Văn phòng Tỉnh ủy."],
    "bodySize": 13.5,
    "landscape": false,
    "mirrorMargins": false,
    "marginsMm": {"top": 20, "bottom": 20, "left": 32, "right": 15}
})";
    QCOMPARE(out.write(contents), contents.size());
    out.close();

    QString error;
    const auto imported = FormatProfile::importFrom(file, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->name, QStringLiteral("Văn phòng Tỉnh ủy Thanh Hóa"));
    QCOMPARE(imported->bodySize, 13.5);
    QCOMPARE(imported->marginsMm.left(), 32.0);
    // It saves, and what is stored and exported holds none of the old header and signer.
    QVERIFY2(imported->save(*m_store, &error), qPrintable(error));
    const QJsonObject stored = FormatProfile::load(*m_store).toJson();
    QCOMPARE(stored.value(QStringLiteral("bodySize")).toDouble(), 13.5);
    for (const QString &key : retiredKeys())
        QVERIFY2(!stored.contains(key), qPrintable(key));
}

void TestFormatProfile::guidanceFieldsRoundTripAndAreChecked_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("good");
    QTest::addColumn<QJsonValue>("bad");
    QTest::newRow("line spacing") << "lineSpacingPt" << QJsonValue(19) << QJsonValue(4);
    QTest::newRow("indent") << "firstLineIndentMm" << QJsonValue(12.7) << QJsonValue(45);
    QTest::newRow("end mark") << "endMark" << QJsonValue(QStringLiteral(".")) << QJsonValue(";");
    QTest::newRow("spelling") << "headerSpelling" << QJsonValue(QStringLiteral("UỶ"))
                              << QJsonValue(QStringLiteral("UY"));
}

void TestFormatProfile::guidanceFieldsRoundTripAndAreChecked()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, good);
    QFETCH(QJsonValue, bad);
    QJsonObject json = FormatProfile::defaults().toJson();
    json.insert(key, good);
    QString error;
    const auto read = FormatProfile::fromJson(json, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->toJson().value(key), good);
    QVERIFY2(read->save(*m_store, &error), qPrintable(error));
    QCOMPARE(FormatProfile::load(*m_store).toJson().value(key), good);
    json.insert(key, bad);
    QVERIFY(!FormatProfile::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void TestFormatProfile::headerSpelling_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("printed");
    QTest::newRow("new to old") << "UỶ"
                                << "TỈNH ỦY"
                                << "TỈNH UỶ";
    QTest::newRow("old to new") << "ỦY"
                                << "ĐẢNG UỶ KHỐI"
                                << "ĐẢNG ỦY KHỐI";
    QTest::newRow("as written") << ""
                                << "HUYỆN UỶ ĐỊNH HÓA"
                                << "HUYỆN UỶ ĐỊNH HÓA";
    QTest::newRow("every tone") << "ỦY"
                                << "THUỶ THUỲ THUÝ THUỸ THUỴ"
                                << "THỦY THÙY THÚY THŨY THỤY";
    QTest::newRow("lower case") << "UỶ"
                                << "Ban Thường vụ Tỉnh ủy"
                                << "Ban Thường vụ Tỉnh uỷ";
    // "qu" keeps its tone on the y; a "uy" inside a syllable is not moved.
    QTest::newRow("qu and huyện") << "ỦY"
                                  << "QUÝ HUYỆN"
                                  << "QUÝ HUYỆN";
    QTest::newRow("nothing to do") << "ỦY"
                                   << "BAN THƯỜNG VỤ"
                                   << "BAN THƯỜNG VỤ";
}

void TestFormatProfile::headerSpelling()
{
    QFETCH(QString, spelling);
    QFETCH(QString, line);
    QFETCH(QString, printed);
    FormatProfile profile;
    profile.headerSpelling = spelling;
    QCOMPARE(profile.headerText(line), printed);
}

void TestFormatProfile::citationComma_data()
{
    QTest::addColumn<bool>("comma");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed");
    QTest::newRow("2026 adds") << true << "thực hiện Chỉ thị số 39-CT/TW ngày 18/8/2014 của Bộ"
                               << "thực hiện Chỉ thị số 39-CT/TW, ngày 18/8/2014 của Bộ";
    QTest::newRow("2018 removes") << false << "Quy định số 58-QĐ/TW, ngày 8/2/2022"
                                  << "Quy định số 58-QĐ/TW ngày 8/2/2022";
    QTest::newRow("kept") << true << "Quy định số 58-QĐ/TW, ngày 8/2/2022"
                          << "Quy định số 58-QĐ/TW, ngày 8/2/2022";
    QTest::newRow("not a citation") << true << "Hội nghị ngày 27/5/2024"
                                    << "Hội nghị ngày 27/5/2024";
}

void TestFormatProfile::citationComma()
{
    QFETCH(bool, comma);
    QFETCH(QString, text);
    QFETCH(QString, printed);
    FormatProfile profile;
    profile.citationComma = comma;
    QCOMPARE(profile.citing(text), printed);
    QCOMPARE(profile.citationJoin(), comma ? QStringLiteral(", ngày ") : QStringLiteral(" ngày "));
}

QTEST_GUILESS_MAIN(TestFormatProfile)
#include "tst_formatprofile.moc"
