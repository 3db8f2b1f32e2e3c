#include "cli/demodata.h"
#include "storage/attachmentstore.h"
#include "storage/store.h"
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString conferenceOwner = QStringLiteral("conference_id");

// What a scanner or a phone writes first: enough for the content check of the media type.
QByteArray pdfBytes(const QByteArray &body = "Giấy mời")
{
    return "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% " + body
        + "\n%%EOF\n";
}

QByteArray jpegBytes()
{
    QByteArray bytes("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
    bytes.append(200, '\x11');
    return bytes.append("\xFF\xD9", 2);
}

QByteArray docxBytes()
{
    // A Word file is a ZIP whose first entry is [Content_Types].xml.
    QByteArray bytes("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00\x21\x00", 14);
    bytes.append(12, '\0');
    bytes.append("\x13\x00\x00\x00", 4);
    bytes.append("[Content_Types].xml");
    return bytes.append(300, '\x20');
}

} // namespace

class TestAttachmentStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void roundTripKeepsBytesAndStoresTheNameNfc();
    void mediaTypeFromNameAndContent_data();
    void mediaTypeFromNameAndContent();
    void fiftyMegabytesIsTheLimit();
    void emptyFileIsRefused();
    void sameContentTwiceIsRefused();
    void removeDeletesTheContentToo();
    void listNeverReadsTheBytes();
    void damagedContentIsNoticed();
    void exportWritesIdenticalBytes();
    void exportNameIsSafeOnWindows();
    void openedAttachmentsAreTheOwnersOnly();
    void closingRemovesTheOpenedAttachments();
    void startingRemovesWhatACrashLeft();
    void deletingTheConferenceRemovesItsAttachments();
    void addWritesInsideTheCallersTransaction();
    void updateChangesKindAndNote();
    void unknownOwnerColumnIsRefused();
    void sizesAreWrittenTheVietnameseWay_data();
    void sizesAreWrittenTheVietnameseWay();

private:
    qint64 count(const QString &sql) const;
    qint64 newConference(const QString &title) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestAttachmentStore::initTestCase()
{
    // The opened attachments' folder under a cache folder of the tests' own.
    QStandardPaths::setTestModeEnabled(true);
}

void TestAttachmentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestSupport::open(
        m_dir->filePath(QStringLiteral("p.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(DemoData::populate(*m_store, &error), qPrintable(error));
}

void TestAttachmentStore::cleanup()
{
    AttachmentStore::removeViewingFolder();
    m_store.reset();
    m_dir.reset();
}

qint64 TestAttachmentStore::count(const QString &sql) const
{
    QSqlQuery query(m_store->connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

qint64 TestAttachmentStore::newConference(const QString &title) const
{
    QString error;
    const std::optional<qint64> id = m_store->insert(QStringLiteral("conference"),
        {{QStringLiteral("kind"), QStringLiteral("briefing")}, {QStringLiteral("title"), title}},
        &error);
    if (!id)
        qWarning("%s", qPrintable(error));
    return id.value_or(0);
}

void TestAttachmentStore::roundTripKeepsBytesAndStoresTheNameNfc()
{
    const QString name = QStringLiteral("Giấy mời hội nghị Tỉnh ủy Điện Biên.pdf");
    const QString typed = name.normalized(QString::NormalizationForm_D);
    QVERIFY(typed != name);
    const QByteArray bytes = pdfBytes();
    QString error;
    const std::optional<qint64> id = AttachmentStore::add(*m_store, conferenceOwner, 1,
        QStringLiteral("  ") + typed, QStringLiteral("invitation"), bytes, &error);
    QVERIFY2(id, qPrintable(error));

    const QList<AttachmentStore::Attachment> list
        = AttachmentStore::list(*m_store, conferenceOwner, 1);
    QCOMPARE(list.size(), 1);
    const AttachmentStore::Attachment &stored = list.first();
    QCOMPARE(stored.id, *id);
    QCOMPARE(stored.fileName, name);
    QCOMPARE(stored.kind, QStringLiteral("invitation"));
    QCOMPARE(stored.byteSize, qint64(bytes.size()));
    QCOMPARE(stored.sha256,
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QVERIFY(stored.note.isEmpty());
    QCOMPARE(stored.createdAt.date(), QDate::currentDate());
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM attachment WHERE file_name = '%1'").arg(name)),
        1);

    const std::optional<QByteArray> read = AttachmentStore::read(*m_store, *id, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, bytes);
    QVERIFY(AttachmentStore::list(*m_store, conferenceOwner, 2).isEmpty());
}

void TestAttachmentStore::mediaTypeFromNameAndContent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mediaType");
    QTest::newRow("pdf") << QStringLiteral("Báo cáo tổng kết.pdf") << pdfBytes()
                         << QStringLiteral("application/pdf");
    QTest::newRow("jpg") << QStringLiteral("Ảnh hội trường.jpg") << jpegBytes()
                         << QStringLiteral("image/jpeg");
    QTest::newRow("JPG upper case")
        << QStringLiteral("IMG_0412.JPG") << jpegBytes() << QStringLiteral("image/jpeg");
    QTest::newRow("docx") << QStringLiteral("Dự thảo nghị quyết.docx") << docxBytes()
                          << QStringLiteral("application/"
                                            "vnd.openxmlformats-officedocument.wordprocessingml."
                                            "document");
    // A photo saved without its extension is still known by its content.
    QTest::newRow("jpeg without extension")
        << QStringLiteral("anh-dai-bieu") << jpegBytes() << QStringLiteral("image/jpeg");
}

void TestAttachmentStore::mediaTypeFromNameAndContent()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mediaType);
    QString error;
    QVERIFY2(AttachmentStore::add(
                 *m_store, conferenceOwner, 1, fileName, QStringLiteral("other"), bytes, &error),
        qPrintable(error));
    const QList<AttachmentStore::Attachment> list
        = AttachmentStore::list(*m_store, conferenceOwner, 1);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().mediaType, mediaType);
}

