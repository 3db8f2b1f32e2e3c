<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>read records</source>
        <translation>read records</translation>
    </message>
    <message>
        <source>create, change or delete records</source>
        <translation>create, change or delete records</translation>
    </message>
    <message>
        <source>give numbers, issue documents or keep the register</source>
        <translation>give numbers, issue documents or keep the register</translation>
    </message>
    <message>
        <source>print, save documents as files or export lists</source>
        <translation>print, save documents as files or export lists</translation>
    </message>
    <message>
        <source>approve a commendation decision or an inspection conclusion</source>
        <translation>approve a commendation decision or an inspection conclusion</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>change issuing bodies, format profiles or settings</source>
        <translation>change issuing bodies, format profiles or settings</translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation>back up or restore the database</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Account &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>&amp;Clearance:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Nobody can read it afterwards, not even an administrator: a forgotten password is replaced by a new one.</source>
        <translation>
            <numerusform>At least %n characters. Nobody can read it afterwards, not even an administrator: a forgotten password is replaced by a new one.</numerusform>
            <numerusform>At least %n characters. Nobody can read it afterwards, not even an administrator: a forgotten password is replaced by a new one.</numerusform>
        </translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>The first account turns accounts on and is an administrator&apos;s: from then on the program asks for a name and password, and this administrator adds the others.</source>
        <translation>The first account turns accounts on and is an administrator&apos;s: from then on the program asks for a name and password, and this administrator adds the others.</translation>
    </message>
    <message>
        <source>The role decides what the account may do; the clearance, the highest secrecy level it may read.</source>
        <translation>The role decides what the account may do; the clearance, the highest secrecy level it may read.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>A new password for “%1”. Tell it to the account&apos;s owner in person.</source>
        <translation>A new password for “%1”. Tell it to the account&apos;s owner in person.</translation>
    </message>
    <message>
        <source>Role and clearance</source>
        <translation>Role and clearance</translation>
    </message>
    <message>
        <source>The role and clearance of “%1” take effect at its next log-in.</source>
        <translation>The role and clearance of “%1” take effect at its next log-in.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>The two passwords differ: type the same password twice.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Type a password.</source>
        <translation>Type a password.</translation>
    </message>
    <message numerus="yes">
        <source>A password has at least %n characters.</source>
        <translation>
            <numerusform>A password has at least %n characters.</numerusform>
            <numerusform>A password has at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Give the account a name.</translation>
    </message>
    <message>
        <source>Choose the account&apos;s clearance.</source>
        <translation>Choose the account&apos;s clearance.</translation>
    </message>
    <message>
        <source>The first account turns accounts on and must be an administrator&apos;s, so that someone can manage the others.</source>
        <translation>The first account turns accounts on and must be an administrator&apos;s, so that someone can manage the others.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>There is already an account named “%1”.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory); try again.</source>
        <translation>The password could not be protected (not enough memory); try again.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>There is no account named “%1”.</translation>
    </message>
    <message>
        <source>The account was changed in another window meanwhile; try again.</source>
        <translation>The account was changed in another window meanwhile; try again.</translation>
    </message>
    <message>
        <source>“%1” is the last administrator: give another account that role first.</source>
        <translation>“%1” is the last administrator: give another account that role first.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Accounts are off: whoever opens this file may read and change everything. Adding the first account, an administrator&apos;s, turns them on: from then on the program asks for a name and password, and you go on logged in as that administrator.</source>
        <translation>Accounts are off: whoever opens this file may read and change everything. Adding the first account, an administrator&apos;s, turns them on: from then on the program asks for a name and password, and you go on logged in as that administrator.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Change role…</source>
        <translation>&amp;Change role…</translation>
    </message>
    <message>
        <source>&amp;Lock the window after it is left unused for:</source>
        <translation>&amp;Lock the window after it is left unused for:</translation>
    </message>
    <message>
        <source>With a single SQLite file, the program enforces the accounts and the secrecy levels, but anyone who holds the file can read it with another tool. For a shared office where the server enforces access, use the PostgreSQL back end (a later version).</source>
        <translation>With a single SQLite file, the program enforces the accounts and the secrecy levels, but anyone who holds the file can read it with another tool. For a shared office where the server enforces access, use the PostgreSQL back end (a later version).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Add the administrator…</source>
        <translation>&amp;Add the administrator…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
</context>
<context>
    <name>ApprovalRow</name>
    <message>
        <source>Not approved yet: a leader approves it once it is saved.</source>
        <translation>Not approved yet: a leader approves it once it is saved.</translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>Not approved yet.</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>This kind of record is not approved.</source>
        <translation>This kind of record is not approved.</translation>
    </message>
    <message>
        <source>It is already approved: %1.</source>
        <translation>It is already approved: %1.</translation>
    </message>
    <message>
        <source>Conclusion approved by %1 on %2</source>
        <translation>Conclusion approved by %1 on %2</translation>
    </message>
    <message>
        <source>Decision approved by %1 on %2</source>
        <translation>Decision approved by %1 on %2</translation>
    </message>
    <message>
        <source>A leader has not approved the conclusion yet: the notice of the conclusion is issued once a leader approves it.</source>
        <translation>A leader has not approved the conclusion yet: the notice of the conclusion is issued once a leader approves it.</translation>
    </message>
    <message>
        <source>A leader has not approved the decision yet: the decision is issued once a leader approves it.</source>
        <translation>A leader has not approved the decision yet: the decision is issued once a leader approves it.</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>There is no attachment number %1 in this database.</source>
        <translation>There is no attachment number %1 in this database.</translation>
    </message>
    <message>
        <source>Files cannot be attached to this kind of record.</source>
        <translation>Files cannot be attached to this kind of record.</translation>
    </message>
    <message>
        <source>A file to attach needs a name.</source>
        <translation>A file to attach needs a name.</translation>
    </message>
    <message>
        <source>Save the record before attaching “%1” to it.</source>
        <translation>Save the record before attaching “%1” to it.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of attachment.</source>
        <translation>“%1” is not a kind of attachment.</translation>
    </message>
    <message>
        <source>The content of “%1” is missing from the database.</source>
        <translation>The content of “%1” is missing from the database.</translation>
    </message>
    <message>
        <source>“%1” is damaged in the database: its content is no longer what was attached.</source>
        <translation>“%1” is damaged in the database: its content is no longer what was attached.</translation>
    </message>
    <message>
        <source>The folder for opened attachments (%1) could not be created.</source>
        <translation>The folder for opened attachments (%1) could not be created.</translation>
    </message>
    <message>
        <source>“%1” could not be written to %2.</source>
        <translation>“%1” could not be written to %2.</translation>
    </message>
    <message>
        <source>“%1” is empty; there is nothing to attach.</source>
        <translation>“%1” is empty; there is nothing to attach.</translation>
    </message>
    <message>
        <source>“%1” is %2, larger than the %3 a file attached here can have. Attach a smaller copy (a scan at a lower resolution, a compressed PDF).</source>
        <translation>“%1” is %2, larger than the %3 a file attached here can have. Attach a smaller copy (a scan at a lower resolution, a compressed PDF).</translation>
    </message>
    <message>
        <source>“%1” is already attached.</source>
        <translation>“%1” is already attached.</translation>
    </message>
    <message>
        <source>“%1” is the same file as “%2”, which is already attached.</source>
        <translation>“%1” is the same file as “%2”, which is already attached.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>“%1” could not be read. Is it open in another program, or on a drive that is no longer connected?</source>
        <translation>“%1” could not be read. Is it open in another program, or on a drive that is no longer connected?</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&amp;Kind of new files:</source>
        <translation>&amp;Kind of new files:</translation>
    </message>
    <message>
        <source>What the files you add next are: an invitation, a report, photos…</source>
        <translation>What the files you add next are: an invitation, a report, photos…</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>Choose one or more files to attach (or drop them here)</source>
        <translation>Choose one or more files to attach (or drop them here)</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the file; click the kind or the note of the selected file to change it</source>
        <translation>Double-click or Enter opens the file; click the kind or the note of the selected file to change it</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the file with the program this computer uses for it (Enter)</source>
        <translation>Open the file with the program this computer uses for it (Enter)</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Save a cop&amp;y…</translation>
    </message>
    <message>
        <source>Save a copy of the file in a folder of your choice</source>
        <translation>Save a copy of the file in a folder of your choice</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the file from this record (Delete)</source>
        <translation>Remove the file from this record (Delete)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 — not saved yet</source>
        <translation>%1 — not saved yet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>“%1” was not found.</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose the files in it.</source>
        <translation>“%1” is a folder; choose the files in it.</translation>
    </message>
    <message>
        <source>No program on this computer opens “%1”. Save a copy and open it from there.</source>
        <translation>No program on this computer opens “%1”. Save a copy and open it from there.</translation>
    </message>
    <message>
        <source>The copy could not be saved as %1: %2</source>
        <translation>The copy could not be saved as %1: %2</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>Documents and photos (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.ppt *.pptx *.jpg *.jpeg *.png *.tif *.tiff *.heic);;All files (*)</source>
        <translation>Documents and photos (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.ppt *.pptx *.jpg *.jpeg *.png *.tif *.tiff *.heic);;All files (*)</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Remove “%1” from the attachments? It is deleted from the database when you save.</source>
        <translation>Remove “%1” from the attachments? It is deleted from the database when you save.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all</source>
        <translation>
            <numerusform>%n file, %1 in all</numerusform>
            <numerusform>%n files, %1 in all</numerusform>
        </translation>
    </message>
    <message>
        <source>No files yet: add the invitation, the report, photos… or drop them here.</source>
        <translation>No files yet: add the invitation, the report, photos… or drop them here.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>AuditHistory</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>(file content)</source>
        <translation>(file content)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Document format profile</source>
        <translation>Document format profile</translation>
    </message>
    <message>
        <source>Setting “%1”</source>
        <translation>Setting “%1”</translation>
    </message>
    <message>
        <source>The whole database</source>
        <translation>The whole database</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>added %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>created: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>removed %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>deleted: %1</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Automatic backups kept</translation>
    </message>
    <message>
        <source>Back up when the window closes</source>
        <translation>Back up when the window closes</translation>
    </message>
    <message>
        <source>Back up once a day</source>
        <translation>Back up once a day</translation>
    </message>
    <message>
        <source>Folder of automatic backups</source>
        <translation>Folder of automatic backups</translation>
    </message>
</context>
<context>
    <name>AuditList</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>The audit log cannot be read: %1</translation>
    </message>
    <message>
        <source>… and possibly more.</source>
        <translation>… and possibly more.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n row(s) missing before row %1.</source>
        <translation>
            <numerusform>Audit log: %n row missing before row %1.</numerusform>
            <numerusform>Audit log: %n rows missing before row %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: row %1 (%2, %3) was altered after it was written.</source>
        <translation>Audit log: row %1 (%2, %3) was altered after it was written.</translation>
    </message>
    <message>
        <source>Audit log: it should end with row %1, but ends with row %2; rows were removed from its end.</source>
        <translation>Audit log: it should end with row %1, but ends with row %2; rows were removed from its end.</translation>
    </message>
    <message>
        <source>Audit log: its seal is missing.</source>
        <translation>Audit log: its seal is missing.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>&amp;Verify the log</translation>
    </message>
    <message>
        <source>Check that no row of the log was changed or removed outside the program</source>
        <translation>Check that no row of the log was changed or removed outside the program</translation>
    </message>
    <message>
        <source>The change log is whole: no row was changed or removed outside the program.</source>
        <translation>The change log is whole: no row was changed or removed outside the program.</translation>
    </message>
    <message>
        <source>The change log is not whole:</source>
        <translation>The change log is not whole:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind of &amp;record:</source>
        <translation>Kind of &amp;record:</translation>
    </message>
    <message>
        <source>Record name (Ctrl+F)</source>
        <translation>Record name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type part of the record&apos;s name; typing without diacritics works too</source>
        <translation>Type part of the record&apos;s name; typing without diacritics works too</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The copy is not sound: %1</source>
        <translation>The copy is not sound: %1</translation>
    </message>
    <message>
        <source>The copy does not hold the same rows as the database.</source>
        <translation>The copy does not hold the same rows as the database.</translation>
    </message>
    <message>
        <source>The file “%1” already exists; choose another name for the backup.</source>
        <translation>The file “%1” already exists; choose another name for the backup.</translation>
    </message>
    <message>
        <source>The folder for the backup “%1” cannot be made.</source>
        <translation>The folder for the backup “%1” cannot be made.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written: %2</source>
        <translation>The backup “%1” could not be written: %2</translation>
    </message>
    <message>
        <source>There is no backup file “%1”.</source>
        <translation>There is no backup file “%1”.</translation>
    </message>
    <message>
        <source>The file “%1” is empty: it is not a backup.</source>
        <translation>The file “%1” is empty: it is not a backup.</translation>
    </message>
    <message>
        <source>The backup “%1” was made by a newer version of Secretariat (schema %2); restore it with that version.</source>
        <translation>The backup “%1” was made by a newer version of Secretariat (schema %2); restore it with that version.</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged and cannot be restored: %2</source>
        <translation>The backup “%1” is damaged and cannot be restored: %2</translation>
    </message>
    <message>
        <source>Close the database “%1” before restoring over it.</source>
        <translation>Close the database “%1” before restoring over it.</translation>
    </message>
    <message>
        <source>The backup could not be put in place; the database is as it was: %1</source>
        <translation>The backup could not be put in place; the database is as it was: %1</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Restored from %1</translation>
    </message>
    <message>
        <source>The backup is in place, but its audit log could not record the restore: %1</source>
        <translation>The backup is in place, but its audit log could not record the restore: %1</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>A checked copy of the whole database is made when the window closes and once a day while it is open. The oldest are removed when there are more than the number kept.</source>
        <translation>A checked copy of the whole database is made when the window closes and once a day while it is open. The oldest are removed when there are more than the number kept.</translation>
    </message>
    <message>
        <source>Back up when the window &amp;closes</source>
        <translation>Back up when the window &amp;closes</translation>
    </message>
    <message>
        <source>Back up once a &amp;day</source>
        <translation>Back up once a &amp;day</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Keep the newest:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>No automatic backup has been made yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) kept; the newest is %1.</source>
        <translation>
            <numerusform>%n automatic backup kept; the newest is %1.</numerusform>
            <numerusform>%n automatic backups kept; the newest is %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Folder for automatic backups</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>The folder “%1” cannot be made.</translation>
    </message>
