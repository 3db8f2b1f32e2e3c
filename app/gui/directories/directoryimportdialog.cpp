#include "directoryimportdialog.h"
#include "ui_directoryimportdialog.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>

#include <algorithm>

namespace {

// The progress of work on many rows, shown once it lasts half a second, with Cancel; the window
// is repainted meanwhile, so a file of 20,000 rows never looks frozen.
class RowProgress
{
public:
    RowProgress(QWidget *parent, const QString &label, bool cancelAtOnce)
        : m_dialog(label, DirectoryImportDialog::tr("Cancel"), 0, 1, parent)
        , m_cancelAtOnce(cancelAtOnce)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(500);
        m_dialog.setValue(0);
    }
    DirectoryCsv::Progress callback()
    {
        return [this](int done, int total) {
            m_dialog.setMaximum(total);
            m_dialog.setValue(done);
            return !m_cancelAtOnce && !m_dialog.wasCanceled();
        };
    }

private:
    QProgressDialog m_dialog;
    bool m_cancelAtOnce = false;
};

// The preview, one row of the file per row; read-only. Rows are one line high (a long message
// is elided, whole in its tooltip), so that a long file shows at once.
class DirectoryPreviewModel : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryPreviewModel)

public:
    enum Column { FileRow, Name, Detail, Unit, Outcome, Message, ColumnCount };
    static constexpr int ProblemRole = Qt::UserRole + 1;

    DirectoryPreviewModel(
        DirectoryCsv::Kind kind, const QList<DirectoryCsv::Row> &rows, QObject *parent)
        : QAbstractTableModel(parent)
        , m_kind(kind)
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
        const bool people = m_kind == DirectoryCsv::Kind::People;
        switch (section) {
        case FileRow:
            //: Column of the import preview: the row number in the CSV file
            return tr("Row");
        case Name:
            return people ? tr("Full name") : tr("Unit name");
        case Detail:
            return people ? tr("Title") : tr("Short name");
        case Unit:
            return people ? tr("Unit") : tr("Superior unit");
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
        const DirectoryCsv::Row &row = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return text(row, index.column());
        case Qt::ToolTipRole:
            if (row.hasError() || !row.notes.isEmpty())
                return (row.messages + row.notes).join(QLatin1Char('\n'));
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
            if (index.column() == Outcome && row.outcome == DirectoryCsv::Outcome::AlreadyPresent)
                return QColor(0x5e, 0x5c, 0x64);
            if (index.column() == Outcome && row.outcome == DirectoryCsv::Outcome::New)
                return QColor(0x1a, 0x5f, 0xb4);
            return QVariant();
        case ProblemRole:
            return row.hasError();
        }
        return QVariant();
    }

private:
    static QString text(const DirectoryCsv::Row &row, int column)
    {
        switch (column) {
        case FileRow:
            return QString::number(row.fileRow);
        case Name:
            return row.name;
        case Detail:
            return row.detail;
        case Unit:
            return row.unitName;
        case Outcome:
            return row.outcomeText();
        case Message:
            return (row.messages + row.notes).join(QLatin1Char(' '));
        }
        return QString();
    }

    DirectoryCsv::Kind m_kind;
    QList<DirectoryCsv::Row> m_rows;
    QIcon m_warning;
};

const QString errorStyle = QStringLiteral("color: #b00020; font-weight: 600;");

// A file name in bold that is not broken at its hyphens.
QString nowrap(const QString &text)
{
    return QStringLiteral("<b style=\"white-space: nowrap\">%1</b>").arg(text.toHtmlEscaped());
}

} // namespace

