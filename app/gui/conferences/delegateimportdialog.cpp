#include "delegateimportdialog.h"
#include "ui_delegateimportdialog.h"

#include "core/labels.h"
#include "io/csvreader.h"
#include "io/tablesource.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QProgressDialog>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>

#include <algorithm>

namespace {

// The progress of work on many rows, shown once it lasts half a second, with a Stop button; the
// window is repainted meanwhile.
class RowProgress
{
public:
    RowProgress(QWidget *parent, const QString &label)
        : m_dialog(label, DelegateImportDialog::tr("Stop"), 0, 1, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(500);
        m_dialog.setValue(0);
    }
    DelegateCsv::Progress callback()
    {
        return [this](int done, int total) {
            m_dialog.setMaximum(total);
            m_dialog.setValue(done);
            return !m_dialog.wasCanceled();
        };
    }

private:
    QProgressDialog m_dialog;
};

// The preview, one row of the file per row; read-only.
class DelegatePreviewModel : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(DelegatePreviewModel)

public:
    enum Column { FileRow, Name, Title, Role, Attendance, Outcome, Message, ColumnCount };

    DelegatePreviewModel(const QList<DelegateCsv::Row> &rows, QObject *parent)
        : QAbstractTableModel(parent)
        , m_rows(rows)
        , m_warning(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
    { }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case FileRow:
            //: Column of the import preview: the row number in the CSV file
            return tr("Row");
        case Name:
            return tr("Name / unit");
        case Title:
            return tr("Title");
        case Role:
            return tr("Role");
        case Attendance:
            return tr("Attendance");
        case Outcome:
            return tr("What will happen");
        case Message:
            return tr("Message");
        }
        return QVariant();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return QVariant();
        const DelegateCsv::Row &row = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return text(row, index.column());
        case Qt::ToolTipRole:
            if (row.hasError())
                return row.messages.join(QLatin1Char('\n'));
            return text(row, index.column());
        case Qt::DecorationRole:
            if (index.column() == FileRow && row.hasError())
                return m_warning;
            return QVariant();
        case Qt::TextAlignmentRole:
            if (index.column() == FileRow)
                return QVariant(Qt::AlignRight | Qt::AlignVCenter);
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::BackgroundRole:
            if (row.hasError())
                return QColor(0xfd, 0xe7, 0xe9);
            return QVariant();
        case Qt::ForegroundRole:
            if (row.hasError() && (index.column() == Message || index.column() == Outcome))
                return QColor(0xb0, 0x00, 0x20);
            if (row.hasError())
                return QColor(0x3c, 0x1a, 0x1e);
            if (index.column() == Outcome && row.outcome == DelegateCsv::Outcome::NewPerson)
                return QColor(0x1a, 0x5f, 0xb4);
            return QVariant();
        }
        return QVariant();
    }

private:
    static QString text(const DelegateCsv::Row &row, int column)
    {
        switch (column) {
        case FileRow:
            return QString::number(row.fileRow);
        case Name:
            // A person's unit under the name; a row for a whole unit is the unit alone.
            if (row.fullName.isEmpty() || row.unitName.isEmpty())
                return row.fullName.isEmpty() ? row.unitName : row.fullName;
            return row.fullName + QLatin1Char('\n') + row.unitName;
        case Title:
            return row.titleHeld();
        case Role:
            return row.role.isEmpty() ? row.roleText
                                      : Labels::label(Labels::Enum::ParticipantRole, row.role);
        case Attendance: {
            const QString attendance = row.attendance.isEmpty()
                ? row.attendanceText
                : Labels::label(Labels::Enum::Attendance, row.attendance);
            if (row.absenceReason.isEmpty())
                return attendance;
            //: Attendance and the reason of an absence: "Absent (on a mission abroad)"
            return tr("%1 (%2)").arg(attendance, row.absenceReason);
        }
        case Outcome:
            return row.outcomeText();
        case Message:
            return (row.messages + row.notes).join(QLatin1Char(' '));
        }
        return QString();
    }

    QList<DelegateCsv::Row> m_rows;
    QIcon m_warning;
};

