#include "cli/demodata.h"
#include "gui/common/attachmentspanel.h"
#include "gui/common/valuecombobox.h"
#include "storage/attachmentstore.h"
#include "storage/store.h"
#include "teststore.h"
#include "guitestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using GuiTestSupport::answerNextMessageBox;
using GuiTestSupport::typeText;

namespace {

const QString conferenceOwner = QStringLiteral("conference_id");
const QByteArray invitationBytes("%PDF-1.7\n% giấy mời\n%%EOF\n");

// Bytes that differ from file to file, so no two test files are "the same file".
QByteArray content(qint64 size, char seed)
{
    QByteArray bytes(size, seed);
    for (qint64 i = 0; i < size; i += 4096)
        bytes[i] = char(i / 4096 + seed);
    return bytes;
}

} // namespace

class TestAttachmentsPanel : public QObject
{
    Q_OBJECT

public slots:
    // Stands in for the system viewer (QDesktopServices::setUrlHandler).
    void openFile(const QUrl &url) { m_opened << url; }

private slots:
    void init();
    void cleanup();
    void loadsTheDemoConference();
    void addedFilesShowWithKindWordsAndSizes();
    void saveInsideTheEditorsTransactionWritesThem();
    void rolledBackSaveKeepsEverythingToSaveAgain();
    void removedRowIsDeletedOnSave();
    void removeButtonAsksFirst();
    void revertDropsUnsavedAdds();
    void kindAndNoteAreEditedInTheTable();
    void tooLargeUnreadableAndDuplicateFilesAreLeftOut();
    void newRecordGetsItsFilesOnFirstSave();
    void openShowsACopyAndSaveAsWritesOne();
    void layoutIsNotClipped();

private:
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    qint64 count(const QString &sql) const;
    template <typename T> T *child(const char *name) const
    {
        auto *widget = m_panel->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    QString cell(int row, int column) const
    {
        return m_panel->model()->index(row, column).data().toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AttachmentsPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<QUrl> m_opened;
    QString m_report;
    QString m_photo;
};

void TestAttachmentsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = TestSupport::open(
        m_dir->filePath(QStringLiteral("p.sqlite")), Store::OpenMode::CreateNew);
    QVERIFY(m_store);
    QString error;
    QVERIFY2(DemoData::populate(*m_store, &error), qPrintable(error));
    // The invitation came with the conference; it is already stored.
    QVERIFY2(AttachmentStore::add(*m_store, conferenceOwner, 1, QStringLiteral("Giấy mời.pdf"),
                 QStringLiteral("invitation"), invitationBytes, &error),
        qPrintable(error));

    // A Vietnamese name as a Mac or a zip file writes it (NFD), 1,2 MB; a photo of 850 KB.
    m_report = writeFile(QStringLiteral("Báo cáo tổng kết 10 năm Chỉ thị 05.pdf")
                             .normalized(QString::NormalizationForm_D),
        "%PDF-1.7\n" + content(qint64(1.2 * 1024 * 1024) - 9, 'r'));
    m_photo = writeFile(QStringLiteral("IMG_2031.jpg"),
        QByteArray("\xFF\xD8\xFF\xE0", 4) + content(850 * 1024 - 4, 'p'));

    m_panel = std::make_unique<AttachmentsPanel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->load(m_store.get(), conferenceOwner, 1);
}

void TestAttachmentsPanel::cleanup()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    m_opened.clear();
    m_tester.reset();
    m_panel.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestAttachmentsPanel::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

qint64 TestAttachmentsPanel::count(const QString &sql) const
{
    QSqlQuery query(m_store->connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

void TestAttachmentsPanel::loadsTheDemoConference()
{
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QCOMPARE(cell(0, AttachmentsPanel::FileNameColumn), QStringLiteral("Giấy mời.pdf"));
    QCOMPARE(cell(0, AttachmentsPanel::KindColumn), QStringLiteral("Invitation"));
    QCOMPARE(cell(0, AttachmentsPanel::AddedColumn), QDate::currentDate().toString("dd/MM/yyyy"));
    const QString size = QStringLiteral("%1 bytes").arg(invitationBytes.size());
    QCOMPARE(cell(0, AttachmentsPanel::SizeColumn), size);
    QVERIFY(!m_panel->isDirty());
    QVERIFY2(child<QLabel>("countLabel")->text().contains(size),
        qPrintable(child<QLabel>("countLabel")->text()));

    // Another conference has nothing attached.
    m_panel->load(m_store.get(), conferenceOwner, 2);
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(!child<QPushButton>("openButton")->isEnabled());
    QVERIFY(!child<QPushButton>("removeButton")->isEnabled());
}

void TestAttachmentsPanel::addedFilesShowWithKindWordsAndSizes()
{
    QSignalSpy changed(m_panel.get(), &AttachmentsPanel::changed);
    QVERIFY2(m_panel->addFiles({m_report, m_photo}, QStringLiteral("report")),
        qPrintable(m_panel->message()));
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_panel->isDirty());
    QVERIFY(m_panel->message().isEmpty());
    QCOMPARE(m_panel->model()->rowCount(), 3);
    QCOMPARE(cell(1, AttachmentsPanel::FileNameColumn),
        QStringLiteral("Báo cáo tổng kết 10 năm Chỉ thị 05.pdf"));
    QCOMPARE(cell(1, AttachmentsPanel::KindColumn), QStringLiteral("Report"));
    QCOMPARE(cell(1, AttachmentsPanel::SizeColumn), QStringLiteral("1,2 MB"));
    QCOMPARE(cell(2, AttachmentsPanel::FileNameColumn), QStringLiteral("IMG_2031.jpg"));
    QCOMPARE(cell(2, AttachmentsPanel::SizeColumn), QStringLiteral("850 KB"));
    QCOMPARE(cell(2, AttachmentsPanel::AddedColumn), QDate::currentDate().toString("dd/MM/yyyy"));
    // The last file added is the current one, ready to open.
    QCOMPARE(m_panel->currentRow(), 2);
    QVERIFY(child<QPushButton>("openButton")->isEnabled());
    QVERIFY2(child<QLabel>("countLabel")->text().contains(QStringLiteral("2 MB")),
        qPrintable(child<QLabel>("countLabel")->text()));
    // Nothing is written before the owner's save.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment")), 1);
}

void TestAttachmentsPanel::saveInsideTheEditorsTransactionWritesThem()
{
    QVERIFY(m_panel->addFiles({m_report, m_photo}, QStringLiteral("report")));
    QString error;
    {
        Store::Write transaction(m_store.get());
        QVERIFY(transaction.isActive());
        QVERIFY2(m_panel->save(1, &error), qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment WHERE conference_id = 1")), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_content")), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment WHERE file_name = "
                                  "'Báo cáo tổng kết 10 năm Chỉ thị 05.pdf' AND kind = 'report' "
                                  "AND media_type = 'application/pdf'")),
        1);
    const QList<AttachmentStore::Attachment> stored
        = AttachmentStore::list(*m_store, conferenceOwner, 1);
    QCOMPARE(stored.size(), 3);
    QFile photo(m_photo);
    QVERIFY(photo.open(QIODevice::ReadOnly));
    QCOMPARE(AttachmentStore::read(*m_store, stored.at(2).id, &error).value_or(QByteArray()),
        photo.readAll());

    // The editor loads the panel again after its commit.
    m_panel->load(m_store.get(), conferenceOwner, 1);
    QVERIFY(!m_panel->isDirty());
    QCOMPARE(m_panel->model()->rowCount(), 3);
}

