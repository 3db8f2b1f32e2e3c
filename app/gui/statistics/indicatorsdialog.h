#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class Store;

// The indicator catalogue (danh mục chỉ tiêu) the office extends: add one, rename it or change
// its measure and how it adds up, take it out of use (and back), delete one never used. A used
// indicator is not deleted: the sentence says so. The counted ones come with the program.
class IndicatorsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IndicatorsDialog(Store *store, QWidget *parent = nullptr);

    void reload();
    QString message() const;
    // The same as the buttons, for the selected row; false with the sentence shown.
    bool add(const QString &name, const QString &measure, const QString &aggregation);
    bool change(const QString &name, const QString &measure, const QString &aggregation);
    bool toggleActive();
    bool removeSelected();
    void select(qint64 id);

private:
    qint64 selectedId() const;
    void updateButtons();
    // Asks name, measure and aggregation; false when cancelled.
    bool ask(QString *name, QString *measure, QString *aggregation, bool counted);

    Store *m_store;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_active = nullptr;
    QPushButton *m_remove = nullptr;
};
