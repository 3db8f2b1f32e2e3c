#include "attachmentspanel.h"
#include "rolegate.h"
#include "ui_attachmentspanel.h"

#include "choicedelegate.h"
#include "filedialogs.h"
#include "core/clock.h"
#include "core/labels.h"
#include "io/safefile.h"
#include "storage/attachmentstore.h"
#include "storage/store.h"
#include "text/vietnamesetext.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QMessageBox>
#include <QMimeData>
#include <QMimeDatabase>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>

#include <algorithm>

namespace {

QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

// The attachments as the table shows them. Rows added since load() carry their bytes until the
// owner is saved; stored rows carry only their metadata.
class AttachmentsPanel::Model : public QAbstractTableModel
{
public:
    struct Row
    {
        AttachmentStore::Attachment attachment; // id 0 until saved
        QByteArray bytes; // a file added since load()
        bool edited = false; // kind or note changed
    };

    explicit Model(QObject *parent)
        : QAbstractTableModel(parent)
    { }

    void reset(const QList<AttachmentStore::Attachment> &stored)
    {
        beginResetModel();
        m_rows.clear();
        m_removed.clear();
        for (const AttachmentStore::Attachment &attachment : stored)
            m_rows.append({attachment, QByteArray(), false});
        endResetModel();
    }

    void append(const Row &row)
    {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size()));
        m_rows.append(row);
        endInsertRows();
    }

    void remove(int row)
    {
        beginRemoveRows(QModelIndex(), row, row);
        if (m_rows.at(row).attachment.id)
            m_removed << m_rows.at(row).attachment.id;
        m_rows.removeAt(row);
        endRemoveRows();
    }

    const QVector<Row> &rows() const { return m_rows; }
    const QList<qint64> &removed() const { return m_removed; }

    bool isDirty() const
    {
        if (!m_removed.isEmpty())
            return true;
        for (const Row &row : m_rows) {
            if (!row.attachment.id || row.edited)
                return true;
        }
        return false;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row &row = m_rows.at(index.row());
        const AttachmentStore::Attachment &attachment = row.attachment;
        const bool unsaved = attachment.id == 0;
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            switch (index.column()) {
            case FileNameColumn:
                return attachment.fileName;
            case KindColumn:
                return role == Qt::EditRole
                    ? attachment.kind
                    : Labels::label(Labels::Enum::AttachmentKind, attachment.kind);
            case SizeColumn:
                return AttachmentStore::formatSize(attachment.byteSize);
            case AddedColumn:
                return VietnameseText::formDate(attachment.createdAt.date());
            case NoteColumn:
                return attachment.note;
            }
            break;
        case Qt::ToolTipRole:
            if (index.column() == SizeColumn)
                return AttachmentsPanel::tr("%1 bytes")
                    .arg(VietnameseText::formatInteger(attachment.byteSize));
            if (index.column() == FileNameColumn) {
                const QString type
                    = QMimeDatabase().mimeTypeForName(attachment.mediaType).comment();
                return unsaved ? AttachmentsPanel::tr("%1 — not saved yet").arg(type) : type;
            }
            break;
        case Qt::DecorationRole:
            if (index.column() == FileNameColumn)
                return icon(attachment.mediaType);
            break;
        case Qt::FontRole:
            // What is not in the database yet reads differently until the record is saved.
            if (unsaved) {
                QFont font;
                font.setItalic(true);
                return font;
            }
            break;
        case Qt::TextAlignmentRole:
            if (index.column() == SizeColumn || index.column() == AddedColumn)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            break;
        }
        return {};
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
            return false;
        AttachmentStore::Attachment &attachment = m_rows[index.row()].attachment;
        const QString text = value.toString();
        QString &field = index.column() == KindColumn ? attachment.kind : attachment.note;
        if (field == text || (index.column() == KindColumn && text.isEmpty()))
            return false;
        field = text;
        m_rows[index.row()].edited = true;
        emit dataChanged(index, index);
        return true;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case FileNameColumn:
            return AttachmentsPanel::tr("File");
        case KindColumn:
            return AttachmentsPanel::tr("Kind");
        case SizeColumn:
            return AttachmentsPanel::tr("Size");
        case AddedColumn:
            return AttachmentsPanel::tr("Added on");
        case NoteColumn:
            return AttachmentsPanel::tr("Note");
        }
        return {};
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags flags = QAbstractTableModel::flags(index);
        if (index.isValid() && (index.column() == KindColumn || index.column() == NoteColumn))
            flags |= Qt::ItemIsEditable;
        return flags;
    }