void TestAttachmentsPanel::rolledBackSaveKeepsEverythingToSaveAgain()
{
    QVERIFY(m_panel->addFiles({m_report}, QStringLiteral("report")));
    QString error;
    {
        Store::Write transaction(m_store.get());
        QVERIFY2(m_panel->save(1, &error), qPrintable(error));
        // Another part of the editor's save failed: rolled back.
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment")), 1);
    QVERIFY(m_panel->isDirty());
    QCOMPARE(m_panel->model()->rowCount(), 2);
    {
        Store::Write transaction(m_store.get());
        QVERIFY2(m_panel->save(1, &error), qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment")), 2);
}

void TestAttachmentsPanel::removedRowIsDeletedOnSave()
{
    QVERIFY(m_panel->addFiles({m_report, m_photo}, QStringLiteral("photo")));
    QString error;
    {
        Store::Write transaction(m_store.get());
        QVERIFY2(m_panel->save(1, &error) && transaction.commit(&error), qPrintable(error));
    }
    m_panel->load(m_store.get(), conferenceOwner, 1);
    QSignalSpy changed(m_panel.get(), &AttachmentsPanel::changed);
    QVERIFY(m_panel->removeRow(0));
    QVERIFY(!m_panel->removeRow(7));
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_panel->isDirty());
    QCOMPARE(m_panel->model()->rowCount(), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment")), 3);
    {
        Store::Write transaction(m_store.get());
        QVERIFY2(m_panel->save(1, &error) && transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment_content")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment WHERE file_name = "
                                  "'Giấy mời.pdf'")),
        0);

    // A file added and removed again before saving never reaches the store.
    m_panel->load(m_store.get(), conferenceOwner, 1);
    const QString other = writeFile(QStringLiteral("Nháp.pdf"), "%PDF-1.4\nnháp\n");
    QVERIFY(m_panel->addFiles({other}, QStringLiteral("other")));
    QVERIFY(m_panel->removeRow(2));
    QVERIFY(!m_panel->isDirty());
}

void TestAttachmentsPanel::removeButtonAsksFirst()
{
    m_panel->show();
    auto *table = child<QTableView>("attachmentsTableView");
    table->setCurrentIndex(m_panel->model()->index(0, 0));
    QString question;
    answerNextMessageBox(QMessageBox::No, &question);
    child<QPushButton>("removeButton")->click();
    QVERIFY2(question.contains(QStringLiteral("“Giấy mời.pdf”")), qPrintable(question));
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QVERIFY(!m_panel->isDirty());

    answerNextMessageBox(QMessageBox::Yes);
    child<QPushButton>("removeButton")->click();
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(m_panel->isDirty());
}

void TestAttachmentsPanel::revertDropsUnsavedAdds()
{
    QVERIFY(m_panel->addFiles({m_report, m_photo}, QStringLiteral("report")));
    QVERIFY(m_panel->removeRow(0));
    QCOMPARE(m_panel->model()->rowCount(), 2);
    m_panel->revert();
    QVERIFY(!m_panel->isDirty());
    QCOMPARE(m_panel->model()->rowCount(), 1);
    QCOMPARE(cell(0, AttachmentsPanel::FileNameColumn), QStringLiteral("Giấy mời.pdf"));
    QString error;
    {
        Store::Write transaction(m_store.get());
        QVERIFY2(m_panel->save(1, &error) && transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment")), 1);
}

void TestAttachmentsPanel::kindAndNoteAreEditedInTheTable()
{
    QAbstractItemModel *model = m_panel->model();
    QSignalSpy changed(m_panel.get(), &AttachmentsPanel::changed);
    QVERIFY(model->flags(model->index(0, AttachmentsPanel::NoteColumn)) & Qt::ItemIsEditable);
    QVERIFY(
        !(model->flags(model->index(0, AttachmentsPanel::FileNameColumn)) & Qt::ItemIsEditable));
    QVERIFY(
        model->setData(model->index(0, AttachmentsPanel::KindColumn), QStringLiteral("decision")));
    QVERIFY(model->setData(
        model->index(0, AttachmentsPanel::NoteColumn), QStringLiteral("Bản có chữ ký, đóng dấu")));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(cell(0, AttachmentsPanel::KindColumn), QStringLiteral("Decision"));
    QVERIFY(m_panel->isDirty());
    QString error;
    {
        Store::Write transaction(m_store.get());
        QVERIFY2(m_panel->save(1, &error) && transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment WHERE kind = 'decision' AND "
                                  "note = 'Bản có chữ ký, đóng dấu'")),
        1);

    // A note typed for a file not saved yet is written with it.
    m_panel->load(m_store.get(), conferenceOwner, 1);
    QVERIFY(m_panel->addFiles({m_photo}, QStringLiteral("photo")));
    QVERIFY(model->setData(
        model->index(1, AttachmentsPanel::NoteColumn), QStringLiteral("Toàn cảnh hội trường")));
    {
        Store::Write transaction(m_store.get());
        QVERIFY2(m_panel->save(1, &error) && transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachment WHERE kind = 'photo' AND "
                                  "note = 'Toàn cảnh hội trường'")),
        1);
}

void TestAttachmentsPanel::tooLargeUnreadableAndDuplicateFilesAreLeftOut()
{
    // 51 MB without writing them: a sparse file.
    const QString film = m_dir->filePath(QStringLiteral("Phim hội nghị.mp4"));
    {
        QFile file(film);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(51 * 1024 * 1024));
    }
    QVERIFY(!m_panel->addFiles({film, m_photo}, QStringLiteral("photo")));
    QVERIFY2(m_panel->message().contains(QStringLiteral("“Phim hội nghị.mp4”"))
            && m_panel->message().contains(QStringLiteral("51 MB"))
            && m_panel->message().contains(QStringLiteral("50 MB")),
        qPrintable(m_panel->message()));
    QVERIFY(child<QLabel>("messageLabel")->isVisibleTo(m_panel.get()));
    // The photo chosen with it is added all the same.
    QCOMPARE(m_panel->model()->rowCount(), 2);
    QCOMPARE(cell(1, AttachmentsPanel::FileNameColumn), QStringLiteral("IMG_2031.jpg"));

    // The same photo under another name, and the stored invitation again.
    const QString copy = m_dir->filePath(QStringLiteral("Ảnh hội trường.jpg"));
    QVERIFY(QFile::copy(m_photo, copy));
    const QString invitation = writeFile(QStringLiteral("Giấy mời (1).pdf"), invitationBytes);
    const QString missing = m_dir->filePath(QStringLiteral("Đã xóa.pdf"));
    const QString empty = writeFile(QStringLiteral("Rỗng.docx"), QByteArray());
    QVERIFY(!m_panel->addFiles(
        {copy, invitation, missing, empty, m_dir->path()}, QStringLiteral("photo")));
    const QString message = m_panel->message();
    QVERIFY2(message.contains(QStringLiteral("“Ảnh hội trường.jpg” is the same file as "
                                             "“IMG_2031.jpg”")),
        qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("“Giấy mời (1).pdf” is the same file as "
                                             "“Giấy mời.pdf”")),
        qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Đã xóa.pdf")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("“Rỗng.docx” is empty")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("folder")), qPrintable(message));
    QCOMPARE(m_panel->model()->rowCount(), 2);

    // The next successful action clears the sentence.
    QVERIFY(m_panel->addFiles({m_report}, QStringLiteral("report")));
    QVERIFY(m_panel->message().isEmpty());
    QVERIFY(!child<QLabel>("messageLabel")->isVisibleTo(m_panel.get()));
}

void TestAttachmentsPanel::newRecordGetsItsFilesOnFirstSave()
{
    m_panel->load(m_store.get(), conferenceOwner, 0);
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(m_panel->addFiles({m_report, m_photo}, QStringLiteral("report")));
    QVERIFY(m_panel->isDirty());
    QString error;
    qint64 id = 0;
    {
        // What the editor's save does: the record first, then what it owns.
        Store::Write transaction(m_store.get());
        const std::optional<qint64> inserted = m_store->insert(QStringLiteral("conference"),
            {{QStringLiteral("kind"), QStringLiteral("briefing")},
                {QStringLiteral("title"), QStringLiteral("Giao ban Văn phòng quý I")}},
            &error);
        QVERIFY2(inserted, qPrintable(error));
        id = *inserted;
        QVERIFY2(m_panel->save(id, &error), qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(AttachmentStore::list(*m_store, conferenceOwner, id).size(), 2);
    m_panel->load(m_store.get(), conferenceOwner, id);
    QCOMPARE(m_panel->model()->rowCount(), 2);
    QVERIFY(!m_panel->isDirty());
}

void TestAttachmentsPanel::openShowsACopyAndSaveAsWritesOne()
{
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openFile");
    QFile invitation;
    // A stored file: exported from the database.
    QVERIFY2(m_panel->openRow(0), qPrintable(m_panel->message()));
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(QFileInfo(m_opened.first().toLocalFile()).fileName(), QStringLiteral("Giấy mời.pdf"));
    invitation.setFileName(m_opened.first().toLocalFile());
    QVERIFY(invitation.open(QIODevice::ReadOnly));
    QCOMPARE(invitation.readAll(), invitationBytes);

    // A file added but not saved yet opens too; Enter on the table does the same.
    QVERIFY(m_panel->addFiles({m_report}, QStringLiteral("report")));
    auto *table = child<QTableView>("attachmentsTableView");
    table->setCurrentIndex(m_panel->model()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_opened.size(), 2);
    QFile report(m_report);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray reportBytes = report.readAll();
    QFile opened(m_opened.last().toLocalFile());
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QCOMPARE(opened.readAll(), reportBytes);
    for (const QUrl &url : std::as_const(m_opened))
        QDir(QFileInfo(url.toLocalFile()).absolutePath()).removeRecursively();

    const QString copy = m_dir->filePath(QStringLiteral("Bản sao giấy mời.pdf"));
    QVERIFY2(m_panel->saveCopy(0, copy), qPrintable(m_panel->message()));
    QFile saved(copy);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), invitationBytes);
    QVERIFY(!m_panel->saveCopy(1, m_dir->filePath(QStringLiteral("no/such/folder/x.pdf"))));
    QVERIFY2(m_panel->message().contains(QStringLiteral("could not be saved")),
        qPrintable(m_panel->message()));
}

void TestAttachmentsPanel::layoutIsNotClipped()
{
    QVERIFY(m_panel->addFiles({m_report, m_photo}, QStringLiteral("photo")));
    m_panel->model()->setData(m_panel->model()->index(0, AttachmentsPanel::NoteColumn),
        QStringLiteral("Bản có chữ ký, đóng dấu đỏ"));
    // As the conference editor's tab holds it.
    m_panel->resize(760, 420);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    for (const QLabel *label : m_panel->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty())
            QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
    }
    for (const QAbstractButton *button : m_panel->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !button->text().isEmpty())
            QVERIFY2(
                button->width() >= button->minimumSizeHint().width(), qPrintable(button->text()));
    }
    auto *kind = child<ValueComboBox>("attachmentKindComboBox");
    QVERIFY(kind->width() >= kind->minimumSizeHint().width());
    QCOMPARE(kind->count(), 7);
    auto *table = child<QTableView>("attachmentsTableView");
    // Every column, the note too, shows its text whole without scrolling sideways.
    QVERIFY2(!table->horizontalScrollBar()->isVisible(), "the columns are wider than the tab");
    for (int column = 0; column < AttachmentsPanel::ColumnCount; ++column) {
        const int needed = qMax(static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column),
            table->horizontalHeader()->sectionSizeHint(column));
        QVERIFY2(table->columnWidth(column) >= needed,
            qPrintable(QStringLiteral("column %1: %2 < %3")
                           .arg(column)
                           .arg(table->columnWidth(column))
                           .arg(needed)));
    }
    const QString path = QDir(QDir::tempPath()).filePath(QStringLiteral("attachmentspanel.png"));
    QVERIFY(m_panel->grab().save(path));

    // Nothing attached yet, and a refused file: the hint and the sentence are read whole.
    m_panel->load(m_store.get(), conferenceOwner, 2);
    const QString film = m_dir->filePath(QStringLiteral("Phim tư liệu hội nghị (bản gốc).mp4"));
    {
        QFile file(film);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(AttachmentStore::maximumBytes * 3));
    }
    QVERIFY(!m_panel->addFiles({film}, QStringLiteral("other")));
    QApplication::processEvents();
    auto *message = child<QLabel>("messageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->height() >= message->heightForWidth(message->width()),
        qPrintable(message->text()));
    auto *countLabel = child<QLabel>("countLabel");
    QVERIFY2(countLabel->width() >= countLabel->minimumSizeHint().width(),
        qPrintable(countLabel->text()));
    QVERIFY(m_panel->grab().save(
        QDir(QDir::tempPath()).filePath(QStringLiteral("attachmentspanel-refused.png"))));
}

QTEST_MAIN(TestAttachmentsPanel)
#include "tst_attachmentspanel.moc"
