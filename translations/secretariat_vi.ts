<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>read records</source>
        <translation>xem hồ sơ</translation>
    </message>
    <message>
        <source>create, change or delete records</source>
        <translation>tạo, sửa hoặc xóa hồ sơ</translation>
    </message>
    <message>
        <source>give numbers, issue documents or keep the register</source>
        <translation>cấp số, ban hành văn bản hoặc quản lý sổ văn bản đi</translation>
    </message>
    <message>
        <source>print, save documents as files or export lists</source>
        <translation>in, lưu văn bản ra tệp hoặc xuất danh sách</translation>
    </message>
    <message>
        <source>approve a commendation decision or an inspection conclusion</source>
        <translation>duyệt quyết định khen thưởng hoặc kết luận kiểm tra</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>quản lý tài khoản</translation>
    </message>
    <message>
        <source>change issuing bodies, format profiles or settings</source>
        <translation>thay đổi cơ quan ban hành, thể thức văn bản hoặc thiết lập</translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation>sao lưu hoặc khôi phục cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>xem nhật ký thay đổi</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Tên tài khoản:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>Mức được &amp;xem:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Nobody can read it afterwards, not even an administrator: a forgotten password is replaced by a new one.</source>
        <translation>
            <numerusform>Ít nhất %n ký tự. Sau đó không ai đọc được mật khẩu, kể cả người quản trị: mật khẩu bị quên thì được thay bằng mật khẩu mới.</numerusform>
        </translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <source>The first account turns accounts on and is an administrator&apos;s: from then on the program asks for a name and password, and this administrator adds the others.</source>
        <translation>Tài khoản đầu tiên bật chế độ tài khoản và là tài khoản Quản trị: từ đó chương trình hỏi tên và mật khẩu khi mở, và người quản trị này thêm các tài khoản khác.</translation>
    </message>
    <message>
        <source>The role decides what the account may do; the clearance, the highest secrecy level it may read.</source>
        <translation>Vai trò quyết định tài khoản được làm gì; mức được xem là độ mật cao nhất mà tài khoản được đọc.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>A new password for “%1”. Tell it to the account&apos;s owner in person.</source>
        <translation>Mật khẩu mới cho “%1”. Hãy báo trực tiếp cho người dùng tài khoản.</translation>
    </message>
    <message>
        <source>Role and clearance</source>
        <translation>Vai trò và mức được xem</translation>
    </message>
    <message>
        <source>The role and clearance of “%1” take effect at its next log-in.</source>
        <translation>Vai trò và mức được xem của “%1” có hiệu lực từ lần đăng nhập sau.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Hai mật khẩu không giống nhau: hãy nhập cùng một mật khẩu hai lần.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Type a password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message numerus="yes">
        <source>A password has at least %n characters.</source>
        <translation>
            <numerusform>Mật khẩu phải có ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Hãy đặt tên cho tài khoản.</translation>
    </message>
    <message>
        <source>Choose the account&apos;s clearance.</source>
        <translation>Hãy chọn mức được xem của tài khoản.</translation>
    </message>
    <message>
        <source>The first account turns accounts on and must be an administrator&apos;s, so that someone can manage the others.</source>
        <translation>Tài khoản đầu tiên bật chế độ tài khoản và phải là tài khoản Quản trị, để có người quản lý các tài khoản khác.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Đã có tài khoản tên “%1”.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory); try again.</source>
        <translation>Không mã hóa được mật khẩu (không đủ bộ nhớ); hãy thử lại.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Không có tài khoản tên “%1”.</translation>
    </message>
    <message>
        <source>The account was changed in another window meanwhile; try again.</source>
        <translation>Tài khoản vừa được thay đổi ở cửa sổ khác; hãy thử lại.</translation>
    </message>
    <message>
        <source>“%1” is the last administrator: give another account that role first.</source>
        <translation>“%1” là tài khoản Quản trị cuối cùng: hãy giao vai trò này cho một tài khoản khác trước.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Accounts are off: whoever opens this file may read and change everything. Adding the first account, an administrator&apos;s, turns them on: from then on the program asks for a name and password, and you go on logged in as that administrator.</source>
        <translation>Chế độ tài khoản đang tắt: ai mở tệp này cũng được xem và sửa mọi thứ. Thêm tài khoản đầu tiên (tài khoản Quản trị) sẽ bật chế độ tài khoản: từ đó chương trình hỏi tên và mật khẩu, và bạn làm tiếp với tư cách người quản trị đó.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Đặt lại &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Khóa tài khoản</translation>
    </message>
    <message>
        <source>&amp;Change role…</source>
        <translation>Đổi &amp;vai trò…</translation>
    </message>
    <message>
        <source>&amp;Lock the window after it is left unused for:</source>
        <translation>Tự &amp;khóa cửa sổ khi không dùng trong:</translation>
    </message>
    <message>
        <source>With a single SQLite file, the program enforces the accounts and the secrecy levels, but anyone who holds the file can read it with another tool. For a shared office where the server enforces access, use the PostgreSQL back end (a later version).</source>
        <translation>Với một tệp SQLite duy nhất, chương trình bảo đảm việc phân quyền tài khoản và độ mật, nhưng ai có được tệp đều có thể đọc nó bằng công cụ khác. Với văn phòng dùng chung mà máy chủ phải kiểm soát quyền truy cập, hãy dùng bản chạy trên PostgreSQL (phiên bản sau).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Mức được xem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không tự khóa</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>&amp;Add the administrator…</source>
        <translation>&amp;Thêm người quản trị…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Mở khóa tài khoản</translation>
    </message>
</context>
<context>
    <name>ApprovalRow</name>
    <message>
        <source>Not approved yet: a leader approves it once it is saved.</source>
        <translation>Chưa duyệt: lãnh đạo duyệt sau khi hồ sơ được lưu.</translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>Chưa duyệt.</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>This kind of record is not approved.</source>
        <translation>Loại hồ sơ này không qua bước duyệt.</translation>
    </message>
    <message>
        <source>It is already approved: %1.</source>
        <translation>Hồ sơ đã được duyệt: %1.</translation>
    </message>
    <message>
        <source>Conclusion approved by %1 on %2</source>
        <translation>Kết luận do %1 duyệt lúc %2</translation>
    </message>
    <message>
        <source>Decision approved by %1 on %2</source>
        <translation>Quyết định do %1 duyệt lúc %2</translation>
    </message>
    <message>
        <source>A leader has not approved the conclusion yet: the notice of the conclusion is issued once a leader approves it.</source>
        <translation>Lãnh đạo chưa duyệt kết luận: thông báo kết luận chỉ được ban hành sau khi lãnh đạo duyệt.</translation>
    </message>
    <message>
        <source>A leader has not approved the decision yet: the decision is issued once a leader approves it.</source>
        <translation>Lãnh đạo chưa duyệt quyết định: quyết định chỉ được ban hành sau khi lãnh đạo duyệt.</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>There is no attachment number %1 in this database.</source>
        <translation>Cơ sở dữ liệu này không có tệp đính kèm mã số %1.</translation>
    </message>
    <message>
        <source>Files cannot be attached to this kind of record.</source>
        <translation>Không đính kèm được tệp vào loại bản ghi này.</translation>
    </message>
    <message>
        <source>A file to attach needs a name.</source>
        <translation>Tệp đính kèm phải có tên.</translation>
    </message>
    <message>
        <source>Save the record before attaching “%1” to it.</source>
        <translation>Hãy lưu bản ghi trước khi đính kèm “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of attachment.</source>
        <translation>“%1” không phải là loại tệp đính kèm.</translation>
    </message>
    <message>
        <source>The content of “%1” is missing from the database.</source>
        <translation>Nội dung của “%1” không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>“%1” is damaged in the database: its content is no longer what was attached.</source>
        <translation>“%1” bị hỏng trong cơ sở dữ liệu: nội dung không còn đúng như khi đính kèm.</translation>
    </message>
    <message>
        <source>The folder for opened attachments (%1) could not be created.</source>
        <translation>Không tạo được thư mục chứa các tệp đính kèm được mở ra (%1).</translation>
    </message>
    <message>
        <source>“%1” could not be written to %2.</source>
        <translation>Không ghi được “%1” vào %2.</translation>
    </message>
    <message>
        <source>“%1” is empty; there is nothing to attach.</source>
        <translation>“%1” là tệp trống; không có gì để đính kèm.</translation>
    </message>
    <message>
        <source>“%1” is %2, larger than the %3 a file attached here can have. Attach a smaller copy (a scan at a lower resolution, a compressed PDF).</source>
        <translation>“%1” có dung lượng %2, vượt mức %3 cho phép đối với một tệp đính kèm. Hãy đính kèm bản nhỏ hơn (bản quét ở độ phân giải thấp hơn, tệp PDF đã nén).</translation>
    </message>
    <message>
        <source>“%1” is already attached.</source>
        <translation>“%1” đã được đính kèm.</translation>
    </message>
    <message>
        <source>“%1” is the same file as “%2”, which is already attached.</source>
        <translation>“%1” trùng với tệp “%2” đã được đính kèm.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>“%1” could not be read. Is it open in another program, or on a drive that is no longer connected?</source>
        <translation>Không đọc được “%1”. Tệp có đang mở trong chương trình khác, hoặc nằm trên ổ đĩa đã ngắt kết nối không?</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&amp;Kind of new files:</source>
        <translation>&amp;Loại tệp sẽ thêm:</translation>
    </message>
    <message>
        <source>What the files you add next are: an invitation, a report, photos…</source>
        <translation>Loại của các tệp sắp thêm vào: giấy mời, báo cáo, ảnh…</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Thêm tệp…</translation>
    </message>
    <message>
        <source>Choose one or more files to attach (or drop them here)</source>
        <translation>Chọn một hoặc nhiều tệp để đính kèm (hoặc kéo thả tệp vào đây)</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the file; click the kind or the note of the selected file to change it</source>
        <translation>Nháy đúp hoặc nhấn Enter để mở tệp; bấm vào ô loại hoặc ô ghi chú của tệp đang chọn để sửa</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Open the file with the program this computer uses for it (Enter)</source>
        <translation>Mở tệp bằng chương trình mà máy này dùng cho loại tệp đó (Enter)</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Lưu &amp;bản sao…</translation>
    </message>
    <message>
        <source>Save a copy of the file in a folder of your choice</source>
        <translation>Lưu một bản sao của tệp vào thư mục bạn chọn</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Remove the file from this record (Delete)</source>
        <translation>Gỡ tệp khỏi bản ghi này (Delete)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>%1 — not saved yet</source>
        <translation>%1 — chưa lưu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>Không tìm thấy “%1”.</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose the files in it.</source>
        <translation>“%1” là thư mục; hãy chọn các tệp trong thư mục đó.</translation>
    </message>
    <message>
        <source>No program on this computer opens “%1”. Save a copy and open it from there.</source>
        <translation>Máy này không có chương trình nào mở được “%1”. Hãy lưu một bản sao rồi mở từ bản sao đó.</translation>
    </message>
    <message>
        <source>The copy could not be saved as %1: %2</source>
        <translation>Không lưu được bản sao thành %1: %2</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Thêm tệp</translation>
    </message>
    <message>
        <source>Documents and photos (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.ppt *.pptx *.jpg *.jpeg *.png *.tif *.tiff *.heic);;All files (*)</source>
        <translation>Văn bản và ảnh (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.ppt *.pptx *.jpg *.jpeg *.png *.tif *.tiff *.heic);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Gỡ tệp đính kèm</translation>
    </message>
    <message>
        <source>Remove “%1” from the attachments? It is deleted from the database when you save.</source>
        <translation>Gỡ “%1” khỏi các tệp đính kèm? Tệp sẽ bị xóa khỏi cơ sở dữ liệu khi bạn lưu.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all</source>
        <translation>
            <numerusform>%n tệp, tổng dung lượng %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No files yet: add the invitation, the report, photos… or drop them here.</source>
        <translation>Chưa có tệp nào: hãy thêm giấy mời, báo cáo, ảnh… hoặc kéo thả tệp vào đây.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>AuditHistory</name>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>số %1</translation>
    </message>
    <message>
        <source>(file content)</source>
        <translation>(nội dung tệp)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Document format profile</source>
        <translation>Thể thức văn bản</translation>
    </message>
    <message>
        <source>Setting “%1”</source>
        <translation>Thiết lập “%1”</translation>
    </message>
    <message>
        <source>The whole database</source>
        <translation>Toàn bộ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>thêm %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>tạo mới</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>tạo mới: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>bỏ %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>xóa</translation>
    </message>
    <message>
        <source>deleted: %1</source>
        <translation>xóa: %1</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Số bản sao lưu tự động giữ lại</translation>
    </message>
    <message>
        <source>Back up when the window closes</source>
        <translation>Sao lưu khi đóng cửa sổ</translation>
    </message>
    <message>
        <source>Back up once a day</source>
        <translation>Sao lưu mỗi ngày một lần</translation>
    </message>
    <message>
        <source>Folder of automatic backups</source>
        <translation>Thư mục sao lưu tự động</translation>
    </message>
</context>
<context>
    <name>AuditList</name>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Nội dung thay đổi</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Không đọc được nhật ký thay đổi: %1</translation>
    </message>
    <message>
        <source>… and possibly more.</source>
        <translation>… và có thể còn nữa.</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n row(s) missing before row %1.</source>
        <translation>
            <numerusform>Nhật ký thay đổi: thiếu %n dòng trước dòng %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: row %1 (%2, %3) was altered after it was written.</source>
        <translation>Nhật ký thay đổi: dòng %1 (%2, %3) đã bị sửa sau khi ghi.</translation>
    </message>
    <message>
        <source>Audit log: it should end with row %1, but ends with row %2; rows were removed from its end.</source>
        <translation>Nhật ký thay đổi: lẽ ra kết thúc ở dòng %1 nhưng kết thúc ở dòng %2; các dòng cuối đã bị xóa.</translation>
    </message>
    <message>
        <source>Audit log: its seal is missing.</source>
        <translation>Nhật ký thay đổi: mất dấu niêm phong.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Change log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Người sửa:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>T&amp;ừ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>&amp;Kiểm tra nhật ký</translation>
    </message>
    <message>
        <source>Check that no row of the log was changed or removed outside the program</source>
        <translation>Kiểm tra xem có dòng nào của nhật ký bị sửa hoặc bị xóa ngoài chương trình không</translation>
    </message>
    <message>
        <source>The change log is whole: no row was changed or removed outside the program.</source>
        <translation>Nhật ký thay đổi toàn vẹn: không có dòng nào bị sửa hoặc bị xóa ngoài chương trình.</translation>
    </message>
    <message>
        <source>The change log is not whole:</source>
        <translation>Nhật ký thay đổi không còn toàn vẹn:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Mọi người</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind of &amp;record:</source>
        <translation>Loại &amp;bản ghi:</translation>
    </message>
    <message>
        <source>Record name (Ctrl+F)</source>
        <translation>Tên bản ghi (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type part of the record&apos;s name; typing without diacritics works too</source>
        <translation>Gõ một phần tên bản ghi; gõ không dấu cũng được</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The copy is not sound: %1</source>
        <translation>Bản sao không lành: %1</translation>
    </message>
    <message>
        <source>The copy does not hold the same rows as the database.</source>
        <translation>Bản sao không có đủ các dòng như cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The file “%1” already exists; choose another name for the backup.</source>
        <translation>Tệp “%1” đã có; hãy chọn tên khác cho bản sao lưu.</translation>
    </message>
    <message>
        <source>The folder for the backup “%1” cannot be made.</source>
        <translation>Không tạo được thư mục cho bản sao lưu “%1”.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written: %2</source>
        <translation>Không ghi được bản sao lưu “%1”: %2</translation>
    </message>
    <message>
        <source>There is no backup file “%1”.</source>
        <translation>Không có tệp sao lưu “%1”.</translation>
    </message>
    <message>
        <source>The file “%1” is empty: it is not a backup.</source>
        <translation>Tệp “%1” rỗng: đây không phải bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup “%1” was made by a newer version of Secretariat (schema %2); restore it with that version.</source>
        <translation>Bản sao lưu “%1” do phiên bản Secretariat mới hơn tạo ra (lược đồ %2); hãy khôi phục bằng phiên bản đó.</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged and cannot be restored: %2</source>
        <translation>Bản sao lưu “%1” bị hỏng, không khôi phục được: %2</translation>
    </message>
    <message>
        <source>Close the database “%1” before restoring over it.</source>
        <translation>Hãy đóng cơ sở dữ liệu “%1” trước khi khôi phục đè lên nó.</translation>
    </message>
    <message>
        <source>The backup could not be put in place; the database is as it was: %1</source>
        <translation>Không đặt được bản sao lưu vào chỗ; cơ sở dữ liệu vẫn như cũ: %1</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Khôi phục từ %1</translation>
    </message>
    <message>
        <source>The backup is in place, but its audit log could not record the restore: %1</source>
        <translation>Bản sao lưu đã được đặt vào, nhưng nhật ký thay đổi chưa ghi được việc khôi phục: %1</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Sao lưu tự động</translation>
    </message>
    <message>
        <source>A checked copy of the whole database is made when the window closes and once a day while it is open. The oldest are removed when there are more than the number kept.</source>
        <translation>Chương trình tạo một bản sao đã kiểm tra của toàn bộ cơ sở dữ liệu khi đóng cửa sổ và mỗi ngày một lần khi đang mở. Khi số bản vượt quá số được giữ, các bản cũ nhất bị xóa.</translation>
    </message>
    <message>
        <source>Back up when the window &amp;closes</source>
        <translation>Sao lưu khi đóng &amp;cửa sổ</translation>
    </message>
    <message>
        <source>Back up once a &amp;day</source>
        <translation>Sao lưu mỗi &amp;ngày một lần</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Giữ lại:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> bản sao lưu mới nhất</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Thư mục:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>No automatic backup has been made yet.</source>
        <translation>Chưa có bản sao lưu tự động nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) kept; the newest is %1.</source>
        <translation>
            <numerusform>Đang giữ %n bản sao lưu tự động; bản mới nhất là %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Thư mục chứa bản sao lưu tự động</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>Không tạo được thư mục “%1”.</translation>
    </message>
</context>
<context>
    <name>BadgeRoundDialog</name>
    <message>
        <source>Party membership badge round</source>
        <translation>Xét tặng Huy hiệu Đảng</translation>
    </message>
    <message>
        <source>The members due a badge on the round&apos;s day, counted from their dates of admission, illnesses, disciplines and the badges already given or proposed. Tick those to put on the list; those not yet eligible are shown greyed with the day they will be.</source>
        <translation>Các đảng viên đủ điều kiện tặng Huy hiệu Đảng vào ngày của đợt, tính từ ngày vào Đảng, tình trạng ốm nặng, kỷ luật và các huy hiệu đã tặng hoặc đã đề nghị. Đánh dấu những người đưa vào danh sách; người chưa đủ điều kiện hiện mờ, kèm ngày sẽ đủ.</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>Đợ&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Decided by:</source>
        <translation>Cơ &amp;quan quyết định:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Chọn tất &amp;cả</translation>
    </message>
    <message>
        <source>Tick n&amp;one</source>
        <translation>&amp;Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Make the list</source>
        <translation>&amp;Lập danh sách</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Tuổi Đảng</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Huy hiệu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>early, for a grave illness (reached on %1)</source>
        <translation>tặng sớm do ốm nặng (đủ tuổi Đảng ngày %1)</translation>
    </message>
    <message>
        <source>posthumous (list 4B), died on %1</source>
        <translation>truy tặng (danh sách 4B), từ trần ngày %1</translation>
    </message>
    <message>
        <source>no date made official recorded</source>
        <translation>chưa có ngày chính thức</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 năm</translation>
    </message>
    <message>
        <source>%1 members due, %2 ticked; %3 not yet eligible.</source>
        <translation>%1 đảng viên đủ điều kiện, đã chọn %2; %3 đảng viên chưa đủ điều kiện.</translation>
    </message>
    <message>
        <source>Badge numbers</source>
        <translation>Cấp số huy hiệu</translation>
    </message>
    <message>
        <source>No round of Party membership badges is decided yet: badge numbers are given after the decision.</source>
        <translation>Chưa có đợt xét tặng Huy hiệu Đảng nào có quyết định: số huy hiệu được cấp sau khi có quyết định.</translation>
    </message>
    <message>
        <source>Give numbers to the round:</source>
        <translation>Cấp số cho đợt:</translation>
    </message>
    <message>
        <source>The provincial Party organization&apos;s code, which every badge number starts with:</source>
        <translation>Mã Đảng bộ tỉnh, đứng đầu mọi số huy hiệu:</translation>
    </message>
    <message numerus="yes">
        <source>%n badge number(s) given, starting with %1.</source>
        <translation>
            <numerusform>Đã cấp %n số huy hiệu, bắt đầu bằng %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message numerus="yes">
        <source>%n document type(s)</source>
        <translation>
            <numerusform>%n loại văn bản</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n cán bộ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n văn bản</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s)</source>
        <translation>
            <numerusform>%n hội nghị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conference participation(s)</source>
        <translation>
            <numerusform>%n lượt dự hội nghị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme item(s)</source>
        <translation>
            <numerusform>%n mục chương trình</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection team membership(s)</source>
        <translation>
            <numerusform>%n lượt tham gia đoàn kiểm tra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n cuộc kiểm tra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection content(s)</source>
        <translation>
            <numerusform>%n nội dung kiểm tra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statistic(s)</source>
        <translation>
            <numerusform>%n số liệu thống kê</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commendation(s)</source>
        <translation>
            <numerusform>%n lượt khen thưởng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outgoing document(s)</source>
        <translation>
            <numerusform>%n văn bản đi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n tệp đính kèm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment content(s)</source>
        <translation>
            <numerusform>%n nội dung tệp đính kèm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n thiết lập</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Thứ tự trong danh sách</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>loại văn bản</translation>
    </message>
    <message>
        <source>Code of the type</source>
        <translation>Ký hiệu loại</translation>
    </message>
    <message>
        <source>Name of the type</source>
        <translation>Tên loại</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Loại đơn vị</translation>
    </message>
    <message>
        <source>Code in document numbers</source>
        <translation>Ký hiệu trong số văn bản</translation>
    </message>
    <message>
        <source>Place name in document dates</source>
        <translation>Địa danh ghi ở ngày tháng văn bản</translation>
    </message>
    <message>
        <source>Superior unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Successor unit</source>
        <translation>Đơn vị kế thừa</translation>
    </message>
    <message>
        <source>person</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Current title</source>
        <translation>Chức vụ hiện nay</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>document</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>Number and code</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>conference</source>
        <translation>hội nghị</translation>
    </message>
    <message>
        <source>Kind of conference</source>
        <translation>Loại hội nghị</translation>
    </message>
    <message>
        <source>Conference title</source>
        <translation>Tên hội nghị</translation>
    </message>
    <message>
        <source>Document implemented</source>
        <translation>Văn bản thực hiện</translation>
    </message>
    <message>
        <source>Review period from</source>
        <translation>Kỳ sơ kết, tổng kết từ ngày</translation>
    </message>
    <message>
        <source>Review period to</source>
        <translation>Kỳ sơ kết, tổng kết đến ngày</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Giờ kết thúc</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Organized by</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả đạt được</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Ưu điểm</translation>
    </message>
    <message>
        <source>Shortcomings</source>
        <translation>Tồn tại, hạn chế</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>Khó khăn, vướng mắc</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Lessons learnt</source>
        <translation>Bài học kinh nghiệm</translation>
    </message>
    <message>
        <source>Tasks ahead</source>
        <translation>Nhiệm vụ, giải pháp thời gian tới</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Kiến nghị, đề xuất</translation>
    </message>
    <message>
        <source>General conclusions</source>
        <translation>Kết luận chung</translation>
    </message>
    <message>
        <source>conference participant</source>
        <translation>thành phần dự hội nghị</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Title held that day</source>
        <translation>Chức vụ khi dự</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Số đại biểu</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Lý do vắng</translation>
    </message>
    <message>
        <source>programme item</source>
        <translation>mục chương trình</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Loại nội dung</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Presented by (person)</source>
        <translation>Người trình bày (cán bộ)</translation>
    </message>
    <message>
        <source>Presented by (unit)</source>
        <translation>Người trình bày (đơn vị)</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <source>Team number</source>
        <translation>Số hiệu đoàn</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>thành viên đoàn</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Nhiệm vụ trong đoàn</translation>
    </message>
    <message>
        <source>Title held</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>inspection content</source>
        <translation>nội dung kiểm tra</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Organization concerned</source>
        <translation>Tổ chức liên quan</translation>
    </message>
    <message>
        <source>Party member concerned</source>
        <translation>Đảng viên liên quan</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Remedied on</source>
        <translation>Ngày khắc phục xong</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>số liệu thống kê</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>commendation</source>
        <translation>khen thưởng</translation>
    </message>
    <message>
        <source>Form of commendation</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Collective awarded</source>
        <translation>Tập thể được khen</translation>
    </message>
    <message>
        <source>Person awarded</source>
        <translation>Cá nhân được khen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Presented at</source>
        <translation>Trao tại</translation>
    </message>
    <message>
        <source>register entry</source>
        <translation>mục sổ văn bản đi</translation>
    </message>
    <message>
        <source>Issuer code</source>
        <translation>Ký hiệu cơ quan ban hành</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Lý do hủy số</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>tệp đính kèm</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Loại tệp</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Type of content</source>
        <translation>Kiểu nội dung</translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation>Kích thước (byte)</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Dấu vân tay (SHA-256)</translation>
    </message>
    <message>
        <source>attachment content</source>
        <translation>nội dung tệp đính kèm</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>thiết lập</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Numbered in the shared run</source>
        <translation>Đánh số chung trong dãy</translation>
    </message>
    <message>
        <source>issuing body</source>
        <translation>cơ quan ban hành</translation>
    </message>
    <message numerus="yes">
        <source>%n issuing body(ies)</source>
        <translation>
            <numerusform>%n cơ quan ban hành</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the issuing body</source>
        <translation>Tên cơ quan ban hành</translation>
    </message>
    <message>
        <source>Superior body (header line)</source>
        <translation>Cơ quan cấp trên (dòng tiêu đề)</translation>
    </message>
    <message>
        <source>Issuing body (header line)</source>
        <translation>Cơ quan ban hành (dòng tiêu đề)</translation>
    </message>
    <message>
        <source>Unit in the directory</source>
        <translation>Đơn vị trong danh bạ</translation>
    </message>
    <message>
        <source>Numbers run</source>
        <translation>Đánh số văn bản</translation>
    </message>
    <message>
        <source>Issues when no body is named</source>
        <translation>Ban hành khi hồ sơ không ghi cơ quan</translation>
    </message>
    <message>
        <source>Register closed on</source>
        <translation>Khóa sổ văn bản ngày</translation>
    </message>
    <message>
        <source>term</source>
        <translation>nhiệm kỳ</translation>
    </message>
    <message numerus="yes">
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n nhiệm kỳ</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Nhiệm kỳ</translation>
    </message>
    <message>
        <source>Term begins</source>
        <translation>Nhiệm kỳ bắt đầu</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Nhiệm kỳ kết thúc</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>người ký</translation>
    </message>
    <message numerus="yes">
        <source>%n signer(s)</source>
        <translation>
            <numerusform>%n người ký</numerusform>
        </translation>
    </message>
    <message>
        <source>Authority (T/M, K/T, T/L)</source>
        <translation>Thẩm quyền ký (T/M, K/T, T/L)</translation>
    </message>
    <message>
        <source>Title of the signer</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Name of the signer</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Recipients (one per line)</source>
        <translation>Nơi nhận (mỗi dòng một nơi)</translation>
    </message>
    <message>
        <source>Documents issued by</source>
        <translation>Cơ quan ban hành văn bản</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>Buổi</translation>
    </message>
    <message>
        <source>Order of the delegate list</source>
        <translation>Thứ tự danh sách đại biểu</translation>
    </message>
    <message>
        <source>Run of numbers</source>
        <translation>Dãy số</translation>
    </message>
    <message>
        <source>Number given by</source>
        <translation>Người cấp số</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Thay thế văn bản</translation>
    </message>
    <message>
        <source>Fingerprint of the issued text</source>
        <translation>Dấu vân nội dung đã ban hành</translation>
    </message>
    <message>
        <source>issued document</source>
        <translation>văn bản đã ban hành</translation>
    </message>
    <message numerus="yes">
        <source>%n issued document(s)</source>
        <translation>
            <numerusform>%n văn bản đã ban hành</numerusform>
        </translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Mục trong sổ văn bản</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Name of the inspection</source>
        <translation>Tên cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Number of the decision</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Number of the plan</source>
        <translation>Số kế hoạch</translation>
    </message>
    <message>
        <source>Date of the plan</source>
        <translation>Ngày kế hoạch</translation>
    </message>
    <message>
        <source>Document inspected</source>
        <translation>Văn bản được kiểm tra việc thực hiện</translation>
    </message>
    <message>
        <source>Period inspected from</source>
        <translation>Thời kỳ kiểm tra từ</translation>
    </message>
    <message>
        <source>Period inspected to</source>
        <translation>Thời kỳ kiểm tra đến</translation>
    </message>
    <message>
        <source>Works from</source>
        <translation>Làm việc từ ngày</translation>
    </message>
    <message>
        <source>Works until</source>
        <translation>Làm việc đến ngày</translation>
    </message>
    <message>
        <source>Purpose and requirements</source>
        <translation>Mục đích, yêu cầu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <source>inspected target</source>
        <translation>đối tượng kiểm tra</translation>
    </message>
    <message numerus="yes">
        <source>%n inspected target(s)</source>
        <translation>
            <numerusform>%n đối tượng kiểm tra</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspected organization</source>
        <translation>Tổ chức đảng được kiểm tra</translation>
    </message>
    <message>
        <source>Inspected Party member</source>
        <translation>Đảng viên được kiểm tra</translation>
    </message>
    <message>
        <source>Self-inspection report due</source>
        <translation>Hạn nộp báo cáo tự kiểm tra</translation>
    </message>
    <message>
        <source>Self-inspection report received</source>
        <translation>Ngày nhận báo cáo tự kiểm tra</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>Ngày kết luận</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Trách nhiệm</translation>
    </message>
    <message>
        <source>Discipline proposed</source>
        <translation>Đề nghị xử lý kỷ luật</translation>
    </message>
    <message>
        <source>working session</source>
        <translation>buổi làm việc</translation>
    </message>
    <message numerus="yes">
        <source>%n working session(s)</source>
        <translation>
            <numerusform>%n buổi làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspected target</source>
        <translation>Đối tượng kiểm tra</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Content of the session</source>
        <translation>Nội dung làm việc</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>vi phạm</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n vi phạm</numerusform>
        </translation>
    </message>
    <message>
        <source>Violation of</source>
        <translation>Vi phạm của</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>kiến nghị</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n kiến nghị</numerusform>
        </translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị chịu trách nhiệm</translation>
    </message>
    <message>
        <source>Latest report on</source>
        <translation>Ngày báo cáo gần nhất</translation>
    </message>
    <message>
        <source>Latest remedy report</source>
        <translation>Báo cáo khắc phục gần nhất</translation>
    </message>
    <message>
        <source>remedy event</source>
        <translation>diễn biến khắc phục</translation>
    </message>
    <message numerus="yes">
        <source>%n remedy event(s)</source>
        <translation>
            <numerusform>%n diễn biến khắc phục</numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>What was reported or found</source>
        <translation>Nội dung báo cáo hoặc kết quả</translation>
    </message>
    <message>
        <source>Status afterwards</source>
        <translation>Tình trạng sau đó</translation>
    </message>
    <message>
        <source>Document sent</source>
        <translation>Văn bản đã gửi</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Người ghi nhận</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Remedy event</source>
        <translation>Diễn biến khắc phục</translation>
    </message>
    <message>
        <source>Admitted to the Party on</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Full member since</source>
        <translation>Ngày chính thức</translation>
    </message>
    <message>
        <source>Died on</source>
        <translation>Ngày từ trần</translation>
    </message>
    <message>
        <source>Gravely ill</source>
        <translation>Mắc bệnh hiểm nghèo</translation>
    </message>
    <message>
        <source>form of commendation</source>
        <translation>hình thức khen thưởng</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) of commendation</source>
        <translation>
            <numerusform>%n hình thức khen thưởng</numerusform>
        </translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Tặng cho</translation>
    </message>
    <message>
        <source>Years of Party membership (badge)</source>
        <translation>Số năm tuổi Đảng (huy hiệu)</translation>
    </message>
    <message>
        <source>Certificate width (mm)</source>
        <translation>Chiều rộng phôi (mm)</translation>
    </message>
    <message>
        <source>Certificate height (mm)</source>
        <translation>Chiều cao phôi (mm)</translation>
    </message>
    <message>
        <source>body that may give the form</source>
        <translation>cơ quan có thẩm quyền tặng</translation>
    </message>
    <message numerus="yes">
        <source>%n body(ies) that may give the form</source>
        <translation>
            <numerusform>%n cơ quan có thẩm quyền tặng</numerusform>
        </translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Cơ quan tặng</translation>
    </message>
    <message>
        <source>certificate field</source>
        <translation>mục in trên phôi</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate field(s)</source>
        <translation>
            <numerusform>%n mục in trên phôi</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed text</source>
        <translation>Nội dung in</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>Chữ cố định</translation>
    </message>
    <message>
        <source>From the left edge (mm)</source>
        <translation>Cách mép trái (mm)</translation>
    </message>
    <message>
        <source>From the top edge (mm)</source>
        <translation>Cách mép trên (mm)</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>Chiều rộng (mm)</translation>
    </message>
    <message>
        <source>Font size (pt)</source>
        <translation>Cỡ chữ (pt)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Căn lề</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Cơ quan quyết định</translation>
    </message>
    <message>
        <source>Kind of commendation</source>
        <translation>Loại khen thưởng</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Đơn vị đề nghị</translation>
    </message>
    <message>
        <source>Number of the proposal</source>
        <translation>Số tờ trình</translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation>Ngày đề nghị</translation>
    </message>
    <message>
        <source>Badges presented on</source>
        <translation>Ngày trao huy hiệu</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>đối tượng khen thưởng</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n đối tượng khen thưởng</numerusform>
        </translation>
    </message>
    <message>
        <source>Name as printed</source>
        <translation>Tên in trên danh sách</translation>
    </message>
    <message>
        <source>Unit or title held</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Kết quả xét</translation>
    </message>
    <message>
        <source>Reason of the review</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Early, for a grave illness</source>
        <translation>Xét sớm do bệnh hiểm nghèo</translation>
    </message>
    <message>
        <source>Posthumous</source>
        <translation>Truy tặng</translation>
    </message>
    <message>
        <source>Replaces a lost badge</source>
        <translation>Cấp lại do mất</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Số huy hiệu</translation>
    </message>
    <message>
        <source>discipline</source>
        <translation>kỷ luật</translation>
    </message>
    <message numerus="yes">
        <source>%n discipline(s)</source>
        <translation>
            <numerusform>%n lần kỷ luật</numerusform>
        </translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Hình thức kỷ luật</translation>
    </message>
    <message>
        <source>Conclusion approved by</source>
        <translation>Người duyệt kết luận</translation>
    </message>
    <message>
        <source>Conclusion approved at</source>
        <translation>Thời điểm duyệt kết luận</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Người duyệt</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Thời điểm duyệt</translation>
    </message>
    <message>
        <source>account</source>
        <translation>tài khoản</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n tài khoản</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Tên tài khoản</translation>
    </message>
    <message>
        <source>Account name as compared</source>
        <translation>Tên tài khoản để so khớp</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Mức được xem</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Wrong passwords in a row</source>
        <translation>Số lần nhập sai mật khẩu liên tiếp</translation>
    </message>
    <message>
        <source>Last wrong password at</source>
        <translation>Lần nhập sai gần nhất</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n chỉ tiêu</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted from the records</source>
        <translation>Đếm từ hồ sơ</translation>
    </message>
    <message>
        <source>Kind of conference counted</source>
        <translation>Loại hội nghị được đếm</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Adds up as</source>
        <translation>Cách tổng hợp</translation>
    </message>
    <message>
        <source>Form of commendation counted</source>
        <translation>Hình thức khen thưởng được đếm</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>There is no form of commendation number %1.</source>
        <translation>Không có hình thức khen thưởng số %1.</translation>
    </message>
    <message>
        <source>On “%1” the field “%2” runs off the page: its right edge would be %3 mm from the left, and the sheet is %4 mm wide.</source>
        <translation>Trên “%1”, ô “%2” vượt ra ngoài tờ phôi: mép phải của ô cách mép trái %3 mm, trong khi tờ phôi chỉ rộng %4 mm.</translation>
    </message>
    <message>
        <source>On “%1” the field “%2” runs off the page: its text would end %3 mm from the top, and the sheet is %4 mm high.</source>
        <translation>Trên “%1”, ô “%2” vượt ra ngoài tờ phôi: chữ trong ô kết thúc cách mép trên %3 mm, trong khi tờ phôi chỉ cao %4 mm.</translation>
    </message>
    <message>
        <source>There is no commendation number %1.</source>
        <translation>Không có hồ sơ khen thưởng số %1.</translation>
    </message>
    <message>
        <source>The commendation names no issuing body, so its certificates have no place or signer. Choose the body that decides it.</source>
        <translation>Hồ sơ khen thưởng chưa có cơ quan quyết định nên bằng, giấy khen không có địa danh và người ký. Hãy chọn cơ quan quyết định khen thưởng.</translation>
    </message>
    <message>
        <source>The certificate of “%1” does not fit its sheet: the text of “%2” would end %3 mm from the top, and the sheet is %4 mm high. Move the field up, widen it or make its font smaller in the form “%5”.</source>
        <translation>Bằng, giấy khen của “%1” không vừa tờ phôi: chữ của ô “%2” kết thúc cách mép trên %3 mm, trong khi tờ phôi chỉ cao %4 mm. Hãy đưa ô lên cao hơn, nới rộng ô hoặc giảm cỡ chữ trong hình thức “%5”.</translation>
    </message>
    <message>
        <source>No recipient of this commendation is accepted, so there is no certificate to print. Mark the recipients accepted in the review first.</source>
        <translation>Chưa có tập thể, cá nhân nào trong danh sách được chấp nhận nên không có bằng, giấy khen để in. Hãy xét duyệt và đánh dấu chấp nhận trước.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db cần có tên tệp.</translation>
    </message>
    <message>
        <source>--lang takes vi or en.</source>
        <translation>--lang chỉ nhận vi hoặc en.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Tùy chọn không rõ: “%1”.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Lệnh không rõ: “%1”.</translation>
    </message>
    <message>
        <source>The command “%1” takes exactly one file name.</source>
        <translation>Lệnh “%1” cần đúng một tên tệp.</translation>
    </message>
    <message>
        <source>The file “%1” already exists; the demo is only written to a new file.</source>
        <translation>Tệp “%1” đã có; dữ liệu mẫu chỉ được ghi vào một tệp mới.</translation>
    </message>
    <message>
        <source>Demo database written to %1: %2 units, %3 people, %4 documents, %5 conferences.</source>
        <translation>Đã ghi cơ sở dữ liệu mẫu vào %1: %2 đơn vị, %3 cán bộ, %4 văn bản, %5 hội nghị.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Phiên bản lược đồ: %1 (chương trình này: %2)</translation>
    </message>
    <message>
        <source>See “secretariat --help”.</source>
        <translation>Xem “secretariat --help”.</translation>
    </message>
    <message>
        <source>--id needs a record number.</source>
        <translation>--id cần có mã số bản ghi.</translation>
    </message>
    <message>
        <source>-o needs an output file name.</source>
        <translation>-o cần có tên tệp kết quả.</translation>
    </message>
    <message>
        <source>Usage: secretariat report KIND --db FILE --id N -o OUT</source>
        <translation>Cách dùng: secretariat report KIND --db FILE --id N -o OUT</translation>
    </message>
    <message>
        <source>Unknown report “%1”; the reports are: %2.</source>
        <translation>Loại văn bản không rõ: “%1”; các loại hiện có: %2.</translation>
    </message>
    <message>
        <source>--id takes a record number, not “%1”.</source>
        <translation>--id chỉ nhận mã số bản ghi, không nhận “%1”.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <source>Usage: secretariat backup FILE OUT</source>
        <translation>Cách dùng: secretariat backup FILE OUT</translation>
    </message>
    <message>
        <source>Usage: secretariat restore BACKUP FILE</source>
        <translation>Cách dùng: secretariat restore BACKUP FILE</translation>
    </message>
    <message>
        <source>Integrity, foreign keys and the audit log: healthy.</source>
        <translation>Tính toàn vẹn, khóa ngoại và nhật ký thay đổi: tốt.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Đã ghi bản sao lưu vào %1.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Đã khôi phục %1 từ %2.</translation>
    </message>
    <message>
        <source>The file as it was is kept as %1.</source>
        <translation>Tệp cũ được giữ lại thành %1.</translation>
    </message>
    <message>
        <source>The output file must end in .pdf, .docx, .odt or .html.</source>
        <translation>Tệp kết quả phải có đuôi .pdf, .docx, .odt hoặc .html.</translation>
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
        <translation>Secretariat %1: hội nghị, kiểm tra, khen thưởng và văn bản của Đảng.

