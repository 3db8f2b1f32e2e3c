#pragma once

#include "recordeditor.h"

#include <memory>

namespace Ui {
class ConferenceEditor;
}
class AttachmentsPanel;
class ChildRowsModel;
class QTableView;

// A conference, from plan to conclusions: general data, participants (people or whole units),
// the programme, the outcomes and statistics. Everything is saved in one transaction.
class ConferenceEditor : public RecordEditor
{
    Q_OBJECT

public:
    ConferenceEditor(const QSqlDatabase &db, qint64 id, QWidget *parent = nullptr);
    ~ConferenceEditor() override;

    ChildRowsModel *participants() const { return m_participants; }
    ChildRowsModel *programme() const { return m_programme; }
    ChildRowsModel *statistics() const { return m_statistics; }
    AttachmentsPanel *attachments() const { return m_attachments; }

    // The person or unit chosen in the picker ("p:12" / "u:3"), as the given role.
    bool addParticipant(const QVariant &pickerValue, const QString &role);
    // Opens the person editor for someone not in the directory; adds them when saved.
    void addNewPerson();
    void importCsv(const QString &path);
    void suggestTitle();

protected:
    bool validate(QString *sentence, QWidget **focus) const override;
    void loaded() override;
    bool saveChildren(qint64 id, QString *error) override;

private:
    void fillPickers();
    void setUpTable(QTableView *view, ChildRowsModel *model);
    void moveCurrent(QTableView *view, int step);
    void removeCurrent(QTableView *view);
    void updateCounts();
    void updateSuggestion();

    std::unique_ptr<Ui::ConferenceEditor> m_ui;
    ChildRowsModel *m_participants;
    ChildRowsModel *m_programme;
    ChildRowsModel *m_statistics;
    AttachmentsPanel *m_attachments;
    QString m_lastSuggestion;
};