private:
    QIcon icon(const QString &mediaType) const
    {
        auto cached = m_icons.constFind(mediaType);
        if (cached != m_icons.cend())
            return *cached;
        const QMimeType type = QMimeDatabase().mimeTypeForName(mediaType);
        const QIcon fallback = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        const QIcon icon
            = QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName(), fallback));
        m_icons.insert(mediaType, icon);
        return icon;
    }

    QVector<Row> m_rows;
    QList<qint64> m_removed;
    mutable QHash<QString, QIcon> m_icons;
};

AttachmentsPanel::AttachmentsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AttachmentsPanel>())
    , m_model(new Model(this))
{
    m_ui->setupUi(this);
    m_ui->attachmentKindComboBox->setChoices(Labels::choices(Labels::Enum::AttachmentKind));
    m_ui->attachmentKindComboBox->setValue(QStringLiteral("invitation"));
    m_ui->messageLabel->hide();
    setAcceptDrops(true);

    QTableView *table = m_ui->attachmentsTableView;
    table->setModel(m_model);
    table->setItemDelegateForColumn(
        KindColumn, new ChoiceDelegate(Labels::Enum::AttachmentKind, this));
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);

    connect(m_ui->addButton, &QPushButton::clicked, this, &AttachmentsPanel::addFromDialog);
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] { openRow(currentRow()); });
    connect(m_ui->saveAsButton, &QPushButton::clicked, this, &AttachmentsPanel::saveCurrentAs);
    connect(
        m_ui->removeButton, &QPushButton::clicked, this, &AttachmentsPanel::askAndRemoveCurrent);
    // Double-click and Enter open the file, as in the file manager.
    connect(table, &QTableView::activated, this,
        [this](const QModelIndex &index) { openRow(index.row()); });
    auto *deleteShortcut
        = new QShortcut(QKeySequence::Delete, table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &AttachmentsPanel::askAndRemoveCurrent);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &AttachmentsPanel::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        fitColumns();
        updateState();
        emit changed();
    });
    updateState();
}

AttachmentsPanel::~AttachmentsPanel() = default;

void AttachmentsPanel::load(Store *store, const QString &ownerColumn, qint64 ownerId)
{
    m_store = store;
    m_ownerColumn = ownerColumn;
    m_ownerId = ownerId;
    // Opening a file to read it is everyone's; saving a copy is an export; adding and removing
    // change the record.
    m_ui->openButton->setProperty(RoleGate::readOnlyKeeps, true);
    RoleGate::gate(m_ui->saveAsButton, store, Access::Action::Print);
    RoleGate::gate(m_ui->addButton, store, Access::Action::Edit);
    RoleGate::gate(m_ui->removeButton, store, Access::Action::Edit);
    m_model->reset(ownerId > 0 ? AttachmentStore::list(*store, ownerColumn, ownerId)
                               : QList<AttachmentStore::Attachment>());
    showMessage(QString());
    fitColumns();
    updateState();
}