Cách dùng:
  secretariat [--db FILE] [--lang vi|en]   mở cửa sổ chương trình
  secretariat demo FILE                    tạo cơ sở dữ liệu mới có dữ liệu mẫu
  secretariat check FILE                   kiểm tra phiên bản lược đồ, tính toàn vẹn, khóa ngoại
  secretariat report KIND --db FILE --id N -o OUT
                                           xuất văn bản ra tệp; OUT có đuôi .pdf, .docx, .odt hoặc .html
                                           (KIND: %3)
  secretariat backup FILE OUT              tạo bản sao lưu đã kiểm tra của cơ sở dữ liệu
  secretariat restore BACKUP FILE          khôi phục từ bản sao lưu (tệp hiện có được giữ lại)
  secretariat --help | --version

Không có --db thì cửa sổ mở cơ sở dữ liệu riêng của bạn:
  %2

Mã thoát: 0 thành công; 1 thao tác không thành công; 2 sai cách dùng.
</translation>
    </message>
    <message>
        <source>Written: %1 (the copy of %2 kept when it was issued)</source>
        <translation>Đã ghi: %1 (bản của văn bản số %2 được lưu khi ban hành)</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 cần có giá trị.</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2</source>
        <translation>“%1” không phải là ngày: %2</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from không được sau --to.</translation>
    </message>
    <message>
        <source>--body takes the number of an issuing body, not “%1”.</source>
        <translation>--body nhận số của một cơ quan ban hành, không phải “%1”.</translation>
    </message>
    <message>
        <source>
The inspection statistics of a period (dates dd/mm/yyyy or yyyy-mm-dd; without --body, of every body):
  secretariat report inspection-statistics --db FILE --from DATE --to DATE [--body N] -o OUT
</source>
        <translation>
Thống kê kiểm tra của một kỳ (ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd; không có --body: của mọi cơ quan):
  secretariat report inspection-statistics --db FILE --from DATE --to DATE [--body N] -o OUT
</translation>
    </message>
    <message>
        <source>Usage: secretariat report %1 --db FILE --from DATE --to DATE [--body N] -o OUT</source>
        <translation>Cách dùng: secretariat report %1 --db FILE --from DATE --to DATE [--body N] -o OUT</translation>
    </message>
    <message>
        <source>The register of commendations and their statistics, the same way:
  secretariat report commendation-register --db FILE --from DATE --to DATE [--body N] -o OUT
  secretariat report commendation-statistics --db FILE --from DATE --to DATE [--body N] -o OUT
</source>
        <translation>Danh sách các quyết định khen thưởng và thống kê khen thưởng, cũng như vậy:
  secretariat report commendation-register --db FILE --from DATE --to DATE [--body N] -o OUT
  secretariat report commendation-statistics --db FILE --from DATE --to DATE [--body N] -o OUT
</translation>
    </message>
    <message>
        <source>Usage: secretariat user add NAME --role ROLE --clearance LEVEL --db FILE [--full-name TEXT] [--user ADMIN]</source>
        <translation>Cách dùng: secretariat user add TÊN --role VAI_TRÒ --clearance MỨC --db TỆP [--full-name HỌ_TÊN] [--user QUẢN_TRỊ]</translation>
    </message>
    <message>
        <source>Usage: secretariat user list --db FILE --user ADMIN</source>
        <translation>Cách dùng: secretariat user list --db TỆP --user QUẢN_TRỊ</translation>
    </message>
    <message>
        <source>Usage: secretariat user %1 NAME --db FILE --user ADMIN</source>
        <translation>Cách dùng: secretariat user %1 TÊN --db TỆP --user QUẢN_TRỊ</translation>
    </message>
    <message>
        <source>The user command is one of: %1.</source>
        <translation>Lệnh user là một trong: %1.</translation>
    </message>
    <message>
        <source>The password is read from standard input (or %1), never from the command line.</source>
        <translation>Mật khẩu được đọc từ đầu vào chuẩn (hoặc %1), không bao giờ từ dòng lệnh.</translation>
    </message>
    <message>
        <source>--role, --clearance and --full-name belong to “user add”.</source>
        <translation>--role, --clearance và --full-name chỉ dùng với “user add”.</translation>
    </message>
    <message>
        <source>--role takes one of %1, not “%2”.</source>
        <translation>--role nhận một trong %1, không nhận “%2”.</translation>
    </message>
    <message>
        <source>--clearance takes one of %1, not “%2”.</source>
        <translation>--clearance nhận một trong %1, không nhận “%2”.</translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Gõ lại lần nữa: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Hai mật khẩu không giống nhau; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>No password on standard input: type it there (one line), or give it in %1.</source>
        <translation>Không có mật khẩu ở đầu vào chuẩn: hãy gõ mật khẩu vào đó (một dòng), hoặc đặt trong %1.</translation>
    </message>
    <message>
        <source>The database “%1” has no accounts: run the command without --user.</source>
        <translation>Cơ sở dữ liệu “%1” chưa có tài khoản: hãy chạy lệnh không kèm --user.</translation>
    </message>
    <message>
        <source>The database “%1” has accounts: give --user NAME, and the password on standard input or in %2.</source>
        <translation>Cơ sở dữ liệu “%1” đã có tài khoản: hãy cho --user TÊN, và mật khẩu ở đầu vào chuẩn hoặc trong %2.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>A password is never taken from the command line, where others can read it: type it on standard input, or give it in %1.</source>
        <translation>Mật khẩu không bao giờ được nhận từ dòng lệnh, nơi người khác có thể đọc được: hãy gõ ở đầu vào chuẩn, hoặc đặt trong %1.</translation>
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
Tài khoản (VAI_TRÒ: admin, clerk, staff, leader, viewer; MỨC: none, confidential, secret, top_secret):
  secretariat user add TÊN --role VAI_TRÒ --clearance MỨC --db TỆP [--full-name HỌ_TÊN] [--user QUẢN_TRỊ]
  secretariat user reset|disable|enable TÊN --db TỆP --user QUẢN_TRỊ
  secretariat user list --db TỆP --user QUẢN_TRỊ
Tài khoản đầu tiên được thêm sẽ bật chế độ tài khoản và phải là tài khoản Quản trị. Từ đó,
report, backup, restore và user cần --user TÊN; check không đọc hồ sơ nào nên không cần.
Mật khẩu được đọc từ đầu vào chuẩn, mỗi dòng một mật khẩu, không bao giờ từ tham số: trước là
mật khẩu của --user, sau là mật khẩu mới (user add, user reset). Với tập lệnh, %1
cho mật khẩu thứ nhất (mật khẩu của --user; mật khẩu mới khi thêm tài khoản đầu tiên)
và đầu vào chuẩn cho các mật khẩu tiếp theo.
</translation>
    </message>
    <message>
        <source>There is no %1 number %2, or the account “%3” may not read it.</source>
        <translation>Không có hồ sơ %1 số %2, hoặc tài khoản “%3” không được xem hồ sơ này.</translation>
    </message>
    <message>
        <source>The database has no accounts: whoever opens it may do everything. The first account, an administrator&apos;s, is added with “secretariat user add”.</source>
        <translation>Cơ sở dữ liệu chưa có tài khoản: ai mở tệp cũng làm được mọi việc. Tài khoản đầu tiên, của Quản trị, được thêm bằng “secretariat user add”.</translation>
    </message>
    <message>
        <source>The database “%1” has no accounts yet: add the first, an administrator&apos;s, with “secretariat user add NAME --role admin”.</source>
        <translation>Cơ sở dữ liệu “%1” chưa có tài khoản: hãy thêm tài khoản đầu tiên, của Quản trị, bằng “secretariat user add TÊN --role admin”.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Mức được xem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <source>The account “%1” is disabled: it can no longer log in.</source>
        <translation>Tài khoản “%1” đã bị khóa: không đăng nhập được nữa.</translation>
    </message>
    <message>
        <source>The account “%1” may log in again.</source>
        <translation>Tài khoản “%1” đã được mở lại: có thể đăng nhập.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Không có tài khoản nào tên “%1”.</translation>
    </message>
    <message>
        <source>New password of %1: </source>
        <translation>Mật khẩu mới của %1: </translation>
    </message>
    <message>
        <source>The password of “%1” is changed.</source>
        <translation>Đã đặt mật khẩu mới cho “%1”.</translation>
    </message>
    <message>
        <source>Account “%1” added: %2, reads up to %3.</source>
        <translation>Đã thêm tài khoản “%1”: %2, được xem đến mức %3.</translation>
    </message>
    <message>
        <source>Accounts are now on: every command on this database needs --user NAME and that account&apos;s password.</source>
        <translation>Chế độ tài khoản đã bật: mọi lệnh trên cơ sở dữ liệu này cần --user TÊN và mật khẩu của tài khoản đó.</translation>
    </message>
    <message>
        <source>Usage: secretariat stats --db FILE --from YEAR --to YEAR [--by units|years] [--unit N] [-o OUT]</source>
        <translation>Cách dùng: secretariat stats --db TỆP --from NĂM --to NĂM [--by units|years] [--unit SỐ] [-o TỆP_RA]</translation>
    </message>
    <message>
        <source>“%1” is neither a year nor a date: %2</source>
        <translation>“%1” không phải là năm cũng không phải là ngày: %2</translation>
    </message>
    <message>
        <source>--by takes units or years, not “%1”.</source>
        <translation>--by nhận units (theo đơn vị) hoặc years (theo năm), không nhận “%1”.</translation>
    </message>
    <message>
        <source>--unit takes the number of a unit, not “%1”.</source>
        <translation>--unit nhận số hiệu của một đơn vị, không nhận “%1”.</translation>
    </message>
    <message>
        <source>The output file must end in .xlsx, .csv, .pdf, .docx, .odt or .html.</source>
        <translation>Tệp ra phải có đuôi .xlsx, .csv, .pdf, .docx, .odt hoặc .html.</translation>
    </message>
    <message>
        <source>Usage: secretariat import people|units FILE --db DB [--user NAME] [--dry-run]
       secretariat import delegates FILE --conference N --db DB [--user NAME] [--dry-run]
       secretariat import recipients FILE --proposal N --db DB [--user NAME] [--dry-run]</source>
        <translation>Cách dùng: secretariat import people|units TỆP --db CSDL [--user TÊN] [--dry-run]
           secretariat import delegates TỆP --conference SỐ --db CSDL [--user TÊN] [--dry-run]
           secretariat import recipients TỆP --proposal SỐ --db CSDL [--user TÊN] [--dry-run]</translation>
    </message>
    <message>
        <source>The import command is one of: %1.</source>
        <translation>Lệnh import nhận một trong các loại: %1.</translation>
    </message>
    <message>
        <source>--conference belongs to “import delegates”, --proposal to “import recipients”.</source>
        <translation>--conference chỉ dùng với “import delegates”, --proposal chỉ dùng với “import recipients”.</translation>
    </message>
    <message>
        <source>%1 takes a record number, not “%2”.</source>
        <translation>%1 cần số hiệu của một bản ghi, không phải “%2”.</translation>
    </message>
    <message>
        <source>--dry-run, --conference and --proposal belong to “import”.</source>
        <translation>--dry-run, --conference và --proposal chỉ dùng với lệnh “import”.</translation>
    </message>
    <message>
        <source>Usage: secretariat search TEXT --db FILE [--user NAME]</source>
        <translation>Cách dùng: secretariat search TEXT --db FILE [--user NAME]</translation>
    </message>
    <message>
        <source>Usage: secretariat export LIST --db FILE -o OUT.xlsx|OUT.csv [--user NAME]</source>
        <translation>Cách dùng: secretariat export DANH_SÁCH --db TỆP -o RA.xlsx|RA.csv [--user TÊN]</translation>
    </message>
    <message>
        <source>Unknown list “%1”; the lists are: %2.</source>
        <translation>Không có danh sách “%1”; các danh sách là: %2.</translation>
    </message>
    <message>
        <source>The output file must end in .xlsx or .csv.</source>
        <translation>Tệp kết quả phải có đuôi .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <source>A statistics cross table (indicators by units or by years) for years FROM to TO:
  secretariat stats --db FILE --from YEAR --to YEAR [--by units|years] [--unit N] [-o OUT]
printed as text without -o; OUT ends in .xlsx or .csv (the table), or .pdf, .docx, .odt or .html (the report with its chart).
</source>
        <translation>Bảng số liệu thống kê (chỉ tiêu theo đơn vị hoặc theo năm) từ năm FROM đến năm TO:
  secretariat stats --db TỆP --from NĂM --to NĂM [--by units|years] [--unit SỐ] [-o TỆP_RA]
không có -o thì in bảng ra màn hình; TỆP_RA có đuôi .xlsx hoặc .csv (bảng số liệu), hoặc .pdf, .docx, .odt, .html (báo cáo kèm biểu đồ).
</translation>
    </message>
    <message>
        <source>
A list as its page shows it by default, the rows the account may read, to Excel or CSV:
  secretariat export LIST --db FILE -o OUT.xlsx|OUT.csv [--user NAME]
  (LIST: %1)
</source>
        <translation>
Xuất một danh sách (các cột như trang danh sách hiển thị mặc định, những dòng tài khoản được phép xem) ra Excel hoặc CSV:
  secretariat export DANH_SÁCH --db TỆP -o RA.xlsx|RA.csv [--user TÊN]
  (DANH_SÁCH: %1)
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
Nhập cán bộ, đơn vị, đại biểu của một hội nghị hoặc danh sách đề nghị khen thưởng từ tệp Excel (.xlsx)
hoặc CSV (nhập tất cả các dòng hoặc không nhập dòng nào; --dry-run chỉ kiểm tra tệp và in các thông báo):
  secretariat import people|units TỆP --db CSDL [--user TÊN] [--dry-run]
  secretariat import delegates TỆP --conference SỐ --db CSDL [--user TÊN] [--dry-run]
  secretariat import recipients TỆP --proposal SỐ --db CSDL [--user TÊN] [--dry-run]
</translation>
    </message>
    <message>
        <source>
One search across every kind of record (conferences also by a delegate&apos;s name or a year,
units by their old names), grouped by kind:
  secretariat search TEXT --db FILE [--user NAME]
</source>
        <translation>
Tìm một lần trong mọi loại hồ sơ (hội nghị tìm được cả theo tên đại biểu hoặc năm,
đơn vị theo cả tên cũ), kết quả xếp theo loại:
  secretariat search TEXT --db FILE [--user NAME]
</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Không tìm thấy hồ sơ nào với “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n hồ sơ khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Đã xuất %n dòng ra tệp %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and over %n more</source>
        <translation>
            <numerusform>… và hơn %n hồ sơ khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: secretariat copy SOURCE TARGET [--user NAME]</source>
        <translation>Cách dùng: secretariat copy NGUỒN ĐÍCH [--user TÊN]</translation>
    </message>
    <message>
        <source>
A whole database into a new one (a file that does not exist yet, or an empty database
on a server, postgresql://user@host:port/db), checked table by table:
  secretariat copy SOURCE TARGET [--user NAME]
</source>
        <translation>
Sao chép toàn bộ một cơ sở dữ liệu sang một cơ sở dữ liệu mới (một tệp chưa có, hoặc một cơ sở dữ liệu
trống trên máy chủ, postgresql://tài_khoản@máy_chủ:cổng/tên), kiểm tra từng bảng:
  secretariat copy NGUỒN ĐÍCH [--user TÊN]
</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n table(s), </source>
        <translation>
            <numerusform>Đã sao chép %1 sang %2: %n bảng, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), in %1 s; the row counts and checksums of the copy match.</source>
        <translation>
            <numerusform>%n dòng, trong %1 giây; số dòng và mã kiểm tra của bản sao khớp với nguồn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommendationEditor</name>
    <message>
        <source>Commendation</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Thông tin ch&amp;ung</translation>
    </message>
    <message>
        <source>Decided b&amp;y:</source>
        <translation>Cơ quan &amp;quyết định:</translation>
    </message>
    <message>
        <source>The body that decides the commendation and signs its decision</source>
        <translation>Cơ quan quyết định khen thưởng và ký quyết định</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>Bằng khen, Giấy khen, Cờ thi đua… (none for a round of Party membership badges)</source>
        <translation>Bằng khen, Giấy khen, Cờ thi đua… (để trống với đợt trao Huy hiệu Đảng)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Lý &amp;do:</translation>
    </message>
    <message>
        <source>What the recipients are commended for, as the decision words it</source>
        <translation>Lý do khen thưởng, đúng như quyết định ghi</translation>
    </message>
    <message>
        <source>&amp;Proposed by:</source>
        <translation>Đơn vị đề &amp;nghị:</translation>
    </message>
    <message>
        <source>The unit that proposes the commendation (a lower committee, a Ban)</source>
        <translation>Đơn vị đề nghị khen thưởng (cấp ủy cấp dưới, một Ban)</translation>
    </message>
    <message>
        <source>Pro&amp;posal:</source>
        <translation>&amp;Tờ trình:</translation>
    </message>
    <message>
        <source>The number of the proposal (tờ trình)</source>
        <translation>Số tờ trình đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Number and code, e.g. 45-TTr/BTC</source>
        <translation>Số và ký hiệu, ví dụ 45-TTr/BTC</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Presented &amp;at:</source>
        <translation>Trao tạ&amp;i:</translation>
    </message>
    <message>
        <source>The conference where the awards are presented, if any</source>
        <translation>Hội nghị trao khen thưởng, nếu có</translation>
    </message>
    <message>
        <source>Badges presented o&amp;n:</source>
        <translation>Ngày trao hu&amp;y hiệu:</translation>
    </message>
    <message>
        <source>The day of the round: 3/2, 19/5, 2/9 or 7/11</source>
        <translation>Ngày của đợt trao: 3/2, 19/5, 2/9 hoặc 7/11</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Decided is set when the decision is issued</source>
        <translation>Trạng thái “đã quyết định” được ghi khi ban hành quyết định</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Quyết định:</translation>
    </message>
    <message>
        <source>Filled when the decision is issued</source>
        <translation>Điền khi ban hành quyết định</translation>
    </message>
    <message>
        <source>signed by</source>
        <translation>người ký</translation>
    </message>
    <message>
        <source>&amp;List of recipients</source>
        <translation>Danh &amp;sách</translation>
    </message>
    <message>
        <source>Type the name of a unit or of a person, with or without diacritics</source>
        <translation>Gõ tên tập thể hoặc cá nhân, có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Thêm vào danh sách</translation>
    </message>
    <message>
        <source>Read the list from a CSV file: STT, Họ và tên or Tên tập thể, Chức vụ, đơn vị, Thành tích</source>
        <translation>Đọc danh sách từ tệp CSV: STT, Họ và tên hoặc Tên tập thể, Chức vụ, đơn vị, Thành tích</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Nhập từ CSV…</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <source>The board accepts every recipient not yet reviewed</source>
        <translation>Hội đồng chấp nhận mọi trường hợp chưa xét</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>&amp;Chấp nhận tất cả</translation>
    </message>
    <message>
        <source>Warnings (after each save; click one to select its row):</source>
        <translation>Cảnh báo (sau mỗi lần lưu; bấm vào một cảnh báo để chọn dòng của nó):</translation>
    </message>
    <message>
        <source>Attachment&amp;s</source>
        <translation>Tệp đính kè&amp;m</translation>
    </message>
    <message>
        <source>Edit commendation</source>
        <translation>Sửa hồ sơ khen thưởng</translation>
    </message>
    <message>
        <source>New commendation</source>
        <translation>Hồ sơ khen thưởng mới</translation>
    </message>
    <message>
        <source>Unit: </source>
        <translation>Đơn vị: </translation>
    </message>
    <message>
        <source>Type the name of a unit or of a person to find it…</source>
        <translation>Gõ tên tập thể hoặc cá nhân để tìm…</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>(none: a round of Party membership badges)</source>
        <translation>(không có: đợt trao Huy hiệu Đảng)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Decided by decision %1 of %2: the decision and its list are frozen. Only a badge&apos;s number, the conference and the note may still be written.</source>
        <translation>Đã quyết định bằng Quyết định số %1 ngày %2: quyết định và danh sách kèm theo được giữ nguyên. Chỉ còn ghi được số huy hiệu, hội nghị trao và ghi chú.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(chưa có số)</translation>
    </message>
    <message>
        <source>The number, date and signer are filled when the decision is issued from the outgoing document register.</source>
        <translation>Số, ngày và người ký được điền khi quyết định được ban hành qua sổ văn bản đi.</translation>
    </message>
    <message>
        <source>“%1” may not give “%2”: the forms directory names the bodies that may.</source>
        <translation>“%1” không có thẩm quyền tặng “%2”: danh mục hình thức khen thưởng ghi các cơ quan có thẩm quyền.</translation>
    </message>
    <message>
        <source>Warnings are shown once the commendation is saved.</source>
        <translation>Cảnh báo hiện ra sau khi lưu hồ sơ khen thưởng.</translation>
    </message>
    <message>
        <source>No warnings: no duplicate, no unit gone, every form given to whom it may be.</source>
        <translation>Không có cảnh báo: không trùng, không có đơn vị đã giải thể, mọi hình thức đều đúng đối tượng.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), as of the last save (click one to select its row):</source>
        <translation>
            <numerusform>%n cảnh báo, theo lần lưu gần nhất (bấm vào một cảnh báo để chọn dòng của nó):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the list</source>
        <translation>
            <numerusform>%n trường hợp trong danh sách</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n được chấp nhận</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reviewed</source>
        <translation>
            <numerusform>%n chưa xét</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a unit or a person from the list first.</source>
        <translation>Hãy chọn một tập thể hoặc cá nhân trong danh sách trước.</translation>
    </message>
    <message>
        <source>“%1” is already on the list.</source>
        <translation>“%1” đã có trong danh sách.</translation>
    </message>
    <message>
        <source>Import the list</source>
        <translation>Nhập danh sách</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) added to the list; they are stored when the commendation is saved.</source>
        <translation>
            <numerusform>Đã thêm %n trường hợp vào danh sách; chúng được lưu khi lưu hồ sơ khen thưởng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the reason of the commendation.</source>
        <translation>Hãy nhập lý do khen thưởng.</translation>
    </message>
    <message>
        <source>Choose the form of commendation.</source>
        <translation>Hãy chọn hình thức khen thưởng.</translation>
    </message>
    <message>
        <source>A commendation is decided when its decision is issued, with the number the outgoing document register gives it.</source>
        <translation>Hồ sơ chỉ được coi là đã quyết định khi ban hành quyết định, với số do sổ văn bản đi cấp.</translation>
    </message>
    <message>
        <source>Row %1 of the list has no name; write it or remove the row.</source>
        <translation>Dòng %1 của danh sách chưa có tên; hãy ghi tên hoặc bỏ dòng đó.</translation>
    </message>
    <message>
        <source>Approve the &amp;decision</source>
        <translation>&amp;Duyệt quyết định</translation>
    </message>
</context>
<context>
    <name>CommendationFormEditor</name>
    <message>
        <source>Form of commendation</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>G&amp;eneral</source>
        <translation>&amp;Chung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>e.g. Bằng khen</source>
        <translation>ví dụ Bằng khen</translation>
    </message>
    <message>
        <source>&amp;Given to:</source>
        <translation>Tặng ch&amp;o:</translation>
    </message>
    <message>
        <source>Party &amp;badge for:</source>
        <translation>Huy hiệu Đảng (&amp;số năm):</translation>
    </message>
    <message>
        <source>A Party membership badge marks these years of membership; other forms are not badges</source>
        <translation>Huy hiệu Đảng ghi nhận số năm tuổi Đảng này; các hình thức khác không phải huy hiệu</translation>
    </message>
    <message>
        <source>Certificate &amp;stock:</source>
        <translation>Khổ &amp;phôi:</translation>
    </message>
    <message>
        <source>Width of the pre-printed sheet (A4 landscape: 297 mm)</source>
        <translation>Chiều rộng tờ phôi in sẵn (A4 ngang: 297 mm)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Height of the pre-printed sheet (A4 landscape: 210 mm)</source>
        <translation>Chiều cao tờ phôi in sẵn (A4 ngang: 210 mm)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Who gives it</source>
        <translation>Cơ &amp;quan tặng</translation>
    </message>
    <message>
        <source>The bodies that may give this form. A commendation decided by another body is warned of.</source>
        <translation>Các cơ quan có thẩm quyền tặng hình thức này. Hồ sơ do cơ quan khác quyết định sẽ được cảnh báo.</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>Cơ qua&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Thê&amp;m</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Certificate layout</source>
        <translation>&amp;Bố cục in</translation>
    </message>
    <message>
        <source>Where each text is printed on the stock, in millimetres from the sheet&apos;s top left corner. Long texts wrap within their width. Print the test page and hold it against a sheet of stock to check.</source>
        <translation>Vị trí in từng nội dung trên phôi, tính bằng milimét từ góc trên bên trái của tờ phôi. Chữ dài tự xuống dòng trong độ rộng của ô. Hãy in trang thử rồi áp lên tờ phôi để kiểm tra.</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>Thêm ô &amp;in</translation>
    </message>
    <message>
        <source>Re&amp;move field</source>
        <translation>Bỏ ô &amp;khỏi bố cục</translation>
    </message>
    <message>
        <source>A page of the stock&apos;s size with a millimetre grid and each field&apos;s box</source>
        <translation>Một trang đúng khổ phôi, có lưới milimét và khung của từng ô</translation>
    </message>
    <message>
        <source>&amp;Print test page…</source>
        <translation>In t&amp;rang thử…</translation>
    </message>
    <message>
        <source>(not a Party membership badge)</source>
        <translation>(không phải Huy hiệu Đảng)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 năm</translation>
    </message>
    <message>
        <source>Edit form of commendation</source>
        <translation>Sửa hình thức khen thưởng</translation>
    </message>
    <message>
        <source>New form of commendation</source>
        <translation>Hình thức khen thưởng mới</translation>
    </message>
    <message>
        <source>Enter the name of the form, e.g. Bằng khen.</source>
        <translation>Hãy nhập tên hình thức, ví dụ Bằng khen.</translation>
    </message>
    <message>
        <source>Field %1 prints fixed text: enter the text.</source>
        <translation>Ô %1 in chữ cố định: hãy nhập nội dung chữ.</translation>
    </message>
    <message>
        <source>Field %1 (%2): “%3” is not a number.</source>
        <translation>Ô %1 (%2): “%3” không phải là số.</translation>
    </message>
    <message>
        <source>Field %1 (%2): its place is measured from the sheet&apos;s top left corner, so it cannot be negative.</source>
        <translation>Ô %1 (%2): vị trí tính từ góc trên bên trái của tờ phôi nên không thể là số âm.</translation>
    </message>
    <message>
        <source>Field %1 (%2) needs a width greater than 0 mm.</source>
        <translation>Ô %1 (%2) cần có độ rộng lớn hơn 0 mm.</translation>
    </message>
    <message>
        <source>Field %1 (%2): the font size is between 6 and 72 pt.</source>
        <translation>Ô %1 (%2): cỡ chữ từ 6 đến 72 pt.</translation>
    </message>
    <message>
        <source>Field %1 (%2): write 1 for yes, 0 for no.</source>
        <translation>Ô %1 (%2): ghi 1 là có, 0 là không.</translation>
    </message>
</context>
<context>
    <name>CommendationFormModels</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Tặng cho</translation>
    </message>
    <message>
        <source>Badge (years)</source>
        <translation>Huy hiệu (năm)</translation>
    </message>
    <message>
        <source>Certificate (mm)</source>
        <translation>Phôi (mm)</translation>
    </message>
    <message>
        <source>Body that may give it</source>
        <translation>Cơ quan được tặng</translation>
    </message>
    <message>
        <source>Printed text</source>
        <translation>Nội dung in</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Căn lề</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>Chữ cố định</translation>
    </message>
    <message>
        <source>Left (mm)</source>
        <translation>Cách trái (mm)</translation>
    </message>
    <message>
        <source>Top (mm)</source>
        <translation>Cách trên (mm)</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>Rộng (mm)</translation>
    </message>
    <message>
        <source>Size (pt)</source>
        <translation>Cỡ chữ (pt)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
</context>
<context>
    <name>CommendationLists</name>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>chưa quyết định</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Party membership badge</source>
        <translation>Huy hiệu Đảng</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Đơn vị đề nghị</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Cơ quan quyết định</translation>
    </message>
    <message>
        <source>Accepted / listed</source>
        <translation>Được chấp nhận / đề nghị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Presented at</source>
        <translation>Trao tại</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name as printed</source>
        <translation>Tên in trên danh sách</translation>
    </message>
    <message>
        <source>Unit or title held</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Kết quả xét</translation>
    </message>
    <message>
        <source>Reason of the review</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Số huy hiệu</translation>
    </message>