// Wrapped rows need a little air between them to be told apart.
class PaddedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(8, 8);
    }
};

const QString errorStyle = QStringLiteral("color: #b00020; font-weight: 600;");

// Up to this many rows, each row of the preview is as high as its content.
constexpr int exactHeightsUpTo = 500;
// The rows measured for the widths of the columns (and the height of a long list's rows).
constexpr int sampledRows = 200;

// A file name in bold that is not broken at its hyphens.
QString nowrap(const QString &text)
{
    return QStringLiteral("<b style=\"white-space: nowrap\">%1</b>").arg(text.toHtmlEscaped());
}

} // namespace

DelegateImportDialog::DelegateImportDialog(
    Store *store, qint64 conferenceId, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_conferenceId(conferenceId)
    , m_ui(std::make_unique<Ui::DelegateImportDialog>())
{
    m_ui->setupUi(this);

    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(tr("Add these delegates to the conference"));
    QPushButton *cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setToolTip(tr("Close without importing anything (Esc)"));
    connect(m_importButton, &QPushButton::clicked, this, &DelegateImportDialog::importNow);
    connect(cancelButton, &QPushButton::clicked, this, &DelegateImportDialog::reject);

    m_path = path;
    QString error;
    std::optional<QByteArray> content = CsvReader::readFile(path, &error);
    if (content) {
        m_content = std::move(*content);
        // A workbook of several sheets: the secretary picks the one that holds the list.
        const QStringList sheets = TableSource::sheetNames(m_content, QFileInfo(path).fileName());
        m_ui->sheetComboBox->addItems(sheets);
        connect(m_ui->sheetComboBox, &QComboBox::currentIndexChanged, this,
            [this](int sheet) { load(sheet); });
    }
    m_ui->sheetLabel->setVisible(m_ui->sheetComboBox->count() > 1);
    m_ui->sheetComboBox->setVisible(m_ui->sheetComboBox->count() > 1);
    if (content)
        load(0);
    else
        present(error);
}

void DelegateImportDialog::load(int sheet)
{
    QString error;
    {
        RowProgress progress(isVisible() ? this : parentWidget(), tr("Reading the delegate list…"));
        m_preview = DelegateCsv::parse(m_content, QFileInfo(m_path).fileName(), *m_store,
            m_conferenceId, &error, progress.callback(), sheet);
    }
    present(error);
}

void DelegateImportDialog::present(const QString &error)
{
    QPushButton *cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    const QString fileName = QDir::toNativeSeparators(QFileInfo(m_path).fileName());
    QAbstractItemModel *old = m_model;
    m_model = nullptr;
    if (m_preview) {
        //: The heading of the import preview: conference title, then the file's name
        m_ui->headingLabel->setText(
            tr("Delegates for <b>%1</b>").arg(m_preview->conferenceTitle.toHtmlEscaped())
            + QStringLiteral("<br>")
            //: Under the conference's title in the import preview
            + tr("From the file %1").arg(nowrap(fileName)));
        m_model = new DelegatePreviewModel(m_preview->rows, this);
        m_ui->previewTableView->setModel(m_model);
        m_ui->previewTableView->show();
        arrangeColumns();
    } else {
        m_ui->headingLabel->setText(tr("The file %1 cannot be imported.").arg(nowrap(fileName)));
        m_ui->previewTableView->setModel(nullptr);
        m_ui->previewTableView->hide();
        m_importButton->setEnabled(false);
        m_importButton->setDefault(false);
        cancelButton->setDefault(true);
        showMessage(error);
    }
    delete old;
    const QStringList notices = m_preview ? m_preview->fileMessages : QStringList();
    m_ui->fileMessagesLabel->setText(notices.join(QLatin1Char('\n')));
    m_ui->fileMessagesLabel->setVisible(!notices.isEmpty());
    if (m_preview) {
        showSummary();
        setMinimumWidth(0);
        if (width() < 1000)
            resize(1000, std::max(height(), 560));
    } else if (!isVisible()) {
        setMinimumWidth(540);
        resize(540,
            layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(540)
                                          : sizeHint().height());
    }
    // The buttons have the focus, so that no cell of the table looks picked.
    if (!m_ui->sheetComboBox->hasFocus())
        (m_importButton->isEnabled() ? m_importButton : cancelButton)->setFocus();
}

DelegateImportDialog::~DelegateImportDialog() = default;

bool DelegateImportDialog::importNow()
{
    if (!m_preview || !m_importButton->isEnabled())
        return false;
    QString error;
    RowProgress progress(this, tr("Importing the delegates…"));
    if (!DelegateCsv::apply(*m_preview, *m_store, m_conferenceId, &error, progress.callback())) {
        // What was read no longer fits the database (someone changed it meanwhile): the file
        // has to be read again.
        m_importButton->setEnabled(false);
        showMessage(error);
        return false;
    }
    m_importedCount = int(m_preview->rows.size());
    accept();
    return true;
}

void DelegateImportDialog::showSummary()
{
    const int good = m_preview->goodCount();
    const int bad = m_preview->errorCount();
    const bool ready = bad == 0;
    m_importButton->setEnabled(ready);
    m_importButton->setDefault(ready);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(!ready);
    if (!ready) {
        //: "12 rows ready, 2 with errors — fix the file and choose it again."
        showMessage(
            tr("%1, %2 — fix the file and choose it again.")
                .arg(tr("%n row(s) ready", nullptr, good), tr("%n with errors", nullptr, bad)));
        return;
    }
    QString summary = tr("%n row(s) ready to import.", nullptr, good);
    if (const int added = m_preview->newPersonCount())
        summary += QLatin1Char(' ')
            + tr("%n new person(s) will be added to the directory.", nullptr, added);
    m_message.clear();
    m_ui->summaryLabel->setStyleSheet(QString());
    m_ui->summaryLabel->setText(summary);
}

void DelegateImportDialog::showMessage(const QString &sentence)
{
    m_message = sentence;
    m_ui->summaryLabel->setStyleSheet(errorStyle);
    m_ui->summaryLabel->setText(sentence);
}

void DelegateImportDialog::arrangeColumns()
{
    QTableView *view = m_ui->previewTableView;
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Long titles and sentences wrap within their cell, so that every column, the message
    // above all, stays in view without scrolling sideways.
    view->setWordWrap(true);
    view->setItemDelegate(new PaddedDelegate(view));
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Column widths from the first rows: measuring wrapped text is slow, and a long list says
    // no more about the widths than its first few hundred rows.
    QHeaderView *rows = view->verticalHeader();
    rows->setResizeContentsPrecision(sampledRows);
    const bool longList = m_model->rowCount() > exactHeightsUpTo;
    // Each row measured to its content, every time the view is laid out: for a list of
    // thousands of rows that froze the window for seconds (20,000 rows: 26 s to the first
    // paint). A long list has rows of one height, what its first rows need (a name over its
    // unit, a title on two lines); the whole text of a cell is its tooltip.
    rows->setSectionResizeMode(longList ? QHeaderView::Fixed : QHeaderView::ResizeToContents);
    view->resizeColumnsToContents();
    const bool errors = m_preview->hasErrors();
    const struct
    {
        int column;
        int width; // the most it takes
    } widths[] = {
        {DelegatePreviewModel::Name, errors ? 180 : 240},
        {DelegatePreviewModel::Title, errors ? 170 : 290},
        {DelegatePreviewModel::Role, 120},
        {DelegatePreviewModel::Attendance, errors ? 105 : 140},
        {DelegatePreviewModel::Outcome, errors ? 140 : 200},
    };
    for (const auto &column : widths)
        header->resizeSection(
            column.column, std::min(header->sectionSize(column.column), column.width));
    // Without a problem in the file, the message column would only take room.
    view->setColumnHidden(DelegatePreviewModel::Message, !errors);
    if (longList) {
        int height = 0;
        for (int row = 0; row < sampledRows; ++row) {
            view->resizeRowToContents(row);
            height = std::max(height, view->rowHeight(row));
        }
        const int most = 3 * view->fontMetrics().lineSpacing() + 12;
        rows->setDefaultSectionSize(std::min(height, most));
    }
}
