#include "recipientimportdialog.h"
#include "ui_recipientimportdialog.h"

#include "io/csvreader.h"
#include "io/tablesource.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>

namespace {

// The preview, one row of the file per row; read-only.
class RecipientPreviewModel : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(RecipientPreviewModel)

public:
    enum Column { FileRow, Name, Detail, Achievement, Outcome, ColumnCount };

    RecipientPreviewModel(const QList<RecipientCsv::Row> &rows, QObject *parent)
        : QAbstractTableModel(parent)
        , m_rows(rows)
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
            return tr("Name as printed");
        case Detail:
            return tr("Unit or title held");
        case Achievement:
            return tr("Achievement");
        default:
            return tr("What happens");
        }
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const RecipientCsv::Row &row = m_rows.at(index.row());
        if (role == Qt::ForegroundRole && row.hasError())
            return QColor(0xb0, 0x00, 0x20);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case FileRow:
            return row.fileRow;
        case Name:
            return row.name;
        case Detail:
            return row.detail;
        case Achievement:
            return row.achievement;
        default:
            return row.outcomeText();
        }
    }

private:
    QList<RecipientCsv::Row> m_rows;
};

} // namespace

RecipientImportDialog::RecipientImportDialog(
    Store *store, const QVector<QVariantMap> &listed, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecipientImportDialog>())
    , m_store(store)
    , m_listed(listed)
    , m_path(path)
{
    m_ui->setupUi(this);
    m_importButton
        = m_ui->buttonBox->addButton(tr("&Add to the list"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->headingLabel->setText(
        tr("Recipients read from <b>%1</b>:").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    m_ui->fileMessagesLabel->setVisible(false);
    QString error;
    std::optional<QByteArray> content = CsvReader::readFile(path, &error);
    if (content) {
        m_content = std::move(*content);
        // A workbook of several sheets: the secretary picks the one that holds the list.
        m_ui->sheetComboBox->addItems(
            TableSource::sheetNames(m_content, QFileInfo(path).fileName()));
        connect(m_ui->sheetComboBox, &QComboBox::currentIndexChanged, this,
            [this](int sheet) { load(sheet); });
    }
    m_ui->sheetLabel->setVisible(m_ui->sheetComboBox->count() > 1);
    m_ui->sheetComboBox->setVisible(m_ui->sheetComboBox->count() > 1);
    if (content) {
        load(0);
    } else {
        m_message = error;
        m_ui->summaryLabel->setText(error);
    }
}

void RecipientImportDialog::load(int sheet)
{
    QString error;
    m_preview = RecipientCsv::parse(
        m_content, QFileInfo(m_path).fileName(), *m_store, m_listed, &error, sheet);
    QAbstractItemModel *old = m_ui->previewTableView->model();
    m_ui->previewTableView->setModel(nullptr);
    delete old;
    m_ui->fileMessagesLabel->setVisible(false);
    if (!m_preview) {
        m_importButton->setEnabled(false);
        m_message = error;
        m_ui->summaryLabel->setText(error);
        return;
    }
    if (!m_preview->fileMessages.isEmpty()) {
        m_ui->fileMessagesLabel->setText(m_preview->fileMessages.join(QLatin1Char(' ')));
        m_ui->fileMessagesLabel->setVisible(true);
    }
    m_ui->previewTableView->setModel(new RecipientPreviewModel(m_preview->rows, this));
    m_ui->previewTableView->resizeColumnsToContents();
    for (int column = 0; column < RecipientPreviewModel::ColumnCount; ++column)
        m_ui->previewTableView->setColumnWidth(
            column, qMin(m_ui->previewTableView->columnWidth(column) + 12, 360));
    const int errors = m_preview->errorCount();
    m_importButton->setEnabled(errors == 0);
    m_message = errors
        ? tr("%n row(s) with a problem: correct the file and choose it again; nothing is added.",
            nullptr, errors)
        : QString();
    m_ui->summaryLabel->setText(errors
            ? m_message
            : tr("%n recipient(s) will join the list.", nullptr, int(m_preview->rows.size())));
}

RecipientImportDialog::~RecipientImportDialog() = default;

QList<QVariantMap> RecipientImportDialog::rows() const
{
    return m_preview ? RecipientCsv::listRows(*m_preview) : QList<QVariantMap>();
}
