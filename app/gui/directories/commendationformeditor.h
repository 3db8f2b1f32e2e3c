#pragma once

#include "gui/common/recordeditor.h"

#include <memory>

namespace Ui {
class CommendationFormEditor;
}
class ChildRowsModel;

// A form of commendation (Bằng khen, Giấy khen, Huy hiệu 30 năm tuổi Đảng …): its name, to whom
// it is given, the badge's years, the size of its pre-printed certificate stock; the bodies that
// may give it; and where each text of its certificate is printed on the stock, with a test page
// to align a printer. The form and its rows are saved in one transaction; a layout that runs off
// the sheet is refused.
class CommendationFormEditor : public RecordEditor
{
    Q_OBJECT

public:
    CommendationFormEditor(Store *store, qint64 id, QWidget *parent = nullptr);
    ~CommendationFormEditor() override;

    ChildRowsModel *authorities() const { return m_authorities; }
    ChildRowsModel *fields() const { return m_fields; }
    // Adds the body chosen beside the table (once).
    void addAuthority();
    void addField();
    // Prints the grid page of the form as saved (saving first when it was changed).
    void printTestPage();

protected:
    bool validate(QString *sentence, QWidget **focus) const override;
    void loaded() override;
    bool saveChildren(qint64 id, const ChildRowsModel::Resolver &resolve, QString *error,
        std::optional<ChildRowsModel::Conflict> *conflict) override;
    bool childrenDirty() const override;
    void rebaseChildren() override;

private:
    std::unique_ptr<Ui::CommendationFormEditor> m_ui;
    ChildRowsModel *m_authorities;
    ChildRowsModel *m_fields;
};
