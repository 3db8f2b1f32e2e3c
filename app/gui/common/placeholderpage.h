#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PlaceholderPage;
}

// An honest page for an area not built yet: it says so instead of showing a fake form.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    // A page fills the window whatever its text: its wrapped labels need not be measured for
    // every page of the stack at each layout (which cost a third of the first frame).
    bool hasHeightForWidth() const override { return false; }
    explicit PlaceholderPage(const QString &title, QWidget *parent = nullptr);
    ~PlaceholderPage() override;

private:
    std::unique_ptr<Ui::PlaceholderPage> m_ui;
};
