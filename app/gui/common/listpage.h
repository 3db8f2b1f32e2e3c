#pragma once

// What the main window asks of the page it shows, whatever has the focus: Ctrl+F puts the cursor
// in the page's quick filter, Ctrl+N adds a record (where the page has records to add).
class ListPage
{
public:
    virtual ~ListPage() = default;
    virtual void focusFilter() = 0;
    virtual bool canAddRecords() const { return false; }
    virtual void addRecord() { }
};
