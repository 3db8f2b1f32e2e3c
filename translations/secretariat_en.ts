<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
        <source>Secretariat %1: conferences, inspections, commendations and Party documents.

Usage:
  secretariat [--db FILE] [--lang vi|en]   open the window
  secretariat demo FILE                    new database with the demo data
  secretariat check FILE                   schema version, integrity, foreign keys
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
  secretariat --help | --version

Without --db the window opens your own database:
  %2

Exit status: 0 done; 1 the operation failed; 2 usage error.
</translation>
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
        <source>Integrity and foreign keys: healthy.</source>
        <translation>Integrity and foreign keys: healthy.</translation>
    </message>
    <message>
        <source>See “secretariat --help”.</source>
        <translation>See “secretariat --help”.</translation>
    </message>
</context>
<context>
    <name>Database</name>
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
        <source>The file “%1” cannot be opened as a database.</source>
        <translation>The file “%1” cannot be opened as a database.</translation>
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
        <source>The database “%1” was made by a newer version of Secretariat (schema %2; this program knows up to %3). It was not changed: open it with the newer program.</source>
        <translation>The database “%1” was made by a newer version of Secretariat (schema %2; this program knows up to %3). It was not changed: open it with the newer program.</translation>
    </message>
    <message>
        <source>There is no database file “%1”.</source>
        <translation>There is no database file “%1”.</translation>
    </message>
    <message>
        <source>The folder for “%1” cannot be created.</source>
        <translation>The folder for “%1” cannot be created.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened: %2</source>
        <translation>The database “%1” cannot be opened: %2</translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation>This SQLite library cannot enforce foreign keys.</translation>
    </message>
    <message>
        <source>The SQLite driver of this installation cannot be used.</source>
        <translation>The SQLite driver of this installation cannot be used.</translation>
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
        <source>The file “%1” already exists; choose another name for the backup.</source>
        <translation>The file “%1” already exists; choose another name for the backup.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written: %2</source>
        <translation>The backup “%1” could not be written: %2</translation>
    </message>
    <message>
        <source>The file “%1” is empty: it holds no Secretariat database.</source>
        <translation>The file “%1” is empty: it holds no Secretariat database.</translation>
    </message>
    <message>
        <source>The schema is at version %1; opening the file in the program updates it to %2.</source>
        <translation>The schema is at version %1; opening the file in the program updates it to %2.</translation>
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
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Shortcoming</source>
        <translation>Shortcoming</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
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
        <source>No remedy required</source>
        <translation>No remedy required</translation>
    </message>
    <message>
        <source>To be remedied</source>
        <translation>To be remedied</translation>
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
        <source>Certificate of merit</source>
        <translation>Certificate of merit</translation>
    </message>
    <message>
        <source>Certificate of commendation</source>
        <translation>Certificate of commendation</translation>
    </message>
    <message>
        <source>Emulation flag</source>
        <translation>Emulation flag</translation>
    </message>
    <message>
        <source>Party membership badge</source>
        <translation>Party membership badge</translation>
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
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>document type</source>
        <translation>document type</translation>
    </message>
    <message numerus="yes">
        <source>%n document type(s)</source>
        <translation>
            <numerusform>%n document type</numerusform>
            <numerusform>%n document types</numerusform>
        </translation>
    </message>
    <message>
        <source>conference</source>
        <translation>conference</translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s)</source>
        <translation>
            <numerusform>%n conference</numerusform>
            <numerusform>%n conferences</numerusform>
        </translation>
    </message>
    <message>
        <source>conference participant</source>
        <translation>conference participant</translation>
    </message>
    <message numerus="yes">
        <source>%n conference participation(s)</source>
        <translation>
            <numerusform>%n conference participation</numerusform>
            <numerusform>%n conference participations</numerusform>
        </translation>
    </message>
    <message>
        <source>programme item</source>
        <translation>programme item</translation>
    </message>
    <message numerus="yes">
        <source>%n programme item(s)</source>
        <translation>
            <numerusform>%n programme item</numerusform>
            <numerusform>%n programme items</numerusform>
        </translation>
    </message>
    <message>
        <source>inspection team</source>
        <translation>inspection team</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection team(s)</source>
        <translation>
            <numerusform>%n inspection team</numerusform>
            <numerusform>%n inspection teams</numerusform>
        </translation>
    </message>
    <message>
        <source>team member</source>
        <translation>team member</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection team membership(s)</source>
        <translation>
            <numerusform>%n inspection team membership</numerusform>
            <numerusform>%n inspection team memberships</numerusform>
        </translation>
    </message>
    <message>
        <source>inspected unit</source>
        <translation>inspected unit</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message>
        <source>inspection content</source>
        <translation>inspection content</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection content(s)</source>
        <translation>
            <numerusform>%n inspection content</numerusform>
            <numerusform>%n inspection contents</numerusform>
        </translation>
    </message>
    <message>
        <source>finding</source>
        <translation>finding</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>statistic</translation>
    </message>
    <message numerus="yes">
        <source>%n statistic(s)</source>
        <translation>
            <numerusform>%n statistic</numerusform>
            <numerusform>%n statistics</numerusform>
        </translation>
    </message>
    <message>
        <source>commendation</source>
        <translation>commendation</translation>
    </message>
    <message numerus="yes">
        <source>%n commendation(s)</source>
        <translation>
            <numerusform>%n commendation</numerusform>
            <numerusform>%n commendations</numerusform>
        </translation>
    </message>
    <message>
        <source>register entry</source>
        <translation>register entry</translation>
    </message>
    <message numerus="yes">
        <source>%n outgoing document(s)</source>
        <translation>
            <numerusform>%n outgoing document</numerusform>
            <numerusform>%n outgoing documents</numerusform>
        </translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>attachment</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Superior unit</source>
        <translation>Superior unit</translation>
    </message>
    <message>
        <source>Successor unit</source>
        <translation>Successor unit</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Kind of unit</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <source>Date issued</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <source>Conference title</source>
        <translation>Conference title</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Date held</translation>
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
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
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
    <message>
        <source>“%1” is not a unit of the directory; choose one from the list.</source>
        <translation>“%1” is not a unit of the directory; choose one from the list.</translation>
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
        <source>Printing comes with the printed-documents version</source>
        <translation>Printing comes with the printed-documents version</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>PDF export comes with the printed-documents version</source>
        <translation>PDF export comes with the printed-documents version</translation>
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
        <source>“%1” already exists. A new database needs a new file name.</source>
        <translation>“%1” already exists. A new database needs a new file name.</translation>
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
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
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
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>dd/MM/yyyy — Delete leaves the date empty</source>
        <translation>dd/MM/yyyy — Delete leaves the date empty</translation>
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
        <source>“%1” is not a unit of the directory; choose one from the list.</source>
        <translation>“%1” is not a unit of the directory; choose one from the list.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and + ( ) . -</source>
        <translation>A phone number has only digits, spaces and + ( ) . -</translation>
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
        <source>The form could not be read; nothing was saved.</source>
        <translation>The form could not be read; nothing was saved.</translation>
    </message>
    <message>
        <source>This record has changes that are not saved yet.</source>
        <translation>This record has changes that are not saved yet.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Save them before closing?</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>“%1” cannot be deleted because it is still used by %2.</source>
        <translation>“%1” cannot be deleted because it is still used by %2.</translation>
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
        <source>There is already an inspection team with this number.</source>
        <translation>There is already an inspection team with this number.</translation>
    </message>
    <message>
        <source>This person is already a member of the team.</source>
        <translation>This person is already a member of the team.</translation>
    </message>
    <message>
        <source>This unit is already on the team&apos;s list.</source>
        <translation>This unit is already on the team&apos;s list.</translation>
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
        <source>A collective commendation needs a unit; an individual one needs a person.</source>
        <translation>A collective commendation needs a unit; an individual one needs a person.</translation>
    </message>
    <message>
        <source>A remedied finding needs the date it was remedied.</source>
        <translation>A remedied finding needs the date it was remedied.</translation>
    </message>
    <message>
        <source>A finding about a Party member needs the person.</source>
        <translation>A finding about a Party member needs the person.</translation>
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
        <source>The disk is full; free some space and save again.</source>
        <translation>The disk is full; free some space and save again.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>The database reported an error: %1</translation>
    </message>
    <message>
        <source>There is already a document type with this code.</source>
        <translation>There is already a document type with this code.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The change could not be saved because no transaction was open.</source>
        <translation>The change could not be saved because no transaction was open.</translation>
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
        <source>“%1” is not a unit of the directory; choose one from the list.</source>
        <translation>“%1” is not a unit of the directory; choose one from the list.</translation>
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
</context>
</TS>
