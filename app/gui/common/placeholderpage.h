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
    explicit PlaceholderPage(const QString &title, QWidget *parent = nullptr);
    ~PlaceholderPage() override;

private:
    std::unique_ptr<Ui::PlaceholderPage> m_ui;
};
