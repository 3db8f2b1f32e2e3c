#pragma once

#include "io/delegatecsv.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class DelegateImportDialog;
}

class QAbstractTableModel;
class QPushButton;
class Store;

// Shows what a delegate list (an Excel sheet or a CSV file) would do to a conference, row by
// row, before anything is written: the rows that match the directory, the people it would add,
// and every problem with its sentence. Import is offered only for a file without problems and
// writes it all in one transaction; Cancel leaves the database as it was. The caller picks the
// file (QFileDialog); a workbook of several sheets shows a choice of the sheet, read again on
// change.
class DelegateImportDialog : public QDialog
{
    Q_OBJECT

public:
    DelegateImportDialog(
        Store *store, qint64 conferenceId, const QString &path, QWidget *parent = nullptr);
    ~DelegateImportDialog() override;

    // What the Import button does: writes the rows and accepts the dialog. False (with the
    // sentence shown, nothing written) when the file has problems or the store refuses.
    bool importNow();

    // True when the file could be read (it may still have rows with problems).
    bool hasPreview() const { return m_preview.has_value(); }
    // The rows the last successful import wrote.
    int importedCount() const { return m_importedCount; }
    // The sentence about the whole file or the import, empty when none is shown.
    QString message() const { return m_message; }

private:
    // Reads the file's sheet of that index (a CSV file has one) into the preview and shows it.
    void load(int sheet);
    void present(const QString &error);
    void showSummary();
    void showMessage(const QString &sentence);
    void arrangeColumns();

    Store *m_store;
    qint64 m_conferenceId = 0;
    QString m_path;
    QByteArray m_content; // read once; each sheet chosen is read from it
    std::unique_ptr<Ui::DelegateImportDialog> m_ui;
    std::optional<DelegateCsv::Preview> m_preview;
    QAbstractTableModel *m_model = nullptr;
    QPushButton *m_importButton = nullptr;
    QString m_message;
    int m_importedCount = 0;
};