bool AttachmentsPanel::save(qint64 ownerId, QString *error) const
{
    for (const qint64 id : m_model->removed()) {
        if (!AttachmentStore::remove(*m_store, id, error))
            return false;
    }
    for (const Model::Row &row : m_model->rows()) {
        const AttachmentStore::Attachment &attachment = row.attachment;
        if (!attachment.id) {
            const std::optional<qint64> id = AttachmentStore::add(*m_store, m_ownerColumn, ownerId,
                attachment.fileName, attachment.kind, row.bytes, error);
            if (!id
                || (!attachment.note.trimmed().isEmpty()
                    && !AttachmentStore::update(
                        *m_store, *id, attachment.kind, attachment.note, error)))
                return false;
        } else if (row.edited
            && !AttachmentStore::update(
                *m_store, attachment.id, attachment.kind, attachment.note, error)) {
            return false;
        }
    }
    return true;
}

bool AttachmentsPanel::isDirty() const
{
    return m_model->isDirty();
}

void AttachmentsPanel::revert()
{
    load(m_store, m_ownerColumn, m_ownerId);
}

bool AttachmentsPanel::addFiles(const QStringList &paths, const QString &kind)
{
    QStringList problems;
    int added = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString name = VietnameseText::nfc(info.fileName());
        QString sentence;
        if (!info.exists()) {
            problems << tr("“%1” was not found.").arg(QDir::toNativeSeparators(path));
            continue;
        }
        if (info.isDir()) {
            problems << tr("“%1” is a folder; choose the files in it.").arg(name);
            continue;
        }
        // Checked before reading, so a film of several gigabytes is never loaded.
        if (!AttachmentStore::checkSize(name, info.size(), &sentence)) {
            problems << sentence;
            continue;
        }
        const std::optional<QByteArray> read = AttachmentStore::readFile(path, &sentence);
        if (!read) {
            problems << sentence;
            continue;
        }
        const QByteArray &bytes = *read;
        if (!AttachmentStore::checkSize(name, bytes.size(), &sentence)) {
            problems << sentence;
            continue;
        }
        const QString hash = AttachmentStore::sha256(bytes);
        const auto same = std::find_if(m_model->rows().cbegin(), m_model->rows().cend(),
            [&hash](const Model::Row &row) { return row.attachment.sha256 == hash; });
        if (same != m_model->rows().cend()) {
            problems << AttachmentStore::duplicateSentence(name, same->attachment.fileName);
            continue;
        }
        AttachmentStore::Attachment attachment;
        attachment.fileName = name;
        attachment.kind = kind.isEmpty() ? QStringLiteral("other") : kind;
        attachment.mediaType = AttachmentStore::mediaType(name, bytes);
        attachment.byteSize = bytes.size();
        attachment.sha256 = hash;
        attachment.createdAt = Clock::application()->now().toLocalTime();
        m_model->append({attachment, bytes, false});
        ++added;
    }
    if (added) {
        fitColumns();
        m_ui->attachmentsTableView->setCurrentIndex(
            m_model->index(m_model->rowCount() - 1, FileNameColumn));
        emit changed();
    }
    showMessage(problems.join(QLatin1Char('\n')));
    updateState();
    return problems.isEmpty();
}

bool AttachmentsPanel::removeRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    m_model->remove(row);
    showMessage(QString());
    updateState();
    emit changed();
    return true;
}

std::optional<QByteArray> AttachmentsPanel::bytesOf(int row, QString *error) const
{
    const Model::Row &chosen = m_model->rows().at(row);
    if (!chosen.attachment.id)
        return chosen.bytes;
    return AttachmentStore::read(*m_store, chosen.attachment.id, error);
}

bool AttachmentsPanel::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const Model::Row &chosen = m_model->rows().at(row);
    QString error;
    const std::optional<QString> path = chosen.attachment.id
        ? AttachmentStore::exportToTemporaryFile(*m_store, chosen.attachment.id, &error)
        : AttachmentStore::writeTemporaryFile(chosen.attachment.fileName, chosen.bytes, &error);
    if (!path) {
        showMessage(error);
        return false;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*path))) {
        showMessage(tr("No program on this computer opens “%1”. Save a copy and open it from "
                       "there.")
                        .arg(chosen.attachment.fileName));
        return false;
    }
    showMessage(QString());
    return true;
}