</context>
<context>
    <name>CommendationReport</name>
    <message>
        <source>There is no commendation number %1 in this database.</source>
        <translation>Không có hồ sơ khen thưởng số %1 trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>The commendation has nobody on its list yet: add the recipients before printing the proposal. A draft can be printed meanwhile.</source>
        <translation>Hồ sơ khen thưởng chưa có ai trong danh sách: thêm các tập thể, cá nhân trước khi in tờ trình. Trong khi chờ, có thể in bản dự thảo.</translation>
    </message>
    <message>
        <source>The period needs a first and a last day, the first not after the last.</source>
        <translation>Kỳ thống kê cần có ngày đầu và ngày cuối, ngày đầu không sau ngày cuối.</translation>
    </message>
</context>
<context>
    <name>Commendations</name>
    <message>
        <source>%1 is not among the bodies that may give the %2 (see the forms of commendation in the directories).</source>
        <translation>%1 không thuộc các cơ quan có thẩm quyền tặng %2 (xem Hình thức khen thưởng trong Danh mục).</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>chính danh sách này</translation>
    </message>
    <message>
        <source>decision %1 of %2</source>
        <translation>quyết định số %1 ngày %2</translation>
    </message>
    <message>
        <source>proposal %1 of %2</source>
        <translation>tờ trình số %1 ngày %2</translation>
    </message>
    <message>
        <source>another proposal not yet numbered</source>
        <translation>một đề nghị khác chưa có số</translation>
    </message>
    <message>
        <source>“%1” already has the %2 for the same reason: see %3.</source>
        <translation>“%1” đã được đề nghị hoặc tặng %2 với cùng lý do: xem %3.</translation>
    </message>
    <message>
        <source>“%1” no longer exists: it is now part of “%2”.</source>
        <translation>“%1” không còn tồn tại: nay là “%2”.</translation>
    </message>
    <message>
        <source>“%1” no longer exists: it ceased on %2.</source>
        <translation>“%1” không còn tồn tại: đã kết thúc hoạt động ngày %2.</translation>
    </message>
    <message>
        <source>The %1 is given to collectives only, and “%2” is a person.</source>
        <translation>%1 chỉ tặng cho tập thể, mà “%2” là cá nhân.</translation>
    </message>
    <message>
        <source>The %1 is given to individuals only, and “%2” is a collective.</source>
        <translation>%1 chỉ tặng cho cá nhân, mà “%2” là tập thể.</translation>
    </message>
    <message>
        <source>The commendation is no longer in the database (another window may have deleted it).</source>
        <translation>Hồ sơ khen thưởng không còn trong cơ sở dữ liệu (có thể một cửa sổ khác đã xóa).</translation>
    </message>
    <message>
        <source>The proposal was withdrawn: there is nothing to decide.</source>
        <translation>Đề nghị đã được rút: không có gì để quyết định.</translation>
    </message>
    <message>
        <source>The commendation is decided already (%1).</source>
        <translation>Hồ sơ khen thưởng đã có quyết định (%1).</translation>
    </message>
    <message>
        <source>The decision would be dated %1, before the proposal of %2.</source>
        <translation>Quyết định sẽ mang ngày %1, trước ngày đề nghị %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) not yet reviewed: mark each accepted or not before the decision.</source>
        <translation>
            <numerusform>Còn %n đối tượng chưa xét: đánh dấu đồng ý hay không đồng ý từng trường hợp trước khi quyết định.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody on the list is accepted: there is nothing to decide.</source>
        <translation>Chưa có ai trong danh sách được đồng ý: không có gì để quyết định.</translation>
    </message>
