#pragma once

#include "io/directorycsv.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class DirectoryImportDialog;
}

class QPushButton;
class QSortFilterProxyModel;
class Store;

// Shows what a list of people or units in CSV would add to the directory, row by row, before
// anything is written: the rows it adds, those already there (skipped), and every problem with
// its sentence. Import is offered only for a file without problems and adds it all in one
// transaction. Reading and importing a long file show their progress and may be cancelled; a
// cancelled import adds nothing. The caller picks the file (FileDialogs::openFile).
class DirectoryImportDialog : public QDialog
{
    Q_OBJECT

public:
    DirectoryImportDialog(
        Store *store, DirectoryCsv::Kind kind, const QString &path, QWidget *parent = nullptr);
    ~DirectoryImportDialog() override;

    // What the Import button does: adds the rows and accepts the dialog. False (with the
    // sentence shown, nothing written) when the file has problems, the store refuses or the
    // import is cancelled.
    bool importNow();

    // True when the file could be read (it may still have rows with problems).
    bool hasPreview() const { return m_preview.has_value(); }
    const std::optional<DirectoryCsv::Preview> &preview() const { return m_preview; }
    // The records the last successful import added.
    int importedCount() const { return m_importedCount; }
    // The sentence about the whole file or the import, empty when none is shown.
    QString message() const { return m_message; }

    // For a test: the progress dialogs answer as if Cancel were pressed at once.
    void setCancelAtOnce(bool cancel) { m_cancelAtOnce = cancel; }

private:
    void showSummary();
    void showMessage(const QString &sentence);
    void arrangeColumns();

    Store *m_store;
    DirectoryCsv::Kind m_kind;
    std::unique_ptr<Ui::DirectoryImportDialog> m_ui;
    std::optional<DirectoryCsv::Preview> m_preview;
    QSortFilterProxyModel *m_filter = nullptr;
    QPushButton *m_importButton = nullptr;
    QString m_message;
    int m_importedCount = 0;
    bool m_cancelAtOnce = false;
};