bool AttachmentsPanel::saveCopy(int row, const QString &path)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    QString error;
    const std::optional<QByteArray> bytes = bytesOf(row, &error);
    if (!bytes) {
        showMessage(error);
        return false;
    }
    if (!SafeFile::write(path, *bytes, &error)) {
        showMessage(
            tr("The copy could not be saved as %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    showMessage(QString());
    return true;
}

QAbstractItemModel *AttachmentsPanel::model() const
{
    return m_model;
}

int AttachmentsPanel::currentRow() const
{
    const QModelIndex current = m_ui->attachmentsTableView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QString AttachmentsPanel::message() const
{
    return m_ui->messageLabel->text();
}

void AttachmentsPanel::addFromDialog()
{
    if (m_lastFolder.isEmpty())
        m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList paths = FileDialogs::openFiles(this, tr("Add files"), m_lastFolder,
        tr("Documents and photos (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.ppt *.pptx "
           "*.jpg *.jpeg *.png *.tif *.tiff *.heic);;All files (*)"));
    if (paths.isEmpty())
        return;
    m_lastFolder = QFileInfo(paths.first()).absolutePath();
    addFiles(paths, m_ui->attachmentKindComboBox->value().toString());
}

void AttachmentsPanel::askAndRemoveCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString name = m_model->rows().at(row).attachment.fileName;
    if (QMessageBox::question(this, tr("Remove attachment"),
            tr("Remove “%1” from the attachments? It is deleted from the "
               "database when you save.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes)
        removeRow(row);
}

void AttachmentsPanel::saveCurrentAs()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFile(this, tr("Save a copy"),
        QDir(folder).filePath(m_model->rows().at(row).attachment.fileName), tr("All files (*)"));
    if (!path.isEmpty())
        saveCopy(row, path);
}

void AttachmentsPanel::fitColumns()
{
    // The note, last, takes the room the others leave; they get what their text needs, a long
    // file name at most 320 pixels (its tooltip and Open show the rest).
    QTableView *table = m_ui->attachmentsTableView;
    const QFontMetrics metrics = table->fontMetrics();
    for (const int column : {FileNameColumn, KindColumn, SizeColumn, AddedColumn}) {
        table->resizeColumnToContents(column);
        int width = table->columnWidth(column) + 8;
        if (column == FileNameColumn)
            width = qBound(160, width, 320);
        if (column == KindColumn) {
            // Wide enough for the combo that edits it, whatever kind is chosen.
            for (const Labels::Choice &choice : Labels::choices(Labels::Enum::AttachmentKind))
                width = qMax(width, metrics.horizontalAdvance(choice.label) + 40);
        }
        table->setColumnWidth(column, width);
    }
}

void AttachmentsPanel::showMessage(const QString &sentence)
{
    m_ui->messageLabel->setText(sentence);
    m_ui->messageLabel->setVisible(!sentence.isEmpty());
}

void AttachmentsPanel::updateState()
{
    const bool chosen = currentRow() >= 0;
    m_ui->openButton->setEnabled(chosen);
    m_ui->saveAsButton->setEnabled(chosen);
    const bool writable = m_store && !m_store->isReadOnly();
    m_ui->addButton->setEnabled(writable);
    m_ui->removeButton->setEnabled(chosen && writable);
    qint64 total = 0;
    for (const Model::Row &row : m_model->rows())
        total += row.attachment.byteSize;
    const int files = m_model->rowCount();
    m_ui->countLabel->setText(files
            ? tr("%n file(s), %1 in all", nullptr, files).arg(AttachmentStore::formatSize(total))
            : tr("No files yet: add the invitation, the report, photos… or drop them "
                 "here."));
}

void AttachmentsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentsPanel::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths, m_ui->attachmentKindComboBox->value().toString());
}