DirectoryImportDialog::DirectoryImportDialog(
    Store *store, DirectoryCsv::Kind kind, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_kind(kind)
    , m_ui(std::make_unique<Ui::DirectoryImportDialog>())
{
    m_ui->setupUi(this);
    const bool people = kind == DirectoryCsv::Kind::People;
    setWindowTitle(people ? tr("Import people") : tr("Import units"));

    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(
        people ? tr("Add these people to the directory") : tr("Add these units to the directory"));
    QPushButton *cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setToolTip(tr("Close without importing anything (Esc)"));
    connect(m_importButton, &QPushButton::clicked, this, &DirectoryImportDialog::importNow);
    connect(cancelButton, &QPushButton::clicked, this, &DirectoryImportDialog::reject);

    QString error;
    {
        RowProgress progress(parent,
            people ? tr("Reading the list of people…") : tr("Reading the list of units…"), false);
        m_preview = DirectoryCsv::read(kind, path, *m_store, &error, progress.callback());
    }
    const QString fileName = QDir::toNativeSeparators(QFileInfo(path).fileName());
    if (m_preview) {
        m_ui->headingLabel->setText(
            (people ? tr("People for the directory") : tr("Units for the directory"))
            + QStringLiteral("<br>")
            //: Under the heading of the import preview
            + tr("From the file %1").arg(nowrap(fileName)));
        auto *model = new DirectoryPreviewModel(kind, m_preview->rows, this);
        m_filter = new QSortFilterProxyModel(this);
        m_filter->setSourceModel(model);
        m_filter->setFilterRole(DirectoryPreviewModel::ProblemRole);
        m_filter->setFilterKeyColumn(DirectoryPreviewModel::FileRow);
        m_ui->previewTableView->setModel(m_filter);
        connect(m_ui->problemsOnlyCheckBox, &QCheckBox::toggled, this, [this](bool only) {
            m_filter->setFilterFixedString(only ? QStringLiteral("true") : QString());
        });
        m_ui->problemsOnlyCheckBox->setVisible(m_preview->hasErrors());
        arrangeColumns();
    } else {
        m_ui->headingLabel->setText(tr("The file %1 cannot be imported.").arg(nowrap(fileName)));
        m_ui->previewTableView->hide();
        m_ui->problemsOnlyCheckBox->hide();
        m_importButton->setEnabled(false);
        cancelButton->setDefault(true);
        showMessage(error);
    }
    const QStringList notices = m_preview ? m_preview->fileMessages : QStringList();
    m_ui->fileMessagesLabel->setText(notices.join(QLatin1Char('\n')));
    m_ui->fileMessagesLabel->setVisible(!notices.isEmpty());
    if (m_preview) {
        showSummary();
    } else {
        setMinimumWidth(540);
        resize(540,
            layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(540)
                                          : sizeHint().height());
    }
    (m_importButton->isEnabled() ? m_importButton : cancelButton)->setFocus();
}

DirectoryImportDialog::~DirectoryImportDialog() = default;

bool DirectoryImportDialog::importNow()
{
    if (!m_preview || !m_importButton->isEnabled())
        return false;
    QString error;
    int added = 0;
    bool done = false;
    {
        RowProgress progress(this,
            m_kind == DirectoryCsv::Kind::People ? tr("Adding the people…")
                                                 : tr("Adding the units…"),
            m_cancelAtOnce);
        done = DirectoryCsv::apply(*m_preview, *m_store, &error, progress.callback(), &added);
    }
    if (!done) {
        showMessage(error);
        return false;
    }
    m_importedCount = added;
    accept();
    return true;
}

void DirectoryImportDialog::showSummary()
{
    const int bad = m_preview->errorCount();
    const int added = m_preview->newCount();
    const int present = m_preview->presentCount();
    const bool ready = bad == 0 && added > 0;
    m_importButton->setEnabled(ready);
    m_importButton->setDefault(ready);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(!ready);
    if (bad > 0) {
        //: "2 rows with errors out of 120 — nothing is imported; fix the file and choose it again."
        showMessage(tr("%1 out of %2 — nothing is imported; fix the file and choose it again.")
                        .arg(tr("%n row(s) with errors", nullptr, bad))
                        .arg(m_preview->rows.size()));
        return;
    }
    QString summary = m_kind == DirectoryCsv::Kind::People
        ? tr("%n person(s) will be added to the directory.", nullptr, added)
        : tr("%n unit(s) will be added to the directory.", nullptr, added);
    if (present > 0)
        summary += QLatin1Char(' ')
            + tr("%n row(s) already in the directory are skipped.", nullptr, present);
    m_message.clear();
    m_ui->summaryLabel->setStyleSheet(QString());
    m_ui->summaryLabel->setText(summary);
}

void DirectoryImportDialog::showMessage(const QString &sentence)
{
    m_message = sentence;
    m_ui->summaryLabel->setStyleSheet(errorStyle);
    m_ui->summaryLabel->setText(sentence);
}

void DirectoryImportDialog::arrangeColumns()
{
    QTableView *view = m_ui->previewTableView;
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Fitting the columns looks at the first rows only: a file of 20,000 rows opens at once.
    header->setResizeContentsPrecision(200);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->resizeColumnsToContents();
    const bool errors = m_preview->hasErrors();
    const struct
    {
        int column;
        int width; // the most it takes
    } widths[] = {
        {DirectoryPreviewModel::Name, errors ? 150 : 240},
        {DirectoryPreviewModel::Detail, errors ? 110 : 240},
        {DirectoryPreviewModel::Unit, errors ? 150 : 240},
        {DirectoryPreviewModel::Outcome, errors ? 190 : 230},
    };
    for (const auto &column : widths)
        header->resizeSection(
            column.column, std::min(header->sectionSize(column.column), column.width));
    bool messages = errors;
    for (const DirectoryCsv::Row &row : m_preview->rows)
        messages = messages || !row.notes.isEmpty();
    view->setColumnHidden(DirectoryPreviewModel::Message, !messages);
}