</context>
<context>
    <name>CommendationsPage</name>
    <message>
        <source>Commendations</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Quick filter — type without diacritics too (Ctrl+F)</source>
        <translation>Lọc nhanh — gõ không dấu cũng được (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Cơ quan &amp;quyết định:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Thêm &amp;mới</translation>
    </message>
    <message>
        <source>Add a commendation (Ctrl+N)</source>
        <translation>Thêm hồ sơ khen thưởng (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Edit the selected commendation (Enter)</source>
        <translation>Sửa hồ sơ khen thưởng đang chọn (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete the selected commendation (Delete)</source>
        <translation>Xóa hồ sơ khen thưởng đang chọn (Delete)</translation>
    </message>
    <message>
        <source>Do&amp;cument:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>The document to print for the selected commendation</source>
        <translation>Văn bản cần in của hồ sơ khen thưởng đang chọn</translation>
    </message>
    <message>
        <source>Dra&amp;ft</source>
        <translation>&amp;Dự thảo</translation>
    </message>
    <message>
        <source>Print a draft marked DỰ THẢO, without a number</source>
        <translation>In bản dự thảo có chữ DỰ THẢO, không có số</translation>
    </message>
    <message>
        <source>Issue &amp;number…</source>
        <translation>Cấ&amp;p số…</translation>
    </message>
    <message>
        <source>Take the next number of the outgoing document register for this document</source>
        <translation>Lấy số tiếp theo trong sổ văn bản đi cho văn bản này</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Xem trước &amp;khi in…</translation>
    </message>
    <message>
        <source>Print preview (Ctrl+Shift+P)</source>
        <translation>Xem trước khi in (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>In (Ctrl+P)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>X&amp;uất tệp…</translation>
    </message>
    <message>
        <source>Save as PDF, DOCX, ODT or HTML (Ctrl+Shift+E)</source>
        <translation>Lưu thành PDF, DOCX, ODT hoặc HTML (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <source>Party membership badge (round)</source>
        <translation>Huy hiệu Đảng (theo đợt)</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Tất cả hình thức</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Delete the commendation “%1” with its list of recipients and attachments?</source>
        <translation>Xóa hồ sơ khen thưởng “%1” cùng danh sách đề nghị và tệp đính kèm?</translation>
    </message>
    <message numerus="yes">
        <source>%n commendation(s)</source>
        <translation>
            <numerusform>%n hồ sơ khen thưởng</numerusform>
        </translation>
    </message>
    <message>
        <source>No document of a commendation can be printed yet.</source>
        <translation>Chưa có văn bản nào của hồ sơ khen thưởng để in.</translation>
    </message>
    <message>
        <source>Select a commendation to print its documents.</source>
        <translation>Hãy chọn một hồ sơ khen thưởng để in văn bản của nó.</translation>
    </message>
    <message>
        <source>%1: number %2 of %3 in the outgoing document register.</source>
        <translation>%1: số %2 ngày %3 trong sổ văn bản đi.</translation>
    </message>
    <message>
        <source>%1: no number yet — it prints as a draft with room for the number.</source>
        <translation>%1: chưa có số — in ra bản dự thảo, để trống chỗ ghi số.</translation>
    </message>
    <message>
        <source>The commendation was changed after it was issued: printing gives the issued copy; issue a replacement to print the changes.</source>
        <translation>Hồ sơ khen thưởng đã được sửa sau khi ban hành: in sẽ ra bản đã ban hành; hãy ban hành văn bản thay thế để in nội dung đã sửa.</translation>
    </message>
    <message>
        <source>This document already has the number %1. To give it another, cancel that number in the outgoing document register first.</source>
        <translation>Văn bản này đã có số %1. Muốn cấp số khác, trước hết hãy hủy số đó trong sổ văn bản đi.</translation>
    </message>
    <message>
        <source>The commendation was changed after %1 was issued. Issue “%2” again with the next number of type %3/%4, dated %5, replacing %1?</source>
        <translation>Hồ sơ khen thưởng đã được sửa sau khi ban hành %1. Ban hành lại “%2” với số tiếp theo của loại %3/%4, ngày %5, thay thế %1?</translation>
    </message>
    <message>
        <source>Give “%1” the next number of type %2/%3, dated %4?</source>
        <translation>Cấp cho “%1” số tiếp theo của loại %2/%3, ngày %4?</translation>
    </message>
    <message>
        <source>The document is kept as issued: printing it again gives the same pages. A number once given is never given again, even if the document is cancelled.</source>
        <translation>Văn bản được lưu đúng như khi ban hành: in lại sẽ ra đúng các trang đó. Số đã cấp không bao giờ được cấp lại, kể cả khi văn bản bị hủy.</translation>
    </message>
</context>
<context>
    <name>ConferenceEditor</name>
    <message>
        <source>Conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Thông tin ch&amp;ung</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>L&amp;oại hội nghị:</translation>
    </message>
    <message>
        <source>Implements &amp;document:</source>
        <translation>&amp;Văn bản thực hiện:</translation>
    </message>
    <message>
        <source>The document the conference implements, reviews or disseminates</source>
        <translation>Văn bản mà hội nghị triển khai thực hiện, sơ kết, tổng kết hoặc quán triệt</translation>
    </message>
    <message>
        <source>New doc&amp;ument…</source>
        <translation>Nhậ&amp;p văn bản mới…</translation>
    </message>
    <message>
        <source>Add a document to the directory without leaving the conference</source>
        <translation>Thêm văn bản vào danh mục mà không phải rời hội nghị đang nhập</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên hội nghị:</translation>
    </message>
    <message>
        <source>Su&amp;ggest</source>
        <translation>&amp;Gợi ý</translation>
    </message>
    <message>
        <source>Write the usual title from the kind and the document</source>
        <translation>Ghi tên hội nghị theo cách thường dùng, dựa vào loại hội nghị và văn bản thực hiện</translation>
    </message>
    <message>
        <source>Review &amp;period:</source>
        <translation>Kỳ &amp;sơ kết, tổng kết:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Date &amp;held:</source>
        <translation>Ngà&amp;y họp:</translation>
    </message>
    <message>
        <source>Starts &amp;at:</source>
        <translation>&amp;Bắt đầu lúc:</translation>
    </message>
    <message>
        <source>Ends a&amp;t:</source>
        <translation>Kết thúc &amp;lúc:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>e.g. Trung tâm Hội nghị tỉnh</source>
        <translation>Ví dụ: Trung tâm Hội nghị tỉnh</translation>
    </message>
    <message>
        <source>&amp;Organized by:</source>
        <translation>Đơ&amp;n vị tổ chức:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Secre&amp;cy:</source>
        <translation>Độ &amp;mật:</translation>
    </message>
    <message>
        <source>Ur&amp;gency:</source>
        <translation>Độ &amp;khẩn:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>Thành phần tham &amp;dự</translation>
    </message>
    <message>
        <source>Type a name or a unit, with or without diacritics</source>
        <translation>Gõ họ tên cán bộ hoặc tên đơn vị, có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>as</source>
        <translation>với vai trò</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Add the person or unit to the list (Enter)</source>
        <translation>Thêm cá nhân hoặc đơn vị vào danh sách (Enter)</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Cán bộ &amp;mới…</translation>
    </message>
    <message>
        <source>Add a person who is not in the directory yet</source>
        <translation>Thêm cán bộ chưa có trong danh mục</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Nhập CSV…</translation>
    </message>
    <message>
        <source>Import a delegate list (UTF-8 CSV with Vietnamese headers)</source>
        <translation>Nhập danh sách đại biểu từ tệp CSV (mã UTF-8, dòng tiêu đề cột bằng tiếng Việt)</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Chuyển lên trên (Alt+Up)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Chuyển xuống dưới (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>&amp;Chương trình</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Thêm mục</translation>
    </message>
    <message>
        <source>Add a programme item</source>
        <translation>Thêm một mục vào chương trình</translation>
    </message>
    <message>
        <source>Move up (or drag)</source>
        <translation>Chuyển lên trên (hoặc kéo thả)</translation>
    </message>
    <message>
        <source>Move down (or drag)</source>
        <translation>Chuyển xuống dưới (hoặc kéo thả)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>Xóa &amp;mục</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>Xóa mục đang chọn</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>Kết &amp;quả</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Kết quả đạt được:</translation>
    </message>
    <message>
        <source>Strengths:</source>
        <translation>Ưu điểm:</translation>
    </message>
    <message>
        <source>Shortcomings:</source>
        <translation>Tồn tại, hạn chế:</translation>
    </message>
    <message>
        <source>Difficulties:</source>
        <translation>Khó khăn, vướng mắc:</translation>
    </message>
    <message>
        <source>Causes:</source>
        <translation>Nguyên nhân:</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>Bài học kinh nghiệm:</translation>
    </message>
    <message>
        <source>Tasks ahead:</source>
        <translation>Nhiệm vụ, giải pháp thời gian tới:</translation>
    </message>
    <message>
        <source>Proposals:</source>
        <translation>Kiến nghị, đề xuất:</translation>
    </message>
    <message>
        <source>Statistics:</source>
        <translation>Số liệu, chỉ tiêu:</translation>
    </message>
    <message>
        <source>Add &amp;figure</source>
        <translation>&amp;Thêm chỉ tiêu</translation>
    </message>
    <message>
        <source>Add a named figure</source>
        <translation>Thêm một chỉ tiêu (số liệu có tên)</translation>
    </message>
    <message>
        <source>Remove fi&amp;gure</source>
        <translation>&amp;Xóa chỉ tiêu</translation>
    </message>
    <message>
        <source>Remove the figure</source>
        <translation>Xóa chỉ tiêu đang chọn</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Tệp kèm th&amp;eo</translation>
    </message>
    <message>
        <source>Edit conference</source>
        <translation>Sửa thông tin hội nghị</translation>
    </message>
    <message>
        <source>New conference</source>
        <translation>Thêm hội nghị</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>Unit: </source>
        <translation>Đơn vị: </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s), </source>
        <translation>
            <numerusform>%n cá nhân, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) — </source>
        <translation>
            <numerusform>%n đơn vị — </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s) in all</source>
        <translation>
            <numerusform>tổng số %n đại biểu</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person or a unit from the list first.</source>
        <translation>Trước hết hãy chọn một cá nhân hoặc đơn vị trong danh sách.</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>“%1” đã có trong danh sách.</translation>
    </message>
    <message>
        <source>Import delegates</source>
        <translation>Nhập danh sách đại biểu</translation>
    </message>
    <message>
        <source>The conference is saved before the import. Save now?</source>
        <translation>Hội nghị phải được lưu trước khi nhập danh sách. Lưu ngay bây giờ?</translation>
    </message>
    <message>
        <source>Enter the title of the conference (or let Suggest write it).</source>
        <translation>Nhập tên hội nghị (hoặc bấm Gợi ý để chương trình tự ghi).</translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as 07:30.</source>
        <translation>“%1” không phải là giờ hợp lệ; hãy ghi theo dạng 07:30.</translation>
    </message>
    <message>
        <source>The review period ends before it starts.</source>
        <translation>Kỳ sơ kết, tổng kết có ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Programme item %1 has no content.</source>
        <translation>Mục %1 của chương trình chưa có nội dung.</translation>
    </message>
    <message>
        <source>Programme item %1: “%2” is not a time; write it as 07:30.</source>
        <translation>Mục %1 của chương trình: “%2” không phải là giờ hợp lệ; hãy ghi theo dạng 07:30.</translation>
    </message>
    <message>
        <source>Figure %1 has no name.</source>
        <translation>Chỉ tiêu thứ %1 chưa có tên.</translation>
    </message>
    <message>
        <source>New conference (copy)</source>
        <translation>Hội nghị mới (bản sao)</translation>
    </message>
    <message>
        <source>“%1” joins the directory when the conference is saved.</source>
        <translation>“%1” sẽ được thêm vào danh mục khi lưu hội nghị.</translation>
    </message>
    <message>
        <source>The document joins the directory when the conference is saved.</source>
        <translation>Văn bản sẽ được thêm vào danh mục khi lưu hội nghị.</translation>
    </message>
    <message>
        <source>Suggest a title</source>
        <translation>Gợi ý tên hội nghị</translation>
    </message>
    <message>
        <source>Replace the title you wrote with “%1”?</source>
        <translation>Thay tên hội nghị bạn đã viết bằng “%1”?</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>giờ:phút</translation>
    </message>
    <message>
        <source>Type a name or a unit to find it…</source>
        <translation>Gõ tên người hoặc đơn vị để tìm…</translation>
    </message>
    <message>
        <source>or part of the da&amp;y:</source>
        <translation>hoặc &amp;buổi:</translation>
    </message>
    <message>
        <source>When no hour is known yet: the invitation says “buổi sáng”, “cả ngày”…</source>
        <translation>Khi chưa định giờ: giấy mời ghi “buổi sáng”, “cả ngày”…</translation>
    </message>
    <message>
        <source>Documents issued &amp;by:</source>
        <translation>Cơ quan &amp;ban hành văn bản:</translation>
    </message>
    <message>
        <source>The body whose header, number and signer the conference&apos;s documents carry; empty: the organizer&apos;s</source>
        <translation>Cơ quan có tiêu đề, số văn bản và người ký trên các văn bản của hội nghị; để trống: cơ quan của đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Order of the &amp;list:</source>
        <translation>Thứ tự danh &amp;sách:</translation>
    </message>
    <message>
        <source>How the delegate list and the invitations are ordered: by protocol (chairs, then the precedence of the title), or as the rows are arranged here (dragging a row chooses this)</source>
        <translation>Cách sắp xếp danh sách đại biểu và giấy mời: theo nghi thức (chủ trì trước, rồi theo thứ bậc chức vụ), hoặc theo thứ tự các dòng ở đây (kéo một dòng sẽ chọn cách này)</translation>
    </message>
    <message>
        <source>&amp;Sort by protocol</source>
        <translation>Xếp theo &amp;nghi thức</translation>
    </message>
    <message>
        <source>Arrange the rows in protocol order, as the list prints by protocol</source>
        <translation>Xếp các dòng theo thứ tự nghi thức, như danh sách được in theo nghi thức</translation>
    </message>
    <message>
        <source>(by the hours)</source>
        <translation>(theo giờ)</translation>
    </message>
    <message>
        <source>(the organizer&apos;s)</source>
        <translation>(theo đơn vị tổ chức)</translation>
    </message>
</context>
<context>
    <name>ConferenceReport</name>
    <message>
        <source>There is no conference number %1 in this database.</source>
        <translation>Cơ sở dữ liệu này không có hội nghị mã số %1.</translation>
    </message>
    <message>
        <source>The conference “%1” has no programme yet: add its items first.</source>
        <translation>Hội nghị “%1” chưa có chương trình: hãy thêm các mục chương trình trước.</translation>
    </message>
    <message>
        <source>The conference “%1” has no participants yet: add them before printing the delegate list.</source>
        <translation>Hội nghị “%1” chưa có thành phần tham dự: hãy thêm thành phần tham dự trước khi in danh sách đại biểu.</translation>
    </message>
    <message>
        <source>The conference “%1” has no one to invite: apart from its chairs, no participant or unit is recorded. Add the delegates first.</source>
        <translation>Hội nghị “%1” chưa có ai để mời: ngoài các đồng chí chủ trì, chưa ghi cá nhân hay đơn vị nào tham dự. Hãy thêm đại biểu trước.</translation>
    </message>
    <message>
        <source>The conference “%1” has no conclusions yet: write them (or its results, shortcomings and tasks ahead) on the Outcomes tab before printing the notice. A draft can be printed meanwhile.</source>
        <translation>Hội nghị “%1” chưa có nội dung kết luận: hãy ghi kết luận (hoặc kết quả, tồn tại, hạn chế, nhiệm vụ thời gian tới) ở thẻ Kết quả trước khi in thông báo. Trong khi chờ, có thể in bản dự thảo.</translation>
    </message>
    <message>
        <source>The conference “%1” has no date yet: an invitation says when to come. Give the date (a draft can be printed meanwhile).</source>
        <translation>Hội nghị “%1” chưa có ngày tổ chức: giấy mời phải ghi thời gian. Hãy nhập ngày (trong khi chờ, có thể in bản dự thảo).</translation>
    </message>
    <message>
        <source>The conference “%1” has no time yet: give the hour it starts, or the part of the day (morning, afternoon, all day), before printing the invitations. A draft can be printed meanwhile.</source>
        <translation>Hội nghị “%1” chưa có thời gian: hãy nhập giờ bắt đầu hoặc buổi (sáng, chiều, cả ngày) trước khi in giấy mời. Trong khi chờ, có thể in bản dự thảo.</translation>
    </message>
</context>
<context>
    <name>ConferenceRows</name>
    <message>
        <source>Person or unit</source>
        <translation>Cá nhân, đơn vị</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Title held that day</source>
        <translation>Chức vụ khi dự</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Số đại biểu</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Lý do vắng</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Đơn vị tính</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <source>Conferences</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>Quick filter — type without diacritics too (Ctrl+F)</source>
        <translation>Lọc nhanh, gõ không dấu được (Ctrl+F)</translation>
    </message>
    <message>
        <source>Do&amp;cument:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>The document to print for the selected conference</source>
        <translation>Văn bản cần in của hội nghị đang chọn</translation>
    </message>
    <message>
        <source>Issue &amp;number…</source>
        <translation>Cấ&amp;p số…</translation>
    </message>
    <message>
        <source>Take the next number of the outgoing document register for this document</source>
        <translation>Lấy số tiếp theo trong sổ văn bản đi cho văn bản này</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Xem trước &amp;khi in…</translation>
    </message>
    <message>
        <source>Print preview (Ctrl+Shift+P)</source>
        <translation>Xem trước khi in (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>In (Ctrl+P)</translation>
    </message>
    <message>
        <source>Select a conference to print its documents.</source>
        <translation>Chọn một hội nghị để in văn bản của hội nghị đó.</translation>
    </message>
    <message>
        <source>%1: number %2 of %3 in the outgoing document register.</source>
        <translation>%1: số %2 ngày %3 trong sổ văn bản đi.</translation>
    </message>
    <message>
        <source>%1: no number yet — it prints as a draft with room for the number.</source>
        <translation>%1: chưa có số — in ra bản dự thảo, để trống chỗ ghi số.</translation>
    </message>
    <message>
        <source>This document already has the number %1. To give it another, cancel that number in the outgoing document register first.</source>
        <translation>Văn bản này đã có số %1. Muốn cấp số khác, trước hết hãy hủy số đó trong sổ văn bản đi.</translation>
    </message>
    <message>
        <source>Give “%1” the next number of type %2/%3, dated %4?</source>
        <translation>Cấp cho “%1” số tiếp theo của loại %2/%3, ngày %4?</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Organized by:</source>
        <translation>Đơn vị tổ &amp;chức:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Thêm &amp;mới</translation>
    </message>
    <message>
        <source>Add a conference (Ctrl+N)</source>
        <translation>Thêm hội nghị (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Edit the selected conference (Enter)</source>
        <translation>Sửa hội nghị đang chọn (Enter)</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Nhân &amp;bản</translation>
    </message>
    <message>
        <source>Copy the conference with its participants and programme, a year later</source>
        <translation>Sao chép hội nghị cùng thành phần tham dự và chương trình, ngày họp lùi sau một năm</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete the selected conference (Delete)</source>
        <translation>Xóa hội nghị đang chọn (Delete)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>X&amp;uất tệp…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả các đơn vị</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Delete the conference “%1” with its participants and programme?</source>
        <translation>Xóa hội nghị “%1” cùng thành phần tham dự và chương trình?</translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s)</source>
        <translation>
            <numerusform>%n hội nghị</numerusform>
        </translation>
    </message>
    <message>
        <source>The conference was changed after it was issued: printing gives the issued copy; issue a replacement to print the changes.</source>
        <translation>Hội nghị đã được sửa sau khi ban hành: khi in sẽ in bản đã ban hành; muốn in nội dung mới, hãy ban hành văn bản thay thế.</translation>
    </message>
    <message>
        <source>The conference was changed after %1 was issued. Issue “%2” again with the next number of type %3/%4, dated %5, replacing %1?</source>
        <translation>Hội nghị đã được sửa sau khi ban hành văn bản số %1. Ban hành lại “%2” với số tiếp theo của loại %3/%4, đề ngày %5, thay thế văn bản số %1?</translation>
    </message>
    <message>
        <source>The document is kept as issued: printing it again gives the same pages. A number once given is never given again, even if the document is cancelled.</source>
        <translation>Văn bản được lưu đúng như khi ban hành: in lại sẽ ra đúng các trang đó. Số đã cấp không bao giờ được cấp lại, kể cả khi văn bản bị hủy.</translation>
    </message>
    <message>
        <source>Save as PDF, DOCX, ODT or HTML (Ctrl+Shift+E)</source>
        <translation>Lưu thành PDF, DOCX, ODT hoặc HTML (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Dra&amp;ft</source>
        <translation>&amp;Dự thảo</translation>
    </message>
    <message>
        <source>Print a draft marked DỰ THẢO, without a number: also a notice with nothing concluded yet or an invitation without a time</source>
        <translation>In bản dự thảo có dấu DỰ THẢO, không có số: in được cả thông báo chưa có nội dung kết luận hoặc giấy mời chưa có giờ</translation>
    </message>
    <message>
        <source>Secrecy level of the records listed</source>
        <translation>Độ mật của các hồ sơ trong danh sách</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Mọi độ mật</translation>
    </message>
</context>
<context>
    <name>ConvertEncodingDialog</name>
    <message>
        <source>Convert to Unicode</source>
        <translation>Chuyển mã sang Unicode</translation>
    </message>
    <message>
        <source>&amp;Text typed in an old Vietnamese font (.VnTime, VNI-Times) — paste it here:</source>
        <translation>&amp;Văn bản gõ bằng phông chữ cũ (.VnTime, VNI-Times) — dán vào đây:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <source>&amp;Unicode text:</source>
        <translation>Văn bản &amp;Unicode:</translation>
    </message>
    <message>
        <source>Detect by itself</source>
        <translation>Tự nhận biết</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Put the Unicode text on the clipboard</source>
        <translation>Chép văn bản Unicode vào bộ nhớ tạm để dán vào nơi khác</translation>
    </message>
    <message>
        <source>For example: Hµ Néi, ngµy 05 th¸ng 02 n¨m 2026</source>
        <translation>Ví dụ: Hµ Néi, ngµy 05 th¸ng 02 n¨m 2026</translation>
    </message>
    <message>
        <source>Paste or type the text above.</source>
        <translation>Dán hoặc gõ văn bản vào ô phía trên.</translation>
    </message>
    <message>
        <source>Found: Unicode — no old font encoding in this text.</source>
        <translation>Nhận biết: Unicode — văn bản không dùng bảng mã cũ.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Nhận biết: bảng mã %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file “%1” is not UTF-8; save it as CSV UTF-8 in Excel (File › Save As › CSV UTF-8) and choose it again.</source>
        <translation>Tệp “%1” không dùng mã UTF-8; hãy lưu lại thành CSV UTF-8 trong Excel (Tệp › Lưu như › CSV UTF-8; bản tiếng Anh: File › Save As › CSV UTF-8) rồi chọn lại.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Không đọc được tệp “%1”: %2</translation>
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation>Tệp “%1” trống.</translation>
    </message>
    <message>
        <source>The file uses the %1 encoding — converted to Unicode</source>
        <translation>Tệp dùng bảng mã %1 — đã chuyển sang Unicode</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The table %1 cannot be read: %2</source>
        <translation>Không đọc được bảng %1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 không thành công: %2</translation>
    </message>
    <message>
        <source>Emptying the new table %1</source>
        <translation>Làm trống bảng mới %1</translation>
    </message>
    <message>
        <source>The table %1 has other columns in the target than in the source: %2 and %3.</source>
        <translation>Bảng %1 ở nơi nhận có các cột khác với ở nguồn: %2 và %3.</translation>
    </message>
    <message>
        <source>Writing row %1 of the table %2</source>
        <translation>Ghi dòng %1 của bảng %2</translation>
    </message>
    <message>
        <source>Writing %1 of row %2 of the table %3</source>
        <translation>Ghi cột %1 của dòng %2 trong bảng %3</translation>
    </message>
    <message>
        <source>The table %1 holds %2 rows in the copy but %3 in the source.</source>
        <translation>Bảng %1 có %2 dòng ở bản sao nhưng có %3 dòng ở nguồn.</translation>
    </message>
    <message>
        <source>The rows of the table %1 differ between the copy and the source (their checksums differ).</source>
        <translation>Các dòng của bảng %1 ở bản sao khác với ở nguồn (mã kiểm tra không khớp).</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Chưa sao chép gì: %1</translation>
    </message>
    <message>
        <source>Nothing was copied: the source cannot be read: %1</source>
        <translation>Chưa sao chép gì: không đọc được cơ sở dữ liệu nguồn: %1</translation>
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
        <translation>Gõ ngày như 27/05/2024, 27/5/2024 hoặc 27052024; Alt+Mũi tên xuống mở lịch; để trống là không có ngày.</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Chọn trên lịch (Alt+Mũi tên xuống)</translation>
    </message>
</context>
<context>
    <name>DelegateCsv</name>
    <message>
        <source>Not imported</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <source>Found in the directory</source>
        <translation>Đã có trong danh mục</translation>
    </message>
    <message>
        <source>New person will be added to the directory</source>
        <translation>Cán bộ mới, sẽ được thêm vào danh mục</translation>
    </message>
    <message numerus="yes">
        <source>Whole unit, %n delegate(s)</source>
        <extracomment>A row of the delegate list that stands for a unit sending several delegates</extracomment>
        <translation>
            <numerusform>Cả đơn vị, %n đại biểu</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole unit</source>
        <translation>Cả đơn vị</translation>
    </message>
    <message>
        <source>The conference no longer exists.</source>
        <translation>Hội nghị này không còn nữa.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice; only the first one is read.</source>
        <translation>Cột “%1” xuất hiện hai lần; chỉ đọc cột thứ nhất.</translation>
    </message>
    <message>
        <source>The first row of “%1” has neither a “Họ và tên” nor an “Đơn vị” column; it must name the columns.</source>
        <translation>Dòng đầu của “%1” không có cột “Họ và tên” cũng không có cột “Đơn vị”; dòng đầu phải ghi tên các cột.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not known and ignored: %1.</source>
        <translation>
            <numerusform>%n cột không rõ nên được bỏ qua: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A quotation mark opened in this row is never closed, so the rest of the file was read as one value.</source>
        <translation>Dòng này có dấu ngoặc kép mở mà không có dấu đóng, nên phần còn lại của tệp bị đọc thành một giá trị.</translation>
    </message>
    <message>
        <source>This row is not valid UTF-8 (some letters are garbled); retype them, or save the file as CSV UTF-8.</source>
        <translation>Dòng này không đúng mã UTF-8 (một số chữ bị lỗi phông); hãy gõ lại, hoặc lưu tệp thành CSV UTF-8.</translation>
    </message>
    <message>
        <source>“%1” is not a role; write one of: %2.</source>
        <translation>“%1” không phải là vai trò; hãy ghi một trong các từ: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an attendance; write one of: %2.</source>
        <translation>“%1” không phải là tình trạng tham dự; hãy ghi một trong các từ: %2.</translation>
    </message>
    <message>
        <source>An absence reason is given for someone marked present.</source>
        <translation>Có ghi lý do vắng cho người được đánh dấu có mặt.</translation>
    </message>
    <message>
        <source>The delegate count “%1” is not a whole number above zero.</source>
        <translation>Số đại biểu “%1” không phải là số nguyên lớn hơn 0.</translation>
    </message>
    <message>
        <source>A delegate count belongs to a row for a whole unit; leave it empty for a person.</source>
        <translation>Số đại biểu chỉ ghi ở dòng của cả đơn vị; dòng của một cá nhân để trống ô này.</translation>
    </message>
    <message>
        <source>There is no unit “%1” in the directory; add it there first or correct the name.</source>
        <translation>Danh mục không có đơn vị “%1”; hãy thêm đơn vị đó vào danh mục trước hoặc sửa lại tên.</translation>
    </message>
    <message>
        <source>Several units in the directory are called “%1”; give them different names there first.</source>
        <translation>Danh mục có nhiều đơn vị cùng tên “%1”; hãy đặt tên khác nhau cho các đơn vị đó trong danh mục trước.</translation>
    </message>
    <message>
        <source>The row has neither a name nor a unit.</source>
        <translation>Dòng này không có họ tên cũng không có đơn vị.</translation>
    </message>
    <message>
        <source>%1 is already a participant of this conference.</source>
        <translation>%1 đã có trong thành phần tham dự hội nghị này.</translation>
    </message>
    <message>
        <source>Several people in the directory are called “%1”; write the unit to tell them apart.</source>
        <translation>Danh mục có nhiều cán bộ cùng tên “%1”; hãy ghi đơn vị để phân biệt.</translation>
    </message>
    <message>
        <source>Several people called “%1” work in “%2” in the directory; merge them there first.</source>
        <translation>Danh mục có nhiều cán bộ tên “%1” cùng công tác tại “%2”; hãy gộp các bản ghi đó trong danh mục trước.</translation>
    </message>
    <message>
        <source>This row repeats row %1.</source>
        <translation>Dòng này trùng với dòng %1.</translation>
    </message>
    <message>
        <source>The file “%1” has a header row but no delegates.</source>
        <translation>Tệp “%1” chỉ có dòng tiêu đề, không có đại biểu nào.</translation>
    </message>
    <message>
        <source>This list was read for another conference; choose the file again.</source>
        <translation>Danh sách này được đọc cho một hội nghị khác; hãy chọn lại tệp.</translation>
    </message>
    <message>
        <source>The file has no delegates to import.</source>
        <translation>Tệp không có đại biểu nào để nhập.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Fix the file and choose it again.</source>
        <translation>
            <numerusform>Chưa nhập gì: có %n dòng bị lỗi. Hãy sửa tệp rồi chọn lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>Dòng %1: %2 Chưa nhập gì.</translation>
    </message>
    <message numerus="yes">
        <source>%n invisible control character(s) removed from this row.</source>
        <translation>
            <numerusform>Đã bỏ %n ký tự điều khiển không nhìn thấy khỏi dòng này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Similar: %1.</source>
        <translation>Tên gần giống: %1.</translation>
    </message>
    <message>
        <source>Reading “%1” was stopped; nothing was imported.</source>
        <translation>Đã dừng đọc tệp “%1”; chưa nhập gì.</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported.</source>
        <translation>Đã dừng nhập; chưa nhập gì.</translation>
    </message>
    <message>
        <source>“%1” will be added as a new person; the directory has similar names: %2. Correct the file if it means one of them.</source>
        <translation>“%1” sẽ được thêm vào danh mục như một người mới; danh mục có tên gần giống: %2. Nếu tệp muốn nói một trong số đó, hãy sửa tệp.</translation>
    </message>
</context>
<context>
    <name>DelegateImportDialog</name>
    <message>
        <source>Import delegates</source>
        <translation>Nhập danh sách đại biểu</translation>
    </message>
    <message>
        <source>What each row of the file will become; rows with a problem are shown in red and are not imported</source>
        <translation>Từng dòng của tệp sẽ được nhập như thế nào; dòng có lỗi được tô đỏ và không được nhập</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Add these delegates to the conference</source>
        <translation>Thêm các đại biểu này vào hội nghị</translation>
    </message>
    <message>
        <source>Close without importing anything (Esc)</source>
        <translation>Đóng, không nhập gì (Esc)</translation>
    </message>
    <message>
        <source>Delegates for &lt;b&gt;%1&lt;/b&gt;</source>
        <extracomment>The heading of the import preview: conference title, then the file&apos;s name</extracomment>
        <translation>Đại biểu dự &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From the file %1</source>
        <translation>Từ tệp %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be imported.</source>
        <translation>Không nhập được tệp %1.</translation>
    </message>
    <message>
        <source>%1, %2 — fix the file and choose it again.</source>
        <extracomment>&quot;12 rows ready, 2 with errors — fix the file and choose it again.&quot;</extracomment>
        <translation>%1, %2 — hãy sửa tệp rồi chọn lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n dòng hợp lệ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n dòng có lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n dòng sẵn sàng để nhập.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s) will be added to the directory.</source>
        <translation>
            <numerusform>%n cán bộ mới sẽ được thêm vào danh mục.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Reading the delegate list…</source>
        <translation>Đang đọc danh sách đại biểu…</translation>
    </message>
    <message>
        <source>Importing the delegates…</source>
        <translation>Đang nhập đại biểu…</translation>
    </message>
    <message>
        <source>S&amp;heet of the workbook:</source>
        <translation>&amp;Trang tính:</translation>
    </message>
    <message>
        <source>The workbook has several sheets; the preview shows the one chosen here</source>
        <translation>Tệp Excel có nhiều trang tính; bảng xem trước hiển thị trang được chọn ở đây</translation>
    </message>
    <message>
        <source>The sheet “%1” of the file %2 cannot be imported.</source>
        <translation>Không nhập được trang tính “%1” của tệp %2.</translation>
    </message>
</context>
<context>
    <name>DelegatePreviewModel</name>
    <message>
        <source>Row</source>
        <extracomment>Column of the import preview: the row number in the CSV file</extracomment>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Name / unit</source>
        <translation>Họ tên / đơn vị</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Cách xử lý</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
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
        <translation>Cột “%1” xuất hiện hai lần; chỉ đọc cột thứ nhất.</translation>
    </message>
    <message>
        <source>The first row of “%1” has no “Họ và tên” column; it must name the columns.</source>
        <translation>Dòng đầu của tệp “%1” không có cột “Họ và tên”; dòng đầu phải ghi tên các cột.</translation>
    </message>
    <message>
        <source>The first row of “%1” has no “Tên đơn vị” column; it must name the columns.</source>
        <translation>Dòng đầu của tệp “%1” không có cột “Tên đơn vị”; dòng đầu phải ghi tên các cột.</translation>
    </message>
    <message>
        <source>The directory keeps no birth date: %1 not read.</source>
        <translation>Danh mục không lưu ngày sinh: không đọc cột %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not known and ignored: %1.</source>
        <translation>
            <numerusform>%n cột không rõ nên được bỏ qua: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” in the column “%2” is not a date: %3</source>
        <translation>“%1” ở cột “%2” không phải là ngày: %3</translation>
    </message>
    <message>
        <source>The date of full membership is before the date of admission to the Party.</source>
        <translation>Ngày chính thức trước ngày vào Đảng.</translation>
    </message>
    <message>
        <source>The unit&apos;s validity ends before it begins.</source>
        <translation>Ngày hết hiệu lực của đơn vị trước ngày bắt đầu hiệu lực.</translation>
    </message>
    <message>
        <source>Several units in the directory are called “%1”; give them different names there first.</source>
        <translation>Danh mục có nhiều đơn vị cùng tên “%1”; hãy đặt tên khác nhau cho các đơn vị đó trong danh mục trước.</translation>
    </message>
    <message>
        <source>There is no unit “%1” in the directory; add it there first or correct the name.</source>
        <translation>Danh mục không có đơn vị “%1”; hãy thêm đơn vị đó vào danh mục trước hoặc sửa lại tên.</translation>
    </message>
    <message>
        <source>There is no unit “%1” in the directory nor in an earlier row of the file; add it first or correct the name.</source>
        <translation>Không có đơn vị “%1” trong danh mục hay ở một dòng phía trên của tệp; hãy thêm đơn vị đó trước hoặc sửa lại tên.</translation>
    </message>
    <message>
        <source>This row repeats row %1.</source>
        <translation>Dòng này trùng với dòng %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invisible control character(s) removed from this row.</source>
        <translation>
            <numerusform>Đã bỏ %n ký tự điều khiển không nhìn thấy khỏi dòng này.</numerusform>
        </translation>
    </message>
    <message>
        <source>A quotation mark opened in this row is never closed, so the rest of the file was read as one value.</source>
        <translation>Dòng này có dấu ngoặc kép mở mà không có dấu đóng, nên phần còn lại của tệp bị đọc thành một giá trị.</translation>
    </message>
    <message>
        <source>This row is not valid UTF-8 (some letters are garbled); retype them, or save the file as CSV UTF-8.</source>
        <translation>Dòng này không đúng mã UTF-8 (một số chữ bị lỗi phông); hãy gõ lại, hoặc lưu tệp thành CSV UTF-8.</translation>
    </message>
    <message>
        <source>The row has no name (“Họ và tên”).</source>
        <translation>Dòng này không có họ và tên (cột “Họ và tên”).</translation>
    </message>
    <message>
        <source>The row has no unit name (“Tên đơn vị”).</source>
        <translation>Dòng này không có tên đơn vị (cột “Tên đơn vị”).</translation>
    </message>
    <message>
        <source>“%1” is not a gender; write one of: %2.</source>
        <translation>“%1” không phải là giới tính; hãy ghi một trong các giá trị: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” không phải là địa chỉ thư điện tử.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of unit; write one of: %2.</source>
        <translation>“%1” không phải là loại đơn vị; hãy ghi một trong các loại: %2.</translation>
    </message>
    <message>
        <source>A unit cannot be its own superior.</source>
        <translation>Đơn vị không thể là đơn vị cấp trên của chính nó.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <source>Will be added to the directory</source>
        <translation>Sẽ được thêm vào danh mục</translation>
    </message>
    <message>
        <source>Already in the directory, skipped</source>
        <translation>Đã có trong danh mục, bỏ qua</translation>
    </message>
    <message>
        <source>Reading “%1” was stopped; nothing was imported.</source>
        <translation>Đã dừng đọc tệp “%1”; chưa nhập gì.</translation>
    </message>
    <message>
        <source>The file “%1” has a header row but no people.</source>
        <translation>Tệp “%1” có dòng tiêu đề nhưng không có cán bộ nào.</translation>
    </message>
    <message>
        <source>The file “%1” has a header row but no units.</source>
        <translation>Tệp “%1” có dòng tiêu đề nhưng không có đơn vị nào.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Fix the file and choose it again.</source>
        <translation>
            <numerusform>Chưa nhập gì: %n dòng có lỗi. Hãy sửa tệp rồi chọn lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped; nothing was imported.</source>
        <translation>Đã dừng nhập; chưa nhập gì.</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>Dòng %1: %2 Chưa nhập gì.</translation>
    </message>
</context>
<context>
    <name>DirectoryImportDialog</name>
    <message>
        <source>Import into the directory</source>
        <translation>Nhập vào danh mục</translation>
    </message>
    <message>
        <source>What each row of the file will become; rows with a problem are shown in red and are not imported</source>
        <translation>Cách xử lý từng dòng của tệp; dòng có lỗi được tô đỏ và không được nhập</translation>
    </message>
    <message>
        <source>Show only the rows with &amp;problems</source>
        <translation>Chỉ hiện các dòng có &amp;lỗi</translation>
    </message>
    <message>
        <source>Hide the rows that are ready, to find the ones to correct in a long file</source>
        <translation>Ẩn các dòng đã hợp lệ để dễ tìm các dòng cần sửa trong tệp dài</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Nhập danh sách cán bộ</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>Nhập danh sách đơn vị</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Add these people to the directory</source>
        <translation>Thêm những cán bộ này vào danh mục</translation>
    </message>
    <message>
        <source>Add these units to the directory</source>
        <translation>Thêm những đơn vị này vào danh mục</translation>
    </message>
    <message>
        <source>Close without importing anything (Esc)</source>
        <translation>Đóng, không nhập gì (Esc)</translation>
    </message>
    <message>
        <source>Reading the list of people…</source>
        <translation>Đang đọc danh sách cán bộ…</translation>
    </message>
    <message>
        <source>Reading the list of units…</source>
        <translation>Đang đọc danh sách đơn vị…</translation>
    </message>
    <message>
        <source>People for the directory</source>
        <translation>Cán bộ thêm vào danh mục</translation>
    </message>
    <message>
        <source>Units for the directory</source>
        <translation>Đơn vị thêm vào danh mục</translation>
    </message>
    <message>
        <source>From the file %1</source>
        <translation>Từ tệp %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be imported.</source>
        <translation>Không nhập được tệp %1.</translation>
    </message>
    <message>
        <source>Adding the people…</source>
        <translation>Đang thêm cán bộ…</translation>
    </message>
    <message>
        <source>Adding the units…</source>
        <translation>Đang thêm đơn vị…</translation>
    </message>
    <message>
        <source>%1 out of %2 — nothing is imported; fix the file and choose it again.</source>
        <extracomment>&quot;2 rows with errors out of 120 — nothing is imported; fix the file and choose it again.&quot;</extracomment>
        <translation>%1 trên tổng số %2 — không nhập dòng nào; hãy sửa tệp rồi chọn lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n dòng có lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be added to the directory.</source>
        <translation>
            <numerusform>Sẽ thêm %n cán bộ vào danh mục.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) will be added to the directory.</source>
        <translation>
            <numerusform>Sẽ thêm %n đơn vị vào danh mục.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already in the directory are skipped.</source>
        <translation>
            <numerusform>Bỏ qua %n dòng đã có trong danh mục.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryModels</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Superior unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Succeeded by</source>
        <translation>Đơn vị kế thừa</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Current title</source>
        <translation>Chức vụ hiện nay</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Number and code</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Quick filter — type without diacritics too (Ctrl+F)</source>
        <translation>Lọc nhanh — gõ không dấu cũng được (Ctrl+F)</translation>
    </message>
    <message>
        <source>As a &amp;tree</source>
        <translation>Dạng &amp;cây</translation>
    </message>
    <message>
        <source>Show units by their hierarchy</source>
        <translation>Hiển thị đơn vị theo quan hệ cấp trên – cấp dưới</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>Thêm bản ghi (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Sửa bản ghi đang chọn (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete)</source>
        <translation>Xóa bản ghi đang chọn (Delete)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete “%1” from the directory?</source>
        <translation>Xóa “%1” khỏi danh mục?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Thao tác này không hoàn tác được.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Không xóa được</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n bản ghi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match the filter</source>
        <translation>
            <numerusform>%n bản ghi khớp với bộ lọc</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was changed in another window meanwhile; look at it again before deleting it.</source>
        <translation>“%1” vừa được sửa ở cửa sổ khác; hãy xem lại trước khi xóa.</translation>
    </message>
    <message>
        <source>Issuing bodies</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Forms of commendation</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập từ tệp…</translation>
    </message>
    <message>
        <source>Add records from an Excel or CSV file, after a preview of every row</source>
        <translation>Thêm bản ghi từ tệp Excel hoặc CSV, sau khi xem trước từng dòng</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Nhập danh sách cán bộ</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>Nhập danh sách đơn vị</translation>
    </message>
</context>
<context>
    <name>DirectoryPreviewModel</name>
    <message>
        <source>Row</source>
        <extracomment>Column of the import preview: the row number in the CSV file</extracomment>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Superior unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Cách xử lý</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Nothing was printed: %1</source>
        <translation>Chưa in được gì: %1</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Xem trước khi in — %1</translation>
    </message>
    <message>
        <source>Export document</source>
        <translation>Xuất tệp văn bản</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Văn bản Word (*.docx);;Văn bản OpenDocument (*.odt);;Trang web (*.html)</translation>
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
        <translation>Muốn cấp số phải có loại văn bản, ký hiệu cơ quan ban hành và ngày văn bản.</translation>
    </message>
    <message>
        <source>This number is not in the register or was already cancelled.</source>
        <translation>Số này không có trong sổ hoặc đã bị hủy trước đó.</translation>
    </message>
    <message>
        <source>Documents of this kind of record are not numbered in the register.</source>
        <translation>Văn bản của loại bản ghi này không được cấp số trong sổ văn bản đi.</translation>
    </message>
    <message>
        <source>This document already has the number %1 (given on %2). To give it another, cancel that number in the outgoing document register first.</source>
        <translation>Văn bản này đã có số %1 (cấp ngày %2). Muốn cấp số khác, hãy hủy số đó trong sổ văn bản đi trước.</translation>
    </message>
    <message>
        <source>This number was changed in another window meanwhile; look at it again.</source>
        <translation>Số này vừa được sửa ở cửa sổ khác; hãy xem lại.</translation>
    </message>
    <message>
        <source>The issuing body of this document is no longer in the directory.</source>
        <translation>Cơ quan ban hành văn bản này không còn trong danh bạ.</translation>
    </message>
    <message>
        <source>The register of %1 was closed on %2: a document dated %3 is issued by the body that succeeded it.</source>
        <translation>Sổ văn bản của %1 đã khóa ngày %2: văn bản đề ngày %3 do cơ quan kế tục ban hành.</translation>
    </message>
    <message>
        <source>No term of %1 covers %2: numbers run within a term. Add the term in the directory of issuing bodies.</source>
        <translation>Không có nhiệm kỳ nào của %1 bao gồm ngày %2: số văn bản đánh theo nhiệm kỳ. Hãy thêm nhiệm kỳ trong danh mục cơ quan ban hành.</translation>
    </message>
    <message>
        <source>The document to be replaced is no longer issued.</source>
        <translation>Văn bản cần thay thế không còn ở trạng thái đã ban hành.</translation>
    </message>
    <message>
        <source>This number is not in the register.</source>
        <translation>Số này không có trong sổ văn bản.</translation>
    </message>
    <message>
        <source>No issued file is kept for this number (it was given before issued documents were kept, or by hand).</source>
        <translation>Không có bản văn bản đã ban hành được lưu cho số này (số được cấp trước khi chương trình lưu văn bản, hoặc cấp thủ công).</translation>
    </message>
    <message>
        <source>The issued file kept for this number does not match its fingerprint: the database may be damaged. Run “secretariat check”.</source>
        <translation>Bản văn bản đã ban hành lưu cho số này không khớp dấu vân: cơ sở dữ liệu có thể bị hỏng. Hãy chạy “secretariat check”.</translation>
    </message>
    <message>
        <source>Issued document %1: %2</source>
        <translation>Văn bản đã ban hành %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The font “%1” is not installed, and no font with the same metrics and full Vietnamese was found. Install Times New Roman or Liberation Serif (fonts-liberation2), or choose another font in the format profile.</source>
        <translation>Phông chữ “%1” chưa được cài đặt, và không tìm thấy phông chữ nào có cùng độ rộng chữ mà đủ dấu tiếng Việt. Hãy cài Times New Roman hoặc Liberation Serif (fonts-liberation2), hoặc chọn phông chữ khác trong bộ thể thức.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Không bắt đầu tạo được tệp PDF.</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Enter figures</source>
        <translation>Nhập số liệu</translation>
    </message>
    <message>
        <source>e.g. 2.611 or 12,5</source>
        <translation>ví dụ 2.611 hoặc 12,5</translation>
    </message>
    <message>
        <source>where the figure comes from (a report, its number)</source>
        <translation>nguồn số liệu (báo cáo nào, số hiệu)</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>Giá t&amp;rị:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Ghi c&amp;hú:</translation>
    </message>
    <message>
        <source>&amp;Enter the figure</source>
        <translation>&amp;Nhập số liệu</translation>
    </message>
    <message>
        <source>No indicator in use takes entered figures: add one under Indicators…</source>
        <translation>Chưa có chỉ tiêu nào đang dùng để nhập số liệu: hãy thêm chỉ tiêu ở mục Danh mục chỉ tiêu…</translation>
    </message>
    <message>
        <source>Type the value of the figure.</source>
        <translation>Hãy gõ giá trị của số liệu.</translation>
    </message>
    <message>
        <source>“%1” is not a number: type it as 2.611 or 12,5.</source>
        <translation>“%1” không phải là số: hãy gõ như 2.611 hoặc 12,5.</translation>
    </message>
    <message>
        <source>Entered: %1 for %2, %3.</source>
        <translation>Đã nhập: %1 cho %2, năm %3.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>Target</source>
        <translation>Đối tượng kiểm tra</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Latest remedy report</source>
        <translation>Báo cáo khắc phục gần nhất</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị chịu trách nhiệm</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Ngày báo cáo</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Inspection conclusions</source>
        <translation>Kết luận kiểm tra</translation>
    </message>
    <message>
        <source>Quick filter — type without diacritics too (Ctrl+F)</source>
        <translation>Lọc nhanh, gõ không dấu được (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Quá hạn</translation>
    </message>
    <message>
        <source>Only the recommendations past their deadline and not remedied</source>
        <translation>Chỉ những kiến nghị đã quá thời hạn mà chưa khắc phục xong</translation>
    </message>
    <message>
        <source>Due within &amp;30 days</source>
        <translation>Đến hạn trong &amp;30 ngày</translation>
    </message>
    <message>
        <source>Only the recommendations not remedied whose deadline is in the next 30 days</source>
        <translation>Chỉ những kiến nghị chưa khắc phục xong, đến hạn trong 30 ngày tới</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Đối &amp;tượng:</translation>
    </message>
    <message>
        <source>&amp;Inspection:</source>
        <translation>Cuộc &amp;kiểm tra:</translation>
    </message>
    <message>
        <source>&amp;Responsible unit:</source>
        <translation>Đơn vị &amp;chịu trách nhiệm:</translation>
    </message>
    <message>
        <source>&amp;History and remedies…</source>
        <translation>Theo &amp;dõi khắc phục…</translation>
    </message>
    <message>
        <source>The history of the selected recommendation; record a remedy report, a reminder or a re-check (Enter)</source>
        <translation>Quá trình theo dõi kiến nghị đang chọn; ghi nhận báo cáo khắc phục, đôn đốc hoặc kiểm tra lại (Enter)</translation>
    </message>
    <message>
        <source>Overdue recommendations are shown in red with a warning sign.</source>
        <translation>Kiến nghị quá hạn hiện màu đỏ, có dấu cảnh báo.</translation>
    </message>
    <message>
        <source>Not yet remedied</source>
        <translation>Chưa khắc phục xong</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>Tất cả đối tượng</translation>
    </message>
    <message>
        <source>All inspections</source>
        <translation>Tất cả cuộc kiểm tra</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả các đơn vị</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n quá hạn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatProfile</name>
    <message>
        <source>Default (Hướng dẫn 36-HD/VPTW)</source>
        <translation>Mặc định (Hướng dẫn 36-HD/VPTW)</translation>
    </message>
    <message>
        <source>This is not a Secretariat format profile.</source>
        <translation>Đây không phải là bộ thể thức của Secretariat.</translation>
    </message>
    <message>
        <source>“%1” is not a known paper size (e.g. A4).</source>
        <translation>“%1” không phải là khổ giấy được hỗ trợ (ví dụ: A4).</translation>
    </message>
    <message>
        <source>Margins must be between 5 and 60 mm.</source>
        <translation>Độ rộng lề chỉ được từ 5 đến 60 mm.</translation>
    </message>
    <message>
        <source>Font sizes must be between 6 and 40 points.</source>
        <translation>Cỡ chữ chỉ được từ 6 đến 40 pt.</translation>
    </message>
    <message>
        <source>Choose the font of the documents.</source>
        <translation>Chọn phông chữ cho văn bản.</translation>
    </message>
    <message>
        <source>“%1” is how state documents sign; Party documents write T/M, K/T or T/L.</source>
        <translation>“%1” là cách ghi của văn bản nhà nước; văn bản của Đảng ghi T/M, K/T hoặc T/L.</translation>
    </message>
    <message>
        <source>The profile could not be written to “%1”: %2</source>
        <translation>Không ghi được bộ thể thức vào “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Không đọc được “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a format profile: %2</source>
        <translation>“%1” không phải là bộ thể thức: %2</translation>
    </message>
    <message>
        <source>“%1” is not a format profile.</source>
        <translation>“%1” không phải là bộ thể thức.</translation>
    </message>
    <message>
        <source>Name of the profile</source>
        <translation>Tên bộ thể thức</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Mirrored margins</source>
        <translation>Lề đối xứng</translation>
    </message>
    <message>
        <source>Margins (mm)</source>
        <translation>Lề (mm)</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Phông chữ</translation>
    </message>
    <message>
        <source>Size of “ĐẢNG CỘNG SẢN VIỆT NAM”</source>
        <translation>Cỡ chữ “ĐẢNG CỘNG SẢN VIỆT NAM”</translation>
    </message>
    <message>
        <source>Size of the issuing body</source>
        <translation>Cỡ chữ tên cơ quan ban hành</translation>
    </message>
    <message>
        <source>Size of the number and date</source>
        <translation>Cỡ chữ số, ký hiệu và ngày tháng</translation>
    </message>
    <message>
        <source>Size of the document type</source>
        <translation>Cỡ chữ tên loại văn bản</translation>
    </message>
    <message>
        <source>Size of the excerpt</source>
        <translation>Cỡ chữ trích yếu</translation>
    </message>
    <message>
        <source>Size of the body text</source>
        <translation>Cỡ chữ nội dung</translation>
    </message>
    <message>
        <source>Size of “Nơi nhận”</source>
        <translation>Cỡ chữ “Nơi nhận”</translation>
    </message>
    <message>
        <source>Size of the recipients</source>
        <translation>Cỡ chữ nơi nhận</translation>
    </message>
    <message>
        <source>Size of the signature block</source>
        <translation>Cỡ chữ phần ký</translation>
    </message>
    <message>
        <source>Size of the page numbers</source>
        <translation>Cỡ chữ số trang</translation>
    </message>
    <message>
        <source>Superior body</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Issuer code</source>
        <translation>Ký hiệu cơ quan ban hành</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Title of the signer</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Name of the signer</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Guidance followed</source>
        <translation>Hướng dẫn áp dụng</translation>
    </message>
    <message>
        <source>Line spacing of the body (pt)</source>
        <translation>Giãn dòng phần nội dung (pt)</translation>
    </message>
    <message>
        <source>First-line indent (mm)</source>
        <translation>Thụt đầu dòng (mm)</translation>
    </message>
    <message>
        <source>End of the body</source>
        <translation>Dấu kết thúc nội dung</translation>
    </message>
    <message>
        <source>Spelling of “ỦY” in the header</source>
        <translation>Cách viết “ỦY” ở tiêu đề</translation>
    </message>
    <message>
        <source>Comma before “ngày” in citations</source>
        <translation>Dấu phẩy trước “ngày” khi trích dẫn</translation>
    </message>
    <message>
        <source>Signer&apos;s title in bold</source>
        <translation>Chức vụ người ký in đậm</translation>
    </message>
    <message>
        <source>Committees may sign K/T</source>
        <translation>Cấp ủy được ký K/T</translation>
    </message>
    <message>
        <source>Programme items numbered</source>
        <translation>Đánh số các mục chương trình</translation>
    </message>
    <message>
        <source>36-HD/VPTW (2018)</source>
        <translation>36-HD/VPTW (2018)</translation>
    </message>
    <message>
        <source>2026 guidance</source>
        <extracomment>The guidance of the Central Party Office of 2026 that reportedly replaced 36-HD/VPTW.</extracomment>
        <translation>Hướng dẫn 2026</translation>
    </message>
    <message>
        <source>The line spacing must be between 8 and 60 points (0 for single spacing).</source>
        <translation>Giãn dòng phải từ 8 đến 60 pt (0 là giãn dòng đơn).</translation>
    </message>
    <message>
        <source>The first-line indent must be between 0 and 30 mm.</source>
        <translation>Thụt đầu dòng phải từ 0 đến 30 mm.</translation>
    </message>
    <message>
        <source>The body ends with “./.” or with “.”.</source>
        <translation>Nội dung kết thúc bằng “./.” hoặc “.”.</translation>
    </message>
    <message>
        <source>The header spells “ỦY” or “UỶ” (or as written).</source>
        <translation>Tiêu đề viết “ỦY” hoặc “UỶ” (hoặc giữ như đã nhập).</translation>
    </message>
    <message>
        <source>“%1”: under this format profile a committee&apos;s documents are not signed K/T; use T/M (or change the profile).</source>
        <translation>“%1”: theo mẫu định dạng này, văn bản của cấp ủy không ký K/T; hãy dùng T/M (hoặc sửa mẫu định dạng).</translation>
    </message>
</context>
<context>
    <name>FormatProfileDialog</name>
    <message>
        <source>Document format</source>
        <translation>Thể thức văn bản</translation>
    </message>
    <message>
        <source>&amp;Page and fonts</source>
        <translation>&amp;Trang và phông chữ</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Tên &amp;bộ thể thức:</translation>
    </message>
    <message>
        <source>e.g. Hướng dẫn 36-HD/VPTW, Tỉnh ủy Thanh Hóa</source>
        <translation>Ví dụ: Hướng dẫn 36-HD/VPTW, Tỉnh ủy Thanh Hóa</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Khổ giấy:</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>Khổ n&amp;gang</translation>
    </message>
    <message>
        <source>Turn the page sideways (some certificates)</source>
        <translation>Xoay ngang trang giấy (một số loại bằng khen, giấy khen)</translation>
    </message>
    <message>
        <source>&amp;Top / bottom margin:</source>
        <translation>Lề trên / &amp;dưới:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Lề trên</translation>
    </message>
    <message>
        <source>Bottom margin</source>
        <translation>Lề dưới</translation>
    </message>
    <message>
        <source>Left / &amp;right margin:</source>
        <translation>Lề trái / &amp;phải:</translation>
    </message>
    <message>
        <source>Left margin (the binding side of a front page)</source>
        <translation>Lề trái (phía đóng gáy của mặt trước)</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Lề trái</translation>
    </message>
    <message>
        <source>Right margin</source>
        <translation>Lề phải</translation>
    </message>
    <message>
        <source>Mirror margins on bac&amp;k pages</source>
        <translation>&amp;Lề đối xứng ở mặt sau</translation>
    </message>
    <message>
        <source>For printing on both sides: left and right margins swap on even pages</source>
        <translation>Khi in hai mặt: lề trái và lề phải đổi chỗ cho nhau ở các trang chẵn</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>P&amp;hông chữ:</translation>
    </message>
    <message>
        <source>The font of every printed document, e.g. Times New Roman</source>
        <translation>Phông chữ của mọi văn bản in ra, ví dụ: Times New Roman</translation>
    </message>
    <message>
        <source>Font sizes</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Part&amp;y line:</source>
        <translation>T&amp;iêu đề Đảng:</translation>
    </message>
    <message>
        <source>“ĐẢNG CỘNG SẢN VIỆT NAM” at the top right</source>
        <translation>“ĐẢNG CỘNG SẢN VIỆT NAM” ở góc trên bên phải</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>He&amp;ader bodies:</source>
        <translation>Tên cơ &amp;quan:</translation>
    </message>
    <message>
        <source>The superior body and the issuing body at the top left</source>
        <translation>Tên cơ quan cấp trên và cơ quan ban hành ở góc trên bên trái</translation>
    </message>
    <message>
        <source>N&amp;umber and date:</source>
        <translation>Số và ngà&amp;y tháng:</translation>
    </message>
    <message>
        <source>“Số 12-TB/TU” and the line with place and date</source>
        <translation>“Số 12-TB/TU” và dòng địa danh, ngày tháng</translation>
    </message>
    <message>
        <source>D&amp;ocument type:</source>
        <translation>Tên l&amp;oại văn bản:</translation>
    </message>
    <message>
        <source>THÔNG BÁO, QUYẾT ĐỊNH, BÁO CÁO…</source>
        <translation>THÔNG BÁO, QUYẾT ĐỊNH, BÁO CÁO…</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>T&amp;rích yếu:</translation>
    </message>
    <message>
        <source>The excerpt (trích yếu) under the document type</source>
        <translation>Trích yếu nội dung, dưới tên loại văn bản</translation>
    </message>
    <message>
        <source>&amp;Body text:</source>
        <translation>Nội d&amp;ung:</translation>
    </message>
    <message>
        <source>The text of the document</source>
        <translation>Phần nội dung của văn bản</translation>
    </message>
    <message>
        <source>Recipients headin&amp;g:</source>
        <translation>Dòng “&amp;Nơi nhận”:</translation>
    </message>
    <message>
        <source>“Nơi nhận:”</source>
        <translation>“Nơi nhận:”</translation>
    </message>
    <message>
        <source>Re&amp;cipients:</source>
        <translation>Danh &amp;sách nơi nhận:</translation>
    </message>
    <message>
        <source>The list of recipients under “Nơi nhận:”</source>
        <translation>Danh sách nơi nhận, dưới chữ “Nơi nhận:”</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>Phần &amp;chữ ký:</translation>
    </message>
    <message>
        <source>The authority, title and name of the signer</source>
        <translation>Thẩm quyền ký, chức vụ và họ tên người ký</translation>
    </message>
    <message>
        <source>Page nu&amp;mbers:</source>
        <translation>Số tr&amp;ang:</translation>
    </message>
    <message>
        <source>Page numbers at the top, from page 2 on</source>
        <translation>Số trang ở đầu trang, từ trang 2 trở đi</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Nhập tệp &amp;JSON…</translation>
    </message>
    <message>
        <source>Read a format profile from a JSON file into the form</source>
        <translation>Đọc bộ thể thức từ tệp JSON vào biểu mẫu</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất tệp JSON…</translation>
    </message>
    <message>
        <source>Write the format in the form to a JSON file</source>
        <translation>Ghi thể thức đang có trong biểu mẫu ra tệp JSON</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Khôi phục &amp;mặc định</translation>
    </message>
    <message>
        <source>Put the default format (Hướng dẫn 36-HD/VPTW) into the form</source>
        <translation>Đưa thể thức mặc định (Hướng dẫn 36-HD/VPTW) vào biểu mẫu</translation>
    </message>
    <message>
        <source>%1 (%2 × %3 mm)</source>
        <extracomment>Paper size in the list: &quot;A4 (210 × 297 mm)&quot;</extracomment>
        <translation>%1 (%2 × %3 mm)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Đóng, không lưu (Esc)</translation>
    </message>
    <message>
        <source>The format from “%1” is in the form; Save makes it the one documents use.</source>
        <translation>Thể thức từ “%1” đã được đưa vào biểu mẫu; bấm Lưu để văn bản dùng thể thức này.</translation>
    </message>
    <message>
        <source>The format was written to “%1”.</source>
        <translation>Đã ghi thể thức ra “%1”.</translation>
    </message>
    <message>
        <source>Put the default format into the form?</source>
        <translation>Đưa thể thức mặc định vào biểu mẫu?</translation>
    </message>
    <message>
        <source>The document format has changes that are not saved yet.</source>
        <translation>Thể thức văn bản có thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <source>Import document format</source>
        <translation>Nhập thể thức văn bản</translation>
    </message>
    <message>
        <source>Format profile (*.json)</source>
        <translation>Bộ thể thức (*.json)</translation>
    </message>
    <message>
        <source>Export document format</source>
        <translation>Xuất tệp thể thức văn bản</translation>
    </message>
    <message>
        <source>“%1” is not installed on this computer; documents made here use “%2”, which has the same letter widths.</source>
        <translation>Máy này chưa cài “%1”; văn bản tạo trên máy này dùng “%2”, có cùng độ rộng chữ.</translation>
    </message>
    <message>
        <source>&amp;Wording and guidance</source>
        <translation>&amp;Văn phong và hướng dẫn</translation>
    </message>
    <message>
        <source>&amp;Follow:</source>
        <translation>&amp;Theo hướng dẫn:</translation>
    </message>
    <message>
        <source>Sets every field below as that guidance has it; each can then be corrected</source>
        <translation>Đặt mọi mục dưới đây theo hướng dẫn đã chọn; sau đó vẫn sửa được từng mục</translation>
    </message>
    <message>
        <source>&amp;Line spacing of the body:</source>
        <translation>&amp;Giãn dòng phần nội dung:</translation>
    </message>
    <message>
        <source>Exactly this far apart (the 2026 guidance: 18–19 pt); 0 for single spacing</source>
        <translation>Khoảng cách dòng đúng bằng giá trị này (Hướng dẫn 2026: 18–19 pt); 0 là giãn dòng đơn</translation>
    </message>
    <message>
        <source>First-line inde&amp;nt:</source>
        <translation>Thụt đầu &amp;dòng:</translation>
    </message>
    <message>
        <source>How far the first line of a paragraph is indented</source>
        <translation>Dòng đầu của mỗi đoạn lùi vào bao nhiêu</translation>
    </message>
    <message>
        <source>&amp;End of the body:</source>
        <translation>Dấu &amp;kết thúc nội dung:</translation>
    </message>
    <message>
        <source>What follows the body&apos;s last sentence</source>
        <translation>Dấu đặt sau câu cuối của phần nội dung</translation>
    </message>
    <message>
        <source>&amp;Spelling in the header:</source>
        <translation>Cách &amp;viết ở tiêu đề:</translation>
    </message>
    <message>
        <source>Where the tone mark of “uy” goes in the header lines (TỈNH ỦY or TỈNH UỶ)</source>
        <translation>Vị trí dấu thanh của “uy” trong các dòng tiêu đề (TỈNH ỦY hay TỈNH UỶ)</translation>
    </message>
    <message>
        <source>&amp;Comma before “ngày” in citations (Chỉ thị số 39-CT/TW, ngày 18/8/2014)</source>
        <translation>Dấu &amp;phẩy trước “ngày” khi trích dẫn (Chỉ thị số 39-CT/TW, ngày 18/8/2014)</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title in bold</source>
        <translation>&amp;Chức vụ người ký in đậm</translation>
    </message>
    <message>
        <source>Co&amp;mmittees may sign K/T</source>
        <translation>Cấp ủy được ký K/&amp;T</translation>
    </message>
    <message>
        <source>Number the p&amp;rogramme&apos;s items</source>
        <translation>Đánh &amp;số các mục chương trình</translation>
    </message>
    <message>
        <source>As written</source>
        <extracomment>How the header spells &quot;uy&quot; with a tone: kept as the issuing body&apos;s lines are typed.</extracomment>
        <translation>Giữ như đã nhập</translation>
    </message>
    <message>
        <source>The header, number code, place, signer and recipients of a document are those of the body that issues it: set them in Directories → Issuing bodies.</source>
        <translation>Tiêu đề, ký hiệu số, địa danh, người ký và nơi nhận của văn bản là của cơ quan ban hành văn bản đó: khai báo trong Danh mục → Cơ quan ban hành.</translation>
    </message>
    <message>
        <source>Nothing is saved until you click Save.</source>
        <translation>Chưa có gì được lưu cho đến khi bấm Lưu.</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>now part of %1</source>
        <translation>nay là %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Sổ văn bản đi</translation>
    </message>
    <message>
        <source>The search failed. %1</source>
        <translation>Không tìm kiếm được. %1</translation>
    </message>
    <message>
        <source>Formerly: %1</source>
        <translation>Tên cũ: %1</translation>
    </message>
    <message>
        <source>Delegate: %1</source>
        <translation>Đại biểu: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>History — %1</source>
        <translation>Lịch sử — %1</translation>
    </message>
    <message>
        <source>Nothing has been logged for this record.</source>
        <translation>Chưa có thay đổi nào của bản ghi này được ghi lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n thay đổi, mới nhất ở trên.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Fix the file and run the command again.</source>
        <translation>
            <numerusform>Chưa nhập gì: %n dòng có lỗi. Hãy sửa tệp rồi chạy lại lệnh.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is already in the directory, skipped.</source>
        <translation>“%1” đã có trong danh mục, bỏ qua.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n person(s) would be added</source>
        <translation>
            <numerusform>Đã kiểm tra: sẽ thêm %n cán bộ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n unit(s) would be added</source>
        <translation>
            <numerusform>Đã kiểm tra: sẽ thêm %n đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the directory; nothing was written (--dry-run).</source>
        <translation>
            <numerusform>, %n dòng đã có trong danh mục; chưa ghi gì (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n person(s) added</source>
        <translation>
            <numerusform>Đã nhập: thêm %n cán bộ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n unit(s) added</source>
        <translation>
            <numerusform>Đã nhập: thêm %n đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the directory and skipped.</source>
        <translation>
            <numerusform>, bỏ qua %n dòng đã có trong danh mục.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n delegate row(s) would be added</source>
        <translation>
            <numerusform>Đã kiểm tra: sẽ thêm %n dòng đại biểu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them new to the directory; nothing was written (--dry-run).</source>
        <translation>
            <numerusform>, trong đó %n cán bộ mới vào danh mục; chưa ghi gì (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n delegate row(s) added to “%1”</source>
        <translation>
            <numerusform>Đã nhập: thêm %n dòng đại biểu vào “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new person(s) added to the directory.</source>
        <translation>
            <numerusform>, thêm %n cán bộ mới vào danh mục.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no commendation proposal number %1.</source>
        <translation>Không có đề nghị khen thưởng số %1.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n recipient(s) would be added to the list; nothing was written (--dry-run).</source>
        <translation>
            <numerusform>Đã kiểm tra: sẽ thêm %n người, tập thể vào danh sách; chưa ghi gì (--dry-run).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Chưa nhập gì.</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n recipient(s) added to the list.</source>
        <translation>
            <numerusform>Đã nhập: thêm %n người, tập thể vào danh sách.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsDialog</name>
    <message>
        <source>Indicators</source>
        <translation>Danh mục chỉ tiêu</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Adds up as</source>
        <translation>Cách tổng hợp</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Rename or change…</source>
        <translation>Đổi tê&amp;n, sửa…</translation>
    </message>
    <message>
        <source>Take &amp;out of use</source>
        <translation>Ngừng &amp;sử dụng</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Counted from the records: %1</source>
        <translation>Đếm từ hồ sơ: %1</translation>
    </message>
    <message>
        <source>Counted from the records</source>
        <translation>Đếm từ hồ sơ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Put back in &amp;use</source>
        <translation>&amp;Dùng lại</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Chỉ tiêu mới</translation>
    </message>
    <message>
        <source>Change the indicator</source>
        <translation>Sửa chỉ tiêu</translation>
    </message>
    <message>
        <source>đảng viên, tổ chức, %…</source>
        <translation>đảng viên, tổ chức, %…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên chỉ tiêu:</translation>
    </message>
    <message>
        <source>&amp;Counted in:</source>
        <translation>Đơn vị tín&amp;h:</translation>
    </message>
    <message>
        <source>&amp;Adds up as:</source>
        <translation>Cá&amp;ch tổng hợp:</translation>
    </message>
    <message>
        <source>“%1” is in the catalogue.</source>
        <translation>Đã thêm “%1” vào danh mục.</translation>
    </message>
    <message>
        <source>“%1” is out of use: it is no longer offered, and the tables of past years still show its figures when it is chosen.</source>
        <translation>Đã ngừng sử dụng “%1”: chỉ tiêu không còn được đưa ra để chọn; bảng số liệu các năm trước vẫn hiện số liệu của chỉ tiêu khi được chọn.</translation>
    </message>
    <message>
        <source>“%1” is in use again.</source>
        <translation>“%1” được dùng lại.</translation>
    </message>
    <message>
        <source>The indicator is deleted.</source>
        <translation>Đã xóa chỉ tiêu.</translation>
    </message>
</context>
<context>
    <name>InspectionEditor</name>
    <message>
        <source>Inspection</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Thông tin ch&amp;ung</translation>
    </message>
    <message>
        <source>Issued b&amp;y:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>The body that decides the inspection and issues its documents</source>
        <translation>Cơ quan quyết định thành lập đoàn và ban hành các văn bản của cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Team num&amp;ber:</source>
        <translation>Đoàn &amp;số:</translation>
    </message>
    <message>
        <source>Đoàn kiểm tra số …; empty when the team has no number</source>
        <translation>Đoàn kiểm tra số …; để trống nếu đoàn không đánh số</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <source>What the inspection is called in its decision</source>
        <translation>Tên đoàn (cuộc kiểm tra) như ghi trong quyết định</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <source>The number of the decision when another body issued it</source>
        <translation>Số, ký hiệu quyết định khi do cơ quan khác ban hành</translation>
    </message>
    <message>
        <source>Number and code, e.g. 1234-QĐ/TW</source>
        <translation>Số và ký hiệu, ví dụ 1234-QĐ/TW</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Kế hoạch:</translation>
    </message>
    <message>
        <source>The number of the inspection plan</source>
        <translation>Số, ký hiệu kế hoạch kiểm tra</translation>
    </message>
    <message>
        <source>Number and code of the plan</source>
        <translation>Số và ký hiệu kế hoạch</translation>
    </message>
    <message>
        <source>Document &amp;inspected:</source>
        <translation>Văn bản được k&amp;iểm tra:</translation>
    </message>
    <message>
        <source>The document whose implementation is inspected (Quy định 58-QĐ/TW…)</source>
        <translation>Văn bản được kiểm tra việc thực hiện (Quy định 58-QĐ/TW…)</translation>
    </message>
    <message>
        <source>Add a document to the directory without leaving the inspection</source>
        <translation>Thêm văn bản vào danh mục mà không rời cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Ne&amp;w document…</source>
        <translation>Thêm &amp;văn bản…</translation>
    </message>
    <message>
        <source>Period inspected &amp;from:</source>
        <translation>Thời kỳ kiểm tra &amp;từ:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Wor&amp;ks from:</source>
        <translation>Thời gi&amp;an làm việc từ:</translation>
    </message>
    <message>
        <source>The first day of the team&apos;s work</source>
        <translation>Ngày đầu tiên đoàn làm việc</translation>
    </message>
    <message>
        <source>until</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>The last day of the team&apos;s work</source>
        <translation>Ngày cuối cùng đoàn làm việc</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Se&amp;crecy:</source>
        <translation>Mứ&amp;c độ mật:</translation>
    </message>
    <message>
        <source>Purpose and re&amp;quirements:</source>
        <translation>Mục đích, &amp;yêu cầu:</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation>&amp;Phương pháp:</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Team &amp;members</source>
        <translation>Thành viên đ&amp;oàn</translation>
    </message>
    <message>
        <source>Type a name, with or without diacritics</source>
        <translation>Gõ họ tên, có dấu hoặc không dấu</translation>
    </message>
    <message>
        <source>as</source>
        <translation>với vai trò</translation>
    </message>
    <message>
        <source>&amp;Add to the team</source>
        <translation>&amp;Thêm vào đoàn</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>&amp;Remove from the team</source>
        <translation>&amp;Bỏ khỏi đoàn</translation>
    </message>
    <message>
        <source>T&amp;argets</source>
        <translation>Đối tượn&amp;g kiểm tra</translation>
    </message>
    <message>
        <source>Type the name of a unit or of a Party member, with or without diacritics</source>
        <translation>Gõ tên tổ chức đảng hoặc đảng viên, có dấu hoặc không dấu</translation>
    </message>
    <message>
        <source>&amp;Add the target</source>
        <translation>&amp;Thêm đối tượng</translation>
    </message>
    <message>
        <source>&amp;Remove the target</source>
        <translation>&amp;Bỏ đối tượng</translation>
    </message>
    <message>
        <source>Open the selected target: its working sessions, conclusion, violations and recommendations</source>
        <translation>Mở đối tượng đang chọn: lịch làm việc, kết luận, vi phạm và kiến nghị</translation>
    </message>
    <message>
        <source>&amp;Schedule, conclusion and recommendations…</source>
        <translation>Lịch làm việc, &amp;kết luận và kiến nghị…</translation>
    </message>
    <message>
        <source>C&amp;ontents</source>
        <translation>Nội &amp;dung kiểm tra</translation>
    </message>
    <message>
        <source>The contents inspected, in the order of the plan (double-click or F2 to edit).</source>
        <translation>Các nội dung kiểm tra, theo thứ tự trong kế hoạch (nhấp đúp hoặc F2 để sửa).</translation>
    </message>
    <message>
        <source>&amp;Add a content</source>
        <translation>&amp;Thêm nội dung</translation>
    </message>
    <message>
        <source>&amp;Remove the content</source>
        <translation>&amp;Bỏ nội dung</translation>
    </message>
    <message>
        <source>Attachment&amp;s</source>
        <translation>Tệp đính kè&amp;m</translation>
    </message>
    <message>
        <source>Edit inspection</source>
        <translation>Sửa đoàn kiểm tra</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Thêm đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Type a name to find the person…</source>
        <translation>Gõ họ tên để tìm cán bộ…</translation>
    </message>
    <message>
        <source>Unit: </source>
        <translation>Đơn vị: </translation>
    </message>
    <message>
        <source>Type the name of a unit or of a Party member to find it…</source>
        <translation>Gõ tên tổ chức đảng hoặc đảng viên để tìm…</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Issued from the outgoing document register as %1 of %2: its number and date are the register&apos;s.</source>
        <translation>Đã ban hành qua sổ văn bản đi, số %1 ngày %2: số và ngày lấy theo sổ.</translation>
    </message>
    <message>
        <source>Enter the number and date when another body issued the decision; a decision issued here gets them from the outgoing document register.</source>
        <translation>Ghi số và ngày khi quyết định do cơ quan khác ban hành; quyết định ban hành tại đây lấy số và ngày từ sổ văn bản đi.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n thành viên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n đối tượng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n content(s)</source>
        <translation>
            <numerusform>%n nội dung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: received %n day(s) late</source>
        <translation>
            <numerusform>%1: nộp chậm %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not received, due %2</source>
        <translation>%1: chưa nộp, hạn %2</translation>
    </message>
    <message>
        <source>Late self-inspection reports — %1.</source>
        <translation>Báo cáo tự kiểm tra chậm — %1.</translation>
    </message>
    <message>
        <source>Choose a person from the list first.</source>
        <translation>Hãy chọn một cán bộ trong danh sách trước.</translation>
    </message>
    <message>
        <source>“%1” is already a member of the team.</source>
        <translation>“%1” đã là thành viên của đoàn.</translation>
    </message>
    <message>
        <source>Choose a unit or a Party member from the list first.</source>
        <translation>Hãy chọn một tổ chức đảng hoặc đảng viên trong danh sách trước.</translation>
    </message>
    <message>
        <source>“%1” is already a target of this inspection.</source>
        <translation>“%1” đã là đối tượng của cuộc kiểm tra này.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n recommendation(s) followed up with their history: the target cannot be removed.</source>
        <translation>
            <numerusform>“%1” có %n kiến nghị đang được theo dõi cùng lịch sử khắc phục: không thể bỏ đối tượng này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a target in the list first.</source>
        <translation>Hãy chọn một đối tượng trong danh sách trước.</translation>
    </message>
    <message>
        <source>Schedule, conclusion and recommendations</source>
        <translation>Lịch làm việc, kết luận và kiến nghị</translation>
    </message>
    <message>
        <source>“%1” is not saved yet. Save the inspection now?</source>
        <translation>“%1” chưa được lưu. Lưu đoàn kiểm tra ngay bây giờ?</translation>
    </message>
    <message>
        <source>The document joins the directory when the inspection is saved.</source>
        <translation>Văn bản sẽ được thêm vào danh mục khi lưu đoàn kiểm tra.</translation>
    </message>
    <message>
        <source>Enter the name of the inspection.</source>
        <translation>Hãy nhập tên đoàn kiểm tra.</translation>
    </message>
    <message>
        <source>The period inspected ends before it starts.</source>
        <translation>Thời kỳ kiểm tra kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>The working period ends before it starts.</source>
        <translation>Thời gian làm việc của đoàn kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>“%1” is in the team twice; remove one of the rows.</source>
        <translation>“%1” có hai lần trong đoàn; hãy bỏ một dòng.</translation>
    </message>
    <message>
        <source>“%1” is a target twice; remove one of the rows.</source>
        <translation>“%1” là đối tượng kiểm tra hai lần; hãy bỏ một dòng.</translation>
    </message>
    <message>
        <source>Content %1 has no text; write it or remove the row.</source>
        <translation>Nội dung %1 chưa có chữ; hãy ghi nội dung hoặc bỏ dòng đó.</translation>
    </message>
</context>
<context>
    <name>InspectionLists</name>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Document inspected</source>
        <translation>Văn bản được kiểm tra</translation>
    </message>
    <message>
        <source>Period inspected</source>
        <translation>Thời kỳ kiểm tra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Open recommendations</source>
        <translation>Kiến nghị chưa xong</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Nhiệm vụ trong đoàn</translation>
    </message>
    <message>
        <source>Title held at the time</source>
        <translation>Chức vụ khi đó</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nay là</translation>
    </message>
    <message>
        <source>until</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Unit or Party member</source>
        <translation>Tổ chức đảng hoặc đảng viên</translation>
    </message>
    <message>
        <source>Self-inspection report due</source>
        <translation>Hạn nộp báo cáo tự kiểm tra</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Ngày nhận báo cáo</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Độ mật</translation>
    </message>
</context>
<context>
    <name>InspectionReport</name>
    <message>
        <source>There is no inspection number %1 in this database.</source>
        <translation>Không có cuộc kiểm tra số %1 trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>There is no inspected target number %1 in this database.</source>
        <translation>Không có đối tượng kiểm tra số %1 trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>The inspection “%1” has no team yet: add its head and members on the Team tab before printing the decision. A draft can be printed meanwhile.</source>
        <translation>Cuộc kiểm tra “%1” chưa có thành viên đoàn: nhập trưởng đoàn và các thành viên ở thẻ Thành viên đoàn trước khi in quyết định. Trong khi chờ, có thể in bản dự thảo.</translation>
    </message>
    <message>
        <source>The inspection “%1” has no contents yet: add them on the Contents tab before printing the plan. A draft can be printed meanwhile.</source>
        <translation>Cuộc kiểm tra “%1” chưa có nội dung kiểm tra: nhập ở thẻ Nội dung trước khi in kế hoạch. Trong khi chờ, có thể in bản dự thảo.</translation>
    </message>
    <message>
        <source>The inspection “%1” has no working sessions yet: add them on the Targets and schedule tab before printing the schedule.</source>
        <translation>Cuộc kiểm tra “%1” chưa có buổi làm việc nào: nhập ở thẻ Đối tượng và lịch làm việc trước khi in lịch làm việc.</translation>
    </message>
    <message>
        <source>“%1” has no conclusion yet: mark the target concluded, with the date, on the Conclusions tab before printing the notice. A draft can be printed meanwhile.</source>
        <translation>“%1” chưa có kết luận: đánh dấu đối tượng đã kết luận, kèm ngày kết luận, ở thẻ Kết luận trước khi in thông báo. Trong khi chờ, có thể in bản dự thảo.</translation>
    </message>
    <message>
        <source>The inspection “%1” has no recommendations to follow up yet.</source>
        <translation>Cuộc kiểm tra “%1” chưa có kiến nghị nào để theo dõi.</translation>
    </message>
    <message>
        <source>“%1” has no overdue recommendation today (%2): there is nothing to remind it of.</source>
        <translation>Đến hôm nay (%2), “%1” không có kiến nghị nào quá hạn: không có gì để đôn đốc.</translation>
    </message>
</context>
<context>
    <name>InspectionRows</name>
    <message>
        <source>Confidential — only those with the right clearance may see it</source>
        <translation>Mật — chỉ người có thẩm quyền được xem</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Của</translation>
    </message>
    <message>
        <source>Organization concerned</source>
        <translation>Tổ chức liên quan</translation>
    </message>
    <message>
        <source>Party member concerned (confidential)</source>
        <translation>Đảng viên liên quan (Mật)</translation>
    </message>
    <message>
        <source>Inspection content</source>
        <translation>Nội dung kiểm tra</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị chịu trách nhiệm</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Latest remedy report</source>
        <translation>Báo cáo khắc phục gần nhất</translation>
    </message>
</context>
<context>
    <name>InspectionStatistics</name>
    <message>
        <source>The period needs a first and a last day, the first not after the last.</source>
        <translation>Kỳ thống kê cần có ngày đầu và ngày cuối, ngày đầu không sau ngày cuối.</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Inspection teams</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Quick filter — type without diacritics too (Ctrl+F)</source>
        <translation>Lọc nhanh, gõ không dấu được (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>With &amp;overdue recommendations</source>
        <translation>Có kiến nghị &amp;quá hạn</translation>
    </message>
    <message>
        <source>Only the inspections with a recommendation past its deadline and not yet remedied</source>
        <translation>Chỉ những đoàn có kiến nghị đã quá hạn mà chưa khắc phục</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Thêm &amp;mới</translation>
    </message>
    <message>
        <source>Add an inspection (Ctrl+N)</source>
        <translation>Thêm đoàn kiểm tra (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Edit the selected inspection (Enter)</source>
        <translation>Sửa đoàn kiểm tra đang chọn (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete the selected inspection (Delete)</source>
        <translation>Xóa đoàn kiểm tra đang chọn (Delete)</translation>
    </message>
    <message>
        <source>Do&amp;cument:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>The document to print for the selected inspection or one of its targets</source>
        <translation>Văn bản cần in của đoàn kiểm tra đang chọn hoặc của một đối tượng kiểm tra</translation>
    </message>
    <message>
        <source>Dra&amp;ft</source>
        <translation>&amp;Dự thảo</translation>
    </message>
    <message>
        <source>Print a draft marked DỰ THẢO, without a number</source>
        <translation>In bản dự thảo có chữ DỰ THẢO, không có số</translation>
    </message>
    <message>
        <source>Issue &amp;number…</source>
        <translation>Cấ&amp;p số…</translation>
    </message>
    <message>
        <source>Take the next number of the outgoing document register for this document</source>
        <translation>Lấy số tiếp theo trong sổ văn bản đi cho văn bản này</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Xem trước &amp;khi in…</translation>
    </message>
    <message>
        <source>Print preview (Ctrl+Shift+P)</source>
        <translation>Xem trước khi in (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>In (Ctrl+P)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>X&amp;uất tệp…</translation>
    </message>
    <message>
        <source>Save as PDF, DOCX, ODT or HTML (Ctrl+Shift+E)</source>
        <translation>Lưu thành PDF, DOCX, ODT hoặc HTML (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Không xóa được</translation>
    </message>
    <message numerus="yes">
        <source>“%1” cannot be deleted: its targets have %n recommendation(s), kept with their remedy history.</source>
        <translation>
            <numerusform>Không thể xóa “%1”: các đối tượng kiểm tra có %n kiến nghị, được lưu giữ cùng lịch sử khắc phục.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the inspection “%1” with its members, targets, contents and attachments?</source>
        <translation>Xóa đoàn kiểm tra “%1” cùng thành viên, đối tượng, nội dung kiểm tra và tệp đính kèm?</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n đoàn kiểm tra</numerusform>
        </translation>
    </message>
    <message>
        <source>No document of an inspection can be printed yet.</source>
        <translation>Chưa có văn bản nào của đoàn kiểm tra để in.</translation>
    </message>
    <message>
        <source>Select an inspection to print its documents.</source>
        <translation>Chọn một đoàn kiểm tra để in các văn bản của đoàn.</translation>
    </message>
    <message>
        <source>%1: the inspection has no target yet.</source>
        <translation>%1: đoàn kiểm tra chưa có đối tượng nào.</translation>
    </message>
    <message>
        <source>%1: one for each target; you choose the target when you print it.</source>
        <translation>%1: mỗi đối tượng một văn bản; khi in sẽ chọn đối tượng.</translation>
    </message>
    <message>
        <source>%1: number %2 of %3 in the outgoing document register.</source>
        <translation>%1: số %2 ngày %3 trong sổ văn bản đi.</translation>
    </message>
    <message>
        <source>%1: no number yet — it prints as a draft with room for the number.</source>
        <translation>%1: chưa có số — in ra bản dự thảo, để trống chỗ ghi số.</translation>
    </message>
    <message>
        <source>The inspection was changed after it was issued: printing gives the issued copy; issue a replacement to print the changes.</source>
        <translation>Đoàn kiểm tra đã được sửa sau khi ban hành: khi in sẽ ra bản đã ban hành; muốn in nội dung đã sửa, hãy ban hành văn bản thay thế.</translation>
    </message>
    <message>
        <source>This document already has the number %1. To give it another, cancel that number in the outgoing document register first.</source>
        <translation>Văn bản này đã có số %1. Muốn cấp số khác, trước hết hãy hủy số đó trong sổ văn bản đi.</translation>
    </message>
    <message>
        <source>The inspection was changed after %1 was issued. Issue “%2” again with the next number of type %3/%4, dated %5, replacing %1?</source>
        <translation>Đoàn kiểm tra đã được sửa sau khi ban hành văn bản %1. Ban hành lại “%2” với số tiếp theo của loại %3/%4, ngày %5, thay thế văn bản %1?</translation>
    </message>
    <message>
        <source>Give “%1” the next number of type %2/%3, dated %4?</source>
        <translation>Cấp cho “%1” số tiếp theo của loại %2/%3, ngày %4?</translation>
    </message>
    <message>
        <source>The document is kept as issued: printing it again gives the same pages. A number once given is never given again, even if the document is cancelled.</source>
        <translation>Văn bản được lưu đúng như khi ban hành: in lại sẽ ra đúng các trang đó. Số đã cấp không bao giờ được cấp lại, kể cả khi văn bản bị hủy.</translation>
    </message>
    <message>
        <source>The inspection has no target yet: add its targets in the inspection first.</source>
        <translation>Đoàn kiểm tra chưa có đối tượng: hãy thêm đối tượng kiểm tra trong đoàn trước.</translation>
    </message>
    <message>
        <source>The document of which target?</source>
        <translation>Văn bản của đối tượng nào?</translation>
    </message>
    <message>
        <source>Secrecy level of the records listed</source>
        <translation>Độ mật của các hồ sơ trong danh sách</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Mọi độ mật</translation>
    </message>
</context>
<context>
    <name>IssuedCopy</name>
    <message>
        <source>Issued copy — %1</source>
        <translation>Bản đã ban hành — %1</translation>
    </message>
    <message>
        <source>The issued copy could not be read.</source>
        <translation>Không đọc được bản đã ban hành.</translation>
    </message>
    <message>
        <source>Save the issued copy</source>
        <translation>Lưu bản đã ban hành</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Date of the &amp;document:</source>
        <translation>&amp;Ngày văn bản:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>Type the date of the document.</source>
        <translation>Hãy nhập ngày của văn bản.</translation>
    </message>
</context>
<context>
    <name>Issuing</name>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Ngày %1 là ngày trong tương lai.</translation>
    </message>
    <message>
        <source>Unknown report “%1”.</source>
        <translation>Không có loại văn bản “%1”.</translation>
    </message>
    <message>
        <source>The notice is dated %1, before the day of the conference (%2).</source>
        <translation>Thông báo đề ngày %1, trước ngày họp Hội nghị (%2).</translation>
    </message>
    <message>
        <source>The invitation is dated %1, after the day of the conference (%2).</source>
        <translation>Giấy mời đề ngày %1, sau ngày họp Hội nghị (%2).</translation>
    </message>
    <message>
        <source>The document is dated %1, after the inspection&apos;s working period began (%2).</source>
        <translation>Văn bản ghi ngày %1, sau ngày bắt đầu kiểm tra (%2).</translation>
    </message>
    <message>
        <source>The plan is dated %1, before the decision setting up the team (%2).</source>
        <translation>Kế hoạch ghi ngày %1, trước quyết định thành lập Đoàn (%2).</translation>
    </message>
    <message>
        <source>The notice is dated %1, before the team&apos;s last working session with the target (%2).</source>
        <translation>Thông báo ghi ngày %1, trước buổi làm việc cuối cùng của Đoàn với đối tượng kiểm tra (%2).</translation>
    </message>
    <message>
        <source>“%1” goes with the record&apos;s papers and is not numbered.</source>
        <translation>“%1” đi kèm hồ sơ, không đánh số.</translation>
    </message>
</context>
<context>
    <name>IssuingBodyEditor</name>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>G&amp;eneral</source>
        <translation>Thông tin ch&amp;ung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>e.g. Ban Thường vụ Tỉnh ủy Thanh Hóa</source>
        <translation>Ví dụ: Ban Thường vụ Tỉnh ủy Thanh Hóa</translation>
    </message>
    <message>
        <source>How the body is named in lists and pickers</source>
        <translation>Tên của cơ quan trong các danh sách và ô chọn</translation>
    </message>
    <message>
        <source>&amp;Superior body:</source>
        <translation>Cơ quan cấp t&amp;rên:</translation>
    </message>
    <message>
        <source>e.g. ĐẢNG BỘ TỈNH THANH HÓA</source>
        <translation>Ví dụ: ĐẢNG BỘ TỈNH THANH HÓA</translation>
    </message>
    <message>
        <source>First line of the header, top left, in capitals; empty for a body with none above it</source>
        <translation>Dòng đầu của tiêu đề, góc trên bên trái, chữ in hoa; để trống nếu cơ quan không có cấp trên</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>e.g. BAN THƯỜNG VỤ</source>
        <translation>Ví dụ: BAN THƯỜNG VỤ</translation>
    </message>
    <message>
        <source>Second line of the header, in bold capitals, with an asterisk under it</source>
        <translation>Dòng thứ hai của tiêu đề, chữ in hoa đậm, bên dưới có dấu sao</translation>
    </message>
    <message>
        <source>Header as printed:</source>
        <translation>Tiêu đề khi in:</translation>
    </message>
    <message>
        <source>The number and the date are an example: the first notice, issued today</source>
        <translation>Số và ngày chỉ là ví dụ: thông báo số đầu tiên, ban hành hôm nay</translation>
    </message>
    <message>
        <source>&amp;Place name:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>e.g. Thanh Hóa</source>
        <translation>Ví dụ: Thanh Hóa</translation>
    </message>
    <message>
        <source>Printed in the date line: “Thanh Hóa, ngày …”</source>
        <translation>In ở dòng địa danh, ngày tháng: “Thanh Hóa, ngày …”</translation>
    </message>
    <message>
        <source>Issuer &amp;code:</source>
        <translation>&amp;Ký hiệu cơ quan:</translation>
    </message>
    <message>
        <source>e.g. TU, BTVTU, UBKTTU, ĐUK</source>
        <translation>Ví dụ: TU, BTVTU, UBKTTU, ĐUK</translation>
    </message>
    <message>
        <source>The code after the slash in document numbers: 01-TB/TU</source>
        <translation>Ký hiệu đứng sau dấu gạch chéo trong số văn bản: 01-TB/TU</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>The unit of the directory this body is; a conference it organizes prints under this body</source>
        <translation>Đơn vị trong danh mục ứng với cơ quan này; văn bản của hội nghị do đơn vị này tổ chức được in dưới tên cơ quan này</translation>
    </message>
    <message>
        <source>Numbers &amp;run:</source>
        <translation>Đánh &amp;số:</translation>
    </message>
    <message>
        <source>Party guidance numbers from 01 within each term of the committee; some offices number per calendar year</source>
        <translation>Theo hướng dẫn của Đảng, số văn bản bắt đầu từ 01 trong mỗi nhiệm kỳ cấp ủy; một số văn phòng đánh số theo năm</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Mặc định:</translation>
    </message>
    <message>
        <source>Issues the &amp;documents of records that name no body</source>
        <translation>Ban hành văn bản của các hồ sơ không ghi cơ &amp;quan nào</translation>
    </message>
    <message>
        <source>Register c&amp;losed on:</source>
        <translation>Khóa sổ &amp;ngày:</translation>
    </message>
    <message>
        <source>After a merger the old body issues nothing more: its register is closed on the day it ends</source>
        <translation>Sau khi hợp nhất, cơ quan cũ không ban hành văn bản nữa: sổ văn bản của cơ quan được khóa vào ngày cơ quan kết thúc</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>Nhiệ&amp;m kỳ</translation>
    </message>
    <message>
        <source>A term (nhiệm kỳ) runs from the day after one congress closes to the day the next one closes. Numbers start again from 01 in each term; terms may not overlap.</source>
        <translation>Nhiệm kỳ tính từ ngày sau khi đại hội khóa trước bế mạc đến ngày đại hội khóa sau bế mạc. Số văn bản bắt đầu lại từ 01 trong mỗi nhiệm kỳ; các nhiệm kỳ không được trùng nhau.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Nhiệm kỳ</translation>
    </message>
    <message>
        <source>&amp;Add term</source>
        <translation>&amp;Thêm nhiệm kỳ</translation>
    </message>
    <message>
        <source>&amp;Remove term</source>
        <translation>&amp;Xóa nhiệm kỳ</translation>
    </message>
    <message>
        <source>Si&amp;gners</source>
        <translation>N&amp;gười ký</translation>
    </message>
    <message>
        <source>Who signs each kind of document, e.g. the notice T/M BAN THƯỜNG VỤ / BÍ THƯ, the invitation T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG. “Every other kind” signs the kinds that have no signer of their own.</source>
        <translation>Người ký từng loại văn bản, ví dụ thông báo: T/M BAN THƯỜNG VỤ / BÍ THƯ; giấy mời: T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG. Người ký “Các loại văn bản khác” ký những loại chưa có người ký riêng.</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>&amp;Add signer</source>
        <translation>&amp;Thêm người ký</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Remove signer</source>
        <translation>Xó&amp;a người ký</translation>
    </message>
    <message>
        <source>Re&amp;cipients of the selected signer&apos;s documents, one per line (“Nơi nhận”):</source>
        <translation>&amp;Nơi nhận văn bản của người ký đang chọn, mỗi dòng một nơi:</translation>
    </message>
    <message>
        <source>- Ban Thường vụ Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.</source>
        <translation>- Ban Thường vụ Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.</translation>
    </message>
    <message>
        <source>Edit issuing body</source>
        <translation>Sửa cơ quan ban hành</translation>
    </message>
    <message>
        <source>New issuing body</source>
        <translation>Thêm cơ quan ban hành</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(không có đơn vị)</translation>
    </message>
    <message>
        <source>Every other kind</source>
        <translation>Các loại văn bản khác</translation>
    </message>
    <message>
        <source>“%1” is how state documents sign; Party documents write T/M, K/T or T/L.</source>
        <translation>“%1” là cách ghi của văn bản nhà nước; văn bản của Đảng ghi T/M, K/T hoặc T/L.</translation>
    </message>
    <message>
        <source>No term is recorded yet.</source>
        <translation>Chưa có nhiệm kỳ nào.</translation>
    </message>
    <message>
        <source>No term holds today (%1).</source>
        <translation>Hôm nay (%1) không thuộc nhiệm kỳ nào.</translation>
    </message>
    <message>
        <source>Current term: %1, from %2 to %3.</source>
        <translation>Nhiệm kỳ hiện tại: %1, từ %2 đến %3.</translation>
    </message>
    <message>
        <source>Current term: %1, from %2.</source>
        <translation>Nhiệm kỳ hiện tại: %1, từ %2.</translation>
    </message>
    <message>
        <source>Enter the name of the issuing body, e.g. Ban Thường vụ Tỉnh ủy.</source>
        <translation>Nhập tên cơ quan ban hành, ví dụ: Ban Thường vụ Tỉnh ủy.</translation>
    </message>
    <message>
        <source>Enter the issuing body as its header prints it, e.g. BAN THƯỜNG VỤ.</source>
        <translation>Nhập tên cơ quan ban hành như in ở tiêu đề, ví dụ: BAN THƯỜNG VỤ.</translation>
    </message>
    <message>
        <source>Enter the code its document numbers end with, e.g. TU in 01-TB/TU.</source>
        <translation>Nhập ký hiệu cơ quan ở cuối số văn bản, ví dụ: TU trong 01-TB/TU.</translation>
    </message>
    <message>
        <source>The code “%1” is letters and digits only, as it follows the slash in 01-TB/TU.</source>
        <translation>Ký hiệu “%1” chỉ gồm chữ và số, vì nó đứng sau dấu gạch chéo như trong 01-TB/TU.</translation>
    </message>
    <message>
        <source>Term %1 has no name, e.g. Nhiệm kỳ 2020–2025.</source>
        <translation>Nhiệm kỳ thứ %1 chưa có tên, ví dụ: Nhiệm kỳ 2020–2025.</translation>
    </message>
    <message>
        <source>Enter the day the term “%1” begins.</source>
        <translation>Nhập ngày bắt đầu của “%1”.</translation>
    </message>
    <message>
        <source>The term “%1” begins on “%2”, which is not a date.</source>
        <translation>Ngày bắt đầu của “%1” là “%2”, không phải là một ngày.</translation>
    </message>
    <message>
        <source>The term “%1” ends on “%2”, which is not a date.</source>
        <translation>Ngày kết thúc của “%1” là “%2”, không phải là một ngày.</translation>
    </message>
    <message>
        <source>The term “%1” ends before it begins.</source>
        <translation>“%1” kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The terms “%1” and “%2” overlap: “%1” ends on %3, so “%2” begins on %4 at the earliest.</source>
        <translation>Hai nhiệm kỳ “%1” và “%2” trùng nhau: “%1” kết thúc ngày %3, nên “%2” bắt đầu sớm nhất từ ngày %4.</translation>
    </message>
    <message>
        <source>The terms “%1” and “%2” overlap: “%1” has no end. Enter the day it ends (the day the next congress closes).</source>
        <translation>Hai nhiệm kỳ “%1” và “%2” trùng nhau: “%1” chưa có ngày kết thúc. Nhập ngày kết thúc (ngày đại hội khóa sau bế mạc).</translation>
    </message>
    <message>
        <source>Two signers are set for “%1”; each kind of document has one signer.</source>
        <translation>Có hai người ký cho “%1”; mỗi loại văn bản chỉ có một người ký.</translation>
    </message>
    <message>
        <source>Signer %1: enter the authority line, e.g. T/M BAN THƯỜNG VỤ.</source>
        <translation>Người ký thứ %1: nhập thẩm quyền ký, ví dụ: T/M BAN THƯỜNG VỤ.</translation>
    </message>
    <message>
        <source>Signer %1: enter the title of the signer, e.g. BÍ THƯ.</source>
        <translation>Người ký thứ %1: nhập chức vụ của người ký, ví dụ: BÍ THƯ.</translation>
    </message>
    <message>
        <source>Signer %1: enter the name of the signer.</source>
        <translation>Người ký thứ %1: nhập họ và tên người ký.</translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s) organized by “%1” are issued by this body. With another unit their documents would be headed and signed by another body: choose this body as the issuing body of each of them first, or keep the unit.</source>
        <translation>
            <numerusform>%n hội nghị do “%1” tổ chức đang ban hành văn bản dưới tên cơ quan này. Đổi sang đơn vị khác thì văn bản của các hội nghị đó sẽ mang tiêu đề và người ký của cơ quan khác: hãy chọn cơ quan này làm cơ quan ban hành trong từng hội nghị trước, hoặc giữ nguyên đơn vị.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuingBodyModels</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Issues by default</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <source>Register closed on</source>
        <translation>Khóa sổ ngày</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Nhiệm kỳ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Party committee</source>
        <translation>Cấp ủy</translation>
    </message>
    <message>
        <source>Standing board</source>
        <translation>Ban Thường vụ</translation>
    </message>
    <message>
        <source>Central body</source>
        <translation>Cơ quan Trung ương</translation>
    </message>
    <message>
        <source>Advisory body (commission, office)</source>
        <translation>Cơ quan tham mưu (ban, văn phòng)</translation>
    </message>
    <message>
        <source>Subcommittee, steering committee</source>
        <translation>Tiểu ban, ban chỉ đạo</translation>
    </message>
    <message>
        <source>Party organization (Party body, cell)</source>
        <translation>Tổ chức đảng (đảng bộ, chi bộ)</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>Cơ quan nhà nước</translation>
    </message>
    <message>
        <source>Fatherland Front, mass organization</source>
        <translation>Mặt trận Tổ quốc, đoàn thể chính trị - xã hội</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Interim review</source>
        <translation>Sơ kết</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>Tổng kết</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Quán triệt</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Giao ban</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Đã kết luận</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>Tuyệt mật</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>Thượng khẩn</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Hỏa tốc</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Presents the report</source>
        <translation>Trình bày báo cáo</translation>
    </message>
    <message>
        <source>Discussion paper</source>
        <translation>Tham luận</translation>
    </message>
    <message>
        <source>Opening speech</source>
        <translation>Phát biểu khai mạc</translation>
    </message>
    <message>
        <source>Concluding speech</source>
        <translation>Phát biểu kết luận</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Được mời</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Khai mạc</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Thảo luận</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Bế mạc</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Đang làm việc</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Head of team</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>Phó Trưởng đoàn</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Đã lên lịch</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang kiểm tra</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Being remedied</source>
        <translation>Đang khắc phục</translation>
    </message>
    <message>
        <source>Remedied</source>
        <translation>Đã khắc phục</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Giấy mời</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Cả ngày</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Buổi sáng</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Buổi chiều</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Buổi tối</translation>
    </message>
    <message>
        <source>Protocol order (role, then title)</source>
        <translation>Theo nghi thức (vai trò, rồi chức vụ)</translation>
    </message>
    <message>
        <source>As arranged by hand</source>
        <translation>Theo thứ tự tự sắp xếp</translation>
    </message>
    <message>
        <source>Per term of the committee</source>
        <translation>Theo nhiệm kỳ cấp ủy</translation>
    </message>
    <message>
        <source>Per calendar year</source>
        <translation>Theo năm dương lịch</translation>
    </message>
    <message>
        <source>Following up remedies</source>
        <translation>Đang theo dõi khắc phục</translation>
    </message>
    <message>
        <source>Not yet acted on</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>Re-checked</source>
        <translation>Đã kiểm tra lại</translation>
    </message>
    <message>
        <source>Not carried out</source>
        <translation>Không thực hiện</translation>
    </message>
    <message>
        <source>Remedy report received</source>
        <translation>Nhận báo cáo khắc phục</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Gửi văn bản đôn đốc</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Bản giải trình</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation>Định kỳ</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>Đột xuất</translation>
    </message>
    <message>
        <source>Party membership badge round</source>
        <translation>Đợt tặng Huy hiệu Đảng</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đã đề nghị</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Đã xét</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Đã quyết định</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút</translation>
    </message>
    <message>
        <source>Collectives and individuals</source>
        <translation>Tập thể và cá nhân</translation>
    </message>
    <message>
        <source>Collectives only</source>
        <translation>Chỉ tập thể</translation>
    </message>
    <message>
        <source>Individuals only</source>
        <translation>Chỉ cá nhân</translation>
    </message>
    <message>
        <source>Not yet reviewed</source>
        <translation>Chưa xét</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <source>Name of the recipient</source>
        <translation>Tên đối tượng khen thưởng</translation>
    </message>
    <message>
        <source>Unit or title of the recipient</source>
        <translation>Chức vụ, đơn vị của đối tượng</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <source>Decision number and date</source>
        <translation>Số và ngày quyết định</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Địa danh và ngày tháng</translation>
    </message>
    <message>
        <source>Signing authority (T/M …)</source>
        <translation>Thẩm quyền ký (T/M …)</translation>
    </message>
    <message>
        <source>Title of the signer</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Name of the signer</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Số huy hiệu</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>Chữ cố định</translation>
    </message>
    <message>
        <source>Centred</source>
        <translation>Giữa</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <source>Reprimand</source>
        <translation>Khiển trách</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh cáo</translation>
    </message>
    <message>
        <source>Dismissal from office</source>
        <translation>Cách chức</translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation>Khai trừ</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Records clerk</source>
        <translation>Văn thư</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Chỉ xem</translation>
    </message>
    <message>
        <source>Sum over units and years</source>
        <translation>Cộng dồn (theo đơn vị và theo năm)</translation>
    </message>
    <message>
        <source>Latest value (added up over units)</source>
        <translation>Số liệu thời điểm mới nhất (cộng các đơn vị)</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Bình quân</translation>
    </message>
    <message>
        <source>Conferences held</source>
        <translation>Hội nghị đã tổ chức</translation>
    </message>
    <message>
        <source>Inspections begun</source>
        <translation>Cuộc kiểm tra đã tiến hành</translation>
    </message>
    <message>
        <source>Party organizations inspected</source>
        <translation>Tổ chức đảng được kiểm tra</translation>
    </message>
    <message>
        <source>Party organizations found in violation</source>
        <translation>Tổ chức đảng có vi phạm qua kiểm tra</translation>
    </message>
    <message>
        <source>Party members inspected</source>
        <translation>Đảng viên được kiểm tra</translation>
    </message>
    <message>
        <source>Party members found in violation</source>
        <translation>Đảng viên có vi phạm qua kiểm tra</translation>
    </message>
    <message>
        <source>Recommendations made</source>
        <translation>Kiến nghị sau kiểm tra</translation>
    </message>
    <message>
        <source>Recommendations remedied on time</source>
        <translation>Kiến nghị khắc phục đúng hạn</translation>
    </message>
    <message>
        <source>Commendations given</source>
        <translation>Lượt được khen thưởng</translation>
    </message>
    <message>
        <source>Party membership badges given</source>
        <translation>Huy hiệu Đảng được trao</translation>
    </message>
</context>
<context>
    <name>LegalDocumentEditor</name>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>&amp;Number and code:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>e.g. 39-CT/TW</source>
        <translation>Ví dụ: 39-CT/TW</translation>
    </message>
    <message>
        <source>As printed on the document: number, hyphen, type, slash, issuer</source>
        <translation>Ghi đúng như trên văn bản: số, gạch nối, loại văn bản, gạch chéo, cơ quan ban hành</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>&amp;Date issued:</source>
        <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <source>e.g. Về tăng cường công tác bảo vệ chính trị nội bộ trong tình hình hiện nay</source>
        <translation>Ví dụ: Về tăng cường công tác bảo vệ chính trị nội bộ trong tình hình hiện nay</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Edit document</source>
        <translation>Sửa thông tin văn bản</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Thêm văn bản</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>Enter the number and code, e.g. 39-CT/TW.</source>
        <translation>Nhập số, ký hiệu văn bản, ví dụ: 39-CT/TW.</translation>
    </message>
    <message>
        <source>“%1” is not written like a Party document&apos;s number and code: number, hyphen, type, slash, issuer — e.g. 39-CT/TW.</source>
        <translation>“%1” không đúng cách ghi số, ký hiệu văn bản của Đảng: số, gạch nối, loại văn bản, gạch chéo, cơ quan ban hành — ví dụ: 39-CT/TW.</translation>
    </message>
    <message>
        <source>Choose the type of the document.</source>
        <translation>Chọn loại văn bản.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>This page has no list to export.</source>
        <translation>Trang này không có danh sách để xuất.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Đã xuất %n dòng ra tệp %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;CSV, phân cách bằng dấu phẩy (*.csv)</translation>
    </message>
</context>
<context>
    <name>ListOutput</name>
    <message>
        <source>Conferences</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Inspection teams</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Inspection conclusions</source>
        <translation>Kết luận kiểm tra</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Outgoing document register</source>
        <translation>Sổ văn bản đi</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
</context>
<context>
    <name>ListViews</name>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Thao tác này không hoàn tác được.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Không xóa được</translation>
    </message>
    <message>
        <source>“%1” was changed in another window meanwhile; look at it again before deleting it.</source>
        <translation>“%1” vừa được sửa ở cửa sổ khác; hãy xem lại trước khi xóa.</translation>
    </message>
</context>
<context>
    <name>LiveFiles</name>
    <message>
        <source>“%1” is the database this window has open (or one of its journal files). To keep a copy of it, use File › Back up.</source>
        <translation>“%1” là cơ sở dữ liệu cửa sổ này đang mở (hoặc một tệp nhật ký của nó). Muốn giữ một bản sao, hãy dùng Tệp › Sao lưu.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Tên tài khoản:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The database “%1” has accounts: log in to open it.</source>
        <translation>Cơ sở dữ liệu “%1” có tài khoản: hãy đăng nhập để mở.</translation>
    </message>
    <message>
        <source>The window is locked. Type the password of “%1” to go on where you left off, or log in as another account.</source>
        <translation>Cửa sổ đang khóa. Nhập mật khẩu của “%1” để làm tiếp công việc đang dở, hoặc đăng nhập bằng tài khoản khác.</translation>
    </message>
    <message>
        <source>Logged out of “%1”. Any account may log in.</source>
        <translation>Đã đăng xuất khỏi “%1”. Tài khoản nào cũng có thể đăng nhập.</translation>
    </message>
    <message>
        <source>Type the account name.</source>
        <translation>Hãy nhập tên tài khoản.</translation>
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
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation>Tạo một tệp cơ sở dữ liệu mới, chưa có dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Mở một tệp cơ sở dữ liệu khác</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Sao &amp;lưu…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the whole database to a new file</source>
        <translation>Ghi một bản sao nhất quán của toàn bộ cơ sở dữ liệu ra tệp mới</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Xuất tệp &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>Close Secretariat</source>
        <translation>Đóng Secretariat</translation>
    </message>
    <message>
        <source>&amp;About Secretariat</source>
        <translation>&amp;Giới thiệu Secretariat</translation>
    </message>
    <message>
        <source>Version and purpose of the program</source>
        <translation>Phiên bản và công dụng của chương trình</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>Inspection teams</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Inspection conclusions</source>
        <translation>Kết luận kiểm tra</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>%1 — Secretariat</source>
        <translation>%1 — Secretariat</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite)</source>
        <translation>Cơ sở dữ liệu Secretariat (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Secretariat database (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu Secretariat (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>About Secretariat</source>
        <translation>Giới thiệu Secretariat</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Secretariat %1&lt;/h3&gt;&lt;p&gt;Conferences, inspection teams and their findings, commendations, and the printed Party documents of a committee&apos;s office.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Secretariat %1&lt;/h3&gt;&lt;p&gt;Hội nghị, đoàn kiểm tra và kết luận kiểm tra, khen thưởng, cùng các văn bản của Đảng do văn phòng cấp ủy in ấn.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa mở</translation>
    </message>
    <message>
        <source>Document &amp;format…</source>
        <translation>Thể thức văn &amp;bản…</translation>
    </message>
    <message>
        <source>Page, fonts, header texts, signer and recipients of printed documents</source>
        <translation>Trang, phông chữ, phần đầu văn bản, người ký và nơi nhận của văn bản in</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <source>Preview the selected document as it will print</source>
        <translation>Xem văn bản đang chọn đúng như khi in ra</translation>
    </message>
    <message>
        <source>Print the selected document</source>
        <translation>In văn bản đang chọn</translation>
    </message>
    <message>
        <source>Outgoing document register</source>
        <translation>Sổ văn bản đi</translation>
    </message>
    <message>
        <source>Choose a conference on the Conferences page to print its documents.</source>
        <translation>Chọn một hội nghị ở trang Hội nghị để in văn bản của hội nghị đó.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Put a backup in place of this database; the database as it is now is kept as a copy</source>
        <translation>Thay cơ sở dữ liệu này bằng một bản sao lưu; cơ sở dữ liệu hiện tại được giữ lại thành một bản sao</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>Sao lưu &amp;tự động…</translation>
    </message>
    <message>
        <source>When automatic backups are made, where, and how many are kept</source>
        <translation>Khi nào sao lưu tự động, lưu ở đâu và giữ bao nhiêu bản</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Thêm mới</translation>
    </message>
    <message>
        <source>Add a record to the list shown</source>
        <translation>Thêm một bản ghi vào danh sách đang xem</translation>
    </message>
    <message>
        <source>&amp;Find in the list</source>
        <translation>&amp;Tìm trong danh sách</translation>
    </message>
    <message>
        <source>Put the cursor in the quick filter of the list shown</source>
        <translation>Đưa con trỏ vào ô lọc nhanh của danh sách đang xem</translation>
    </message>
    <message>
        <source>Records are added on the Conferences page and in the directories.</source>
        <translation>Bản ghi được thêm ở trang Hội nghị và trong các danh mục.</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>%1 (read only) — Secretariat</source>
        <translation>%1 (chỉ đọc) — Secretariat</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>Đã ghi và kiểm tra bản sao lưu %1.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Replace the database “%1” with the backup “%2”?</source>
        <translation>Thay cơ sở dữ liệu “%1” bằng bản sao lưu “%2”?</translation>
    </message>
    <message>
        <source>The database as it is now is kept beside it as a copy, so nothing is lost. Windows open elsewhere on it must be closed first.</source>
        <translation>Cơ sở dữ liệu hiện tại được giữ lại bên cạnh thành một bản sao nên không mất gì. Các cửa sổ khác đang mở cơ sở dữ liệu này phải được đóng trước.</translation>
    </message>
    <message>
        <source>Daily backup written to %1.</source>
        <translation>Đã ghi bản sao lưu hằng ngày vào %1.</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>Không tạo được bản sao lưu hằng ngày: %1</translation>
    </message>
    <message>
        <source>The backup made on closing failed: %1</source>
        <translation>Không sao lưu được khi đóng cửa sổ: %1</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Đã khôi phục từ %1.</translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation>Cơ sở dữ liệu trước khi khôi phục được giữ lại thành %1.</translation>
    </message>
    <message>
        <source>The database file is damaged: %1 Make a backup of what can still be read (File › Back up), then restore the last good backup (File › Restore).</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng: %1 Hãy sao lưu những gì còn đọc được (Tệp › Sao lưu), rồi khôi phục bản sao lưu tốt gần nhất (Tệp › Khôi phục từ bản sao lưu).</translation>
    </message>
    <message>
        <source>Save the selected document as PDF, DOCX, ODT or HTML</source>
        <translation>Lưu văn bản đang chọn thành PDF, DOCX, ODT hoặc HTML</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue recommendation(s)</source>
        <translation>
            <numerusform>%n kiến nghị quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspection &amp;statistics…</source>
        <translation>Thố&amp;ng kê kiểm tra…</translation>
    </message>
    <message>
        <source>Party organizations and members inspected, violations and recommendations remedied, for a period</source>
        <translation>Số tổ chức đảng, đảng viên được kiểm tra, có vi phạm và kiến nghị đã khắc phục trong một kỳ</translation>
    </message>
    <message>
        <source>Co&amp;mmendation statistics…</source>
        <translation>Thống kê k&amp;hen thưởng…</translation>
    </message>
    <message>
        <source>Awards by form, collectives and individuals, and the register of decisions, for a period</source>
        <translation>Khen thưởng theo hình thức, tập thể và cá nhân, và danh sách các quyết định, của một kỳ</translation>
    </message>
    <message numerus="yes">
        <source>%n award(s)</source>
        <translation>
            <numerusform>%n lượt khen thưởng</numerusform>
        </translation>
    </message>
    <message>
        <source>Party membership &amp;badge round…</source>
        <translation>Xét tặng &amp;Huy hiệu Đảng…</translation>
    </message>
    <message>
        <source>The members due a Party membership badge in a round, and the round&apos;s list made from them</source>
        <translation>Các đảng viên đủ điều kiện tặng Huy hiệu Đảng trong một đợt, và danh sách của đợt lập từ đó</translation>
    </message>
    <message>
        <source>Give badge &amp;numbers…</source>
        <translation>Cấp &amp;số huy hiệu…</translation>
    </message>
    <message>
        <source>Number the badges of a decided round, running on from the highest number given</source>
        <translation>Cấp số huy hiệu cho một đợt đã có quyết định, nối tiếp số lớn nhất đã cấp</translation>
    </message>
    <message>
        <source>Accoun&amp;ts…</source>
        <translation>&amp;Tài khoản…</translation>
    </message>
    <message>
        <source>Add, reset and disable the accounts of this database</source>
        <translation>Thêm, đặt lại mật khẩu và khóa các tài khoản của cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa cửa sổ</translation>
    </message>
    <message>
        <source>Hide the records until the password is typed again</source>
        <translation>Ẩn hồ sơ cho đến khi nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Log o&amp;ut</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Close the editors and let any account log in</source>
        <translation>Đóng các cửa sổ soạn thảo và cho tài khoản bất kỳ đăng nhập</translation>
    </message>
    <message>
        <source>Log in as another account</source>
        <translation>Đăng nhập bằng tài khoản khác</translation>
    </message>
    <message numerus="yes">
        <source>“%1” left %n editor(s) with changes that are not saved. Logging in as “%2” closes them, and those changes are lost.</source>
        <translation>
            <numerusform>“%1” còn để lại %n cửa sổ soạn thảo có thay đổi chưa lưu. Đăng nhập bằng “%2” sẽ đóng các cửa sổ đó và những thay đổi này bị mất.</numerusform>
        </translation>
    </message>
    <message>
        <source>To keep them, log in as “%1” and save them first.</source>
        <translation>Muốn giữ lại, hãy đăng nhập bằng “%1” và lưu trước.</translation>
    </message>
    <message>
        <source>Close the editors</source>
        <translation>Đóng các cửa sổ soạn thảo</translation>
    </message>
    <message>
        <source>The window is locked: the records come back when the password is typed again.</source>
        <translation>Cửa sổ đang khóa: hồ sơ hiện lại khi nhập lại mật khẩu.</translation>
    </message>
    <message>
        <source>No record is shown until an account logs in.</source>
        <translation>Chưa có tài khoản đăng nhập nên không hiển thị hồ sơ nào.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>Tìm &amp;mọi hồ sơ</translation>
    </message>
    <message>
        <source>Find any record: conferences, people, units, documents, inspections, recommendations, commendations, outgoing documents</source>
        <translation>Tìm bất kỳ hồ sơ nào: hội nghị, cán bộ, đơn vị, văn bản, đoàn kiểm tra, kiến nghị, khen thưởng, sổ văn bản đi</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Export list to E&amp;xcel…</source>
        <translation>Xuất danh sách ra E&amp;xcel…</translation>
    </message>
    <message>
        <source>Save the list shown, as filtered and sorted, as an Excel workbook or CSV</source>
        <translation>Lưu danh sách đang hiển thị (theo bộ lọc và thứ tự sắp xếp) thành bảng tính Excel hoặc tệp CSV</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Mở bản ghi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open the selected record in its editor</source>
        <translation>Mở bản ghi đang chọn để xem và sửa</translation>
    </message>
    <message>
        <source>Open the selected record in its editor (Enter in a list)</source>
        <translation>Mở hồ sơ đang chọn trong cửa sổ sửa (phím Enter trong danh sách)</translation>
    </message>
    <message>
        <source>&amp;Convert to Unicode…</source>
        <translation>&amp;Chuyển mã…</translation>
    </message>
    <message>
        <source>Convert text typed in TCVN3 (ABC), VNI or Windows-1258 to Unicode</source>
        <translation>Chuyển văn bản gõ bằng bảng mã TCVN3 (ABC), VNI hoặc Windows-1258 sang Unicode</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)</source>
        <translation>Tìm mọi hồ sơ (Ctrl+K)</translation>
    </message>
    <message>
        <source>This page has no list to export.</source>
        <translation>Trang này không có danh sách để xuất.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Số liệu thống kê</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An area of the navigation and how many of its records are due (&quot;Khen thưởng (3)&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This page has no record to open.</source>
        <translation>Trang này không có bản ghi nào để mở.</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Kết &amp;nối máy chủ…</translation>
    </message>
    <message>
        <source>Open the office&apos;s database on a PostgreSQL server</source>
        <translation>Mở cơ sở dữ liệu của văn phòng trên máy chủ PostgreSQL</translation>
    </message>
    <message>
        <source>A server is backed up with pg_dump by its administrator.</source>
        <translation>Cơ sở dữ liệu trên máy chủ do người quản trị sao lưu bằng pg_dump.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sao lưu tự động</translation>
    </message>
</context>
<context>
    <name>OfficeDocument</name>
    <message>
        <source>The document could not be packed into its file.</source>
        <translation>Không đóng gói được văn bản vào tệp.</translation>
    </message>
</context>
<context>
    <name>PartyBadgeReport</name>
    <message>
        <source>The round is no longer in the database (another window may have deleted it).</source>
        <translation>Đợt xét tặng không còn trong cơ sở dữ liệu (có thể một cửa sổ khác đã xóa).</translation>
    </message>
    <message>
        <source>List 4-HHĐ is printed for a round of Party membership badges only.</source>
        <translation>Danh sách 4-HHĐ chỉ in cho một đợt xét tặng Huy hiệu Đảng.</translation>
    </message>
    <message>
        <source>The round has nobody on its list yet.</source>
        <translation>Danh sách của đợt xét tặng chưa có ai.</translation>
    </message>
</context>
<context>
    <name>PartyBadges</name>
    <message>
        <source>Comrade %1 has no date of admission to the Party recorded.</source>
        <translation>Đồng chí %1 chưa có ngày vào Đảng.</translation>
    </message>
    <message>
        <source>Comrade %1 was expelled from the Party on %2: no badge is given.</source>
        <translation>Đồng chí %1 bị khai trừ khỏi Đảng ngày %2: không xét tặng Huy hiệu Đảng.</translation>
    </message>
    <message>
        <source>Comrade %1 has already received or been proposed for the badge of %2 years of Party membership or a higher one.</source>
        <translation>Đồng chí %1 đã được tặng hoặc đã được đề nghị tặng Huy hiệu %2 năm tuổi Đảng hoặc Huy hiệu cao hơn.</translation>
    </message>
    <message>
        <source>Comrade %1 has received every badge (%2 years of Party membership).</source>
        <translation>Đồng chí %1 đã được tặng Huy hiệu cao nhất (%2 năm tuổi Đảng).</translation>
    </message>
    <message>
        <source>Comrade %1 died on %2, before reaching %3 years of Party membership.</source>
        <translation>Đồng chí %1 từ trần ngày %2, chưa đủ %3 năm tuổi Đảng.</translation>
    </message>
    <message>
        <source>Comrade %1 has not reached %2 years of Party membership: reached on %3; for a grave illness it may be given from %4.</source>
        <translation>Đồng chí %1 chưa đủ %2 năm tuổi Đảng: đủ vào ngày %3; do ốm nặng có thể xét tặng sớm từ ngày %4.</translation>
    </message>
    <message>
        <source>Comrade %1 has not reached %2 years of Party membership: reached on %3.</source>
        <translation>Đồng chí %1 chưa đủ %2 năm tuổi Đảng: đủ vào ngày %3.</translation>
    </message>
    <message>
        <source>Comrade %1 was disciplined (%2) on %3: no badge until %4.</source>
        <translation>Đồng chí %1 bị kỷ luật %2 ngày %3: chưa xét tặng Huy hiệu Đảng đến ngày %4.</translation>
    </message>
    <message>
        <source>The form chosen is not a Party membership badge.</source>
        <translation>Hình thức đã chọn không phải là Huy hiệu Đảng.</translation>
    </message>
    <message>
        <source>The person is no longer in the directory.</source>
        <translation>Người này không còn trong danh bạ.</translation>
    </message>
    <message>
        <source>Choose the round&apos;s day.</source>
        <translation>Hãy chọn đợt xét tặng.</translation>
    </message>
    <message>
        <source>Tick at least one member for the list.</source>
        <translation>Hãy chọn ít nhất một đảng viên vào danh sách.</translation>
    </message>
    <message>
        <source>There is no form for the badge of %1 years in the directory of forms: add it first.</source>
        <translation>Danh mục hình thức khen thưởng chưa có Huy hiệu %1 năm tuổi Đảng: hãy thêm trước.</translation>
    </message>
    <message>
        <source>Give the provincial Party organization&apos;s code badge numbers start with, without spaces.</source>
        <translation>Hãy nhập mã Đảng bộ tỉnh đứng đầu số huy hiệu, không có dấu cách.</translation>
    </message>
    <message>
        <source>The round is no longer in the database (another window may have deleted it).</source>
        <translation>Đợt xét tặng không còn trong cơ sở dữ liệu (có thể một cửa sổ khác đã xóa).</translation>
    </message>
    <message>
        <source>Badge numbers are given to a round of Party membership badges only.</source>
        <translation>Chỉ cấp số huy hiệu cho một đợt xét tặng Huy hiệu Đảng.</translation>
    </message>
    <message>
        <source>Badge numbers are given once the round is decided: record the decision first.</source>
        <translation>Số huy hiệu được cấp sau khi có quyết định: hãy ghi quyết định trước.</translation>
    </message>
    <message>
        <source>The 6-digit numbers after %1 would run out: give another prefix.</source>
        <translation>Dãy 6 chữ số sau %1 sẽ hết: hãy dùng mã đầu khác.</translation>
    </message>
    <message>
        <source>A row of the round was deleted meanwhile; look at it again.</source>
        <translation>Một dòng của đợt xét tặng vừa bị xóa; hãy xem lại.</translation>
    </message>
</context>
<context>
    <name>PdfRewriter</name>
    <message>
        <source>The PDF could not be finished: it is not laid out as expected.</source>
        <translation>Không hoàn tất được tệp PDF: cấu trúc tệp không như dự kiến.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Họ và tê&amp;n:</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn Sơn</source>
        <translation>Ví dụ: Nguyễn Văn Sơn</translation>
    </message>
    <message>
        <source>Name for sorting:</source>
        <translation>Tên để sắp xếp:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Family name (họ), filled in from the full name</source>
        <translation>Họ, tự điền từ họ và tên</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <source>Middle name (tên đệm)</source>
        <translation>Tên đệm (tên lót)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Given name (tên): lists are sorted by it first</source>
        <translation>Tên: danh sách được sắp xếp theo tên trước tiên</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Giới &amp;tính:</translation>
    </message>
    <message>
        <source>Current &amp;title:</source>
        <translation>&amp;Chức vụ hiện nay:</translation>
    </message>
    <message>
        <source>e.g. Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh</source>
        <translation>Ví dụ: Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Số điện thoại:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Thư đ&amp;iện tử:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Sửa thông tin cán bộ</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(không có đơn vị)</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Nhập họ và tên cán bộ.</translation>
    </message>
    <message>
        <source>Enter the given name (tên), used to sort the lists.</source>
        <translation>Nhập tên (không gồm họ và tên đệm), dùng để sắp xếp danh sách.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” không phải là địa chỉ thư điện tử.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and + ( ) . -</source>
        <translation>Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -</translation>
    </message>
    <message>
        <source>The directory already has “%1”.</source>
        <translation>Danh mục đã có “%1”.</translation>
    </message>
    <message>
        <source>Is this another person with the same name and title? Choose No to go back and use the one in the directory.</source>
        <translation>Đây là một người khác có cùng họ tên và chức vụ? Chọn Không để quay lại và dùng người đã có trong danh mục.</translation>
    </message>
    <message>
        <source>Not saved: “%1” is in the directory already.</source>
        <translation>Chưa lưu: “%1” đã có trong danh mục.</translation>
    </message>
    <message>
        <source>&amp;Admitted to the Party:</source>
        <translation>Ngà&amp;y vào Đảng:</translation>
    </message>
    <message>
        <source>Ngày vào Đảng: the Party membership badge is counted from it</source>
        <translation>Ngày vào Đảng: tuổi Đảng để xét Huy hiệu Đảng tính từ ngày này</translation>
    </message>
    <message>
        <source>Made o&amp;fficial:</source>
        <translation>Ngày c&amp;hính thức:</translation>
    </message>
    <message>
        <source>Ngày chính thức: the day the member became a full member</source>
        <translation>Ngày chính thức: ngày đảng viên được công nhận đảng viên chính thức</translation>
    </message>
    <message>
        <source>&amp;Deceased on:</source>
        <translation>Ngày từ t&amp;rần:</translation>
    </message>
    <message>
        <source>Gravely i&amp;ll (a badge may be given early)</source>
        <translation>Ố&amp;m nặng (có thể xét tặng sớm)</translation>
    </message>
    <message>
        <source>Disciplines (they delay or exclude a Party membership badge)</source>
        <translation>Kỷ luật (làm chậm hoặc không xét tặng Huy hiệu Đảng)</translation>
    </message>
    <message>
        <source>Add a disci&amp;pline</source>
        <translation>Thêm &amp;kỷ luật</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Hình thức kỷ luật</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Cấp quyết định</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Discipline %1: give the date it was decided, as 12/03/2024.</source>
        <translation>Kỷ luật thứ %1: hãy nhập ngày quyết định, ví dụ 12/03/2024.</translation>
    </message>
    <message>
        <source>Made official on %1, before being admitted to the Party on %2.</source>
        <translation>Ngày chính thức %1 trước ngày vào Đảng %2.</translation>
    </message>
    <message>
        <source>Give the date of admission to the Party as well as the date made official.</source>
        <translation>Hãy nhập ngày vào Đảng cùng với ngày chính thức.</translation>
    </message>
    <message>
        <source>Deceased on %1, before being admitted to the Party on %2.</source>
        <translation>Ngày từ trần %1 trước ngày vào Đảng %2.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>This part of Secretariat is not available yet. It will come in a later version; nothing is lost in the meantime.</source>
        <translation>Phần này của Secretariat chưa có trong phiên bản hiện tại. Phần này sẽ có ở phiên bản sau; trong thời gian chờ, dữ liệu của bạn không bị mất.</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>The PostgreSQL driver of this installation cannot be used.</source>
        <translation>Trình điều khiển PostgreSQL của bản cài đặt này không dùng được.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it as postgresql://account@server:port/database.</source>
        <translation>“%1” không phải là địa chỉ máy chủ. Hãy viết theo dạng postgresql://tài-khoản@máy-chủ:cổng/cơ-sở-dữ-liệu.</translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</source>
        <translation>Bản cài đặt này không kết nối được máy chủ PostgreSQL: thiếu trình điều khiển PostgreSQL của Qt (gói libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2</source>
        <translation>Không kết nối được máy chủ %1: %2</translation>
    </message>
    <message>
        <source>The database %1 on the server holds tables of another program, not Secretariat&apos;s.</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ chứa bảng của một chương trình khác, không phải của Secretariat.</translation>
    </message>
    <message>
        <source>A database on a server is backed up with the server&apos;s own tools (pg_dump), or copied to a file with “secretariat copy”.</source>
        <translation>Cơ sở dữ liệu trên máy chủ được sao lưu bằng công cụ của chính máy chủ (pg_dump), hoặc chép ra tệp bằng lệnh “secretariat copy”.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
</context>
<context>
    <name>RecipientCsv</name>
    <message>
        <source>Collective of the directory</source>
        <translation>Tập thể có trong danh mục</translation>
    </message>
    <message>
        <source>Person of the directory</source>
        <translation>Cá nhân có trong danh mục</translation>
    </message>
    <message>
        <source>New person, added to the directory</source>
        <translation>Cá nhân mới, sẽ được thêm vào danh mục</translation>
    </message>
    <message>
        <source>The first row of “%1” has no “Họ và tên” or “Tên tập thể” column; it must name the columns.</source>
        <translation>Dòng đầu của “%1” không có cột “Họ và tên” hoặc “Tên tập thể”; dòng đầu phải ghi tên các cột.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not known and ignored: %1.</source>
        <translation>
            <numerusform>%n cột không rõ nên được bỏ qua: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This row is not UTF-8 text; type it again in the spreadsheet.</source>
        <translation>Dòng này không phải văn bản UTF-8; hãy gõ lại trong bảng tính.</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>Dòng này không có tên.</translation>
    </message>
    <message>
        <source>Several people in the directory are called “%1”; add this one to the list from the directory.</source>
        <translation>Trong danh mục có nhiều người tên “%1”; hãy thêm người này vào danh sách từ danh mục.</translation>
    </message>
    <message>
        <source>“%1” is already on the list.</source>
        <translation>“%1” đã có trong danh sách.</translation>
    </message>
    <message>
        <source>“%1” is in the file twice: row %2 names them already.</source>
        <translation>“%1” có hai lần trong tệp: dòng %2 đã ghi.</translation>
    </message>
    <message>
        <source>The file “%1” has a header row but no recipients.</source>
        <translation>Tệp “%1” có dòng tiêu đề nhưng không có trường hợp nào.</translation>
    </message>
    <message>
        <source>Reading “%1” was stopped; nothing was imported.</source>
        <translation>Đã dừng đọc tệp “%1”; chưa nhập gì.</translation>
    </message>
</context>
<context>
    <name>RecipientImportDialog</name>
    <message>
        <source>Import the list of recipients</source>
        <translation>Nhập danh sách đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>What each row of the file will become; rows with a problem are shown in red and are not imported</source>
        <translation>Từng dòng của tệp sẽ được nhập như thế nào; dòng có lỗi được tô đỏ và không được nhập</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>&amp;Thêm vào danh sách</translation>
    </message>
    <message>
        <source>Recipients read from &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Các trường hợp đọc từ &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem: correct the file and choose it again; nothing is added.</source>
        <translation>
            <numerusform>%n dòng có lỗi: hãy sửa tệp rồi chọn lại; chưa thêm gì.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) will join the list.</source>
        <translation>
            <numerusform>%n trường hợp sẽ được thêm vào danh sách.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;heet of the workbook:</source>
        <translation>&amp;Trang tính:</translation>
    </message>
    <message>
        <source>The workbook has several sheets; the preview shows the one chosen here</source>
        <translation>Tệp Excel có nhiều trang tính; bảng xem trước hiển thị trang được chọn ở đây</translation>
    </message>
    <message>
        <source>Reading the list of recipients…</source>
        <translation>Đang đọc danh sách đề nghị khen thưởng…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
</context>
<context>
    <name>RecipientPreviewModel</name>
    <message>
        <source>Row</source>
        <extracomment>Column of the import preview: the row number in the CSV file</extracomment>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Name as printed</source>
        <translation>Tên in trên danh sách</translation>
    </message>
    <message>
        <source>Unit or title held</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Đóng, không lưu (Esc)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Hoàn tác thay đổi</translation>
    </message>
    <message>
        <source>Put back what was last saved</source>
        <translation>Khôi phục nội dung đã lưu lần gần nhất</translation>
    </message>
    <message>
        <source>This record has changes that are not saved yet.</source>
        <translation>Bản ghi này có thay đổi chưa được lưu.</translation>
    </message>
    <message numerus="yes">
        <source>%n invisible control character(s) were removed from what was typed or pasted.</source>
        <translation>
            <numerusform>Đã bỏ %n ký tự điều khiển không nhìn thấy khỏi nội dung vừa gõ hoặc dán.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <source>Who changed this record, when, and what (Ctrl+H)</source>
        <translation>Ai đã sửa bản ghi này, khi nào, sửa gì (Ctrl+H)</translation>
    </message>
    <message>
        <source>“%1” is not in the list; choose one of its entries.</source>
        <translation>“%1” không có trong danh sách; hãy chọn một mục của danh sách.</translation>
    </message>
    <message>
        <source>&amp;Load the stored record</source>
        <translation>&amp;Tải lại bản đã lưu</translation>
    </message>
    <message>
        <source>&amp;Keep my copy</source>
        <translation>&amp;Giữ bản của tôi</translation>
    </message>
    <message>
        <source>“%1” was deleted in another window at %2 (by %3).</source>
        <translation>“%1” đã bị xóa ở cửa sổ khác lúc %2 (bởi %3).</translation>
    </message>
    <message>
        <source>“%1” was deleted in another window.</source>
        <translation>“%1” đã bị xóa ở cửa sổ khác.</translation>
    </message>
    <message>
        <source>“%1” was changed in another window at %2 (by %3).</source>
        <translation>“%1” đã được sửa ở cửa sổ khác lúc %2 (bởi %3).</translation>
    </message>
    <message>
        <source>“%1” was changed in another window.</source>
        <translation>“%1” đã được sửa ở cửa sổ khác.</translation>
    </message>
    <message>
        <source>The record is shown as it is stored now.</source>
        <translation>Bản ghi được hiển thị như đang lưu.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Chưa lưu gì.</translation>
    </message>
    <message>
        <source>A record has a history once it is saved.</source>
        <translation>Bản ghi chỉ có lịch sử sau khi được lưu.</translation>
    </message>
    <message>
        <source>Nothing was saved. Load the record as it is stored now (what you typed is dropped), or keep your copy: the fields you did not change take the other window&apos;s values, and Save writes yours over theirs.</source>
        <translation>Chưa lưu gì. Tải lại bản ghi như đang lưu (phần bạn vừa gõ sẽ bỏ đi), hoặc giữ bản của bạn: các ô bạn không sửa sẽ lấy giá trị cửa sổ kia đã lưu, còn các ô bạn đã sửa sẽ được ghi đè lên khi bấm Lưu.</translation>
    </message>
    <message>
        <source>Your copy is kept, with the other window&apos;s changes to the fields you did not change: Save writes your changes over theirs.</source>
        <translation>Đã giữ bản của bạn, kèm các thay đổi của cửa sổ kia ở những ô bạn không sửa: bấm Lưu để ghi các thay đổi của bạn lên.</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Chỉ đọc: %1</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Outgoing document register</source>
        <translation>Sổ văn bản đi</translation>
    </message>
    <message>
        <source>Quick filter — type without diacritics too (Ctrl+F)</source>
        <translation>Lọc nhanh — gõ không dấu cũng được (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>&amp;In lại…</translation>
    </message>
    <message>
        <source>Preview and print the document again, with its number</source>
        <translation>Xem trước và in lại văn bản, kèm số đã cấp</translation>
    </message>
    <message>
        <source>&amp;Cancel number…</source>
        <translation>&amp;Hủy số…</translation>
    </message>
    <message>
        <source>Mark the number as cancelled; it is never given again</source>
        <translation>Đánh dấu số này đã hủy; số đã hủy không bao giờ được cấp lại</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) in the register match.</source>
        <translation>
            <numerusform>%n số trong sổ khớp với bộ lọc.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>In lại</translation>
    </message>
    <message>
        <source>Cancel number</source>
        <translation>Hủy số</translation>
    </message>
    <message>
        <source>Why is number %1 cancelled? It stays used and is never given again.</source>
        <translation>Vì sao hủy số %1? Số này vẫn được tính là đã dùng và không bao giờ được cấp lại.</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message>
        <source>“%1” is not an event of a recommendation&apos;s history.</source>
        <translation>“%1” không phải là một diễn biến trong quá trình theo dõi kiến nghị.</translation>
    </message>
    <message>
        <source>The recommendation was re-checked and found remedied: its follow-up is closed, nothing more is recorded.</source>
        <translation>Kiến nghị đã được kiểm tra lại, xác nhận đã khắc phục: việc theo dõi đã kết thúc, không ghi nhận thêm.</translation>
    </message>
    <message>
        <source>The recommendation was reported remedied: it needs no reminder. Record the re-check instead.</source>
        <translation>Kiến nghị đã được báo cáo khắc phục xong: không cần đôn đốc. Hãy ghi kết quả kiểm tra lại.</translation>
    </message>
    <message>
        <source>The recommendation is no longer in the database (another window may have deleted it).</source>
        <translation>Kiến nghị không còn trong cơ sở dữ liệu (có thể một cửa sổ khác đã xóa).</translation>
    </message>
    <message>
        <source>The recommendation&apos;s target was not found.</source>
        <translation>Không tìm thấy đối tượng kiểm tra của kiến nghị.</translation>
    </message>
    <message>
        <source>Remedy report</source>
        <translation>Báo cáo khắc phục</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Đôn đốc</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>%1: give the date.</source>
        <translation>%1: hãy nhập ngày.</translation>
    </message>
    <message>
        <source>%1: dated %2, after today (%3); only what has happened is recorded.</source>
        <translation>%1: ghi ngày %2, sau ngày hôm nay (%3); chỉ ghi nhận việc đã diễn ra.</translation>
    </message>
    <message>
        <source>%1: dated %2, before the conclusion of %3 that made the recommendation.</source>
        <translation>%1: ghi ngày %2, trước ngày kết luận %3 nêu kiến nghị này.</translation>
    </message>
    <message>
        <source>%1: dated %2, before the recommendation was made (%3).</source>
        <translation>%1: ghi ngày %2, trước ngày đưa ra kiến nghị (%3).</translation>
    </message>
    <message>
        <source>%1: dated %2, before the latest event of the history (%3); the history is recorded in the order it happened.</source>
        <translation>%1: ghi ngày %2, trước diễn biến gần nhất đã ghi (%3); quá trình theo dõi được ghi theo đúng thứ tự diễn ra.</translation>
    </message>
    <message>
        <source>Write what the remedy report says was done.</source>
        <translation>Hãy ghi nội dung báo cáo về những việc đã khắc phục.</translation>
    </message>
    <message>
        <source>Write what the re-check found.</source>
        <translation>Hãy ghi kết quả kiểm tra lại.</translation>
    </message>
    <message>
        <source>Write what the reminder asked, or name the letter sent.</source>
        <translation>Hãy ghi nội dung đôn đốc, hoặc chọn văn bản đôn đốc đã gửi.</translation>
    </message>
    <message>
        <source>%1 cannot take a recommendation from “%2” to “%3”; it can leave it: %4.</source>
        <translation>%1 không thể chuyển kiến nghị từ “%2” sang “%3”; chỉ có thể: %4.</translation>
    </message>
    <message>
        <source>The recommendation was changed in another window meanwhile; look at it again and record the event once more.</source>
        <translation>Kiến nghị vừa được thay đổi ở một cửa sổ khác; hãy xem lại rồi ghi nhận lại diễn biến.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>quá hạn %n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemedyEventDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>&amp;Status afterwards:</source>
        <translation>&amp;Tình trạng sau đó:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Tệ&amp;p đính kèm:</translation>
    </message>
    <message>
        <source>No file (optional)</source>
        <translation>Không có tệp (không bắt buộc)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Bỏ tệp</translation>
    </message>
    <message>
        <source>Once recorded, the event is kept as it is: it cannot be changed or deleted.</source>
        <translation>Đã ghi nhận thì giữ nguyên: không thể sửa hay xóa.</translation>
    </message>
    <message>
        <source>Record a remedy report</source>
        <translation>Ghi nhận báo cáo khắc phục</translation>
    </message>
    <message>
        <source>Record a reminder</source>
        <translation>Ghi đôn đốc</translation>
    </message>
    <message>
        <source>Record the re-check result</source>
        <translation>Ghi kết quả kiểm tra lại</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Kiến nghị: %1</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>Nội &amp;dung đã khắc phục:</translation>
    </message>
    <message>
        <source>What it &amp;asks:</source>
        <translation>Nội &amp;dung đôn đốc:</translation>
    </message>
    <message>
        <source>What was &amp;found:</source>
        <translation>&amp;Kết quả kiểm tra lại:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Ghi nhận</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>RemedyHistoryDialog</name>
    <message>
        <source>Following up a recommendation</source>
        <translation>Theo dõi khắc phục kiến nghị</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Đối tượng kiểm tra:</translation>
    </message>
    <message>
        <source>Inspection:</source>
        <translation>Cuộc kiểm tra:</translation>
    </message>
    <message>
        <source>Responsible unit:</source>
        <translation>Đơn vị chịu trách nhiệm:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>History (written once, never changed):</source>
        <translation>Quá trình theo dõi (ghi một lần, không sửa đổi):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Status afterwards</source>
        <translation>Tình trạng sau đó</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Người ghi nhận</translation>
    </message>
    <message>
        <source>Record a remedy &amp;report…</source>
        <translation>Ghi nhận &amp;báo cáo khắc phục…</translation>
    </message>
    <message>
        <source>Record a re&amp;minder…</source>
        <translation>Ghi đôn đố&amp;c…</translation>
    </message>
    <message>
        <source>Record the re-&amp;check result…</source>
        <translation>Ghi kết quả &amp;kiểm tra lại…</translation>
    </message>
    <message>
        <source>This recommendation is no longer in the database.</source>
        <translation>Kiến nghị này không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Following up: %1</source>
        <translation>Theo dõi khắc phục: %1</translation>
    </message>
    <message>
        <source>%1 (decision %2)</source>
        <translation>%1 (quyết định %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Văn bản %1</translation>
    </message>
    <message>
        <source>%1 (letter %2)</source>
        <translation>%1 (văn bản %2)</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Chưa ghi nhận diễn biến nào.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Notice of the conference&apos;s conclusions</source>
        <translation>Thông báo kết luận hội nghị</translation>
    </message>
    <message>
        <source>The template “%1” cannot be read: %2</source>
        <translation>Không đọc được mẫu “%1”: %2</translation>
    </message>
    <message>
        <source>Unknown report “%1”.</source>
        <translation>Loại văn bản không rõ: “%1”.</translation>
    </message>
    <message>
        <source>Conference programme</source>
        <translation>Chương trình hội nghị</translation>
    </message>
    <message>
        <source>Invitations (one page per invitee)</source>
        <extracomment>One invitation letter per invited person or unit, all in one file.</extracomment>
        <translation>Giấy mời (mỗi đại biểu, đơn vị một trang)</translation>
    </message>
    <message>
        <source>Delegate list and sign-in sheet</source>
        <translation>Danh sách đại biểu (có cột ký tên)</translation>
    </message>
    <message>
        <source>The document could not be made whole; “%1” was not written.</source>
        <translation>Không tạo trọn vẹn được văn bản; chưa ghi “%1”.</translation>
    </message>
    <message>
        <source>%1 has no signer for “%2”. Add one in the directory of issuing bodies.</source>
        <translation>%1 chưa có người ký cho “%2”. Hãy thêm người ký trong danh mục cơ quan ban hành.</translation>
    </message>
    <message>
        <source>“%1”: the output must end in .pdf, .docx, .odt or .html.</source>
        <translation>“%1”: tệp kết quả phải có đuôi .pdf, .docx, .odt hoặc .html.</translation>
    </message>
    <message>
        <source>No issuing body issues this document, so it has no header or signer. Add one in Directories → Issuing bodies and tick “Issues the documents of records that name no body” (or choose the issuing body on the record).</source>
        <translation>Chưa có cơ quan ban hành nào ban hành văn bản này nên văn bản chưa có tiêu đề và người ký. Hãy thêm một cơ quan trong Danh mục → Cơ quan ban hành và đánh dấu “Ban hành văn bản của các hồ sơ không ghi cơ quan nào” (hoặc chọn cơ quan ban hành trên hồ sơ).</translation>
    </message>
    <message>
        <source>Decision setting up the inspection team</source>
        <translation>Quyết định thành lập Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Inspection plan</source>
        <translation>Kế hoạch kiểm tra</translation>
    </message>
    <message>
        <source>Working schedule of the team</source>
        <translation>Lịch làm việc của Đoàn</translation>
    </message>
    <message>
        <source>Notice of the inspection&apos;s conclusions</source>
        <extracomment>One notice per inspected target.</extracomment>
        <translation>Thông báo kết luận kiểm tra</translation>
    </message>
    <message>
        <source>Report on the follow-up of remedies</source>
        <translation>Báo cáo theo dõi việc khắc phục</translation>
    </message>
    <message>
        <source>Reminder of overdue recommendations</source>
        <extracomment>A letter (công văn) urging a target to carry out overdue recommendations.</extracomment>
        <translation>Công văn đôn đốc thực hiện kết luận kiểm tra</translation>
    </message>
    <message>
        <source>Inspection statistics</source>
        <translation>Thống kê kiểm tra</translation>
    </message>
    <message>
        <source>Proposal for commendation</source>
        <extracomment>Tờ trình đề nghị khen thưởng.</extracomment>
        <translation>Tờ trình đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Commendation decision and its list</source>
        <extracomment>Quyết định khen thưởng, with its list of recipients.</extracomment>
        <translation>Quyết định khen thưởng và danh sách kèm theo</translation>
    </message>
    <message>
        <source>Register of commendations</source>
        <translation>Danh sách các quyết định khen thưởng</translation>
    </message>
    <message>
        <source>Commendation statistics</source>
        <translation>Thống kê khen thưởng</translation>
    </message>
    <message>
        <source>Certificates (one sheet per accepted recipient)</source>
        <extracomment>Printed on the pre-printed certificate stock, one sheet per accepted recipient.</extracomment>
        <translation>Giấy khen, bằng khen in trên phôi (mỗi người, tập thể được khen một tờ)</translation>
    </message>
    <message>
        <source>Test page for aligning the printer</source>
        <extracomment>A page with a millimetre grid and the fields&apos; boxes, to align a printer with the stock.</extracomment>
        <translation>Trang thử để căn chỉnh máy in</translation>
    </message>
    <message>
        <source>“%1” places its text on the sheet it is printed on: print it, or export it as .pdf.</source>
        <translation>“%1” đặt chữ đúng vị trí trên tờ phôi in: hãy in trực tiếp hoặc xuất ra tệp .pdf.</translation>
    </message>
    <message>
        <source>List of members proposed for the Party membership badge (4-HHĐ)</source>
        <extracomment>Danh sách đề nghị tặng Huy hiệu Đảng (mẫu 4-HHĐ).</extracomment>
        <translation>Danh sách đề nghị tặng Huy hiệu Đảng (mẫu 4-HHĐ)</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <extracomment>Báo cáo số liệu: the statistics cross table with its chart.</extracomment>
        <translation>Báo cáo số liệu</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>Not allowed</source>
        <translation>Không được phép</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>“%1” could not be replaced: %2</source>
        <translation>Không thay được “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the folder “%2” does not allow new files (%3).</source>
        <translation>Không ghi được “%1”: thư mục “%2” không cho tạo tệp mới (%3).</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2); the disk may be full. Nothing was replaced.</source>
        <translation>Không ghi được “%1” (%2); có thể ổ đĩa đã đầy. Chưa thay thế tệp nào.</translation>
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
        <translation>Không tìm thấy hồ sơ nào</translation>
    </message>
</context>
<context>
    <name>SecretOutput</name>
    <message numerus="yes">
        <source>This document is %1. Print %n copies?</source>
        <translation>
            <numerusform>Tài liệu này là %1. In %n bản?</numerusform>
        </translation>
    </message>
    <message>
        <source>Print a secret document</source>
        <translation>In tài liệu mật</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>Số &amp;bản:</translation>
    </message>
    <message>
        <source>Each copy is numbered on its pages (“Bản số: 01/03”), and the print is written in the audit log.</source>
        <translation>Mỗi bản được đánh số trên các trang (“Bản số: 01/03”), và lần in được ghi vào nhật ký.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>Export a secret document</source>
        <translation>Xuất tài liệu mật</translation>
    </message>
    <message>
        <source>This document is %1. Export it to a file?</source>
        <translation>Tài liệu này là %1. Xuất ra tệp?</translation>
    </message>
    <message>
        <source>Only your own account on this computer will be able to read the file; the export is written in the audit log.</source>
        <translation>Chỉ tài khoản của bạn trên máy tính này đọc được tệp; lần xuất được ghi vào nhật ký.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>name or IP address, e.g. 192.168.1.10</source>
        <translation>tên hoặc địa chỉ IP, ví dụ 192.168.1.10</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Tài khoản:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>không bao giờ được lưu lại</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Kết &amp;nối</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The office&apos;s database on a PostgreSQL server: the administrator tells you the server, the database and your account.</source>
        <translation>Cơ sở dữ liệu của văn phòng trên máy chủ PostgreSQL: người quản trị cho bạn biết máy chủ, cơ sở dữ liệu và tài khoản của bạn.</translation>
    </message>
    <message>
        <source>The server asks for the password of the account “%1”.</source>
        <translation>Máy chủ yêu cầu mật khẩu của tài khoản “%1”.</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or IP address.</source>
        <translation>Hãy nhập tên hoặc địa chỉ IP của máy chủ.</translation>
    </message>
    <message>
        <source>Type the name of the database on the server.</source>
        <translation>Hãy nhập tên cơ sở dữ liệu trên máy chủ.</translation>
    </message>
    <message>
        <source>Type your account on the server.</source>
        <translation>Hãy nhập tài khoản của bạn trên máy chủ.</translation>
    </message>
    <message>
        <source>The server asks for the password of this account.</source>
        <translation>Máy chủ yêu cầu mật khẩu của tài khoản này.</translation>
    </message>
    <message>
        <source>The database %1 on the server is empty. Make Secretariat&apos;s tables in it?</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ còn trống. Tạo các bảng của Secretariat trong đó?</translation>
    </message>
    <message>
        <source>Do so only in the database the administrator made for Secretariat. The records of a file are brought to the server with “secretariat copy”.</source>
        <translation>Chỉ làm việc này với cơ sở dữ liệu người quản trị đã tạo riêng cho Secretariat. Dữ liệu của một tệp được chuyển lên máy chủ bằng lệnh “secretariat copy”.</translation>
    </message>
    <message>
        <source>Make the tables</source>
        <translation>Tạo các bảng</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>The server already has a role named “%1” (perhaps another database&apos;s account): choose another name.</source>
        <translation>Máy chủ đã có một vai trò tên “%1” (có thể là tài khoản của cơ sở dữ liệu khác): hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>On a server, only an account allowed to make roles (an administrator&apos;s, or the database&apos;s owner) adds, resets and disables accounts: “%1” may not.</source>
        <translation>Trên máy chủ, chỉ tài khoản được phép tạo vai trò (tài khoản quản trị, hoặc chủ sở hữu cơ sở dữ liệu) mới được thêm, đặt lại mật khẩu và khóa tài khoản: “%1” không được phép.</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>There is no page to print.</source>
        <translation>Không có trang nào để in.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Không tạo được tệp PDF.</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>The workbook “%1” could not be made.</source>
        <translation>Không tạo được bảng tính “%1”.</translation>
    </message>
    <message>
        <source>The workbook “%1” could not be written: %2.</source>
        <translation>Không ghi được bảng tính “%1”: %2.</translation>
    </message>
    <message>
        <source>Excel workbooks cannot be written on this computer: the library libxlsxwriter is missing (%1).</source>
        <translation>Máy này không ghi được bảng tính Excel: thiếu thư viện libxlsxwriter (%1).</translation>
    </message>
    <message>
        <source>The workbook “%1” could not be written whole; the disk may be full. Nothing was replaced.</source>
        <translation>Không ghi được trọn vẹn bảng tính “%1”; có thể ổ đĩa đã đầy. Tệp cũ vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <extracomment>The printed sheet&apos;s footer: &amp;P is the page, &amp;N the number of pages (Excel&apos;s codes).</extracomment>
        <translation>Trang &amp;P/&amp;N</translation>
    </message>
</context>
<context>
    <name>SqlListModel</name>
    <message>
        <source>The list could not be read. %1</source>
        <translation>Không đọc được danh sách. %1</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” là thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Không đọc được tệp “%1”: %2</translation>
    </message>
    <message>
        <source>The file “%1” is not a Secretariat database.</source>
        <translation>Tệp “%1” không phải là cơ sở dữ liệu Secretariat.</translation>
    </message>
    <message>
        <source>The database “%1” is damaged: the file is shorter than it should be. Restore it from a backup.</source>
        <translation>Cơ sở dữ liệu “%1” bị hỏng: tệp ngắn hơn kích thước phải có. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The database “%1” is damaged and was not opened. Restore it from a backup.</source>
        <translation>Cơ sở dữ liệu “%1” bị hỏng nên không được mở. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The file “%1” is an SQLite database of another program, not a Secretariat database.</source>
        <translation>Tệp “%1” là cơ sở dữ liệu SQLite của chương trình khác, không phải là cơ sở dữ liệu Secretariat.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be read in this folder: its journal “%2” holds saved changes that can only be read where the folder may be written. Copy the folder to a place you may write, or ask whoever looks after it.</source>
        <translation>Không đọc được cơ sở dữ liệu “%1” trong thư mục này: tệp nhật ký “%2” còn giữ những thay đổi đã lưu, chỉ đọc được ở nơi được phép ghi. Hãy chép cả thư mục sang nơi bạn được ghi, hoặc hỏi người quản lý thư mục.</translation>
    </message>
    <message>
        <source>The folder “%1” may not be written: the database is open for reading only, and changes cannot be saved.</source>
        <translation>Thư mục “%1” không cho phép ghi: cơ sở dữ liệu được mở chỉ để đọc, không lưu được thay đổi.</translation>
    </message>
    <message>
        <source>The file “%1” may not be written: the database is open for reading only, and changes cannot be saved.</source>
        <translation>Tệp “%1” không cho phép ghi: cơ sở dữ liệu được mở chỉ để đọc, không lưu được thay đổi.</translation>
    </message>
    <message>
        <source>The database is open for reading only.</source>
        <translation>Cơ sở dữ liệu được mở chỉ để đọc.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened: %2</source>
        <translation>Không mở được cơ sở dữ liệu “%1”: %2</translation>
    </message>
    <message>
        <source>The database “%1” cannot be read here: %2</source>
        <translation>Không đọc được cơ sở dữ liệu “%1” ở đây: %2</translation>
    </message>
    <message>
        <source>This SQLite library cannot enforce foreign keys.</source>
        <translation>Thư viện SQLite này không bảo đảm được ràng buộc khóa ngoại.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read as a database.</source>
        <translation>Không đọc được tệp “%1” như một cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Tính toàn vẹn: %1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>Dòng %1 của bảng %2 tham chiếu đến một dòng không còn trong bảng %3.</translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation>Khóa ngoại: %1</translation>
    </message>
    <message>
        <source>The database is still open in another window or program; close it there first.</source>
        <translation>Cơ sở dữ liệu vẫn đang được mở ở cửa sổ hoặc chương trình khác; hãy đóng ở đó trước.</translation>
    </message>
    <message>
        <source>The SQLite driver of this installation cannot be used.</source>
        <translation>Không dùng được trình điều khiển SQLite của bản cài đặt này.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Ổ đĩa đã đầy.</translation>
    </message>
    <message>
        <source>The journal files beside “%1” belong to another account, which has the database open for reading: changes cannot be saved until it closes the program. If nobody has it open, remove “%2” and “%3” and open it again.</source>
        <translation>Các tệp nhật ký bên cạnh “%1” thuộc một tài khoản khác đang mở cơ sở dữ liệu để đọc: chưa lưu được thay đổi cho đến khi người đó đóng chương trình. Nếu không còn ai mở, hãy xóa “%2” và “%3” rồi mở lại.</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing row of %3.</source>
        <translation>Dòng %1 của bảng %2 tham chiếu đến một dòng không còn trong bảng %3.</translation>
    </message>
    <message>
        <source>The database “%1” cannot be created: %2</source>
        <translation>Không tạo được cơ sở dữ liệu “%1”: %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>What is due, most urgent first. Double-click a line or press Enter to open its record.</source>
        <translation>Những việc đến hạn, việc gấp nhất ở trên. Nháy đúp vào một dòng hoặc nhấn Enter để mở hồ sơ của việc đó.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Đơn vị, cá nhân</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Open the whole list</source>
        <translation>Mở toàn bộ danh sách</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>The indicator is no longer in the catalogue.</source>
        <translation>Chỉ tiêu không còn trong danh mục.</translation>
    </message>
    <message>
        <source>The indicator needs a name.</source>
        <translation>Chỉ tiêu cần có tên.</translation>
    </message>
    <message>
        <source>The catalogue already has the indicator “%1”.</source>
        <translation>Danh mục đã có chỉ tiêu “%1”.</translation>
    </message>
    <message>
        <source>“%1” is counted from the records and comes with the program: it can be taken out of use, not deleted.</source>
        <translation>“%1” được đếm từ hồ sơ và có sẵn trong chương trình: có thể ngừng sử dụng, không xóa được.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n figure(s) entered: it is not deleted, so that the tables of past years keep them. Take it out of use instead.</source>
        <translation>
            <numerusform>“%1” đã có %n số liệu được nhập: không xóa chỉ tiêu để bảng số liệu các năm trước giữ được số liệu. Hãy ngừng sử dụng chỉ tiêu thay vì xóa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the indicator the figure is for.</source>
        <translation>Hãy chọn chỉ tiêu của số liệu.</translation>
    </message>
    <message>
        <source>“%1” is counted from the records: its figures are not entered.</source>
        <translation>“%1” được đếm từ hồ sơ: không nhập số liệu cho chỉ tiêu này.</translation>
    </message>
    <message>
        <source>“%1” is no longer in use: put it back in use before entering figures.</source>
        <translation>“%1” đã ngừng sử dụng: hãy cho dùng lại trước khi nhập số liệu.</translation>
    </message>
    <message>
        <source>Choose the unit the figure is for.</source>
        <translation>Hãy chọn đơn vị của số liệu.</translation>
    </message>
    <message>
        <source>The unit is no longer in the directory.</source>
        <translation>Đơn vị không còn trong danh mục.</translation>
    </message>
    <message>
        <source>The year must lie between %1 and %2.</source>
        <translation>Năm phải từ %1 đến %2.</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>Giá trị phải là một số.</translation>
    </message>
    <message>
        <source>A figure is not negative: %1 cannot be entered for “%2”.</source>
        <translation>Số liệu không được âm: không nhập được %1 cho “%2”.</translation>
    </message>
    <message>
        <source>“%1” is a percentage: the value lies between 0 and 100.</source>
        <translation>“%1” là tỷ lệ phần trăm: giá trị phải từ 0 đến 100.</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Inspection statistics</source>
        <translation>Thống kê kiểm tra</translation>
    </message>
    <message>
        <source>Counted from the records: the targets of inspections whose work starts in the period, and the recommendations of the targets concluded in it, as remedied today.</source>
        <translation>Đếm từ hồ sơ: các đối tượng của những cuộc kiểm tra bắt đầu trong kỳ, và các kiến nghị của những đối tượng được kết luận trong kỳ, với tình trạng khắc phục đến hôm nay.</translation>
    </message>
    <message>
        <source>Issuing &amp;body:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ thống kê:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Nhiệm kỳ</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu tệp PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>All issuing bodies</source>
        <translation>Tất cả cơ quan ban hành</translation>
    </message>
    <message>
        <source>Quarter I</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <source>First 6 months</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>First 9 months</source>
        <translation>9 tháng đầu năm</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>A term of the body</source>
        <translation>Một nhiệm kỳ</translation>
    </message>
    <message>
        <source>Any dates</source>
        <translation>Từ ngày đến ngày</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Party organizations</source>
        <translation>Tổ chức đảng</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>This body has no term in the directory of issuing bodies: choose other dates.</source>
        <translation>Cơ quan này chưa có nhiệm kỳ nào trong danh mục cơ quan ban hành: hãy chọn kỳ khác.</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Được kiểm tra</translation>
    </message>
    <message>
        <source>Of them in violation</source>
        <translation>Trong đó: có vi phạm</translation>
    </message>
    <message>
        <source>Recommendations made</source>
        <translation>Kiến nghị đã đưa ra</translation>
    </message>
    <message>
        <source>Remedied on time</source>
        <translation>Đã khắc phục đúng hạn</translation>
    </message>
    <message>
        <source>Remedied late</source>
        <translation>Đã khắc phục quá hạn</translation>
    </message>
    <message>
        <source>Not yet remedied</source>
        <translation>Chưa khắc phục</translation>
    </message>
    <message>
        <source>Of them overdue</source>
        <translation>Trong đó: quá hạn</translation>
    </message>
    <message>
        <source>Commendation statistics</source>
        <translation>Thống kê khen thưởng</translation>
    </message>
    <message>
        <source>Counted from the records: the recipients accepted in the decisions dated in the period, by form, collectives and individuals.</source>
        <translation>Tính từ hồ sơ: các tập thể, cá nhân có tên trong các quyết định khen thưởng ký trong kỳ, theo hình thức khen thưởng, tập thể và cá nhân.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cộng</translation>
    </message>
    <message>
        <source>The &amp;statistics</source>
        <translation>&amp;Thống kê khen thưởng</translation>
    </message>
    <message>
        <source>The &amp;register of awards</source>
        <translation>&amp;Danh sách các quyết định khen thưởng</translation>
    </message>
    <message>
        <source>Records above your clearance are not counted.</source>
        <translation>Không tính các hồ sơ trên mức được xem của tài khoản.</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Xuất ra E&amp;xcel…</translation>
    </message>
    <message>
        <source>Save the table as an Excel workbook or CSV</source>
        <translation>Lưu bảng số liệu thành bảng tính Excel hoặc tệp CSV</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Statistics</source>
        <translation>Số liệu thống kê</translation>
    </message>
    <message>
        <source>Columns: units</source>
        <translation>Cột: theo đơn vị</translation>
    </message>
    <message>
        <source>Columns: years</source>
        <translation>Cột: theo năm</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Every indicator in use</source>
        <translation>Mọi chỉ tiêu đang dùng</translation>
    </message>
    <message>
        <source>Entered figures</source>
        <translation>Số liệu báo cáo (nhập)</translation>
    </message>
    <message>
        <source>Counted from the records</source>
        <translation>Đếm từ hồ sơ</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Từ năm</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>đến nă&amp;m</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Only indicators with figures</source>
        <translation>Chỉ hiện chỉ tiêu có số liệu</translation>
    </message>
    <message>
        <source>&amp;Enter figures…</source>
        <translation>&amp;Nhập số liệu…</translation>
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <translation>Danh mục &amp;chỉ tiêu…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Xuất ra &amp;Excel…</translation>
    </message>
    <message>
        <source>No indicator in use is of that kind.</source>
        <translation>Không có chỉ tiêu đang dùng nào thuộc loại này.</translation>
    </message>
    <message>
        <source>No figures to draw</source>
        <translation>Không có số liệu để vẽ biểu đồ</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsTable</name>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>The years must lie between %1 and %2.</source>
        <translation>Năm phải từ %1 đến %2.</translation>
    </message>
    <message>
        <source>The first year (%1) comes after the last (%2).</source>
        <translation>Năm đầu (%1) sau năm cuối (%2).</translation>
    </message>
    <message>
        <source>A table by years shows at most 50 years.</source>
        <translation>Bảng theo năm hiện nhiều nhất 50 năm.</translation>
    </message>
    <message>
        <source>The indicator is no longer in the catalogue.</source>
        <translation>Chỉ tiêu không còn trong danh mục.</translation>
    </message>
    <message>
        <source>The unit is no longer in the directory.</source>
        <translation>Đơn vị không còn trong danh mục.</translation>
    </message>
    <message>
        <source>Statistics %1 by unit</source>
        <translation>Số liệu thống kê %1 theo đơn vị</translation>
    </message>
    <message>
        <source>Statistics %1 of %2 and the units under it</source>
        <translation>Số liệu thống kê %1 của %2 và các đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Statistics %1 by year, all units</source>
        <translation>Số liệu thống kê %1 theo năm, toàn bộ các đơn vị</translation>
    </message>
    <message>
        <source>Statistics %1 by year: %2</source>
        <translation>Số liệu thống kê %1 theo năm: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) covering more than one year are shown only in the table by units.</source>
        <translation>
            <numerusform>%n số liệu báo cáo cho nhiều năm chỉ hiện trong bảng theo đơn vị.</numerusform>
        </translation>
    </message>
    <message>
        <source>The counts leave out the records above your clearance.</source>
        <translation>Số liệu không gồm các hồ sơ trên mức được xem của tài khoản.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cộng</translation>
    </message>
</context>
<context>
    <name>StatisticsTableModel</name>
    <message>
        <source>Entered figures; adds up as: %1</source>
        <translation>Số liệu báo cáo; cách tổng hợp: %1</translation>
    </message>
    <message>
        <source>Counted from the records: %1</source>
        <translation>Đếm từ hồ sơ: %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Đơn vị tính</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The program does not know the table “%1”.</source>
        <translation>Chương trình không biết bảng “%1”.</translation>
    </message>
    <message>
        <source>There is no database file “%1”.</source>
        <translation>Không có tệp cơ sở dữ liệu “%1”.</translation>
    </message>
    <message>
        <source>The file “%1” is empty: it holds no Secretariat database.</source>
        <translation>Tệp “%1” trống: không chứa cơ sở dữ liệu Secretariat nào.</translation>
    </message>
    <message>
        <source>The database “%1” was made by a newer version of Secretariat (schema %2; this program knows up to %3).</source>
        <translation>Cơ sở dữ liệu “%1” do phiên bản Secretariat mới hơn tạo ra (lược đồ %2; chương trình này chỉ biết đến %3).</translation>
    </message>
    <message>
        <source>The schema is at version %1; opening the file in the program updates it to %2.</source>
        <translation>Lược đồ đang ở phiên bản %1; khi mở tệp trong chương trình, lược đồ sẽ được nâng cấp lên %2.</translation>
    </message>
    <message>
        <source>The folder for “%1” cannot be created.</source>
        <translation>Không tạo được thư mục chứa “%1”.</translation>
    </message>
    <message>
        <source>The file “%1” is empty: it holds no Secretariat database. Choose another file, or make a new database with File › New.</source>
        <translation>Tệp “%1” rỗng: không chứa cơ sở dữ liệu Secretariat nào. Hãy chọn tệp khác, hoặc tạo cơ sở dữ liệu mới bằng Tệp › Tạo mới.</translation>
    </message>
    <message>
        <source>The file “%1” already exists; a new database needs a new file name.</source>
        <translation>Tệp “%1” đã có; cơ sở dữ liệu mới cần một tên tệp mới.</translation>
    </message>
    <message>
        <source>The database “%1” was made by a newer version of Secretariat (schema %2; this program knows up to %3). It was not changed: open it with the newer program.</source>
        <translation>Cơ sở dữ liệu “%1” được tạo bằng phiên bản Secretariat mới hơn (lược đồ %2; chương trình này chỉ đọc được đến %3). Tệp không bị thay đổi: hãy mở bằng phiên bản mới hơn.</translation>
    </message>
    <message>
        <source>The database “%1” was made by an older version of Secretariat and must be updated before it is used, which cannot be done while it is read-only. %2</source>
        <translation>Cơ sở dữ liệu “%1” do phiên bản Secretariat cũ hơn tạo ra và phải được cập nhật trước khi dùng, điều không làm được khi chỉ mở để đọc. %2</translation>
    </message>
    <message>
        <source>The program is missing its database migration %1.</source>
        <translation>Chương trình bị thiếu bước nâng cấp cơ sở dữ liệu số %1.</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed, nothing was changed: %2</source>
        <translation>Nâng cấp cơ sở dữ liệu lên phiên bản %1 không thành công, chưa có gì bị thay đổi: %2</translation>
    </message>
    <message>
        <source>The %1 no longer exists: it was deleted, perhaps in another window.</source>
        <translation>Không còn %1 này: đã bị xóa, có thể ở cửa sổ khác.</translation>
    </message>
    <message>
        <source>The change could not be saved because no transaction was open.</source>
        <translation>Không lưu được thay đổi vì chưa mở giao dịch cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>A part of the change failed, so none of it was saved.</source>
        <translation>Một phần của thay đổi không thực hiện được nên không lưu phần nào.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted because it is still used by %2.</source>
        <translation>“%1” không xóa được vì còn được dùng trong %2.</translation>
    </message>
    <message>
        <source>The setting was changed in another window meanwhile; try again.</source>
        <translation>Thiết lập vừa được sửa ở cửa sổ khác; hãy thử lại.</translation>
    </message>
    <message>
        <source>a classified record</source>
        <translation>một hồ sơ mật</translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation>Hãy đăng nhập trước.</translation>
    </message>
    <message>
        <source>The account “%1” (%2) may not %3.</source>
        <translation>Tài khoản “%1” (%2) không được phép %3.</translation>
    </message>
    <message>
        <source>The account “%1” may not mark a record %2: it reads up to %3.</source>
        <translation>Tài khoản “%1” không được đặt độ mật %2 cho hồ sơ: tài khoản chỉ được xem đến mức %3.</translation>
    </message>
    <message>
        <source>The %1 it belongs to no longer exists: it was deleted, perhaps in another window.</source>
        <translation>Không còn %1 mà mục này thuộc về: có thể đã bị xóa ở cửa sổ khác.</translation>
    </message>
    <message>
        <source>Type the account name.</source>
        <translation>Hãy nhập tên tài khoản.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>The account name or the password is not right.</source>
        <translation>Tên tài khoản hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>The account “%1” is disabled. Ask the administrator.</source>
        <translation>Tài khoản “%1” đã bị khóa. Hãy liên hệ người quản trị.</translation>
    </message>
    <message numerus="yes">
        <source>The password was wrong %1 times in a row: try again in %n second(s).</source>
        <translation>
            <numerusform>Mật khẩu đã sai %1 lần liên tiếp: hãy thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>This database holds secret records, and other accounts on this computer may read “%1”. Keep it in a folder only you may open (or ask whoever looks after the computer to restrict it).</source>
        <translation>Cơ sở dữ liệu này có hồ sơ mật, và các tài khoản khác trên máy tính này có thể đọc “%1”. Hãy để nó trong thư mục chỉ bạn mở được (hoặc nhờ người quản lý máy tính hạn chế quyền đọc).</translation>
    </message>
    <message>
        <source>On a server the program works as the account it connected as (“%1”): connect as “%2” to work as that account.</source>
        <translation>Trên máy chủ, chương trình làm việc bằng tài khoản đã dùng để kết nối (“%1”): hãy kết nối bằng “%2” để làm việc với tài khoản đó.</translation>
    </message>
    <message>
        <source>The server account “%1” has no account in the database %2: ask the administrator to add it with “secretariat user add %1”.</source>
        <translation>Tài khoản máy chủ “%1” chưa có tài khoản trong cơ sở dữ liệu %2: đề nghị quản trị viên thêm bằng lệnh “secretariat user add %1”.</translation>
    </message>
    <message>
        <source>The database %1 on the server already holds Secretariat data; a new database needs an empty one.</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ đã có dữ liệu Secretariat; cơ sở dữ liệu mới cần một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Secretariat (schema %2; this program knows up to %3). It was not changed: use the newer program.</source>
        <translation>Cơ sở dữ liệu %1 được tạo bởi phiên bản Secretariat mới hơn (lược đồ %2; chương trình này chỉ biết đến %3). Cơ sở dữ liệu không bị thay đổi: hãy dùng chương trình mới hơn.</translation>
    </message>
    <message>
        <source>The database %1 on the server holds no Secretariat data yet. An administrator fills it with “secretariat copy”, or File › Connect to server makes its tables.</source>
        <translation>Cơ sở dữ liệu %1 trên máy chủ chưa có dữ liệu Secretariat. Người quản trị nạp dữ liệu bằng lệnh “secretariat copy”, hoặc dùng Tệp › Kết nối máy chủ để tạo các bảng.</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>There is already a unit with this name under the same superior unit.</source>
        <translation>Đã có đơn vị cùng tên thuộc cùng đơn vị cấp trên.</translation>
    </message>
    <message>
        <source>There is already a document with this number and code on this date.</source>
        <translation>Đã có văn bản cùng số, ký hiệu và cùng ngày ban hành.</translation>
    </message>
    <message>
        <source>This number is already taken in the outgoing document register.</source>
        <translation>Số này đã được cấp trong sổ văn bản đi.</translation>
    </message>
    <message>
        <source>This person is already among the participants.</source>
        <translation>Cán bộ này đã có trong thành phần tham dự.</translation>
    </message>
    <message>
        <source>This unit is already among the participants.</source>
        <translation>Đơn vị này đã có trong thành phần tham dự.</translation>
    </message>
    <message>
        <source>This person is already a member of the team.</source>
        <translation>Cán bộ này đã là thành viên của đoàn.</translation>
    </message>
    <message>
        <source>A unit cannot be its own superior unit.</source>
        <translation>Đơn vị không thể là đơn vị cấp trên của chính mình.</translation>
    </message>
    <message>
        <source>A unit cannot be its own successor.</source>
        <translation>Đơn vị không thể là đơn vị kế thừa của chính mình.</translation>
    </message>
    <message>
        <source>A participant is either a person or a unit.</source>
        <translation>Mỗi thành phần tham dự chỉ là một cán bộ hoặc một đơn vị.</translation>
    </message>
    <message>
        <source>An attachment belongs to exactly one record.</source>
        <translation>Mỗi tệp đính kèm chỉ thuộc về đúng một bản ghi.</translation>
    </message>
    <message>
        <source>The year of the number must be the year of the date.</source>
        <translation>Năm của số văn bản phải trùng với năm của ngày văn bản.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Địa chỉ thư điện tử không hợp lệ.</translation>
    </message>
    <message>
        <source>There is already a %1 with the same %2.</source>
        <translation>Đã có %1 trùng “%2”.</translation>
    </message>
    <message>
        <source>“%1” must be filled in.</source>
        <translation>“%1” không được để trống.</translation>
    </message>
    <message>
        <source>A required field is empty.</source>
        <translation>Có ô bắt buộc còn để trống.</translation>
    </message>
    <message>
        <source>A date is not a valid calendar date.</source>
        <translation>Có ngày tháng không có thật trên lịch.</translation>
    </message>
    <message>
        <source>A time is not valid; write it as HH:MM.</source>
        <translation>Có giờ không hợp lệ; hãy ghi theo dạng HH:MM.</translation>
    </message>
    <message>
        <source>An end date is before its start date.</source>
        <translation>Có ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>A value is not one of the allowed choices (%1).</source>
        <translation>Có giá trị không thuộc các lựa chọn cho phép (%1).</translation>
    </message>
    <message>
        <source>The record refers to something that does not exist any more, or is still referred to by other records.</source>
        <translation>Bản ghi tham chiếu đến dữ liệu không còn nữa, hoặc vẫn đang được bản ghi khác tham chiếu đến.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program; try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận ở cửa sổ hoặc chương trình khác; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The database file is read-only; changes cannot be saved.</source>
        <translation>Tệp cơ sở dữ liệu chỉ cho phép đọc; không lưu được thay đổi.</translation>
    </message>
    <message>
        <source>There is already a document type with this code.</source>
        <translation>Đã có loại văn bản mang ký hiệu này.</translation>
    </message>
    <message>
        <source>The year of a number must be between 1930 and 9999.</source>
        <translation>Năm của số văn bản phải từ 1930 đến 9999.</translation>
    </message>
    <message>
        <source>This would repeat a record that exists already.</source>
        <translation>Như vậy sẽ trùng một bản ghi đã có.</translation>
    </message>
    <message>
        <source>The audit log can only grow: its rows are never changed or removed.</source>
        <translation>Nhật ký thay đổi chỉ được ghi thêm: các dòng của nó không bao giờ bị sửa hay xóa.</translation>
    </message>
    <message>
        <source>The disk is full; free some space and save again. Nothing was lost: what you typed is still here.</source>
        <translation>Ổ đĩa đã đầy; hãy giải phóng dung lượng rồi lưu lại. Không mất gì: những gì bạn đã gõ vẫn còn đây.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (%1). Nothing was saved; check the disk or the network drive and try again.</source>
        <translation>Không đọc hoặc ghi được tệp cơ sở dữ liệu (%1). Chưa lưu gì; hãy kiểm tra ổ đĩa hoặc ổ mạng rồi thử lại.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Close the program and restore the last backup.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng (%1). Hãy đóng chương trình và khôi phục bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <source>This unit is already another issuing body.</source>
        <translation>Đơn vị này đã là một cơ quan ban hành khác.</translation>
    </message>
    <message>
        <source>Another issuing body already issues by default.</source>
        <translation>Đã có cơ quan ban hành khác được dùng mặc định.</translation>
    </message>
    <message>
        <source>This body already has a signer for this kind of document.</source>
        <translation>Cơ quan này đã có người ký cho loại văn bản này.</translation>
    </message>
    <message>
        <source>A term cannot end before it begins.</source>
        <translation>Nhiệm kỳ không thể kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>An issued document is kept as it was signed and cannot be changed or removed.</source>
        <translation>Văn bản đã ban hành được lưu đúng như khi ký, không thể sửa hay xóa.</translation>
    </message>
    <message>
        <source>The issuing body already has a team with this number this year.</source>
        <translation>Cơ quan ban hành đã có đoàn kiểm tra mang số này trong năm.</translation>
    </message>
    <message>
        <source>A remedied recommendation needs the date it was remedied.</source>
        <translation>Kiến nghị đã khắc phục phải có ngày khắc phục.</translation>
    </message>
    <message>
        <source>A violation of a Party member needs the person.</source>
        <translation>Vi phạm của đảng viên phải chọn đảng viên.</translation>
    </message>
    <message>
        <source>An inspected target is either an organization or a Party member.</source>
        <translation>Mỗi đối tượng kiểm tra là một tổ chức đảng hoặc một đảng viên.</translation>
    </message>
    <message>
        <source>A recommendation&apos;s history is never changed or deleted: record a new event instead.</source>
        <translation>Diễn biến khắc phục của kiến nghị không bao giờ bị sửa hay xóa: hãy ghi nhận một diễn biến mới.</translation>
    </message>
    <message>
        <source>The working period ends before it begins.</source>
        <translation>Thời gian làm việc kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>The period inspected ends before it begins.</source>
        <translation>Thời kỳ kiểm tra kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>This unit is already a target of the inspection.</source>
        <translation>Đơn vị này đã là đối tượng của cuộc kiểm tra.</translation>
    </message>
    <message>
        <source>This Party member is already a target of the inspection.</source>
        <translation>Đảng viên này đã là đối tượng của cuộc kiểm tra.</translation>
    </message>
    <message>
        <source>The commendation is decided: its decision and its list are kept as they were signed. Only a badge number or a note can still be written.</source>
        <translation>Hồ sơ khen thưởng đã có quyết định: quyết định và danh sách được giữ nguyên như khi ký. Chỉ còn ghi được số huy hiệu hoặc ghi chú.</translation>
    </message>
    <message>
        <source>This recipient is already on the list for this form of commendation.</source>
        <translation>Đối tượng này đã có trong danh sách với hình thức khen thưởng này.</translation>
    </message>
    <message>
        <source>This badge number is already given to someone else.</source>
        <translation>Số huy hiệu này đã cấp cho người khác.</translation>
    </message>
    <message>
        <source>A collective recipient is a unit of the directory; an individual one, a person.</source>
        <translation>Đối tượng tập thể là một đơn vị trong danh mục; đối tượng cá nhân là một người.</translation>
    </message>
    <message>
        <source>The decision is dated before the proposal.</source>
        <translation>Ngày quyết định trước ngày đề nghị.</translation>
    </message>
    <message>
        <source>A decided commendation needs the date of its decision.</source>
        <translation>Hồ sơ đã quyết định cần có ngày quyết định.</translation>
    </message>
    <message>
        <source>Choose the form of commendation.</source>
        <translation>Hãy chọn hình thức khen thưởng.</translation>
    </message>
    <message>
        <source>A round of Party membership badges gives each member the badge due: it has no single form.</source>
        <translation>Đợt tặng Huy hiệu Đảng tặng mỗi đảng viên huy hiệu đến hạn: không có một hình thức chung.</translation>
    </message>
    <message>
        <source>There is already a form of commendation with this name.</source>
        <translation>Đã có hình thức khen thưởng cùng tên.</translation>
    </message>
    <message>
        <source>There is already a badge for this many years.</source>
        <translation>Đã có huy hiệu cho số năm tuổi Đảng này.</translation>
    </message>
    <message>
        <source>This body is already among those that give the form.</source>
        <translation>Cơ quan này đã có trong danh sách cơ quan có thẩm quyền tặng.</translation>
    </message>
    <message>
        <source>A fixed text on the certificate needs its words.</source>
        <translation>Mục chữ cố định trên phôi cần có nội dung.</translation>
    </message>
    <message>
        <source>The server refused: your account may not make this change (%1).</source>
        <translation>Máy chủ từ chối: tài khoản của bạn không được phép thực hiện thay đổi này (%1).</translation>
    </message>
    <message>
        <source>The database reported an unexpected error (in %1&apos;s words: “%2”). Nothing was changed. If it happens again, check the database with “secretariat check”.</source>
        <translation>Cơ sở dữ liệu báo một lỗi không lường trước (nguyên văn của %1: “%2”). Không có gì bị thay đổi. Nếu lỗi còn lặp lại, hãy kiểm tra cơ sở dữ liệu bằng lệnh “secretariat check”.</translation>
    </message>
</context>
<context>
    <name>TableSource</name>
    <message>
        <source>Lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Danh sách (*.xlsx *.csv *.txt);;Tệp Excel (*.xlsx);;Tệp CSV (*.csv *.txt);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>TargetEditor</name>
    <message>
        <source>Inspected target</source>
        <translation>Đối tượng kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>Lịch làm &amp;việc</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <source>Self-inspection report &amp;due:</source>
        <translation>Hạn nộp &amp;báo cáo tự kiểm tra:</translation>
    </message>
    <message>
        <source>The date the target must send its self-inspection report by</source>
        <translation>Ngày đối tượng kiểm tra phải gửi báo cáo tự kiểm tra</translation>
    </message>
    <message>
        <source>Report &amp;received:</source>
        <translation>Ngày nhận báo cá&amp;o:</translation>
    </message>
    <message>
        <source>The date the self-inspection report arrived</source>
        <translation>Ngày nhận được báo cáo tự kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Working sessions:</source>
        <translation>&amp;Các buổi làm việc:</translation>
    </message>
    <message>
        <source>Add sess&amp;ion</source>
        <translation>Thê&amp;m buổi làm việc</translation>
    </message>
    <message>
        <source>Add a working session with the target</source>
        <translation>Thêm một buổi làm việc với đối tượng kiểm tra</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Chu&amp;yển lên</translation>
    </message>
    <message>
        <source>Move up (Alt+Up, or drag)</source>
        <translation>Chuyển lên trên (Alt+Mũi tên lên, hoặc kéo thả)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>Move down (Alt+Down, or drag)</source>
        <translation>Chuyển xuống dưới (Alt+Mũi tên xuống, hoặc kéo thả)</translation>
    </message>
    <message>
        <source>Re&amp;move session</source>
        <translation>Xó&amp;a buổi làm việc</translation>
    </message>
    <message>
        <source>Remove the session</source>
        <translation>Xóa buổi làm việc đang chọn</translation>
    </message>
    <message>
        <source>&amp;Conclusion</source>
        <translation>&amp;Kết luận</translation>
    </message>
    <message>
        <source>Concluded &amp;on:</source>
        <translation>Ngày kết l&amp;uận:</translation>
    </message>
    <message>
        <source>The date of the conclusion; recommendations fall due after it</source>
        <translation>Ngày kết luận; thời hạn của các kiến nghị tính sau ngày này</translation>
    </message>
    <message>
        <source>St&amp;rengths:</source>
        <translation>Ưu điể&amp;m:</translation>
    </message>
    <message>
        <source>What the target did well</source>
        <translation>Những việc đối tượng kiểm tra đã làm tốt</translation>
    </message>
    <message>
        <source>Shortco&amp;mings:</source>
        <translation>&amp;Tồn tại, hạn chế:</translation>
    </message>
    <message>
        <source>Shortcomings and limitations found</source>
        <translation>Những tồn tại, hạn chế đã phát hiện</translation>
    </message>
    <message>
        <source>C&amp;auses:</source>
        <translation>N&amp;guyên nhân:</translation>
    </message>
    <message>
        <source>The causes of the shortcomings and violations</source>
        <translation>Nguyên nhân của tồn tại, hạn chế và vi phạm</translation>
    </message>
    <message>
        <source>Res&amp;ponsibility:</source>
        <translation>T&amp;rách nhiệm:</translation>
    </message>
    <message>
        <source>Who is responsible for the shortcomings and violations</source>
        <translation>Trách nhiệm của tập thể, cá nhân đối với tồn tại, hạn chế và vi phạm</translation>
    </message>
    <message>
        <source>D&amp;iscipline proposed:</source>
        <translation>Đề nghị &amp;xử lý kỷ luật:</translation>
    </message>
    <message>
        <source>The discipline proposed, if any</source>
        <translation>Hình thức kỷ luật đề nghị (nếu có)</translation>
    </message>
    <message>
        <source>&amp;Violations:</source>
        <translation>Vi &amp;phạm:</translation>
    </message>
    <message>
        <source>Violation of the or&amp;ganization</source>
        <translation>Vi phạm của tổ &amp;chức</translation>
    </message>
    <message>
        <source>Add a violation of the organization</source>
        <translation>Thêm một vi phạm của tổ chức đảng</translation>
    </message>
    <message>
        <source>Violation of a mem&amp;ber</source>
        <translation>Vi phạm của đảng v&amp;iên</translation>
    </message>
    <message>
        <source>Add a violation of a Party member (confidential)</source>
        <translation>Thêm một vi phạm của đảng viên (mật)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Remo&amp;ve violation</source>
        <translation>Xó&amp;a vi phạm</translation>
    </message>
    <message>
        <source>Remove the violation</source>
        <translation>Xóa vi phạm đang chọn</translation>
    </message>
    <message>
        <source>R&amp;ecommendations</source>
        <translation>Kiến &amp;nghị</translation>
    </message>
    <message>
        <source>Recommendations and requests (status and remedy reports change only through the follow-up history):</source>
        <translation>Kiến nghị, yêu cầu (trạng thái và báo cáo khắc phục chỉ thay đổi qua lịch sử theo dõi khắc phục):</translation>
    </message>
    <message>
        <source>Add recommendatio&amp;n</source>
        <translation>&amp;Thêm kiến nghị</translation>
    </message>
    <message>
        <source>Add a recommendation: what to remedy, who, by when</source>
        <translation>Thêm một kiến nghị: khắc phục việc gì, ai thực hiện, thời hạn nào</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>Remo&amp;ve recommendation</source>
        <translation>Xó&amp;a kiến nghị</translation>
    </message>
    <message>
        <source>Remove the recommendation (only one without a follow-up history)</source>
        <translation>Xóa kiến nghị đang chọn (chỉ kiến nghị chưa có lịch sử theo dõi khắc phục)</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Tệp kèm th&amp;eo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The team works from %1 to %2; sessions fall within that period.</source>
        <translation>Đoàn làm việc từ %1 đến %2; các buổi làm việc phải nằm trong thời gian này.</translation>
    </message>
    <message>
        <source>The working period of the inspection is not set.</source>
        <translation>Chưa ghi thời gian làm việc của Đoàn.</translation>
    </message>
    <message>
        <source>Party member concerned: %1.</source>
        <translation>Đảng viên liên quan: %1.</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>Type a name to find the member…</source>
        <translation>Gõ họ tên để tìm đảng viên…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>(choose the responsible unit)</source>
        <translation>(chọn đơn vị chịu trách nhiệm)</translation>
    </message>
    <message numerus="yes">
        <source>Recommendation %1 is kept: it has a follow-up history (%n event(s)), and that history is never deleted.</source>
        <translation>
            <numerusform>Không xóa kiến nghị %1: kiến nghị đã có lịch sử theo dõi khắc phục (%n sự kiện), và lịch sử này không bao giờ bị xóa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the recommendation</source>
        <translation>Xóa kiến nghị</translation>
    </message>
    <message>
        <source>Remove recommendation %1, “%2”?</source>
        <translation>Xóa kiến nghị %1, “%2”?</translation>
    </message>
    <message numerus="yes">
        <source>submitted %n day(s) late</source>
        <translation>
            <numerusform>nộp chậm %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not received yet, %n day(s) overdue</source>
        <translation>
            <numerusform>chưa nộp, quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n buổi làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s)</source>
        <translation>
            <numerusform>%n vi phạm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n kiến nghị</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1: “%2” is not a date; write it as 02/11/2023.</source>
        <translation>Buổi làm việc %1: “%2” không phải là ngày; hãy ghi như 02/11/2023.</translation>
    </message>
    <message>
        <source>Session %1 has no date.</source>
        <translation>Buổi làm việc %1 chưa có ngày.</translation>
    </message>
    <message>
        <source>Session %1: “%2” is not a time; write it as 07:30.</source>
        <translation>Buổi làm việc %1: “%2” không phải là giờ; hãy ghi như 07:30.</translation>
    </message>
    <message>
        <source>Session %1 ends (%2) before it starts (%3).</source>
        <translation>Buổi làm việc %1 kết thúc (%2) trước khi bắt đầu (%3).</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <source>Session %1 on %2 lies outside the working period of the inspection (%3).</source>
        <translation>Buổi làm việc %1 ngày %2 nằm ngoài thời gian làm việc của Đoàn (%3).</translation>
    </message>
    <message>
        <source>Violation %1 is a Party member&apos;s: choose the member.</source>
        <translation>Vi phạm %1 là của đảng viên: hãy chọn đảng viên.</translation>
    </message>
    <message>
        <source>Violation %1 does not say what was violated.</source>
        <translation>Vi phạm %1 chưa ghi nội dung vi phạm.</translation>
    </message>
    <message>
        <source>Recommendation %1 does not say what is to be done.</source>
        <translation>Kiến nghị %1 chưa ghi nội dung cần thực hiện.</translation>
    </message>
    <message>
        <source>Recommendation %1 has no responsible unit: choose who carries it out.</source>
        <translation>Kiến nghị %1 chưa có đơn vị chịu trách nhiệm: hãy chọn đơn vị thực hiện.</translation>
    </message>
    <message>
        <source>Recommendation %1: “%2” is not a date; write it as 31/12/2026.</source>
        <translation>Kiến nghị %1: “%2” không phải là ngày; hãy ghi như 31/12/2026.</translation>
    </message>
    <message>
        <source>Recommendation %1 has no deadline.</source>
        <translation>Kiến nghị %1 chưa có thời hạn.</translation>
    </message>
    <message>
        <source>Recommendation %1 falls due on %2, before the conclusion of %3.</source>
        <translation>Kiến nghị %1 có thời hạn %2, trước ngày kết luận %3.</translation>
    </message>
    <message>
        <source>Approve the &amp;conclusion</source>
        <translation>&amp;Duyệt kết luận</translation>
    </message>
</context>
<context>
    <name>TemplateEngine</name>
    <message>
        <source>Template %1, line %2: %3</source>
        <extracomment>%1 is a template file, %2 a line number, %3 what is wrong there.</extracomment>
        <translation>Mẫu %1, dòng %2: %3</translation>
    </message>
    <message>
        <source>“{{” is not closed by “%1”.</source>
        <translation>“{{” thiếu “%1” để đóng.</translation>
    </message>
    <message>
        <source>“%1” is not a field name.</source>
        <translation>“%1” không phải là tên trường.</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes a section that was never opened.</source>
        <translation>“{{/%1}}” đóng một khối chưa được mở.</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes “%2”, opened on line %3.</source>
        <translation>“{{/%1}}” đóng nhầm khối “%2” đang mở từ dòng %3.</translation>
    </message>
    <message>
        <source>The section “%1” is never closed.</source>
        <translation>Khối “%1” không có thẻ đóng.</translation>
    </message>
    <message>
        <source>there is no field “%1”.</source>
        <translation>không có trường “%1”.</translation>
    </message>
    <message>
        <source>the template could not be read.</source>
        <translation>không đọc được mẫu.</translation>
    </message>
</context>
<context>
    <name>UnitEditor</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Tên đơn &amp;vị:</translation>
    </message>
    <message>
        <source>e.g. Ban Thường vụ Tỉnh ủy Thanh Hóa</source>
        <translation>Ví dụ: Ban Thường vụ Tỉnh ủy Thanh Hóa</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Tên v&amp;iết tắt:</translation>
    </message>
    <message>
        <source>e.g. VPTU</source>
        <translation>Ví dụ: VPTU</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại đơn vị:</translation>
    </message>
    <message>
        <source>Issuer &amp;code:</source>
        <translation>Ký hiệu cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>e.g. TU, ĐU, TW</source>
        <translation>Ví dụ: TU, ĐU, TW</translation>
    </message>
    <message>
        <source>The code after the slash in document numbers: 12-TB/TU</source>
        <translation>Ký hiệu đứng sau dấu gạch chéo trong số, ký hiệu văn bản: 12-TB/TU</translation>
    </message>
    <message>
        <source>&amp;Place name:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>e.g. Thanh Hóa</source>
        <translation>Ví dụ: Thanh Hóa</translation>
    </message>
    <message>
        <source>Printed in the date line: “Thanh Hóa, ngày …”</source>
        <translation>In ở dòng địa danh, ngày tháng: “Thanh Hóa, ngày …”</translation>
    </message>
    <message>
        <source>Su&amp;perior unit:</source>
        <translation>Đơn vị &amp;cấp trên:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Hiệu lực &amp;từ:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Hiệu lực đế&amp;n:</translation>
    </message>
    <message>
        <source>Succeeded &amp;by:</source>
        <translation>Đơn vị &amp;kế thừa:</translation>
    </message>
    <message>
        <source>The unit that took over after a renaming or merger</source>
        <translation>Đơn vị tiếp nhận sau khi đổi tên, hợp nhất hoặc sáp nhập</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Sửa thông tin đơn vị</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(cấp cao nhất)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Enter the name of the unit.</source>
        <translation>Nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>“%1” is under this unit, so it cannot be its superior unit.</source>
        <translation>“%1” trực thuộc đơn vị này nên không thể là đơn vị cấp trên của nó.</translation>
    </message>
    <message>
        <source>“Valid until” cannot be before “Valid from”.</source>
        <translation>“Hiệu lực đến” không được trước “Hiệu lực từ”.</translation>
    </message>
    <message>
        <source>A unit that was succeeded needs the date until which it was valid.</source>
        <translation>Đơn vị đã có đơn vị kế thừa phải ghi ngày hết hiệu lực (“Hiệu lực đến”).</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>No longer in existence under this name</source>
        <translation>Không còn tồn tại dưới tên này</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Ký hiệu</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Save them before closing?</source>
        <translation>Lưu các thay đổi trước khi đóng?</translation>
    </message>
</context>
<context>
    <name>VietnameseText</name>
    <message>
        <source>Enter a date as dd/MM/yyyy.</source>
        <extracomment>Shown under an empty date field; dd/MM/yyyy is the format to type.</extracomment>
        <translation>Nhập ngày theo dạng dd/MM/yyyy.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form dd/MM/yyyy.</source>
        <extracomment>%1 is what the user typed in a date field; dd/MM/yyyy is the format to type.</extracomment>
        <translation>“%1” không phải là ngày theo dạng dd/MM/yyyy.</translation>
    </message>
    <message>
        <source>There is no day %1 in the calendar.</source>
        <extracomment>%1 is the date as the user typed it, e.g. 31/02/2026.</extracomment>
        <translation>Không có ngày %1 trong lịch.</translation>
    </message>
    <message>
        <source>There is no day %1: month %2 of %3 has %4 days.</source>
        <extracomment>%1 the typed date (31/02/2024), %2 its month, %3 its year, %4 the days that month has.</extracomment>
        <translation>Không có ngày %1: tháng %2 năm %3 chỉ có %4 ngày.</translation>
    </message>
</context>
<context>
    <name>WorkDue</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue recommendations (%n)</source>
        <translation>
            <numerusform>Kiến nghị quá hạn (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recommendations due within 7 days (%n)</source>
        <translation>
            <numerusform>Kiến nghị đến hạn trong 7 ngày (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late self-inspection reports (%n)</source>
        <translation>
            <numerusform>Báo cáo tự kiểm tra chậm nộp (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conferences without invitations issued (%n)</source>
        <translation>
            <numerusform>Hội nghị chưa phát hành giấy mời (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Party badges due in the next round (%n)</source>
        <translation>
            <numerusform>Huy hiệu Đảng đến hạn đợt tới (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue recommendations</source>
        <translation>Không có kiến nghị quá hạn</translation>
    </message>
    <message>
        <source>No recommendations due within 7 days</source>
        <translation>Không có kiến nghị đến hạn trong 7 ngày</translation>
    </message>
    <message>
        <source>No late self-inspection reports</source>
        <translation>Không có báo cáo tự kiểm tra chậm nộp</translation>
    </message>
    <message>
        <source>No conferences in the next 14 days without invitations</source>
        <translation>Không có hội nghị nào trong 14 ngày tới chưa có giấy mời</translation>
    </message>
    <message>
        <source>No members due a badge in the next round</source>
        <translation>Không có đảng viên đến hạn nhận Huy hiệu Đảng đợt tới</translation>
    </message>
    <message numerus="yes">
        <source>%n years of membership, round of %1</source>
        <translation>
            <numerusform>%n năm tuổi Đảng, đợt %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents waiting for a number (%n)</source>
        <translation>
            <numerusform>Văn bản chờ lấy số (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No approved documents waiting for a number</source>
        <translation>Không có văn bản đã duyệt nào đang chờ lấy số</translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation>
            <numerusform>và %n việc nữa…</numerusform>
        </translation>
    </message>
    <message>
        <source>Commendation decision: %1</source>
        <translation>Quyết định khen thưởng: %1</translation>
    </message>
    <message>
        <source>Notice of conclusion: %1</source>
        <translation>Thông báo kết luận: %1</translation>
    </message>
    <message>
        <source>approved %1</source>
        <translation>đã duyệt ngày %1</translation>
    </message>
</context>
<context>
    <name>WorkLists</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>Organized by</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Implements</source>
        <translation>Thực hiện văn bản</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Number and code</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Thay thế số</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Độ mật</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook “%1” is damaged; open it in Excel or LibreOffice Calc, save it again and choose it again.</source>
        <translation>Tệp Excel “%1” bị hỏng; hãy mở tệp bằng Excel hoặc LibreOffice Calc, lưu lại rồi chọn lại.</translation>
    </message>
    <message>
        <source>The workbook “%1” unpacks to more than %2 MiB: that is not a list to import. Copy the sheet you need into a new workbook and choose that one.</source>
        <translation>Tệp Excel “%1” khi giải nén lớn hơn %2 MiB: đây không phải một danh sách để nhập. Hãy sao chép trang tính cần dùng sang một tệp Excel mới rồi chọn tệp đó.</translation>
    </message>
    <message>
        <source>The workbook “%1” is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook), save it and choose it again.</source>
        <translation>Tệp Excel “%1” được bảo vệ bằng mật khẩu. Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc; bản tiếng Anh: File › Info › Protect Workbook), lưu lại rồi chọn lại.</translation>
    </message>
    <message>
        <source>The file “%1” is an old Excel workbook (.xls). Open it in Excel or LibreOffice Calc, save it as .xlsx (Excel Workbook) and choose it again.</source>
        <translation>Tệp “%1” là tệp Excel kiểu cũ (.xls). Hãy mở tệp bằng Excel hoặc LibreOffice Calc, lưu thành .xlsx (Excel Workbook) rồi chọn lại.</translation>
    </message>
    <message>
        <source>The file “%1” is not an Excel workbook (.xlsx).</source>
        <translation>Tệp “%1” không phải tệp Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file “%1” is a zip archive but holds no Excel workbook; choose an .xlsx or a .csv file.</source>
        <translation>Tệp “%1” là tệp nén zip nhưng không chứa bảng tính Excel; hãy chọn tệp .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <source>The workbook “%1” has no sheet.</source>
        <translation>Tệp Excel “%1” không có trang tính nào.</translation>
    </message>
    <message>
        <source>The sheet “%1” of “%2” is empty.</source>
        <translation>Trang tính “%1” của tệp “%2” trống.</translation>
    </message>
    <message>
        <source>Reading “%1” was stopped; nothing was imported.</source>
        <translation>Đã dừng đọc tệp “%1”; chưa nhập gì.</translation>
    </message>
</context>
</TS>
