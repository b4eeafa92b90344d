<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>AccountPage</name>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="237" />
      <source>Your user name and passphrase</source>
      <translation>Your user name and passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="239" />
      <source>Choose a passphrase of at least 10 characters; a short sentence is easy to remember.</source>
      <translation>Choose a passphrase of at least 10 characters; a short sentence is easy to remember.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="242" />
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="244" />
      <source>&amp;User name:</source>
      <translation>&amp;User name:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="249" />
      <source>Creating the vault</source>
      <translation>Creating the vault</translation>
    </message>
  </context>
  <context>
    <name>AgendaPage</name>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="216" />
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="219" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="221" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="221" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="221" />
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="221" />
      <source>Last contact</source>
      <translation>Last contact</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="235" />
      <source> weeks</source>
      <translation> weeks</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="236" />
      <source>No contact for how many weeks</source>
      <translation>No contact for how many weeks</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="231" />
      <source>Show the agenda first after unlock when something is &amp;due</source>
      <translation>Show the agenda first after unlock when something is &amp;due</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="232" />
      <source>Show the agenda first after unlock when something is due</source>
      <translation>Show the agenda first after unlock when something is due</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="237" />
      <source>No &amp;contact for:</source>
      <translation>No &amp;contact for:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="241" />
      <source> months</source>
      <translation> months</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="242" />
      <source>Procedures waiting longer than (months)</source>
      <translation>Procedures waiting longer than (months)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="243" />
      <source>&amp;Procedures waiting longer than</source>
      <translation>&amp;Procedures waiting longer than</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="249" />
      <source>E&amp;xport as calendar…</source>
      <translation>E&amp;xport as calendar…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="251" />
      <source>S&amp;tops…</source>
      <translation>S&amp;tops…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="252" />
      <source>The stops of the mobile site (coordinators)</source>
      <translation>The stops of the mobile site (coordinators)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="303" />
      <source>Today</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="305" />
      <source>This week</source>
      <translation>This week</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="305" />
      <source>Coming days</source>
      <translation>Coming days</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="307" />
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="310" />
      <source>No contact for %n week(s) although a further session is needed</source>
      <translation>
        <numerusform>No contact for %n week although a further session is needed</numerusform>
        <numerusform>No contact for %n weeks although a further session is needed</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="312" />
      <source>Recognition procedures waiting for a decision</source>
      <translation>Recognition procedures waiting for a decision</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="344" />
      <source>%n item(s) due.</source>
      <translation>
        <numerusform>%n item due.</numerusform>
        <numerusform>%n items due.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="344" />
      <source>Nothing due.</source>
      <translation>Nothing due.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="346" />
      <source>Only the most recent cases without contact are listed.</source>
      <translation>Only the most recent cases without contact are listed.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="348" />
      <source>%n more waiting procedure(s) not listed.</source>
      <translation>
        <numerusform>%n more waiting procedure not listed.</numerusform>
        <numerusform>%n more waiting procedures not listed.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="416" />
      <source>Counselling</source>
      <translation>Counselling</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="417" />
      <source>%n appointment(s) exported.</source>
      <translation>
        <numerusform>%n appointment exported.</numerusform>
        <numerusform>%n appointments exported.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AttachDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="125" />
      <source>Attach a document</source>
      <translation>Attach a document</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="130" />
      <source>(the person, no procedure)</source>
      <translation>(the person, no procedure)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="132" />
      <source>Recognition procedure</source>
      <translation>Recognition procedure</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="136" />
      <source>The file is stored encrypted inside the vault (at most %1 MB).</source>
      <translation>The file is stored encrypted inside the vault (at most %1 MB).</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="140" />
      <source>File:</source>
      <translation>File:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="141" />
      <source>&amp;Kind:</source>
      <translation>&amp;Kind:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="144" />
      <source>&amp;Procedure:</source>
      <translation>&amp;Procedure:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="149" />
      <source>Attach</source>
      <translation>Attach</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="150" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="206" />
      <source>Audit log</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="208" />
      <source>Who did what and when on this laptop, newest first. Times are local.</source>
      <translation>Who did what and when on this laptop, newest first. Times are local.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="212" />
      <source>All users</source>
      <translation>All users</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="213" />
      <source>User</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="215" />
      <source>All actions</source>
      <translation>All actions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="220" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="221" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="222" />
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="226" />
      <source>&amp;User:</source>
      <translation>&amp;User:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="227" />
      <source>&amp;Action:</source>
      <translation>&amp;Action:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="228" />
      <source>&amp;From:</source>
      <translation>&amp;From:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="229" />
      <source>&amp;To:</source>
      <translation>&amp;To:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="242" />
      <source>Audit log entries</source>
      <translation>Audit log entries</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="256" />
      <source>&amp;Export as CSV…</source>
      <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="257" />
      <source>&amp;Close</source>
      <translation>&amp;Close</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="293" />
      <source>any</source>
      <translation>any</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="323" />
      <source>(scroll down for more)</source>
      <translation>(scroll down for more)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="324" />
      <source>%n entries shown</source>
      <translation>
        <numerusform>%n entries shown</numerusform>
        <numerusform>%n entries shown</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="335" />
      <source>Export the audit log</source>
      <translation>Export the audit log</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="335" />
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="345" />
      <source>Exporting…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="349" />
      <source>✔ %1 entries written to %2</source>
      <translation>✔ %1 entries written to %2</translation>
    </message>
  </context>
  <context>
    <name>AuditLog</name>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="53" />
      <source>Unlocked</source>
      <extracomment>The actions in words (context "AuditLog"); an action not listed here shows its own name.</extracomment>
      <translation>Unlocked</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="54" />
      <source>Failed unlock</source>
      <translation>Failed unlock</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="55" />
      <source>Locked</source>
      <translation>Locked</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="56" />
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="57" />
      <source>Edited</source>
      <translation>Edited</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="58" />
      <source>Deleted</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="59" />
      <source>Voided</source>
      <translation>Voided</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="60" />
      <source>Erased (GDPR)</source>
      <translation>Erased (GDPR)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="61" />
      <source>Exported</source>
      <translation>Exported</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="62" />
      <source>Merged</source>
      <translation>Merged</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="63" />
      <source>Synchronised</source>
      <translation>Synchronised</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="64" />
      <source>Enrolled</source>
      <translation>Enrolled</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="65" />
      <source>Backup saved</source>
      <translation>Backup saved</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="66" />
      <source>Restored</source>
      <translation>Restored</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="67" />
      <source>Imported</source>
      <translation>Imported</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="68" />
      <source>Demo data added</source>
      <translation>Demo data added</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="69" />
      <source>Retention purge</source>
      <translation>Retention purge</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="70" />
      <source>User added</source>
      <translation>User added</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="71" />
      <source>User removed</source>
      <translation>User removed</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="72" />
      <source>Role changed</source>
      <translation>Role changed</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="73" />
      <source>Passphrase reset</source>
      <translation>Passphrase reset</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="74" />
      <source>Passphrase changed</source>
      <translation>Passphrase changed</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="75" />
      <source>Recovery key used</source>
      <translation>Recovery key used</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="76" />
      <source>Settings changed</source>
      <translation>Settings changed</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="77" />
      <source>Refused</source>
      <translation>Refused</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="78" />
      <source>Listed</source>
      <translation>Listed</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="79" />
      <source>Listed in full</source>
      <translation>Listed in full</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="80" />
      <source>Viewed</source>
      <translation>Viewed</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="81" />
      <source>Key derivation strengthened</source>
      <translation>Key derivation strengthened</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="112" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="113" />
      <source>User</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="114" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="115" />
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="116" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
  </context>
  <context>
    <name>BackupPanel</name>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="54" />
      <source>Choose a backup folder first.</source>
      <translation>Choose a backup folder first.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="55" />
      <source>The backup folder is missing: is the USB drive plugged in? The next try is in an hour.</source>
      <translation>The backup folder is missing: is the USB drive plugged in? The next try is in an hour.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="58" />
      <source>The backup drive is full. Free some space there, or keep fewer backups.</source>
      <translation>The backup drive is full. Free some space there, or keep fewer backups.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="61" />
      <source>The backup folder cannot be written to. Choose another folder.</source>
      <translation>The backup folder cannot be written to. Choose another folder.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="62" />
      <source>The new backup did not verify and was removed; the older ones were kept.</source>
      <translation>The new backup did not verify and was removed; the older ones were kept.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="66" />
      <source>The backup could not be written. Check the drive; the next try is in an hour.</source>
      <translation>The backup could not be written. Check the drive; the next try is in an hour.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="107" />
      <source>Backup</source>
      <translation>Backup</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="120" />
      <source>Save an encrypted &amp;backup…</source>
      <translation>Save an encrypted &amp;backup…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="121" />
      <source>Res&amp;tore from backup…</source>
      <translation>Res&amp;tore from backup…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="130" />
      <source>Automatic backup e&amp;very day</source>
      <translation>Automatic backup e&amp;very day</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="131" />
      <source>Automatic backup every day</source>
      <translation>Automatic backup every day</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="134" />
      <source>no folder chosen</source>
      <translation>no folder chosen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="137" />
      <source>&amp;Other folder…</source>
      <translation>&amp;Other folder…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="141" />
      <source>Backup fol&amp;der</source>
      <translation>Backup fol&amp;der</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="143" />
      <source>Backup folder</source>
      <translation>Backup folder</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="148" />
      <source> backups</source>
      <translation> backups</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="149" />
      <source>&amp;Keep the last</source>
      <translation>&amp;Keep the last</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="151" />
      <source>Keep the last</source>
      <translation>Keep the last</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="156" />
      <source>Back up no&amp;w</source>
      <translation>Back up no&amp;w</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="168" />
      <source>Only a coordinator chooses the folder and how many backups are kept.</source>
      <translation>Only a coordinator chooses the folder and how many backups are kept.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="172" />
      <source>Backup progress</source>
      <translation>Backup progress</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="207" />
      <source>USB drive: %1</source>
      <translation>USB drive: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="220" />
      <source>⚠ This folder is on the laptop's own disk: a stolen or broken laptop takes the backups with it. Choose a USB drive.</source>
      <translation>⚠ This folder is on the laptop's own disk: a stolen or broken laptop takes the backups with it. Choose a USB drive.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="235" />
      <source>⚠ The last backup failed (%1): %2</source>
      <translation>⚠ The last backup failed (%1): %2</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="238" />
      <source>Last backup: %1</source>
      <translation>Last backup: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="240" />
      <source>No backup yet.</source>
      <translation>No backup yet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="244" />
      <source>⚠ There is no backup of this laptop's records yet. Save one now.</source>
      <translation>⚠ There is no backup of this laptop's records yet. Save one now.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="246" />
      <source>⚠ The last backup is %n day(s) old. Save one now.</source>
      <translation>
        <numerusform>⚠ The last backup is %n day old. Save one now.</numerusform>
        <numerusform>⚠ The last backup is %n days old. Save one now.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="269" />
      <source>✔ Saved.</source>
      <translation>✔ Saved.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="293" />
      <source>Choose the backup folder</source>
      <translation>Choose the backup folder</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="312" />
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="363" />
      <source>Saving the backup…</source>
      <translation>Saving the backup…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="317" />
      <source>✔ Saved and checked: %1</source>
      <translation>✔ Saved and checked: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="346" />
      <source>Save an encrypted backup</source>
      <translation>Save an encrypted backup</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="346" />
      <source>IQ backups (*.tar);;All files (*)</source>
      <translation>IQ backups (*.tar);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="367" />
      <source>✔ Saved to %1</source>
      <translation>✔ Saved to %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="372" />
      <source>⚠ The backup could not be written. Choose another folder.</source>
      <translation>⚠ The backup could not be written. Choose another folder.</translation>
    </message>
  </context>
  <context>
    <name>ClientChooser</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/choosers.py" line="148" />
      <source>Type part of the name…</source>
      <translation>Type part of the name…</translation>
    </message>
  </context>
  <context>
    <name>ClientForm</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="67" />
      <source>Person</source>
      <extracomment>How long typing must pause before the form looks for a client already recorded (duplicates). The fields an anonymous client does not have (disabled, empty) and the rows it is not asked (hidden): the figures need only the reference occupation of a client (domain/figures.py, services/contributions.py).</extracomment>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="70" />
      <source>Counselled &amp;anonymously</source>
      <translation>Counselled &amp;anonymously</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="72" />
      <source>A short or anonymous contact: no name, only what the figures need; a name can be added later</source>
      <translation>A short or anonymous contact: no name, only what the figures need; a name can be added later</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="74" />
      <source>Counselled anonymously</source>
      <translation>Counselled anonymously</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="82" />
      <source>Pseudonym</source>
      <translation>Pseudonym</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="84" />
      <source>Pseudonym:</source>
      <translation>Pseudonym:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="87" />
      <source>&amp;First name</source>
      <translation>&amp;First name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="88" />
      <source>&amp;Last name</source>
      <translation>&amp;Last name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="92" />
      <source>&amp;Birth date</source>
      <translation>&amp;Birth date</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="94" />
      <source>For example 31.12.1990 or 31.12.90; may be left empty</source>
      <translation>For example 31.12.1990 or 31.12.90; may be left empty</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="96" />
      <source>&amp;Gender</source>
      <translation>&amp;Gender</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="98" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="100" />
      <source>&amp;Phone</source>
      <translation>&amp;Phone</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="101" />
      <source>&amp;E-mail</source>
      <translation>&amp;E-mail</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="102" />
      <source>Post&amp;code</source>
      <translation>Post&amp;code</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="104" />
      <source>Background</source>
      <translation>Background</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="107" />
      <source>&amp;Nationality</source>
      <translation>&amp;Nationality</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="109" />
      <source>Country of &amp;qualification</source>
      <translation>Country of &amp;qualification</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="113" />
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="114" />
      <source>&amp;Year of arrival</source>
      <translation>&amp;Year of arrival</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="116" />
      <source>&amp;Residence status</source>
      <translation>&amp;Residence status</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="118" />
      <source>German &amp;level</source>
      <translation>German &amp;level</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="122" />
      <source>Q&amp;ualification</source>
      <translation>Q&amp;ualification</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="123" />
      <source>— please choose —</source>
      <translation>— please choose —</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="124" />
      <source>Required; choose “unknown” if it is not known</source>
      <translation>Required; choose “unknown” if it is not known</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="127" />
      <source>Reference &amp;occupation (KldB 2010)</source>
      <translation>Reference &amp;occupation (KldB 2010)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="130" />
      <source>not known</source>
      <translation>not known</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="131" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="132" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="133" />
      <source>Regulated &amp;profession</source>
      <translation>Regulated &amp;profession</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="135" />
      <source>Consent</source>
      <translation>Consent</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="137" />
      <source>Consent &amp;date</source>
      <translation>Consent &amp;date</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="141" />
      <source>Consent &amp;scope</source>
      <translation>Consent &amp;scope</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="142" />
      <source>— no consent recorded —</source>
      <translation>— no consent recorded —</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="144" />
      <source>Notes (stay on this laptop)</source>
      <translation>Notes (stay on this laptop)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="148" />
      <source>No&amp;tes</source>
      <translation>No&amp;tes</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="186" />
      <source>given when saved (e.g. “anonym 2026-12-04 #3”)</source>
      <translation>given when saved (e.g. “anonym 2026-12-04 #3”)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="195" />
      <source>Open the ex&amp;isting record</source>
      <translation>Open the ex&amp;isting record</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="238" />
      <source>same name and birth date</source>
      <translation>same name and birth date</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="239" />
      <source>same name and phone number</source>
      <translation>same name and phone number</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="240" />
      <source>same name and e-mail address</source>
      <translation>same name and e-mail address</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="244" />
      <source>This person may already be recorded: %1 — %2.</source>
      <translation>This person may already be recorded: %1 — %2.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="247" />
      <source>%n more possible match(es).</source>
      <translation>
        <numerusform>%n more possible match(es).</numerusform>
        <numerusform>%n more possible match(es).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="275" />
      <source>New client</source>
      <translation>New client</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="275" />
      <source>Client's personal data</source>
      <translation>Client's personal data</translation>
    </message>
  </context>
  <context>
    <name>ClientListPage</name>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="36" />
      <location filename="../../iq_desktop/ui/records/client_list.py" line="60" />
      <source>Clients</source>
      <translation>Clients</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="39" />
      <source>Type part of a name…</source>
      <translation>Type part of a name…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="40" />
      <source>Find a client by name</source>
      <translation>Find a client by name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="42" />
      <source>&amp;Find:</source>
      <translation>&amp;Find:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="44" />
      <source>&amp;New client</source>
      <translation>&amp;New client</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="45" />
      <source>New client (Ctrl+N)</source>
      <translation>New client (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="76" />
      <source>Merge with another record…</source>
      <translation>Merge with another record…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/records/client_list.py" line="90" />
      <source>%n client(s)</source>
      <translation>
        <numerusform>%n client</numerusform>
        <numerusform>%n clients</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClientPage</name>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="139" />
      <source>← Back to the list</source>
      <translation>← Back to the list</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="140" />
      <source>New &amp;follow-up session</source>
      <translation>New &amp;follow-up session</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="141" />
      <source>New &amp;initial session</source>
      <translation>New &amp;initial session</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="142" />
      <source>New job &amp;training</source>
      <translation>New job &amp;training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="143" />
      <source>What is &amp;sent…</source>
      <translation>What is &amp;sent…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="144" />
      <source>Show what leaves the laptop for the selected session or training</source>
      <translation>Show what leaves the laptop for the selected session or training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="145" />
      <source>Erase (GDPR)…</source>
      <translation>Erase (GDPR)…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="159" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="159" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="159" />
      <source>Topics</source>
      <translation>Topics</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="159" />
      <source>Duration</source>
      <translation>Duration</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="159" />
      <source>Recorded by</source>
      <translation>Recorded by</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="161" />
      <location filename="../../iq_desktop/ui/records/client_page.py" line="168" />
      <source>Sessions</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="163" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="163" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="163" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="163" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="163" />
      <source>Scheme</source>
      <translation>Scheme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="165" />
      <location filename="../../iq_desktop/ui/records/client_page.py" line="169" />
      <source>Job trainings</source>
      <translation>Job trainings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="167" />
      <source>Undo changes</source>
      <translation>Undo changes</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="171" />
      <source>Recognition &amp;procedures</source>
      <translation>Recognition &amp;procedures</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="172" />
      <source>Personal data</source>
      <translation>Personal data</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="174" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="238" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="255" />
      <source>Enter the initial session first.</source>
      <translation>Enter the initial session first.</translation>
    </message>
  </context>
  <context>
    <name>CountryChooser</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/choosers.py" line="106" />
      <source>Type part of the country's name, then choose with the arrow keys.</source>
      <translation>Type part of the country's name, then choose with the arrow keys.</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/errors.py" line="81" />
      <source>Something went wrong</source>
      <translation>Something went wrong</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/errors.py" line="84" />
      <source>IQ Desktop ran into an unexpected problem. Your saved records are safe.

A short report without any personal data was saved on this laptop only:</source>
      <translation>IQ Desktop ran into an unexpected problem. Your saved records are safe.

A short report without any personal data was saved on this laptop only:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/errors.py" line="89" />
      <source>(the report could not be saved)</source>
      <translation>(the report could not be saved)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/errors.py" line="95" />
      <source>Open report folder</source>
      <translation>Open report folder</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/fields.py" line="69" />
      <source>Choose from a calendar (Alt+Down)</source>
      <translation>Choose from a calendar (Alt+Down)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/fields.py" line="70" />
      <source>Open calendar</source>
      <translation>Open calendar</translation>
    </message>
  </context>
  <context>
    <name>DeleteProcedureDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="58" />
      <source>Delete the recognition procedure</source>
      <translation>Delete the recognition procedure</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="60" />
      <source>The procedure is deleted from this laptop for good. Why is it deleted (e.g. entered twice)?</source>
      <translation>The procedure is deleted from this laptop for good. Why is it deleted (e.g. entered twice)?</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="65" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="66" />
      <source>&amp;Reason</source>
      <translation>&amp;Reason</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="69" />
      <source>&amp;Delete</source>
      <translation>&amp;Delete</translation>
    </message>
  </context>
  <context>
    <name>DocumentViewer</name>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="178" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="179" />
      <source>Sa&amp;ve as…</source>
      <translation>Sa&amp;ve as…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="209" />
      <source>This kind of file cannot be shown here. Use “Save as…” to open it with another program.</source>
      <translation>This kind of file cannot be shown here. Use “Save as…” to open it with another program.</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPanel</name>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="104" />
      <source>Certificate</source>
      <extracomment>The largest document (services.documents.MAX_DOCUMENT_MB; repeated here for the texts).</extracomment>
      <translation>Certificate</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="105" />
      <source>Transcript of records</source>
      <translation>Transcript of records</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="106" />
      <source>Certified translation</source>
      <translation>Certified translation</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="107" />
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="108" />
      <source>Signed consent</source>
      <translation>Signed consent</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="109" />
      <source>ID document</source>
      <translation>ID document</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="110" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="288" />
      <source>Kind</source>
      <extracomment>the smallest PDF with one page (the self-test loads it to prove the PDF viewer is there)</extracomment>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="288" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="288" />
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="288" />
      <source>Added</source>
      <translation>Added</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="288" />
      <source>Procedure</source>
      <translation>Procedure</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="297" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="298" />
      <source>&amp;Attach…</source>
      <translation>&amp;Attach…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="299" />
      <source>&amp;Open</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="300" />
      <source>Sa&amp;ve as…</source>
      <translation>Sa&amp;ve as…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="301" />
      <source>&amp;Remove…</source>
      <translation>&amp;Remove…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="303" />
      <source>Stored encrypted inside the vault; at most %1 MB per file.</source>
      <translation>Stored encrypted inside the vault; at most %1 MB per file.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="309" />
      <source>Checklist</source>
      <translation>Checklist</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="357" />
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="389" />
      <source>Recognition procedure</source>
      <translation>Recognition procedure</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="387" />
      <source>Checklist for a recognition procedure:</source>
      <translation>Checklist for a recognition procedure:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="389" />
      <source>Procedure %1:</source>
      <translation>Procedure %1:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="417" />
      <source>Attach a document</source>
      <translation>Attach a document</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="417" />
      <source>All files (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="431" />
      <source>Attaching…</source>
      <translation>Attaching…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="446" />
      <source>Attached: %1</source>
      <translation>Attached: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="476" />
      <source>Save the document as</source>
      <translation>Save the document as</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="486" />
      <source>Saved to %1. The copy is not encrypted: delete it when done.</source>
      <translation>Saved to %1. The copy is not encrypted: delete it when done.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="497" />
      <source>Remove the document</source>
      <translation>Remove the document</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="498" />
      <source>Remove “%1” from the vault for good? This cannot be undone.</source>
      <translation>Remove “%1” from the vault for good? This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="515" />
      <source>The document was removed.</source>
      <translation>The document was removed.</translation>
    </message>
  </context>
  <context>
    <name>EnrolBox</name>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="46" />
      <source>Enrol this laptop with the regional server</source>
      <extracomment>A scanner types the URI one key at a time; it is read this long after the last key (or on Enter).</extracomment>
      <translation>Enrol this laptop with the regional server</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="56" />
      <source>optional, e.g. Laptop 2; empty: a random name</source>
      <translation>optional, e.g. Laptop 2; empty: a random name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="58" />
      <source>How the regional server names this laptop. Not the computer's name, which often names a person.</source>
      <translation>How the regional server names this laptop. Not the computer's name, which often names a person.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="61" />
      <source>optional: the network's CA certificate (.pem)</source>
      <translation>optional: the network's CA certificate (.pem)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="63" />
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="64" />
      <source>Choose the CA bundle file</source>
      <translation>Choose the CA bundle file</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="70" />
      <source>Server &amp;address</source>
      <translation>Server &amp;address</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="71" />
      <source>Enrolment c&amp;ode</source>
      <translation>Enrolment c&amp;ode</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="72" />
      <source>&amp;Laptop's name on the server</source>
      <translation>&amp;Laptop's name on the server</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="73" />
      <source>CA &amp;bundle</source>
      <translation>CA &amp;bundle</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="83" />
      <source>&amp;Enrol</source>
      <translation>&amp;Enrol</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="153" />
      <source>The network's CA certificate</source>
      <translation>The network's CA certificate</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="155" />
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="184" />
      <source>ℹ The server address was taken from the enrolment code.</source>
      <translation>ℹ The server address was taken from the enrolment code.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="193" />
      <source>⚠ The pasted or scanned text carries no enrolment code. Scan or paste it again, or type the code.</source>
      <translation>⚠ The pasted or scanned text carries no enrolment code. Scan or paste it again, or type the code.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="196" />
      <source>⚠ The server address in the pasted or scanned code is not a web address (https://…). Type the server address and the code.</source>
      <translation>⚠ The server address in the pasted or scanned code is not a web address (https://…). Type the server address and the code.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="198" />
      <source>⚠ The pasted or scanned enrolment code is incomplete or damaged. Scan or paste it again, or type the code.</source>
      <translation>⚠ The pasted or scanned enrolment code is incomplete or damaged. Scan or paste it again, or type the code.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="209" />
      <source>⚠ Enter the server address and the enrolment code.</source>
      <translation>⚠ Enter the server address and the enrolment code.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="212" />
      <source>Enrolling…</source>
      <translation>Enrolling…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="230" />
      <source>✔ Enrolled as site %1.</source>
      <translation>✔ Enrolled as site %1.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="240" />
      <source>⚠ Enrolment failed.</source>
      <translation>⚠ Enrolment failed.</translation>
    </message>
  </context>
  <context>
    <name>EraseDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="94" />
      <source>Erase this client (GDPR)</source>
      <extracomment>The client (None: erased meanwhile), their sessions and trainings, and the vault's schemes by id.</extracomment>
      <translation>Erase this client (GDPR)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="97" />
      <source>Erasing removes this person's personal data, sessions, job trainings and recognition procedures from this laptop for good. The site's figures sent to the network are counted again without them. This cannot be undone.</source>
      <translation>Erasing removes this person's personal data, sessions, job trainings and recognition procedures from this laptop for good. The site's figures sent to the network are counted again without them. This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="104" />
      <source>I understand that the data cannot be recovered</source>
      <translation>I understand that the data cannot be recovered</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="107" />
      <source>Erase permanently</source>
      <translation>Erase permanently</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="62" />
      <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again.</source>
      <extracomment>``translate(source_text) -&gt; text in the user's language`` The Qt translation context of the texts below. Dialog texts by error class; the first class the error is an instance of wins.</extracomment>
      <translation>The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="64" />
      <source>There is no user with this name in this vault.</source>
      <translation>There is no user with this name in this vault.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="65" />
      <source>The vault file is damaged. Restore a backup, or ask your coordinator for help.</source>
      <translation>The vault file is damaged. Restore a backup, or ask your coordinator for help.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="67" />
      <source>The key file uses a key derivation meant for tests only and is not opened. Set a new passphrase with the recovery key, or restore the key file from a backup.</source>
      <translation>The key file uses a key derivation meant for tests only and is not opened. Set a new passphrase with the recovery key, or restore the key file from a backup.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="70" />
      <source>The key file is damaged. Restore a backup, or open the vault with the recovery key.</source>
      <translation>The key file is damaged. Restore a backup, or open the vault with the recovery key.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="72" />
      <source>No vault was found in the data folder.</source>
      <translation>No vault was found in the data folder.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="73" />
      <source>The file is not a usable IQ Desktop backup. Choose the .tar file that “Save an encrypted backup” wrote.</source>
      <translation>The file is not a usable IQ Desktop backup. Choose the .tar file that “Save an encrypted backup” wrote.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="76" />
      <source>A vault already exists in this data folder; it was not overwritten.</source>
      <translation>A vault already exists in this data folder; it was not overwritten.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="77" />
      <source>Your role does not allow this. Ask a coordinator.</source>
      <translation>Your role does not allow this. Ask a coordinator.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="78" />
      <source>Your passphrase was set by a coordinator. Choose your own passphrase now.</source>
      <translation>Your passphrase was set by a coordinator. Choose your own passphrase now.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="80" />
      <source>The recovery key is not correct. Check each group of characters and try again.</source>
      <translation>The recovery key is not correct. Check each group of characters and try again.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="82" />
      <source>The passphrase is not strong enough. Use at least 10 characters, not a common word.</source>
      <translation>The passphrase is not strong enough. Use at least 10 characters, not a common word.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="84" />
      <source>The file is larger than 25 MB; documents up to 25 MB can be attached. Scan it at a lower resolution, or split it into several files.</source>
      <translation>The file is larger than 25 MB; documents up to 25 MB can be attached. Scan it at a lower resolution, or split it into several files.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="87" />
      <source>The stored document does not match its checksum: it is damaged or was altered. Nothing was written. Restore a backup to get it back.</source>
      <translation>The stored document does not match its checksum: it is damaged or was altered. Nothing was written. Restore a backup to get it back.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="91" />
      <source>Please correct the following:</source>
      <translation>Please correct the following:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="96" />
      <source>The server did not accept the enrolment code: it is wrong, already used or expired. Check it, or ask the regional network's administrator for a new one.</source>
      <extracomment>Dialog texts of errors that name their ``problem`` (enrolment: ``sync.errors.EnrolmentFailed`` and the service's ``SyncRefused``), so no English server text (such as a bare "HTTP 422") reaches a German screen.</extracomment>
      <translation>The server did not accept the enrolment code: it is wrong, already used or expired. Check it, or ask the regional network's administrator for a new one.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="99" />
      <source>The server could not be reached. Check the server address and the network, then try again.</source>
      <translation>The server could not be reached. Check the server address and the network, then try again.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="101" />
      <source>The server's certificate could not be checked. Check this laptop's date and time; if the regional network uses its own certificate authority, choose its CA certificate (CA bundle).</source>
      <translation>The server's certificate could not be checked. Check this laptop's date and time; if the regional network uses its own certificate authority, choose its CA certificate (CA bundle).</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="104" />
      <source>Too many enrolment attempts. Wait a few minutes, then try again.</source>
      <translation>Too many enrolment attempts. Wait a few minutes, then try again.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="106" />
      <source>The server's answer to the enrolment was not understood. Check the server address.</source>
      <translation>The server's answer to the enrolment was not understood. Check the server address.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="108" />
      <source>The server address must start with https:// (plain http only for a server on this computer).</source>
      <translation>The server address must start with https:// (plain http only for a server on this computer).</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="110" />
      <source>The CA certificate file (CA bundle) was not found. Choose the file again.</source>
      <translation>The CA certificate file (CA bundle) was not found. Choose the file again.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="112" />
      <source>The server answered with a redirect, which is never followed. Check the server address.</source>
      <translation>The server answered with a redirect, which is never followed. Check the server address.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/errors.py" line="107" />
      <source>IQ Desktop</source>
      <translation>IQ Desktop</translation>
    </message>
  </context>
  <context>
    <name>EventForm</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/event_form.py" line="26" />
      <location filename="../../iq_desktop/ui/forms/event_form.py" line="43" />
      <source>Group event</source>
      <translation>Group event</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/event_form.py" line="28" />
      <source>&amp;Date</source>
      <translation>&amp;Date</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/event_form.py" line="29" />
      <source>&amp;Format</source>
      <translation>&amp;Format</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/event_form.py" line="30" />
      <source>&amp;Audience</source>
      <translation>&amp;Audience</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/event_form.py" line="31" />
      <source>&amp;Topic</source>
      <translation>&amp;Topic</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/event_form.py" line="35" />
      <source>&amp;Participants</source>
      <translation>&amp;Participants</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/event_form.py" line="35" />
      <source>How many people took part</source>
      <translation>How many people took part</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/event_form.py" line="43" />
      <source>New group event</source>
      <translation>New group event</translation>
    </message>
  </context>
  <context>
    <name>EventsPage</name>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="35" />
      <source>Delete…</source>
      <translation>Delete…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="44" />
      <source>Group events</source>
      <translation>Group events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="47" />
      <source>&amp;New group event</source>
      <translation>&amp;New group event</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="50" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="50" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="50" />
      <source>Audience</source>
      <translation>Audience</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="50" />
      <source>Topic</source>
      <translation>Topic</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="50" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="163" />
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="198" />
      <source>Export as calendar</source>
      <translation>Export as calendar</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="166" />
      <source>%n appointment(s) of today and the coming days. Nothing else about the person is written.</source>
      <translation>
        <numerusform>%n appointment of today and the coming days. Nothing else about the person is written.</numerusform>
        <numerusform>%n appointments of today and the coming days. Nothing else about the person is written.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="170" />
      <source>&amp;Full names instead of initials</source>
      <translation>&amp;Full names instead of initials</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="171" />
      <source>Include the &amp;place (stop)</source>
      <translation>Include the &amp;place (stop)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="173" />
      <source>Full names instead of initials</source>
      <translation>Full names instead of initials</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="174" />
      <source>Include the place (stop)</source>
      <translation>Include the place (stop)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="176" />
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="177" />
      <source>&amp;Browse…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="179" />
      <source>F&amp;ile:</source>
      <translation>F&amp;ile:</translation>
    </message>
  </context>
  <context>
    <name>FiguresPage</name>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="67" />
      <source>The site's figures</source>
      <extracomment>The page counts again this long after the period was last changed.</extracomment>
      <translation>The site's figures</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="83" />
      <source>this year</source>
      <translation>this year</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="84" />
      <source>last year</source>
      <translation>last year</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="85" />
      <source>this quarter</source>
      <translation>this quarter</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="86" />
      <source>last quarter</source>
      <translation>last quarter</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="87" />
      <source>custom period</source>
      <translation>custom period</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="92" />
      <source>&amp;Show</source>
      <translation>&amp;Show</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="93" />
      <source>Export &amp;CSV…</source>
      <translation>Export &amp;CSV…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="94" />
      <source>Export &amp;XLSX…</source>
      <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="99" />
      <source>&amp;Period</source>
      <translation>&amp;Period</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="99" />
      <source>&amp;From</source>
      <translation>&amp;From</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="99" />
      <source>&amp;To</source>
      <translation>&amp;To</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="115" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="408" />
      <source>Figure</source>
      <translation>Figure</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="115" />
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="116" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="423" />
      <source>Figures</source>
      <translation>Figures</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="128" />
      <source>Chart: sessions per month by topic</source>
      <translation>Chart: sessions per month by topic</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="131" />
      <source>Chart: the most frequent reference occupations</source>
      <translation>Chart: the most frequent reference occupations</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="203" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="466" />
      <source>⚠ The period ends before it starts.</source>
      <translation>⚠ The period ends before it starts.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="210" />
      <source>Counting…</source>
      <translation>Counting…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="225" />
      <source>By quarter: %1</source>
      <translation>By quarter: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="265" />
      <source>x (suppressed)</source>
      <translation>x (suppressed)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="270" />
      <source>Initial advisory sessions</source>
      <translation>Initial advisory sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="271" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="341" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="427" />
      <source>Fair Integration</source>
      <translation>Fair Integration</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="272" />
      <source>Job-training schemes in the context of the Recognition Act</source>
      <translation>Job-training schemes in the context of the Recognition Act</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="282" />
      <source>participants in trainings</source>
      <translation>participants in trainings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="283" />
      <source>participants in other events</source>
      <translation>participants in other events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="377" />
      <source>Most frequent reference occupations (initial sessions)</source>
      <translation>Most frequent reference occupations (initial sessions)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="276" />
      <source>Initial advisory sessions by federal state</source>
      <translation>Initial advisory sessions by federal state</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="273" />
      <source>Labour-market and business stakeholders</source>
      <translation>Labour-market and business stakeholders</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="274" />
      <source>Regional skilled worker networks – immigration</source>
      <translation>Regional skilled worker networks – immigration</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="275" />
      <source>Most frequent reference occupations (KldB 2010 occupational groups)</source>
      <translation>Most frequent reference occupations (KldB 2010 occupational groups)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="282" />
      <source>trainings</source>
      <translation>trainings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="282" />
      <source>other events</source>
      <translation>other events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="283" />
      <source>consultations</source>
      <translation>consultations</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="289" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="298" />
      <source>initial advisory sessions</source>
      <translation>initial advisory sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="292" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="301" />
      <source>of which combined recognition and job-training counselling</source>
      <translation>of which combined recognition and job-training counselling</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="302" />
      <source>individuals advised</source>
      <translation>individuals advised</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="303" />
      <source>group events</source>
      <translation>group events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="304" />
      <source>participants in these events</source>
      <translation>participants in these events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="290" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="299" />
      <source>of which recognition counselling only</source>
      <translation>of which recognition counselling only</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="71" />
      <source>Counted from the records on this laptop, in the sections of the network's "IQ in figures", by quarter like the network's figures (a period is widened to whole quarters).</source>
      <translation>Counted from the records on this laptop, in the sections of the network's "IQ in figures", by quarter like the network's figures (a period is widened to whole quarters).</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="79" />
      <source>Internal figures</source>
      <translation>Internal figures</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="286" />
      <source>sessions</source>
      <translation>sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="287" />
      <source>number</source>
      <translation>number</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="288" />
      <source>individuals</source>
      <translation>individuals</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="291" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="300" />
      <source>of which job-training counselling only</source>
      <translation>of which job-training counselling only</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="305" />
      <source>job-training schemes started</source>
      <translation>job-training schemes started</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="306" />
      <source>of which course-based</source>
      <translation>of which course-based</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="307" />
      <source>of which individually tailored</source>
      <translation>of which individually tailored</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="308" />
      <source>individuals commencing</source>
      <translation>individuals commencing</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="309" />
      <source>successful completers (by today)</source>
      <translation>successful completers (by today)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="310" />
      <source>labour-market stakeholders</source>
      <translation>labour-market stakeholders</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="311" />
      <source>business stakeholders</source>
      <translation>business stakeholders</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="312" />
      <source>individuals reached</source>
      <translation>individuals reached</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="328" />
      <source>⚠ The figures could not be counted.</source>
      <translation>⚠ The figures could not be counted.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="336" />
      <source>Sessions per month by topic (a session with several topics counts in each)</source>
      <translation>Sessions per month by topic (a session with several topics counts in each)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="339" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="427" />
      <source>Recognition</source>
      <translation>Recognition</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="340" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="427" />
      <source>Job training</source>
      <translation>Job training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="380" />
      <source>Initial sessions</source>
      <translation>Initial sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="387" />
      <source>(none yet)</source>
      <translation>(none yet)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="408" />
      <source>Section</source>
      <translation>Section</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="408" />
      <source>Column</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="408" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="413" />
      <source>Internal – not for publication: the exact counts of this site; small counts are not protected (no disclosure control), so a count of 1 or 2 may point to a person.</source>
      <translation>Internal – not for publication: the exact counts of this site; small counts are not protected (no disclosure control), so a count of 1 or 2 may point to a person.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="422" />
      <source>IQ in figures</source>
      <translation>IQ in figures</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="424" />
      <source>Per month</source>
      <translation>Per month</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="425" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="426" />
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="447" />
      <source>iq-figures-%1-%2</source>
      <translation>iq-figures-%1-%2</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="451" />
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="451" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="452" />
      <source>Export the figures</source>
      <translation>Export the figures</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="469" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="473" />
      <source>Exporting…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="482" />
      <source>✔ Saved to %1</source>
      <translation>✔ Saved to %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="487" />
      <source>⚠ The file could not be written. Choose another folder.</source>
      <translation>⚠ The file could not be written. Choose another folder.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="392" />
      <source>IQ Desktop – first start</source>
      <translation>IQ Desktop – first start</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="420" />
      <source>Creating the encrypted vault… this takes a few seconds.</source>
      <translation>Creating the encrypted vault… this takes a few seconds.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="457" />
      <source>Cancel the setup?</source>
      <translation>Cancel the setup?</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="458" />
      <source>Really cancel? Nothing has been saved; IQ Desktop will close and ask again at the next start.</source>
      <translation>Really cancel? Nothing has been saved; IQ Desktop will close and ask again at the next start.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="462" />
      <source>Cancel setup</source>
      <translation>Cancel setup</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="463" />
      <source>Continue setup</source>
      <translation>Continue setup</translation>
    </message>
  </context>
  <context>
    <name>ForcedChangeDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="434" />
      <source>Choose your own passphrase</source>
      <translation>Choose your own passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="437" />
      <source>Welcome, %1. Your passphrase was set by a coordinator. Before you start, choose a passphrase only you know; from now on the vault opens with it.</source>
      <translation>Welcome, %1. Your passphrase was set by a coordinator. Before you start, choose a passphrase only you know; from now on the vault opens with it.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="445" />
      <source>Working</source>
      <translation>Working</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="451" />
      <source>&amp;Save passphrase and unlock</source>
      <translation>&amp;Save passphrase and unlock</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="452" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="472" />
      <source>Choose a passphrase other than the one you were given.</source>
      <translation>Choose a passphrase other than the one you were given.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="475" />
      <source>Saving… (this takes a few seconds)</source>
      <translation>Saving… (this takes a few seconds)</translation>
    </message>
  </context>
  <context>
    <name>HelpTexts</name>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="21" />
      <source>Help: Sessions</source>
      <translation>Help: Sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="22" />
      <source>Help: Clients</source>
      <translation>Help: Clients</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="23" />
      <source>Help: Trainings</source>
      <translation>Help: Trainings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="24" />
      <source>Help: Events</source>
      <translation>Help: Events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="25" />
      <source>Help: Sync</source>
      <translation>Help: Sync</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="26" />
      <source>Help: Figures</source>
      <translation>Help: Figures</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="27" />
      <source>Help: Settings</source>
      <translation>Help: Settings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="28" />
      <source>Help: Entering a record</source>
      <translation>Help: Entering a record</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="30" />
      <source>Help</source>
      <translation>Help</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="35" />
      <source>The list of counselling sessions, newest first. Ctrl+N records a new session; Enter or a double-click opens the selected one. The column “Sync” says whether a session is already counted in what was sent to the regional network.</source>
      <translation>The list of counselling sessions, newest first. Ctrl+N records a new session; Enter or a double-click opens the selected one. The column “Sync” says whether a session is already counted in what was sent to the regional network.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="40" />
      <source>The people you counsel. Ctrl+F finds a client by part of the name; Enter opens the client's page with their sessions and trainings. Personal data stays encrypted on this laptop.</source>
      <translation>The people you counsel. Ctrl+F finds a client by part of the name; Enter opens the client's page with their sessions and trainings. Personal data stays encrypted on this laptop.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="44" />
      <source>Job-training participations (compensation measures and bridge trainings) and their schemes. A training that has ended needs an end date and the status completed or dropped.</source>
      <translation>Job-training participations (compensation measures and bridge trainings) and their schemes. A training that has ended needs an end date and the status completed or dropped.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="48" />
      <source>Group events (information events, workshops) with the number of participants; no names.</source>
      <translation>Group events (information events, workshops) with the number of participants; no names.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="51" />
      <source>Sending the site's anonymous counts to the regional server. Enrol this laptop once with the code from your coordinator; afterwards counts are sent automatically. “What is sent” shows exactly what leaves the laptop.</source>
      <translation>Sending the site's anonymous counts to the regional server. Enrol this laptop once with the code from your coordinator; afterwards counts are sent automatically. “What is sent” shows exactly what leaves the laptop.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="56" />
      <source>Your site's own figures for a period, as the network publishes them. Choose the period and export them as CSV or Excel.</source>
      <translation>Your site's own figures for a period, as the network publishes them. Choose the period and export them as CSV or Excel.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="60" />
      <source>Language, automatic lock, users and passphrases, the server and backups. Some settings are for coordinators only.</source>
      <translation>Language, automatic lock, users and passphrases, the server and backups. Some settings are for coordinators only.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="64" />
      <source>Tab moves to the next field, Ctrl+S saves, Esc closes the form. Dates can be typed as 1.1.90, 01.01.1990 or chosen from the calendar (Alt+Down). What you type is kept as an encrypted draft until you save, also when the laptop locks.</source>
      <translation>Tab moves to the next field, Ctrl+S saves, Esc closes the form. Dates can be typed as 1.1.90, 01.01.1990 or chosen from the calendar (Alt+Down). What you type is kept as an encrypted draft until you save, also when the laptop locks.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="69" />
      <source>Ctrl+1 … Ctrl+8 switch screens, Ctrl+L locks, F1 shows this help.</source>
      <translation>Ctrl+1 … Ctrl+8 switch screens, Ctrl+L locks, F1 shows this help.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="74" />
      <source>IQ Desktop, version %1</source>
      <translation>IQ Desktop, version %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="77" />
      <source>Records counselling for the Network “Integration through Qualification (IQ)”. Personal data stays encrypted on this laptop; only the site's anonymous counts are sent.</source>
      <translation>Records counselling for the Network “Integration through Qualification (IQ)”. Personal data stays encrypted on this laptop; only the site's anonymous counts are sent.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="81" />
      <source>Licence: %1</source>
      <translation>Licence: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="83" />
      <source>Data folder: %1</source>
      <translation>Data folder: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="85" />
      <source>Vault schema version: %1</source>
      <translation>Vault schema version: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="87" />
      <source>Wire schema version (what is sent): %1</source>
      <translation>Wire schema version (what is sent): %1</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="19" />
      <source>female</source>
      <translation>female</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="20" />
      <source>male</source>
      <translation>male</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="21" />
      <source>diverse</source>
      <translation>diverse</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="22" />
      <source>not stated</source>
      <translation>not stated</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="23" />
      <source>EU/EEA/Swiss citizen</source>
      <translation>EU/EEA/Swiss citizen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="24" />
      <source>settlement permit</source>
      <translation>settlement permit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="25" />
      <source>residence permit</source>
      <translation>residence permit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="26" />
      <source>EU Blue Card</source>
      <translation>EU Blue Card</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="27" />
      <source>visa</source>
      <translation>visa</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="28" />
      <source>humanitarian protection</source>
      <translation>humanitarian protection</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="29" />
      <source>asylum seeker</source>
      <translation>asylum seeker</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="30" />
      <source>toleration (Duldung)</source>
      <translation>toleration (Duldung)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="31" />
      <source>German citizen</source>
      <translation>German citizen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="32" />
      <location filename="../../iq_desktop/ui/forms/labels.py" line="44" />
      <location filename="../../iq_desktop/ui/forms/labels.py" line="69" />
      <location filename="../../iq_desktop/ui/forms/labels.py" line="98" />
      <source>other</source>
      <translation>other</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="33" />
      <location filename="../../iq_desktop/ui/forms/labels.py" line="41" />
      <location filename="../../iq_desktop/ui/forms/labels.py" line="46" />
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="34" />
      <source>no German</source>
      <translation>no German</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="42" />
      <source>academic degree</source>
      <translation>academic degree</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="43" />
      <source>vocational qualification</source>
      <translation>vocational qualification</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="45" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="47" />
      <source>counselling</source>
      <translation>counselling</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="48" />
      <source>counselling and contact</source>
      <translation>counselling and contact</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="49" />
      <source>counselling, contact and referral</source>
      <translation>counselling, contact and referral</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="50" />
      <source>initial session</source>
      <translation>initial session</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="51" />
      <source>follow-up session</source>
      <translation>follow-up session</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="52" />
      <source>Recognition counselling</source>
      <translation>Recognition counselling</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="53" />
      <source>Job-training counselling</source>
      <translation>Job-training counselling</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="54" />
      <source>wages</source>
      <translation>wages</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="55" />
      <source>working time</source>
      <translation>working time</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="56" />
      <source>leave</source>
      <translation>leave</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="57" />
      <source>dismissal</source>
      <translation>dismissal</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="58" />
      <source>health insurance</source>
      <translation>health insurance</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="59" />
      <source>employment contract</source>
      <translation>employment contract</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="60" />
      <source>other labour-law question</source>
      <translation>other labour-law question</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="61" />
      <source>in person</source>
      <translation>in person</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="62" />
      <source>phone</source>
      <translation>phone</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="63" />
      <source>video</source>
      <translation>video</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="64" />
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="65" />
      <source>job centre</source>
      <translation>job centre</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="66" />
      <source>employment agency</source>
      <translation>employment agency</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="67" />
      <source>other counselling service</source>
      <translation>other counselling service</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="68" />
      <source>came on their own</source>
      <translation>came on their own</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="70" />
      <source>recognition application filed</source>
      <translation>recognition application filed</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="71" />
      <source>referred to the competent authority</source>
      <translation>referred to the competent authority</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="72" />
      <source>job training recommended</source>
      <translation>job training recommended</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="73" />
      <source>referred elsewhere</source>
      <translation>referred elsewhere</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="74" />
      <source>information given</source>
      <translation>information given</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="75" />
      <source>further session needed</source>
      <translation>further session needed</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="76" />
      <source>course-based</source>
      <translation>course-based</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="77" />
      <source>individual</source>
      <translation>individual</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="78" />
      <source>compensation measure</source>
      <translation>compensation measure</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="79" />
      <source>bridge training</source>
      <translation>bridge training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="80" />
      <source>ongoing</source>
      <translation>ongoing</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="81" />
      <source>completed successfully</source>
      <translation>completed successfully</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="82" />
      <source>dropped out</source>
      <translation>dropped out</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="83" />
      <source>information event</source>
      <translation>information event</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="84" />
      <source>workshop</source>
      <translation>workshop</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="85" />
      <source>training</source>
      <translation>training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="86" />
      <source>consultation</source>
      <translation>consultation</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="87" />
      <source>migrants</source>
      <translation>migrants</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="88" />
      <source>labour-market stakeholders</source>
      <translation>labour-market stakeholders</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="89" />
      <source>businesses</source>
      <translation>businesses</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="90" />
      <source>regional skilled worker networks – immigration</source>
      <translation>regional skilled worker networks – immigration</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="91" />
      <source>recognition</source>
      <translation>recognition</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="92" />
      <source>job training</source>
      <translation>job training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="93" />
      <source>Fair Integration</source>
      <translation>Fair Integration</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="94" />
      <source>intercultural competence</source>
      <translation>intercultural competence</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="95" />
      <source>anti-discrimination</source>
      <translation>anti-discrimination</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="96" />
      <source>skilled-worker recruitment</source>
      <translation>skilled-worker recruitment</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="97" />
      <source>organisational development</source>
      <translation>organisational development</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="99" />
      <source>counsellor</source>
      <translation>counsellor</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="100" />
      <source>coordinator</source>
      <translation>coordinator</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="84" />
      <source>Sessions</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="85" />
      <source>Clients</source>
      <translation>Clients</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="86" />
      <source>Trainings</source>
      <translation>Trainings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="87" />
      <source>Events</source>
      <translation>Events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="88" />
      <source>Sync</source>
      <translation>Sync</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="89" />
      <source>Figures</source>
      <translation>Figures</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="90" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="91" />
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="111" />
      <source>%1 – this screen is not available in this version yet.</source>
      <translation>%1 – this screen is not available in this version yet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="128" />
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="282" />
      <source>IQ Desktop</source>
      <translation>IQ Desktop</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="129" />
      <source>DEMO</source>
      <translation>DEMO</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="132" />
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="162" />
      <source>DEMO – synthetic records only; nothing here is real and nothing is kept.</source>
      <translation>DEMO – synthetic records only; nothing here is real and nothing is kept.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="201" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="203" />
      <source>&amp;New…</source>
      <translation>&amp;New…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="205" />
      <source>&amp;Lock</source>
      <translation>&amp;Lock</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="206" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="211" />
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="213" />
      <source>&amp;Find client…</source>
      <translation>&amp;Find client…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="216" />
      <source>&amp;Go</source>
      <translation>&amp;Go</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="221" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="223" />
      <source>&amp;Help for this screen</source>
      <translation>&amp;Help for this screen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="226" />
      <source>&amp;About IQ Desktop</source>
      <translation>&amp;About IQ Desktop</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="283" />
      <source>This form is not available in this version yet.</source>
      <translation>This form is not available in this version yet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="323" />
      <source>Client</source>
      <translation>Client</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="80" />
      <source>Merge two records of one person</source>
      <translation>Merge two records of one person</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="83" />
      <source>Every session, job training, procedure and document of the other record moves to the record kept; its empty fields are filled from the other; the other record is deleted. An initial session that is no longer the first of its case becomes a follow-up. This cannot be undone.</source>
      <translation>Every session, job training, procedure and document of the other record moves to the record kept; its empty fields are filled from the other; the other record is deleted. An initial session that is no longer the first of its case becomes a follow-up. This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="91" />
      <source>Find the other record by name</source>
      <translation>Find the other record by name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="92" />
      <source>Type part of a name…</source>
      <translation>Type part of a name…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="93" />
      <source>&amp;Find the other record:</source>
      <translation>&amp;Find the other record:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="96" />
      <source>Records found</source>
      <translation>Records found</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="97" />
      <source>Keep</source>
      <translation>Keep</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="98" />
      <source>Merge into it and delete</source>
      <translation>Merge into it and delete</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="99" />
      <source>— choose a record above —</source>
      <translation>— choose a record above —</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="104" />
      <source>&amp;Merge</source>
      <translation>&amp;Merge</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="106" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="168" />
      <source>not known</source>
      <translation>not known</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="170" />
      <source>%1
Born: %2
Sessions: %3, job trainings: %4</source>
      <translation>%1
Born: %2
Sessions: %3, job trainings: %4</translation>
    </message>
  </context>
  <context>
    <name>Models</name>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="58" />
      <source>Recognition</source>
      <translation>Recognition</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="59" />
      <source>Job training</source>
      <translation>Job training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="60" />
      <source>Fair integration: wages</source>
      <translation>Fair integration: wages</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="61" />
      <source>Fair integration: working time</source>
      <translation>Fair integration: working time</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="62" />
      <source>Fair integration: leave</source>
      <translation>Fair integration: leave</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="63" />
      <source>Fair integration: dismissal</source>
      <translation>Fair integration: dismissal</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="64" />
      <source>Fair integration: health insurance</source>
      <translation>Fair integration: health insurance</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="65" />
      <source>Fair integration: employment contract</source>
      <translation>Fair integration: employment contract</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="66" />
      <source>Fair integration: other</source>
      <translation>Fair integration: other</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="82" />
      <location filename="../../iq_desktop/ui/records/models.py" line="85" />
      <source>Waiting</source>
      <extracomment>Between the topics of one session, in every list.</extracomment>
      <translation>Waiting</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="83" />
      <source>Sent</source>
      <translation>Sent</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="84" />
      <source>Quarantined</source>
      <translation>Quarantined</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="86" />
      <location filename="../../iq_desktop/ui/records/models.py" line="87" />
      <source>Not queued</source>
      <translation>Not queued</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="92" />
      <source>Initial</source>
      <translation>Initial</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="92" />
      <source>Follow-up</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="277" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="278" />
      <source>Client</source>
      <translation>Client</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="279" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="280" />
      <source>Topics</source>
      <translation>Topics</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="281" />
      <source>Sync state</source>
      <translation>Sync state</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="438" />
      <source>Name</source>
      <extracomment>name, year of birth, last contact (texts), id</extracomment>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="438" />
      <source>Year of birth</source>
      <translation>Year of birth</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="438" />
      <source>Last contact</source>
      <translation>Last contact</translation>
    </message>
  </context>
  <context>
    <name>OccupationChooser</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/choosers.py" line="117" />
      <source>— not recorded —</source>
      <translation>— not recorded —</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/choosers.py" line="119" />
      <source>Type part of the occupation's title or its KldB code, then choose from the list.</source>
      <translation>Type part of the occupation's title or its KldB code, then choose from the list.</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="41" />
      <source>Use at least 10 characters.</source>
      <translation>Use at least 10 characters.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="42" />
      <source>Use at most 1024 characters.</source>
      <translation>Use at most 1024 characters.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="43" />
      <source>Do not begin or end the passphrase with a space.</source>
      <translation>Do not begin or end the passphrase with a space.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="44" />
      <source>Do not use control characters.</source>
      <translation>Do not use control characters.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="45" />
      <source>Use more different characters.</source>
      <translation>Use more different characters.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="46" />
      <source>This passphrase is too common; choose another one.</source>
      <translation>This passphrase is too common; choose another one.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="47" />
      <source>This passphrase is too easy to guess; choose another one.</source>
      <translation>This passphrase is too easy to guess; choose another one.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="48" />
      <source>It is built on a common word or name (German words, names, places, months and seasons count too).</source>
      <translation>It is built on a common word or name (German words, names, places, months and seasons count too).</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="52" />
      <source>Years and dates are easy to guess.</source>
      <translation>Years and dates are easy to guess.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="53" />
      <source>Keyboard patterns such as qwertz are easy to guess.</source>
      <translation>Keyboard patterns such as qwertz are easy to guess.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="54" />
      <source>Runs and repeats such as abc or 1111 are easy to guess.</source>
      <translation>Runs and repeats such as abc or 1111 are easy to guess.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="55" />
      <source>Do not use your user name.</source>
      <translation>Do not use your user name.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="56" />
      <source>Use a sentence of four or more words that has nothing to do with you.</source>
      <translation>Use a sentence of four or more words that has nothing to do with you.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="59" />
      <source>Very weak</source>
      <translation>Very weak</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="60" />
      <source>Weak</source>
      <translation>Weak</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="61" />
      <source>Fair</source>
      <translation>Fair</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="62" />
      <source>Good</source>
      <translation>Good</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="63" />
      <source>Strong</source>
      <translation>Strong</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="87" />
      <source>New passphrase</source>
      <translation>New passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="90" />
      <source>Repeat the passphrase</source>
      <translation>Repeat the passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="93" />
      <source>Passphrase strength</source>
      <translation>Passphrase strength</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="99" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="101" />
      <source>&amp;Repeat passphrase:</source>
      <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="110" />
      <source>Strength:</source>
      <translation>Strength:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="120" />
      <source>The two passphrases are not the same.</source>
      <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="163" />
      <source>IQ Desktop – recovery key</source>
      <translation>IQ Desktop – recovery key</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="169" />
      <source>With this key the vault can be opened when every passphrase is forgotten. Keep this sheet locked away, separate from the laptop. Anyone who has it can read the records.</source>
      <translation>With this key the vault can be opened when every passphrase is forgotten. Keep this sheet locked away, separate from the laptop. Anyone who has it can read the records.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="179" />
      <source>First user: %1</source>
      <translation>First user: %1</translation>
    </message>
  </context>
  <context>
    <name>ProcedureForm</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="76" />
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="131" />
      <source>Recognition procedure</source>
      <translation>Recognition procedure</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="82" />
      <source>not known</source>
      <translation>not known</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="83" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="84" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="85" />
      <source>Regulated &amp;profession</source>
      <translation>Regulated &amp;profession</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="91" />
      <source>Competent &amp;authority</source>
      <translation>Competent &amp;authority</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="93" />
      <source>Free text; stays on this laptop</source>
      <translation>Free text; stays on this laptop</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="79" />
      <source>Reference occupation (&amp;KldB 2010)</source>
      <translation>Reference occupation (&amp;KldB 2010)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="98" />
      <source>Application fi&amp;led on</source>
      <translation>Application fi&amp;led on</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="100" />
      <source>Leave empty while the application is not filed yet</source>
      <translation>Leave empty while the application is not filed yet</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="103" />
      <source>&amp;Documents complete</source>
      <translation>&amp;Documents complete</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="103" />
      <source>all documents are there</source>
      <translation>all documents are there</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="105" />
      <source>De&amp;cision</source>
      <translation>De&amp;cision</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="109" />
      <source>Decision da&amp;te</source>
      <translation>Decision da&amp;te</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="111" />
      <source>Date of the decision (or of the withdrawal)</source>
      <translation>Date of the decision (or of the withdrawal)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="114" />
      <source>Compensation &amp;measure or bridge training</source>
      <translation>Compensation &amp;measure or bridge training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="116" />
      <source>Linked job t&amp;raining</source>
      <translation>Linked job t&amp;raining</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="118" />
      <source>applied for</source>
      <translation>applied for</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="118" />
      <source>Recognition gra&amp;nt</source>
      <translation>Recognition gra&amp;nt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="122" />
      <source>Nothing of a recognition procedure leaves this laptop.</source>
      <translation>Nothing of a recognition procedure leaves this laptop.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="131" />
      <source>New recognition procedure</source>
      <translation>New recognition procedure</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="139" />
      <source>— none —</source>
      <translation>— none —</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="186" />
      <source>(a job training no longer in the vault)</source>
      <translation>(a job training no longer in the vault)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="194" />
      <source>Created on %1, last changed on %2</source>
      <translation>Created on %1, last changed on %2</translation>
    </message>
  </context>
  <context>
    <name>Procedures</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="29" />
      <source>pending</source>
      <translation>pending</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="30" />
      <source>full equivalence</source>
      <translation>full equivalence</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="31" />
      <source>partial equivalence (compensation required)</source>
      <translation>partial equivalence (compensation required)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="32" />
      <source>rejected</source>
      <translation>rejected</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="33" />
      <source>withdrawn</source>
      <translation>withdrawn</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="34" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="35" />
      <source>adaptation period</source>
      <translation>adaptation period</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="36" />
      <source>aptitude or knowledge test</source>
      <translation>aptitude or knowledge test</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="37" />
      <source>bridge training</source>
      <translation>bridge training</translation>
    </message>
  </context>
  <context>
    <name>ProceduresPanel</name>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="110" />
      <source>&amp;New procedure</source>
      <translation>&amp;New procedure</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="111" />
      <source>&amp;Open</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="112" />
      <source>Edit the selected procedure (Enter)</source>
      <translation>Edit the selected procedure (Enter)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="113" />
      <source>De&amp;lete…</source>
      <translation>De&amp;lete…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="114" />
      <source>Delete the selected procedure, with a reason (Del)</source>
      <translation>Delete the selected procedure, with a reason (Del)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="121" />
      <source>Recognition procedures</source>
      <translation>Recognition procedures</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="124" />
      <source>No recognition procedure recorded yet. “New procedure” starts one.</source>
      <translation>No recognition procedure recorded yet. “New procedure” starts one.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="185" />
      <source>no occupation</source>
      <translation>no occupation</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="188" />
      <source>regulated</source>
      <translation>regulated</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="188" />
      <source>not regulated</source>
      <translation>not regulated</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="192" />
      <source>Application %1</source>
      <translation>Application %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="193" />
      <source>Application not filed yet</source>
      <translation>Application not filed yet</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="197" />
      <source>Documents complete</source>
      <translation>Documents complete</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="197" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="200" />
      <source>Decision pending</source>
      <translation>Decision pending</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="204" />
      <source>Decision %1: %2</source>
      <translation>Decision %1: %2</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="208" />
      <source>Compensation measure or bridge training</source>
      <translation>Compensation measure or bridge training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="217" />
      <source>Recognition grant applied for</source>
      <translation>Recognition grant applied for</translation>
    </message>
  </context>
  <context>
    <name>RecordCount</name>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/forms/list_page.py" line="52" />
      <source>%n record(s)</source>
      <extracomment>What a column sorts by (compared with ``&lt;``; mixed kinds fall back to the text). The records of the list, and what else the page fetched with them (e.g. client names by id).</extracomment>
      <translation>
        <numerusform>%n record</numerusform>
        <numerusform>%n records</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="100" />
      <source>&amp;Save</source>
      <extracomment>The record kinds a wrong entry of can be voided from its form (issue 11: "Delete…" with a reason). "Delete…" on a form (Ctrl+Del alone deletes a word in a text field)</extracomment>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="101" />
      <source>Save (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="104" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="105" />
      <source>Close without saving (Esc)</source>
      <translation>Close without saving (Esc)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="109" />
      <source>Delete…</source>
      <translation>Delete…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="276" />
      <source>The record was not saved. Please correct the marked fields.</source>
      <translation>The record was not saved. Please correct the marked fields.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/draft_support.py" line="70" />
      <source>ℹ Restored the unsaved entries from your last session. Save them or press Esc.</source>
      <translation>ℹ Restored the unsaved entries from your last session. Save them or press Esc.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="110" />
      <source>Delete this wrong entry, with a reason (Ctrl+Shift+Del)</source>
      <translation>Delete this wrong entry, with a reason (Ctrl+Shift+Del)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="377" />
      <source>✔ Deleted.</source>
      <translation>✔ Deleted.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="400" />
      <source>Saving…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="421" />
      <location filename="../../iq_desktop/ui/forms/base.py" line="426" />
      <source>✔ Saved.</source>
      <translation>✔ Saved.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="439" />
      <source>The record was not saved.</source>
      <translation>The record was not saved.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="441" />
      <source>The record was not saved because of an unexpected problem.</source>
      <translation>The record was not saved because of an unexpected problem.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="451" />
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="452" />
      <source>This form has changes that are not saved yet.</source>
      <translation>This form has changes that are not saved yet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="455" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="456" />
      <source>Discard changes</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="457" />
      <source>Keep editing</source>
      <translation>Keep editing</translation>
    </message>
  </context>
  <context>
    <name>RecordListPage</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/list_page.py" line="71" />
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/list_page.py" line="72" />
      <source>What is &amp;sent…</source>
      <translation>What is &amp;sent…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/list_page.py" line="113" />
      <source>&amp;New</source>
      <translation>&amp;New</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="297" />
      <source>The recovery key must have %1 groups of %2 characters; %3 characters were entered.</source>
      <translation>The recovery key must have %1 groups of %2 characters; %3 characters were entered.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="303" />
      <source>Group %1 of the recovery key has a character that cannot occur in it. Check that group.</source>
      <translation>Group %1 of the recovery key has a character that cannot occur in it. Check that group.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="308" />
      <source>The recovery key has a typo, probably in group %1. Check that group.</source>
      <translation>The recovery key has a typo, probably in group %1. Check that group.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="312" />
      <source>The recovery key is not valid. Please check every group carefully.</source>
      <translation>The recovery key is not valid. Please check every group carefully.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="354" />
      <source>Use the recovery key</source>
      <translation>Use the recovery key</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="358" />
      <source>Recovery key</source>
      <translation>Recovery key</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="362" />
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="364" />
      <source>&amp;Recovery key:</source>
      <translation>&amp;Recovery key:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="366" />
      <source>&amp;User:</source>
      <translation>&amp;User:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="375" />
      <source>Working</source>
      <translation>Working</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="380" />
      <source>Set new passphrase and unlock</source>
      <translation>Set new passphrase and unlock</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="384" />
      <source>Enter the recovery key and choose a new passphrase for the user.</source>
      <translation>Enter the recovery key and choose a new passphrase for the user.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyPage</name>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="295" />
      <source>Your recovery key</source>
      <translation>Your recovery key</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="298" />
      <source>If every passphrase is forgotten, only this key opens the vault. Print it or save it as PDF, and keep it locked away, not on this laptop.</source>
      <translation>If every passphrase is forgotten, only this key opens the vault. Print it or save it as PDF, and keep it locked away, not on this laptop.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="305" />
      <source>Recovery key</source>
      <translation>Recovery key</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="308" />
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="309" />
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="312" />
      <source>I have &amp;stored the recovery key safely</source>
      <translation>I have &amp;stored the recovery key safely</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="313" />
      <source>I have stored the recovery key safely</source>
      <translation>I have stored the recovery key safely</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="354" />
      <source>Save the recovery key as PDF (best on a USB stick)</source>
      <translation>Save the recovery key as PDF (best on a USB stick)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="356" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="369" />
      <source>Saved to %1, on the same disk as the vault: whoever takes this laptop gets the key with it. Copy the file to a USB stick or print it, then delete it here.</source>
      <translation>Saved to %1, on the same disk as the vault: whoever takes this laptop gets the key with it. Copy the file to a USB stick or print it, then delete it here.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="374" />
      <source>Saved to %1. Move the file off this laptop.</source>
      <translation>Saved to %1. Move the file off this laptop.</translation>
    </message>
  </context>
  <context>
    <name>ResetDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="86" />
      <location filename="../../iq_desktop/ui/settings/users.py" line="97" />
      <source>Reset passphrase</source>
      <translation>Reset passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="89" />
      <source>Set a new passphrase for %1 and tell it to them in person. At the next unlock they must choose their own. The old passphrase stops working at once.</source>
      <translation>Set a new passphrase for %1 and tell it to them in person. At the next unlock they must choose their own. The old passphrase stops working at once.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="98" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="87" />
      <source>Restore from backup</source>
      <translation>Restore from backup</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="92" />
      <source>The vault on this laptop will be replaced by the backup: records saved after the backup was made will no longer be shown. The current vault is not deleted; it is kept beside it in the data folder (vault.db.before-restore-…). The app then opens the restored vault, and the next sync brings the regional server in line with it.</source>
      <translation>The vault on this laptop will be replaced by the backup: records saved after the backup was made will no longer be shown. The current vault is not deleted; it is kept beside it in the data folder (vault.db.before-restore-…). The app then opens the restored vault, and the next sync brings the regional server in line with it.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="104" />
      <source>e.g. iq-backup.tar</source>
      <translation>e.g. iq-backup.tar</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="105" />
      <source>C&amp;hoose…</source>
      <translation>C&amp;hoose…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="109" />
      <source>Backup &amp;file</source>
      <translation>Backup &amp;file</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="111" />
      <source>Backup file</source>
      <translation>Backup file</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="115" />
      <source>A coordinator's passphrase</source>
      <translation>A coordinator's passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="116" />
      <source>The recovery key</source>
      <translation>The recovery key</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="117" />
      <source>Open the backup &amp;with</source>
      <translation>Open the backup &amp;with</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="119" />
      <source>&amp;User name in the backup</source>
      <translation>&amp;User name in the backup</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="122" />
      <source>Backup's &amp;passphrase</source>
      <translation>Backup's &amp;passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="124" />
      <source>&amp;Recovery key</source>
      <translation>&amp;Recovery key</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="126" />
      <source>I understand that the vault on this laptop is replace&amp;d.</source>
      <translation>I understand that the vault on this laptop is replace&amp;d.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="132" />
      <source>Restore and &amp;open</source>
      <translation>Restore and &amp;open</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="167" />
      <source>Choose a backup</source>
      <translation>Choose a backup</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="167" />
      <source>IQ backups (*.tar);;All files (*)</source>
      <translation>IQ backups (*.tar);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="185" />
      <source>Choose the backup file.</source>
      <translation>Choose the backup file.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="187" />
      <source>The backup file was not found.</source>
      <translation>The backup file was not found.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="190" />
      <source>Enter your user name in the backup.</source>
      <translation>Enter your user name in the backup.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="192" />
      <source>Enter the backup's passphrase.</source>
      <translation>Enter the backup's passphrase.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="194" />
      <source>Enter the recovery key.</source>
      <translation>Enter the recovery key.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="208" />
      <source>Checking the backup… (this takes a few seconds)</source>
      <translation>Checking the backup… (this takes a few seconds)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="222" />
      <source>The backup could not be checked because of an unexpected problem.</source>
      <translation>The backup could not be checked because of an unexpected problem.</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="60" />
      <source>Old client records were not deleted automatically (the date of this laptop may be wrong, or many clients are affected). Please ask a coordinator to check it.</source>
      <translation>Old client records were not deleted automatically (the date of this laptop may be wrong, or many clients are affected). Please ask a coordinator to check it.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="85" />
      <source>Delete old client records?</source>
      <translation>Delete old client records?</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="88" />
      <source>%1 of %2 clients would be deleted: they have had no contact since %3.</source>
      <translation>%1 of %2 clients would be deleted: they have had no contact since %3.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="97" />
      <source>The laptop's clock may be wrong: it shows %1, more than 400 days after the newest date this vault can trust (%2, the last sync or the newest session). Automatic deletion was stopped.</source>
      <translation>The laptop's clock may be wrong: it shows %1, more than 400 days after the newest date this vault can trust (%2, the last sync or the newest session). Automatic deletion was stopped.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="103" />
      <source>That is more than 5 % of all clients, so it is not done automatically: a coordinator must confirm it.</source>
      <translation>That is more than 5 % of all clients, so it is not done automatically: a coordinator must confirm it.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="106" />
      <source>Check the date and time of this laptop first. Deleted records cannot be restored, except from a backup.</source>
      <translation>Check the date and time of this laptop first. Deleted records cannot be restored, except from a backup.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="113" />
      <source>&amp;Delete now</source>
      <translation>&amp;Delete now</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="114" />
      <source>&amp;Not now</source>
      <translation>&amp;Not now</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="138" />
      <source>Deleting…</source>
      <translation>Deleting…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="141" />
      <source>✔ The records of %1 clients were deleted.</source>
      <translation>✔ The records of %1 clients were deleted.</translation>
    </message>
  </context>
  <context>
    <name>RoleDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="55" />
      <location filename="../../iq_desktop/ui/settings/users.py" line="66" />
      <source>Change role</source>
      <translation>Change role</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="60" />
      <source>New role</source>
      <translation>New role</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="61" />
      <source>New &amp;role of %1:</source>
      <translation>New &amp;role of %1:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="67" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>SchemeDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="187" />
      <source>New job-training scheme</source>
      <translation>New job-training scheme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="194" />
      <source>Who runs it (optional; stays on this laptop, never sent)</source>
      <translation>Who runs it (optional; stays on this laptop, never sent)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="197" />
      <source>&amp;Format</source>
      <translation>&amp;Format</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="198" />
      <source>&amp;Type</source>
      <translation>&amp;Type</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="199" />
      <source>&amp;Start</source>
      <translation>&amp;Start</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="200" />
      <source>&amp;Provider</source>
      <translation>&amp;Provider</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="282" />
      <source>The scheme was not saved.</source>
      <translation>The scheme was not saved.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="284" />
      <source>The scheme was not saved because of an unexpected problem.</source>
      <translation>The scheme was not saved because of an unexpected problem.</translation>
    </message>
  </context>
  <context>
    <name>SchemeField</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="51" />
      <source>own individual scheme</source>
      <translation>own individual scheme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="54" />
      <source>course, from %1</source>
      <translation>course, from %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="55" />
      <source>individual, from %1</source>
      <translation>individual, from %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="85" />
      <source>— its own individual scheme —</source>
      <translation>— its own individual scheme —</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="86" />
      <source>&amp;New scheme…</source>
      <translation>&amp;New scheme…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="88" />
      <source>Create a job-training scheme (a course or an individual scheme)</source>
      <translation>Create a job-training scheme (a course or an individual scheme)</translation>
    </message>
  </context>
  <context>
    <name>SessionForm</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="109" />
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="190" />
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="114" />
      <source>&amp;Client</source>
      <translation>&amp;Client</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="116" />
      <source>Type part of the name, then choose with the arrow keys and Enter</source>
      <translation>Type part of the name, then choose with the arrow keys and Enter</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="125" />
      <source>&amp;Date</source>
      <translation>&amp;Date</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="126" />
      <source>&amp;Kind</source>
      <translation>&amp;Kind</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="130" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="131" />
      <source>D&amp;uration</source>
      <translation>D&amp;uration</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="133" />
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="137" />
      <source>Topics</source>
      <translation>Topics</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="140" />
      <source>How</source>
      <translation>How</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="142" />
      <source>C&amp;hannel</source>
      <translation>C&amp;hannel</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="143" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="145" />
      <source>&amp;Interpreter</source>
      <translation>&amp;Interpreter</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="145" />
      <source>an interpreter took part</source>
      <translation>an interpreter took part</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="147" />
      <source>&amp;Referred by</source>
      <translation>&amp;Referred by</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="149" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="152" />
      <source>Outcomes</source>
      <translation>Outcomes</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="157" />
      <source>&amp;Next appointment</source>
      <translation>&amp;Next appointment</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="159" />
      <source>hh:mm</source>
      <translation>hh:mm</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="162" />
      <source>Ti&amp;me</source>
      <translation>Ti&amp;me</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="162" />
      <source>The next appointment's time, e.g. 9:30</source>
      <translation>The next appointment's time, e.g. 9:30</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="167" />
      <source>&amp;Place (stop)</source>
      <translation>&amp;Place (stop)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="169" />
      <source>Where the next appointment is: one of the stops the coordinator keeps (Agenda page)</source>
      <translation>Where the next appointment is: one of the stops the coordinator keeps (Agenda page)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="171" />
      <source>(no place)</source>
      <translation>(no place)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="181" />
      <source>No&amp;tes (stay on this laptop)</source>
      <translation>No&amp;tes (stay on this laptop)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="190" />
      <source>New session</source>
      <translation>New session</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="215" />
      <source>Recorded by %1</source>
      <translation>Recorded by %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="230" />
      <source>No consent is recorded for this person. Consent covers keeping their personal data on this laptop for counselling (and, as agreed, contacting them or referring them on); please ask for it and record it in the client's data. The session can still be saved.</source>
      <translation>No consent is recorded for this person. Consent covers keeping their personal data on this laptop for counselling (and, as agreed, contacting them or referring them on); please ask for it and record it in the client's data. The session can still be saved.</translation>
    </message>
  </context>
  <context>
    <name>SessionListPage</name>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="56" />
      <source>Counselling sessions</source>
      <translation>Counselling sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="60" />
      <source>All time</source>
      <translation>All time</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="61" />
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="62" />
      <source>Last 3 months</source>
      <translation>Last 3 months</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="63" />
      <source>This year</source>
      <translation>This year</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="64" />
      <source>Last year</source>
      <translation>Last year</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="68" />
      <source>All topics</source>
      <translation>All topics</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="77" />
      <source>Any sync state</source>
      <translation>Any sync state</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="78" />
      <source>Waiting</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="79" />
      <source>Sent</source>
      <translation>Sent</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="80" />
      <source>Quarantined</source>
      <translation>Quarantined</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="86" />
      <source>&amp;Period:</source>
      <translation>&amp;Period:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="86" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="87" />
      <source>&amp;Topic:</source>
      <translation>&amp;Topic:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="87" />
      <source>Topic</source>
      <translation>Topic</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="88" />
      <source>S&amp;ync state:</source>
      <translation>S&amp;ync state:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="88" />
      <source>Sync state</source>
      <translation>Sync state</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="98" />
      <source>&amp;New session</source>
      <translation>&amp;New session</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="99" />
      <source>New session (Ctrl+N)</source>
      <translation>New session (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="106" />
      <source>Sessions</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="130" />
      <source>Delete…</source>
      <translation>Delete…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="132" />
      <source>Number of sessions</source>
      <translation>Number of sessions</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/records/session_list.py" line="163" />
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n session</numerusform>
        <numerusform>%n sessions</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="91" />
      <source>General</source>
      <translation>General</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="97" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="99" />
      <source>The window switches to the chosen language at once; it is remembered for the next start.</source>
      <translation>The window switches to the chosen language at once; it is remembered for the next start.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="104" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="107" />
      <source>&amp;Lock after idle time</source>
      <translation>&amp;Lock after idle time</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="110" />
      <source>not enrolled yet</source>
      <translation>not enrolled yet</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="111" />
      <source>Regional &amp;server</source>
      <translation>Regional &amp;server</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="112" />
      <source>To change the server, enrol this laptop again on the Sync page.</source>
      <translation>To change the server, enrol this laptop again on the Sync page.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="116" />
      <source>Your passphrase</source>
      <translation>Your passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="118" />
      <source>C&amp;urrent passphrase</source>
      <translation>C&amp;urrent passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="119" />
      <source>&amp;New passphrase</source>
      <translation>&amp;New passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="120" />
      <source>New passphrase a&amp;gain</source>
      <translation>New passphrase a&amp;gain</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="121" />
      <source>&amp;Change passphrase</source>
      <translation>&amp;Change passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="128" />
      <source>Users of this laptop</source>
      <translation>Users of this laptop</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="293" />
      <source>✔ The user was added. At their first unlock they choose a passphrase of their own.</source>
      <translation>✔ The user was added. At their first unlock they choose a passphrase of their own.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="135" />
      <source>Add a user (coordinators)</source>
      <translation>Add a user (coordinators)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="137" />
      <source>User &amp;name</source>
      <translation>User &amp;name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="141" />
      <source>&amp;Role</source>
      <translation>&amp;Role</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="142" />
      <source>&amp;Passphrase</source>
      <translation>&amp;Passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="143" />
      <source>Passphrase &amp;again</source>
      <translation>Passphrase &amp;again</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="144" />
      <source>&amp;Add user</source>
      <translation>&amp;Add user</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="160" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="200" />
      <location filename="../../iq_desktop/ui/settings/page.py" line="226" />
      <source>✔ Saved.</source>
      <translation>✔ Saved.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="239" />
      <source>That did not work because of an unexpected problem.</source>
      <translation>That did not work because of an unexpected problem.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="246" />
      <source>The two new passphrases are not the same.</source>
      <translation>The two new passphrases are not the same.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="249" />
      <source>Enter the current and the new passphrase.</source>
      <translation>Enter the current and the new passphrase.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="255" />
      <source>Changing… (this takes a few seconds)</source>
      <translation>Changing… (this takes a few seconds)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="261" />
      <source>✔ Your passphrase was changed.</source>
      <translation>✔ Your passphrase was changed.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="277" />
      <source>Enter a user name.</source>
      <translation>Enter a user name.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="280" />
      <source>The two passphrases are not the same.</source>
      <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="286" />
      <source>Adding… (this takes a few seconds)</source>
      <translation>Adding… (this takes a few seconds)</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="88" />
      <source>Connection</source>
      <extracomment>how often the backup reminder is re-read (it depends on the time passing, not only on changes)</extracomment>
      <translation>Connection</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="89" />
      <source>Figures waiting to be sent</source>
      <translation>Figures waiting to be sent</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="90" />
      <source>Last successful sync</source>
      <translation>Last successful sync</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="92" />
      <source>Signed in as</source>
      <translation>Signed in as</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="96" />
      <source>Back up now…</source>
      <translation>Back up now…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="98" />
      <source>Back up now</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="112" />
      <source>coordinator</source>
      <translation>coordinator</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="112" />
      <source>counsellor</source>
      <translation>counsellor</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="113" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="145" />
      <source>Connection not checked</source>
      <translation>Connection not checked</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="147" />
      <source>Online</source>
      <translation>Online</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="149" />
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="154" />
      <source>Waiting: …</source>
      <translation>Waiting: …</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="156" />
      <source>Nothing waiting to be sent</source>
      <translation>Nothing waiting to be sent</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="158" />
      <source>%n period(s) of figures waiting to be sent</source>
      <translation>
        <numerusform>%n period of figures waiting to be sent</numerusform>
        <numerusform>%n periods of figures waiting to be sent</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="162" />
      <source>Never synced</source>
      <translation>Never synced</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="165" />
      <source>Last sync: %1</source>
      <translation>Last sync: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="183" />
      <source>Backup failed</source>
      <translation>Backup failed</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="186" />
      <source>No backup yet</source>
      <translation>No backup yet</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="186" />
      <source>Last backup %n day(s) ago</source>
      <translation>
        <numerusform>Last backup %n day ago</numerusform>
        <numerusform>Last backup %n days ago</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="187" />
      <source>The last backup is older than 7 days.</source>
      <translation>The last backup is older than 7 days.</translation>
    </message>
  </context>
  <context>
    <name>StopsDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="138" />
      <source>Stops</source>
      <translation>Stops</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="141" />
      <source>Stops, one per line</source>
      <translation>Stops, one per line</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="142" />
      <source>&amp;Stops of the mobile site, one per line (town, venue):</source>
      <translation>&amp;Stops of the mobile site, one per line (town, venue):</translation>
    </message>
  </context>
  <context>
    <name>SyncPanel</name>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="83" />
      <source>ℹ Only a coordinator can start a sync, retry or enrol this laptop.</source>
      <translation>ℹ Only a coordinator can start a sync, retry or enrol this laptop.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="87" />
      <source>Sync &amp;now</source>
      <translation>Sync &amp;now</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="88" />
      <source>&amp;Cancel sync</source>
      <translation>&amp;Cancel sync</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="91" />
      <source>Sync progress</source>
      <translation>Sync progress</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="95" />
      <source>No sync in this session yet.</source>
      <translation>No sync in this session yet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="97" />
      <source>Send the site's figures</source>
      <translation>Send the site's figures</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="107" />
      <source>Quarantine: figures the server refused</source>
      <translation>Quarantine: figures the server refused</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="110" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="110" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="110" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="110" />
      <source>Quarantine</source>
      <translation>Quarantine</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="110" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="112" />
      <source>&amp;Retry selected</source>
      <translation>&amp;Retry selected</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="113" />
      <source>Retry &amp;all</source>
      <translation>Retry &amp;all</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="114" />
      <source>What is &amp;sent…</source>
      <translation>What is &amp;sent…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="123" />
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="127" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="128" />
      <source>Sent</source>
      <translation>Sent</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="129" />
      <source>Duplicates</source>
      <translation>Duplicates</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="130" />
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="131" />
      <source>Still waiting</source>
      <translation>Still waiting</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="132" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="134" />
      <source>Sync history</source>
      <translation>Sync history</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="145" />
      <source>Sync</source>
      <translation>Sync</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="181" />
      <source>⚠ Enrolled with %1 as site %2, but the server refuses this laptop:</source>
      <translation>⚠ Enrolled with %1 as site %2, but the server refuses this laptop:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="191" />
      <source>✔ Enrolled with %1 as site %2.</source>
      <translation>✔ Enrolled with %1 as site %2.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="200" />
      <source>⚠ Not enrolled yet: the site's figures stay queued on this laptop until a coordinator enrols it (below).</source>
      <translation>⚠ Not enrolled yet: the site's figures stay queued on this laptop until a coordinator enrols it (below).</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="205" />
      <source>Periods of figures waiting to be sent: %1 · sent: %2 · in quarantine: %3</source>
      <translation>Periods of figures waiting to be sent: %1 · sent: %2 · in quarantine: %3</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="244" />
      <source>the period's figures</source>
      <translation>the period's figures</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="245" />
      <source>withdrawal (nothing left in the period)</source>
      <translation>withdrawal (nothing left in the period)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="301" />
      <source>%1 of %2 periods</source>
      <translation>%1 of %2 periods</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/sync/panel.py" line="375" />
      <source>%n period(s) of figures put back in the queue; they are sent at the next sync.</source>
      <translation>
        <numerusform>%n period of figures put back in the queue; they are sent at the next sync.</numerusform>
        <numerusform>%n periods of figures put back in the queue; they are sent at the next sync.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="211" />
      <source>Last successful sync: %1</source>
      <translation>Last successful sync: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="211" />
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="215" />
      <source>⚠ Last problem: %1</source>
      <translation>⚠ Last problem: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="251" />
      <source>✔ finished</source>
      <translation>✔ finished</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="279" />
      <source>Syncing…</source>
      <translation>Syncing…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="296" />
      <source>Stopping after the current batch…</source>
      <translation>Stopping after the current batch…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="326" />
      <source>Sent: %1</source>
      <translation>Sent: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="327" />
      <source>duplicates: %1</source>
      <translation>duplicates: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="328" />
      <source>rejected: %1</source>
      <translation>rejected: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="329" />
      <source>still waiting: %1</source>
      <translation>still waiting: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="337" />
      <source>Cancelled.</source>
      <translation>Cancelled.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="342" />
      <source>done</source>
      <translation>done</translation>
    </message>
  </context>
  <context>
    <name>SyncWords</name>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="19" />
      <source>The server cannot be reached (no network, or the server is down). The figures stay queued and are sent automatically when it answers again.</source>
      <translation>The server cannot be reached (no network, or the server is down). The figures stay queued and are sent automatically when it answers again.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="24" />
      <source>The server did not answer in time. The figures stay queued and are sent automatically when it answers again.</source>
      <translation>The server did not answer in time. The figures stay queued and are sent automatically when it answers again.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="29" />
      <source>The server's certificate could not be checked, so nothing was sent. Check this laptop's date and time; if the regional network uses its own certificate authority, a coordinator enrols the laptop again with its CA certificate. The figures stay queued.</source>
      <translation>The server's certificate could not be checked, so nothing was sent. Check this laptop's date and time; if the regional network uses its own certificate authority, a coordinator enrols the laptop again with its CA certificate. The figures stay queued.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="35" />
      <source>The server has a problem right now. The figures stay queued and are sent automatically later.</source>
      <translation>The server has a problem right now. The figures stay queued and are sent automatically later.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="39" />
      <source>The server asked to wait a little (too many requests). The figures are sent automatically later.</source>
      <translation>The server asked to wait a little (too many requests). The figures are sent automatically later.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="43" />
      <source>The server's answer could not be trusted completely, so nothing was marked as sent. Sync tries again by itself.</source>
      <translation>The server's answer could not be trusted completely, so nothing was marked as sent. Sync tries again by itself.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="52" />
      <source>Another sync is running right now (the automatic one); this page updates when it ends.</source>
      <translation>Another sync is running right now (the automatic one); this page updates when it ends.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="56" />
      <source>The server cannot be reached right now. The figures stay queued and are sent automatically when it answers again.</source>
      <translation>The server cannot be reached right now. The figures stay queued and are sent automatically when it answers again.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="61" />
      <source>The network's CA certificate file chosen at enrolment can no longer be read. Put the file back, or a coordinator enrols the laptop again with it. The figures stay queued.</source>
      <translation>The network's CA certificate file chosen at enrolment can no longer be read. Put the file back, or a coordinator enrols the laptop again with it. The figures stay queued.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="74" />
      <source>The server refused the figures: they belong to another site. Ask the regional network's administrator.</source>
      <translation>The server refused the figures: they belong to another site. Ask the regional network's administrator.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="78" />
      <source>The server still holds different figures than this laptop; everything was sent again. If this stays, ask the regional network's administrator.</source>
      <translation>The server still holds different figures than this laptop; everything was sent again. If this stays, ask the regional network's administrator.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="100" />
      <source>The queued copy of these figures was damaged on this laptop, so it was not sent. Ask the regional network's administrator.</source>
      <translation>The queued copy of these figures was damaged on this laptop, so it was not sent. Ask the regional network's administrator.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="106" />
      <source>These figures are too large for the server. Ask the regional network's administrator.</source>
      <translation>These figures are too large for the server. Ask the regional network's administrator.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="113" />
      <source>The server does not accept part of these figures (%1). Ask the regional network's administrator whether this app needs an update.</source>
      <translation>The server does not accept part of these figures (%1). Ask the regional network's administrator whether this app needs an update.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="119" />
      <source>The server holds these figures for another site. Ask the regional network's administrator.</source>
      <translation>The server holds these figures for another site. Ask the regional network's administrator.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="124" />
      <source>The server already holds this version of the figures with other content. They are sent as a new version when the period's records next change; if this stays, ask the regional network's administrator.</source>
      <translation>The server already holds this version of the figures with other content. They are sent as a new version when the period's records next change; if this stays, ask the regional network's administrator.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="131" />
      <source>The server refused the figures: %1</source>
      <translation>The server refused the figures: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="66" />
      <source>This laptop is not enrolled yet; a coordinator enrols it below.</source>
      <translation>This laptop is not enrolled yet; a coordinator enrols it below.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="70" />
      <source>The regional server has revoked this laptop's access. A coordinator must enrol it again with a new code.</source>
      <translation>The regional server has revoked this laptop's access. A coordinator must enrol it again with a new code.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="83" />
      <source>Sync stopped: the server's address or its answer needs attention. Check the enrolment below or ask the regional network's administrator.</source>
      <translation>Sync stopped: the server's address or its answer needs attention. Check the enrolment below or ask the regional network's administrator.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="98" />
      <source>No reason was given.</source>
      <translation>No reason was given.</translation>
    </message>
  </context>
  <context>
    <name>TopicsBox</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="83" />
      <source>Fair Integration</source>
      <translation>Fair Integration</translation>
    </message>
  </context>
  <context>
    <name>TrainingForm</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="28" />
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="58" />
      <source>Job training</source>
      <translation>Job training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="33" />
      <source>&amp;Participant</source>
      <translation>&amp;Participant</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="35" />
      <source>Type part of the name, then choose with the arrow keys and Enter</source>
      <translation>Type part of the name, then choose with the arrow keys and Enter</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="40" />
      <source>S&amp;cheme</source>
      <translation>S&amp;cheme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="42" />
      <source>The course or individual scheme this participation belongs to</source>
      <translation>The course or individual scheme this participation belongs to</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="45" />
      <source>&amp;Type</source>
      <translation>&amp;Type</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="46" />
      <source>&amp;Format</source>
      <translation>&amp;Format</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="47" />
      <source>&amp;Start</source>
      <translation>&amp;Start</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="49" />
      <source>&amp;End</source>
      <translation>&amp;End</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="49" />
      <source>Leave empty while the training is ongoing</source>
      <translation>Leave empty while the training is ongoing</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="51" />
      <source>S&amp;tatus</source>
      <translation>S&amp;tatus</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="58" />
      <source>New job training</source>
      <translation>New job training</translation>
    </message>
  </context>
  <context>
    <name>TrainingsPage</name>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="52" />
      <source>Job trainings</source>
      <translation>Job trainings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="55" />
      <source>&amp;New job training</source>
      <translation>&amp;New job training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="59" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="60" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="61" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="65" />
      <source>Scheme</source>
      <translation>Scheme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="62" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="43" />
      <source>Delete…</source>
      <translation>Delete…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="63" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="64" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>UnlockWindow</name>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="89" />
      <source>IQ Desktop – Unlock</source>
      <extracomment>Seconds to wait after the n-th failed attempt (n = 1, 2, ...); the last value repeats.</extracomment>
      <translation>IQ Desktop – Unlock</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="92" />
      <source>Unlock the vault</source>
      <translation>Unlock the vault</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="94" />
      <source>Your records are encrypted. Choose your user name and enter your passphrase.</source>
      <translation>Your records are encrypted. Choose your user name and enter your passphrase.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="98" />
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="102" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="105" />
      <source>&amp;User:</source>
      <translation>&amp;User:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="107" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="113" />
      <location filename="../../iq_desktop/ui/access/unlock.py" line="115" />
      <source>Unlock</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="118" />
      <source>Forgot passphrase? Use the recovery key…</source>
      <translation>Forgot passphrase? Use the recovery key…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="121" />
      <source>Use the recovery key</source>
      <translation>Use the recovery key</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="128" />
      <source>Working</source>
      <translation>Working</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="133" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="199" />
      <source>Please enter your passphrase.</source>
      <translation>Please enter your passphrase.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="201" />
      <source>Unlocking…</source>
      <translation>Unlocking…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/access/unlock.py" line="246" />
      <source>Please wait %n second(s) before the next attempt.</source>
      <translation>
        <numerusform>Please wait %n second before the next attempt.</numerusform>
        <numerusform>Please wait %n seconds before the next attempt.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="270" />
      <source>The vault stays locked until you choose your own passphrase.</source>
      <translation>The vault stays locked until you choose your own passphrase.</translation>
    </message>
  </context>
  <context>
    <name>UsersPanel</name>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="128" />
      <source>Name</source>
      <extracomment>Tests set a fast KDF here; the app leaves it None (the slot's own parameters).</extracomment>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="128" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="128" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="129" />
      <source>Users</source>
      <translation>Users</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="139" />
      <source>Re&amp;move user…</source>
      <translation>Re&amp;move user…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="140" />
      <source>C&amp;hange role…</source>
      <translation>C&amp;hange role…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="141" />
      <source>Reset a &amp;forgotten passphrase…</source>
      <translation>Reset a &amp;forgotten passphrase…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="142" />
      <source>Show aud&amp;it log…</source>
      <translation>Show aud&amp;it log…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="178" />
      <source>you</source>
      <translation>you</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="180" />
      <source>must choose a new passphrase</source>
      <translation>must choose a new passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="212" />
      <source>Working…</source>
      <translation>Working…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="228" />
      <source>Remove user</source>
      <translation>Remove user</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="230" />
      <source>Remove %1? Their passphrase will no longer open the vault. Their name stays in the audit log; the records they made stay.</source>
      <translation>Remove %1? Their passphrase will no longer open the vault. Their name stays in the audit log; the records they made stay.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="237" />
      <source>&amp;Remove</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="238" />
      <source>&amp;Keep</source>
      <translation>&amp;Keep</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="243" />
      <source>The user was removed.</source>
      <translation>The user was removed.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="258" />
      <source>The role was changed.</source>
      <translation>The role was changed.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="278" />
      <source>The passphrase was reset. At the next unlock they choose their own.</source>
      <translation>The passphrase was reset. At the next unlock they choose their own.</translation>
    </message>
  </context>
  <context>
    <name>VoidDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="38" />
      <source>Delete this counselling session?</source>
      <translation>Delete this counselling session?</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="39" />
      <source>Delete this job-training participation?</source>
      <translation>Delete this job-training participation?</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="40" />
      <source>Delete this group event?</source>
      <translation>Delete this group event?</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="41" />
      <source>Delete this recognition procedure?</source>
      <translation>Delete this recognition procedure?</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="43" />
      <source>Delete a wrong entry</source>
      <translation>Delete a wrong entry</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="44" />
      <source>Delete this entry?</source>
      <translation>Delete this entry?</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="48" />
      <source>The entry is removed for good. The network's figures are corrected at the next sync. Please give the reason; it is kept in the audit log on this laptop only.</source>
      <translation>The entry is removed for good. The network's figures are corrected at the next sync. Please give the reason; it is kept in the audit log on this laptop only.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="55" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="56" />
      <source>e.g. entered twice, wrong person</source>
      <translation>e.g. entered twice, wrong person</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="58" />
      <source>&amp;Reason:</source>
      <translation>&amp;Reason:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="62" />
      <source>At least %1 characters.</source>
      <translation>At least %1 characters.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="64" />
      <source>&amp;Delete</source>
      <translation>&amp;Delete</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="66" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="214" />
      <source>Welcome to IQ Desktop</source>
      <translation>Welcome to IQ Desktop</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="217" />
      <source>IQ Desktop records counselling sessions, trainings and group events on this laptop, encrypted. Only de-identified figures are ever sent to the regional network.

First you create the vault: your user name (you will be its coordinator) and a passphrase. Then you get a recovery key to keep safe on paper.</source>
      <translation>IQ Desktop records counselling sessions, trainings and group events on this laptop, encrypted. Only de-identified figures are ever sent to the regional network.

First you create the vault: your user name (you will be its coordinator) and a passphrase. Then you get a recovery key to keep safe on paper.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="224" />
      <source>Data folder: %1</source>
      <translation>Data folder: %1</translation>
    </message>
  </context>
  <context>
    <name>WhatIsSent</name>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="183" />
      <source>Loading…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="132" />
      <source>Nothing about a person or a single record leaves this laptop. The site sends counts only: for each quarter, half-year and year, how many sessions, people, schemes and events each published figure counts. Below is exactly what is sent for one period.</source>
      <translation>Nothing about a person or a single record leaves this laptop. The site sends counts only: for each quarter, half-year and year, how many sessions, people, schemes and events each published figure counts. Below is exactly what is sent for one period.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="57" />
      <source>Initial advisory sessions</source>
      <extracomment>What :func:`_fetch` answers: the quarter the record is counted in, and that quarter's item. And whether any figure counts the record at all; and which record it is (kind, date; "" for an item of the sync panel).</extracomment>
      <translation>Initial advisory sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="58" />
      <source>Initial sessions: recognition counselling only</source>
      <translation>Initial sessions: recognition counselling only</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="59" />
      <source>Initial sessions: job-training counselling only</source>
      <translation>Initial sessions: job-training counselling only</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="60" />
      <source>Initial sessions: recognition and job training combined</source>
      <translation>Initial sessions: recognition and job training combined</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="61" />
      <source>Fair Integration: individuals advised</source>
      <translation>Fair Integration: individuals advised</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="62" />
      <source>Fair Integration: group events</source>
      <translation>Fair Integration: group events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="63" />
      <source>Fair Integration: participants in group events</source>
      <translation>Fair Integration: participants in group events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="64" />
      <source>Job-training schemes started: course-based</source>
      <translation>Job-training schemes started: course-based</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="65" />
      <source>Job-training schemes started: individually tailored</source>
      <translation>Job-training schemes started: individually tailored</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="66" />
      <source>Individuals commencing a job-training scheme</source>
      <translation>Individuals commencing a job-training scheme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="67" />
      <source>Skilled worker networks: individuals reached</source>
      <translation>Skilled worker networks: individuals reached</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="73" />
      <source>Successful completers (completed in %1)</source>
      <translation>Successful completers (completed in %1)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="77" />
      <source>Initial sessions by reference occupation: %1</source>
      <translation>Initial sessions by reference occupation: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="79" />
      <source>Labour-market stakeholders</source>
      <translation>Labour-market stakeholders</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="80" />
      <source>Business stakeholders</source>
      <translation>Business stakeholders</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="82" />
      <source>trainings</source>
      <translation>trainings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="83" />
      <source>participants in trainings</source>
      <translation>participants in trainings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="84" />
      <source>other events</source>
      <translation>other events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="85" />
      <source>participants in other events</source>
      <translation>participants in other events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="86" />
      <source>consultations</source>
      <translation>consultations</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="150" />
      <source>Figure</source>
      <translation>Figure</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="150" />
      <source>Count</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="150" />
      <source>Cell key</source>
      <translation>Cell key</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="162" />
      <source>&amp;Table</source>
      <translation>&amp;Table</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="163" />
      <source>&amp;Raw data (JSON)</source>
      <translation>&amp;Raw data (JSON)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="190" />
      <source>Data that was sent:</source>
      <translation>Data that was sent:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="192" />
      <source>Data that the server refused:</source>
      <translation>Data that the server refused:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="194" />
      <source>Data that will be sent:</source>
      <translation>Data that will be sent:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="209" />
      <source>The cell key the server's disclosure control uses</source>
      <translation>The cell key the server's disclosure control uses</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="214" />
      <source>Client record</source>
      <translation>Client record</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="215" />
      <source>Counselling session of %1</source>
      <translation>Counselling session of %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="216" />
      <source>Job training starting %1</source>
      <translation>Job training starting %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="217" />
      <source>Group event of %1</source>
      <translation>Group event of %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="218" />
      <source>Job-training scheme starting %1</source>
      <translation>Job-training scheme starting %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="223" />
      <source>The site's figures of %1</source>
      <translation>The site's figures of %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="226" />
      <source>Record: %1</source>
      <translation>Record: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="239" />
      <source>No published figure counts this record (for example a follow-up session on recognition only, or an event for migrants on another topic than Fair Integration): nothing about it is sent.</source>
      <translation>No published figure counts this record (for example a follow-up session on recognition only, or an event for migrants on another topic than Fair Integration): nothing about it is sent.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="244" />
      <source>Nothing is sent for this record. A client's personal data never leaves the laptop; the site's figures count the client's sessions and job-training schemes without naming anyone.</source>
      <translation>Nothing is sent for this record. A client's personal data never leaves the laptop; the site's figures count the client's sessions and job-training schemes without naming anyone.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="248" />
      <source>Nothing is counted for %1 yet.</source>
      <translation>Nothing is counted for %1 yet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="257" />
      <source> (version %1)</source>
      <translation> (version %1)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="259" />
      <source>The quarter this record is counted in: %1</source>
      <translation>The quarter this record is counted in: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="261" />
      <source>Counts of %1</source>
      <translation>Counts of %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="265" />
      <source>✔ Sent: the server has it.</source>
      <translation>✔ Sent: the server has it.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="269" />
      <source>⚠ In quarantine, not sent: %1</source>
      <translation>⚠ In quarantine, not sent: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="272" />
      <source>Waiting to be sent at the next sync.</source>
      <translation>Waiting to be sent at the next sync.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="284" />
      <source>The outbox could not be read.</source>
      <translation>The outbox could not be read.</translation>
    </message>
  </context>
  <context>
    <name>WhatIsSentDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="316" />
      <source>What is sent</source>
      <translation>What is sent</translation>
    </message>
  </context>
  <context>
    <name>texts</name>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="130" />
      <source>About IQ Desktop</source>
      <translation>About IQ Desktop</translation>
    </message>
  </context>
</TS>