</context>
<context>
    <name>BadgeRoundDialog</name>
    <message>
        <source>Party membership badge round</source>
        <translation>Party membership badge round</translation>
    </message>
    <message>
        <source>The members due a badge on the round&apos;s day, counted from their dates of admission, illnesses, disciplines and the badges already given or proposed. Tick those to put on the list; those not yet eligible are shown greyed with the day they will be.</source>
        <translation>The members due a badge on the round&apos;s day, counted from their dates of admission, illnesses, disciplines and the badges already given or proposed. Tick those to put on the list; those not yet eligible are shown greyed with the day they will be.</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation>&amp;Decided by:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <source>Tick n&amp;one</source>
        <translation>Tick n&amp;one</translation>
    </message>
    <message>
        <source>&amp;Make the list</source>
        <translation>&amp;Make the list</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Admitted on</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>early, for a grave illness (reached on %1)</source>
        <translation>early, for a grave illness (reached on %1)</translation>
    </message>
    <message>
        <source>posthumous (list 4B), died on %1</source>
        <translation>posthumous (list 4B), died on %1</translation>
    </message>
    <message>
        <source>no date made official recorded</source>
        <translation>no date made official recorded</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>%1 members due, %2 ticked; %3 not yet eligible.</source>
        <translation>%1 members due, %2 ticked; %3 not yet eligible.</translation>
    </message>
    <message>
        <source>Badge numbers</source>
        <translation>Badge numbers</translation>
    </message>
    <message>
        <source>No round of Party membership badges is decided yet: badge numbers are given after the decision.</source>
        <translation>No round of Party membership badges is decided yet: badge numbers are given after the decision.</translation>
    </message>
    <message>
        <source>Give numbers to the round:</source>
        <translation>Give numbers to the round:</translation>
    </message>
    <message>
        <source>The provincial Party organization&apos;s code, which every badge number starts with:</source>
        <translation>The provincial Party organization&apos;s code, which every badge number starts with:</translation>
    </message>
    <message numerus="yes">
        <source>%n badge number(s) given, starting with %1.</source>
        <translation>
            <numerusform>%n badge number given, starting with %1.</numerusform>
            <numerusform>%n badge numbers given, starting with %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message numerus="yes">
        <source>%n document type(s)</source>
        <translation>
            <numerusform>%n document type</numerusform>
            <numerusform>%n document types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s)</source>
        <translation>
            <numerusform>%n conference</numerusform>
            <numerusform>%n conferences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conference participation(s)</source>
        <translation>
            <numerusform>%n conference participation</numerusform>
            <numerusform>%n conference participations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme item(s)</source>
        <translation>
            <numerusform>%n programme item</numerusform>
            <numerusform>%n programme items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection team membership(s)</source>
        <translation>
            <numerusform>%n inspection team membership</numerusform>
            <numerusform>%n inspection team memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection content(s)</source>
        <translation>
            <numerusform>%n inspection content</numerusform>
            <numerusform>%n inspection contents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statistic(s)</source>
        <translation>
            <numerusform>%n statistic</numerusform>
            <numerusform>%n statistics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commendation(s)</source>
        <translation>
            <numerusform>%n commendation</numerusform>
            <numerusform>%n commendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outgoing document(s)</source>
        <translation>
            <numerusform>%n outgoing document</numerusform>
            <numerusform>%n outgoing documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment content(s)</source>
        <translation>
            <numerusform>%n attachment content</numerusform>
            <numerusform>%n attachment contents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n setting</numerusform>
            <numerusform>%n settings</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Position in the list</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>document type</translation>
    </message>
    <message>
        <source>Code of the type</source>
        <translation>Code of the type</translation>
    </message>
    <message>
        <source>Name of the type</source>
        <translation>Name of the type</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Kind of unit</translation>
    </message>
    <message>
        <source>Code in document numbers</source>
        <translation>Code in document numbers</translation>
    </message>
    <message>
        <source>Place name in document dates</source>
        <translation>Place name in document dates</translation>
    </message>
    <message>
        <source>Superior unit</source>
        <translation>Superior unit</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Successor unit</source>
        <translation>Successor unit</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Current title</source>
        <translation>Current title</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Number and code</source>
        <translation>Number and code</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>conference</translation>
    </message>
    <message>
        <source>Kind of conference</source>
        <translation>Kind of conference</translation>
    </message>
    <message>
        <source>Conference title</source>
        <translation>Conference title</translation>
    </message>
    <message>
        <source>Document implemented</source>
        <translation>Document implemented</translation>
    </message>
    <message>
        <source>Review period from</source>
        <translation>Review period from</translation>
    </message>
    <message>
        <source>Review period to</source>
        <translation>Review period to</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Date held</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Organized by</source>
        <translation>Organized by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Shortcomings</source>
        <translation>Shortcomings</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Lessons learnt</source>
        <translation>Lessons learnt</translation>
    </message>
    <message>
        <source>Tasks ahead</source>
        <translation>Tasks ahead</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>General conclusions</source>
        <translation>General conclusions</translation>
    </message>
    <message>
        <source>conference participant</source>
        <translation>conference participant</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Title held that day</source>
        <translation>Title held that day</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>programme item</source>
        <translation>programme item</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Kind of item</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Presented by (person)</source>
        <translation>Presented by (person)</translation>
    </message>
    <message>
        <source>Presented by (unit)</source>
        <translation>Presented by (unit)</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Presented by</translation>
    </message>
    <message>
        <source>Team number</source>
        <translation>Team number</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>team member</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Role in the team</translation>
    </message>
    <message>
        <source>Title held</source>
        <translation>Title held</translation>
    </message>
    <message>
        <source>inspection content</source>
        <translation>inspection content</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Organization concerned</source>
        <translation>Organization concerned</translation>
    </message>
    <message>
        <source>Party member concerned</source>
        <translation>Party member concerned</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Remedied on</source>
        <translation>Remedied on</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>statistic</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Counted in</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>commendation</source>
        <translation>commendation</translation>
    </message>
    <message>
        <source>Form of commendation</source>
        <translation>Form of commendation</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Collective awarded</source>
        <translation>Collective awarded</translation>
    </message>
    <message>
        <source>Person awarded</source>
        <translation>Person awarded</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Presented at</source>
        <translation>Presented at</translation>
    </message>
    <message>
        <source>register entry</source>
        <translation>register entry</translation>
    </message>
    <message>
        <source>Issuer code</source>
        <translation>Issuer code</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>Commendation</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>attachment</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Kind of file</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Type of content</source>
        <translation>Type of content</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Size in bytes</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>attachment content</source>
        <translation>attachment content</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Numbered in the shared run</source>
        <translation>Numbered in the shared run</translation>
    </message>
    <message>
        <source>issuing body</source>
        <translation>issuing body</translation>
    </message>
    <message numerus="yes">
        <source>%n issuing body(ies)</source>
        <translation>
            <numerusform>%n issuing body(ies)</numerusform>
            <numerusform>%n issuing body(ies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the issuing body</source>
        <translation>Name of the issuing body</translation>
    </message>
    <message>
        <source>Superior body (header line)</source>
        <translation>Superior body (header line)</translation>
    </message>
    <message>
        <source>Issuing body (header line)</source>
        <translation>Issuing body (header line)</translation>
    </message>
    <message>
        <source>Unit in the directory</source>
        <translation>Unit in the directory</translation>
    </message>
    <message>
        <source>Numbers run</source>
        <translation>Numbers run</translation>
    </message>
    <message>
        <source>Issues when no body is named</source>
        <translation>Issues when no body is named</translation>
    </message>
    <message>
        <source>Register closed on</source>
        <translation>Register closed on</translation>
    </message>
    <message>
        <source>term</source>
        <translation>term</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n term(s)</numerusform>
            <numerusform>%n term(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Term begins</source>
        <translation>Term begins</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Term ends</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>signer</translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s)</source>
        <translation>
            <numerusform>%n signer(s)</numerusform>
            <numerusform>%n signer(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Authority (T/M, K/T, T/L)</source>
        <translation>Authority (T/M, K/T, T/L)</translation>
    </message>
    <message>
        <source>Title of the signer</source>
        <translation>Title of the signer</translation>
    </message>
    <message>
        <source>Name of the signer</source>
        <translation>Name of the signer</translation>
    </message>
    <message>
        <source>Recipients (one per line)</source>
        <translation>Recipients (one per line)</translation>
    </message>
    <message>
        <source>Documents issued by</source>
        <translation>Documents issued by</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>Part of the day</translation>
    </message>
    <message>
        <source>Order of the delegate list</source>
        <translation>Order of the delegate list</translation>
    </message>
    <message>
        <source>Run of numbers</source>
        <translation>Run of numbers</translation>
    </message>
    <message>
        <source>Number given by</source>
        <translation>Number given by</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <source>Fingerprint of the issued text</source>
        <translation>Fingerprint of the issued text</translation>
    </message>
    <message>
        <source>issued document</source>
        <translation>issued document</translation>
    </message>
    <message numerus="yes">
        <source>%n issued document(s)</source>
        <translation>
            <numerusform>%n issued document(s)</numerusform>
            <numerusform>%n issued document(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>inspection</translation>
    </message>
    <message>
        <source>Name of the inspection</source>
        <translation>Name of the inspection</translation>
    </message>
    <message>
        <source>Number of the decision</source>
        <translation>Number of the decision</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <source>Number of the plan</source>
        <translation>Number of the plan</translation>
    </message>
    <message>
        <source>Date of the plan</source>
        <translation>Date of the plan</translation>
    </message>
    <message>
        <source>Document inspected</source>
        <translation>Document inspected</translation>
    </message>
    <message>
        <source>Period inspected from</source>
        <translation>Period inspected from</translation>
    </message>
    <message>
        <source>Period inspected to</source>
        <translation>Period inspected to</translation>
    </message>
    <message>
        <source>Works from</source>
        <translation>Works from</translation>
    </message>
    <message>
        <source>Works until</source>
        <translation>Works until</translation>
    </message>
    <message>
        <source>Purpose and requirements</source>
        <translation>Purpose and requirements</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>inspected target</source>
        <translation>inspected target</translation>
    </message>
    <message numerus="yes">
        <source>%n inspected target(s)</source>
        <translation>
            <numerusform>%n inspected target</numerusform>
            <numerusform>%n inspected targets</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspected organization</source>
        <translation>Inspected organization</translation>
    </message>
    <message>
        <source>Inspected Party member</source>
        <translation>Inspected Party member</translation>
    </message>
    <message>
        <source>Self-inspection report due</source>
        <translation>Self-inspection report due</translation>
    </message>
    <message>
        <source>Self-inspection report received</source>
        <translation>Self-inspection report received</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>Concluded on</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <source>Discipline proposed</source>
        <translation>Discipline proposed</translation>
    </message>
    <message>
        <source>working session</source>
        <translation>working session</translation>
    </message>
    <message numerus="yes">
        <source>%n working session(s)</source>
        <translation>
            <numerusform>%n working session</numerusform>
            <numerusform>%n working sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspected target</source>
        <translation>Inspected target</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Attending</translation>
    </message>
    <message>
        <source>Content of the session</source>
        <translation>Content of the session</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>violation</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
    <message>
        <source>Violation of</source>
        <translation>Violation of</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommendation</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n recommendation</numerusform>
            <numerusform>%n recommendations</numerusform>
        </translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Latest report on</source>
        <translation>Latest report on</translation>
    </message>
    <message>
        <source>Latest remedy report</source>
        <translation>Latest remedy report</translation>
    </message>
    <message>
        <source>remedy event</source>
        <translation>remedy event</translation>
    </message>
    <message numerus="yes">
        <source>%n remedy event(s)</source>
        <translation>
            <numerusform>%n remedy event</numerusform>
            <numerusform>%n remedy events</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>What was reported or found</source>
        <translation>What was reported or found</translation>
    </message>
    <message>
        <source>Status afterwards</source>
        <translation>Status afterwards</translation>
    </message>
    <message>
        <source>Document sent</source>
        <translation>Document sent</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Remedy event</source>
        <translation>Remedy event</translation>
    </message>
    <message>
        <source>Admitted to the Party on</source>
        <translation>Admitted to the Party on</translation>
    </message>
    <message>
        <source>Full member since</source>
        <translation>Full member since</translation>
    </message>
    <message>
        <source>Died on</source>
        <translation>Died on</translation>
    </message>
    <message>
        <source>Gravely ill</source>
        <translation>Gravely ill</translation>
    </message>
    <message>
        <source>form of commendation</source>
        <translation>form of commendation</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) of commendation</source>
        <translation>
            <numerusform>%n form of commendation</numerusform>
            <numerusform>%n forms of commendation</numerusform>
        </translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Given to</translation>
    </message>
    <message>
        <source>Years of Party membership (badge)</source>
        <translation>Years of Party membership (badge)</translation>
    </message>
    <message>
        <source>Certificate width (mm)</source>
        <translation>Certificate width (mm)</translation>
    </message>
    <message>
        <source>Certificate height (mm)</source>
        <translation>Certificate height (mm)</translation>
    </message>
    <message>
        <source>body that may give the form</source>
        <translation>body that may give the form</translation>
    </message>
    <message numerus="yes">
        <source>%n body(ies) that may give the form</source>
        <translation>
            <numerusform>%n body that may give the form</numerusform>
            <numerusform>%n bodies that may give the form</numerusform>
        </translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>certificate field</source>
        <translation>certificate field</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate field(s)</source>
        <translation>
            <numerusform>%n certificate field</numerusform>
            <numerusform>%n certificate fields</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed text</source>
        <translation>Printed text</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>Fixed text</translation>
    </message>
    <message>
        <source>From the left edge (mm)</source>
        <translation>From the left edge (mm)</translation>
    </message>
    <message>
        <source>From the top edge (mm)</source>
        <translation>From the top edge (mm)</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>Width (mm)</translation>
    </message>
    <message>
        <source>Font size (pt)</source>
        <translation>Font size (pt)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alignment</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Kind of commendation</source>
        <translation>Kind of commendation</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Number of the proposal</source>
        <translation>Number of the proposal</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Proposed on</translation>
    </message>
    <message>
        <source>Badges presented on</source>
        <translation>Badges presented on</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>recipient</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>Name as printed</source>
        <translation>Name as printed</translation>
    </message>
    <message>
        <source>Unit or title held</source>
        <translation>Unit or title held</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Reason of the review</source>
        <translation>Reason of the review</translation>
    </message>
    <message>
        <source>Early, for a grave illness</source>
        <translation>Early, for a grave illness</translation>
    </message>
    <message>
        <source>Posthumous</source>
        <translation>Posthumous</translation>
    </message>
    <message>
        <source>Replaces a lost badge</source>
        <translation>Replaces a lost badge</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Badge number</translation>
    </message>
    <message>
        <source>discipline</source>
        <translation>discipline</translation>
    </message>
    <message numerus="yes">
        <source>%n discipline(s)</source>
        <translation>
            <numerusform>%n discipline</numerusform>
            <numerusform>%n disciplines</numerusform>
        </translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Party member</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Conclusion approved by</source>
        <translation>Conclusion approved by</translation>
    </message>
    <message>
        <source>Conclusion approved at</source>
        <translation>Conclusion approved at</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Approved at</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Account name as compared</source>
        <translation>Account name as compared</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Wrong passwords in a row</source>
        <translation>Wrong passwords in a row</translation>
    </message>
    <message>
        <source>Last wrong password at</source>
        <translation>Last wrong password at</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator(s)</numerusform>
            <numerusform>%n indicator(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted from the records</source>
        <translation>Counted from the records</translation>
    </message>
    <message>
        <source>Kind of conference counted</source>
        <translation>Kind of conference counted</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Adds up as</source>
        <translation>Adds up as</translation>
    </message>
    <message>
        <source>Form of commendation counted</source>
        <translation>Form of commendation counted</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>There is no form of commendation number %1.</source>
        <translation>There is no form of commendation number %1.</translation>
    </message>
    <message>
        <source>On “%1” the field “%2” runs off the page: its right edge would be %3 mm from the left, and the sheet is %4 mm wide.</source>
        <translation>On “%1” the field “%2” runs off the page: its right edge would be %3 mm from the left, and the sheet is %4 mm wide.</translation>
    </message>
    <message>
        <source>On “%1” the field “%2” runs off the page: its text would end %3 mm from the top, and the sheet is %4 mm high.</source>
        <translation>On “%1” the field “%2” runs off the page: its text would end %3 mm from the top, and the sheet is %4 mm high.</translation>
    </message>
    <message>
        <source>There is no commendation number %1.</source>
        <translation>There is no commendation number %1.</translation>
    </message>
    <message>
        <source>The commendation names no issuing body, so its certificates have no place or signer. Choose the body that decides it.</source>
        <translation>The commendation names no issuing body, so its certificates have no place or signer. Choose the body that decides it.</translation>
    </message>
    <message>
        <source>The certificate of “%1” does not fit its sheet: the text of “%2” would end %3 mm from the top, and the sheet is %4 mm high. Move the field up, widen it or make its font smaller in the form “%5”.</source>
        <translation>The certificate of “%1” does not fit its sheet: the text of “%2” would end %3 mm from the top, and the sheet is %4 mm high. Move the field up, widen it or make its font smaller in the form “%5”.</translation>
    </message>
    <message>
        <source>No recipient of this commendation is accepted, so there is no certificate to print. Mark the recipients accepted in the review first.</source>
        <translation>No recipient of this commendation is accepted, so there is no certificate to print. Mark the recipients accepted in the review first.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db needs a file name.</translation>
    </message>
    <message>
        <source>--lang takes vi or en.</source>
        <translation>--lang takes vi or en.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Unknown option “%1”.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>The command “%1” takes exactly one file name.</source>
        <translation>The command “%1” takes exactly one file name.</translation>
    </message>
    <message>
        <source>The file “%1” already exists; the demo is only written to a new file.</source>
        <translation>The file “%1” already exists; the demo is only written to a new file.</translation>
    </message>
    <message>
        <source>Demo database written to %1: %2 units, %3 people, %4 documents, %5 conferences.</source>
        <translation>Demo database written to %1: %2 units, %3 people, %4 documents, %5 conferences.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Schema version: %1 (this program: %2)</translation>
    </message>
    <message>
        <source>See “secretariat --help”.</source>
        <translation>See “secretariat --help”.</translation>
    </message>
    <message>
        <source>--id needs a record number.</source>
        <translation>--id needs a record number.</translation>
    </message>
    <message>
        <source>-o needs an output file name.</source>
        <translation>-o needs an output file name.</translation>
    </message>
    <message>
        <source>Usage: secretariat report KIND --db FILE --id N -o OUT</source>
        <translation>Usage: secretariat report KIND --db FILE --id N -o OUT</translation>
    </message>
    <message>
        <source>Unknown report “%1”; the reports are: %2.</source>
        <translation>Unknown report “%1”; the reports are: %2.</translation>
    </message>
    <message>
        <source>--id takes a record number, not “%1”.</source>
        <translation>--id takes a record number, not “%1”.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Usage: secretariat backup FILE OUT</source>
        <translation>Usage: secretariat backup FILE OUT</translation>
    </message>
    <message>
        <source>Usage: secretariat restore BACKUP FILE</source>
        <translation>Usage: secretariat restore BACKUP FILE</translation>
    </message>
    <message>
        <source>Integrity, foreign keys and the audit log: healthy.</source>
        <translation>Integrity, foreign keys and the audit log: healthy.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>The file as it was is kept as %1.</source>
        <translation>The file as it was is kept as %1.</translation>
    </message>
    <message>
        <source>The output file must end in .pdf, .docx, .odt or .html.</source>
        <translation>The output file must end in .pdf, .docx, .odt or .html.</translation>
    </message>
    <message>
        <source>Secretariat %1: conferences, inspections, commendations and Party documents.

Usage:
  secretariat [--db FILE] [--lang vi|en]   open the window
  secretariat demo FILE                    new database with the demo data
  secretariat check FILE                   schema version, integrity, foreign keys
  secretariat report KIND --db FILE --id N -o OUT
                                           render a document; OUT ends in .pdf, .docx, .odt or .html
                                           (KIND: %3)
  secretariat backup FILE OUT              a checked copy of the database
  secretariat restore BACKUP FILE          put a backup in place (the current file is kept)
  secretariat --help | --version

Without --db the window opens your own database:
  %2

Exit status: 0 done; 1 the operation failed; 2 usage error.
</source>
        <translation>Secretariat %1: conferences, inspections, commendations and Party documents.

Usage:
  secretariat [--db FILE] [--lang vi|en]   open the window
  secretariat demo FILE                    new database with the demo data
  secretariat check FILE                   schema version, integrity, foreign keys
  secretariat report KIND --db FILE --id N -o OUT
                                           render a document; OUT ends in .pdf, .docx, .odt or .html
                                           (KIND: %3)
  secretariat backup FILE OUT              a checked copy of the database
  secretariat restore BACKUP FILE          put a backup in place (the current file is kept)
  secretariat --help | --version

Without --db the window opens your own database:
  %2

Exit status: 0 done; 1 the operation failed; 2 usage error.
</translation>
    </message>
    <message>
        <source>Written: %1 (the copy of %2 kept when it was issued)</source>
        <translation>Written: %1 (the copy of %2 kept when it was issued)</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2</source>
        <translation>“%1” is not a date: %2</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from must not be after --to.</translation>
    </message>
    <message>
        <source>--body takes the number of an issuing body, not “%1”.</source>
        <translation>--body takes the number of an issuing body, not “%1”.</translation>
    </message>
    <message>
        <source>
The inspection statistics of a period (dates dd/mm/yyyy or yyyy-mm-dd; without --body, of every body):
  secretariat report inspection-statistics --db FILE --from DATE --to DATE [--body N] -o OUT
</source>
        <translation>
The inspection statistics of a period (dates dd/mm/yyyy or yyyy-mm-dd; without --body, of every body):
  secretariat report inspection-statistics --db FILE --from DATE --to DATE [--body N] -o OUT
</translation>
    </message>
    <message>
        <source>Usage: secretariat report %1 --db FILE --from DATE --to DATE [--body N] -o OUT</source>
        <translation>Usage: secretariat report %1 --db FILE --from DATE --to DATE [--body N] -o OUT</translation>
    </message>
    <message>
        <source>The register of commendations and their statistics, the same way:
  secretariat report commendation-register --db FILE --from DATE --to DATE [--body N] -o OUT
  secretariat report commendation-statistics --db FILE --from DATE --to DATE [--body N] -o OUT
</source>
        <translation>The register of commendations and their statistics, the same way:
  secretariat report commendation-register --db FILE --from DATE --to DATE [--body N] -o OUT
  secretariat report commendation-statistics --db FILE --from DATE --to DATE [--body N] -o OUT
</translation>
    </message>
    <message>
        <source>Usage: secretariat user add NAME --role ROLE --clearance LEVEL --db FILE [--full-name TEXT] [--user ADMIN]</source>
        <translation>Usage: secretariat user add NAME --role ROLE --clearance LEVEL --db FILE [--full-name TEXT] [--user ADMIN]</translation>
    </message>
    <message>
        <source>Usage: secretariat user list --db FILE --user ADMIN</source>
        <translation>Usage: secretariat user list --db FILE --user ADMIN</translation>
    </message>
    <message>
        <source>Usage: secretariat user %1 NAME --db FILE --user ADMIN</source>
        <translation>Usage: secretariat user %1 NAME --db FILE --user ADMIN</translation>
    </message>
    <message>
        <source>The user command is one of: %1.</source>
        <translation>The user command is one of: %1.</translation>
    </message>
    <message>
        <source>The password is read from standard input (or %1), never from the command line.</source>
        <translation>The password is read from standard input (or %1), never from the command line.</translation>
    </message>
    <message>
        <source>--role, --clearance and --full-name belong to “user add”.</source>
        <translation>--role, --clearance and --full-name belong to “user add”.</translation>
    </message>
    <message>
        <source>--role takes one of %1, not “%2”.</source>
        <translation>--role takes one of %1, not “%2”.</translation>
    </message>
    <message>
        <source>--clearance takes one of %1, not “%2”.</source>
        <translation>--clearance takes one of %1, not “%2”.</translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>The same again: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>No password on standard input: type it there (one line), or give it in %1.</source>
        <translation>No password on standard input: type it there (one line), or give it in %1.</translation>
    </message>
    <message>
        <source>The database “%1” has no accounts: run the command without --user.</source>
        <translation>The database “%1” has no accounts: run the command without --user.</translation>
    </message>
    <message>
        <source>The database “%1” has accounts: give --user NAME, and the password on standard input or in %2.</source>
        <translation>The database “%1” has accounts: give --user NAME, and the password on standard input or in %2.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Password of %1: </translation>
    </message>
    <message>
        <source>A password is never taken from the command line, where others can read it: type it on standard input, or give it in %1.</source>
        <translation>A password is never taken from the command line, where others can read it: type it on standard input, or give it in %1.</translation>
    </message>
    <message>
        <source>
Accounts (ROLE: admin, clerk, staff, leader, viewer; LEVEL: none, confidential, secret, top_secret):
  secretariat user add NAME --role ROLE --clearance LEVEL --db FILE [--full-name TEXT] [--user ADMIN]
  secretariat user reset|disable|enable NAME --db FILE --user ADMIN
  secretariat user list --db FILE --user ADMIN
The first account added turns accounts on and must be an administrator&apos;s. From then on
report, backup, restore and user need --user NAME; check reads no record and needs none.
Passwords are read from standard input, one a line, never from an argument: first the
password of --user, then a new password (user add, user reset). For a script, %1
gives the first of them (the password of --user; the new one for the first account)
and standard input the next.
</source>
        <translation>
Accounts (ROLE: admin, clerk, staff, leader, viewer; LEVEL: none, confidential, secret, top_secret):
  secretariat user add NAME --role ROLE --clearance LEVEL --db FILE [--full-name TEXT] [--user ADMIN]
  secretariat user reset|disable|enable NAME --db FILE --user ADMIN
  secretariat user list --db FILE --user ADMIN
The first account added turns accounts on and must be an administrator&apos;s. From then on
report, backup, restore and user need --user NAME; check reads no record and needs none.
Passwords are read from standard input, one a line, never from an argument: first the
password of --user, then a new password (user add, user reset). For a script, %1
gives the first of them (the password of --user; the new one for the first account)
and standard input the next.
</translation>
    </message>
    <message>
        <source>There is no %1 number %2, or the account “%3” may not read it.</source>
        <translation>There is no %1 number %2, or the account “%3” may not read it.</translation>
    </message>
    <message>
        <source>The database has no accounts: whoever opens it may do everything. The first account, an administrator&apos;s, is added with “secretariat user add”.</source>
        <translation>The database has no accounts: whoever opens it may do everything. The first account, an administrator&apos;s, is added with “secretariat user add”.</translation>
    </message>
    <message>
        <source>The database “%1” has no accounts yet: add the first, an administrator&apos;s, with “secretariat user add NAME --role admin”.</source>
        <translation>The database “%1” has no accounts yet: add the first, an administrator&apos;s, with “secretariat user add NAME --role admin”.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>The account “%1” is disabled: it can no longer log in.</source>
        <translation>The account “%1” is disabled: it can no longer log in.</translation>
    </message>
    <message>
        <source>The account “%1” may log in again.</source>
        <translation>The account “%1” may log in again.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>There is no account named “%1”.</translation>
    </message>
    <message>
        <source>New password of %1: </source>
        <translation>New password of %1: </translation>
    </message>
    <message>
        <source>The password of “%1” is changed.</source>
        <translation>The password of “%1” is changed.</translation>
    </message>
    <message>
        <source>Account “%1” added: %2, reads up to %3.</source>
        <translation>Account “%1” added: %2, reads up to %3.</translation>
    </message>
    <message>
        <source>Accounts are now on: every command on this database needs --user NAME and that account&apos;s password.</source>
        <translation>Accounts are now on: every command on this database needs --user NAME and that account&apos;s password.</translation>
    </message>
    <message>
        <source>Usage: secretariat stats --db FILE --from YEAR --to YEAR [--by units|years] [--unit N] [-o OUT]</source>
        <translation>Usage: secretariat stats --db FILE --from YEAR --to YEAR [--by units|years] [--unit N] [-o OUT]</translation>
    </message>
    <message>
        <source>“%1” is neither a year nor a date: %2</source>
        <translation>“%1” is neither a year nor a date: %2</translation>
    </message>
    <message>
        <source>--by takes units or years, not “%1”.</source>
        <translation>--by takes units or years, not “%1”.</translation>
    </message>
    <message>
        <source>--unit takes the number of a unit, not “%1”.</source>
        <translation>--unit takes the number of a unit, not “%1”.</translation>
    </message>
    <message>
        <source>The output file must end in .xlsx, .csv, .pdf, .docx, .odt or .html.</source>
        <translation>The output file must end in .xlsx, .csv, .pdf, .docx, .odt or .html.</translation>
    </message>
    <message>
        <source>Usage: secretariat import people|units FILE --db DB [--user NAME] [--dry-run]
       secretariat import delegates FILE --conference N --db DB [--user NAME] [--dry-run]
       secretariat import recipients FILE --proposal N --db DB [--user NAME] [--dry-run]</source>
        <translation>Usage: secretariat import people|units FILE --db DB [--user NAME] [--dry-run]
       secretariat import delegates FILE --conference N --db DB [--user NAME] [--dry-run]
       secretariat import recipients FILE --proposal N --db DB [--user NAME] [--dry-run]</translation>
    </message>
    <message>
        <source>The import command is one of: %1.</source>
        <translation>The import command is one of: %1.</translation>
    </message>
    <message>
        <source>--conference belongs to “import delegates”, --proposal to “import recipients”.</source>
        <translation>--conference belongs to “import delegates”, --proposal to “import recipients”.</translation>
    </message>
    <message>
        <source>%1 takes a record number, not “%2”.</source>
        <translation>%1 takes a record number, not “%2”.</translation>
    </message>
    <message>
        <source>--dry-run, --conference and --proposal belong to “import”.</source>
        <translation>--dry-run, --conference and --proposal belong to “import”.</translation>
    </message>
    <message>
        <source>Usage: secretariat search TEXT --db FILE [--user NAME]</source>
        <translation>Usage: secretariat search TEXT --db FILE [--user NAME]</translation>
    </message>
    <message>
        <source>Usage: secretariat export LIST --db FILE -o OUT.xlsx|OUT.csv [--user NAME]</source>
        <translation>Usage: secretariat export LIST --db FILE -o OUT.xlsx|OUT.csv [--user NAME]</translation>
    </message>
    <message>
        <source>Unknown list “%1”; the lists are: %2.</source>
        <translation>Unknown list “%1”; the lists are: %2.</translation>
    </message>
    <message>
        <source>The output file must end in .xlsx or .csv.</source>
        <translation>The output file must end in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>A statistics cross table (indicators by units or by years) for years FROM to TO:
  secretariat stats --db FILE --from YEAR --to YEAR [--by units|years] [--unit N] [-o OUT]
printed as text without -o; OUT ends in .xlsx or .csv (the table), or .pdf, .docx, .odt or .html (the report with its chart).
</source>
        <translation>A statistics cross table (indicators by units or by years) for years FROM to TO:
  secretariat stats --db FILE --from YEAR --to YEAR [--by units|years] [--unit N] [-o OUT]
printed as text without -o; OUT ends in .xlsx or .csv (the table), or .pdf, .docx, .odt or .html (the report with its chart).
</translation>
    </message>
    <message>
        <source>
A list as its page shows it by default, the rows the account may read, to Excel or CSV:
  secretariat export LIST --db FILE -o OUT.xlsx|OUT.csv [--user NAME]
  (LIST: %1)
</source>
        <translation>
A list as its page shows it by default, the rows the account may read, to Excel or CSV:
  secretariat export LIST --db FILE -o OUT.xlsx|OUT.csv [--user NAME]
  (LIST: %1)
</translation>
    </message>
    <message>
        <source>
People, units, a conference&apos;s delegates or a commendation&apos;s recipients from an Excel (.xlsx)
or CSV file (every row or none; --dry-run only checks the file and prints its messages):
  secretariat import people|units FILE --db DB [--user NAME] [--dry-run]
  secretariat import delegates FILE --conference N --db DB [--user NAME] [--dry-run]
  secretariat import recipients FILE --proposal N --db DB [--user NAME] [--dry-run]
</source>
        <translation>
People, units, a conference&apos;s delegates or a commendation&apos;s recipients from an Excel (.xlsx)
or CSV file (every row or none; --dry-run only checks the file and prints its messages):
  secretariat import people|units FILE --db DB [--user NAME] [--dry-run]
  secretariat import delegates FILE --conference N --db DB [--user NAME] [--dry-run]
  secretariat import recipients FILE --proposal N --db DB [--user NAME] [--dry-run]
</translation>
    </message>
    <message>
        <source>
One search across every kind of record (conferences also by a delegate&apos;s name or a year,
units by their old names), grouped by kind:
  secretariat search TEXT --db FILE [--user NAME]
</source>
        <translation>
One search across every kind of record (conferences also by a delegate&apos;s name or a year,
units by their old names), grouped by kind:
  secretariat search TEXT --db FILE [--user NAME]
</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row(s) to %1</numerusform>
            <numerusform>Exported %n row(s) to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and over %n more</source>
        <translation>
            <numerusform>… and over %n more</numerusform>
            <numerusform>… and over %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: secretariat copy SOURCE TARGET [--user NAME]</source>
        <translation>Usage: secretariat copy SOURCE TARGET [--user NAME]</translation>
    </message>
    <message>
        <source>
A whole database into a new one (a file that does not exist yet, or an empty database
on a server, postgresql://user@host:port/db), checked table by table:
  secretariat copy SOURCE TARGET [--user NAME]
</source>
        <translation>
A whole database into a new one (a file that does not exist yet, or an empty database
on a server, postgresql://user@host:port/db), checked table by table:
  secretariat copy SOURCE TARGET [--user NAME]
</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n table(s), </source>
        <translation>
            <numerusform>Copied %1 to %2: %n table(s), </numerusform>
            <numerusform>Copied %1 to %2: %n table(s), </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), in %1 s; the row counts and checksums of the copy match.</source>
        <translation>
            <numerusform>%n row(s), in %1 s; the row counts and checksums of the copy match.</numerusform>
            <numerusform>%n row(s), in %1 s; the row counts and checksums of the copy match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommendationEditor</name>
    <message>
        <source>Commendation</source>
        <translation>Commendation</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Decided b&amp;y:</source>
        <translation>Decided b&amp;y:</translation>
    </message>
    <message>
        <source>The body that decides the commendation and signs its decision</source>
        <translation>The body that decides the commendation and signs its decision</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Bằng khen, Giấy khen, Cờ thi đua… (none for a round of Party membership badges)</source>
        <translation>Bằng khen, Giấy khen, Cờ thi đua… (none for a round of Party membership badges)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>What the recipients are commended for, as the decision words it</source>
        <translation>What the recipients are commended for, as the decision words it</translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation>&amp;Proposed by:</translation>
    </message>
    <message>
        <source>The unit that proposes the commendation (a lower committee, a Ban)</source>
        <translation>The unit that proposes the commendation (a lower committee, a Ban)</translation>
    </message>
    <message>
        <source>Pro&amp;posal:</source>
        <translation>Pro&amp;posal:</translation>
    </message>
    <message>
        <source>The number of the proposal (tờ trình)</source>
        <translation>The number of the proposal (tờ trình)</translation>
    </message>
    <message>
        <source>Number and code, e.g. 45-TTr/BTC</source>
        <translation>Number and code, e.g. 45-TTr/BTC</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>dated</translation>
    </message>
    <message>
        <source>Presented &amp;at:</source>
        <translation>Presented &amp;at:</translation>
    </message>
    <message>
        <source>The conference where the awards are presented, if any</source>
        <translation>The conference where the awards are presented, if any</translation>
    </message>
    <message>
        <source>Badges presented o&amp;n:</source>
        <translation>Badges presented o&amp;n:</translation>
    </message>
    <message>
        <source>The day of the round: 3/2, 19/5, 2/9 or 7/11</source>
        <translation>The day of the round: 3/2, 19/5, 2/9 or 7/11</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Decided is set when the decision is issued</source>
        <translation>Decided is set when the decision is issued</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Filled when the decision is issued</source>
        <translation>Filled when the decision is issued</translation>
    </message>
    <message>
        <source>signed by</source>
        <translation>signed by</translation>
    </message>
    <message>
        <source>&amp;List of recipients</source>
        <translation>&amp;List of recipients</translation>
    </message>
    <message>
        <source>Type the name of a unit or of a person, with or without diacritics</source>
        <translation>Type the name of a unit or of a person, with or without diacritics</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Add to the list</translation>
    </message>
    <message>
        <source>Read the list from a CSV file: STT, Họ và tên or Tên tập thể, Chức vụ, đơn vị, Thành tích</source>
        <translation>Read the list from a CSV file: STT, Họ và tên or Tên tập thể, Chức vụ, đơn vị, Thành tích</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <source>The board accepts every recipient not yet reviewed</source>
        <translation>The board accepts every recipient not yet reviewed</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Accept a&amp;ll</translation>
    </message>
    <message>
        <source>Warnings (after each save; click one to select its row):</source>
        <translation>Warnings (after each save; click one to select its row):</translation>
    </message>
    <message>
        <source>Attachment&amp;s</source>
        <translation>Attachment&amp;s</translation>
    </message>
    <message>
        <source>Edit commendation</source>
        <translation>Edit commendation</translation>
    </message>
    <message>
        <source>New commendation</source>
        <translation>New commendation</translation>
    </message>
    <message>
        <source>Unit: </source>
        <translation>Unit: </translation>
    </message>
    <message>
        <source>Type the name of a unit or of a person to find it…</source>
        <translation>Type the name of a unit or of a person to find it…</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>(none: a round of Party membership badges)</source>
        <translation>(none: a round of Party membership badges)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Decided by decision %1 of %2: the decision and its list are frozen. Only a badge&apos;s number, the conference and the note may still be written.</source>
        <translation>Decided by decision %1 of %2: the decision and its list are frozen. Only a badge&apos;s number, the conference and the note may still be written.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>The number, date and signer are filled when the decision is issued from the outgoing document register.</source>
        <translation>The number, date and signer are filled when the decision is issued from the outgoing document register.</translation>
    </message>
    <message>
        <source>“%1” may not give “%2”: the forms directory names the bodies that may.</source>
        <translation>“%1” may not give “%2”: the forms directory names the bodies that may.</translation>
    </message>
    <message>
        <source>Warnings are shown once the commendation is saved.</source>
        <translation>Warnings are shown once the commendation is saved.</translation>
    </message>
    <message>
        <source>No warnings: no duplicate, no unit gone, every form given to whom it may be.</source>
        <translation>No warnings: no duplicate, no unit gone, every form given to whom it may be.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), as of the last save (click one to select its row):</source>
        <translation>
            <numerusform>%n warning, as of the last save (click one to select its row):</numerusform>
            <numerusform>%n warnings, as of the last save (click one to select its row):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the list</source>
        <translation>
            <numerusform>%n on the list</numerusform>
            <numerusform>%n on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reviewed</source>
        <translation>
            <numerusform>%n not reviewed</numerusform>
            <numerusform>%n not reviewed</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a unit or a person from the list first.</source>
        <translation>Choose a unit or a person from the list first.</translation>
    </message>
    <message>
        <source>“%1” is already on the list.</source>
        <translation>“%1” is already on the list.</translation>
    </message>
    <message>
        <source>Import the list</source>
        <translation>Import the list</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) added to the list; they are stored when the commendation is saved.</source>
        <translation>
            <numerusform>%n recipient added to the list; they are stored when the commendation is saved.</numerusform>
            <numerusform>%n recipients added to the list; they are stored when the commendation is saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the reason of the commendation.</source>
        <translation>Enter the reason of the commendation.</translation>
    </message>
    <message>
        <source>Choose the form of commendation.</source>
        <translation>Choose the form of commendation.</translation>
    </message>
    <message>
        <source>A commendation is decided when its decision is issued, with the number the outgoing document register gives it.</source>
        <translation>A commendation is decided when its decision is issued, with the number the outgoing document register gives it.</translation>
    </message>
    <message>
        <source>Row %1 of the list has no name; write it or remove the row.</source>
        <translation>Row %1 of the list has no name; write it or remove the row.</translation>
    </message>
    <message>
        <source>Approve the &amp;decision</source>
        <translation>Approve the &amp;decision</translation>
    </message>
</context>
<context>
    <name>CommendationFormEditor</name>
    <message>
        <source>Form of commendation</source>
        <translation>Form of commendation</translation>
    </message>
    <message>
        <source>G&amp;eneral</source>
        <translation>G&amp;eneral</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Bằng khen</source>
        <translation>e.g. Bằng khen</translation>
    </message>
    <message>
        <source>&amp;Given to:</source>
        <translation>&amp;Given to:</translation>
    </message>
    <message>
        <source>Party &amp;badge for:</source>
        <translation>Party &amp;badge for:</translation>
    </message>
    <message>
        <source>A Party membership badge marks these years of membership; other forms are not badges</source>
        <translation>A Party membership badge marks these years of membership; other forms are not badges</translation>
    </message>
    <message>
        <source>Certificate &amp;stock:</source>
        <translation>Certificate &amp;stock:</translation>
    </message>
    <message>
        <source>Width of the pre-printed sheet (A4 landscape: 297 mm)</source>
        <translation>Width of the pre-printed sheet (A4 landscape: 297 mm)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Height of the pre-printed sheet (A4 landscape: 210 mm)</source>
        <translation>Height of the pre-printed sheet (A4 landscape: 210 mm)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Who gives it</source>
        <translation>&amp;Who gives it</translation>
    </message>
    <message>
        <source>The bodies that may give this form. A commendation decided by another body is warned of.</source>
        <translation>The bodies that may give this form. A commendation decided by another body is warned of.</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>Bod&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Certificate layout</source>
        <translation>&amp;Certificate layout</translation>
    </message>
    <message>
        <source>Where each text is printed on the stock, in millimetres from the sheet&apos;s top left corner. Long texts wrap within their width. Print the test page and hold it against a sheet of stock to check.</source>
        <translation>Where each text is printed on the stock, in millimetres from the sheet&apos;s top left corner. Long texts wrap within their width. Print the test page and hold it against a sheet of stock to check.</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>Add &amp;field</translation>
    </message>
    <message>
        <source>Re&amp;move field</source>
        <translation>Re&amp;move field</translation>
    </message>
    <message>
        <source>A page of the stock&apos;s size with a millimetre grid and each field&apos;s box</source>
        <translation>A page of the stock&apos;s size with a millimetre grid and each field&apos;s box</translation>
    </message>
    <message>
        <source>&amp;Print test page…</source>
        <translation>&amp;Print test page…</translation>
    </message>
    <message>
        <source>(not a Party membership badge)</source>
        <translation>(not a Party membership badge)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>Edit form of commendation</source>
        <translation>Edit form of commendation</translation>
    </message>
    <message>
        <source>New form of commendation</source>
        <translation>New form of commendation</translation>
    </message>
    <message>
        <source>Enter the name of the form, e.g. Bằng khen.</source>
        <translation>Enter the name of the form, e.g. Bằng khen.</translation>
    </message>
    <message>
        <source>Field %1 prints fixed text: enter the text.</source>
        <translation>Field %1 prints fixed text: enter the text.</translation>
    </message>
    <message>
        <source>Field %1 (%2): “%3” is not a number.</source>
        <translation>Field %1 (%2): “%3” is not a number.</translation>
    </message>
    <message>
        <source>Field %1 (%2): its place is measured from the sheet&apos;s top left corner, so it cannot be negative.</source>
        <translation>Field %1 (%2): its place is measured from the sheet&apos;s top left corner, so it cannot be negative.</translation>
    </message>
    <message>
        <source>Field %1 (%2) needs a width greater than 0 mm.</source>
        <translation>Field %1 (%2) needs a width greater than 0 mm.</translation>
    </message>
    <message>
        <source>Field %1 (%2): the font size is between 6 and 72 pt.</source>
        <translation>Field %1 (%2): the font size is between 6 and 72 pt.</translation>
    </message>
    <message>
        <source>Field %1 (%2): write 1 for yes, 0 for no.</source>
        <translation>Field %1 (%2): write 1 for yes, 0 for no.</translation>
    </message>
</context>
<context>
    <name>CommendationFormModels</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Given to</translation>
    </message>
    <message>
        <source>Badge (years)</source>
        <translation>Badge (years)</translation>
    </message>
    <message>
        <source>Certificate (mm)</source>
        <translation>Certificate (mm)</translation>
    </message>
    <message>
        <source>Body that may give it</source>
        <translation>Body that may give it</translation>
    </message>
    <message>
        <source>Printed text</source>
        <translation>Printed text</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alignment</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>Fixed text</translation>
    </message>
    <message>
        <source>Left (mm)</source>
        <translation>Left (mm)</translation>
    </message>
    <message>
        <source>Top (mm)</source>
        <translation>Top (mm)</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>Width (mm)</translation>
    </message>
    <message>
        <source>Size (pt)</source>
        <translation>Size (pt)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
</context>
<context>
    <name>CommendationLists</name>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>not decided yet</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Party membership badge</source>
        <translation>Party membership badge</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Accepted / listed</source>
        <translation>Accepted / listed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Presented at</source>
        <translation>Presented at</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name as printed</source>
        <translation>Name as printed</translation>
    </message>
    <message>
        <source>Unit or title held</source>
        <translation>Unit or title held</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Reason of the review</source>
        <translation>Reason of the review</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Badge number</translation>
    </message>
</context>
<context>
    <name>CommendationReport</name>
    <message>
        <source>There is no commendation number %1 in this database.</source>
        <translation>There is no commendation number %1 in this database.</translation>
    </message>
    <message>
        <source>The commendation has nobody on its list yet: add the recipients before printing the proposal. A draft can be printed meanwhile.</source>
        <translation>The commendation has nobody on its list yet: add the recipients before printing the proposal. A draft can be printed meanwhile.</translation>
    </message>
    <message>
        <source>The period needs a first and a last day, the first not after the last.</source>
        <translation>The period needs a first and a last day, the first not after the last.</translation>
    </message>
</context>
<context>
    <name>Commendations</name>
    <message>
        <source>%1 is not among the bodies that may give the %2 (see the forms of commendation in the directories).</source>
        <translation>%1 is not among the bodies that may give the %2 (see the forms of commendation in the directories).</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>this list</translation>
    </message>
    <message>
        <source>decision %1 of %2</source>
        <translation>decision %1 of %2</translation>
    </message>
    <message>
        <source>proposal %1 of %2</source>
        <translation>proposal %1 of %2</translation>
    </message>
    <message>
        <source>another proposal not yet numbered</source>
        <translation>another proposal not yet numbered</translation>
    </message>
    <message>
        <source>“%1” already has the %2 for the same reason: see %3.</source>
        <translation>“%1” already has the %2 for the same reason: see %3.</translation>
    </message>
    <message>
        <source>“%1” no longer exists: it is now part of “%2”.</source>
        <translation>“%1” no longer exists: it is now part of “%2”.</translation>
    </message>
    <message>
        <source>“%1” no longer exists: it ceased on %2.</source>
        <translation>“%1” no longer exists: it ceased on %2.</translation>
    </message>
    <message>
        <source>The %1 is given to collectives only, and “%2” is a person.</source>
        <translation>The %1 is given to collectives only, and “%2” is a person.</translation>
    </message>
    <message>
        <source>The %1 is given to individuals only, and “%2” is a collective.</source>
        <translation>The %1 is given to individuals only, and “%2” is a collective.</translation>
    </message>
    <message>
        <source>The commendation is no longer in the database (another window may have deleted it).</source>
        <translation>The commendation is no longer in the database (another window may have deleted it).</translation>
    </message>
    <message>
        <source>The proposal was withdrawn: there is nothing to decide.</source>
        <translation>The proposal was withdrawn: there is nothing to decide.</translation>
    </message>
    <message>
        <source>The commendation is decided already (%1).</source>
        <translation>The commendation is decided already (%1).</translation>
    </message>
    <message>
        <source>The decision would be dated %1, before the proposal of %2.</source>
        <translation>The decision would be dated %1, before the proposal of %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) not yet reviewed: mark each accepted or not before the decision.</source>
        <translation>
            <numerusform>%n recipient not yet reviewed: mark each accepted or not before the decision.</numerusform>
            <numerusform>%n recipients not yet reviewed: mark each accepted or not before the decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody on the list is accepted: there is nothing to decide.</source>
        <translation>Nobody on the list is accepted: there is nothing to decide.</translation>
    </message>
</context>
<context>
    <name>CommendationsPage</name>
    <message>
        <source>Commendations</source>
        <translation>Commendations</translation>
    </message>
    <message>
        <source>Quick filter — type without diacritics too (Ctrl+F)</source>
        <translation>Quick filter — type without diacritics too (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Decided &amp;by:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>F&amp;orm:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Add a commendation (Ctrl+N)</source>
        <translation>Add a commendation (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Edit the selected commendation (Enter)</source>
        <translation>Edit the selected commendation (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected commendation (Delete)</source>
        <translation>Delete the selected commendation (Delete)</translation>
    </message>
    <message>
        <source>Do&amp;cument:</source>
        <translation>Do&amp;cument:</translation>
    </message>
    <message>
        <source>The document to print for the selected commendation</source>
        <translation>The document to print for the selected commendation</translation>
    </message>
    <message>
        <source>Dra&amp;ft</source>
        <translation>Dra&amp;ft</translation>
    </message>
    <message>
        <source>Print a draft marked DỰ THẢO, without a number</source>
        <translation>Print a draft marked DỰ THẢO, without a number</translation>
    </message>
    <message>
        <source>Issue &amp;number…</source>
        <translation>Issue &amp;number…</translation>
    </message>
    <message>
        <source>Take the next number of the outgoing document register for this document</source>
        <translation>Take the next number of the outgoing document register for this document</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>Print preview (Ctrl+Shift+P)</source>
        <translation>Print preview (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save as PDF, DOCX, ODT or HTML (Ctrl+Shift+E)</source>
        <translation>Save as PDF, DOCX, ODT or HTML (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <source>Party membership badge (round)</source>
        <translation>Party membership badge (round)</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>All forms</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Delete the commendation “%1” with its list of recipients and attachments?</source>
        <translation>Delete the commendation “%1” with its list of recipients and attachments?</translation>
    </message>
    <message numerus="yes">
        <source>%n commendation(s)</source>
        <translation>
            <numerusform>%n commendation</numerusform>
            <numerusform>%n commendations</numerusform>
        </translation>
    </message>
    <message>
        <source>No document of a commendation can be printed yet.</source>
        <translation>No document of a commendation can be printed yet.</translation>
    </message>
    <message>
        <source>Select a commendation to print its documents.</source>
        <translation>Select a commendation to print its documents.</translation>
    </message>
    <message>
        <source>%1: number %2 of %3 in the outgoing document register.</source>
        <translation>%1: number %2 of %3 in the outgoing document register.</translation>
    </message>
    <message>
        <source>%1: no number yet — it prints as a draft with room for the number.</source>
        <translation>%1: no number yet — it prints as a draft with room for the number.</translation>
    </message>
    <message>
        <source>The commendation was changed after it was issued: printing gives the issued copy; issue a replacement to print the changes.</source>
        <translation>The commendation was changed after it was issued: printing gives the issued copy; issue a replacement to print the changes.</translation>
    </message>
    <message>
        <source>This document already has the number %1. To give it another, cancel that number in the outgoing document register first.</source>
        <translation>This document already has the number %1. To give it another, cancel that number in the outgoing document register first.</translation>
    </message>
    <message>
        <source>The commendation was changed after %1 was issued. Issue “%2” again with the next number of type %3/%4, dated %5, replacing %1?</source>
        <translation>The commendation was changed after %1 was issued. Issue “%2” again with the next number of type %3/%4, dated %5, replacing %1?</translation>
    </message>
    <message>
        <source>Give “%1” the next number of type %2/%3, dated %4?</source>
        <translation>Give “%1” the next number of type %2/%3, dated %4?</translation>
    </message>
    <message>
        <source>The document is kept as issued: printing it again gives the same pages. A number once given is never given again, even if the document is cancelled.</source>
        <translation>The document is kept as issued: printing it again gives the same pages. A number once given is never given again, even if the document is cancelled.</translation>
    </message>
</context>
<context>
    <name>ConferenceEditor</name>
    <message>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Implements &amp;document:</source>
        <translation>Implements &amp;document:</translation>
    </message>
    <message>
        <source>The document the conference implements, reviews or disseminates</source>
        <translation>The document the conference implements, reviews or disseminates</translation>
    </message>
    <message>
        <source>New doc&amp;ument…</source>
        <translation>New doc&amp;ument…</translation>
    </message>
    <message>
        <source>Add a document to the directory without leaving the conference</source>
        <translation>Add a document to the directory without leaving the conference</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Su&amp;ggest</source>
        <translation>Su&amp;ggest</translation>
    </message>
    <message>
        <source>Write the usual title from the kind and the document</source>
        <translation>Write the usual title from the kind and the document</translation>
    </message>
    <message>
        <source>Review &amp;period:</source>
        <translation>Review &amp;period:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Date &amp;held:</source>
        <translation>Date &amp;held:</translation>
    </message>
    <message>
        <source>Starts &amp;at:</source>
        <translation>Starts &amp;at:</translation>
    </message>
    <message>
        <source>Ends a&amp;t:</source>
        <translation>Ends a&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>e.g. Trung tâm Hội nghị tỉnh</source>
        <translation>e.g. Trung tâm Hội nghị tỉnh</translation>
    </message>
    <message>
        <source>&amp;Organized by:</source>
        <translation>&amp;Organized by:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Secre&amp;cy:</source>
        <translation>Secre&amp;cy:</translation>
    </message>
    <message>
        <source>Ur&amp;gency:</source>
        <translation>Ur&amp;gency:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Type a name or a unit, with or without diacritics</source>
        <translation>Type a name or a unit, with or without diacritics</translation>
    </message>
    <message>
        <source>as</source>
        <translation>as</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add the person or unit to the list (Enter)</source>
        <translation>Add the person or unit to the list (Enter)</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>New &amp;person…</translation>
    </message>
    <message>
        <source>Add a person who is not in the directory yet</source>
        <translation>Add a person who is not in the directory yet</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Import a delegate list (UTF-8 CSV with Vietnamese headers)</source>
        <translation>Import a delegate list (UTF-8 CSV with Vietnamese headers)</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Move u&amp;p</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Move dow&amp;n</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>P&amp;rogramme</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>Add a programme item</source>
        <translation>Add a programme item</translation>
    </message>
    <message>
        <source>Move up (or drag)</source>
        <translation>Move up (or drag)</translation>
    </message>
    <message>
        <source>Move down (or drag)</source>
        <translation>Move down (or drag)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Remove item</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>Remove the item</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>O&amp;utcomes</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Results:</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Strengths:</translation>
    </message>
    <message>
        <source>Shortcomings:</source>
        <translation>Shortcomings:</translation>
    </message>
    <message>
        <source>Difficulties:</source>
        <translation>Difficulties:</translation>
    </message>
    <message>
        <source>Causes:</source>
        <translation>Causes:</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Lessons:</translation>
    </message>
    <message>
        <source>Tasks ahead:</source>
        <translation>Tasks ahead:</translation>
    </message>
    <message>
        <source>Proposals:</source>
        <translation>Proposals:</translation>
    </message>
    <message>
        <source>Statistics:</source>
        <translation>Statistics:</translation>
    </message>
    <message>
        <source>Add &amp;figure</source>
        <translation>Add &amp;figure</translation>
    </message>
    <message>
        <source>Add a named figure</source>
        <translation>Add a named figure</translation>
    </message>
    <message>
        <source>Remove fi&amp;gure</source>
        <translation>Remove fi&amp;gure</translation>
    </message>
    <message>
        <source>Remove the figure</source>
        <translation>Remove the figure</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>A&amp;ttachments</translation>
    </message>
    <message>
        <source>Edit conference</source>
        <translation>Edit conference</translation>
    </message>
    <message>
        <source>New conference</source>
        <translation>New conference</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Unit: </source>
        <translation>Unit: </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s), </source>
        <translation>
            <numerusform>%n person, </numerusform>
            <numerusform>%n persons, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) — </source>
        <translation>
            <numerusform>%n unit — </numerusform>
            <numerusform>%n units — </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s) in all</source>
        <translation>
            <numerusform>%n delegate in all</numerusform>
            <numerusform>%n delegates in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person or a unit from the list first.</source>
        <translation>Choose a person or a unit from the list first.</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>“%1” is already in the list.</translation>
    </message>
    <message>
        <source>Import delegates</source>
        <translation>Import delegates</translation>
    </message>
    <message>
        <source>The conference is saved before the import. Save now?</source>
        <translation>The conference is saved before the import. Save now?</translation>
    </message>
    <message>
        <source>Enter the title of the conference (or let Suggest write it).</source>
        <translation>Enter the title of the conference (or let Suggest write it).</translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as 07:30.</source>
        <translation>“%1” is not a time; write it as 07:30.</translation>
    </message>
    <message>
        <source>The review period ends before it starts.</source>
        <translation>The review period ends before it starts.</translation>
    </message>
    <message>
        <source>Programme item %1 has no content.</source>
        <translation>Programme item %1 has no content.</translation>
    </message>
    <message>
        <source>Programme item %1: “%2” is not a time; write it as 07:30.</source>
        <translation>Programme item %1: “%2” is not a time; write it as 07:30.</translation>
    </message>
    <message>
        <source>Figure %1 has no name.</source>
        <translation>Figure %1 has no name.</translation>
    </message>
    <message>
        <source>New conference (copy)</source>
        <translation>New conference (copy)</translation>
    </message>
    <message>
        <source>“%1” joins the directory when the conference is saved.</source>
        <translation>“%1” joins the directory when the conference is saved.</translation>
    </message>
    <message>
        <source>The document joins the directory when the conference is saved.</source>
        <translation>The document joins the directory when the conference is saved.</translation>
    </message>
    <message>
        <source>Suggest a title</source>
        <translation>Suggest a title</translation>
    </message>
    <message>
        <source>Replace the title you wrote with “%1”?</source>
        <translation>Replace the title you wrote with “%1”?</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Type a name or a unit to find it…</source>
        <translation>Type a name or a unit to find it…</translation>
    </message>
    <message>
        <source>or part of the da&amp;y:</source>
        <translation>or part of the da&amp;y:</translation>
    </message>
    <message>
        <source>When no hour is known yet: the invitation says “buổi sáng”, “cả ngày”…</source>
        <translation>When no hour is known yet: the invitation says “buổi sáng”, “cả ngày”…</translation>
    </message>
    <message>
        <source>Documents issued &amp;by:</source>
        <translation>Documents issued &amp;by:</translation>
    </message>
    <message>
        <source>The body whose header, number and signer the conference&apos;s documents carry; empty: the organizer&apos;s</source>
        <translation>The body whose header, number and signer the conference&apos;s documents carry; empty: the organizer&apos;s</translation>
    </message>
    <message>
        <source>Order of the &amp;list:</source>
        <translation>Order of the &amp;list:</translation>
    </message>
    <message>
        <source>How the delegate list and the invitations are ordered: by protocol (chairs, then the precedence of the title), or as the rows are arranged here (dragging a row chooses this)</source>
        <translation>How the delegate list and the invitations are ordered: by protocol (chairs, then the precedence of the title), or as the rows are arranged here (dragging a row chooses this)</translation>
    </message>
    <message>
        <source>&amp;Sort by protocol</source>
        <translation>&amp;Sort by protocol</translation>
    </message>
    <message>
        <source>Arrange the rows in protocol order, as the list prints by protocol</source>
        <translation>Arrange the rows in protocol order, as the list prints by protocol</translation>
    </message>
    <message>
        <source>(by the hours)</source>
        <translation>(by the hours)</translation>
    </message>
    <message>
        <source>(the organizer&apos;s)</source>
        <translation>(the organizer&apos;s)</translation>
    </message>
</context>
<context>
    <name>ConferenceReport</name>
    <message>
        <source>There is no conference number %1 in this database.</source>
        <translation>There is no conference number %1 in this database.</translation>
    </message>
    <message>
        <source>The conference “%1” has no programme yet: add its items first.</source>
        <translation>The conference “%1” has no programme yet: add its items first.</translation>
    </message>
    <message>
        <source>The conference “%1” has no participants yet: add them before printing the delegate list.</source>
        <translation>The conference “%1” has no participants yet: add them before printing the delegate list.</translation>
    </message>
    <message>
        <source>The conference “%1” has no one to invite: apart from its chairs, no participant or unit is recorded. Add the delegates first.</source>
        <translation>The conference “%1” has no one to invite: apart from its chairs, no participant or unit is recorded. Add the delegates first.</translation>
    </message>
    <message>
        <source>The conference “%1” has no conclusions yet: write them (or its results, shortcomings and tasks ahead) on the Outcomes tab before printing the notice. A draft can be printed meanwhile.</source>
        <translation>The conference “%1” has no conclusions yet: write them (or its results, shortcomings and tasks ahead) on the Outcomes tab before printing the notice. A draft can be printed meanwhile.</translation>
    </message>
    <message>
        <source>The conference “%1” has no date yet: an invitation says when to come. Give the date (a draft can be printed meanwhile).</source>
        <translation>The conference “%1” has no date yet: an invitation says when to come. Give the date (a draft can be printed meanwhile).</translation>
    </message>
    <message>
        <source>The conference “%1” has no time yet: give the hour it starts, or the part of the day (morning, afternoon, all day), before printing the invitations. A draft can be printed meanwhile.</source>
        <translation>The conference “%1” has no time yet: give the hour it starts, or the part of the day (morning, afternoon, all day), before printing the invitations. A draft can be printed meanwhile.</translation>
    </message>
</context>
<context>
    <name>ConferenceRows</name>
    <message>
        <source>Person or unit</source>
        <translation>Person or unit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Title held that day</source>
        <translation>Title held that day</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Presented by</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Counted in</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <source>Conferences</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <source>Quick filter — type without diacritics too (Ctrl+F)</source>
        <translation>Quick filter — type without diacritics too (Ctrl+F)</translation>
    </message>
    <message>
        <source>Do&amp;cument:</source>
        <translation>Do&amp;cument:</translation>
    </message>
    <message>
        <source>The document to print for the selected conference</source>
        <translation>The document to print for the selected conference</translation>
    </message>
    <message>
        <source>Issue &amp;number…</source>
        <translation>Issue &amp;number…</translation>
    </message>
    <message>
        <source>Take the next number of the outgoing document register for this document</source>
        <translation>Take the next number of the outgoing document register for this document</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>Print preview (Ctrl+Shift+P)</source>
        <translation>Print preview (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>Select a conference to print its documents.</source>
        <translation>Select a conference to print its documents.</translation>
    </message>
    <message>
        <source>%1: number %2 of %3 in the outgoing document register.</source>
        <translation>%1: number %2 of %3 in the outgoing document register.</translation>
    </message>
    <message>
        <source>%1: no number yet — it prints as a draft with room for the number.</source>
        <translation>%1: no number yet — it prints as a draft with room for the number.</translation>
    </message>
    <message>
        <source>This document already has the number %1. To give it another, cancel that number in the outgoing document register first.</source>
        <translation>This document already has the number %1. To give it another, cancel that number in the outgoing document register first.</translation>
    </message>
    <message>
        <source>Give “%1” the next number of type %2/%3, dated %4?</source>
        <translation>Give “%1” the next number of type %2/%3, dated %4?</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Organized by:</source>
        <translation>&amp;Organized by:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Add a conference (Ctrl+N)</source>
        <translation>Add a conference (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Edit the selected conference (Enter)</source>
        <translation>Edit the selected conference (Enter)</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Dup&amp;licate</translation>
    </message>
    <message>
        <source>Copy the conference with its participants and programme, a year later</source>
        <translation>Copy the conference with its participants and programme, a year later</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected conference (Delete)</source>
        <translation>Delete the selected conference (Delete)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Delete the conference “%1” with its participants and programme?</source>
        <translation>Delete the conference “%1” with its participants and programme?</translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s)</source>
        <translation>
            <numerusform>%n conference</numerusform>
            <numerusform>%n conferences</numerusform>
        </translation>
    </message>
    <message>
        <source>The conference was changed after it was issued: printing gives the issued copy; issue a replacement to print the changes.</source>
        <translation>The conference was changed after it was issued: printing gives the issued copy; issue a replacement to print the changes.</translation>
    </message>
    <message>
        <source>The conference was changed after %1 was issued. Issue “%2” again with the next number of type %3/%4, dated %5, replacing %1?</source>
        <translation>The conference was changed after %1 was issued. Issue “%2” again with the next number of type %3/%4, dated %5, replacing %1?</translation>
    </message>
    <message>
        <source>The document is kept as issued: printing it again gives the same pages. A number once given is never given again, even if the document is cancelled.</source>
        <translation>The document is kept as issued: printing it again gives the same pages. A number once given is never given again, even if the document is cancelled.</translation>
    </message>
    <message>
        <source>Save as PDF, DOCX, ODT or HTML (Ctrl+Shift+E)</source>
        <translation>Save as PDF, DOCX, ODT or HTML (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Dra&amp;ft</source>
        <translation>Dra&amp;ft</translation>
    </message>
    <message>
        <source>Print a draft marked DỰ THẢO, without a number: also a notice with nothing concluded yet or an invitation without a time</source>
        <translation>Print a draft marked DỰ THẢO, without a number: also a notice with nothing concluded yet or an invitation without a time</translation>
    </message>
    <message>
        <source>Secrecy level of the records listed</source>
        <translation>Secrecy level of the records listed</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
</context>
<context>
    <name>ConvertEncodingDialog</name>
    <message>
        <source>Convert to Unicode</source>
        <translation>Convert to Unicode</translation>
    </message>
    <message>
        <source>&amp;Text typed in an old Vietnamese font (.VnTime, VNI-Times) — paste it here:</source>
        <translation>&amp;Text typed in an old Vietnamese font (.VnTime, VNI-Times) — paste it here:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Unicode text:</source>
        <translation>&amp;Unicode text:</translation>
    </message>
    <message>
        <source>Detect by itself</source>
        <translation>Detect by itself</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Put the Unicode text on the clipboard</source>
        <translation>Put the Unicode text on the clipboard</translation>
    </message>
    <message>
        <source>For example: Hµ Néi, ngµy 05 th¸ng 02 n¨m 2026</source>
        <translation>For example: Hµ Néi, ngµy 05 th¸ng 02 n¨m 2026</translation>
    </message>
    <message>
        <source>Paste or type the text above.</source>
        <translation>Paste or type the text above.</translation>
    </message>
    <message>
        <source>Found: Unicode — no old font encoding in this text.</source>
        <translation>Found: Unicode — no old font encoding in this text.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Found: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file “%1” is not UTF-8; save it as CSV UTF-8 in Excel (File › Save As › CSV UTF-8) and choose it again.</source>
        <translation>The file “%1” is not UTF-8; save it as CSV UTF-8 in Excel (File › Save As › CSV UTF-8) and choose it again.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>The file “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation>The file “%1” is empty.</translation>
    </message>
    <message>
        <source>The file uses the %1 encoding — converted to Unicode</source>
        <translation>The file uses the %1 encoding — converted to Unicode</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The table %1 cannot be read: %2</source>
        <translation>The table %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Emptying the new table %1</source>
        <translation>Emptying the new table %1</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the target than in the source: %2 and %3.</source>
        <translation>The table %1 has other columns in the target than in the source: %2 and %3.</translation>
    </message>
    <message>
        <source>Writing row %1 of the table %2</source>
        <translation>Writing row %1 of the table %2</translation>
    </message>
    <message>
        <source>Writing %1 of row %2 of the table %3</source>
        <translation>Writing %1 of row %2 of the table %3</translation>
    </message>
    <message>
        <source>The table %1 holds %2 rows in the copy but %3 in the source.</source>
        <translation>The table %1 holds %2 rows in the copy but %3 in the source.</translation>
    </message>
    <message>
        <source>The rows of the table %1 differ between the copy and the source (their checksums differ).</source>
        <translation>The rows of the table %1 differ between the copy and the source (their checksums differ).</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Nothing was copied: %1</translation>
    </message>
    <message>
        <source>Nothing was copied: the source cannot be read: %1</source>
        <translation>Nothing was copied: the source cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Type the date as 27/05/2024, 27/5/2024 or 27052024; Alt+Down opens a calendar; an empty field has no date.</source>
        <translation>Type the date as 27/05/2024, 27/5/2024 or 27052024; Alt+Down opens a calendar; an empty field has no date.</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Choose from a calendar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DelegateCsv</name>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Found in the directory</source>
        <translation>Found in the directory</translation>
    </message>
    <message>
        <source>New person will be added to the directory</source>
        <translation>New person will be added to the directory</translation>
    </message>
    <message numerus="yes">
        <source>Whole unit, %n delegate(s)</source>
        <extracomment>A row of the delegate list that stands for a unit sending several delegates</extracomment>
        <translation>
            <numerusform>Whole unit, %n delegate</numerusform>
            <numerusform>Whole unit, %n delegates</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole unit</source>
        <translation>Whole unit</translation>
    </message>
    <message>
        <source>The conference no longer exists.</source>
        <translation>The conference no longer exists.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice; only the first one is read.</source>
        <translation>The column “%1” appears twice; only the first one is read.</translation>
    </message>
    <message>
        <source>The first row of “%1” has neither a “Họ và tên” nor an “Đơn vị” column; it must name the columns.</source>
        <translation>The first row of “%1” has neither a “Họ và tên” nor an “Đơn vị” column; it must name the columns.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not known and ignored: %1.</source>
        <translation>
            <numerusform>%n column not known and ignored: %1.</numerusform>
            <numerusform>%n columns not known and ignored: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A quotation mark opened in this row is never closed, so the rest of the file was read as one value.</source>
        <translation>A quotation mark opened in this row is never closed, so the rest of the file was read as one value.</translation>
    </message>
    <message>
        <source>This row is not valid UTF-8 (some letters are garbled); retype them, or save the file as CSV UTF-8.</source>
        <translation>This row is not valid UTF-8 (some letters are garbled); retype them, or save the file as CSV UTF-8.</translation>
    </message>
    <message>
        <source>“%1” is not a role; write one of: %2.</source>
        <translation>“%1” is not a role; write one of: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an attendance; write one of: %2.</source>
        <translation>“%1” is not an attendance; write one of: %2.</translation>
    </message>
    <message>
        <source>An absence reason is given for someone marked present.</source>
        <translation>An absence reason is given for someone marked present.</translation>
    </message>
    <message>
        <source>The delegate count “%1” is not a whole number above zero.</source>
        <translation>The delegate count “%1” is not a whole number above zero.</translation>
    </message>
    <message>
        <source>A delegate count belongs to a row for a whole unit; leave it empty for a person.</source>
        <translation>A delegate count belongs to a row for a whole unit; leave it empty for a person.</translation>
    </message>
    <message>
        <source>There is no unit “%1” in the directory; add it there first or correct the name.</source>
        <translation>There is no unit “%1” in the directory; add it there first or correct the name.</translation>
    </message>
    <message>
        <source>Several units in the directory are called “%1”; give them different names there first.</source>
        <translation>Several units in the directory are called “%1”; give them different names there first.</translation>
    </message>
    <message>
        <source>The row has neither a name nor a unit.</source>
        <translation>The row has neither a name nor a unit.</translation>
    </message>
    <message>
        <source>%1 is already a participant of this conference.</source>
        <translation>%1 is already a participant of this conference.</translation>
    </message>
    <message>
        <source>Several people in the directory are called “%1”; write the unit to tell them apart.</source>
        <translation>Several people in the directory are called “%1”; write the unit to tell them apart.</translation>
    </message>
    <message>
        <source>Several people called “%1” work in “%2” in the directory; merge them there first.</source>
        <translation>Several people called “%1” work in “%2” in the directory; merge them there first.</translation>
    </message>
    <message>
        <source>This row repeats row %1.</source>
        <translation>This row repeats row %1.</translation>
    </message>
    <message>
        <source>The file “%1” has a header row but no delegates.</source>
        <translation>The file “%1” has a header row but no delegates.</translation>
    </message>
    <message>
        <source>This list was read for another conference; choose the file again.</source>
        <translation>This list was read for another conference; choose the file again.</translation>
    </message>
    <message>
        <source>The file has no delegates to import.</source>
        <translation>The file has no delegates to import.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Fix the file and choose it again.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has errors. Fix the file and choose it again.</numerusform>
            <numerusform>Nothing was imported: %n rows have errors. Fix the file and choose it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>Row %1: %2 Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n invisible control character(s) removed from this row.</source>
        <translation>
            <numerusform>%n invisible control character removed from this row.</numerusform>
            <numerusform>%n invisible control characters removed from this row.</numerusform>
        </translation>
    </message>
    <message>
        <source>Similar: %1.</source>
        <translation>Similar: %1.</translation>
    </message>
    <message>
        <source>Reading “%1” was stopped; nothing was imported.</source>
        <translation>Reading “%1” was stopped; nothing was imported.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported.</source>
        <translation>The import was stopped; nothing was imported.</translation>
    </message>
    <message>
        <source>“%1” will be added as a new person; the directory has similar names: %2. Correct the file if it means one of them.</source>
        <translation>“%1” will be added as a new person; the directory has similar names: %2. Correct the file if it means one of them.</translation>
    </message>
</context>
<context>
    <name>DelegateImportDialog</name>
    <message>
        <source>Import delegates</source>
        <translation>Import delegates</translation>
    </message>
    <message>
        <source>What each row of the file will become; rows with a problem are shown in red and are not imported</source>
        <translation>What each row of the file will become; rows with a problem are shown in red and are not imported</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Add these delegates to the conference</source>
        <translation>Add these delegates to the conference</translation>
    </message>
    <message>
        <source>Close without importing anything (Esc)</source>
        <translation>Close without importing anything (Esc)</translation>
    </message>
    <message>
        <source>Delegates for &lt;b&gt;%1&lt;/b&gt;</source>
        <extracomment>The heading of the import preview: conference title, then the file&apos;s name</extracomment>
        <translation>Delegates for &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From the file %1</source>
        <translation>From the file %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be imported.</source>
        <translation>The file %1 cannot be imported.</translation>
    </message>
    <message>
        <source>%1, %2 — fix the file and choose it again.</source>
        <extracomment>&quot;12 rows ready, 2 with errors — fix the file and choose it again.&quot;</extracomment>
        <translation>%1, %2 — fix the file and choose it again.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n row ready</numerusform>
            <numerusform>%n rows ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with errors</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n row ready to import.</numerusform>
            <numerusform>%n rows ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s) will be added to the directory.</source>
        <translation>
            <numerusform>%n new person will be added to the directory.</numerusform>
            <numerusform>%n new persons will be added to the directory.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Reading the delegate list…</source>
        <translation>Reading the delegate list…</translation>
    </message>
    <message>
        <source>Importing the delegates…</source>
        <translation>Importing the delegates…</translation>
    </message>
    <message>
        <source>S&amp;heet of the workbook:</source>
        <translation>S&amp;heet of the workbook:</translation>
    </message>
    <message>
        <source>The workbook has several sheets; the preview shows the one chosen here</source>
        <translation>The workbook has several sheets; the preview shows the one chosen here</translation>
    </message>
    <message>
        <source>The sheet “%1” of the file %2 cannot be imported.</source>
        <translation>The sheet “%1” of the file %2 cannot be imported.</translation>
    </message>
</context>
<context>
    <name>DelegatePreviewModel</name>
    <message>
        <source>Row</source>
        <extracomment>Column of the import preview: the row number in the CSV file</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <source>Name / unit</source>
        <translation>Name / unit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>What will happen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Attendance and the reason of an absence: &quot;Absent (on a mission abroad)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DirectoryCsv</name>
    <message>
        <source>The column “%1” appears twice; only the first one is read.</source>
        <translation>The column “%1” appears twice; only the first one is read.</translation>
    </message>
    <message>
        <source>The first row of “%1” has no “Họ và tên” column; it must name the columns.</source>
        <translation>The first row of “%1” has no “Họ và tên” column; it must name the columns.</translation>
    </message>
    <message>
        <source>The first row of “%1” has no “Tên đơn vị” column; it must name the columns.</source>
        <translation>The first row of “%1” has no “Tên đơn vị” column; it must name the columns.</translation>
    </message>
    <message>
        <source>The directory keeps no birth date: %1 not read.</source>
        <translation>The directory keeps no birth date: %1 not read.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not known and ignored: %1.</source>
        <translation>
            <numerusform>%n column(s) not known and ignored: %1.</numerusform>
            <numerusform>%n column(s) not known and ignored: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” in the column “%2” is not a date: %3</source>
        <translation>“%1” in the column “%2” is not a date: %3</translation>
    </message>
    <message>
        <source>The date of full membership is before the date of admission to the Party.</source>
        <translation>The date of full membership is before the date of admission to the Party.</translation>
    </message>
    <message>
        <source>The unit&apos;s validity ends before it begins.</source>
        <translation>The unit&apos;s validity ends before it begins.</translation>
    </message>
    <message>
        <source>Several units in the directory are called “%1”; give them different names there first.</source>
        <translation>Several units in the directory are called “%1”; give them different names there first.</translation>
    </message>
    <message>
        <source>There is no unit “%1” in the directory; add it there first or correct the name.</source>
        <translation>There is no unit “%1” in the directory; add it there first or correct the name.</translation>
    </message>
    <message>
        <source>There is no unit “%1” in the directory nor in an earlier row of the file; add it first or correct the name.</source>
        <translation>There is no unit “%1” in the directory nor in an earlier row of the file; add it first or correct the name.</translation>
    </message>
    <message>
        <source>This row repeats row %1.</source>
        <translation>This row repeats row %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invisible control character(s) removed from this row.</source>
        <translation>
            <numerusform>%n invisible control character(s) removed from this row.</numerusform>
            <numerusform>%n invisible control character(s) removed from this row.</numerusform>
        </translation>
    </message>
    <message>
        <source>A quotation mark opened in this row is never closed, so the rest of the file was read as one value.</source>
        <translation>A quotation mark opened in this row is never closed, so the rest of the file was read as one value.</translation>
    </message>
    <message>
        <source>This row is not valid UTF-8 (some letters are garbled); retype them, or save the file as CSV UTF-8.</source>
        <translation>This row is not valid UTF-8 (some letters are garbled); retype them, or save the file as CSV UTF-8.</translation>
    </message>
    <message>
        <source>The row has no name (“Họ và tên”).</source>
        <translation>The row has no name (“Họ và tên”).</translation>
    </message>
    <message>
        <source>The row has no unit name (“Tên đơn vị”).</source>
        <translation>The row has no unit name (“Tên đơn vị”).</translation>
    </message>
    <message>
        <source>“%1” is not a gender; write one of: %2.</source>
        <translation>“%1” is not a gender; write one of: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of unit; write one of: %2.</source>
        <translation>“%1” is not a kind of unit; write one of: %2.</translation>
    </message>
    <message>
        <source>A unit cannot be its own superior.</source>
        <translation>A unit cannot be its own superior.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Will be added to the directory</source>
        <translation>Will be added to the directory</translation>
    </message>
    <message>
        <source>Already in the directory, skipped</source>
        <translation>Already in the directory, skipped</translation>
    </message>
    <message>
        <source>Reading “%1” was stopped; nothing was imported.</source>
        <translation>Reading “%1” was stopped; nothing was imported.</translation>
    </message>
    <message>
        <source>The file “%1” has a header row but no people.</source>
        <translation>The file “%1” has a header row but no people.</translation>
    </message>
    <message>
        <source>The file “%1” has a header row but no units.</source>
        <translation>The file “%1” has a header row but no units.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Fix the file and choose it again.</source>
        <translation>
            <numerusform>Nothing was imported: %n row(s) have errors. Fix the file and choose it again.</numerusform>
            <numerusform>Nothing was imported: %n row(s) have errors. Fix the file and choose it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported.</source>
        <translation>The import was stopped; nothing was imported.</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>Row %1: %2 Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>DirectoryImportDialog</name>
    <message>
        <source>Import into the directory</source>
        <translation>Import into the directory</translation>
    </message>
    <message>
        <source>What each row of the file will become; rows with a problem are shown in red and are not imported</source>
        <translation>What each row of the file will become; rows with a problem are shown in red and are not imported</translation>
    </message>
    <message>
        <source>Show only the rows with &amp;problems</source>
        <translation>Show only the rows with &amp;problems</translation>
    </message>
    <message>
        <source>Hide the rows that are ready, to find the ones to correct in a long file</source>
        <translation>Hide the rows that are ready, to find the ones to correct in a long file</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Import people</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>Import units</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Add these people to the directory</source>
        <translation>Add these people to the directory</translation>
    </message>
    <message>
        <source>Add these units to the directory</source>
        <translation>Add these units to the directory</translation>
    </message>
    <message>
        <source>Close without importing anything (Esc)</source>
        <translation>Close without importing anything (Esc)</translation>
    </message>
    <message>
        <source>Reading the list of people…</source>
        <translation>Reading the list of people…</translation>
    </message>
    <message>
        <source>Reading the list of units…</source>
        <translation>Reading the list of units…</translation>
    </message>
    <message>
        <source>People for the directory</source>
        <translation>People for the directory</translation>
    </message>
    <message>
        <source>Units for the directory</source>
        <translation>Units for the directory</translation>
    </message>
    <message>
        <source>From the file %1</source>
        <translation>From the file %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be imported.</source>
        <translation>The file %1 cannot be imported.</translation>
    </message>
    <message>
        <source>Adding the people…</source>
        <translation>Adding the people…</translation>
    </message>
    <message>
        <source>Adding the units…</source>
        <translation>Adding the units…</translation>
    </message>
    <message>
        <source>%1 out of %2 — nothing is imported; fix the file and choose it again.</source>
        <extracomment>&quot;2 rows with errors out of 120 — nothing is imported; fix the file and choose it again.&quot;</extracomment>
        <translation>%1 out of %2 — nothing is imported; fix the file and choose it again.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n row(s) with errors</numerusform>
            <numerusform>%n row(s) with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be added to the directory.</source>
        <translation>
            <numerusform>%n person(s) will be added to the directory.</numerusform>
            <numerusform>%n person(s) will be added to the directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) will be added to the directory.</source>
        <translation>
            <numerusform>%n unit(s) will be added to the directory.</numerusform>
            <numerusform>%n unit(s) will be added to the directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already in the directory are skipped.</source>
        <translation>
            <numerusform>%n row(s) already in the directory are skipped.</numerusform>
            <numerusform>%n row(s) already in the directory are skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryModels</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Superior unit</source>
        <translation>Superior unit</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Succeeded by</source>
        <translation>Succeeded by</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Current title</source>
        <translation>Current title</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Number and code</source>
        <translation>Number and code</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Quick filter — type without diacritics too (Ctrl+F)</source>
        <translation>Quick filter — type without diacritics too (Ctrl+F)</translation>
    </message>
    <message>
        <source>As a &amp;tree</source>
        <translation>As a &amp;tree</translation>
    </message>
    <message>
        <source>Show units by their hierarchy</source>
        <translation>Show units by their hierarchy</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>Add a record (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Edit the selected record (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete)</source>
        <translation>Delete the selected record (Delete)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete “%1” from the directory?</source>
        <translation>Delete “%1” from the directory?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match the filter</source>
        <translation>
            <numerusform>%n record matches the filter</numerusform>
            <numerusform>%n records match the filter</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was changed in another window meanwhile; look at it again before deleting it.</source>
        <translation>“%1” was changed in another window meanwhile; look at it again before deleting it.</translation>
    </message>
    <message>
        <source>Issuing bodies</source>
        <translation>Issuing bodies</translation>
    </message>
    <message>
        <source>Forms of commendation</source>
        <translation>Forms of commendation</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Add records from an Excel or CSV file, after a preview of every row</source>
        <translation>Add records from an Excel or CSV file, after a preview of every row</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Import people</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>Import units</translation>
    </message>
</context>
<context>
    <name>DirectoryPreviewModel</name>
    <message>
        <source>Row</source>
        <extracomment>Column of the import preview: the row number in the CSV file</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Superior unit</source>
        <translation>Superior unit</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>What will happen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>Nothing was printed: %1</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>Export document</source>
        <translation>Export document</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt);;Web page (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DocumentRegister</name>
    <message>
        <source>A number needs the document type, the issuer code and the date.</source>
        <translation>A number needs the document type, the issuer code and the date.</translation>
    </message>
    <message>
        <source>This number is not in the register or was already cancelled.</source>
        <translation>This number is not in the register or was already cancelled.</translation>
    </message>
    <message>
        <source>Documents of this kind of record are not numbered in the register.</source>
        <translation>Documents of this kind of record are not numbered in the register.</translation>
    </message>
    <message>
        <source>This document already has the number %1 (given on %2). To give it another, cancel that number in the outgoing document register first.</source>
        <translation>This document already has the number %1 (given on %2). To give it another, cancel that number in the outgoing document register first.</translation>
    </message>
    <message>
        <source>This number was changed in another window meanwhile; look at it again.</source>
        <translation>This number was changed in another window meanwhile; look at it again.</translation>
    </message>
    <message>
        <source>The issuing body of this document is no longer in the directory.</source>
        <translation>The issuing body of this document is no longer in the directory.</translation>
    </message>
    <message>
        <source>The register of %1 was closed on %2: a document dated %3 is issued by the body that succeeded it.</source>
        <translation>The register of %1 was closed on %2: a document dated %3 is issued by the body that succeeded it.</translation>
    </message>
    <message>
        <source>No term of %1 covers %2: numbers run within a term. Add the term in the directory of issuing bodies.</source>
        <translation>No term of %1 covers %2: numbers run within a term. Add the term in the directory of issuing bodies.</translation>
    </message>
    <message>
        <source>The document to be replaced is no longer issued.</source>
        <translation>The document to be replaced is no longer issued.</translation>
    </message>
    <message>
        <source>This number is not in the register.</source>
        <translation>This number is not in the register.</translation>
    </message>
    <message>
        <source>No issued file is kept for this number (it was given before issued documents were kept, or by hand).</source>
        <translation>No issued file is kept for this number (it was given before issued documents were kept, or by hand).</translation>
    </message>
    <message>
        <source>The issued file kept for this number does not match its fingerprint: the database may be damaged. Run “secretariat check”.</source>
        <translation>The issued file kept for this number does not match its fingerprint: the database may be damaged. Run “secretariat check”.</translation>
    </message>
    <message>
        <source>Issued document %1: %2</source>
        <translation>Issued document %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The font “%1” is not installed, and no font with the same metrics and full Vietnamese was found. Install Times New Roman or Liberation Serif (fonts-liberation2), or choose another font in the format profile.</source>
        <translation>The font “%1” is not installed, and no font with the same metrics and full Vietnamese was found. Install Times New Roman or Liberation Serif (fonts-liberation2), or choose another font in the format profile.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>The PDF could not be started.</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Enter figures</source>
        <translation>Enter figures</translation>
    </message>
    <message>
        <source>e.g. 2.611 or 12,5</source>
        <translation>e.g. 2.611 or 12,5</translation>
    </message>
    <message>
        <source>where the figure comes from (a report, its number)</source>
        <translation>where the figure comes from (a report, its number)</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Enter the figure</source>
        <translation>&amp;Enter the figure</translation>
    </message>
    <message>
        <source>No indicator in use takes entered figures: add one under Indicators…</source>
        <translation>No indicator in use takes entered figures: add one under Indicators…</translation>
    </message>
    <message>
        <source>Type the value of the figure.</source>
        <translation>Type the value of the figure.</translation>
    </message>
    <message>
        <source>“%1” is not a number: type it as 2.611 or 12,5.</source>
        <translation>“%1” is not a number: type it as 2.611 or 12,5.</translation>
    </message>
    <message>
        <source>Entered: %1 for %2, %3.</source>
        <translation>Entered: %1 for %2, %3.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latest remedy report</source>
        <translation>Latest remedy report</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Inspection conclusions</source>
        <translation>Inspection conclusions</translation>
    </message>
    <message>
        <source>Quick filter — type without diacritics too (Ctrl+F)</source>
        <translation>Quick filter — type without diacritics too (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Overdue</translation>
    </message>
    <message>
        <source>Only the recommendations past their deadline and not remedied</source>
        <translation>Only the recommendations past their deadline and not remedied</translation>
    </message>
    <message>
        <source>Due within &amp;30 days</source>
        <translation>Due within &amp;30 days</translation>
    </message>
    <message>
        <source>Only the recommendations not remedied whose deadline is in the next 30 days</source>
        <translation>Only the recommendations not remedied whose deadline is in the next 30 days</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>&amp;Inspection:</source>
        <translation>&amp;Inspection:</translation>
    </message>
    <message>
        <source>&amp;Responsible unit:</source>
        <translation>&amp;Responsible unit:</translation>
    </message>
    <message>
        <source>&amp;History and remedies…</source>
        <translation>&amp;History and remedies…</translation>
    </message>
    <message>
        <source>The history of the selected recommendation; record a remedy report, a reminder or a re-check (Enter)</source>
        <translation>The history of the selected recommendation; record a remedy report, a reminder or a re-check (Enter)</translation>
    </message>
    <message>
        <source>Overdue recommendations are shown in red with a warning sign.</source>
        <translation>Overdue recommendations are shown in red with a warning sign.</translation>
    </message>
    <message>
        <source>Not yet remedied</source>
        <translation>Not yet remedied</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>All targets</translation>
    </message>
    <message>
        <source>All inspections</source>
        <translation>All inspections</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatProfile</name>
    <message>
        <source>Default (Hướng dẫn 36-HD/VPTW)</source>
        <translation>Default (Hướng dẫn 36-HD/VPTW)</translation>
    </message>
    <message>
        <source>This is not a Secretariat format profile.</source>
        <translation>This is not a Secretariat format profile.</translation>
    </message>
    <message>
        <source>“%1” is not a known paper size (e.g. A4).</source>
        <translation>“%1” is not a known paper size (e.g. A4).</translation>
    </message>
    <message>
        <source>Margins must be between 5 and 60 mm.</source>
        <translation>Margins must be between 5 and 60 mm.</translation>
    </message>
    <message>
        <source>Font sizes must be between 6 and 40 points.</source>
        <translation>Font sizes must be between 6 and 40 points.</translation>
    </message>
    <message>
        <source>Choose the font of the documents.</source>
        <translation>Choose the font of the documents.</translation>
    </message>
    <message>
        <source>“%1” is how state documents sign; Party documents write T/M, K/T or T/L.</source>
        <translation>“%1” is how state documents sign; Party documents write T/M, K/T or T/L.</translation>
    </message>
    <message>
        <source>The profile could not be written to “%1”: %2</source>
        <translation>The profile could not be written to “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>“%1” is not a format profile: %2</source>
        <translation>“%1” is not a format profile: %2</translation>
    </message>
    <message>
        <source>“%1” is not a format profile.</source>
        <translation>“%1” is not a format profile.</translation>
    </message>
    <message>
        <source>Name of the profile</source>
        <translation>Name of the profile</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Mirrored margins</source>
        <translation>Mirrored margins</translation>
    </message>
    <message>
        <source>Margins (mm)</source>
        <translation>Margins (mm)</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Font</translation>
    </message>
    <message>
        <source>Size of “ĐẢNG CỘNG SẢN VIỆT NAM”</source>
        <translation>Size of “ĐẢNG CỘNG SẢN VIỆT NAM”</translation>
    </message>
    <message>
        <source>Size of the issuing body</source>
        <translation>Size of the issuing body</translation>
    </message>
    <message>
        <source>Size of the number and date</source>
        <translation>Size of the number and date</translation>
    </message>
    <message>
        <source>Size of the document type</source>
        <translation>Size of the document type</translation>
    </message>
    <message>
        <source>Size of the excerpt</source>
        <translation>Size of the excerpt</translation>
    </message>
    <message>
        <source>Size of the body text</source>
        <translation>Size of the body text</translation>
    </message>
    <message>
        <source>Size of “Nơi nhận”</source>
        <translation>Size of “Nơi nhận”</translation>
    </message>
    <message>
        <source>Size of the recipients</source>
        <translation>Size of the recipients</translation>
    </message>
    <message>
        <source>Size of the signature block</source>
        <translation>Size of the signature block</translation>
    </message>
    <message>
        <source>Size of the page numbers</source>
        <translation>Size of the page numbers</translation>
    </message>
    <message>
        <source>Superior body</source>
        <translation>Superior body</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Issuer code</source>
        <translation>Issuer code</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>Title of the signer</source>
        <translation>Title of the signer</translation>
    </message>
    <message>
        <source>Name of the signer</source>
        <translation>Name of the signer</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Guidance followed</source>
        <translation>Guidance followed</translation>
    </message>
    <message>
        <source>Line spacing of the body (pt)</source>
        <translation>Line spacing of the body (pt)</translation>
    </message>
    <message>
        <source>First-line indent (mm)</source>
        <translation>First-line indent (mm)</translation>
    </message>
    <message>
        <source>End of the body</source>
        <translation>End of the body</translation>
    </message>
    <message>
        <source>Spelling of “ỦY” in the header</source>
        <translation>Spelling of “ỦY” in the header</translation>
    </message>
    <message>
        <source>Comma before “ngày” in citations</source>
        <translation>Comma before “ngày” in citations</translation>
    </message>
    <message>
        <source>Signer&apos;s title in bold</source>
        <translation>Signer&apos;s title in bold</translation>
    </message>
    <message>
        <source>Committees may sign K/T</source>
        <translation>Committees may sign K/T</translation>
    </message>
    <message>
        <source>Programme items numbered</source>
        <translation>Programme items numbered</translation>
    </message>
    <message>
        <source>36-HD/VPTW (2018)</source>
        <translation>36-HD/VPTW (2018)</translation>
    </message>
    <message>
        <source>2026 guidance</source>
        <extracomment>The guidance of the Central Party Office of 2026 that reportedly replaced 36-HD/VPTW.</extracomment>
        <translation>2026 guidance</translation>
    </message>
    <message>
        <source>The line spacing must be between 8 and 60 points (0 for single spacing).</source>
        <translation>The line spacing must be between 8 and 60 points (0 for single spacing).</translation>
    </message>
    <message>
        <source>The first-line indent must be between 0 and 30 mm.</source>
        <translation>The first-line indent must be between 0 and 30 mm.</translation>
    </message>
    <message>
        <source>The body ends with “./.” or with “.”.</source>
        <translation>The body ends with “./.” or with “.”.</translation>
    </message>
    <message>
        <source>The header spells “ỦY” or “UỶ” (or as written).</source>
        <translation>The header spells “ỦY” or “UỶ” (or as written).</translation>
    </message>
    <message>
        <source>“%1”: under this format profile a committee&apos;s documents are not signed K/T; use T/M (or change the profile).</source>
        <translation>“%1”: under this format profile a committee&apos;s documents are not signed K/T; use T/M (or change the profile).</translation>
    </message>
</context>
<context>
    <name>FormatProfileDialog</name>
    <message>
        <source>Document format</source>
        <translation>Document format</translation>
    </message>
    <message>
        <source>&amp;Page and fonts</source>
        <translation>&amp;Page and fonts</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profile &amp;name:</translation>
    </message>
    <message>
        <source>e.g. Hướng dẫn 36-HD/VPTW, Tỉnh ủy Thanh Hóa</source>
        <translation>e.g. Hướng dẫn 36-HD/VPTW, Tỉnh ủy Thanh Hóa</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Paper si&amp;ze:</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Landscape</translation>
    </message>
    <message>
        <source>Turn the page sideways (some certificates)</source>
        <translation>Turn the page sideways (some certificates)</translation>
    </message>
    <message>
        <source>&amp;Top / bottom margin:</source>
        <translation>&amp;Top / bottom margin:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Top margin</translation>
    </message>
    <message>
        <source>Bottom margin</source>
        <translation>Bottom margin</translation>
    </message>
    <message>
        <source>Left / &amp;right margin:</source>
        <translation>Left / &amp;right margin:</translation>
    </message>
    <message>
        <source>Left margin (the binding side of a front page)</source>
        <translation>Left margin (the binding side of a front page)</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Left margin</translation>
    </message>
    <message>
        <source>Right margin</source>
        <translation>Right margin</translation>
    </message>
    <message>
        <source>Mirror margins on bac&amp;k pages</source>
        <translation>Mirror margins on bac&amp;k pages</translation>
    </message>
    <message>
        <source>For printing on both sides: left and right margins swap on even pages</source>
        <translation>For printing on both sides: left and right margins swap on even pages</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Font:</translation>
    </message>
    <message>
        <source>The font of every printed document, e.g. Times New Roman</source>
        <translation>The font of every printed document, e.g. Times New Roman</translation>
    </message>
    <message>
        <source>Font sizes</source>
        <translation>Font sizes</translation>
    </message>
    <message>
        <source>Part&amp;y line:</source>
        <translation>Part&amp;y line:</translation>
    </message>
    <message>
        <source>“ĐẢNG CỘNG SẢN VIỆT NAM” at the top right</source>
        <translation>“ĐẢNG CỘNG SẢN VIỆT NAM” at the top right</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>He&amp;ader bodies:</source>
        <translation>He&amp;ader bodies:</translation>
    </message>
    <message>
        <source>The superior body and the issuing body at the top left</source>
        <translation>The superior body and the issuing body at the top left</translation>
    </message>
    <message>
        <source>N&amp;umber and date:</source>
        <translation>N&amp;umber and date:</translation>
    </message>
    <message>
        <source>“Số 12-TB/TU” and the line with place and date</source>
        <translation>“Số 12-TB/TU” and the line with place and date</translation>
    </message>
    <message>
        <source>D&amp;ocument type:</source>
        <translation>D&amp;ocument type:</translation>
    </message>
    <message>
        <source>THÔNG BÁO, QUYẾT ĐỊNH, BÁO CÁO…</source>
        <translation>THÔNG BÁO, QUYẾT ĐỊNH, BÁO CÁO…</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;Excerpt:</translation>
    </message>
    <message>
        <source>The excerpt (trích yếu) under the document type</source>
        <translation>The excerpt (trích yếu) under the document type</translation>
    </message>
    <message>
        <source>&amp;Body text:</source>
        <translation>&amp;Body text:</translation>
    </message>
    <message>
        <source>The text of the document</source>
        <translation>The text of the document</translation>
    </message>
    <message>
        <source>Recipients headin&amp;g:</source>
        <translation>Recipients headin&amp;g:</translation>
    </message>
    <message>
        <source>“Nơi nhận:”</source>
        <translation>“Nơi nhận:”</translation>
    </message>
    <message>
        <source>Re&amp;cipients:</source>
        <translation>Re&amp;cipients:</translation>
    </message>
    <message>
        <source>The list of recipients under “Nơi nhận:”</source>
        <translation>The list of recipients under “Nơi nhận:”</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signature:</translation>
    </message>
    <message>
        <source>The authority, title and name of the signer</source>
        <translation>The authority, title and name of the signer</translation>
    </message>
    <message>
        <source>Page nu&amp;mbers:</source>
        <translation>Page nu&amp;mbers:</translation>
    </message>
    <message>
        <source>Page numbers at the top, from page 2 on</source>
        <translation>Page numbers at the top, from page 2 on</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Read a format profile from a JSON file into the form</source>
        <translation>Read a format profile from a JSON file into the form</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Write the format in the form to a JSON file</source>
        <translation>Write the format in the form to a JSON file</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <source>Put the default format (Hướng dẫn 36-HD/VPTW) into the form</source>
        <translation>Put the default format (Hướng dẫn 36-HD/VPTW) into the form</translation>
    </message>
    <message>
        <source>%1 (%2 × %3 mm)</source>
        <extracomment>Paper size in the list: &quot;A4 (210 × 297 mm)&quot;</extracomment>
        <translation>%1 (%2 × %3 mm)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <source>The format from “%1” is in the form; Save makes it the one documents use.</source>
        <translation>The format from “%1” is in the form; Save makes it the one documents use.</translation>
    </message>
    <message>
        <source>The format was written to “%1”.</source>
        <translation>The format was written to “%1”.</translation>
    </message>
    <message>
        <source>Put the default format into the form?</source>
        <translation>Put the default format into the form?</translation>
    </message>
    <message>
        <source>The document format has changes that are not saved yet.</source>
        <translation>The document format has changes that are not saved yet.</translation>
    </message>
    <message>
        <source>Import document format</source>
        <translation>Import document format</translation>
    </message>
    <message>
        <source>Format profile (*.json)</source>
        <translation>Format profile (*.json)</translation>
    </message>
    <message>
        <source>Export document format</source>
        <translation>Export document format</translation>
    </message>
    <message>
        <source>“%1” is not installed on this computer; documents made here use “%2”, which has the same letter widths.</source>
        <translation>“%1” is not installed on this computer; documents made here use “%2”, which has the same letter widths.</translation>
    </message>
    <message>
        <source>&amp;Wording and guidance</source>
        <translation>&amp;Wording and guidance</translation>
    </message>
    <message>
        <source>&amp;Follow:</source>
        <translation>&amp;Follow:</translation>
    </message>
    <message>
        <source>Sets every field below as that guidance has it; each can then be corrected</source>
        <translation>Sets every field below as that guidance has it; each can then be corrected</translation>
    </message>
    <message>
        <source>&amp;Line spacing of the body:</source>
        <translation>&amp;Line spacing of the body:</translation>
    </message>
    <message>
        <source>Exactly this far apart (the 2026 guidance: 18–19 pt); 0 for single spacing</source>
        <translation>Exactly this far apart (the 2026 guidance: 18–19 pt); 0 for single spacing</translation>
    </message>
    <message>
        <source>First-line inde&amp;nt:</source>
        <translation>First-line inde&amp;nt:</translation>
    </message>
    <message>
        <source>How far the first line of a paragraph is indented</source>
        <translation>How far the first line of a paragraph is indented</translation>
    </message>
    <message>
        <source>&amp;End of the body:</source>
        <translation>&amp;End of the body:</translation>
    </message>
    <message>
        <source>What follows the body&apos;s last sentence</source>
        <translation>What follows the body&apos;s last sentence</translation>
    </message>
    <message>
        <source>&amp;Spelling in the header:</source>
        <translation>&amp;Spelling in the header:</translation>
    </message>
    <message>
        <source>Where the tone mark of “uy” goes in the header lines (TỈNH ỦY or TỈNH UỶ)</source>
        <translation>Where the tone mark of “uy” goes in the header lines (TỈNH ỦY or TỈNH UỶ)</translation>
    </message>
    <message>
        <source>&amp;Comma before “ngày” in citations (Chỉ thị số 39-CT/TW, ngày 18/8/2014)</source>
        <translation>&amp;Comma before “ngày” in citations (Chỉ thị số 39-CT/TW, ngày 18/8/2014)</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title in bold</source>
        <translation>Signer&apos;s &amp;title in bold</translation>
    </message>
    <message>
        <source>Co&amp;mmittees may sign K/T</source>
        <translation>Co&amp;mmittees may sign K/T</translation>
    </message>
    <message>
        <source>Number the p&amp;rogramme&apos;s items</source>
        <translation>Number the p&amp;rogramme&apos;s items</translation>
    </message>
    <message>
        <source>As written</source>
        <extracomment>How the header spells &quot;uy&quot; with a tone: kept as the issuing body&apos;s lines are typed.</extracomment>
        <translation>As written</translation>
    </message>
    <message>
        <source>The header, number code, place, signer and recipients of a document are those of the body that issues it: set them in Directories → Issuing bodies.</source>
        <translation>The header, number code, place, signer and recipients of a document are those of the body that issues it: set them in Directories → Issuing bodies.</translation>
    </message>
    <message>
        <source>Nothing is saved until you click Save.</source>
        <translation>Nothing is saved until you click Save.</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>now part of %1</source>
        <translation>now part of %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>Commendations</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Outgoing documents</translation>
    </message>
    <message>
        <source>The search failed. %1</source>
        <translation>The search failed. %1</translation>
    </message>
    <message>
        <source>Formerly: %1</source>
        <translation>Formerly: %1</translation>
    </message>
    <message>
        <source>Delegate: %1</source>
        <translation>Delegate: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>History — %1</source>
        <translation>History — %1</translation>
    </message>
    <message>
        <source>Nothing has been logged for this record.</source>
        <translation>Nothing has been logged for this record.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n change, newest first.</numerusform>
            <numerusform>%n changes, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Fix the file and run the command again.</source>
        <translation>
            <numerusform>Nothing was imported: %n row(s) have errors. Fix the file and run the command again.</numerusform>
            <numerusform>Nothing was imported: %n row(s) have errors. Fix the file and run the command again.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is already in the directory, skipped.</source>
        <translation>“%1” is already in the directory, skipped.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n person(s) would be added</source>
        <translation>
            <numerusform>Checked: %n person(s) would be added</numerusform>
            <numerusform>Checked: %n person(s) would be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n unit(s) would be added</source>
        <translation>
            <numerusform>Checked: %n unit(s) would be added</numerusform>
            <numerusform>Checked: %n unit(s) would be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the directory; nothing was written (--dry-run).</source>
        <translation>
            <numerusform>, %n already in the directory; nothing was written (--dry-run).</numerusform>
            <numerusform>, %n already in the directory; nothing was written (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n person(s) added</source>
        <translation>
            <numerusform>Imported: %n person(s) added</numerusform>
            <numerusform>Imported: %n person(s) added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n unit(s) added</source>
        <translation>
            <numerusform>Imported: %n unit(s) added</numerusform>
            <numerusform>Imported: %n unit(s) added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the directory and skipped.</source>
        <translation>
            <numerusform>, %n already in the directory and skipped.</numerusform>
            <numerusform>, %n already in the directory and skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n delegate row(s) would be added</source>
        <translation>
            <numerusform>Checked: %n delegate row(s) would be added</numerusform>
            <numerusform>Checked: %n delegate row(s) would be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them new to the directory; nothing was written (--dry-run).</source>
        <translation>
            <numerusform>, %n of them new to the directory; nothing was written (--dry-run).</numerusform>
            <numerusform>, %n of them new to the directory; nothing was written (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n delegate row(s) added to “%1”</source>
        <translation>
            <numerusform>Imported: %n delegate row(s) added to “%1”</numerusform>
            <numerusform>Imported: %n delegate row(s) added to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new person(s) added to the directory.</source>
        <translation>
            <numerusform>, %n new person(s) added to the directory.</numerusform>
            <numerusform>, %n new person(s) added to the directory.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no commendation proposal number %1.</source>
        <translation>There is no commendation proposal number %1.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n recipient(s) would be added to the list; nothing was written (--dry-run).</source>
        <translation>
            <numerusform>Checked: %n recipient(s) would be added to the list; nothing was written (--dry-run).</numerusform>
            <numerusform>Checked: %n recipient(s) would be added to the list; nothing was written (--dry-run).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n recipient(s) added to the list.</source>
        <translation>
            <numerusform>Imported: %n recipient(s) added to the list.</numerusform>
            <numerusform>Imported: %n recipient(s) added to the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsDialog</name>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Counted in</translation>
    </message>
    <message>
        <source>Adds up as</source>
        <translation>Adds up as</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Rename or change…</source>
        <translation>&amp;Rename or change…</translation>
    </message>
    <message>
        <source>Take &amp;out of use</source>
        <translation>Take &amp;out of use</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Counted from the records: %1</source>
        <translation>Counted from the records: %1</translation>
    </message>
    <message>
        <source>Counted from the records</source>
        <translation>Counted from the records</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Put back in &amp;use</source>
        <translation>Put back in &amp;use</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <source>Change the indicator</source>
        <translation>Change the indicator</translation>
    </message>
    <message>
        <source>đảng viên, tổ chức, %…</source>
        <translation>đảng viên, tổ chức, %…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Counted in:</source>
        <translation>&amp;Counted in:</translation>
    </message>
    <message>
        <source>&amp;Adds up as:</source>
        <translation>&amp;Adds up as:</translation>
    </message>
    <message>
        <source>“%1” is in the catalogue.</source>
        <translation>“%1” is in the catalogue.</translation>
    </message>
    <message>
        <source>“%1” is out of use: it is no longer offered, and the tables of past years still show its figures when it is chosen.</source>
        <translation>“%1” is out of use: it is no longer offered, and the tables of past years still show its figures when it is chosen.</translation>
    </message>
    <message>
        <source>“%1” is in use again.</source>
        <translation>“%1” is in use again.</translation>
    </message>
    <message>
        <source>The indicator is deleted.</source>
        <translation>The indicator is deleted.</translation>
    </message>
</context>
<context>
    <name>InspectionEditor</name>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Issued b&amp;y:</source>
        <translation>Issued b&amp;y:</translation>
    </message>
    <message>
        <source>The body that decides the inspection and issues its documents</source>
        <translation>The body that decides the inspection and issues its documents</translation>
    </message>
    <message>
        <source>Team num&amp;ber:</source>
        <translation>Team num&amp;ber:</translation>
    </message>
    <message>
        <source>Đoàn kiểm tra số …; empty when the team has no number</source>
        <translation>Đoàn kiểm tra số …; empty when the team has no number</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>What the inspection is called in its decision</source>
        <translation>What the inspection is called in its decision</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>The number of the decision when another body issued it</source>
        <translation>The number of the decision when another body issued it</translation>
    </message>
    <message>
        <source>Number and code, e.g. 1234-QĐ/TW</source>
        <translation>Number and code, e.g. 1234-QĐ/TW</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>dated</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>The number of the inspection plan</source>
        <translation>The number of the inspection plan</translation>
    </message>
    <message>
        <source>Number and code of the plan</source>
        <translation>Number and code of the plan</translation>
    </message>
    <message>
        <source>Document &amp;inspected:</source>
        <translation>Document &amp;inspected:</translation>
    </message>
    <message>
        <source>The document whose implementation is inspected (Quy định 58-QĐ/TW…)</source>
        <translation>The document whose implementation is inspected (Quy định 58-QĐ/TW…)</translation>
    </message>
    <message>
        <source>Add a document to the directory without leaving the inspection</source>
        <translation>Add a document to the directory without leaving the inspection</translation>
    </message>
    <message>
        <source>Ne&amp;w document…</source>
        <translation>Ne&amp;w document…</translation>
    </message>
    <message>
        <source>Period inspected &amp;from:</source>
        <translation>Period inspected &amp;from:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Wor&amp;ks from:</source>
        <translation>Wor&amp;ks from:</translation>
    </message>
    <message>
        <source>The first day of the team&apos;s work</source>
        <translation>The first day of the team&apos;s work</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>The last day of the team&apos;s work</source>
        <translation>The last day of the team&apos;s work</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Se&amp;crecy:</source>
        <translation>Se&amp;crecy:</translation>
    </message>
    <message>
        <source>Purpose and re&amp;quirements:</source>
        <translation>Purpose and re&amp;quirements:</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation>Met&amp;hod:</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>Not&amp;e:</translation>
    </message>
    <message>
        <source>Team &amp;members</source>
        <translation>Team &amp;members</translation>
    </message>
    <message>
        <source>Type a name, with or without diacritics</source>
        <translation>Type a name, with or without diacritics</translation>
    </message>
    <message>
        <source>as</source>
        <translation>as</translation>
    </message>
    <message>
        <source>&amp;Add to the team</source>
        <translation>&amp;Add to the team</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Remove from the team</source>
        <translation>&amp;Remove from the team</translation>
    </message>
    <message>
        <source>T&amp;argets</source>
        <translation>T&amp;argets</translation>
    </message>
    <message>
        <source>Type the name of a unit or of a Party member, with or without diacritics</source>
        <translation>Type the name of a unit or of a Party member, with or without diacritics</translation>
    </message>
    <message>
        <source>&amp;Add the target</source>
        <translation>&amp;Add the target</translation>
    </message>
    <message>
        <source>&amp;Remove the target</source>
        <translation>&amp;Remove the target</translation>
    </message>
    <message>
        <source>Open the selected target: its working sessions, conclusion, violations and recommendations</source>
        <translation>Open the selected target: its working sessions, conclusion, violations and recommendations</translation>
    </message>
    <message>
        <source>&amp;Schedule, conclusion and recommendations…</source>
        <translation>&amp;Schedule, conclusion and recommendations…</translation>
    </message>
    <message>
        <source>C&amp;ontents</source>
        <translation>C&amp;ontents</translation>
    </message>
    <message>
        <source>The contents inspected, in the order of the plan (double-click or F2 to edit).</source>
        <translation>The contents inspected, in the order of the plan (double-click or F2 to edit).</translation>
    </message>
    <message>
        <source>&amp;Add a content</source>
        <translation>&amp;Add a content</translation>
    </message>
    <message>
        <source>&amp;Remove the content</source>
        <translation>&amp;Remove the content</translation>
    </message>
    <message>
        <source>Attachment&amp;s</source>
        <translation>Attachment&amp;s</translation>
    </message>
    <message>
        <source>Edit inspection</source>
        <translation>Edit inspection</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <source>Type a name to find the person…</source>
        <translation>Type a name to find the person…</translation>
    </message>
    <message>
        <source>Unit: </source>
        <translation>Unit: </translation>
    </message>
    <message>
        <source>Type the name of a unit or of a Party member to find it…</source>
        <translation>Type the name of a unit or of a Party member to find it…</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Issued from the outgoing document register as %1 of %2: its number and date are the register&apos;s.</source>
        <translation>Issued from the outgoing document register as %1 of %2: its number and date are the register&apos;s.</translation>
    </message>
    <message>
        <source>Enter the number and date when another body issued the decision; a decision issued here gets them from the outgoing document register.</source>
        <translation>Enter the number and date when another body issued the decision; a decision issued here gets them from the outgoing document register.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n content(s)</source>
        <translation>
            <numerusform>%n content</numerusform>
            <numerusform>%n contents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: received %n day(s) late</source>
        <translation>
            <numerusform>%1: received %n day late</numerusform>
            <numerusform>%1: received %n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not received, due %2</source>
        <translation>%1: not received, due %2</translation>
    </message>
    <message>
        <source>Late self-inspection reports — %1.</source>
        <translation>Late self-inspection reports — %1.</translation>
    </message>
    <message>
        <source>Choose a person from the list first.</source>
        <translation>Choose a person from the list first.</translation>
    </message>
    <message>
        <source>“%1” is already a member of the team.</source>
        <translation>“%1” is already a member of the team.</translation>
    </message>
    <message>
        <source>Choose a unit or a Party member from the list first.</source>
        <translation>Choose a unit or a Party member from the list first.</translation>
    </message>
    <message>
        <source>“%1” is already a target of this inspection.</source>
        <translation>“%1” is already a target of this inspection.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n recommendation(s) followed up with their history: the target cannot be removed.</source>
        <translation>
            <numerusform>“%1” has %n recommendation followed up with their history: the target cannot be removed.</numerusform>
            <numerusform>“%1” has %n recommendations followed up with their history: the target cannot be removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a target in the list first.</source>
        <translation>Select a target in the list first.</translation>
    </message>
    <message>
        <source>Schedule, conclusion and recommendations</source>
        <translation>Schedule, conclusion and recommendations</translation>
    </message>
    <message>
        <source>“%1” is not saved yet. Save the inspection now?</source>
        <translation>“%1” is not saved yet. Save the inspection now?</translation>
    </message>
    <message>
        <source>The document joins the directory when the inspection is saved.</source>
        <translation>The document joins the directory when the inspection is saved.</translation>
    </message>
    <message>
        <source>Enter the name of the inspection.</source>
        <translation>Enter the name of the inspection.</translation>
    </message>
    <message>
        <source>The period inspected ends before it starts.</source>
        <translation>The period inspected ends before it starts.</translation>
    </message>
    <message>
        <source>The working period ends before it starts.</source>
        <translation>The working period ends before it starts.</translation>
    </message>
    <message>
        <source>“%1” is in the team twice; remove one of the rows.</source>
        <translation>“%1” is in the team twice; remove one of the rows.</translation>
    </message>
    <message>
        <source>“%1” is a target twice; remove one of the rows.</source>
        <translation>“%1” is a target twice; remove one of the rows.</translation>
    </message>
    <message>
        <source>Content %1 has no text; write it or remove the row.</source>
        <translation>Content %1 has no text; write it or remove the row.</translation>
    </message>
</context>
<context>
    <name>InspectionLists</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Document inspected</source>
        <translation>Document inspected</translation>
    </message>
    <message>
        <source>Period inspected</source>
        <translation>Period inspected</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Open recommendations</source>
        <translation>Open recommendations</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Role in the team</translation>
    </message>
    <message>
        <source>Title held at the time</source>
        <translation>Title held at the time</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Unit or Party member</source>
        <translation>Unit or Party member</translation>
    </message>
    <message>
        <source>Self-inspection report due</source>
        <translation>Self-inspection report due</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Report received</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Secrecy</translation>
    </message>
</context>
<context>
    <name>InspectionReport</name>
    <message>
        <source>There is no inspection number %1 in this database.</source>
        <translation>There is no inspection number %1 in this database.</translation>
    </message>
    <message>
        <source>There is no inspected target number %1 in this database.</source>
        <translation>There is no inspected target number %1 in this database.</translation>
    </message>
    <message>
        <source>The inspection “%1” has no team yet: add its head and members on the Team tab before printing the decision. A draft can be printed meanwhile.</source>
        <translation>The inspection “%1” has no team yet: add its head and members on the Team tab before printing the decision. A draft can be printed meanwhile.</translation>
    </message>
    <message>
        <source>The inspection “%1” has no contents yet: add them on the Contents tab before printing the plan. A draft can be printed meanwhile.</source>
        <translation>The inspection “%1” has no contents yet: add them on the Contents tab before printing the plan. A draft can be printed meanwhile.</translation>
    </message>
    <message>
        <source>The inspection “%1” has no working sessions yet: add them on the Targets and schedule tab before printing the schedule.</source>
        <translation>The inspection “%1” has no working sessions yet: add them on the Targets and schedule tab before printing the schedule.</translation>
    </message>
    <message>
        <source>“%1” has no conclusion yet: mark the target concluded, with the date, on the Conclusions tab before printing the notice. A draft can be printed meanwhile.</source>
        <translation>“%1” has no conclusion yet: mark the target concluded, with the date, on the Conclusions tab before printing the notice. A draft can be printed meanwhile.</translation>
    </message>
    <message>
        <source>The inspection “%1” has no recommendations to follow up yet.</source>
        <translation>The inspection “%1” has no recommendations to follow up yet.</translation>
    </message>
    <message>
        <source>“%1” has no overdue recommendation today (%2): there is nothing to remind it of.</source>
        <translation>“%1” has no overdue recommendation today (%2): there is nothing to remind it of.</translation>
    </message>
</context>
<context>
    <name>InspectionRows</name>
    <message>
        <source>Confidential — only those with the right clearance may see it</source>
        <translation>Confidential — only those with the right clearance may see it</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Attending</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Of</translation>
    </message>
    <message>
        <source>Organization concerned</source>
        <translation>Organization concerned</translation>
    </message>
    <message>
        <source>Party member concerned (confidential)</source>
        <translation>Party member concerned (confidential)</translation>
    </message>
    <message>
        <source>Inspection content</source>
        <translation>Inspection content</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latest remedy report</source>
        <translation>Latest remedy report</translation>
    </message>
</context>
<context>
    <name>InspectionStatistics</name>
    <message>
        <source>The period needs a first and a last day, the first not after the last.</source>
        <translation>The period needs a first and a last day, the first not after the last.</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Inspection teams</source>
        <translation>Inspection teams</translation>
    </message>
    <message>
        <source>Quick filter — type without diacritics too (Ctrl+F)</source>
        <translation>Quick filter — type without diacritics too (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Issued &amp;by:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>With &amp;overdue recommendations</source>
        <translation>With &amp;overdue recommendations</translation>
    </message>
    <message>
        <source>Only the inspections with a recommendation past its deadline and not yet remedied</source>
        <translation>Only the inspections with a recommendation past its deadline and not yet remedied</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Add an inspection (Ctrl+N)</source>
        <translation>Add an inspection (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Edit the selected inspection (Enter)</source>
        <translation>Edit the selected inspection (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected inspection (Delete)</source>
        <translation>Delete the selected inspection (Delete)</translation>
    </message>
    <message>
        <source>Do&amp;cument:</source>
        <translation>Do&amp;cument:</translation>
    </message>
    <message>
        <source>The document to print for the selected inspection or one of its targets</source>
        <translation>The document to print for the selected inspection or one of its targets</translation>
    </message>
    <message>
        <source>Dra&amp;ft</source>
        <translation>Dra&amp;ft</translation>
    </message>
    <message>
        <source>Print a draft marked DỰ THẢO, without a number</source>
        <translation>Print a draft marked DỰ THẢO, without a number</translation>
    </message>
    <message>
        <source>Issue &amp;number…</source>
        <translation>Issue &amp;number…</translation>
    </message>
    <message>
        <source>Take the next number of the outgoing document register for this document</source>
        <translation>Take the next number of the outgoing document register for this document</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>Print preview (Ctrl+Shift+P)</source>
        <translation>Print preview (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save as PDF, DOCX, ODT or HTML (Ctrl+Shift+E)</source>
        <translation>Save as PDF, DOCX, ODT or HTML (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be deleted: its targets have %n recommendation(s), kept with their remedy history.</source>
        <translation>
            <numerusform>“%1” cannot be deleted: its targets have %n recommendation, kept with their remedy history.</numerusform>
            <numerusform>“%1” cannot be deleted: its targets have %n recommendations, kept with their remedy history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the inspection “%1” with its members, targets, contents and attachments?</source>
        <translation>Delete the inspection “%1” with its members, targets, contents and attachments?</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message>
        <source>No document of an inspection can be printed yet.</source>
        <translation>No document of an inspection can be printed yet.</translation>
    </message>
    <message>
        <source>Select an inspection to print its documents.</source>
        <translation>Select an inspection to print its documents.</translation>
    </message>
    <message>
        <source>%1: the inspection has no target yet.</source>
        <translation>%1: the inspection has no target yet.</translation>
    </message>
    <message>
        <source>%1: one for each target; you choose the target when you print it.</source>
        <translation>%1: one for each target; you choose the target when you print it.</translation>
    </message>
    <message>
        <source>%1: number %2 of %3 in the outgoing document register.</source>
        <translation>%1: number %2 of %3 in the outgoing document register.</translation>
    </message>
    <message>
        <source>%1: no number yet — it prints as a draft with room for the number.</source>
        <translation>%1: no number yet — it prints as a draft with room for the number.</translation>
    </message>
    <message>
        <source>The inspection was changed after it was issued: printing gives the issued copy; issue a replacement to print the changes.</source>
        <translation>The inspection was changed after it was issued: printing gives the issued copy; issue a replacement to print the changes.</translation>
    </message>
    <message>
        <source>This document already has the number %1. To give it another, cancel that number in the outgoing document register first.</source>
        <translation>This document already has the number %1. To give it another, cancel that number in the outgoing document register first.</translation>
    </message>
    <message>
        <source>The inspection was changed after %1 was issued. Issue “%2” again with the next number of type %3/%4, dated %5, replacing %1?</source>
        <translation>The inspection was changed after %1 was issued. Issue “%2” again with the next number of type %3/%4, dated %5, replacing %1?</translation>
    </message>
    <message>
        <source>Give “%1” the next number of type %2/%3, dated %4?</source>
        <translation>Give “%1” the next number of type %2/%3, dated %4?</translation>
    </message>
    <message>
        <source>The document is kept as issued: printing it again gives the same pages. A number once given is never given again, even if the document is cancelled.</source>
        <translation>The document is kept as issued: printing it again gives the same pages. A number once given is never given again, even if the document is cancelled.</translation>
    </message>
    <message>
        <source>The inspection has no target yet: add its targets in the inspection first.</source>
        <translation>The inspection has no target yet: add its targets in the inspection first.</translation>
    </message>
    <message>
        <source>The document of which target?</source>
        <translation>The document of which target?</translation>
    </message>
    <message>
        <source>Secrecy level of the records listed</source>
        <translation>Secrecy level of the records listed</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
</context>
<context>
    <name>IssuedCopy</name>
    <message>
        <source>Issued copy — %1</source>
        <translation>Issued copy — %1</translation>
    </message>
    <message>
        <source>The issued copy could not be read.</source>
        <translation>The issued copy could not be read.</translation>
    </message>
    <message>
        <source>Save the issued copy</source>
        <translation>Save the issued copy</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Date of the &amp;document:</source>
        <translation>Date of the &amp;document:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Type the date of the document.</source>
        <translation>Type the date of the document.</translation>
    </message>
</context>
<context>
    <name>Issuing</name>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>The date %1 is in the future.</translation>
    </message>
    <message>
        <source>Unknown report “%1”.</source>
        <translation>Unknown report “%1”.</translation>
    </message>
    <message>
        <source>The notice is dated %1, before the day of the conference (%2).</source>
        <translation>The notice is dated %1, before the day of the conference (%2).</translation>
    </message>
    <message>
        <source>The invitation is dated %1, after the day of the conference (%2).</source>
        <translation>The invitation is dated %1, after the day of the conference (%2).</translation>
    </message>
    <message>
        <source>The document is dated %1, after the inspection&apos;s working period began (%2).</source>
        <translation>The document is dated %1, after the inspection&apos;s working period began (%2).</translation>
    </message>
    <message>
        <source>The plan is dated %1, before the decision setting up the team (%2).</source>
        <translation>The plan is dated %1, before the decision setting up the team (%2).</translation>
    </message>
    <message>
        <source>The notice is dated %1, before the team&apos;s last working session with the target (%2).</source>
        <translation>The notice is dated %1, before the team&apos;s last working session with the target (%2).</translation>
    </message>
    <message>
        <source>“%1” goes with the record&apos;s papers and is not numbered.</source>
        <translation>“%1” goes with the record&apos;s papers and is not numbered.</translation>
    </message>
</context>
<context>
    <name>IssuingBodyEditor</name>
    <message>
        <source>Issuing body</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>G&amp;eneral</source>
        <translation>G&amp;eneral</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Ban Thường vụ Tỉnh ủy Thanh Hóa</source>
        <translation>e.g. Ban Thường vụ Tỉnh ủy Thanh Hóa</translation>
    </message>
    <message>
        <source>How the body is named in lists and pickers</source>
        <translation>How the body is named in lists and pickers</translation>
    </message>
    <message>
        <source>&amp;Superior body:</source>
        <translation>&amp;Superior body:</translation>
    </message>
    <message>
        <source>e.g. ĐẢNG BỘ TỈNH THANH HÓA</source>
        <translation>e.g. ĐẢNG BỘ TỈNH THANH HÓA</translation>
    </message>
    <message>
        <source>First line of the header, top left, in capitals; empty for a body with none above it</source>
        <translation>First line of the header, top left, in capitals; empty for a body with none above it</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>&amp;Issuing body:</translation>
    </message>
    <message>
        <source>e.g. BAN THƯỜNG VỤ</source>
        <translation>e.g. BAN THƯỜNG VỤ</translation>
    </message>
    <message>
        <source>Second line of the header, in bold capitals, with an asterisk under it</source>
        <translation>Second line of the header, in bold capitals, with an asterisk under it</translation>
    </message>
    <message>
        <source>Header as printed:</source>
        <translation>Header as printed:</translation>
    </message>
    <message>
        <source>The number and the date are an example: the first notice, issued today</source>
        <translation>The number and the date are an example: the first notice, issued today</translation>
    </message>
    <message>
        <source>&amp;Place name:</source>
        <translation>&amp;Place name:</translation>
    </message>
    <message>
        <source>e.g. Thanh Hóa</source>
        <translation>e.g. Thanh Hóa</translation>
    </message>
    <message>
        <source>Printed in the date line: “Thanh Hóa, ngày …”</source>
        <translation>Printed in the date line: “Thanh Hóa, ngày …”</translation>
    </message>
    <message>
        <source>Issuer &amp;code:</source>
        <translation>Issuer &amp;code:</translation>
    </message>
    <message>
        <source>e.g. TU, BTVTU, UBKTTU, ĐUK</source>
        <translation>e.g. TU, BTVTU, UBKTTU, ĐUK</translation>
    </message>
    <message>
        <source>The code after the slash in document numbers: 01-TB/TU</source>
        <translation>The code after the slash in document numbers: 01-TB/TU</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>The unit of the directory this body is; a conference it organizes prints under this body</source>
        <translation>The unit of the directory this body is; a conference it organizes prints under this body</translation>
    </message>
    <message>
        <source>Numbers &amp;run:</source>
        <translation>Numbers &amp;run:</translation>
    </message>
    <message>
        <source>Party guidance numbers from 01 within each term of the committee; some offices number per calendar year</source>
        <translation>Party guidance numbers from 01 within each term of the committee; some offices number per calendar year</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Default:</translation>
    </message>
    <message>
        <source>Issues the &amp;documents of records that name no body</source>
        <translation>Issues the &amp;documents of records that name no body</translation>
    </message>
    <message>
        <source>Register c&amp;losed on:</source>
        <translation>Register c&amp;losed on:</translation>
    </message>
    <message>
        <source>After a merger the old body issues nothing more: its register is closed on the day it ends</source>
        <translation>After a merger the old body issues nothing more: its register is closed on the day it ends</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>&amp;Terms</translation>
    </message>
    <message>
        <source>A term (nhiệm kỳ) runs from the day after one congress closes to the day the next one closes. Numbers start again from 01 in each term; terms may not overlap.</source>
        <translation>A term (nhiệm kỳ) runs from the day after one congress closes to the day the next one closes. Numbers start again from 01 in each term; terms may not overlap.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>&amp;Add term</source>
        <translation>&amp;Add term</translation>
    </message>
    <message>
        <source>&amp;Remove term</source>
        <translation>&amp;Remove term</translation>
    </message>
    <message>
        <source>Si&amp;gners</source>
        <translation>Si&amp;gners</translation>
    </message>
    <message>
        <source>Who signs each kind of document, e.g. the notice T/M BAN THƯỜNG VỤ / BÍ THƯ, the invitation T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG. “Every other kind” signs the kinds that have no signer of their own.</source>
        <translation>Who signs each kind of document, e.g. the notice T/M BAN THƯỜNG VỤ / BÍ THƯ, the invitation T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG. “Every other kind” signs the kinds that have no signer of their own.</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Signers</translation>
    </message>
    <message>
        <source>&amp;Add signer</source>
        <translation>&amp;Add signer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Remove signer</source>
        <translation>&amp;Remove signer</translation>
    </message>
    <message>
        <source>Re&amp;cipients of the selected signer&apos;s documents, one per line (“Nơi nhận”):</source>
        <translation>Re&amp;cipients of the selected signer&apos;s documents, one per line (“Nơi nhận”):</translation>
    </message>
    <message>
        <source>- Ban Thường vụ Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.</source>
        <translation>- Ban Thường vụ Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.</translation>
    </message>
    <message>
        <source>Edit issuing body</source>
        <translation>Edit issuing body</translation>
    </message>
    <message>
        <source>New issuing body</source>
        <translation>New issuing body</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>Every other kind</source>
        <translation>Every other kind</translation>
    </message>
    <message>
        <source>“%1” is how state documents sign; Party documents write T/M, K/T or T/L.</source>
        <translation>“%1” is how state documents sign; Party documents write T/M, K/T or T/L.</translation>
    </message>
    <message>
        <source>No term is recorded yet.</source>
        <translation>No term is recorded yet.</translation>
    </message>
    <message>
        <source>No term holds today (%1).</source>
        <translation>No term holds today (%1).</translation>
    </message>
    <message>
        <source>Current term: %1, from %2 to %3.</source>
        <translation>Current term: %1, from %2 to %3.</translation>
    </message>
    <message>
        <source>Current term: %1, from %2.</source>
        <translation>Current term: %1, from %2.</translation>
    </message>
    <message>
        <source>Enter the name of the issuing body, e.g. Ban Thường vụ Tỉnh ủy.</source>
        <translation>Enter the name of the issuing body, e.g. Ban Thường vụ Tỉnh ủy.</translation>
    </message>
    <message>
        <source>Enter the issuing body as its header prints it, e.g. BAN THƯỜNG VỤ.</source>
        <translation>Enter the issuing body as its header prints it, e.g. BAN THƯỜNG VỤ.</translation>
    </message>
    <message>
        <source>Enter the code its document numbers end with, e.g. TU in 01-TB/TU.</source>
        <translation>Enter the code its document numbers end with, e.g. TU in 01-TB/TU.</translation>
    </message>
    <message>
        <source>The code “%1” is letters and digits only, as it follows the slash in 01-TB/TU.</source>
        <translation>The code “%1” is letters and digits only, as it follows the slash in 01-TB/TU.</translation>
    </message>
    <message>
        <source>Term %1 has no name, e.g. Nhiệm kỳ 2020–2025.</source>
        <translation>Term %1 has no name, e.g. Nhiệm kỳ 2020–2025.</translation>
    </message>
    <message>
        <source>Enter the day the term “%1” begins.</source>
        <translation>Enter the day the term “%1” begins.</translation>
    </message>
    <message>
        <source>The term “%1” begins on “%2”, which is not a date.</source>
        <translation>The term “%1” begins on “%2”, which is not a date.</translation>
    </message>
    <message>
        <source>The term “%1” ends on “%2”, which is not a date.</source>
        <translation>The term “%1” ends on “%2”, which is not a date.</translation>
    </message>
    <message>
        <source>The term “%1” ends before it begins.</source>
        <translation>The term “%1” ends before it begins.</translation>
    </message>
    <message>
        <source>The terms “%1” and “%2” overlap: “%1” ends on %3, so “%2” begins on %4 at the earliest.</source>
        <translation>The terms “%1” and “%2” overlap: “%1” ends on %3, so “%2” begins on %4 at the earliest.</translation>
    </message>
    <message>
        <source>The terms “%1” and “%2” overlap: “%1” has no end. Enter the day it ends (the day the next congress closes).</source>
        <translation>The terms “%1” and “%2” overlap: “%1” has no end. Enter the day it ends (the day the next congress closes).</translation>
    </message>
    <message>
        <source>Two signers are set for “%1”; each kind of document has one signer.</source>
        <translation>Two signers are set for “%1”; each kind of document has one signer.</translation>
    </message>
    <message>
        <source>Signer %1: enter the authority line, e.g. T/M BAN THƯỜNG VỤ.</source>
        <translation>Signer %1: enter the authority line, e.g. T/M BAN THƯỜNG VỤ.</translation>
    </message>
    <message>
        <source>Signer %1: enter the title of the signer, e.g. BÍ THƯ.</source>
        <translation>Signer %1: enter the title of the signer, e.g. BÍ THƯ.</translation>
    </message>
    <message>
        <source>Signer %1: enter the name of the signer.</source>
        <translation>Signer %1: enter the name of the signer.</translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s) organized by “%1” are issued by this body. With another unit their documents would be headed and signed by another body: choose this body as the issuing body of each of them first, or keep the unit.</source>
        <translation>
            <numerusform>%n conference(s) organized by “%1” are issued by this body. With another unit their documents would be headed and signed by another body: choose this body as the issuing body of each of them first, or keep the unit.</numerusform>
            <numerusform>%n conference(s) organized by “%1” are issued by this body. With another unit their documents would be headed and signed by another body: choose this body as the issuing body of each of them first, or keep the unit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuingBodyModels</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Issues by default</source>
        <translation>Issues by default</translation>
    </message>
    <message>
        <source>Register closed on</source>
        <translation>Register closed on</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Party committee</source>
        <translation>Party committee</translation>
    </message>
    <message>
        <source>Standing board</source>
        <translation>Standing board</translation>
    </message>
    <message>
        <source>Central body</source>
        <translation>Central body</translation>
    </message>
    <message>
        <source>Advisory body (commission, office)</source>
        <translation>Advisory body (commission, office)</translation>
    </message>
    <message>
        <source>Subcommittee, steering committee</source>
        <translation>Subcommittee, steering committee</translation>
    </message>
    <message>
        <source>Party organization (Party body, cell)</source>
        <translation>Party organization (Party body, cell)</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>State agency</translation>
    </message>
    <message>
        <source>Fatherland Front, mass organization</source>
        <translation>Fatherland Front, mass organization</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Interim review</source>
        <translation>Interim review</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>Final review</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Dissemination</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Thematic</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Not classified</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>Top secret</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>Very urgent</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Presents the report</source>
        <translation>Presents the report</translation>
    </message>
    <message>
        <source>Discussion paper</source>
        <translation>Discussion paper</translation>
    </message>
    <message>
        <source>Opening speech</source>
        <translation>Opening speech</translation>
    </message>
    <message>
        <source>Concluding speech</source>
        <translation>Concluding speech</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>Commendation</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Head of team</source>
        <translation>Head of team</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>Deputy head</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Party member</translation>
    </message>
    <message>
        <source>Being remedied</source>
        <translation>Being remedied</translation>
    </message>
    <message>
        <source>Remedied</source>
        <translation>Remedied</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>Protocol order (role, then title)</source>
        <translation>Protocol order (role, then title)</translation>
    </message>
    <message>
        <source>As arranged by hand</source>
        <translation>As arranged by hand</translation>
    </message>
    <message>
        <source>Per term of the committee</source>
        <translation>Per term of the committee</translation>
    </message>
    <message>
        <source>Per calendar year</source>
        <translation>Per calendar year</translation>
    </message>
    <message>
        <source>Following up remedies</source>
        <translation>Following up remedies</translation>
    </message>
    <message>
        <source>Not yet acted on</source>
        <translation>Not yet acted on</translation>
    </message>
    <message>
        <source>Re-checked</source>
        <translation>Re-checked</translation>
    </message>
    <message>
        <source>Not carried out</source>
        <translation>Not carried out</translation>
    </message>
    <message>
        <source>Remedy report received</source>
        <translation>Remedy report received</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Reminder sent</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Re-check</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation>Periodic</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>One-off</translation>
    </message>
    <message>
        <source>Party membership badge round</source>
        <translation>Party membership badge round</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Collectives and individuals</source>
        <translation>Collectives and individuals</translation>
    </message>
    <message>
        <source>Collectives only</source>
        <translation>Collectives only</translation>
    </message>
    <message>
        <source>Individuals only</source>
        <translation>Individuals only</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>Not yet reviewed</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Name of the recipient</source>
        <translation>Name of the recipient</translation>
    </message>
    <message>
        <source>Unit or title of the recipient</source>
        <translation>Unit or title of the recipient</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Decision number and date</source>
        <translation>Decision number and date</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Place and date</translation>
    </message>
    <message>
        <source>Signing authority (T/M …)</source>
        <translation>Signing authority (T/M …)</translation>
    </message>
    <message>
        <source>Title of the signer</source>
        <translation>Title of the signer</translation>
    </message>
    <message>
        <source>Name of the signer</source>
        <translation>Name of the signer</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Badge number</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>Fixed text</translation>
    </message>
    <message>
        <source>Centred</source>
        <translation>Centred</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Reprimand</source>
        <translation>Reprimand</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Dismissal from office</source>
        <translation>Dismissal from office</translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation>Expulsion</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Records clerk</source>
        <translation>Records clerk</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>Sum over units and years</source>
        <translation>Sum over units and years</translation>
    </message>
    <message>
        <source>Latest value (added up over units)</source>
        <translation>Latest value (added up over units)</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Conferences held</source>
        <translation>Conferences held</translation>
    </message>
    <message>
        <source>Inspections begun</source>
        <translation>Inspections begun</translation>
    </message>
    <message>
        <source>Party organizations inspected</source>
        <translation>Party organizations inspected</translation>
    </message>
    <message>
        <source>Party organizations found in violation</source>
        <translation>Party organizations found in violation</translation>
    </message>
    <message>
        <source>Party members inspected</source>
        <translation>Party members inspected</translation>
    </message>
    <message>
        <source>Party members found in violation</source>
        <translation>Party members found in violation</translation>
    </message>
    <message>
        <source>Recommendations made</source>
        <translation>Recommendations made</translation>
    </message>
    <message>
        <source>Recommendations remedied on time</source>
        <translation>Recommendations remedied on time</translation>
    </message>
    <message>
        <source>Commendations given</source>
        <translation>Commendations given</translation>
    </message>
    <message>
        <source>Party membership badges given</source>
        <translation>Party membership badges given</translation>
    </message>
</context>
<context>
    <name>LegalDocumentEditor</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Number and code:</source>
        <translation>&amp;Number and code:</translation>
    </message>
    <message>
        <source>e.g. 39-CT/TW</source>
        <translation>e.g. 39-CT/TW</translation>
    </message>
    <message>
        <source>As printed on the document: number, hyphen, type, slash, issuer</source>
        <translation>As printed on the document: number, hyphen, type, slash, issuer</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Issued by:</translation>
    </message>
    <message>
        <source>&amp;Date issued:</source>
        <translation>&amp;Date issued:</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;Excerpt:</translation>
    </message>
    <message>
        <source>e.g. Về tăng cường công tác bảo vệ chính trị nội bộ trong tình hình hiện nay</source>
        <translation>e.g. Về tăng cường công tác bảo vệ chính trị nội bộ trong tình hình hiện nay</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Edit document</source>
        <translation>Edit document</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>New document</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Enter the number and code, e.g. 39-CT/TW.</source>
        <translation>Enter the number and code, e.g. 39-CT/TW.</translation>
    </message>
    <message>
        <source>“%1” is not written like a Party document&apos;s number and code: number, hyphen, type, slash, issuer — e.g. 39-CT/TW.</source>
        <translation>“%1” is not written like a Party document&apos;s number and code: number, hyphen, type, slash, issuer — e.g. 39-CT/TW.</translation>
    </message>
    <message>
        <source>Choose the type of the document.</source>
        <translation>Choose the type of the document.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>This page has no list to export.</source>
        <translation>This page has no list to export.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row(s) to %1</numerusform>
            <numerusform>Exported %n row(s) to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Export list</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</translation>
    </message>
</context>
<context>
    <name>ListOutput</name>
    <message>
        <source>Conferences</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Inspection teams</source>
        <translation>Inspection teams</translation>
    </message>
    <message>
        <source>Inspection conclusions</source>
        <translation>Inspection conclusions</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>Commendations</translation>
    </message>
    <message>
        <source>Outgoing document register</source>
        <translation>Outgoing document register</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
</context>
<context>
    <name>ListViews</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>“%1” was changed in another window meanwhile; look at it again before deleting it.</source>
        <translation>“%1” was changed in another window meanwhile; look at it again before deleting it.</translation>
    </message>
</context>
<context>
    <name>LiveFiles</name>
    <message>
        <source>“%1” is the database this window has open (or one of its journal files). To keep a copy of it, use File › Back up.</source>
        <translation>“%1” is the database this window has open (or one of its journal files). To keep a copy of it, use File › Back up.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Account &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The database “%1” has accounts: log in to open it.</source>
        <translation>The database “%1” has accounts: log in to open it.</translation>
    </message>
    <message>
        <source>The window is locked. Type the password of “%1” to go on where you left off, or log in as another account.</source>
        <translation>The window is locked. Type the password of “%1” to go on where you left off, or log in as another account.</translation>
    </message>
    <message>
        <source>Logged out of “%1”. Any account may log in.</source>
        <translation>Logged out of “%1”. Any account may log in.</translation>
    </message>
    <message>
        <source>Type the account name.</source>
        <translation>Type the account name.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation>Create a new, empty database file</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Open another database file</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the whole database to a new file</source>
        <translation>Write a consistent copy of the whole database to a new file</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close Secretariat</source>
        <translation>Close Secretariat</translation>
    </message>
    <message>
        <source>&amp;About Secretariat</source>
        <translation>&amp;About Secretariat</translation>
    </message>
    <message>
        <source>Version and purpose of the program</source>
        <translation>Version and purpose of the program</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Conferences</translation>
    </message>
    <message>
        <source>Inspection teams</source>
        <translation>Inspection teams</translation>
    </message>
    <message>
        <source>Inspection conclusions</source>
        <translation>Inspection conclusions</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>Commendations</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>%1 — Secretariat</source>
        <translation>%1 — Secretariat</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite)</source>
        <translation>Secretariat database (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite *.db);;All files (*)</source>
        <translation>Secretariat database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>About Secretariat</source>
        <translation>About Secretariat</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Secretariat %1&lt;/h3&gt;&lt;p&gt;Conferences, inspection teams and their findings, commendations, and the printed Party documents of a committee&apos;s office.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Secretariat %1&lt;/h3&gt;&lt;p&gt;Conferences, inspection teams and their findings, commendations, and the printed Party documents of a committee&apos;s office.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Document &amp;format…</source>
        <translation>Document &amp;format…</translation>
    </message>
    <message>
        <source>Page, fonts, header texts, signer and recipients of printed documents</source>
        <translation>Page, fonts, header texts, signer and recipients of printed documents</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Preview the selected document as it will print</source>
        <translation>Preview the selected document as it will print</translation>
    </message>
    <message>
        <source>Print the selected document</source>
        <translation>Print the selected document</translation>
    </message>
    <message>
        <source>Outgoing document register</source>
        <translation>Outgoing document register</translation>
    </message>
    <message>
        <source>Choose a conference on the Conferences page to print its documents.</source>
        <translation>Choose a conference on the Conferences page to print its documents.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Put a backup in place of this database; the database as it is now is kept as a copy</source>
        <translation>Put a backup in place of this database; the database as it is now is kept as a copy</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>&amp;Automatic backups…</translation>
    </message>
    <message>
        <source>When automatic backups are made, where, and how many are kept</source>
        <translation>When automatic backups are made, where, and how many are kept</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Add a record to the list shown</translation>
    </message>
    <message>
        <source>&amp;Find in the list</source>
        <translation>&amp;Find in the list</translation>
    </message>
    <message>
        <source>Put the cursor in the quick filter of the list shown</source>
        <translation>Put the cursor in the quick filter of the list shown</translation>
    </message>
    <message>
        <source>Records are added on the Conferences page and in the directories.</source>
        <translation>Records are added on the Conferences page and in the directories.</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>%1 (read only) — Secretariat</source>
        <translation>%1 (read only) — Secretariat</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>Backup written to %1 and checked.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Replace the database “%1” with the backup “%2”?</source>
        <translation>Replace the database “%1” with the backup “%2”?</translation>
    </message>
    <message>
        <source>The database as it is now is kept beside it as a copy, so nothing is lost. Windows open elsewhere on it must be closed first.</source>
        <translation>The database as it is now is kept beside it as a copy, so nothing is lost. Windows open elsewhere on it must be closed first.</translation>
    </message>
    <message>
        <source>Daily backup written to %1.</source>
        <translation>Daily backup written to %1.</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>The daily backup could not be made: %1</translation>
    </message>
    <message>
        <source>The backup made on closing failed: %1</source>
        <translation>The backup made on closing failed: %1</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Restored from %1.</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>The database as it was is kept as %1.</translation>
    </message>
    <message>
        <source>The database file is damaged: %1 Make a backup of what can still be read (File › Back up), then restore the last good backup (File › Restore).</source>
        <translation>The database file is damaged: %1 Make a backup of what can still be read (File › Back up), then restore the last good backup (File › Restore).</translation>
    </message>
    <message>
        <source>Save the selected document as PDF, DOCX, ODT or HTML</source>
        <translation>Save the selected document as PDF, DOCX, ODT or HTML</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue recommendation(s)</source>
        <translation>
            <numerusform>%n overdue recommendation</numerusform>
            <numerusform>%n overdue recommendations</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspection &amp;statistics…</source>
        <translation>Inspection &amp;statistics…</translation>
    </message>
    <message>
        <source>Party organizations and members inspected, violations and recommendations remedied, for a period</source>
        <translation>Party organizations and members inspected, violations and recommendations remedied, for a period</translation>
    </message>
    <message>
        <source>Co&amp;mmendation statistics…</source>
        <translation>Co&amp;mmendation statistics…</translation>
    </message>
    <message>
        <source>Awards by form, collectives and individuals, and the register of decisions, for a period</source>
        <translation>Awards by form, collectives and individuals, and the register of decisions, for a period</translation>
    </message>
    <message numerus="yes">
        <source>%n award(s)</source>
        <translation>
            <numerusform>%n award</numerusform>
            <numerusform>%n awards</numerusform>
        </translation>
    </message>
    <message>
        <source>Party membership &amp;badge round…</source>
        <translation>Party membership &amp;badge round…</translation>
    </message>
    <message>
        <source>The members due a Party membership badge in a round, and the round&apos;s list made from them</source>
        <translation>The members due a Party membership badge in a round, and the round&apos;s list made from them</translation>
    </message>
    <message>
        <source>Give badge &amp;numbers…</source>
        <translation>Give badge &amp;numbers…</translation>
    </message>
    <message>
        <source>Number the badges of a decided round, running on from the highest number given</source>
        <translation>Number the badges of a decided round, running on from the highest number given</translation>
    </message>
    <message>
        <source>Accoun&amp;ts…</source>
        <translation>Accoun&amp;ts…</translation>
    </message>
    <message>
        <source>Add, reset and disable the accounts of this database</source>
        <translation>Add, reset and disable the accounts of this database</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Hide the records until the password is typed again</source>
        <translation>Hide the records until the password is typed again</translation>
    </message>
    <message>
        <source>Log o&amp;ut</source>
        <translation>Log o&amp;ut</translation>
    </message>
    <message>
        <source>Close the editors and let any account log in</source>
        <translation>Close the editors and let any account log in</translation>
    </message>
    <message>
        <source>Log in as another account</source>
        <translation>Log in as another account</translation>
    </message>
    <message numerus="yes">
        <source>“%1” left %n editor(s) with changes that are not saved. Logging in as “%2” closes them, and those changes are lost.</source>
        <translation>
            <numerusform>“%1” left %n editor with changes that are not saved. Logging in as “%2” closes them, and those changes are lost.</numerusform>
            <numerusform>“%1” left %n editors with changes that are not saved. Logging in as “%2” closes them, and those changes are lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>To keep them, log in as “%1” and save them first.</source>
        <translation>To keep them, log in as “%1” and save them first.</translation>
    </message>
    <message>
        <source>Close the editors</source>
        <translation>Close the editors</translation>
    </message>
    <message>
        <source>The window is locked: the records come back when the password is typed again.</source>
        <translation>The window is locked: the records come back when the password is typed again.</translation>
    </message>
    <message>
        <source>No record is shown until an account logs in.</source>
        <translation>No record is shown until an account logs in.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>&amp;Search everything</translation>
    </message>
    <message>
        <source>Find any record: conferences, people, units, documents, inspections, recommendations, commendations, outgoing documents</source>
        <translation>Find any record: conferences, people, units, documents, inspections, recommendations, commendations, outgoing documents</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Export list to E&amp;xcel…</source>
        <translation>Export list to E&amp;xcel…</translation>
    </message>
    <message>
        <source>Save the list shown, as filtered and sorted, as an Excel workbook or CSV</source>
        <translation>Save the list shown, as filtered and sorted, as an Excel workbook or CSV</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Open record</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the selected record in its editor</source>
        <translation>Open the selected record in its editor</translation>
    </message>
    <message>
        <source>Open the selected record in its editor (Enter in a list)</source>
        <translation>Open the selected record in its editor (Enter in a list)</translation>
    </message>
    <message>
        <source>&amp;Convert to Unicode…</source>
        <translation>&amp;Convert to Unicode…</translation>
    </message>
    <message>
        <source>Convert text typed in TCVN3 (ABC), VNI or Windows-1258 to Unicode</source>
        <translation>Convert text typed in TCVN3 (ABC), VNI or Windows-1258 to Unicode</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Search everything (Ctrl+K)</translation>
    </message>
    <message>
        <source>This page has no list to export.</source>
        <translation>This page has no list to export.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An area of the navigation and how many of its records are due (&quot;Khen thưởng (3)&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This page has no record to open.</source>
        <translation>This page has no record to open.</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Connect to &amp;server…</translation>
    </message>
    <message>
        <source>Open the office&apos;s database on a PostgreSQL server</source>
        <translation>Open the office&apos;s database on a PostgreSQL server</translation>
    </message>
    <message>
        <source>A server is backed up with pg_dump by its administrator.</source>
        <translation>A server is backed up with pg_dump by its administrator.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
</context>
<context>
    <name>OfficeDocument</name>
    <message>
        <source>The document could not be packed into its file.</source>
        <translation>The document could not be packed into its file.</translation>
    </message>
</context>
<context>
    <name>PartyBadgeReport</name>
    <message>
        <source>The round is no longer in the database (another window may have deleted it).</source>
        <translation>The round is no longer in the database (another window may have deleted it).</translation>
    </message>
    <message>
        <source>List 4-HHĐ is printed for a round of Party membership badges only.</source>
        <translation>List 4-HHĐ is printed for a round of Party membership badges only.</translation>
    </message>
    <message>
        <source>The round has nobody on its list yet.</source>
        <translation>The round has nobody on its list yet.</translation>
    </message>
</context>
<context>
    <name>PartyBadges</name>
    <message>
        <source>Comrade %1 has no date of admission to the Party recorded.</source>
        <translation>Comrade %1 has no date of admission to the Party recorded.</translation>
    </message>
    <message>
        <source>Comrade %1 was expelled from the Party on %2: no badge is given.</source>
        <translation>Comrade %1 was expelled from the Party on %2: no badge is given.</translation>
    </message>
    <message>
        <source>Comrade %1 has already received or been proposed for the badge of %2 years of Party membership or a higher one.</source>
        <translation>Comrade %1 has already received or been proposed for the badge of %2 years of Party membership or a higher one.</translation>
    </message>
    <message>
        <source>Comrade %1 has received every badge (%2 years of Party membership).</source>
        <translation>Comrade %1 has received every badge (%2 years of Party membership).</translation>
    </message>
    <message>
        <source>Comrade %1 died on %2, before reaching %3 years of Party membership.</source>
        <translation>Comrade %1 died on %2, before reaching %3 years of Party membership.</translation>
    </message>
    <message>
        <source>Comrade %1 has not reached %2 years of Party membership: reached on %3; for a grave illness it may be given from %4.</source>
        <translation>Comrade %1 has not reached %2 years of Party membership: reached on %3; for a grave illness it may be given from %4.</translation>
    </message>
    <message>
        <source>Comrade %1 has not reached %2 years of Party membership: reached on %3.</source>
        <translation>Comrade %1 has not reached %2 years of Party membership: reached on %3.</translation>
    </message>
    <message>
        <source>Comrade %1 was disciplined (%2) on %3: no badge until %4.</source>
        <translation>Comrade %1 was disciplined (%2) on %3: no badge until %4.</translation>
    </message>
    <message>
        <source>The form chosen is not a Party membership badge.</source>
        <translation>The form chosen is not a Party membership badge.</translation>
    </message>
    <message>
        <source>The person is no longer in the directory.</source>
        <translation>The person is no longer in the directory.</translation>
    </message>
    <message>
        <source>Choose the round&apos;s day.</source>
        <translation>Choose the round&apos;s day.</translation>
    </message>
    <message>
        <source>Tick at least one member for the list.</source>
        <translation>Tick at least one member for the list.</translation>
    </message>
    <message>
        <source>There is no form for the badge of %1 years in the directory of forms: add it first.</source>
        <translation>There is no form for the badge of %1 years in the directory of forms: add it first.</translation>
    </message>
    <message>
        <source>Give the provincial Party organization&apos;s code badge numbers start with, without spaces.</source>
        <translation>Give the provincial Party organization&apos;s code badge numbers start with, without spaces.</translation>
    </message>
    <message>
        <source>The round is no longer in the database (another window may have deleted it).</source>
        <translation>The round is no longer in the database (another window may have deleted it).</translation>
    </message>
    <message>
        <source>Badge numbers are given to a round of Party membership badges only.</source>
        <translation>Badge numbers are given to a round of Party membership badges only.</translation>
    </message>
    <message>
        <source>Badge numbers are given once the round is decided: record the decision first.</source>
        <translation>Badge numbers are given once the round is decided: record the decision first.</translation>
    </message>
    <message>
        <source>The 6-digit numbers after %1 would run out: give another prefix.</source>
        <translation>The 6-digit numbers after %1 would run out: give another prefix.</translation>
    </message>
    <message>
        <source>A row of the round was deleted meanwhile; look at it again.</source>
        <translation>A row of the round was deleted meanwhile; look at it again.</translation>
    </message>
</context>
<context>
    <name>PdfRewriter</name>
    <message>
        <source>The PDF could not be finished: it is not laid out as expected.</source>
        <translation>The PDF could not be finished: it is not laid out as expected.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn Sơn</source>
        <translation>e.g. Nguyễn Văn Sơn</translation>
    </message>
    <message>
        <source>Name for sorting:</source>
        <translation>Name for sorting:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Family name (họ), filled in from the full name</source>
        <translation>Family name (họ), filled in from the full name</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>Middle name (tên đệm)</source>
        <translation>Middle name (tên đệm)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Given name (tên): lists are sorted by it first</source>
        <translation>Given name (tên): lists are sorted by it first</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>Current &amp;title:</source>
        <translation>Current &amp;title:</translation>
    </message>
    <message>
        <source>e.g. Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh</source>
        <translation>e.g. Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Enter the person&apos;s full name.</translation>
    </message>
    <message>
        <source>Enter the given name (tên), used to sort the lists.</source>
        <translation>Enter the given name (tên), used to sort the lists.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and + ( ) . -</source>
        <translation>A phone number has only digits, spaces and + ( ) . -</translation>
    </message>
    <message>
        <source>The directory already has “%1”.</source>
        <translation>The directory already has “%1”.</translation>
    </message>
    <message>
        <source>Is this another person with the same name and title? Choose No to go back and use the one in the directory.</source>
        <translation>Is this another person with the same name and title? Choose No to go back and use the one in the directory.</translation>
    </message>
    <message>
        <source>Not saved: “%1” is in the directory already.</source>
        <translation>Not saved: “%1” is in the directory already.</translation>
    </message>
    <message>
        <source>&amp;Admitted to the Party:</source>
        <translation>&amp;Admitted to the Party:</translation>
    </message>
    <message>
        <source>Ngày vào Đảng: the Party membership badge is counted from it</source>
        <translation>Ngày vào Đảng: the Party membership badge is counted from it</translation>
    </message>
    <message>
        <source>Made o&amp;fficial:</source>
        <translation>Made o&amp;fficial:</translation>
    </message>
    <message>
        <source>Ngày chính thức: the day the member became a full member</source>
        <translation>Ngày chính thức: the day the member became a full member</translation>
    </message>
    <message>
        <source>&amp;Deceased on:</source>
        <translation>&amp;Deceased on:</translation>
    </message>
    <message>
        <source>Gravely i&amp;ll (a badge may be given early)</source>
        <translation>Gravely i&amp;ll (a badge may be given early)</translation>
    </message>
    <message>
        <source>Disciplines (they delay or exclude a Party membership badge)</source>
        <translation>Disciplines (they delay or exclude a Party membership badge)</translation>
    </message>
    <message>
        <source>Add a disci&amp;pline</source>
        <translation>Add a disci&amp;pline</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Discipline %1: give the date it was decided, as 12/03/2024.</source>
        <translation>Discipline %1: give the date it was decided, as 12/03/2024.</translation>
    </message>
    <message>
        <source>Made official on %1, before being admitted to the Party on %2.</source>
        <translation>Made official on %1, before being admitted to the Party on %2.</translation>
    </message>
    <message>
        <source>Give the date of admission to the Party as well as the date made official.</source>
        <translation>Give the date of admission to the Party as well as the date made official.</translation>
    </message>
    <message>
        <source>Deceased on %1, before being admitted to the Party on %2.</source>
        <translation>Deceased on %1, before being admitted to the Party on %2.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>This part of Secretariat is not available yet. It will come in a later version; nothing is lost in the meantime.</source>
        <translation>This part of Secretariat is not available yet. It will come in a later version; nothing is lost in the meantime.</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>The PostgreSQL driver of this installation cannot be used.</source>
        <translation>The PostgreSQL driver of this installation cannot be used.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it as postgresql://account@server:port/database.</source>
        <translation>“%1” is not a server address. Write it as postgresql://account@server:port/database.</translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</source>
        <translation>This installation cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2</source>
        <translation>The server %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>The database %1 on the server holds tables of another program, not Secretariat&apos;s.</source>
        <translation>The database %1 on the server holds tables of another program, not Secretariat&apos;s.</translation>
    </message>
    <message>
        <source>A database on a server is backed up with the server&apos;s own tools (pg_dump), or copied to a file with “secretariat copy”.</source>
        <translation>A database on a server is backed up with the server&apos;s own tools (pg_dump), or copied to a file with “secretariat copy”.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>RecipientCsv</name>
    <message>
        <source>Collective of the directory</source>
        <translation>Collective of the directory</translation>
    </message>
    <message>
        <source>Person of the directory</source>
        <translation>Person of the directory</translation>
    </message>
    <message>
        <source>New person, added to the directory</source>
        <translation>New person, added to the directory</translation>
    </message>
    <message>
        <source>The first row of “%1” has no “Họ và tên” or “Tên tập thể” column; it must name the columns.</source>
        <translation>The first row of “%1” has no “Họ và tên” or “Tên tập thể” column; it must name the columns.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not known and ignored: %1.</source>
        <translation>
            <numerusform>%n column not known and ignored: %1.</numerusform>
            <numerusform>%n columns not known and ignored: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This row is not UTF-8 text; type it again in the spreadsheet.</source>
        <translation>This row is not UTF-8 text; type it again in the spreadsheet.</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>The row has no name.</translation>
    </message>
    <message>
        <source>Several people in the directory are called “%1”; add this one to the list from the directory.</source>
        <translation>Several people in the directory are called “%1”; add this one to the list from the directory.</translation>
    </message>
    <message>
        <source>“%1” is already on the list.</source>
        <translation>“%1” is already on the list.</translation>
    </message>
    <message>
        <source>“%1” is in the file twice: row %2 names them already.</source>
        <translation>“%1” is in the file twice: row %2 names them already.</translation>
    </message>
    <message>
        <source>The file “%1” has a header row but no recipients.</source>
        <translation>The file “%1” has a header row but no recipients.</translation>
    </message>
    <message>
        <source>Reading “%1” was stopped; nothing was imported.</source>
        <translation>Reading “%1” was stopped; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>RecipientImportDialog</name>
    <message>
        <source>Import the list of recipients</source>
        <translation>Import the list of recipients</translation>
    </message>
    <message>
        <source>What each row of the file will become; rows with a problem are shown in red and are not imported</source>
        <translation>What each row of the file will become; rows with a problem are shown in red and are not imported</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Add to the list</translation>
    </message>
    <message>
        <source>Recipients read from &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Recipients read from &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem: correct the file and choose it again; nothing is added.</source>
        <translation>
            <numerusform>%n row with a problem: correct the file and choose it again; nothing is added.</numerusform>
            <numerusform>%n rows with a problem: correct the file and choose it again; nothing is added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) will join the list.</source>
        <translation>
            <numerusform>%n recipient will join the list.</numerusform>
            <numerusform>%n recipients will join the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;heet of the workbook:</source>
        <translation>S&amp;heet of the workbook:</translation>
    </message>
    <message>
        <source>The workbook has several sheets; the preview shows the one chosen here</source>
        <translation>The workbook has several sheets; the preview shows the one chosen here</translation>
    </message>
    <message>
        <source>Reading the list of recipients…</source>
        <translation>Reading the list of recipients…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>RecipientPreviewModel</name>
    <message>
        <source>Row</source>
        <extracomment>Column of the import preview: the row number in the CSV file</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <source>Name as printed</source>
        <translation>Name as printed</translation>
    </message>
    <message>
        <source>Unit or title held</source>
        <translation>Unit or title held</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>Put back what was last saved</source>
        <translation>Put back what was last saved</translation>
    </message>
    <message>
        <source>This record has changes that are not saved yet.</source>
        <translation>This record has changes that are not saved yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n invisible control character(s) were removed from what was typed or pasted.</source>
        <translation>
            <numerusform>%n invisible control character were removed from what was typed or pasted.</numerusform>
            <numerusform>%n invisible control characters were removed from what was typed or pasted.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Who changed this record, when, and what (Ctrl+H)</source>
        <translation>Who changed this record, when, and what (Ctrl+H)</translation>
    </message>
    <message>
        <source>“%1” is not in the list; choose one of its entries.</source>
        <translation>“%1” is not in the list; choose one of its entries.</translation>
    </message>
    <message>
        <source>&amp;Load the stored record</source>
        <translation>&amp;Load the stored record</translation>
    </message>
    <message>
        <source>&amp;Keep my copy</source>
        <translation>&amp;Keep my copy</translation>
    </message>
    <message>
        <source>“%1” was deleted in another window at %2 (by %3).</source>
        <translation>“%1” was deleted in another window at %2 (by %3).</translation>
    </message>
    <message>
        <source>“%1” was deleted in another window.</source>
        <translation>“%1” was deleted in another window.</translation>
    </message>
    <message>
        <source>“%1” was changed in another window at %2 (by %3).</source>
        <translation>“%1” was changed in another window at %2 (by %3).</translation>
    </message>
    <message>
        <source>“%1” was changed in another window.</source>
        <translation>“%1” was changed in another window.</translation>
    </message>
    <message>
        <source>The record is shown as it is stored now.</source>
        <translation>The record is shown as it is stored now.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>A record has a history once it is saved.</source>
        <translation>A record has a history once it is saved.</translation>
    </message>
    <message>
        <source>Nothing was saved. Load the record as it is stored now (what you typed is dropped), or keep your copy: the fields you did not change take the other window&apos;s values, and Save writes yours over theirs.</source>
        <translation>Nothing was saved. Load the record as it is stored now (what you typed is dropped), or keep your copy: the fields you did not change take the other window&apos;s values, and Save writes yours over theirs.</translation>
    </message>
    <message>
        <source>Your copy is kept, with the other window&apos;s changes to the fields you did not change: Save writes your changes over theirs.</source>
        <translation>Your copy is kept, with the other window&apos;s changes to the fields you did not change: Save writes your changes over theirs.</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Read only: %1</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Outgoing document register</source>
        <translation>Outgoing document register</translation>
    </message>
    <message>
        <source>Quick filter — type without diacritics too (Ctrl+F)</source>
        <translation>Quick filter — type without diacritics too (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>&amp;Reprint…</translation>
    </message>
    <message>
        <source>Preview and print the document again, with its number</source>
        <translation>Preview and print the document again, with its number</translation>
    </message>
    <message>
        <source>&amp;Cancel number…</source>
        <translation>&amp;Cancel number…</translation>
    </message>
    <message>
        <source>Mark the number as cancelled; it is never given again</source>
        <translation>Mark the number as cancelled; it is never given again</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) in the register match.</source>
        <translation>
            <numerusform>%n number in the register match.</numerusform>
            <numerusform>%n numbers in the register match.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Cancel number</source>
        <translation>Cancel number</translation>
    </message>
    <message>
        <source>Why is number %1 cancelled? It stays used and is never given again.</source>
        <translation>Why is number %1 cancelled? It stays used and is never given again.</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message>
        <source>“%1” is not an event of a recommendation&apos;s history.</source>
        <translation>“%1” is not an event of a recommendation&apos;s history.</translation>
    </message>
    <message>
        <source>The recommendation was re-checked and found remedied: its follow-up is closed, nothing more is recorded.</source>
        <translation>The recommendation was re-checked and found remedied: its follow-up is closed, nothing more is recorded.</translation>
    </message>
    <message>
        <source>The recommendation was reported remedied: it needs no reminder. Record the re-check instead.</source>
        <translation>The recommendation was reported remedied: it needs no reminder. Record the re-check instead.</translation>
    </message>
    <message>
        <source>The recommendation is no longer in the database (another window may have deleted it).</source>
        <translation>The recommendation is no longer in the database (another window may have deleted it).</translation>
    </message>
    <message>
        <source>The recommendation&apos;s target was not found.</source>
        <translation>The recommendation&apos;s target was not found.</translation>
    </message>
    <message>
        <source>Remedy report</source>
        <translation>Remedy report</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Re-check</translation>
    </message>
    <message>
        <source>%1: give the date.</source>
        <translation>%1: give the date.</translation>
    </message>
    <message>
        <source>%1: dated %2, after today (%3); only what has happened is recorded.</source>
        <translation>%1: dated %2, after today (%3); only what has happened is recorded.</translation>
    </message>
    <message>
        <source>%1: dated %2, before the conclusion of %3 that made the recommendation.</source>
        <translation>%1: dated %2, before the conclusion of %3 that made the recommendation.</translation>
    </message>
    <message>
        <source>%1: dated %2, before the recommendation was made (%3).</source>
        <translation>%1: dated %2, before the recommendation was made (%3).</translation>
    </message>
    <message>
        <source>%1: dated %2, before the latest event of the history (%3); the history is recorded in the order it happened.</source>
        <translation>%1: dated %2, before the latest event of the history (%3); the history is recorded in the order it happened.</translation>
    </message>
    <message>
        <source>Write what the remedy report says was done.</source>
        <translation>Write what the remedy report says was done.</translation>
    </message>
    <message>
        <source>Write what the re-check found.</source>
        <translation>Write what the re-check found.</translation>
    </message>
    <message>
        <source>Write what the reminder asked, or name the letter sent.</source>
        <translation>Write what the reminder asked, or name the letter sent.</translation>
    </message>
    <message>
        <source>%1 cannot take a recommendation from “%2” to “%3”; it can leave it: %4.</source>
        <translation>%1 cannot take a recommendation from “%2” to “%3”; it can leave it: %4.</translation>
    </message>
    <message>
        <source>The recommendation was changed in another window meanwhile; look at it again and record the event once more.</source>
        <translation>The recommendation was changed in another window meanwhile; look at it again and record the event once more.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemedyEventDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Content:</translation>
    </message>
    <message>
        <source>&amp;Status afterwards:</source>
        <translation>&amp;Status afterwards:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>No file (optional)</source>
        <translation>No file (optional)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Once recorded, the event is kept as it is: it cannot be changed or deleted.</source>
        <translation>Once recorded, the event is kept as it is: it cannot be changed or deleted.</translation>
    </message>
    <message>
        <source>Record a remedy report</source>
        <translation>Record a remedy report</translation>
    </message>
    <message>
        <source>Record a reminder</source>
        <translation>Record a reminder</translation>
    </message>
    <message>
        <source>Record the re-check result</source>
        <translation>Record the re-check result</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Recommendation: %1</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>What was &amp;done:</translation>
    </message>
    <message>
        <source>What it &amp;asks:</source>
        <translation>What it &amp;asks:</translation>
    </message>
    <message>
        <source>What was &amp;found:</source>
        <translation>What was &amp;found:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>RemedyHistoryDialog</name>
    <message>
        <source>Following up a recommendation</source>
        <translation>Following up a recommendation</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Inspection:</source>
        <translation>Inspection:</translation>
    </message>
    <message>
        <source>Responsible unit:</source>
        <translation>Responsible unit:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>History (written once, never changed):</source>
        <translation>History (written once, never changed):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Status afterwards</source>
        <translation>Status afterwards</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Record a remedy &amp;report…</source>
        <translation>Record a remedy &amp;report…</translation>
    </message>
    <message>
        <source>Record a re&amp;minder…</source>
        <translation>Record a re&amp;minder…</translation>
    </message>
    <message>
        <source>Record the re-&amp;check result…</source>
        <translation>Record the re-&amp;check result…</translation>
    </message>
    <message>
        <source>This recommendation is no longer in the database.</source>
        <translation>This recommendation is no longer in the database.</translation>
    </message>
    <message>
        <source>Following up: %1</source>
        <translation>Following up: %1</translation>
    </message>
    <message>
        <source>%1 (decision %2)</source>
        <translation>%1 (decision %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Letter %1</translation>
    </message>
    <message>
        <source>%1 (letter %2)</source>
        <translation>%1 (letter %2)</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Notice of the conference&apos;s conclusions</source>
        <translation>Notice of the conference&apos;s conclusions</translation>
    </message>
    <message>
        <source>The template “%1” cannot be read: %2</source>
        <translation>The template “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>Unknown report “%1”.</source>
        <translation>Unknown report “%1”.</translation>
    </message>
    <message>
        <source>Conference programme</source>
        <translation>Conference programme</translation>
    </message>
    <message>
        <source>Invitations (one page per invitee)</source>
        <extracomment>One invitation letter per invited person or unit, all in one file.</extracomment>
        <translation>Invitations (one page per invitee)</translation>
    </message>
    <message>
        <source>Delegate list and sign-in sheet</source>
        <translation>Delegate list and sign-in sheet</translation>
    </message>
    <message>
        <source>The document could not be made whole; “%1” was not written.</source>
        <translation>The document could not be made whole; “%1” was not written.</translation>
    </message>
    <message>
        <source>%1 has no signer for “%2”. Add one in the directory of issuing bodies.</source>
        <translation>%1 has no signer for “%2”. Add one in the directory of issuing bodies.</translation>
    </message>
    <message>
        <source>“%1”: the output must end in .pdf, .docx, .odt or .html.</source>
        <translation>“%1”: the output must end in .pdf, .docx, .odt or .html.</translation>
    </message>
    <message>
        <source>No issuing body issues this document, so it has no header or signer. Add one in Directories → Issuing bodies and tick “Issues the documents of records that name no body” (or choose the issuing body on the record).</source>
        <translation>No issuing body issues this document, so it has no header or signer. Add one in Directories → Issuing bodies and tick “Issues the documents of records that name no body” (or choose the issuing body on the record).</translation>
    </message>
    <message>
        <source>Decision setting up the inspection team</source>
        <translation>Decision setting up the inspection team</translation>
    </message>
    <message>
        <source>Inspection plan</source>
        <translation>Inspection plan</translation>
    </message>
    <message>
        <source>Working schedule of the team</source>
        <translation>Working schedule of the team</translation>
    </message>
    <message>
        <source>Notice of the inspection&apos;s conclusions</source>
        <extracomment>One notice per inspected target.</extracomment>
        <translation>Notice of the inspection&apos;s conclusions</translation>
    </message>
    <message>
        <source>Report on the follow-up of remedies</source>
        <translation>Report on the follow-up of remedies</translation>
    </message>
    <message>
        <source>Reminder of overdue recommendations</source>
        <extracomment>A letter (công văn) urging a target to carry out overdue recommendations.</extracomment>
        <translation>Reminder of overdue recommendations</translation>
    </message>
    <message>
        <source>Inspection statistics</source>
        <translation>Inspection statistics</translation>
    </message>
    <message>
        <source>Proposal for commendation</source>
        <extracomment>Tờ trình đề nghị khen thưởng.</extracomment>
        <translation>Proposal for commendation</translation>
    </message>
    <message>
        <source>Commendation decision and its list</source>
        <extracomment>Quyết định khen thưởng, with its list of recipients.</extracomment>
        <translation>Commendation decision and its list</translation>
    </message>
    <message>
        <source>Register of commendations</source>
        <translation>Register of commendations</translation>
    </message>
    <message>
        <source>Commendation statistics</source>
        <translation>Commendation statistics</translation>
    </message>
    <message>
        <source>Certificates (one sheet per accepted recipient)</source>
        <extracomment>Printed on the pre-printed certificate stock, one sheet per accepted recipient.</extracomment>
        <translation>Certificates (one sheet per accepted recipient)</translation>
    </message>
    <message>
        <source>Test page for aligning the printer</source>
        <extracomment>A page with a millimetre grid and the fields&apos; boxes, to align a printer with the stock.</extracomment>
        <translation>Test page for aligning the printer</translation>
    </message>
    <message>
        <source>“%1” places its text on the sheet it is printed on: print it, or export it as .pdf.</source>
        <translation>“%1” places its text on the sheet it is printed on: print it, or export it as .pdf.</translation>
    </message>
    <message>
        <source>List of members proposed for the Party membership badge (4-HHĐ)</source>
        <extracomment>Danh sách đề nghị tặng Huy hiệu Đảng (mẫu 4-HHĐ).</extracomment>
        <translation>List of members proposed for the Party membership badge (4-HHĐ)</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <extracomment>Báo cáo số liệu: the statistics cross table with its chart.</extracomment>
        <translation>Statistics report</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>“%1” could not be replaced: %2</source>
        <translation>“%1” could not be replaced: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the folder “%2” does not allow new files (%3).</source>
        <translation>“%1” cannot be written: the folder “%2” does not allow new files (%3).</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2); the disk may be full. Nothing was replaced.</source>
        <translation>“%1” could not be written (%2); the disk may be full. Nothing was replaced.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A heading of the search results: the kind of record and how many were found.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>No results</translation>
    </message>
</context>
<context>
    <name>SecretOutput</name>
    <message numerus="yes">
        <source>This document is %1. Print %n copies?</source>
        <translation>
            <numerusform>This document is %1. Print %n copies?</numerusform>
            <numerusform>This document is %1. Print %n copies?</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a secret document</source>
        <translation>Print a secret document</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Copies:</translation>
    </message>
    <message>
        <source>Each copy is numbered on its pages (“Bản số: 01/03”), and the print is written in the audit log.</source>
        <translation>Each copy is numbered on its pages (“Bản số: 01/03”), and the print is written in the audit log.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Export a secret document</source>
        <translation>Export a secret document</translation>
    </message>
    <message>
        <source>This document is %1. Export it to a file?</source>
        <translation>This document is %1. Export it to a file?</translation>
    </message>
    <message>
        <source>Only your own account on this computer will be able to read the file; the export is written in the audit log.</source>
        <translation>Only your own account on this computer will be able to read the file; the export is written in the audit log.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>name or IP address, e.g. 192.168.1.10</source>
        <translation>name or IP address, e.g. 192.168.1.10</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>never saved</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The office&apos;s database on a PostgreSQL server: the administrator tells you the server, the database and your account.</source>
        <translation>The office&apos;s database on a PostgreSQL server: the administrator tells you the server, the database and your account.</translation>
    </message>
    <message>
        <source>The server asks for the password of the account “%1”.</source>
        <translation>The server asks for the password of the account “%1”.</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or IP address.</source>
        <translation>Type the server&apos;s name or IP address.</translation>
    </message>
    <message>
        <source>Type the name of the database on the server.</source>
        <translation>Type the name of the database on the server.</translation>
    </message>
    <message>
        <source>Type your account on the server.</source>
        <translation>Type your account on the server.</translation>
    </message>
    <message>
        <source>The server asks for the password of this account.</source>
        <translation>The server asks for the password of this account.</translation>
    </message>
    <message>
        <source>The database %1 on the server is empty. Make Secretariat&apos;s tables in it?</source>
        <translation>The database %1 on the server is empty. Make Secretariat&apos;s tables in it?</translation>
    </message>
    <message>
        <source>Do so only in the database the administrator made for Secretariat. The records of a file are brought to the server with “secretariat copy”.</source>
        <translation>Do so only in the database the administrator made for Secretariat. The records of a file are brought to the server with “secretariat copy”.</translation>
    </message>
    <message>
        <source>Make the tables</source>
        <translation>Make the tables</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>The server already has a role named “%1” (perhaps another database&apos;s account): choose another name.</source>
        <translation>The server already has a role named “%1” (perhaps another database&apos;s account): choose another name.</translation>
    </message>
    <message>
        <source>On a server, only an account allowed to make roles (an administrator&apos;s, or the database&apos;s owner) adds, resets and disables accounts: “%1” may not.</source>
        <translation>On a server, only an account allowed to make roles (an administrator&apos;s, or the database&apos;s owner) adds, resets and disables accounts: “%1” may not.</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>There is no page to print.</source>
        <translation>There is no page to print.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>The PDF could not be started.</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>The workbook “%1” could not be made.</source>
        <translation>The workbook “%1” could not be made.</translation>
    </message>
    <message>
        <source>The workbook “%1” could not be written: %2.</source>
        <translation>The workbook “%1” could not be written: %2.</translation>
    </message>
    <message>
        <source>Excel workbooks cannot be written on this computer: the library libxlsxwriter is missing (%1).</source>
        <translation>Excel workbooks cannot be written on this computer: the library libxlsxwriter is missing (%1).</translation>
    </message>
    <message>
        <source>The workbook “%1” could not be written whole; the disk may be full. Nothing was replaced.</source>
        <translation>The workbook “%1” could not be written whole; the disk may be full. Nothing was replaced.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <extracomment>The printed sheet&apos;s footer: &amp;P is the page, &amp;N the number of pages (Excel&apos;s codes).</extracomment>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
</context>
<context>
    <name>SqlListModel</name>
    <message>
        <source>The list could not be read. %1</source>
        <translation>The list could not be read. %1</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>The file “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>The file “%1” is not a Secretariat database.</source>
        <translation>The file “%1” is not a Secretariat database.</translation>
    </message>
    <message>
        <source>The database “%1” is damaged: the file is shorter than it should be. Restore it from a backup.</source>
        <translation>The database “%1” is damaged: the file is shorter than it should be. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The database “%1” is damaged and was not opened. Restore it from a backup.</source>
        <translation>The database “%1” is damaged and was not opened. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The file “%1” is an SQLite database of another program, not a Secretariat database.</source>
        <translation>The file “%1” is an SQLite database of another program, not a Secretariat database.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be read in this folder: its journal “%2” holds saved changes that can only be read where the folder may be written. Copy the folder to a place you may write, or ask whoever looks after it.</source>
        <translation>The database “%1” cannot be read in this folder: its journal “%2” holds saved changes that can only be read where the folder may be written. Copy the folder to a place you may write, or ask whoever looks after it.</translation>
    </message>
    <message>
        <source>The folder “%1” may not be written: the database is open for reading only, and changes cannot be saved.</source>
        <translation>The folder “%1” may not be written: the database is open for reading only, and changes cannot be saved.</translation>
    </message>
    <message>
        <source>The file “%1” may not be written: the database is open for reading only, and changes cannot be saved.</source>
        <translation>The file “%1” may not be written: the database is open for reading only, and changes cannot be saved.</translation>
    </message>
    <message>
        <source>The database is open for reading only.</source>
        <translation>The database is open for reading only.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened: %2</source>
        <translation>The database “%1” cannot be opened: %2</translation>
    </message>
    <message>
        <source>The database “%1” cannot be read here: %2</source>
        <translation>The database “%1” cannot be read here: %2</translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation>This SQLite library cannot enforce foreign keys.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read as a database.</source>
        <translation>The file “%1” cannot be read as a database.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrity: %1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>Row %1 of table %2 refers to a missing row of table %3.</translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation>Foreign keys: %1</translation>
    </message>
    <message>
        <source>The database is still open in another window or program; close it there first.</source>
        <translation>The database is still open in another window or program; close it there first.</translation>
    </message>
    <message>
        <source>The SQLite driver of this installation cannot be used.</source>
        <translation>The SQLite driver of this installation cannot be used.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <source>The journal files beside “%1” belong to another account, which has the database open for reading: changes cannot be saved until it closes the program. If nobody has it open, remove “%2” and “%3” and open it again.</source>
        <translation>The journal files beside “%1” belong to another account, which has the database open for reading: changes cannot be saved until it closes the program. If nobody has it open, remove “%2” and “%3” and open it again.</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing row of %3.</source>
        <translation>Row %1 of %2 refers to a missing row of %3.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be created: %2</source>
        <translation>The database “%1” cannot be created: %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>What is due, most urgent first. Double-click a line or press Enter to open its record.</source>
        <translation>What is due, most urgent first. Double-click a line or press Enter to open its record.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>How late</translation>
    </message>
    <message>
        <source>Open the whole list</source>
        <translation>Open the whole list</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>The indicator is no longer in the catalogue.</source>
        <translation>The indicator is no longer in the catalogue.</translation>
    </message>
    <message>
        <source>The indicator needs a name.</source>
        <translation>The indicator needs a name.</translation>
    </message>
    <message>
        <source>The catalogue already has the indicator “%1”.</source>
        <translation>The catalogue already has the indicator “%1”.</translation>
    </message>
    <message>
        <source>“%1” is counted from the records and comes with the program: it can be taken out of use, not deleted.</source>
        <translation>“%1” is counted from the records and comes with the program: it can be taken out of use, not deleted.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n figure(s) entered: it is not deleted, so that the tables of past years keep them. Take it out of use instead.</source>
        <translation>
            <numerusform>“%1” has %n figure(s) entered: it is not deleted, so that the tables of past years keep them. Take it out of use instead.</numerusform>
            <numerusform>“%1” has %n figure(s) entered: it is not deleted, so that the tables of past years keep them. Take it out of use instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the indicator the figure is for.</source>
        <translation>Choose the indicator the figure is for.</translation>
    </message>
    <message>
        <source>“%1” is counted from the records: its figures are not entered.</source>
        <translation>“%1” is counted from the records: its figures are not entered.</translation>
    </message>
    <message>
        <source>“%1” is no longer in use: put it back in use before entering figures.</source>
        <translation>“%1” is no longer in use: put it back in use before entering figures.</translation>
    </message>
    <message>
        <source>Choose the unit the figure is for.</source>
        <translation>Choose the unit the figure is for.</translation>
    </message>
    <message>
        <source>The unit is no longer in the directory.</source>
        <translation>The unit is no longer in the directory.</translation>
    </message>
    <message>
        <source>The year must lie between %1 and %2.</source>
        <translation>The year must lie between %1 and %2.</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>The value must be a number.</translation>
    </message>
    <message>
        <source>A figure is not negative: %1 cannot be entered for “%2”.</source>
        <translation>A figure is not negative: %1 cannot be entered for “%2”.</translation>
    </message>
    <message>
        <source>“%1” is a percentage: the value lies between 0 and 100.</source>
        <translation>“%1” is a percentage: the value lies between 0 and 100.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Inspection statistics</source>
        <translation>Inspection statistics</translation>
    </message>
    <message>
        <source>Counted from the records: the targets of inspections whose work starts in the period, and the recommendations of the targets concluded in it, as remedied today.</source>
        <translation>Counted from the records: the targets of inspections whose work starts in the period, and the recommendations of the targets concluded in it, as remedied today.</translation>
    </message>
    <message>
        <source>Issuing &amp;body:</source>
        <translation>Issuing &amp;body:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>All issuing bodies</source>
        <translation>All issuing bodies</translation>
    </message>
    <message>
        <source>Quarter I</source>
        <translation>Quarter I</translation>
    </message>
    <message>
        <source>First 6 months</source>
        <translation>First 6 months</translation>
    </message>
    <message>
        <source>First 9 months</source>
        <translation>First 9 months</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>A term of the body</source>
        <translation>A term of the body</translation>
    </message>
    <message>
        <source>Any dates</source>
        <translation>Any dates</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Party organizations</source>
        <translation>Party organizations</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>This body has no term in the directory of issuing bodies: choose other dates.</source>
        <translation>This body has no term in the directory of issuing bodies: choose other dates.</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <source>Of them in violation</source>
        <translation>Of them in violation</translation>
    </message>
    <message>
        <source>Recommendations made</source>
        <translation>Recommendations made</translation>
    </message>
    <message>
        <source>Remedied on time</source>
        <translation>Remedied on time</translation>
    </message>
    <message>
        <source>Remedied late</source>
        <translation>Remedied late</translation>
    </message>
    <message>
        <source>Not yet remedied</source>
        <translation>Not yet remedied</translation>
    </message>
    <message>
        <source>Of them overdue</source>
        <translation>Of them overdue</translation>
    </message>
    <message>
        <source>Commendation statistics</source>
        <translation>Commendation statistics</translation>
    </message>
    <message>
        <source>Counted from the records: the recipients accepted in the decisions dated in the period, by form, collectives and individuals.</source>
        <translation>Counted from the records: the recipients accepted in the decisions dated in the period, by form, collectives and individuals.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Collectives</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The &amp;statistics</source>
        <translation>The &amp;statistics</translation>
    </message>
    <message>
        <source>The &amp;register of awards</source>
        <translation>The &amp;register of awards</translation>
    </message>
    <message>
        <source>Records above your clearance are not counted.</source>
        <translation>Records above your clearance are not counted.</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Save the table as an Excel workbook or CSV</source>
        <translation>Save the table as an Excel workbook or CSV</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Columns: units</source>
        <translation>Columns: units</translation>
    </message>
    <message>
        <source>Columns: years</source>
        <translation>Columns: years</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Every indicator in use</source>
        <translation>Every indicator in use</translation>
    </message>
    <message>
        <source>Entered figures</source>
        <translation>Entered figures</translation>
    </message>
    <message>
        <source>Counted from the records</source>
        <translation>Counted from the records</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <source>Only indicators with figures</source>
        <translation>Only indicators with figures</translation>
    </message>
    <message>
        <source>&amp;Enter figures…</source>
        <translation>&amp;Enter figures…</translation>
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <translation>&amp;Indicators…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Print preview…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>No indicator in use is of that kind.</source>
        <translation>No indicator in use is of that kind.</translation>
    </message>
    <message>
        <source>No figures to draw</source>
        <translation>No figures to draw</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsTable</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Counted in</translation>
    </message>
    <message>
        <source>The years must lie between %1 and %2.</source>
        <translation>The years must lie between %1 and %2.</translation>
    </message>
    <message>
        <source>The first year (%1) comes after the last (%2).</source>
        <translation>The first year (%1) comes after the last (%2).</translation>
    </message>
    <message>
        <source>A table by years shows at most 50 years.</source>
        <translation>A table by years shows at most 50 years.</translation>
    </message>
    <message>
        <source>The indicator is no longer in the catalogue.</source>
        <translation>The indicator is no longer in the catalogue.</translation>
    </message>
    <message>
        <source>The unit is no longer in the directory.</source>
        <translation>The unit is no longer in the directory.</translation>
    </message>
    <message>
        <source>Statistics %1 by unit</source>
        <translation>Statistics %1 by unit</translation>
    </message>
    <message>
        <source>Statistics %1 of %2 and the units under it</source>
        <translation>Statistics %1 of %2 and the units under it</translation>
    </message>
    <message>
        <source>Statistics %1 by year, all units</source>
        <translation>Statistics %1 by year, all units</translation>
    </message>
    <message>
        <source>Statistics %1 by year: %2</source>
        <translation>Statistics %1 by year: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) covering more than one year are shown only in the table by units.</source>
        <translation>
            <numerusform>%n figure(s) covering more than one year are shown only in the table by units.</numerusform>
            <numerusform>%n figure(s) covering more than one year are shown only in the table by units.</numerusform>
        </translation>
    </message>
    <message>
        <source>The counts leave out the records above your clearance.</source>
        <translation>The counts leave out the records above your clearance.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>StatisticsTableModel</name>
    <message>
        <source>Entered figures; adds up as: %1</source>
        <translation>Entered figures; adds up as: %1</translation>
    </message>
    <message>
        <source>Counted from the records: %1</source>
        <translation>Counted from the records: %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Counted in</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The program does not know the table “%1”.</source>
        <translation>The program does not know the table “%1”.</translation>
    </message>
    <message>
        <source>There is no database file “%1”.</source>
        <translation>There is no database file “%1”.</translation>
    </message>
    <message>
        <source>The file “%1” is empty: it holds no Secretariat database.</source>
        <translation>The file “%1” is empty: it holds no Secretariat database.</translation>
    </message>
    <message>
        <source>The database “%1” was made by a newer version of Secretariat (schema %2; this program knows up to %3).</source>
        <translation>The database “%1” was made by a newer version of Secretariat (schema %2; this program knows up to %3).</translation>
    </message>
    <message>
        <source>The schema is at version %1; opening the file in the program updates it to %2.</source>
        <translation>The schema is at version %1; opening the file in the program updates it to %2.</translation>
    </message>
    <message>
        <source>The folder for “%1” cannot be created.</source>
        <translation>The folder for “%1” cannot be created.</translation>
    </message>
    <message>
        <source>The file “%1” is empty: it holds no Secretariat database. Choose another file, or make a new database with File › New.</source>
        <translation>The file “%1” is empty: it holds no Secretariat database. Choose another file, or make a new database with File › New.</translation>
    </message>
    <message>
        <source>The file “%1” already exists; a new database needs a new file name.</source>
        <translation>The file “%1” already exists; a new database needs a new file name.</translation>
    </message>
    <message>
        <source>The database “%1” was made by a newer version of Secretariat (schema %2; this program knows up to %3). It was not changed: open it with the newer program.</source>
        <translation>The database “%1” was made by a newer version of Secretariat (schema %2; this program knows up to %3). It was not changed: open it with the newer program.</translation>
    </message>
    <message>
        <source>The database “%1” was made by an older version of Secretariat and must be updated before it is used, which cannot be done while it is read-only. %2</source>
        <translation>The database “%1” was made by an older version of Secretariat and must be updated before it is used, which cannot be done while it is read-only. %2</translation>
    </message>
    <message>
        <source>The program is missing its database migration %1.</source>
        <translation>The program is missing its database migration %1.</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed, nothing was changed: %2</source>
        <translation>Updating the database to version %1 failed, nothing was changed: %2</translation>
    </message>
    <message>
        <source>The %1 no longer exists: it was deleted, perhaps in another window.</source>
        <translation>The %1 no longer exists: it was deleted, perhaps in another window.</translation>
    </message>
    <message>
        <source>The change could not be saved because no transaction was open.</source>
        <translation>The change could not be saved because no transaction was open.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>A part of the change failed, so none of it was saved.</source>
        <translation>A part of the change failed, so none of it was saved.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted because it is still used by %2.</source>
        <translation>“%1” cannot be deleted because it is still used by %2.</translation>
    </message>
    <message>
        <source>The setting was changed in another window meanwhile; try again.</source>
        <translation>The setting was changed in another window meanwhile; try again.</translation>
    </message>
    <message>
        <source>a classified record</source>
        <translation>a classified record</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Log in first.</translation>
    </message>
    <message>
        <source>The account “%1” (%2) may not %3.</source>
        <translation>The account “%1” (%2) may not %3.</translation>
    </message>
    <message>
        <source>The account “%1” may not mark a record %2: it reads up to %3.</source>
        <translation>The account “%1” may not mark a record %2: it reads up to %3.</translation>
    </message>
    <message>
        <source>The %1 it belongs to no longer exists: it was deleted, perhaps in another window.</source>
        <translation>The %1 it belongs to no longer exists: it was deleted, perhaps in another window.</translation>
    </message>
    <message>
        <source>Type the account name.</source>
        <translation>Type the account name.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Type the password.</translation>
    </message>
    <message>
        <source>The account name or the password is not right.</source>
        <translation>The account name or the password is not right.</translation>
    </message>
    <message>
        <source>The account “%1” is disabled. Ask the administrator.</source>
        <translation>The account “%1” is disabled. Ask the administrator.</translation>
    </message>
    <message numerus="yes">
        <source>The password was wrong %1 times in a row: try again in %n second(s).</source>
        <translation>
            <numerusform>The password was wrong %1 times in a row: try again in %n second.</numerusform>
            <numerusform>The password was wrong %1 times in a row: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database holds secret records, and other accounts on this computer may read “%1”. Keep it in a folder only you may open (or ask whoever looks after the computer to restrict it).</source>
        <translation>This database holds secret records, and other accounts on this computer may read “%1”. Keep it in a folder only you may open (or ask whoever looks after the computer to restrict it).</translation>
    </message>
    <message>
        <source>On a server the program works as the account it connected as (“%1”): connect as “%2” to work as that account.</source>
        <translation>On a server the program works as the account it connected as (“%1”): connect as “%2” to work as that account.</translation>
    </message>
    <message>
        <source>The server account “%1” has no account in the database %2: ask the administrator to add it with “secretariat user add %1”.</source>
        <translation>The server account “%1” has no account in the database %2: ask the administrator to add it with “secretariat user add %1”.</translation>
    </message>
    <message>
        <source>The database %1 on the server already holds Secretariat data; a new database needs an empty one.</source>
        <translation>The database %1 on the server already holds Secretariat data; a new database needs an empty one.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Secretariat (schema %2; this program knows up to %3). It was not changed: use the newer program.</source>
        <translation>The database %1 was made by a newer version of Secretariat (schema %2; this program knows up to %3). It was not changed: use the newer program.</translation>
    </message>
    <message>
        <source>The database %1 on the server holds no Secretariat data yet. An administrator fills it with “secretariat copy”, or File › Connect to server makes its tables.</source>
        <translation>The database %1 on the server holds no Secretariat data yet. An administrator fills it with “secretariat copy”, or File › Connect to server makes its tables.</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>There is already a unit with this name under the same superior unit.</source>
        <translation>There is already a unit with this name under the same superior unit.</translation>
    </message>
    <message>
        <source>There is already a document with this number and code on this date.</source>
        <translation>There is already a document with this number and code on this date.</translation>
    </message>
    <message>
        <source>This number is already taken in the outgoing document register.</source>
        <translation>This number is already taken in the outgoing document register.</translation>
    </message>
    <message>
        <source>This person is already among the participants.</source>
        <translation>This person is already among the participants.</translation>
    </message>
    <message>
        <source>This unit is already among the participants.</source>
        <translation>This unit is already among the participants.</translation>
    </message>
    <message>
        <source>This person is already a member of the team.</source>
        <translation>This person is already a member of the team.</translation>
    </message>
    <message>
        <source>A unit cannot be its own superior unit.</source>
        <translation>A unit cannot be its own superior unit.</translation>
    </message>
    <message>
        <source>A unit cannot be its own successor.</source>
        <translation>A unit cannot be its own successor.</translation>
    </message>
    <message>
        <source>A participant is either a person or a unit.</source>
        <translation>A participant is either a person or a unit.</translation>
    </message>
    <message>
        <source>An attachment belongs to exactly one record.</source>
        <translation>An attachment belongs to exactly one record.</translation>
    </message>
    <message>
        <source>The year of the number must be the year of the date.</source>
        <translation>The year of the number must be the year of the date.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>The e-mail address is not valid.</translation>
    </message>
    <message>
        <source>There is already a %1 with the same %2.</source>
        <translation>There is already a %1 with the same %2.</translation>
    </message>
    <message>
        <source>“%1” must be filled in.</source>
        <translation>“%1” must be filled in.</translation>
    </message>
    <message>
        <source>A required field is empty.</source>
        <translation>A required field is empty.</translation>
    </message>
    <message>
        <source>A date is not a valid calendar date.</source>
        <translation>A date is not a valid calendar date.</translation>
    </message>
    <message>
        <source>A time is not valid; write it as HH:MM.</source>
        <translation>A time is not valid; write it as HH:MM.</translation>
    </message>
    <message>
        <source>An end date is before its start date.</source>
        <translation>An end date is before its start date.</translation>
    </message>
    <message>
        <source>A value is not one of the allowed choices (%1).</source>
        <translation>A value is not one of the allowed choices (%1).</translation>
    </message>
    <message>
        <source>The record refers to something that does not exist any more, or is still referred to by other records.</source>
        <translation>The record refers to something that does not exist any more, or is still referred to by other records.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program; try again in a moment.</source>
        <translation>The database is busy in another window or program; try again in a moment.</translation>
    </message>
    <message>
        <source>The database file is read-only; changes cannot be saved.</source>
        <translation>The database file is read-only; changes cannot be saved.</translation>
    </message>
    <message>
        <source>There is already a document type with this code.</source>
        <translation>There is already a document type with this code.</translation>
    </message>
    <message>
        <source>The year of a number must be between 1930 and 9999.</source>
        <translation>The year of a number must be between 1930 and 9999.</translation>
    </message>
    <message>
        <source>This would repeat a record that exists already.</source>
        <translation>This would repeat a record that exists already.</translation>
    </message>
    <message>
        <source>The audit log can only grow: its rows are never changed or removed.</source>
        <translation>The audit log can only grow: its rows are never changed or removed.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and save again. Nothing was lost: what you typed is still here.</source>
        <translation>The disk is full; free some space and save again. Nothing was lost: what you typed is still here.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (%1). Nothing was saved; check the disk or the network drive and try again.</source>
        <translation>The database file could not be read or written (%1). Nothing was saved; check the disk or the network drive and try again.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Close the program and restore the last backup.</source>
        <translation>The database file is damaged (%1). Close the program and restore the last backup.</translation>
    </message>
    <message>
        <source>This unit is already another issuing body.</source>
        <translation>This unit is already another issuing body.</translation>
    </message>
    <message>
        <source>Another issuing body already issues by default.</source>
        <translation>Another issuing body already issues by default.</translation>
    </message>
    <message>
        <source>This body already has a signer for this kind of document.</source>
        <translation>This body already has a signer for this kind of document.</translation>
    </message>
    <message>
        <source>A term cannot end before it begins.</source>
        <translation>A term cannot end before it begins.</translation>
    </message>
    <message>
        <source>An issued document is kept as it was signed and cannot be changed or removed.</source>
        <translation>An issued document is kept as it was signed and cannot be changed or removed.</translation>
    </message>
    <message>
        <source>The issuing body already has a team with this number this year.</source>
        <translation>The issuing body already has a team with this number this year.</translation>
    </message>
    <message>
        <source>A remedied recommendation needs the date it was remedied.</source>
        <translation>A remedied recommendation needs the date it was remedied.</translation>
    </message>
    <message>
        <source>A violation of a Party member needs the person.</source>
        <translation>A violation of a Party member needs the person.</translation>
    </message>
    <message>
        <source>An inspected target is either an organization or a Party member.</source>
        <translation>An inspected target is either an organization or a Party member.</translation>
    </message>
    <message>
        <source>A recommendation&apos;s history is never changed or deleted: record a new event instead.</source>
        <translation>A recommendation&apos;s history is never changed or deleted: record a new event instead.</translation>
    </message>
    <message>
        <source>The working period ends before it begins.</source>
        <translation>The working period ends before it begins.</translation>
    </message>
    <message>
        <source>The period inspected ends before it begins.</source>
        <translation>The period inspected ends before it begins.</translation>
    </message>
    <message>
        <source>This unit is already a target of the inspection.</source>
        <translation>This unit is already a target of the inspection.</translation>
    </message>
    <message>
        <source>This Party member is already a target of the inspection.</source>
        <translation>This Party member is already a target of the inspection.</translation>
    </message>
    <message>
        <source>The commendation is decided: its decision and its list are kept as they were signed. Only a badge number or a note can still be written.</source>
        <translation>The commendation is decided: its decision and its list are kept as they were signed. Only a badge number or a note can still be written.</translation>
    </message>
    <message>
        <source>This recipient is already on the list for this form of commendation.</source>
        <translation>This recipient is already on the list for this form of commendation.</translation>
    </message>
    <message>
        <source>This badge number is already given to someone else.</source>
        <translation>This badge number is already given to someone else.</translation>
    </message>
    <message>
        <source>A collective recipient is a unit of the directory; an individual one, a person.</source>
        <translation>A collective recipient is a unit of the directory; an individual one, a person.</translation>
    </message>
    <message>
        <source>The decision is dated before the proposal.</source>
        <translation>The decision is dated before the proposal.</translation>
    </message>
    <message>
        <source>A decided commendation needs the date of its decision.</source>
        <translation>A decided commendation needs the date of its decision.</translation>
    </message>
    <message>
        <source>Choose the form of commendation.</source>
        <translation>Choose the form of commendation.</translation>
    </message>
    <message>
        <source>A round of Party membership badges gives each member the badge due: it has no single form.</source>
        <translation>A round of Party membership badges gives each member the badge due: it has no single form.</translation>
    </message>
    <message>
        <source>There is already a form of commendation with this name.</source>
        <translation>There is already a form of commendation with this name.</translation>
    </message>
    <message>
        <source>There is already a badge for this many years.</source>
        <translation>There is already a badge for this many years.</translation>
    </message>
    <message>
        <source>This body is already among those that give the form.</source>
        <translation>This body is already among those that give the form.</translation>
    </message>
    <message>
        <source>A fixed text on the certificate needs its words.</source>
        <translation>A fixed text on the certificate needs its words.</translation>
    </message>
    <message>
        <source>The server refused: your account may not make this change (%1).</source>
        <translation>The server refused: your account may not make this change (%1).</translation>
    </message>
    <message>
        <source>The database reported an unexpected error (in %1&apos;s words: “%2”). Nothing was changed. If it happens again, check the database with “secretariat check”.</source>
        <translation>The database reported an unexpected error (in %1&apos;s words: “%2”). Nothing was changed. If it happens again, check the database with “secretariat check”.</translation>
    </message>
</context>
<context>
    <name>TableSource</name>
    <message>
        <source>Lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>TargetEditor</name>
    <message>
        <source>Inspected target</source>
        <translation>Inspected target</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Self-inspection report &amp;due:</source>
        <translation>Self-inspection report &amp;due:</translation>
    </message>
    <message>
        <source>The date the target must send its self-inspection report by</source>
        <translation>The date the target must send its self-inspection report by</translation>
    </message>
    <message>
        <source>Report &amp;received:</source>
        <translation>Report &amp;received:</translation>
    </message>
    <message>
        <source>The date the self-inspection report arrived</source>
        <translation>The date the self-inspection report arrived</translation>
    </message>
    <message>
        <source>&amp;Working sessions:</source>
        <translation>&amp;Working sessions:</translation>
    </message>
    <message>
        <source>Add sess&amp;ion</source>
        <translation>Add sess&amp;ion</translation>
    </message>
    <message>
        <source>Add a working session with the target</source>
        <translation>Add a working session with the target</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Move u&amp;p</translation>
    </message>
    <message>
        <source>Move up (Alt+Up, or drag)</source>
        <translation>Move up (Alt+Up, or drag)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Move dow&amp;n</translation>
    </message>
    <message>
        <source>Move down (Alt+Down, or drag)</source>
        <translation>Move down (Alt+Down, or drag)</translation>
    </message>
    <message>
        <source>Re&amp;move session</source>
        <translation>Re&amp;move session</translation>
    </message>
    <message>
        <source>Remove the session</source>
        <translation>Remove the session</translation>
    </message>
    <message>
        <source>&amp;Conclusion</source>
        <translation>&amp;Conclusion</translation>
    </message>
    <message>
        <source>Concluded &amp;on:</source>
        <translation>Concluded &amp;on:</translation>
    </message>
    <message>
        <source>The date of the conclusion; recommendations fall due after it</source>
        <translation>The date of the conclusion; recommendations fall due after it</translation>
    </message>
    <message>
        <source>St&amp;rengths:</source>
        <translation>St&amp;rengths:</translation>
    </message>
    <message>
        <source>What the target did well</source>
        <translation>What the target did well</translation>
    </message>
    <message>
        <source>Shortco&amp;mings:</source>
        <translation>Shortco&amp;mings:</translation>
    </message>
    <message>
        <source>Shortcomings and limitations found</source>
        <translation>Shortcomings and limitations found</translation>
    </message>
    <message>
        <source>C&amp;auses:</source>
        <translation>C&amp;auses:</translation>
    </message>
    <message>
        <source>The causes of the shortcomings and violations</source>
        <translation>The causes of the shortcomings and violations</translation>
    </message>
    <message>
        <source>Res&amp;ponsibility:</source>
        <translation>Res&amp;ponsibility:</translation>
    </message>
    <message>
        <source>Who is responsible for the shortcomings and violations</source>
        <translation>Who is responsible for the shortcomings and violations</translation>
    </message>
    <message>
        <source>D&amp;iscipline proposed:</source>
        <translation>D&amp;iscipline proposed:</translation>
    </message>
    <message>
        <source>The discipline proposed, if any</source>
        <translation>The discipline proposed, if any</translation>
    </message>
    <message>
        <source>&amp;Violations:</source>
        <translation>&amp;Violations:</translation>
    </message>
    <message>
        <source>Violation of the or&amp;ganization</source>
        <translation>Violation of the or&amp;ganization</translation>
    </message>
    <message>
        <source>Add a violation of the organization</source>
        <translation>Add a violation of the organization</translation>
    </message>
    <message>
        <source>Violation of a mem&amp;ber</source>
        <translation>Violation of a mem&amp;ber</translation>
    </message>
    <message>
        <source>Add a violation of a Party member (confidential)</source>
        <translation>Add a violation of a Party member (confidential)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remo&amp;ve violation</source>
        <translation>Remo&amp;ve violation</translation>
    </message>
    <message>
        <source>Remove the violation</source>
        <translation>Remove the violation</translation>
    </message>
    <message>
        <source>R&amp;ecommendations</source>
        <translation>R&amp;ecommendations</translation>
    </message>
    <message>
        <source>Recommendations and requests (status and remedy reports change only through the follow-up history):</source>
        <translation>Recommendations and requests (status and remedy reports change only through the follow-up history):</translation>
    </message>
    <message>
        <source>Add recommendatio&amp;n</source>
        <translation>Add recommendatio&amp;n</translation>
    </message>
    <message>
        <source>Add a recommendation: what to remedy, who, by when</source>
        <translation>Add a recommendation: what to remedy, who, by when</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Remo&amp;ve recommendation</source>
        <translation>Remo&amp;ve recommendation</translation>
    </message>
    <message>
        <source>Remove the recommendation (only one without a follow-up history)</source>
        <translation>Remove the recommendation (only one without a follow-up history)</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>A&amp;ttachments</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The team works from %1 to %2; sessions fall within that period.</source>
        <translation>The team works from %1 to %2; sessions fall within that period.</translation>
    </message>
    <message>
        <source>The working period of the inspection is not set.</source>
        <translation>The working period of the inspection is not set.</translation>
    </message>
    <message>
        <source>Party member concerned: %1.</source>
        <translation>Party member concerned: %1.</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Type a name to find the member…</source>
        <translation>Type a name to find the member…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(choose the responsible unit)</source>
        <translation>(choose the responsible unit)</translation>
    </message>
    <message numerus="yes">
        <source>Recommendation %1 is kept: it has a follow-up history (%n event(s)), and that history is never deleted.</source>
        <translation>
            <numerusform>Recommendation %1 is kept: it has a follow-up history (%n event), and that history is never deleted.</numerusform>
            <numerusform>Recommendation %1 is kept: it has a follow-up history (%n events), and that history is never deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the recommendation</source>
        <translation>Remove the recommendation</translation>
    </message>
    <message>
        <source>Remove recommendation %1, “%2”?</source>
        <translation>Remove recommendation %1, “%2”?</translation>
    </message>
    <message numerus="yes">
        <source>submitted %n day(s) late</source>
        <translation>
            <numerusform>submitted %n day late</numerusform>
            <numerusform>submitted %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not received yet, %n day(s) overdue</source>
        <translation>
            <numerusform>not received yet, %n day overdue</numerusform>
            <numerusform>not received yet, %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n recommendation</numerusform>
            <numerusform>%n recommendations</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1: “%2” is not a date; write it as 02/11/2023.</source>
        <translation>Session %1: “%2” is not a date; write it as 02/11/2023.</translation>
    </message>
    <message>
        <source>Session %1 has no date.</source>
        <translation>Session %1 has no date.</translation>
    </message>
    <message>
        <source>Session %1: “%2” is not a time; write it as 07:30.</source>
        <translation>Session %1: “%2” is not a time; write it as 07:30.</translation>
    </message>
    <message>
        <source>Session %1 ends (%2) before it starts (%3).</source>
        <translation>Session %1 ends (%2) before it starts (%3).</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Session %1 on %2 lies outside the working period of the inspection (%3).</source>
        <translation>Session %1 on %2 lies outside the working period of the inspection (%3).</translation>
    </message>
    <message>
        <source>Violation %1 is a Party member&apos;s: choose the member.</source>
        <translation>Violation %1 is a Party member&apos;s: choose the member.</translation>
    </message>
    <message>
        <source>Violation %1 does not say what was violated.</source>
        <translation>Violation %1 does not say what was violated.</translation>
    </message>
    <message>
        <source>Recommendation %1 does not say what is to be done.</source>
        <translation>Recommendation %1 does not say what is to be done.</translation>
    </message>
    <message>
        <source>Recommendation %1 has no responsible unit: choose who carries it out.</source>
        <translation>Recommendation %1 has no responsible unit: choose who carries it out.</translation>
    </message>
    <message>
        <source>Recommendation %1: “%2” is not a date; write it as 31/12/2026.</source>
        <translation>Recommendation %1: “%2” is not a date; write it as 31/12/2026.</translation>
    </message>
    <message>
        <source>Recommendation %1 has no deadline.</source>
        <translation>Recommendation %1 has no deadline.</translation>
    </message>
    <message>
        <source>Recommendation %1 falls due on %2, before the conclusion of %3.</source>
        <translation>Recommendation %1 falls due on %2, before the conclusion of %3.</translation>
    </message>
    <message>
        <source>Approve the &amp;conclusion</source>
        <translation>Approve the &amp;conclusion</translation>
    </message>
</context>
<context>
    <name>TemplateEngine</name>
    <message>
        <source>Template %1, line %2: %3</source>
        <extracomment>%1 is a template file, %2 a line number, %3 what is wrong there.</extracomment>
        <translation>Template %1, line %2: %3</translation>
    </message>
    <message>
        <source>“{{” is not closed by “%1”.</source>
        <translation>“{{” is not closed by “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a field name.</source>
        <translation>“%1” is not a field name.</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes a section that was never opened.</source>
        <translation>“{{/%1}}” closes a section that was never opened.</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes “%2”, opened on line %3.</source>
        <translation>“{{/%1}}” closes “%2”, opened on line %3.</translation>
    </message>
    <message>
        <source>The section “%1” is never closed.</source>
        <translation>The section “%1” is never closed.</translation>
    </message>
    <message>
        <source>there is no field “%1”.</source>
        <translation>there is no field “%1”.</translation>
    </message>
    <message>
        <source>the template could not be read.</source>
        <translation>the template could not be read.</translation>
    </message>
</context>
<context>
    <name>UnitEditor</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Ban Thường vụ Tỉnh ủy Thanh Hóa</source>
        <translation>e.g. Ban Thường vụ Tỉnh ủy Thanh Hóa</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>e.g. VPTU</source>
        <translation>e.g. VPTU</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Issuer &amp;code:</source>
        <translation>Issuer &amp;code:</translation>
    </message>
    <message>
        <source>e.g. TU, ĐU, TW</source>
        <translation>e.g. TU, ĐU, TW</translation>
    </message>
    <message>
        <source>The code after the slash in document numbers: 12-TB/TU</source>
        <translation>The code after the slash in document numbers: 12-TB/TU</translation>
    </message>
    <message>
        <source>&amp;Place name:</source>
        <translation>&amp;Place name:</translation>
    </message>
    <message>
        <source>e.g. Thanh Hóa</source>
        <translation>e.g. Thanh Hóa</translation>
    </message>
    <message>
        <source>Printed in the date line: “Thanh Hóa, ngày …”</source>
        <translation>Printed in the date line: “Thanh Hóa, ngày …”</translation>
    </message>
    <message>
        <source>Su&amp;perior unit:</source>
        <translation>Su&amp;perior unit:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Valid &amp;until:</translation>
    </message>
    <message>
        <source>Succeeded &amp;by:</source>
        <translation>Succeeded &amp;by:</translation>
    </message>
    <message>
        <source>The unit that took over after a renaming or merger</source>
        <translation>The unit that took over after a renaming or merger</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Enter the name of the unit.</source>
        <translation>Enter the name of the unit.</translation>
    </message>
    <message>
        <source>“%1” is under this unit, so it cannot be its superior unit.</source>
        <translation>“%1” is under this unit, so it cannot be its superior unit.</translation>
    </message>
    <message>
        <source>“Valid until” cannot be before “Valid from”.</source>
        <translation>“Valid until” cannot be before “Valid from”.</translation>
    </message>
    <message>
        <source>A unit that was succeeded needs the date until which it was valid.</source>
        <translation>A unit that was succeeded needs the date until which it was valid.</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>No longer in existence under this name</source>
        <translation>No longer in existence under this name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Save them before closing?</source>
        <translation>Save them before closing?</translation>
    </message>
</context>
<context>
    <name>VietnameseText</name>
    <message>
        <source>Enter a date as dd/MM/yyyy.</source>
        <extracomment>Shown under an empty date field; dd/MM/yyyy is the format to type.</extracomment>
        <translation>Enter a date as dd/MM/yyyy.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form dd/MM/yyyy.</source>
        <extracomment>%1 is what the user typed in a date field; dd/MM/yyyy is the format to type.</extracomment>
        <translation>&quot;%1&quot; is not a date in the form dd/MM/yyyy.</translation>
    </message>
    <message>
        <source>There is no day %1 in the calendar.</source>
        <extracomment>%1 is the date as the user typed it, e.g. 31/02/2026.</extracomment>
        <translation>There is no day %1 in the calendar.</translation>
    </message>
    <message>
        <source>There is no day %1: month %2 of %3 has %4 days.</source>
        <extracomment>%1 the typed date (31/02/2024), %2 its month, %3 its year, %4 the days that month has.</extracomment>
        <translation>There is no day %1: month %2 of %3 has %4 days.</translation>
    </message>
</context>
<context>
    <name>WorkDue</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue recommendations (%n)</source>
        <translation>
            <numerusform>Overdue recommendations (%n)</numerusform>
            <numerusform>Overdue recommendations (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recommendations due within 7 days (%n)</source>
        <translation>
            <numerusform>Recommendations due within 7 days (%n)</numerusform>
            <numerusform>Recommendations due within 7 days (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late self-inspection reports (%n)</source>
        <translation>
            <numerusform>Late self-inspection reports (%n)</numerusform>
            <numerusform>Late self-inspection reports (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conferences without invitations issued (%n)</source>
        <translation>
            <numerusform>Conferences without invitations issued (%n)</numerusform>
            <numerusform>Conferences without invitations issued (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Party badges due in the next round (%n)</source>
        <translation>
            <numerusform>Party badges due in the next round (%n)</numerusform>
            <numerusform>Party badges due in the next round (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue recommendations</source>
        <translation>No overdue recommendations</translation>
    </message>
    <message>
        <source>No recommendations due within 7 days</source>
        <translation>No recommendations due within 7 days</translation>
    </message>
    <message>
        <source>No late self-inspection reports</source>
        <translation>No late self-inspection reports</translation>
    </message>
    <message>
        <source>No conferences in the next 14 days without invitations</source>
        <translation>No conferences in the next 14 days without invitations</translation>
    </message>
    <message>
        <source>No members due a badge in the next round</source>
        <translation>No members due a badge in the next round</translation>
    </message>
    <message numerus="yes">
        <source>%n years of membership, round of %1</source>
        <translation>
            <numerusform>%n years of membership, round of %1</numerusform>
            <numerusform>%n years of membership, round of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents waiting for a number (%n)</source>
        <translation>
            <numerusform>Documents waiting for a number (%n)</numerusform>
            <numerusform>Documents waiting for a number (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No approved documents waiting for a number</source>
        <translation>No approved documents waiting for a number</translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation>
            <numerusform>and %n more…</numerusform>
            <numerusform>and %n more…</numerusform>
        </translation>
    </message>
    <message>
        <source>Commendation decision: %1</source>
        <translation>Commendation decision: %1</translation>
    </message>
    <message>
        <source>Notice of conclusion: %1</source>
        <translation>Notice of conclusion: %1</translation>
    </message>
    <message>
        <source>approved %1</source>
        <translation>approved %1</translation>
    </message>
</context>
<context>
    <name>WorkLists</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <source>Organized by</source>
        <translation>Organized by</translation>
    </message>
    <message>
        <source>Implements</source>
        <translation>Implements</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Number and code</source>
        <translation>Number and code</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Secrecy</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook “%1” is damaged; open it in Excel or LibreOffice Calc, save it again and choose it again.</source>
        <translation>The workbook “%1” is damaged; open it in Excel or LibreOffice Calc, save it again and choose it again.</translation>
    </message>
    <message>
        <source>The workbook “%1” unpacks to more than %2 MiB: that is not a list to import. Copy the sheet you need into a new workbook and choose that one.</source>
        <translation>The workbook “%1” unpacks to more than %2 MiB: that is not a list to import. Copy the sheet you need into a new workbook and choose that one.</translation>
    </message>
    <message>
        <source>The workbook “%1” is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it and choose it again.</source>
        <translation>The workbook “%1” is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it and choose it again.</translation>
    </message>
    <message>
        <source>The file “%1” is an old Excel workbook (.xls). Open it in Excel or LibreOffice Calc, save it as .xlsx (Excel Workbook) and choose it again.</source>
        <translation>The file “%1” is an old Excel workbook (.xls). Open it in Excel or LibreOffice Calc, save it as .xlsx (Excel Workbook) and choose it again.</translation>
    </message>
    <message>
        <source>The file “%1” is not an Excel workbook (.xlsx).</source>
        <translation>The file “%1” is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The file “%1” is a zip archive but holds no Excel workbook; choose an .xlsx or a .csv file.</source>
        <translation>The file “%1” is a zip archive but holds no Excel workbook; choose an .xlsx or a .csv file.</translation>
    </message>
    <message>
        <source>The workbook “%1” has no sheet.</source>
        <translation>The workbook “%1” has no sheet.</translation>
    </message>
    <message>
        <source>The sheet “%1” of “%2” is empty.</source>
        <translation>The sheet “%1” of “%2” is empty.</translation>
    </message>
    <message>
        <source>Reading “%1” was stopped; nothing was imported.</source>
        <translation>Reading “%1” was stopped; nothing was imported.</translation>
    </message>
</context>
</TS>
