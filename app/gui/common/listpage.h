#pragma once

class QTableView;

// What the main window asks of the page it shows, whatever has the focus: Ctrl+F puts the cursor
// in the page's quick filter, Ctrl+N adds a record (where the page has records to add), Ctrl+E
// exports the list it shows.
class ListPage
{
public:
    virtual ~ListPage() = default;
    virtual void focusFilter() = 0;
    virtual bool canAddRecords() const { return false; }
    virtual void addRecord() { }
    // The list File › Export list to Excel writes, as the page shows it; none by default.
    virtual QTableView *exportView() const { return nullptr; }
};
