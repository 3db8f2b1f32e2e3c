#pragma once

#include <QLineEdit>

class QFrame;
class QListWidget;
class QListWidgetItem;
class QTimer;
class Store;

// The window's search box: what is typed is looked for in every kind of record a moment after
// the last key (GlobalSearch), and the hits drop down below it grouped by kind, each heading with
// its count ("Hội nghị — 3"). Up and Down move among the hits, Enter or a double click opens
// one (openRequested), Esc closes the list, and a second Esc empties the box.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    // Hits listed of each kind (each heading counts them all).
    static constexpr int perKind = 5;

    explicit SearchField(QWidget *parent = nullptr);
    ~SearchField() override;

    // The store searched; nullptr while no file is open (or the window is locked).
    void setStore(Store *store);
    // Runs the search typed at once rather than after the pause.
    void searchNow();
    bool isPopupShown() const;
    QListWidget *resultsList() const { return m_list; }
    // The record the Enter key would open: its table and id (0 without one).
    QString currentTable() const;
    qint64 currentId() const;

signals:
    void openRequested(const QString &table, qint64 id);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showPopup();
    void hidePopup();
    // To the next hit up or down (headings are passed over).
    void move(int step);
    void open(QListWidgetItem *item);

    Store *m_store = nullptr;
    QTimer *m_timer;
    QFrame *m_popup;
    QListWidget *m_list;
};