void TestAttachmentStore::fiftyMegabytesIsTheLimit()
{
    QCOMPARE(AttachmentStore::maximumBytes, qint64(50) * 1024 * 1024);
    QString error;
    const QByteArray tooLarge(AttachmentStore::maximumBytes + 1, 'x');
    QVERIFY(!AttachmentStore::add(*m_store, conferenceOwner, 1,
        QStringLiteral("Video hội nghị.mp4"), QStringLiteral("other"), tooLarge, &error));
    QVERIFY2(error.contains(QStringLiteral("“Video hội nghị.mp4”")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("50,1 MB")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("50 MB")), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_content")), 0);

    // Exactly the limit is accepted.
    const QByteArray largest(AttachmentStore::maximumBytes, 'y');
    QVERIFY2(AttachmentStore::add(*m_store, conferenceOwner, 1, QStringLiteral("Ảnh toàn cảnh.tif"),
                 QStringLiteral("photo"), largest, &error),
        qPrintable(error));
    QCOMPARE(
        count(QStringLiteral("SELECT byte_size FROM attachment")), AttachmentStore::maximumBytes);
}

void TestAttachmentStore::emptyFileIsRefused()
{
    QString error;
    QVERIFY(!AttachmentStore::add(*m_store, conferenceOwner, 1, QStringLiteral("trống.pdf"),
        QStringLiteral("report"), QByteArray(), &error));
    QVERIFY2(error.contains(QStringLiteral("“trống.pdf”")), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment")), 0);
}

void TestAttachmentStore::sameContentTwiceIsRefused()
{
    QString error;
    const QByteArray bytes = pdfBytes("báo cáo");
    QVERIFY2(AttachmentStore::add(*m_store, conferenceOwner, 1, QStringLiteral("Báo cáo.pdf"),
                 QStringLiteral("report"), bytes, &error),
        qPrintable(error));

    QVERIFY(!AttachmentStore::add(*m_store, conferenceOwner, 1, QStringLiteral("Báo cáo (1).pdf"),
        QStringLiteral("report"), bytes, &error));
    QVERIFY2(error.contains(QStringLiteral("“Báo cáo (1).pdf”"))
            && error.contains(QStringLiteral("“Báo cáo.pdf”")),
        qPrintable(error));
    error.clear();
    QVERIFY(!AttachmentStore::add(*m_store, conferenceOwner, 1, QStringLiteral("Báo cáo.pdf"),
        QStringLiteral("report"), bytes, &error));
    QVERIFY2(
        error.contains(QStringLiteral("“Báo cáo.pdf” is already attached")), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment")), 1);

    // The same report may belong to another conference too.
    QVERIFY2(AttachmentStore::add(*m_store, conferenceOwner, 2, QStringLiteral("Báo cáo.pdf"),
                 QStringLiteral("report"), bytes, &error),
        qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment")), 2);
}

void TestAttachmentStore::removeDeletesTheContentToo()
{
    QString error;
    const std::optional<qint64> kept = AttachmentStore::add(*m_store, conferenceOwner, 1,
        QStringLiteral("Giấy mời.pdf"), QStringLiteral("invitation"), pdfBytes("mời"), &error);
    const std::optional<qint64> removed = AttachmentStore::add(*m_store, conferenceOwner, 1,
        QStringLiteral("Biên bản.pdf"), QStringLiteral("minutes"), pdfBytes("biên bản"), &error);
    QVERIFY2(kept && removed, qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_content")), 2);

    QVERIFY2(AttachmentStore::remove(*m_store, *removed, &error), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_content")), 1);
    QCOMPARE(count(QStringLiteral("SELECT attachment_id FROM attachment_content")), *kept);
    QVERIFY(!AttachmentStore::read(*m_store, *removed, &error));
    QVERIFY2(error.contains(QString::number(*removed)), qPrintable(error));

    // Removed meanwhile from another window: gone either way, and nothing else is touched.
    QVERIFY2(AttachmentStore::remove(*m_store, *removed, &error), qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_content")), 1);
}

void TestAttachmentStore::listNeverReadsTheBytes()
{
    QString error;
    const QByteArray bytes(3 * 1024 * 1024 + 17, 'z');
    const std::optional<qint64> id = AttachmentStore::add(*m_store, conferenceOwner, 1,
        QStringLiteral("Ảnh.png"), QStringLiteral("photo"), bytes, &error);
    QVERIFY2(id, qPrintable(error));
    // With the bytes gone, a list that read (or measured) them would see nothing.
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM attachment_content")));
    const QList<AttachmentStore::Attachment> list
        = AttachmentStore::list(*m_store, conferenceOwner, 1);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().byteSize, qint64(bytes.size()));
    QCOMPARE(list.first().fileName, QStringLiteral("Ảnh.png"));

    QVERIFY(!AttachmentStore::read(*m_store, *id, &error));
    QVERIFY2(error.contains(QStringLiteral("“Ảnh.png”")), qPrintable(error));
}

void TestAttachmentStore::damagedContentIsNoticed()
{
    QString error;
    const std::optional<qint64> id
        = AttachmentStore::add(*m_store, conferenceOwner, 1, QStringLiteral("Quyết định.pdf"),
            QStringLiteral("decision"), pdfBytes("quyết định"), &error);
    QVERIFY2(id, qPrintable(error));
    QSqlQuery query(m_store->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE attachment_content SET data = x'00'")));
    QVERIFY(!AttachmentStore::read(*m_store, *id, &error));
    QVERIFY2(error.contains(QStringLiteral("“Quyết định.pdf”")), qPrintable(error));
    QVERIFY(!AttachmentStore::exportToTemporaryFile(*m_store, *id, &error));
}

void TestAttachmentStore::exportWritesIdenticalBytes()
{
    QString error;
    const QString name = QStringLiteral("Ảnh đại biểu dự hội nghị.jpg");
    const QByteArray bytes = jpegBytes();
    const std::optional<qint64> id = AttachmentStore::add(*m_store, conferenceOwner, 1,
        name.normalized(QString::NormalizationForm_D), QStringLiteral("photo"), bytes, &error);
    QVERIFY2(id, qPrintable(error));

    const std::optional<QString> path
        = AttachmentStore::exportToTemporaryFile(*m_store, *id, &error);
    QVERIFY2(path, qPrintable(error));
    const QFileInfo info(*path);
    QCOMPARE(info.fileName(), name);
    // In this run's private folder, a folder per export.
    const QString base = AttachmentStore::viewingFolder(&error);
    QVERIFY2(!base.isEmpty(), qPrintable(error));
    QCOMPARE(info.dir().absolutePath().section(QLatin1Char('/'), 0, -2), QDir(base).absolutePath());
    QFile file(*path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QVERIFY2(!(info.permissions() & QFileDevice::WriteOwner), "the opened copy is read-only");

    // A second export (the first still open in a viewer) goes to a folder of its own.
    const std::optional<QString> again
        = AttachmentStore::exportToTemporaryFile(*m_store, *id, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(*again != *path);
    QCOMPARE(QFileInfo(*again).fileName(), name);

    for (const QString &written : {*path, *again})
        QVERIFY(QDir(QFileInfo(written).absolutePath()).removeRecursively());
}

void TestAttachmentStore::exportNameIsSafeOnWindows()
{
    QString error;
    const std::optional<QString> path = AttachmentStore::writeTemporaryFile(
        QStringLiteral("Tờ trình: khen thưởng 2025/2026?.pdf"), pdfBytes(), &error);
    QVERIFY2(path, qPrintable(error));
    QCOMPARE(QFileInfo(*path).fileName(), QStringLiteral("Tờ trình_ khen thưởng 2025_2026_.pdf"));
    QVERIFY(QDir(QFileInfo(*path).absolutePath()).removeRecursively());
}

// An attachment of a secret conference opened for viewing was written to the shared temporary
// folder, where every account on the computer could read it until the next day.
void TestAttachmentStore::openedAttachmentsAreTheOwnersOnly()
{
    QString error;
    const std::optional<QString> path = AttachmentStore::writeTemporaryFile(
        QStringLiteral("Biên bản kiểm tra.pdf"), pdfBytes("mật"), &error);
    QVERIFY2(path, qPrintable(error));
    const QString folder = AttachmentStore::viewingFolder();
    QVERIFY(path->startsWith(folder + QLatin1Char('/')));
    const QString temp = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    QVERIFY2(QFileInfo(folder).absolutePath() != QDir(temp).absolutePath(),
        "not directly in the system's temporary folder");
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    // The run's folder, its parent, the export's folder and the file: nobody else's.
    for (const QString &each :
        {QFileInfo(folder).absolutePath(), folder, QFileInfo(*path).absolutePath(), *path}) {
        QVERIFY2(!(QFileInfo(each).permissions() & others), qPrintable(each));
        QVERIFY2(QFileInfo(each).permissions() & QFileDevice::ReadOwner, qPrintable(each));
    }
    QCOMPARE(QFileInfo(folder).permissions()
            & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | others),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestAttachmentStore::closingRemovesTheOpenedAttachments()
{
    QString error;
    const std::optional<QString> first = AttachmentStore::writeTemporaryFile(
        QStringLiteral("Quyết định.pdf"), pdfBytes("một"), &error);
    const std::optional<QString> second = AttachmentStore::writeTemporaryFile(
        QStringLiteral("Tờ trình.pdf"), pdfBytes("hai"), &error);
    QVERIFY2(first && second, qPrintable(error));
    const QString folder = AttachmentStore::viewingFolder();
    QVERIFY(QFile::exists(*first) && QFile::exists(*second));

    AttachmentStore::removeViewingFolder();
    QVERIFY(!QFile::exists(*first));
    QVERIFY(!QFile::exists(*second));
    QVERIFY(!QFileInfo::exists(folder));
    // The next one opened makes a folder again.
    const std::optional<QString> later = AttachmentStore::writeTemporaryFile(
        QStringLiteral("Báo cáo.pdf"), pdfBytes("ba"), &error);
    QVERIFY2(later, qPrintable(error));
    QVERIFY(QFile::exists(*later));
    AttachmentStore::removeViewingFolder();
    QVERIFY(!QFile::exists(*later));
}

// A power cut left the opened attachments of the last run; the next start removes them, not
// those of a copy of the program still running.
void TestAttachmentStore::startingRemovesWhatACrashLeft()
{
    QString error;
    const std::optional<QString> ours = AttachmentStore::writeTemporaryFile(
        QStringLiteral("Đang xem.pdf"), pdfBytes("đang xem"), &error);
    QVERIFY2(ours, qPrintable(error));
    const QString base = QFileInfo(AttachmentStore::viewingFolder()).absolutePath();
    // A run that ended without its cleanup: a folder whose lock names no running program.
    const QString crashed = QDir(base).filePath(QStringLiteral("run-crashed"));
    QVERIFY(QDir().mkpath(crashed + QStringLiteral("/abc123")));
    QFile left(crashed + QStringLiteral("/abc123/Biên bản.pdf"));
    QVERIFY(left.open(QIODevice::WriteOnly));
    left.write("%PDF-1.4 left behind");
    left.close();
    QFile lock(crashed + QStringLiteral("/.lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("999999999\nsecretariat\n" + QSysInfo::machineHostName().toLocal8Bit() + "\n");
    lock.close();

    AttachmentStore::removeLeftoverViewingFolders();
    QVERIFY(!QFileInfo::exists(crashed));
    // This run's own, locked, stays.
    QVERIFY(QFile::exists(*ours));
    AttachmentStore::removeViewingFolder();
}

void TestAttachmentStore::deletingTheConferenceRemovesItsAttachments()
{
    const qint64 conference = newConference(QStringLiteral("Giao ban Văn phòng tháng 3"));
    QVERIFY(conference > 0);
    QString error;
    QVERIFY2(AttachmentStore::add(*m_store, conferenceOwner, conference, QStringLiteral("Mời.pdf"),
                 QStringLiteral("invitation"), pdfBytes("giao ban"), &error),
        qPrintable(error));
    QVERIFY2(AttachmentStore::add(*m_store, conferenceOwner, 1, QStringLiteral("Khác.pdf"),
                 QStringLiteral("other"), pdfBytes("khác"), &error),
        qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_content")), 2);

    const Store::Result removed = m_store->remove(QStringLiteral("conference"), conference);
    QVERIFY2(removed.ok(), qPrintable(removed.error));
    QVERIFY(AttachmentStore::list(*m_store, conferenceOwner, conference).isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_content")), 1);
}

void TestAttachmentStore::addWritesInsideTheCallersTransaction()
{
    QString error;
    {
        Store::Write transaction(m_store.get());
        QVERIFY(transaction.isActive());
        QVERIFY2(AttachmentStore::add(*m_store, conferenceOwner, 1, QStringLiteral("Mời.pdf"),
                     QStringLiteral("invitation"), pdfBytes("1"), &error),
            qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_content")), 1);
        // Rolled back with the caller's save: add() did not commit on its own.
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_content")), 0);
    {
        Store::Write transaction(m_store.get());
        QVERIFY2(AttachmentStore::add(*m_store, conferenceOwner, 1, QStringLiteral("Mời.pdf"),
                     QStringLiteral("invitation"), pdfBytes("1"), &error),
            qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_content")), 1);
    // With no transaction open it wraps itself, and leaves none open behind.
    QVERIFY2(AttachmentStore::add(*m_store, conferenceOwner, 1, QStringLiteral("Báo cáo.pdf"),
                 QStringLiteral("report"), pdfBytes("2"), &error),
        qPrintable(error));
    Store::Write after(m_store.get());
    QVERIFY2(after.isActive(), qPrintable(after.errorString()));
}

void TestAttachmentStore::updateChangesKindAndNote()
{
    QString error;
    const std::optional<qint64> id = AttachmentStore::add(*m_store, conferenceOwner, 1,
        QStringLiteral("IMG_0412.jpg"), QStringLiteral("other"), jpegBytes(), &error);
    QVERIFY2(id, qPrintable(error));
    const QString note = QStringLiteral("Đồng chí Bí thư phát biểu khai mạc");
    QVERIFY2(AttachmentStore::update(*m_store, *id, QStringLiteral("photo"),
                 note.normalized(QString::NormalizationForm_D) + u' ', &error),
        qPrintable(error));
    AttachmentStore::Attachment stored
        = AttachmentStore::list(*m_store, conferenceOwner, 1).value(0);
    QCOMPARE(stored.kind, QStringLiteral("photo"));
    QCOMPARE(stored.note, note);

    QVERIFY(!AttachmentStore::update(*m_store, *id, QStringLiteral("video"), note, &error));
    QVERIFY2(error.contains(QStringLiteral("video")), qPrintable(error));
    QVERIFY2(AttachmentStore::update(*m_store, *id, QStringLiteral("photo"), QString(), &error),
        qPrintable(error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment WHERE note IS NULL")), 1);
}

void TestAttachmentStore::unknownOwnerColumnIsRefused()
{
    for (const QString &column :
        {QStringLiteral("person_id"), QStringLiteral("conference_id = 1 OR 1 = 1 --"), QString()}) {
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not an owner")));
        QVERIFY(!AttachmentStore::add(*m_store, column, 1, QStringLiteral("x.pdf"),
            QStringLiteral("other"), pdfBytes(), &error));
        QVERIFY2(!error.isEmpty(), qPrintable(column));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not an owner")));
        QVERIFY(AttachmentStore::list(*m_store, column, 1).isEmpty());
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment")), 0);
    for (const char *column :
        {"conference_id", "inspection_team_id", "finding_id", "commendation_id"})
        QVERIFY(AttachmentStore::isOwnerColumn(QLatin1String(column)));
}

void TestAttachmentStore::sizesAreWrittenTheVietnameseWay_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("bytes") << qint64(312) << QStringLiteral("312 bytes");
    QTest::newRow("1 KB") << qint64(1024) << QStringLiteral("1 KB");
    QTest::newRow("850 KB") << qint64(850 * 1024 + 100) << QStringLiteral("850 KB");
    QTest::newRow("1,2 MB") << qint64(1.2 * 1024 * 1024) << QStringLiteral("1,2 MB");
    QTest::newRow("just under 1 MB") << qint64(1024 * 1024 - 10) << QStringLiteral("1 MB");
    QTest::newRow("50 MB") << AttachmentStore::maximumBytes << QStringLiteral("50 MB");
    QTest::newRow("1.234 MB") << qint64(1234) * 1024 * 1024 << QStringLiteral("1.234 MB");
}

void TestAttachmentStore::sizesAreWrittenTheVietnameseWay()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, shown);
    QCOMPARE(AttachmentStore::formatSize(bytes), shown);
}

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
