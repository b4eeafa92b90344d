<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>AccountPage</name>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="237" />
      <source>Your user name and passphrase</source>
      <translation>Ihr Benutzername und Ihre Passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="239" />
      <source>Choose a passphrase of at least 10 characters; a short sentence is easy to remember.</source>
      <translation>Wählen Sie eine Passphrase mit mindestens 10 Zeichen; ein kurzer Satz ist leicht zu merken.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="242" />
      <source>User name</source>
      <translation>Benutzername</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="244" />
      <source>&amp;User name:</source>
      <translation>&amp;Benutzername:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="249" />
      <source>Creating the vault</source>
      <translation>Der Tresor wird angelegt</translation>
    </message>
  </context>
  <context>
    <name>AgendaPage</name>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="216" />
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="219" />
      <source>Agenda</source>
      <translation>Termine</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="221" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="221" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="221" />
      <source>Place</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="221" />
      <source>Last contact</source>
      <translation>Letzter Kontakt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="235" />
      <source> weeks</source>
      <translation> Wochen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="236" />
      <source>No contact for how many weeks</source>
      <translation>Wie viele Wochen ohne Kontakt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="231" />
      <source>Show the agenda first after unlock when something is &amp;due</source>
      <translation>Termine zuerst zeigen, wenn beim Entsperren etwas &amp;fällig ist</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="232" />
      <source>Show the agenda first after unlock when something is due</source>
      <translation>Termine zuerst zeigen, wenn beim Entsperren etwas fällig ist</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="237" />
      <source>No &amp;contact for:</source>
      <translation>Kein &amp;Kontakt seit:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="241" />
      <source> months</source>
      <translation> Monate</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="242" />
      <source>Procedures waiting longer than (months)</source>
      <translation>Verfahren offen länger als (Monate)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="243" />
      <source>&amp;Procedures waiting longer than</source>
      <translation>&amp;Verfahren offen länger als</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="249" />
      <source>E&amp;xport as calendar…</source>
      <translation>Als Kalender e&amp;xportieren…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="251" />
      <source>S&amp;tops…</source>
      <translation>S&amp;tationen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="252" />
      <source>The stops of the mobile site (coordinators)</source>
      <translation>Die Stationen der mobilen Beratung (Koordination)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="303" />
      <source>Today</source>
      <translation>Heute</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="305" />
      <source>This week</source>
      <translation>Diese Woche</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="305" />
      <source>Coming days</source>
      <translation>Nächste Tage</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="307" />
      <source>Overdue</source>
      <translation>Überfällig</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="310" />
      <source>No contact for %n week(s) although a further session is needed</source>
      <translation>
        <numerusform>Seit %n Woche kein Kontakt, obwohl weitere Beratung nötig ist</numerusform>
        <numerusform>Seit %n Wochen kein Kontakt, obwohl weitere Beratung nötig ist</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="312" />
      <source>Recognition procedures waiting for a decision</source>
      <translation>Anerkennungsverfahren, die auf einen Bescheid warten</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="344" />
      <source>%n item(s) due.</source>
      <translation>
        <numerusform>%n Eintrag fällig.</numerusform>
        <numerusform>%n Einträge fällig.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="344" />
      <source>Nothing due.</source>
      <translation>Nichts fällig.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="346" />
      <source>Only the most recent cases without contact are listed.</source>
      <translation>Von den Fällen ohne Kontakt werden nur die neuesten gezeigt.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="348" />
      <source>%n more waiting procedure(s) not listed.</source>
      <translation>
        <numerusform>%n weitere wartende Verfahren nicht aufgeführt.</numerusform>
        <numerusform>%n weitere wartende Verfahren nicht aufgeführt.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="416" />
      <source>Counselling</source>
      <translation>Beratung</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="417" />
      <source>%n appointment(s) exported.</source>
      <translation>
        <numerusform>%n Termin exportiert.</numerusform>
        <numerusform>%n Termine exportiert.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AttachDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="125" />
      <source>Attach a document</source>
      <translation>Dokument anhängen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="130" />
      <source>(the person, no procedure)</source>
      <translation>(die Person, kein Verfahren)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="132" />
      <source>Recognition procedure</source>
      <translation>Anerkennungsverfahren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="136" />
      <source>The file is stored encrypted inside the vault (at most %1 MB).</source>
      <translation>Die Datei wird verschlüsselt im Tresor gespeichert (höchstens %1 MB).</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="140" />
      <source>File:</source>
      <translation>Datei:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="141" />
      <source>&amp;Kind:</source>
      <translation>&amp;Art:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="144" />
      <source>&amp;Procedure:</source>
      <translation>&amp;Verfahren:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="149" />
      <source>Attach</source>
      <translation>Anhängen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="150" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="206" />
      <source>Audit log</source>
      <translation>Protokoll</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="208" />
      <source>Who did what and when on this laptop, newest first. Times are local.</source>
      <translation>Wer hat wann was auf diesem Laptop getan – das Neueste zuerst. Zeiten in Ortszeit.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="212" />
      <source>All users</source>
      <translation>Alle Benutzer</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="213" />
      <source>User</source>
      <translation>Benutzer</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="215" />
      <source>All actions</source>
      <translation>Alle Aktionen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="220" />
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="221" />
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="222" />
      <source>To</source>
      <translation>Bis</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="226" />
      <source>&amp;User:</source>
      <translation>&amp;Benutzer:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="227" />
      <source>&amp;Action:</source>
      <translation>A&amp;ktion:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="228" />
      <source>&amp;From:</source>
      <translation>&amp;Von:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="229" />
      <source>&amp;To:</source>
      <translation>B&amp;is:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="242" />
      <source>Audit log entries</source>
      <translation>Protokolleinträge</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="256" />
      <source>&amp;Export as CSV…</source>
      <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="257" />
      <source>&amp;Close</source>
      <translation>&amp;Schließen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="293" />
      <source>any</source>
      <translation>beliebig</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="323" />
      <source>(scroll down for more)</source>
      <translation>(für weitere nach unten blättern)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="324" />
      <source>%n entries shown</source>
      <translation>
        <numerusform>%n Eintrag angezeigt</numerusform>
        <numerusform>%n Einträge angezeigt</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="335" />
      <source>Export the audit log</source>
      <translation>Protokoll exportieren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="335" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="345" />
      <source>Exporting…</source>
      <translation>Wird exportiert…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="349" />
      <source>✔ %1 entries written to %2</source>
      <translation>✔ %1 Einträge in %2 geschrieben</translation>
    </message>
  </context>
  <context>
    <name>AuditLog</name>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="53" />
      <source>Unlocked</source>
      <extracomment>The actions in words (context "AuditLog"); an action not listed here shows its own name.</extracomment>
      <translation>Entsperrt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="54" />
      <source>Failed unlock</source>
      <translation>Entsperren fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="55" />
      <source>Locked</source>
      <translation>Gesperrt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="56" />
      <source>Created</source>
      <translation>Angelegt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="57" />
      <source>Edited</source>
      <translation>Bearbeitet</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="58" />
      <source>Deleted</source>
      <translation>Gelöscht</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="59" />
      <source>Voided</source>
      <translation>Storniert</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="60" />
      <source>Erased (GDPR)</source>
      <translation>Endgültig gelöscht (DSGVO)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="61" />
      <source>Exported</source>
      <translation>Exportiert</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="62" />
      <source>Merged</source>
      <translation>Zusammengeführt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="63" />
      <source>Synchronised</source>
      <translation>Synchronisiert</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="64" />
      <source>Enrolled</source>
      <translation>Angemeldet</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="65" />
      <source>Backup saved</source>
      <translation>Sicherung gespeichert</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="66" />
      <source>Restored</source>
      <translation>Wiederhergestellt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="67" />
      <source>Imported</source>
      <translation>Importiert</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="68" />
      <source>Demo data added</source>
      <translation>Demodaten hinzugefügt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="69" />
      <source>Retention purge</source>
      <translation>Löschung nach Aufbewahrungsfrist</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="70" />
      <source>User added</source>
      <translation>Benutzer hinzugefügt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="71" />
      <source>User removed</source>
      <translation>Benutzer entfernt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="72" />
      <source>Role changed</source>
      <translation>Rolle geändert</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="73" />
      <source>Passphrase reset</source>
      <translation>Passphrase zurückgesetzt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="74" />
      <source>Passphrase changed</source>
      <translation>Passphrase geändert</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="75" />
      <source>Recovery key used</source>
      <translation>Wiederherstellungsschlüssel verwendet</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="76" />
      <source>Settings changed</source>
      <translation>Einstellungen geändert</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="77" />
      <source>Refused</source>
      <translation>Verweigert</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="78" />
      <source>Listed</source>
      <translation>Aufgelistet</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="79" />
      <source>Listed in full</source>
      <translation>Vollständig aufgelistet</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="80" />
      <source>Viewed</source>
      <translation>Angesehen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="81" />
      <source>Key derivation strengthened</source>
      <translation>Schlüsselableitung verstärkt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="112" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="113" />
      <source>User</source>
      <translation>Benutzer</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="114" />
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/audit_dialog.py" line="115" />
      <source>Record</source>
      <translation>Datensatz</translation>
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
      <translation>Wählen Sie zuerst einen Sicherungsordner.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="55" />
      <source>The backup folder is missing: is the USB drive plugged in? The next try is in an hour.</source>
      <translation>Der Sicherungsordner fehlt: Ist der USB-Stick eingesteckt? Der nächste Versuch folgt in einer Stunde.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="58" />
      <source>The backup drive is full. Free some space there, or keep fewer backups.</source>
      <translation>Das Sicherungslaufwerk ist voll. Schaffen Sie dort Platz oder bewahren Sie weniger Sicherungen auf.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="61" />
      <source>The backup folder cannot be written to. Choose another folder.</source>
      <translation>In den Sicherungsordner kann nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="62" />
      <source>The new backup did not verify and was removed; the older ones were kept.</source>
      <translation>Die neue Sicherung hat die Prüfung nicht bestanden und wurde entfernt; die älteren bleiben erhalten.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="66" />
      <source>The backup could not be written. Check the drive; the next try is in an hour.</source>
      <translation>Die Sicherung konnte nicht geschrieben werden. Prüfen Sie das Laufwerk; der nächste Versuch folgt in einer Stunde.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="107" />
      <source>Backup</source>
      <translation>Sicherung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="120" />
      <source>Save an encrypted &amp;backup…</source>
      <translation>Verschlüsselte &amp;Sicherung speichern…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="121" />
      <source>Res&amp;tore from backup…</source>
      <translation>Aus Sicherung wiederhers&amp;tellen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="130" />
      <source>Automatic backup e&amp;very day</source>
      <translation>Täglich a&amp;utomatisch sichern</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="131" />
      <source>Automatic backup every day</source>
      <translation>Täglich automatisch sichern</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="134" />
      <source>no folder chosen</source>
      <translation>kein Ordner gewählt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="137" />
      <source>&amp;Other folder…</source>
      <translation>Anderer &amp;Ordner…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="141" />
      <source>Backup fol&amp;der</source>
      <translation>Si&amp;cherungsordner</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="143" />
      <source>Backup folder</source>
      <translation>Sicherungsordner</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="148" />
      <source> backups</source>
      <translation> Sicherungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="149" />
      <source>&amp;Keep the last</source>
      <translation>&amp;Behalten: die letzten</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="151" />
      <source>Keep the last</source>
      <translation>Behalten: die letzten</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="156" />
      <source>Back up no&amp;w</source>
      <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="168" />
      <source>Only a coordinator chooses the folder and how many backups are kept.</source>
      <translation>Nur die Koordination wählt den Ordner und wie viele Sicherungen aufbewahrt werden.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="172" />
      <source>Backup progress</source>
      <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="207" />
      <source>USB drive: %1</source>
      <translation>USB-Laufwerk: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="220" />
      <source>⚠ This folder is on the laptop's own disk: a stolen or broken laptop takes the backups with it. Choose a USB drive.</source>
      <translation>⚠ Dieser Ordner liegt auf der Festplatte des Laptops: Geht der Laptop verloren oder kaputt, sind auch die Sicherungen weg. Wählen Sie einen USB-Stick.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="235" />
      <source>⚠ The last backup failed (%1): %2</source>
      <translation>⚠ Die letzte Sicherung ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="238" />
      <source>Last backup: %1</source>
      <translation>Letzte Sicherung: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="240" />
      <source>No backup yet.</source>
      <translation>Noch keine Sicherung.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="244" />
      <source>⚠ There is no backup of this laptop's records yet. Save one now.</source>
      <translation>⚠ Von den Daten dieses Laptops gibt es noch keine Sicherung. Sichern Sie jetzt.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="246" />
      <source>⚠ The last backup is %n day(s) old. Save one now.</source>
      <translation>
        <numerusform>⚠ Die letzte Sicherung ist %n Tag alt. Sichern Sie jetzt.</numerusform>
        <numerusform>⚠ Die letzte Sicherung ist %n Tage alt. Sichern Sie jetzt.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="269" />
      <source>✔ Saved.</source>
      <translation>✔ Gespeichert.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="293" />
      <source>Choose the backup folder</source>
      <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="312" />
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="363" />
      <source>Saving the backup…</source>
      <translation>Die Sicherung wird gespeichert…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="317" />
      <source>✔ Saved and checked: %1</source>
      <translation>✔ Gespeichert und geprüft: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="346" />
      <source>Save an encrypted backup</source>
      <translation>Verschlüsselte Sicherung speichern</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="346" />
      <source>IQ backups (*.tar);;All files (*)</source>
      <translation>IQ-Sicherungen (*.tar);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="367" />
      <source>✔ Saved to %1</source>
      <translation>✔ Gespeichert unter %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/backup_panel.py" line="372" />
      <source>⚠ The backup could not be written. Choose another folder.</source>
      <translation>⚠ Die Sicherung konnte nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
  </context>
  <context>
    <name>ClientChooser</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/choosers.py" line="148" />
      <source>Type part of the name…</source>
      <translation>Teil des Namens eingeben…</translation>
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
      <translation>An&amp;onym beraten</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="72" />
      <source>A short or anonymous contact: no name, only what the figures need; a name can be added later</source>
      <translation>Kurzkontakt oder anonyme Beratung: ohne Namen, nur was die Zahlen brauchen; ein Name kann später ergänzt werden</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="74" />
      <source>Counselled anonymously</source>
      <translation>Anonym beraten</translation>
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
      <translation>&amp;Vorname</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="88" />
      <source>&amp;Last name</source>
      <translation>&amp;Nachname</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="92" />
      <source>&amp;Birth date</source>
      <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="94" />
      <source>For example 31.12.1990 or 31.12.90; may be left empty</source>
      <translation>Zum Beispiel 31.12.1990 oder 31.12.90; darf leer bleiben</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="96" />
      <source>&amp;Gender</source>
      <translation>Ge&amp;schlecht</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="98" />
      <source>Contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="100" />
      <source>&amp;Phone</source>
      <translation>&amp;Telefon</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="101" />
      <source>&amp;E-mail</source>
      <translation>&amp;E-Mail</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="102" />
      <source>Post&amp;code</source>
      <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="104" />
      <source>Background</source>
      <translation>Hintergrund</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="107" />
      <source>&amp;Nationality</source>
      <translation>Staats&amp;angehörigkeit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="109" />
      <source>Country of &amp;qualification</source>
      <translation>&amp;Land der Qualifikation</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="113" />
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="114" />
      <source>&amp;Year of arrival</source>
      <translation>Ein&amp;reisejahr</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="116" />
      <source>&amp;Residence status</source>
      <translation>Aufent&amp;haltsstatus</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="118" />
      <source>German &amp;level</source>
      <translation>&amp;Deutschkenntnisse</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="122" />
      <source>Q&amp;ualification</source>
      <translation>&amp;Qualifikation</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="123" />
      <source>— please choose —</source>
      <translation>— bitte wählen —</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="124" />
      <source>Required; choose “unknown” if it is not known</source>
      <translation>Pflichtfeld; „unbekannt“ wählen, wenn sie nicht bekannt ist</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="127" />
      <source>Reference &amp;occupation (KldB 2010)</source>
      <translation>Referenz&amp;beruf (KldB 2010)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="130" />
      <source>not known</source>
      <translation>nicht bekannt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="131" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="132" />
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="133" />
      <source>Regulated &amp;profession</source>
      <translation>Reglementierter Beru&amp;f</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="135" />
      <source>Consent</source>
      <translation>Einwilligung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="137" />
      <source>Consent &amp;date</source>
      <translation>Datum der Ein&amp;willigung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="141" />
      <source>Consent &amp;scope</source>
      <translation>&amp;Umfang der Einwilligung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="142" />
      <source>— no consent recorded —</source>
      <translation>— keine Einwilligung erfasst —</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="144" />
      <source>Notes (stay on this laptop)</source>
      <translation>Notizen (bleiben auf diesem Laptop)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="148" />
      <source>No&amp;tes</source>
      <translation>Noti&amp;zen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="186" />
      <source>given when saved (e.g. “anonym 2026-12-04 #3”)</source>
      <translation>wird beim Speichern vergeben (z. B. „anonym 2026-12-04 #3“)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="195" />
      <source>Open the ex&amp;isting record</source>
      <translation>Vorhandenen E&amp;intrag öffnen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="238" />
      <source>same name and birth date</source>
      <translation>gleicher Name und gleiches Geburtsdatum</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="239" />
      <source>same name and phone number</source>
      <translation>gleicher Name und gleiche Telefonnummer</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="240" />
      <source>same name and e-mail address</source>
      <translation>gleicher Name und gleiche E-Mail-Adresse</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="244" />
      <source>This person may already be recorded: %1 — %2.</source>
      <translation>Diese Person ist vielleicht schon erfasst: %1 – %2.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="247" />
      <source>%n more possible match(es).</source>
      <translation>
        <numerusform>%n weiterer möglicher Treffer.</numerusform>
        <numerusform>%n weitere mögliche Treffer.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="275" />
      <source>New client</source>
      <translation>Neue ratsuchende Person</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="275" />
      <source>Client's personal data</source>
      <translation>Persönliche Daten der ratsuchenden Person</translation>
    </message>
  </context>
  <context>
    <name>ClientListPage</name>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="36" />
      <location filename="../../iq_desktop/ui/records/client_list.py" line="60" />
      <source>Clients</source>
      <translation>Ratsuchende</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="39" />
      <source>Type part of a name…</source>
      <translation>Teil eines Namens eingeben…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="40" />
      <source>Find a client by name</source>
      <translation>Ratsuchende nach Namen suchen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="42" />
      <source>&amp;Find:</source>
      <translation>&amp;Suchen:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="44" />
      <source>&amp;New client</source>
      <translation>&amp;Neue Person</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="45" />
      <source>New client (Ctrl+N)</source>
      <translation>Neue ratsuchende Person (Strg+N)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="76" />
      <source>Merge with another record…</source>
      <translation>Zusammenführen…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/records/client_list.py" line="90" />
      <source>%n client(s)</source>
      <translation>
        <numerusform>%n ratsuchende Person</numerusform>
        <numerusform>%n Ratsuchende</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClientPage</name>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="139" />
      <source>← Back to the list</source>
      <translation>← Zurück zur Liste</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="140" />
      <source>New &amp;follow-up session</source>
      <translation>Neue &amp;Folgeberatung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="141" />
      <source>New &amp;initial session</source>
      <translation>Neue &amp;Erstberatung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="142" />
      <source>New job &amp;training</source>
      <translation>Neue &amp;Qualifizierung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="143" />
      <source>What is &amp;sent…</source>
      <translation>Was wird &amp;gesendet…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="144" />
      <source>Show what leaves the laptop for the selected session or training</source>
      <translation>Zeigen, was für die ausgewählte Beratung oder Qualifizierung den Laptop verlässt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="145" />
      <source>Erase (GDPR)…</source>
      <translation>Löschen (DSGVO)…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="159" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="159" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="159" />
      <source>Topics</source>
      <translation>Themen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="159" />
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="159" />
      <source>Recorded by</source>
      <translation>Erfasst von</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="161" />
      <location filename="../../iq_desktop/ui/records/client_page.py" line="168" />
      <source>Sessions</source>
      <translation>Beratungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="163" />
      <source>Start</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="163" />
      <source>Type</source>
      <translation>Art</translation>
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
      <translation>Maßnahme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="165" />
      <location filename="../../iq_desktop/ui/records/client_page.py" line="169" />
      <source>Job trainings</source>
      <translation>Qualifizierungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="167" />
      <source>Undo changes</source>
      <translation>Änderungen verwerfen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="171" />
      <source>Recognition &amp;procedures</source>
      <translation>Anerkennungs&amp;verfahren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="172" />
      <source>Personal data</source>
      <translation>Persönliche Daten</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="174" />
      <source>Documents</source>
      <translation>Dokumente</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="238" />
      <source>%1 min</source>
      <translation>%1 Min.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="255" />
      <source>Enter the initial session first.</source>
      <translation>Erfassen Sie zuerst die Erstberatung.</translation>
    </message>
  </context>
  <context>
    <name>CountryChooser</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/choosers.py" line="106" />
      <source>Type part of the country's name, then choose with the arrow keys.</source>
      <translation>Teil des Ländernamens eingeben, dann mit den Pfeiltasten auswählen.</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/errors.py" line="81" />
      <source>Something went wrong</source>
      <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/errors.py" line="84" />
      <source>IQ Desktop ran into an unexpected problem. Your saved records are safe.

A short report without any personal data was saved on this laptop only:</source>
      <translation>IQ Desktop ist auf ein unerwartetes Problem gestoßen. Ihre gespeicherten Daten sind sicher.

Ein kurzer Bericht ohne personenbezogene Daten wurde nur auf diesem Laptop gespeichert:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/errors.py" line="89" />
      <source>(the report could not be saved)</source>
      <translation>(der Bericht konnte nicht gespeichert werden)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/errors.py" line="95" />
      <source>Open report folder</source>
      <translation>Berichtsordner öffnen</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/fields.py" line="69" />
      <source>Choose from a calendar (Alt+Down)</source>
      <translation>Aus einem Kalender wählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/fields.py" line="70" />
      <source>Open calendar</source>
      <translation>Kalender öffnen</translation>
    </message>
  </context>
  <context>
    <name>DeleteProcedureDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="58" />
      <source>Delete the recognition procedure</source>
      <translation>Anerkennungsverfahren löschen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="60" />
      <source>The procedure is deleted from this laptop for good. Why is it deleted (e.g. entered twice)?</source>
      <translation>Das Verfahren wird endgültig von diesem Laptop gelöscht. Warum wird es gelöscht (z. B. doppelt erfasst)?</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="65" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="66" />
      <source>&amp;Reason</source>
      <translation>&amp;Grund</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="69" />
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
  </context>
  <context>
    <name>DocumentViewer</name>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="178" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="179" />
      <source>Sa&amp;ve as…</source>
      <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="209" />
      <source>This kind of file cannot be shown here. Use “Save as…” to open it with another program.</source>
      <translation>Diese Art von Datei kann hier nicht angezeigt werden. Mit „Speichern unter…“ können Sie sie mit einem anderen Programm öffnen.</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPanel</name>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="104" />
      <source>Certificate</source>
      <extracomment>The largest document (services.documents.MAX_DOCUMENT_MB; repeated here for the texts).</extracomment>
      <translation>Zeugnis/Urkunde</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="105" />
      <source>Transcript of records</source>
      <translation>Fächer- und Notenübersicht</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="106" />
      <source>Certified translation</source>
      <translation>Beglaubigte Übersetzung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="107" />
      <source>Decision</source>
      <translation>Bescheid</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="108" />
      <source>Signed consent</source>
      <translation>Unterschriebene Einwilligung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="109" />
      <source>ID document</source>
      <translation>Ausweisdokument</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="110" />
      <source>Other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="288" />
      <source>Kind</source>
      <extracomment>the smallest PDF with one page (the self-test loads it to prove the PDF viewer is there)</extracomment>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="288" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="288" />
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="288" />
      <source>Added</source>
      <translation>Hinzugefügt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="288" />
      <source>Procedure</source>
      <translation>Verfahren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="297" />
      <source>Documents</source>
      <translation>Dokumente</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="298" />
      <source>&amp;Attach…</source>
      <translation>&amp;Anhängen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="299" />
      <source>&amp;Open</source>
      <translation>An&amp;zeigen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="300" />
      <source>Sa&amp;ve as…</source>
      <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="301" />
      <source>&amp;Remove…</source>
      <translation>Entfe&amp;rnen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="303" />
      <source>Stored encrypted inside the vault; at most %1 MB per file.</source>
      <translation>Verschlüsselt im Tresor gespeichert; höchstens %1 MB pro Datei.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="309" />
      <source>Checklist</source>
      <translation>Checkliste</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="357" />
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="389" />
      <source>Recognition procedure</source>
      <translation>Anerkennungsverfahren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="387" />
      <source>Checklist for a recognition procedure:</source>
      <translation>Checkliste für ein Anerkennungsverfahren:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="389" />
      <source>Procedure %1:</source>
      <translation>Verfahren %1:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="417" />
      <source>Attach a document</source>
      <translation>Dokument anhängen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="417" />
      <source>All files (*)</source>
      <translation>Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="431" />
      <source>Attaching…</source>
      <translation>Wird angehängt…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="446" />
      <source>Attached: %1</source>
      <translation>Angehängt: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="476" />
      <source>Save the document as</source>
      <translation>Dokument speichern unter</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="486" />
      <source>Saved to %1. The copy is not encrypted: delete it when done.</source>
      <translation>Gespeichert unter %1. Die Kopie ist nicht verschlüsselt: Löschen Sie sie, sobald Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="497" />
      <source>Remove the document</source>
      <translation>Dokument entfernen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="498" />
      <source>Remove “%1” from the vault for good? This cannot be undone.</source>
      <translation>„%1“ endgültig aus dem Tresor entfernen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/documents_panel.py" line="515" />
      <source>The document was removed.</source>
      <translation>Das Dokument wurde entfernt.</translation>
    </message>
  </context>
  <context>
    <name>EnrolBox</name>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="46" />
      <source>Enrol this laptop with the regional server</source>
      <extracomment>A scanner types the URI one key at a time; it is read this long after the last key (or on Enter).</extracomment>
      <translation>Diesen Laptop beim regionalen Server anmelden</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="56" />
      <source>optional, e.g. Laptop 2; empty: a random name</source>
      <translation>optional, z. B. Laptop 2; leer: ein zufälliger Name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="58" />
      <source>How the regional server names this laptop. Not the computer's name, which often names a person.</source>
      <translation>So nennt der regionale Server diesen Laptop. Nicht der Name des Computers, der oft eine Person nennt.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="61" />
      <source>optional: the network's CA certificate (.pem)</source>
      <translation>optional: das CA-Zertifikat des Netzwerks (.pem)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="63" />
      <source>Browse…</source>
      <translation>Durchsuchen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="64" />
      <source>Choose the CA bundle file</source>
      <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="70" />
      <source>Server &amp;address</source>
      <translation>Server&amp;adresse</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="71" />
      <source>Enrolment c&amp;ode</source>
      <translation>Anmelde&amp;code</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="72" />
      <source>&amp;Laptop's name on the server</source>
      <translation>Name des &amp;Laptops auf dem Server</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="73" />
      <source>CA &amp;bundle</source>
      <translation>CA-&amp;Zertifikat</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="83" />
      <source>&amp;Enrol</source>
      <translation>A&amp;nmelden</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="153" />
      <source>The network's CA certificate</source>
      <translation>Das CA-Zertifikat des Netzwerks</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="155" />
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="184" />
      <source>ℹ The server address was taken from the enrolment code.</source>
      <translation>ℹ Die Serveradresse wurde aus dem Anmeldecode übernommen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="193" />
      <source>⚠ The pasted or scanned text carries no enrolment code. Scan or paste it again, or type the code.</source>
      <translation>⚠ Der eingefügte oder gescannte Text enthält keinen Anmeldecode. Scannen Sie ihn erneut, fügen Sie ihn erneut ein oder tippen Sie den Code ab.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="196" />
      <source>⚠ The server address in the pasted or scanned code is not a web address (https://…). Type the server address and the code.</source>
      <translation>⚠ Die Serveradresse im eingefügten oder gescannten Code ist keine Webadresse (https://…). Geben Sie die Serveradresse und den Code von Hand ein.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="198" />
      <source>⚠ The pasted or scanned enrolment code is incomplete or damaged. Scan or paste it again, or type the code.</source>
      <translation>⚠ Der eingefügte oder gescannte Anmeldecode ist unvollständig oder beschädigt. Scannen Sie ihn erneut, fügen Sie ihn erneut ein oder tippen Sie den Code ab.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="209" />
      <source>⚠ Enter the server address and the enrolment code.</source>
      <translation>⚠ Geben Sie die Serveradresse und den Anmeldecode ein.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="212" />
      <source>Enrolling…</source>
      <translation>Wird angemeldet…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="230" />
      <source>✔ Enrolled as site %1.</source>
      <translation>✔ Angemeldet als Standort %1.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="240" />
      <source>⚠ Enrolment failed.</source>
      <translation>⚠ Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
  </context>
  <context>
    <name>EraseDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="94" />
      <source>Erase this client (GDPR)</source>
      <extracomment>The client (None: erased meanwhile), their sessions and trainings, and the vault's schemes by id.</extracomment>
      <translation>Diese ratsuchende Person löschen (DSGVO)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="97" />
      <source>Erasing removes this person's personal data, sessions, job trainings and recognition procedures from this laptop for good. The site's figures sent to the network are counted again without them. This cannot be undone.</source>
      <translation>Das Löschen entfernt die persönlichen Daten, Beratungen, Qualifizierungen und Anerkennungsverfahren dieser Person endgültig von diesem Laptop. Die Zahlen des Standorts, die an das Netzwerk gehen, werden ohne sie neu gezählt. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="104" />
      <source>I understand that the data cannot be recovered</source>
      <translation>Mir ist bewusst, dass die Daten nicht wiederhergestellt werden können</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="107" />
      <source>Erase permanently</source>
      <translation>Endgültig löschen</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="62" />
      <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again.</source>
      <extracomment>``translate(source_text) -&gt; text in the user's language`` The Qt translation context of the texts below. Dialog texts by error class; the first class the error is an instance of wins.</extracomment>
      <translation>Die Passphrase ist nicht richtig. Prüfen Sie die Feststelltaste und das Tastaturlayout und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="64" />
      <source>There is no user with this name in this vault.</source>
      <translation>In diesem Tresor gibt es keinen Benutzer mit diesem Namen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="65" />
      <source>The vault file is damaged. Restore a backup, or ask your coordinator for help.</source>
      <translation>Die Tresordatei ist beschädigt. Stellen Sie eine Sicherung wieder her oder bitten Sie Ihre Koordination um Hilfe.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="67" />
      <source>The key file uses a key derivation meant for tests only and is not opened. Set a new passphrase with the recovery key, or restore the key file from a backup.</source>
      <translation>Die Schlüsseldatei verwendet eine nur für Tests gedachte Schlüsselableitung und wird nicht geöffnet. Legen Sie mit dem Wiederherstellungsschlüssel eine neue Passphrase fest oder stellen Sie die Schlüsseldatei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="70" />
      <source>The key file is damaged. Restore a backup, or open the vault with the recovery key.</source>
      <translation>Die Schlüsseldatei ist beschädigt. Stellen Sie eine Sicherung wieder her oder öffnen Sie den Tresor mit dem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="72" />
      <source>No vault was found in the data folder.</source>
      <translation>Im Datenordner wurde kein Tresor gefunden.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="73" />
      <source>The file is not a usable IQ Desktop backup. Choose the .tar file that “Save an encrypted backup” wrote.</source>
      <translation>Die Datei ist keine verwendbare IQ-Desktop-Sicherung. Wählen Sie die .tar-Datei, die „Verschlüsselte Sicherung speichern“ geschrieben hat.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="76" />
      <source>A vault already exists in this data folder; it was not overwritten.</source>
      <translation>In diesem Datenordner gibt es bereits einen Tresor; er wurde nicht überschrieben.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="77" />
      <source>Your role does not allow this. Ask a coordinator.</source>
      <translation>Ihre Rolle erlaubt das nicht. Fragen Sie eine Koordinatorin oder einen Koordinator.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="78" />
      <source>Your passphrase was set by a coordinator. Choose your own passphrase now.</source>
      <translation>Ihre Passphrase wurde von der Koordination festgelegt. Wählen Sie jetzt eine eigene Passphrase.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="80" />
      <source>The recovery key is not correct. Check each group of characters and try again.</source>
      <translation>Der Wiederherstellungsschlüssel ist nicht richtig. Prüfen Sie jede Zeichengruppe und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="82" />
      <source>The passphrase is not strong enough. Use at least 10 characters, not a common word.</source>
      <translation>Die Passphrase ist nicht stark genug. Verwenden Sie mindestens 10 Zeichen und kein gängiges Wort.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="84" />
      <source>The file is larger than 25 MB; documents up to 25 MB can be attached. Scan it at a lower resolution, or split it into several files.</source>
      <translation>Die Datei ist größer als 25 MB; angehängt werden können Dokumente bis 25 MB. Scannen Sie sie mit geringerer Auflösung oder teilen Sie sie in mehrere Dateien auf.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="87" />
      <source>The stored document does not match its checksum: it is damaged or was altered. Nothing was written. Restore a backup to get it back.</source>
      <translation>Das gespeicherte Dokument stimmt nicht mit seiner Prüfsumme überein: Es ist beschädigt oder wurde verändert. Es wurde nichts geschrieben. Stellen Sie eine Sicherung wieder her, um es zurückzubekommen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="91" />
      <source>Please correct the following:</source>
      <translation>Bitte korrigieren Sie Folgendes:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="96" />
      <source>The server did not accept the enrolment code: it is wrong, already used or expired. Check it, or ask the regional network's administrator for a new one.</source>
      <extracomment>Dialog texts of errors that name their ``problem`` (enrolment: ``sync.errors.EnrolmentFailed`` and the service's ``SyncRefused``), so no English server text (such as a bare "HTTP 422") reaches a German screen.</extracomment>
      <translation>Der Server hat den Anmeldecode nicht angenommen: Er ist falsch, schon benutzt oder abgelaufen. Prüfen Sie ihn oder bitten Sie die Administration des regionalen Netzwerks um einen neuen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="99" />
      <source>The server could not be reached. Check the server address and the network, then try again.</source>
      <translation>Der Server ist nicht erreichbar. Prüfen Sie die Serveradresse und das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="101" />
      <source>The server's certificate could not be checked. Check this laptop's date and time; if the regional network uses its own certificate authority, choose its CA certificate (CA bundle).</source>
      <translation>Das Zertifikat des Servers konnte nicht geprüft werden. Prüfen Sie Datum und Uhrzeit dieses Laptops; nutzt das regionale Netzwerk eine eigene Zertifizierungsstelle, wählen Sie deren CA-Zertifikat (CA-Bundle).</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="104" />
      <source>Too many enrolment attempts. Wait a few minutes, then try again.</source>
      <translation>Zu viele Anmeldeversuche. Warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="106" />
      <source>The server's answer to the enrolment was not understood. Check the server address.</source>
      <translation>Die Antwort des Servers auf die Anmeldung war nicht verständlich. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="108" />
      <source>The server address must start with https:// (plain http only for a server on this computer).</source>
      <translation>Die Serveradresse muss mit https:// beginnen (einfaches http nur für einen Server auf diesem Computer).</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="110" />
      <source>The CA certificate file (CA bundle) was not found. Choose the file again.</source>
      <translation>Die CA-Zertifikatsdatei (CA-Bundle) wurde nicht gefunden. Wählen Sie die Datei erneut.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="112" />
      <source>The server answered with a redirect, which is never followed. Check the server address.</source>
      <translation>Der Server hat mit einer Weiterleitung geantwortet; Weiterleitungen werden nie befolgt. Prüfen Sie die Serveradresse.</translation>
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
      <translation>Gruppenveranstaltung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/event_form.py" line="28" />
      <source>&amp;Date</source>
      <translation>&amp;Datum</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/event_form.py" line="29" />
      <source>&amp;Format</source>
      <translation>&amp;Format</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/event_form.py" line="30" />
      <source>&amp;Audience</source>
      <translation>&amp;Zielgruppe</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/event_form.py" line="31" />
      <source>&amp;Topic</source>
      <translation>&amp;Thema</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/event_form.py" line="35" />
      <source>&amp;Participants</source>
      <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/event_form.py" line="35" />
      <source>How many people took part</source>
      <translation>Wie viele Personen teilgenommen haben</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/event_form.py" line="43" />
      <source>New group event</source>
      <translation>Neue Gruppenveranstaltung</translation>
    </message>
  </context>
  <context>
    <name>EventsPage</name>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="35" />
      <source>Delete…</source>
      <translation>Löschen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="44" />
      <source>Group events</source>
      <translation>Gruppenveranstaltungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="47" />
      <source>&amp;New group event</source>
      <translation>&amp;Neue Gruppenveranstaltung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="50" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="50" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="50" />
      <source>Audience</source>
      <translation>Zielgruppe</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="50" />
      <source>Topic</source>
      <translation>Thema</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="50" />
      <source>Participants</source>
      <translation>Teilnehmende</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="163" />
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="198" />
      <source>Export as calendar</source>
      <translation>Als Kalender exportieren</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="166" />
      <source>%n appointment(s) of today and the coming days. Nothing else about the person is written.</source>
      <translation>
        <numerusform>%n Termin von heute und den nächsten Tagen. Sonst wird nichts über die Person geschrieben.</numerusform>
        <numerusform>%n Termine von heute und den nächsten Tagen. Sonst wird nichts über die Person geschrieben.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="170" />
      <source>&amp;Full names instead of initials</source>
      <translation>&amp;Vollständige Namen statt Initialen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="171" />
      <source>Include the &amp;place (stop)</source>
      <translation>&amp;Ort (Station) mitnehmen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="173" />
      <source>Full names instead of initials</source>
      <translation>Vollständige Namen statt Initialen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="174" />
      <source>Include the place (stop)</source>
      <translation>Ort (Station) mitnehmen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="176" />
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="177" />
      <source>&amp;Browse…</source>
      <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="179" />
      <source>F&amp;ile:</source>
      <translation>D&amp;atei:</translation>
    </message>
  </context>
  <context>
    <name>FiguresPage</name>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="67" />
      <source>The site's figures</source>
      <extracomment>The page counts again this long after the period was last changed.</extracomment>
      <translation>Die Zahlen des Standorts</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="83" />
      <source>this year</source>
      <translation>dieses Jahr</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="84" />
      <source>last year</source>
      <translation>letztes Jahr</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="85" />
      <source>this quarter</source>
      <translation>dieses Quartal</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="86" />
      <source>last quarter</source>
      <translation>letztes Quartal</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="87" />
      <source>custom period</source>
      <translation>eigener Zeitraum</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="92" />
      <source>&amp;Show</source>
      <translation>&amp;Anzeigen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="93" />
      <source>Export &amp;CSV…</source>
      <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="94" />
      <source>Export &amp;XLSX…</source>
      <translation>Als &amp;XLSX exportieren…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="99" />
      <source>&amp;Period</source>
      <translation>&amp;Zeitraum</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="99" />
      <source>&amp;From</source>
      <translation>&amp;Von</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="99" />
      <source>&amp;To</source>
      <translation>&amp;Bis</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="115" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="408" />
      <source>Figure</source>
      <translation>Kennzahl</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="115" />
      <source>Number</source>
      <translation>Anzahl</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="116" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="423" />
      <source>Figures</source>
      <translation>Zahlen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="128" />
      <source>Chart: sessions per month by topic</source>
      <translation>Diagramm: Beratungen pro Monat nach Thema</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="131" />
      <source>Chart: the most frequent reference occupations</source>
      <translation>Diagramm: die häufigsten Referenzberufe</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="203" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="466" />
      <source>⚠ The period ends before it starts.</source>
      <translation>⚠ Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="210" />
      <source>Counting…</source>
      <translation>Wird gezählt…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="225" />
      <source>By quarter: %1</source>
      <translation>Nach Quartalen: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="265" />
      <source>x (suppressed)</source>
      <translation>x (geheim gehalten)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="270" />
      <source>Initial advisory sessions</source>
      <translation>Erstberatungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="271" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="341" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="427" />
      <source>Fair Integration</source>
      <translation>Faire Integration</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="272" />
      <source>Job-training schemes in the context of the Recognition Act</source>
      <translation>Qualifizierungsmaßnahmen im Kontext des Anerkennungsgesetzes</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="282" />
      <source>participants in trainings</source>
      <translation>Teilnehmende an Schulungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="283" />
      <source>participants in other events</source>
      <translation>Teilnehmende an anderen Veranstaltungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="377" />
      <source>Most frequent reference occupations (initial sessions)</source>
      <translation>Häufigste Referenzberufe (Erstberatungen)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="276" />
      <source>Initial advisory sessions by federal state</source>
      <translation>Erstberatungen nach Bundesland</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="273" />
      <source>Labour-market and business stakeholders</source>
      <translation>Arbeitsmarktakteure und Unternehmen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="274" />
      <source>Regional skilled worker networks – immigration</source>
      <translation>Regionale Fachkräftenetzwerke – Einwanderung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="275" />
      <source>Most frequent reference occupations (KldB 2010 occupational groups)</source>
      <translation>Häufigste Referenzberufe (Berufsgruppen nach KldB 2010)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="282" />
      <source>trainings</source>
      <translation>Schulungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="282" />
      <source>other events</source>
      <translation>andere Veranstaltungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="283" />
      <source>consultations</source>
      <translation>Beratungen (Konsultationen)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="289" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="298" />
      <source>initial advisory sessions</source>
      <translation>Erstberatungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="292" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="301" />
      <source>of which combined recognition and job-training counselling</source>
      <translation>davon Anerkennungs- und Qualifizierungsberatung kombiniert</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="302" />
      <source>individuals advised</source>
      <translation>beratene Personen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="303" />
      <source>group events</source>
      <translation>Gruppenveranstaltungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="304" />
      <source>participants in these events</source>
      <translation>Teilnehmende an diesen Veranstaltungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="290" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="299" />
      <source>of which recognition counselling only</source>
      <translation>davon nur Anerkennungsberatung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="71" />
      <source>Counted from the records on this laptop, in the sections of the network's "IQ in figures", by quarter like the network's figures (a period is widened to whole quarters).</source>
      <translation>Gezählt aus den Datensätzen auf diesem Laptop, gegliedert wie „IQ in Zahlen“ des Netzwerks und wie dort nach Quartalen (ein Zeitraum wird auf ganze Quartale erweitert).</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="79" />
      <source>Internal figures</source>
      <translation>Interne Zahlen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="286" />
      <source>sessions</source>
      <translation>Beratungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="287" />
      <source>number</source>
      <translation>Anzahl</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="288" />
      <source>individuals</source>
      <translation>Personen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="291" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="300" />
      <source>of which job-training counselling only</source>
      <translation>davon nur Qualifizierungsberatung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="305" />
      <source>job-training schemes started</source>
      <translation>begonnene Qualifizierungsmaßnahmen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="306" />
      <source>of which course-based</source>
      <translation>davon in Kursform</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="307" />
      <source>of which individually tailored</source>
      <translation>davon individuell</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="308" />
      <source>individuals commencing</source>
      <translation>eingetretene Personen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="309" />
      <source>successful completers (by today)</source>
      <translation>erfolgreich abgeschlossen (bis heute)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="310" />
      <source>labour-market stakeholders</source>
      <translation>Arbeitsmarktakteure</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="311" />
      <source>business stakeholders</source>
      <translation>Unternehmen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="312" />
      <source>individuals reached</source>
      <translation>erreichte Personen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="328" />
      <source>⚠ The figures could not be counted.</source>
      <translation>⚠ Die Zahlen konnten nicht gezählt werden.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="336" />
      <source>Sessions per month by topic (a session with several topics counts in each)</source>
      <translation>Beratungen pro Monat nach Thema (eine Beratung mit mehreren Themen zählt bei jedem)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="339" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="427" />
      <source>Recognition</source>
      <translation>Anerkennung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="340" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="427" />
      <source>Job training</source>
      <translation>Qualifizierung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="380" />
      <source>Initial sessions</source>
      <translation>Erstberatungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="387" />
      <source>(none yet)</source>
      <translation>(noch keine)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="408" />
      <source>Section</source>
      <translation>Abschnitt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="408" />
      <source>Column</source>
      <translation>Spalte</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="408" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="413" />
      <source>Internal – not for publication: the exact counts of this site; small counts are not protected (no disclosure control), so a count of 1 or 2 may point to a person.</source>
      <translation>Intern – nicht zur Veröffentlichung: die genauen Zahlen dieser Beratungsstelle; kleine Zahlen sind nicht geschützt (keine Geheimhaltung), eine 1 oder 2 kann auf eine Person hinweisen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="422" />
      <source>IQ in figures</source>
      <translation>IQ in Zahlen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="424" />
      <source>Per month</source>
      <translation>Pro Monat</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="425" />
      <source>Period</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="426" />
      <source>Month</source>
      <translation>Monat</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="447" />
      <source>iq-figures-%1-%2</source>
      <translation>iq-zahlen-%1-%2</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="451" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="451" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="452" />
      <source>Export the figures</source>
      <translation>Die Zahlen exportieren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="469" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="473" />
      <source>Exporting…</source>
      <translation>Wird exportiert…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="482" />
      <source>✔ Saved to %1</source>
      <translation>✔ Gespeichert unter %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="487" />
      <source>⚠ The file could not be written. Choose another folder.</source>
      <translation>⚠ Die Datei konnte nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="392" />
      <source>IQ Desktop – first start</source>
      <translation>IQ Desktop – erster Start</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="420" />
      <source>Creating the encrypted vault… this takes a few seconds.</source>
      <translation>Der verschlüsselte Tresor wird angelegt… das dauert einige Sekunden.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="457" />
      <source>Cancel the setup?</source>
      <translation>Einrichtung abbrechen?</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="458" />
      <source>Really cancel? Nothing has been saved; IQ Desktop will close and ask again at the next start.</source>
      <translation>Wirklich abbrechen? Es wurde nichts gespeichert; IQ Desktop wird geschlossen und fragt beim nächsten Start erneut.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="462" />
      <source>Cancel setup</source>
      <translation>Einrichtung abbrechen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="463" />
      <source>Continue setup</source>
      <translation>Einrichtung fortsetzen</translation>
    </message>
  </context>
  <context>
    <name>ForcedChangeDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="434" />
      <source>Choose your own passphrase</source>
      <translation>Eigene Passphrase wählen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="437" />
      <source>Welcome, %1. Your passphrase was set by a coordinator. Before you start, choose a passphrase only you know; from now on the vault opens with it.</source>
      <translation>Willkommen, %1. Ihre Passphrase wurde von der Koordination festgelegt. Wählen Sie vor dem Start eine Passphrase, die nur Sie kennen; damit öffnet sich der Tresor ab jetzt.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="445" />
      <source>Working</source>
      <translation>In Arbeit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="451" />
      <source>&amp;Save passphrase and unlock</source>
      <translation>Passphrase &amp;speichern und entsperren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="452" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="472" />
      <source>Choose a passphrase other than the one you were given.</source>
      <translation>Wählen Sie eine andere Passphrase als die, die Sie erhalten haben.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="475" />
      <source>Saving… (this takes a few seconds)</source>
      <translation>Wird gespeichert… (das dauert einige Sekunden)</translation>
    </message>
  </context>
  <context>
    <name>HelpTexts</name>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="21" />
      <source>Help: Sessions</source>
      <translation>Hilfe: Beratungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="22" />
      <source>Help: Clients</source>
      <translation>Hilfe: Ratsuchende</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="23" />
      <source>Help: Trainings</source>
      <translation>Hilfe: Qualifizierungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="24" />
      <source>Help: Events</source>
      <translation>Hilfe: Veranstaltungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="25" />
      <source>Help: Sync</source>
      <translation>Hilfe: Synchronisation</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="26" />
      <source>Help: Figures</source>
      <translation>Hilfe: Zahlen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="27" />
      <source>Help: Settings</source>
      <translation>Hilfe: Einstellungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="28" />
      <source>Help: Entering a record</source>
      <translation>Hilfe: Einen Eintrag erfassen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="30" />
      <source>Help</source>
      <translation>Hilfe</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="35" />
      <source>The list of counselling sessions, newest first. Ctrl+N records a new session; Enter or a double-click opens the selected one. The column “Sync” says whether a session is already counted in what was sent to the regional network.</source>
      <translation>Die Liste der Beratungen, die neuesten zuerst. Strg+N erfasst eine neue Beratung; Enter oder ein Doppelklick öffnet die gewählte. Die Spalte „Sync“ zeigt, ob eine Beratung schon in dem gezählt ist, was an das regionale Netzwerk gesendet wurde.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="40" />
      <source>The people you counsel. Ctrl+F finds a client by part of the name; Enter opens the client's page with their sessions and trainings. Personal data stays encrypted on this laptop.</source>
      <translation>Die Ratsuchenden, die Sie beraten. Strg+F findet eine Person über einen Teil des Namens; Enter öffnet ihre Seite mit Beratungen und Qualifizierungen. Personenbezogene Daten bleiben verschlüsselt auf diesem Laptop.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="44" />
      <source>Job-training participations (compensation measures and bridge trainings) and their schemes. A training that has ended needs an end date and the status completed or dropped.</source>
      <translation>Teilnahmen an Qualifizierungen (Ausgleichsmaßnahmen und Brückenmaßnahmen) und ihre Maßnahmen. Eine beendete Qualifizierung braucht ein Enddatum und den Status abgeschlossen oder abgebrochen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="48" />
      <source>Group events (information events, workshops) with the number of participants; no names.</source>
      <translation>Gruppenveranstaltungen (Informationsveranstaltungen, Workshops) mit der Zahl der Teilnehmenden; ohne Namen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="51" />
      <source>Sending the site's anonymous counts to the regional server. Enrol this laptop once with the code from your coordinator; afterwards counts are sent automatically. “What is sent” shows exactly what leaves the laptop.</source>
      <translation>Das Senden der anonymen Zahlen des Standorts an den regionalen Server. Melden Sie diesen Laptop einmal mit dem Code Ihrer Koordination an; danach werden die Zahlen automatisch gesendet. „Was wird gesendet“ zeigt genau, was den Laptop verlässt.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="56" />
      <source>Your site's own figures for a period, as the network publishes them. Choose the period and export them as CSV or Excel.</source>
      <translation>Die eigenen Zahlen Ihres Standorts für einen Zeitraum, so wie das Netzwerk sie veröffentlicht. Wählen Sie den Zeitraum und exportieren Sie sie als CSV oder Excel.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="60" />
      <source>Language, automatic lock, users and passphrases, the server and backups. Some settings are for coordinators only.</source>
      <translation>Sprache, automatische Sperre, Benutzer und Passphrasen, Server und Sicherungen. Manche Einstellungen sind nur für die Koordination.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="64" />
      <source>Tab moves to the next field, Ctrl+S saves, Esc closes the form. Dates can be typed as 1.1.90, 01.01.1990 or chosen from the calendar (Alt+Down). What you type is kept as an encrypted draft until you save, also when the laptop locks.</source>
      <translation>Tab geht zum nächsten Feld, Strg+S speichert, Esc schließt das Formular. Daten können als 1.1.90 oder 01.01.1990 eingegeben oder im Kalender gewählt werden (Alt+Pfeil nach unten). Was Sie eingeben, bleibt bis zum Speichern als verschlüsselter Entwurf erhalten, auch wenn der Laptop gesperrt wird.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="69" />
      <source>Ctrl+1 … Ctrl+8 switch screens, Ctrl+L locks, F1 shows this help.</source>
      <translation>Strg+1 … Strg+8 wechseln die Ansicht, Strg+L sperrt, F1 zeigt diese Hilfe.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="74" />
      <source>IQ Desktop, version %1</source>
      <translation>IQ Desktop, Version %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="77" />
      <source>Records counselling for the Network “Integration through Qualification (IQ)”. Personal data stays encrypted on this laptop; only the site's anonymous counts are sent.</source>
      <translation>Erfasst Beratungen für das Netzwerk „Integration durch Qualifizierung (IQ)“. Personenbezogene Daten bleiben verschlüsselt auf diesem Laptop; gesendet werden nur die anonymen Zahlen des Standorts.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="81" />
      <source>Licence: %1</source>
      <translation>Lizenz: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="83" />
      <source>Data folder: %1</source>
      <translation>Datenordner: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="85" />
      <source>Vault schema version: %1</source>
      <translation>Schema-Version des Tresors: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="87" />
      <source>Wire schema version (what is sent): %1</source>
      <translation>Schema-Version der Übermittlung (was gesendet wird): %1</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="19" />
      <source>female</source>
      <translation>weiblich</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="20" />
      <source>male</source>
      <translation>männlich</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="21" />
      <source>diverse</source>
      <translation>divers</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="22" />
      <source>not stated</source>
      <translation>keine Angabe</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="23" />
      <source>EU/EEA/Swiss citizen</source>
      <translation>EU-/EWR-/Schweizer Staatsangehörigkeit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="24" />
      <source>settlement permit</source>
      <translation>Niederlassungserlaubnis</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="25" />
      <source>residence permit</source>
      <translation>Aufenthaltserlaubnis</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="26" />
      <source>EU Blue Card</source>
      <translation>Blaue Karte EU</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="27" />
      <source>visa</source>
      <translation>Visum</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="28" />
      <source>humanitarian protection</source>
      <translation>humanitärer Schutz</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="29" />
      <source>asylum seeker</source>
      <translation>Aufenthaltsgestattung (Asylverfahren)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="30" />
      <source>toleration (Duldung)</source>
      <translation>Duldung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="31" />
      <source>German citizen</source>
      <translation>deutsche Staatsangehörigkeit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="32" />
      <location filename="../../iq_desktop/ui/forms/labels.py" line="44" />
      <location filename="../../iq_desktop/ui/forms/labels.py" line="69" />
      <location filename="../../iq_desktop/ui/forms/labels.py" line="98" />
      <source>other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="33" />
      <location filename="../../iq_desktop/ui/forms/labels.py" line="41" />
      <location filename="../../iq_desktop/ui/forms/labels.py" line="46" />
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="34" />
      <source>no German</source>
      <translation>keine Deutschkenntnisse</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="42" />
      <source>academic degree</source>
      <translation>Hochschulabschluss</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="43" />
      <source>vocational qualification</source>
      <translation>Berufsabschluss</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="45" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="47" />
      <source>counselling</source>
      <translation>Beratung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="48" />
      <source>counselling and contact</source>
      <translation>Beratung und Kontaktaufnahme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="49" />
      <source>counselling, contact and referral</source>
      <translation>Beratung, Kontaktaufnahme und Weitervermittlung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="50" />
      <source>initial session</source>
      <translation>Erstberatung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="51" />
      <source>follow-up session</source>
      <translation>Folgeberatung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="52" />
      <source>Recognition counselling</source>
      <translation>Anerkennungsberatung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="53" />
      <source>Job-training counselling</source>
      <translation>Qualifizierungsberatung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="54" />
      <source>wages</source>
      <translation>Lohn</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="55" />
      <source>working time</source>
      <translation>Arbeitszeit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="56" />
      <source>leave</source>
      <translation>Urlaub</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="57" />
      <source>dismissal</source>
      <translation>Kündigung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="58" />
      <source>health insurance</source>
      <translation>Krankenversicherung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="59" />
      <source>employment contract</source>
      <translation>Arbeitsvertrag</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="60" />
      <source>other labour-law question</source>
      <translation>andere arbeitsrechtliche Frage</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="61" />
      <source>in person</source>
      <translation>persönlich</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="62" />
      <source>phone</source>
      <translation>telefonisch</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="63" />
      <source>video</source>
      <translation>per Video</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="64" />
      <source>e-mail</source>
      <translation>per E-Mail</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="65" />
      <source>job centre</source>
      <translation>Jobcenter</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="66" />
      <source>employment agency</source>
      <translation>Agentur für Arbeit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="67" />
      <source>other counselling service</source>
      <translation>andere Beratungsstelle</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="68" />
      <source>came on their own</source>
      <translation>aus eigener Initiative</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="70" />
      <source>recognition application filed</source>
      <translation>Anerkennungsantrag gestellt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="71" />
      <source>referred to the competent authority</source>
      <translation>an die zuständige Stelle verwiesen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="72" />
      <source>job training recommended</source>
      <translation>Qualifizierung empfohlen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="73" />
      <source>referred elsewhere</source>
      <translation>anderweitig weitervermittelt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="74" />
      <source>information given</source>
      <translation>Informationen gegeben</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="75" />
      <source>further session needed</source>
      <translation>weitere Beratung nötig</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="76" />
      <source>course-based</source>
      <translation>in Kursform</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="77" />
      <source>individual</source>
      <translation>individuell</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="78" />
      <source>compensation measure</source>
      <translation>Ausgleichsmaßnahme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="79" />
      <source>bridge training</source>
      <translation>Brückenmaßnahme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="80" />
      <source>ongoing</source>
      <translation>laufend</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="81" />
      <source>completed successfully</source>
      <translation>erfolgreich abgeschlossen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="82" />
      <source>dropped out</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="83" />
      <source>information event</source>
      <translation>Informationsveranstaltung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="84" />
      <source>workshop</source>
      <translation>Workshop</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="85" />
      <source>training</source>
      <translation>Schulung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="86" />
      <source>consultation</source>
      <translation>Beratung (Konsultation)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="87" />
      <source>migrants</source>
      <translation>Migrantinnen und Migranten</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="88" />
      <source>labour-market stakeholders</source>
      <translation>Arbeitsmarktakteure</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="89" />
      <source>businesses</source>
      <translation>Unternehmen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="90" />
      <source>regional skilled worker networks – immigration</source>
      <translation>Regionale Fachkräftenetzwerke – Einwanderung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="91" />
      <source>recognition</source>
      <translation>Anerkennung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="92" />
      <source>job training</source>
      <translation>Qualifizierung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="93" />
      <source>Fair Integration</source>
      <translation>Faire Integration</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="94" />
      <source>intercultural competence</source>
      <translation>interkulturelle Kompetenz</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="95" />
      <source>anti-discrimination</source>
      <translation>Antidiskriminierung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="96" />
      <source>skilled-worker recruitment</source>
      <translation>Fachkräftegewinnung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="97" />
      <source>organisational development</source>
      <translation>Organisationsentwicklung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="99" />
      <source>counsellor</source>
      <translation>Beratungsfachkraft</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="100" />
      <source>coordinator</source>
      <translation>Koordination</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="84" />
      <source>Sessions</source>
      <translation>Beratungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="85" />
      <source>Clients</source>
      <translation>Ratsuchende</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="86" />
      <source>Trainings</source>
      <translation>Qualifizierungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="87" />
      <source>Events</source>
      <translation>Veranstaltungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="88" />
      <source>Sync</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="89" />
      <source>Figures</source>
      <translation>Zahlen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="90" />
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="91" />
      <source>Agenda</source>
      <translation>Termine</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="111" />
      <source>%1 – this screen is not available in this version yet.</source>
      <translation>%1 – diese Ansicht gibt es in dieser Version noch nicht.</translation>
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
      <translation>DEMO – nur erfundene Datensätze; nichts hier ist echt und nichts wird aufbewahrt.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="201" />
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="203" />
      <source>&amp;New…</source>
      <translation>&amp;Neu…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="205" />
      <source>&amp;Lock</source>
      <translation>&amp;Sperren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="206" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="211" />
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="213" />
      <source>&amp;Find client…</source>
      <translation>Ratsuchende &amp;suchen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="216" />
      <source>&amp;Go</source>
      <translation>&amp;Gehe zu</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="221" />
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="223" />
      <source>&amp;Help for this screen</source>
      <translation>&amp;Hilfe zu dieser Ansicht</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="226" />
      <source>&amp;About IQ Desktop</source>
      <translation>&amp;Über IQ Desktop</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="283" />
      <source>This form is not available in this version yet.</source>
      <translation>Dieses Formular gibt es in dieser Version noch nicht.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="323" />
      <source>Client</source>
      <translation>Ratsuchende Person</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="80" />
      <source>Merge two records of one person</source>
      <translation>Zwei Einträge einer Person zusammenführen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="83" />
      <source>Every session, job training, procedure and document of the other record moves to the record kept; its empty fields are filled from the other; the other record is deleted. An initial session that is no longer the first of its case becomes a follow-up. This cannot be undone.</source>
      <translation>Alle Beratungen, Qualifizierungen, Anerkennungsverfahren und Dokumente des anderen Eintrags gehen auf den behaltenen Eintrag über; seine leeren Felder werden aus dem anderen gefüllt; der andere Eintrag wird gelöscht. Eine Erstberatung, die nicht mehr die erste ihres Falls ist, wird zur Folgeberatung. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="91" />
      <source>Find the other record by name</source>
      <translation>Den anderen Eintrag nach Namen suchen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="92" />
      <source>Type part of a name…</source>
      <translation>Teil eines Namens eingeben…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="93" />
      <source>&amp;Find the other record:</source>
      <translation>Anderen Eintrag &amp;suchen:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="96" />
      <source>Records found</source>
      <translation>Gefundene Einträge</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="97" />
      <source>Keep</source>
      <translation>Behalten</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="98" />
      <source>Merge into it and delete</source>
      <translation>Übernehmen und löschen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="99" />
      <source>— choose a record above —</source>
      <translation>— oben einen Eintrag wählen —</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="104" />
      <source>&amp;Merge</source>
      <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="106" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="168" />
      <source>not known</source>
      <translation>nicht bekannt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/merge_dialog.py" line="170" />
      <source>%1
Born: %2
Sessions: %3, job trainings: %4</source>
      <translation>%1
Geboren: %2
Beratungen: %3, Qualifizierungen: %4</translation>
    </message>
  </context>
  <context>
    <name>Models</name>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="58" />
      <source>Recognition</source>
      <translation>Anerkennung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="59" />
      <source>Job training</source>
      <translation>Qualifizierung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="60" />
      <source>Fair integration: wages</source>
      <translation>Faire Integration: Lohn</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="61" />
      <source>Fair integration: working time</source>
      <translation>Faire Integration: Arbeitszeit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="62" />
      <source>Fair integration: leave</source>
      <translation>Faire Integration: Urlaub</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="63" />
      <source>Fair integration: dismissal</source>
      <translation>Faire Integration: Kündigung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="64" />
      <source>Fair integration: health insurance</source>
      <translation>Faire Integration: Krankenversicherung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="65" />
      <source>Fair integration: employment contract</source>
      <translation>Faire Integration: Arbeitsvertrag</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="66" />
      <source>Fair integration: other</source>
      <translation>Faire Integration: Sonstiges</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="82" />
      <location filename="../../iq_desktop/ui/records/models.py" line="85" />
      <source>Waiting</source>
      <extracomment>Between the topics of one session, in every list.</extracomment>
      <translation>Wartet</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="83" />
      <source>Sent</source>
      <translation>Gesendet</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="84" />
      <source>Quarantined</source>
      <translation>In Quarantäne</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="86" />
      <location filename="../../iq_desktop/ui/records/models.py" line="87" />
      <source>Not queued</source>
      <translation>Nicht in der Warteschlange</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="92" />
      <source>Initial</source>
      <translation>Erstberatung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="92" />
      <source>Follow-up</source>
      <translation>Folgeberatung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="277" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="278" />
      <source>Client</source>
      <translation>Ratsuchende Person</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="279" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="280" />
      <source>Topics</source>
      <translation>Themen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="281" />
      <source>Sync state</source>
      <translation>Sendestatus</translation>
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
      <translation>Geburtsjahr</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="438" />
      <source>Last contact</source>
      <translation>Letzter Kontakt</translation>
    </message>
  </context>
  <context>
    <name>OccupationChooser</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/choosers.py" line="117" />
      <source>— not recorded —</source>
      <translation>— nicht erfasst —</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/choosers.py" line="119" />
      <source>Type part of the occupation's title or its KldB code, then choose from the list.</source>
      <translation>Teil der Berufsbezeichnung oder den KldB-Schlüssel eingeben, dann aus der Liste wählen.</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="41" />
      <source>Use at least 10 characters.</source>
      <translation>Verwenden Sie mindestens 10 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="42" />
      <source>Use at most 1024 characters.</source>
      <translation>Verwenden Sie höchstens 1024 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="43" />
      <source>Do not begin or end the passphrase with a space.</source>
      <translation>Beginnen oder beenden Sie die Passphrase nicht mit einem Leerzeichen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="44" />
      <source>Do not use control characters.</source>
      <translation>Verwenden Sie keine Steuerzeichen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="45" />
      <source>Use more different characters.</source>
      <translation>Verwenden Sie mehr verschiedene Zeichen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="46" />
      <source>This passphrase is too common; choose another one.</source>
      <translation>Diese Passphrase ist zu verbreitet; wählen Sie eine andere.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="47" />
      <source>This passphrase is too easy to guess; choose another one.</source>
      <translation>Diese Passphrase ist zu leicht zu erraten; bitte wählen Sie eine andere.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="48" />
      <source>It is built on a common word or name (German words, names, places, months and seasons count too).</source>
      <translation>Sie beruht auf einem häufigen Wort oder Namen (auch deutsche Wörter, Namen, Orte, Monate und Jahreszeiten zählen dazu).</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="52" />
      <source>Years and dates are easy to guess.</source>
      <translation>Jahreszahlen und Daten sind leicht zu erraten.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="53" />
      <source>Keyboard patterns such as qwertz are easy to guess.</source>
      <translation>Tastaturmuster wie qwertz sind leicht zu erraten.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="54" />
      <source>Runs and repeats such as abc or 1111 are easy to guess.</source>
      <translation>Folgen und Wiederholungen wie abc oder 1111 sind leicht zu erraten.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="55" />
      <source>Do not use your user name.</source>
      <translation>Verwenden Sie nicht Ihren Benutzernamen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="56" />
      <source>Use a sentence of four or more words that has nothing to do with you.</source>
      <translation>Nehmen Sie einen Satz aus vier oder mehr Wörtern, der nichts mit Ihnen zu tun hat.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="59" />
      <source>Very weak</source>
      <translation>Sehr schwach</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="60" />
      <source>Weak</source>
      <translation>Schwach</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="61" />
      <source>Fair</source>
      <translation>Mittel</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="62" />
      <source>Good</source>
      <translation>Gut</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="63" />
      <source>Strong</source>
      <translation>Stark</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="87" />
      <source>New passphrase</source>
      <translation>Neue Passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="90" />
      <source>Repeat the passphrase</source>
      <translation>Passphrase wiederholen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="93" />
      <source>Passphrase strength</source>
      <translation>Stärke der Passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="99" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="101" />
      <source>&amp;Repeat passphrase:</source>
      <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="110" />
      <source>Strength:</source>
      <translation>Stärke:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="120" />
      <source>The two passphrases are not the same.</source>
      <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="163" />
      <source>IQ Desktop – recovery key</source>
      <translation>IQ Desktop – Wiederherstellungsschlüssel</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="169" />
      <source>With this key the vault can be opened when every passphrase is forgotten. Keep this sheet locked away, separate from the laptop. Anyone who has it can read the records.</source>
      <translation>Mit diesem Schlüssel lässt sich der Tresor öffnen, wenn alle Passphrasen vergessen sind. Bewahren Sie dieses Blatt verschlossen und getrennt vom Laptop auf. Wer es hat, kann die Daten lesen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="179" />
      <source>First user: %1</source>
      <translation>Erster Benutzer: %1</translation>
    </message>
  </context>
  <context>
    <name>ProcedureForm</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="76" />
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="131" />
      <source>Recognition procedure</source>
      <translation>Anerkennungsverfahren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="82" />
      <source>not known</source>
      <translation>nicht bekannt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="83" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="84" />
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="85" />
      <source>Regulated &amp;profession</source>
      <translation>Reglementierter Beru&amp;f</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="91" />
      <source>Competent &amp;authority</source>
      <translation>&amp;Zuständige Stelle</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="93" />
      <source>Free text; stays on this laptop</source>
      <translation>Freitext; bleibt auf diesem Laptop</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="79" />
      <source>Reference occupation (&amp;KldB 2010)</source>
      <translation>Referenzberuf (&amp;KldB 2010)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="98" />
      <source>Application fi&amp;led on</source>
      <translation>&amp;Antrag gestellt am</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="100" />
      <source>Leave empty while the application is not filed yet</source>
      <translation>Leer lassen, solange der Antrag noch nicht gestellt ist</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="103" />
      <source>&amp;Documents complete</source>
      <translation>&amp;Unterlagen vollständig</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="103" />
      <source>all documents are there</source>
      <translation>alle Unterlagen liegen vor</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="105" />
      <source>De&amp;cision</source>
      <translation>&amp;Entscheidung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="109" />
      <source>Decision da&amp;te</source>
      <translation>Da&amp;tum des Bescheids</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="111" />
      <source>Date of the decision (or of the withdrawal)</source>
      <translation>Datum des Bescheids (oder der Rücknahme)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="114" />
      <source>Compensation &amp;measure or bridge training</source>
      <translation>Ausgleichs&amp;maßnahme oder Anpassungsqualifizierung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="116" />
      <source>Linked job t&amp;raining</source>
      <translation>Verknüpfte &amp;Qualifizierung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="118" />
      <source>applied for</source>
      <translation>beantragt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="118" />
      <source>Recognition gra&amp;nt</source>
      <translation>A&amp;nerkennungszuschuss</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="122" />
      <source>Nothing of a recognition procedure leaves this laptop.</source>
      <translation>Nichts aus einem Anerkennungsverfahren verlässt diesen Laptop.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="131" />
      <source>New recognition procedure</source>
      <translation>Neues Anerkennungsverfahren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="139" />
      <source>— none —</source>
      <translation>— keine —</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="186" />
      <source>(a job training no longer in the vault)</source>
      <translation>(eine Qualifizierung, die nicht mehr im Tresor ist)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="194" />
      <source>Created on %1, last changed on %2</source>
      <translation>Angelegt am %1, zuletzt geändert am %2</translation>
    </message>
  </context>
  <context>
    <name>Procedures</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="29" />
      <source>pending</source>
      <translation>ausstehend</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="30" />
      <source>full equivalence</source>
      <translation>volle Gleichwertigkeit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="31" />
      <source>partial equivalence (compensation required)</source>
      <translation>teilweise Gleichwertigkeit (Ausgleichsmaßnahme nötig)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="32" />
      <source>rejected</source>
      <translation>abgelehnt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="33" />
      <source>withdrawn</source>
      <translation>zurückgenommen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="34" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="35" />
      <source>adaptation period</source>
      <translation>Anpassungslehrgang</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="36" />
      <source>aptitude or knowledge test</source>
      <translation>Eignungs- oder Kenntnisprüfung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/procedure_form.py" line="37" />
      <source>bridge training</source>
      <translation>Anpassungsqualifizierung</translation>
    </message>
  </context>
  <context>
    <name>ProceduresPanel</name>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="110" />
      <source>&amp;New procedure</source>
      <translation>&amp;Neues Verfahren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="111" />
      <source>&amp;Open</source>
      <translation>Be&amp;arbeiten</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="112" />
      <source>Edit the selected procedure (Enter)</source>
      <translation>Das gewählte Verfahren bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="113" />
      <source>De&amp;lete…</source>
      <translation>&amp;Löschen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="114" />
      <source>Delete the selected procedure, with a reason (Del)</source>
      <translation>Das gewählte Verfahren löschen, mit Angabe eines Grundes (Entf)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="121" />
      <source>Recognition procedures</source>
      <translation>Anerkennungsverfahren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="124" />
      <source>No recognition procedure recorded yet. “New procedure” starts one.</source>
      <translation>Noch kein Anerkennungsverfahren erfasst. „Neues Verfahren“ legt eines an.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="185" />
      <source>no occupation</source>
      <translation>kein Referenzberuf</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="188" />
      <source>regulated</source>
      <translation>reglementiert</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="188" />
      <source>not regulated</source>
      <translation>nicht reglementiert</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="192" />
      <source>Application %1</source>
      <translation>Antrag %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="193" />
      <source>Application not filed yet</source>
      <translation>Antrag noch nicht gestellt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="197" />
      <source>Documents complete</source>
      <translation>Unterlagen vollständig</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="197" />
      <source>Documents</source>
      <translation>Unterlagen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="200" />
      <source>Decision pending</source>
      <translation>Bescheid ausstehend</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="204" />
      <source>Decision %1: %2</source>
      <translation>Bescheid %1: %2</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="208" />
      <source>Compensation measure or bridge training</source>
      <translation>Ausgleichsmaßnahme oder Anpassungsqualifizierung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/procedures_panel.py" line="217" />
      <source>Recognition grant applied for</source>
      <translation>Anerkennungszuschuss beantragt</translation>
    </message>
  </context>
  <context>
    <name>RecordCount</name>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/forms/list_page.py" line="52" />
      <source>%n record(s)</source>
      <extracomment>What a column sorts by (compared with ``&lt;``; mixed kinds fall back to the text). The records of the list, and what else the page fetched with them (e.g. client names by id).</extracomment>
      <translation>
        <numerusform>%n Datensatz</numerusform>
        <numerusform>%n Datensätze</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="100" />
      <source>&amp;Save</source>
      <extracomment>The record kinds a wrong entry of can be voided from its form (issue 11: "Delete…" with a reason). "Delete…" on a form (Ctrl+Del alone deletes a word in a text field)</extracomment>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="101" />
      <source>Save (Ctrl+S)</source>
      <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="104" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="105" />
      <source>Close without saving (Esc)</source>
      <translation>Schließen ohne zu speichern (Esc)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="109" />
      <source>Delete…</source>
      <translation>Löschen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="276" />
      <source>The record was not saved. Please correct the marked fields.</source>
      <translation>Der Datensatz wurde nicht gespeichert. Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/draft_support.py" line="70" />
      <source>ℹ Restored the unsaved entries from your last session. Save them or press Esc.</source>
      <translation>ℹ Die ungespeicherten Eingaben der letzten Sitzung wurden wiederhergestellt. Speichern Sie sie oder drücken Sie Esc.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="110" />
      <source>Delete this wrong entry, with a reason (Ctrl+Shift+Del)</source>
      <translation>Diesen falschen Eintrag mit Begründung löschen (Strg+Umschalt+Entf)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="377" />
      <source>✔ Deleted.</source>
      <translation>✔ Gelöscht.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="400" />
      <source>Saving…</source>
      <translation>Wird gespeichert…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="421" />
      <location filename="../../iq_desktop/ui/forms/base.py" line="426" />
      <source>✔ Saved.</source>
      <translation>✔ Gespeichert.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="439" />
      <source>The record was not saved.</source>
      <translation>Der Datensatz wurde nicht gespeichert.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="441" />
      <source>The record was not saved because of an unexpected problem.</source>
      <translation>Der Datensatz wurde wegen eines unerwarteten Problems nicht gespeichert.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="451" />
      <source>Unsaved changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="452" />
      <source>This form has changes that are not saved yet.</source>
      <translation>Dieses Formular enthält Änderungen, die noch nicht gespeichert sind.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="455" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="456" />
      <source>Discard changes</source>
      <translation>Änderungen verwerfen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="457" />
      <source>Keep editing</source>
      <translation>Weiter bearbeiten</translation>
    </message>
  </context>
  <context>
    <name>RecordListPage</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/list_page.py" line="71" />
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/list_page.py" line="72" />
      <source>What is &amp;sent…</source>
      <translation>Was wird &amp;gesendet…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/list_page.py" line="113" />
      <source>&amp;New</source>
      <translation>&amp;Neu</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="297" />
      <source>The recovery key must have %1 groups of %2 characters; %3 characters were entered.</source>
      <translation>Der Wiederherstellungsschlüssel hat %1 Gruppen zu je %2 Zeichen; eingegeben wurden %3 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="303" />
      <source>Group %1 of the recovery key has a character that cannot occur in it. Check that group.</source>
      <translation>Gruppe %1 des Wiederherstellungsschlüssels enthält ein Zeichen, das darin nicht vorkommen kann. Bitte diese Gruppe prüfen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="308" />
      <source>The recovery key has a typo, probably in group %1. Check that group.</source>
      <translation>Der Wiederherstellungsschlüssel hat einen Tippfehler, wahrscheinlich in Gruppe %1. Bitte diese Gruppe prüfen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="312" />
      <source>The recovery key is not valid. Please check every group carefully.</source>
      <translation>Der Wiederherstellungsschlüssel ist ungültig. Bitte jede Gruppe sorgfältig prüfen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="354" />
      <source>Use the recovery key</source>
      <translation>Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="358" />
      <source>Recovery key</source>
      <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="362" />
      <source>User name</source>
      <translation>Benutzername</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="364" />
      <source>&amp;Recovery key:</source>
      <translation>&amp;Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="366" />
      <source>&amp;User:</source>
      <translation>&amp;Benutzer:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="375" />
      <source>Working</source>
      <translation>In Arbeit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="380" />
      <source>Set new passphrase and unlock</source>
      <translation>Neue Passphrase setzen und entsperren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="384" />
      <source>Enter the recovery key and choose a new passphrase for the user.</source>
      <translation>Geben Sie den Wiederherstellungsschlüssel ein und wählen Sie eine neue Passphrase für den Benutzer.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyPage</name>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="295" />
      <source>Your recovery key</source>
      <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="298" />
      <source>If every passphrase is forgotten, only this key opens the vault. Print it or save it as PDF, and keep it locked away, not on this laptop.</source>
      <translation>Wenn alle Passphrasen vergessen sind, öffnet nur dieser Schlüssel den Tresor. Drucken Sie ihn aus oder speichern Sie ihn als PDF und bewahren Sie ihn verschlossen auf – nicht auf diesem Laptop.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="305" />
      <source>Recovery key</source>
      <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="308" />
      <source>&amp;Print…</source>
      <translation>&amp;Drucken…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="309" />
      <source>&amp;Save as PDF…</source>
      <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="312" />
      <source>I have &amp;stored the recovery key safely</source>
      <translation>Ich habe den Wiederherstellungsschlüssel sicher &amp;verwahrt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="313" />
      <source>I have stored the recovery key safely</source>
      <translation>Ich habe den Wiederherstellungsschlüssel sicher verwahrt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="354" />
      <source>Save the recovery key as PDF (best on a USB stick)</source>
      <translation>Wiederherstellungsschlüssel als PDF speichern (am besten auf einem USB-Stick)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="356" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="369" />
      <source>Saved to %1, on the same disk as the vault: whoever takes this laptop gets the key with it. Copy the file to a USB stick or print it, then delete it here.</source>
      <translation>Gespeichert unter %1, auf demselben Datenträger wie der Tresor: Wer diesen Laptop mitnimmt, hat damit auch den Schlüssel. Kopieren Sie die Datei auf einen USB-Stick oder drucken Sie sie aus, und löschen Sie sie dann hier.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="374" />
      <source>Saved to %1. Move the file off this laptop.</source>
      <translation>Gespeichert unter %1. Verschieben Sie die Datei von diesem Laptop.</translation>
    </message>
  </context>
  <context>
    <name>ResetDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="86" />
      <location filename="../../iq_desktop/ui/settings/users.py" line="97" />
      <source>Reset passphrase</source>
      <translation>Passphrase zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="89" />
      <source>Set a new passphrase for %1 and tell it to them in person. At the next unlock they must choose their own. The old passphrase stops working at once.</source>
      <translation>Legen Sie eine neue Passphrase für %1 fest und teilen Sie sie persönlich mit. Beim nächsten Entsperren muss die Person eine eigene wählen. Die alte Passphrase gilt ab sofort nicht mehr.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="98" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="87" />
      <source>Restore from backup</source>
      <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="92" />
      <source>The vault on this laptop will be replaced by the backup: records saved after the backup was made will no longer be shown. The current vault is not deleted; it is kept beside it in the data folder (vault.db.before-restore-…). The app then opens the restored vault, and the next sync brings the regional server in line with it.</source>
      <translation>Der Tresor auf diesem Laptop wird durch die Sicherung ersetzt: Daten, die nach dem Anlegen der Sicherung gespeichert wurden, werden nicht mehr angezeigt. Der bisherige Tresor wird nicht gelöscht, sondern daneben im Datenordner aufbewahrt (vault.db.before-restore-…). Danach öffnet die App den wiederhergestellten Tresor, und die nächste Synchronisation gleicht den regionalen Server an ihn an.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="104" />
      <source>e.g. iq-backup.tar</source>
      <translation>z. B. iq-backup.tar</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="105" />
      <source>C&amp;hoose…</source>
      <translation>&amp;Auswählen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="109" />
      <source>Backup &amp;file</source>
      <translation>Sicherungs&amp;datei</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="111" />
      <source>Backup file</source>
      <translation>Sicherungsdatei</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="115" />
      <source>A coordinator's passphrase</source>
      <translation>Passphrase der Koordination</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="116" />
      <source>The recovery key</source>
      <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="117" />
      <source>Open the backup &amp;with</source>
      <translation>Sicherung öffnen &amp;mit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="119" />
      <source>&amp;User name in the backup</source>
      <translation>&amp;Benutzername in der Sicherung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="122" />
      <source>Backup's &amp;passphrase</source>
      <translation>&amp;Passphrase der Sicherung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="124" />
      <source>&amp;Recovery key</source>
      <translation>&amp;Wiederherstellungsschlüssel</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="126" />
      <source>I understand that the vault on this laptop is replace&amp;d.</source>
      <translation>Mir ist klar, dass der Tresor auf diesem Laptop &amp;ersetzt wird.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="132" />
      <source>Restore and &amp;open</source>
      <translation>Wiederherstellen und ö&amp;ffnen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="167" />
      <source>Choose a backup</source>
      <translation>Sicherung auswählen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="167" />
      <source>IQ backups (*.tar);;All files (*)</source>
      <translation>IQ-Sicherungen (*.tar);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="185" />
      <source>Choose the backup file.</source>
      <translation>Wählen Sie die Sicherungsdatei aus.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="187" />
      <source>The backup file was not found.</source>
      <translation>Die Sicherungsdatei wurde nicht gefunden.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="190" />
      <source>Enter your user name in the backup.</source>
      <translation>Geben Sie Ihren Benutzernamen in der Sicherung ein.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="192" />
      <source>Enter the backup's passphrase.</source>
      <translation>Geben Sie die Passphrase der Sicherung ein.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="194" />
      <source>Enter the recovery key.</source>
      <translation>Geben Sie den Wiederherstellungsschlüssel ein.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="208" />
      <source>Checking the backup… (this takes a few seconds)</source>
      <translation>Die Sicherung wird geprüft … (das dauert einige Sekunden)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/restore_dialog.py" line="222" />
      <source>The backup could not be checked because of an unexpected problem.</source>
      <translation>Die Sicherung konnte wegen eines unerwarteten Problems nicht geprüft werden.</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="60" />
      <source>Old client records were not deleted automatically (the date of this laptop may be wrong, or many clients are affected). Please ask a coordinator to check it.</source>
      <translation>Alte Daten von Ratsuchenden wurden nicht automatisch gelöscht (das Datum dieses Laptops ist vielleicht falsch, oder es wären viele Ratsuchende betroffen). Bitte wenden Sie sich an die Koordination, damit sie das prüft.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="85" />
      <source>Delete old client records?</source>
      <translation>Alte Daten von Ratsuchenden löschen?</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="88" />
      <source>%1 of %2 clients would be deleted: they have had no contact since %3.</source>
      <translation>%1 von %2 Ratsuchenden würden gelöscht: Sie hatten seit dem %3 keinen Kontakt mehr.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="97" />
      <source>The laptop's clock may be wrong: it shows %1, more than 400 days after the newest date this vault can trust (%2, the last sync or the newest session). Automatic deletion was stopped.</source>
      <translation>Die Uhr dieses Laptops geht möglicherweise falsch: Sie zeigt den %1, mehr als 400 Tage nach dem neuesten Datum, dem dieser Tresor trauen kann (%2, die letzte Synchronisation oder die neueste Beratung). Das automatische Löschen wurde angehalten.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="103" />
      <source>That is more than 5 % of all clients, so it is not done automatically: a coordinator must confirm it.</source>
      <translation>Das sind mehr als 5 % aller Ratsuchenden; deshalb geschieht es nicht automatisch: Die Koordination muss es bestätigen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="106" />
      <source>Check the date and time of this laptop first. Deleted records cannot be restored, except from a backup.</source>
      <translation>Prüfen Sie zuerst Datum und Uhrzeit dieses Laptops. Gelöschte Daten lassen sich nur aus einer Sicherung wiederherstellen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="113" />
      <source>&amp;Delete now</source>
      <translation>Jetzt &amp;löschen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="114" />
      <source>&amp;Not now</source>
      <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="138" />
      <source>Deleting…</source>
      <translation>Wird gelöscht …</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/retention_dialog.py" line="141" />
      <source>✔ The records of %1 clients were deleted.</source>
      <translation>✔ Die Daten von %1 Ratsuchenden wurden gelöscht.</translation>
    </message>
  </context>
  <context>
    <name>RoleDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="55" />
      <location filename="../../iq_desktop/ui/settings/users.py" line="66" />
      <source>Change role</source>
      <translation>Rolle ändern</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="60" />
      <source>New role</source>
      <translation>Neue Rolle</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="61" />
      <source>New &amp;role of %1:</source>
      <translation>Neue &amp;Rolle von %1:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="67" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
  </context>
  <context>
    <name>SchemeDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="187" />
      <source>New job-training scheme</source>
      <translation>Neue Qualifizierungsmaßnahme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="194" />
      <source>Who runs it (optional; stays on this laptop, never sent)</source>
      <translation>Wer sie durchführt (freiwillig; bleibt auf diesem Laptop und wird nie gesendet)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="197" />
      <source>&amp;Format</source>
      <translation>&amp;Format</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="198" />
      <source>&amp;Type</source>
      <translation>&amp;Art</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="199" />
      <source>&amp;Start</source>
      <translation>&amp;Beginn</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="200" />
      <source>&amp;Provider</source>
      <translation>&amp;Träger</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="282" />
      <source>The scheme was not saved.</source>
      <translation>Die Maßnahme wurde nicht gespeichert.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="284" />
      <source>The scheme was not saved because of an unexpected problem.</source>
      <translation>Die Maßnahme wurde wegen eines unerwarteten Problems nicht gespeichert.</translation>
    </message>
  </context>
  <context>
    <name>SchemeField</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="51" />
      <source>own individual scheme</source>
      <translation>eigene individuelle Maßnahme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="54" />
      <source>course, from %1</source>
      <translation>Kurs, ab %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="55" />
      <source>individual, from %1</source>
      <translation>individuell, ab %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="85" />
      <source>— its own individual scheme —</source>
      <translation>— eigene individuelle Maßnahme —</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="86" />
      <source>&amp;New scheme…</source>
      <translation>&amp;Neue Maßnahme…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/scheme_form.py" line="88" />
      <source>Create a job-training scheme (a course or an individual scheme)</source>
      <translation>Eine Qualifizierungsmaßnahme anlegen (einen Kurs oder eine individuelle Maßnahme)</translation>
    </message>
  </context>
  <context>
    <name>SessionForm</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="109" />
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="190" />
      <source>Session</source>
      <translation>Beratung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="114" />
      <source>&amp;Client</source>
      <translation>&amp;Ratsuchende Person</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="116" />
      <source>Type part of the name, then choose with the arrow keys and Enter</source>
      <translation>Teil des Namens eingeben, dann mit den Pfeiltasten und der Eingabetaste auswählen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="125" />
      <source>&amp;Date</source>
      <translation>&amp;Datum</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="126" />
      <source>&amp;Kind</source>
      <translation>&amp;Art</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="130" />
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="131" />
      <source>D&amp;uration</source>
      <translation>Da&amp;uer</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="133" />
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="137" />
      <source>Topics</source>
      <translation>Themen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="140" />
      <source>How</source>
      <translation>Wie</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="142" />
      <source>C&amp;hannel</source>
      <translation>&amp;Kontaktweg</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="143" />
      <source>&amp;Language</source>
      <translation>&amp;Sprache</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="145" />
      <source>&amp;Interpreter</source>
      <translation>&amp;Dolmetschung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="145" />
      <source>an interpreter took part</source>
      <translation>mit Dolmetscherin oder Dolmetscher</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="147" />
      <source>&amp;Referred by</source>
      <translation>&amp;Vermittelt durch</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="149" />
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="152" />
      <source>Outcomes</source>
      <translation>Ergebnisse</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="157" />
      <source>&amp;Next appointment</source>
      <translation>&amp;Nächster Termin</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="159" />
      <source>hh:mm</source>
      <translation>hh:mm</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="162" />
      <source>Ti&amp;me</source>
      <translation>Uhrz&amp;eit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="162" />
      <source>The next appointment's time, e.g. 9:30</source>
      <translation>Uhrzeit des nächsten Termins, z. B. 9:30</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="167" />
      <source>&amp;Place (stop)</source>
      <translation>&amp;Ort (Station)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="169" />
      <source>Where the next appointment is: one of the stops the coordinator keeps (Agenda page)</source>
      <translation>Wo der nächste Termin ist: eine der Stationen, die die Koordination pflegt (Seite „Termine“)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="171" />
      <source>(no place)</source>
      <translation>(kein Ort)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="181" />
      <source>No&amp;tes (stay on this laptop)</source>
      <translation>Noti&amp;zen (bleiben auf diesem Laptop)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="190" />
      <source>New session</source>
      <translation>Neue Beratung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="215" />
      <source>Recorded by %1</source>
      <translation>Erfasst von %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="230" />
      <source>No consent is recorded for this person. Consent covers keeping their personal data on this laptop for counselling (and, as agreed, contacting them or referring them on); please ask for it and record it in the client's data. The session can still be saved.</source>
      <translation>Für diese Person ist keine Einwilligung erfasst. Die Einwilligung deckt ab, dass ihre personenbezogenen Daten für die Beratung auf diesem Laptop gespeichert werden (und, je nach Umfang, die Kontaktaufnahme oder Weitervermittlung); bitte einholen und bei den Daten der Person erfassen. Die Beratung kann trotzdem gespeichert werden.</translation>
    </message>
  </context>
  <context>
    <name>SessionListPage</name>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="56" />
      <source>Counselling sessions</source>
      <translation>Beratungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="60" />
      <source>All time</source>
      <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="61" />
      <source>This month</source>
      <translation>Dieser Monat</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="62" />
      <source>Last 3 months</source>
      <translation>Letzte 3 Monate</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="63" />
      <source>This year</source>
      <translation>Dieses Jahr</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="64" />
      <source>Last year</source>
      <translation>Letztes Jahr</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="68" />
      <source>All topics</source>
      <translation>Alle Themen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="77" />
      <source>Any sync state</source>
      <translation>Jeder Sendestatus</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="78" />
      <source>Waiting</source>
      <translation>Wartet</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="79" />
      <source>Sent</source>
      <translation>Gesendet</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="80" />
      <source>Quarantined</source>
      <translation>In Quarantäne</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="86" />
      <source>&amp;Period:</source>
      <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="86" />
      <source>Period</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="87" />
      <source>&amp;Topic:</source>
      <translation>&amp;Thema:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="87" />
      <source>Topic</source>
      <translation>Thema</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="88" />
      <source>S&amp;ync state:</source>
      <translation>Sende&amp;status:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="88" />
      <source>Sync state</source>
      <translation>Sendestatus</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="98" />
      <source>&amp;New session</source>
      <translation>&amp;Neue Beratung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="99" />
      <source>New session (Ctrl+N)</source>
      <translation>Neue Beratung (Strg+N)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="106" />
      <source>Sessions</source>
      <translation>Beratungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="130" />
      <source>Delete…</source>
      <translation>Löschen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="132" />
      <source>Number of sessions</source>
      <translation>Anzahl der Beratungen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/records/session_list.py" line="163" />
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n Beratung</numerusform>
        <numerusform>%n Beratungen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="91" />
      <source>General</source>
      <translation>Allgemein</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="97" />
      <source>&amp;Language</source>
      <translation>&amp;Sprache</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="99" />
      <source>The window switches to the chosen language at once; it is remembered for the next start.</source>
      <translation>Das Fenster wechselt sofort in die gewählte Sprache; sie gilt auch beim nächsten Start.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="104" />
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="107" />
      <source>&amp;Lock after idle time</source>
      <translation>&amp;Sperren nach Inaktivität</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="110" />
      <source>not enrolled yet</source>
      <translation>noch nicht angemeldet</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="111" />
      <source>Regional &amp;server</source>
      <translation>Regionaler &amp;Server</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="112" />
      <source>To change the server, enrol this laptop again on the Sync page.</source>
      <translation>Um den Server zu wechseln, melden Sie diesen Laptop auf der Seite „Synchronisation“ erneut an.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="116" />
      <source>Your passphrase</source>
      <translation>Ihre Passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="118" />
      <source>C&amp;urrent passphrase</source>
      <translation>&amp;Aktuelle Passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="119" />
      <source>&amp;New passphrase</source>
      <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="120" />
      <source>New passphrase a&amp;gain</source>
      <translation>Neue Passphrase &amp;wiederholen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="121" />
      <source>&amp;Change passphrase</source>
      <translation>Passphrase ä&amp;ndern</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="128" />
      <source>Users of this laptop</source>
      <translation>Benutzer dieses Laptops</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="293" />
      <source>✔ The user was added. At their first unlock they choose a passphrase of their own.</source>
      <translation>✔ Der Benutzer wurde hinzugefügt. Beim ersten Entsperren wählt er eine eigene Passphrase.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="135" />
      <source>Add a user (coordinators)</source>
      <translation>Benutzer hinzufügen (Koordination)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="137" />
      <source>User &amp;name</source>
      <translation>Benutzer&amp;name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="141" />
      <source>&amp;Role</source>
      <translation>&amp;Rolle</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="142" />
      <source>&amp;Passphrase</source>
      <translation>&amp;Passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="143" />
      <source>Passphrase &amp;again</source>
      <translation>Passphrase wieder&amp;holen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="144" />
      <source>&amp;Add user</source>
      <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="160" />
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="200" />
      <location filename="../../iq_desktop/ui/settings/page.py" line="226" />
      <source>✔ Saved.</source>
      <translation>✔ Gespeichert.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="239" />
      <source>That did not work because of an unexpected problem.</source>
      <translation>Das hat wegen eines unerwarteten Problems nicht geklappt.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="246" />
      <source>The two new passphrases are not the same.</source>
      <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="249" />
      <source>Enter the current and the new passphrase.</source>
      <translation>Geben Sie die aktuelle und die neue Passphrase ein.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="255" />
      <source>Changing… (this takes a few seconds)</source>
      <translation>Wird geändert… (das dauert einige Sekunden)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="261" />
      <source>✔ Your passphrase was changed.</source>
      <translation>✔ Ihre Passphrase wurde geändert.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="277" />
      <source>Enter a user name.</source>
      <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="280" />
      <source>The two passphrases are not the same.</source>
      <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="286" />
      <source>Adding… (this takes a few seconds)</source>
      <translation>Wird hinzugefügt… (das dauert einige Sekunden)</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="88" />
      <source>Connection</source>
      <extracomment>how often the backup reminder is re-read (it depends on the time passing, not only on changes)</extracomment>
      <translation>Verbindung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="89" />
      <source>Figures waiting to be sent</source>
      <translation>Zahlen in der Warteschlange</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="90" />
      <source>Last successful sync</source>
      <translation>Letzte erfolgreiche Synchronisation</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="92" />
      <source>Signed in as</source>
      <translation>Angemeldet als</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="96" />
      <source>Back up now…</source>
      <translation>Jetzt sichern…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="98" />
      <source>Back up now</source>
      <translation>Jetzt sichern</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="112" />
      <source>coordinator</source>
      <translation>Koordination</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="112" />
      <source>counsellor</source>
      <translation>Beratungsfachkraft</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="113" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="145" />
      <source>Connection not checked</source>
      <translation>Verbindung nicht geprüft</translation>
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
      <translation>Warteschlange: …</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="156" />
      <source>Nothing waiting to be sent</source>
      <translation>Warteschlange leer</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="158" />
      <source>%n period(s) of figures waiting to be sent</source>
      <translation>
        <numerusform>%n Zeitraum wartet auf Versand</numerusform>
        <numerusform>%n Zeiträume warten auf Versand</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="162" />
      <source>Never synced</source>
      <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="165" />
      <source>Last sync: %1</source>
      <translation>Letzte Synchronisation: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="183" />
      <source>Backup failed</source>
      <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="186" />
      <source>No backup yet</source>
      <translation>Noch keine Sicherung</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="186" />
      <source>Last backup %n day(s) ago</source>
      <translation>
        <numerusform>Letzte Sicherung vor %n Tag</numerusform>
        <numerusform>Letzte Sicherung vor %n Tagen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="187" />
      <source>The last backup is older than 7 days.</source>
      <translation>Die letzte Sicherung ist älter als 7 Tage.</translation>
    </message>
  </context>
  <context>
    <name>StopsDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="138" />
      <source>Stops</source>
      <translation>Stationen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="141" />
      <source>Stops, one per line</source>
      <translation>Stationen, eine pro Zeile</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/agenda_page.py" line="142" />
      <source>&amp;Stops of the mobile site, one per line (town, venue):</source>
      <translation>&amp;Stationen der mobilen Beratung, eine pro Zeile (Ort, Räumlichkeit):</translation>
    </message>
  </context>
  <context>
    <name>SyncPanel</name>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="83" />
      <source>ℹ Only a coordinator can start a sync, retry or enrol this laptop.</source>
      <translation>ℹ Nur die Koordination kann synchronisieren, erneut senden oder diesen Laptop anmelden.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="87" />
      <source>Sync &amp;now</source>
      <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="88" />
      <source>&amp;Cancel sync</source>
      <translation>Synchronisation &amp;abbrechen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="91" />
      <source>Sync progress</source>
      <translation>Fortschritt der Synchronisation</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="95" />
      <source>No sync in this session yet.</source>
      <translation>In dieser Sitzung wurde noch nicht synchronisiert.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="97" />
      <source>Send the site's figures</source>
      <translation>Die Zahlen des Standorts senden</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="107" />
      <source>Quarantine: figures the server refused</source>
      <translation>Quarantäne: vom Server abgelehnte Zahlen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="110" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="110" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="110" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="110" />
      <source>Quarantine</source>
      <translation>Quarantäne</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="110" />
      <source>Period</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="112" />
      <source>&amp;Retry selected</source>
      <translation>Ausgewählte &amp;erneut senden</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="113" />
      <source>Retry &amp;all</source>
      <translation>&amp;Alle erneut senden</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="114" />
      <source>What is &amp;sent…</source>
      <translation>Was wird &amp;gesendet…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="123" />
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="127" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="128" />
      <source>Sent</source>
      <translation>Gesendet</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="129" />
      <source>Duplicates</source>
      <translation>Doppelte</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="130" />
      <source>Rejected</source>
      <translation>Abgelehnt</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="131" />
      <source>Still waiting</source>
      <translation>Noch wartend</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="132" />
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="134" />
      <source>Sync history</source>
      <translation>Verlauf der Synchronisation</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="145" />
      <source>Sync</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="181" />
      <source>⚠ Enrolled with %1 as site %2, but the server refuses this laptop:</source>
      <translation>⚠ Angemeldet bei %1 als Standort %2, aber der Server lehnt diesen Laptop ab:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="191" />
      <source>✔ Enrolled with %1 as site %2.</source>
      <translation>✔ Angemeldet bei %1 als Standort %2.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="200" />
      <source>⚠ Not enrolled yet: the site's figures stay queued on this laptop until a coordinator enrols it (below).</source>
      <translation>⚠ Noch nicht angemeldet: Die Zahlen des Standorts bleiben in der Warteschlange auf diesem Laptop, bis die Koordination ihn anmeldet (unten).</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="205" />
      <source>Periods of figures waiting to be sent: %1 · sent: %2 · in quarantine: %3</source>
      <translation>Zeiträume in der Warteschlange: %1 · gesendet: %2 · in Quarantäne: %3</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="244" />
      <source>the period's figures</source>
      <translation>Zahlen des Zeitraums</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="245" />
      <source>withdrawal (nothing left in the period)</source>
      <translation>Rücknahme (im Zeitraum ist nichts mehr gezählt)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="301" />
      <source>%1 of %2 periods</source>
      <translation>%1 von %2 Zeiträumen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/sync/panel.py" line="375" />
      <source>%n period(s) of figures put back in the queue; they are sent at the next sync.</source>
      <translation>
        <numerusform>Zahlen für %n Zeitraum wieder in die Warteschlange gestellt; sie werden bei der nächsten Synchronisation gesendet.</numerusform>
        <numerusform>Zahlen für %n Zeiträume wieder in die Warteschlange gestellt; sie werden bei der nächsten Synchronisation gesendet.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="211" />
      <source>Last successful sync: %1</source>
      <translation>Letzte erfolgreiche Synchronisation: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="211" />
      <source>never</source>
      <translation>noch nie</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="215" />
      <source>⚠ Last problem: %1</source>
      <translation>⚠ Letztes Problem: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="251" />
      <source>✔ finished</source>
      <translation>✔ abgeschlossen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="279" />
      <source>Syncing…</source>
      <translation>Wird synchronisiert…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="296" />
      <source>Stopping after the current batch…</source>
      <translation>Wird nach dem aktuellen Paket angehalten…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="326" />
      <source>Sent: %1</source>
      <translation>Gesendet: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="327" />
      <source>duplicates: %1</source>
      <translation>doppelt: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="328" />
      <source>rejected: %1</source>
      <translation>abgelehnt: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="329" />
      <source>still waiting: %1</source>
      <translation>noch wartend: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="337" />
      <source>Cancelled.</source>
      <translation>Abgebrochen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="342" />
      <source>done</source>
      <translation>fertig</translation>
    </message>
  </context>
  <context>
    <name>SyncWords</name>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="19" />
      <source>The server cannot be reached (no network, or the server is down). The figures stay queued and are sent automatically when it answers again.</source>
      <translation>Der Server ist nicht erreichbar (kein Netz, oder der Server ist ausgefallen). Die Zahlen bleiben in der Warteschlange und werden automatisch gesendet, sobald er wieder antwortet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="24" />
      <source>The server did not answer in time. The figures stay queued and are sent automatically when it answers again.</source>
      <translation>Der Server hat nicht rechtzeitig geantwortet. Die Zahlen bleiben in der Warteschlange und werden automatisch gesendet, sobald er wieder antwortet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="29" />
      <source>The server's certificate could not be checked, so nothing was sent. Check this laptop's date and time; if the regional network uses its own certificate authority, a coordinator enrols the laptop again with its CA certificate. The figures stay queued.</source>
      <translation>Das Zertifikat des Servers konnte nicht geprüft werden, daher wurde nichts gesendet. Prüfen Sie Datum und Uhrzeit dieses Laptops; nutzt das regionale Netzwerk eine eigene Zertifizierungsstelle, meldet die Koordination den Laptop mit deren CA-Zertifikat erneut an. Die Zahlen bleiben in der Warteschlange.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="35" />
      <source>The server has a problem right now. The figures stay queued and are sent automatically later.</source>
      <translation>Der Server hat gerade ein Problem. Die Zahlen bleiben in der Warteschlange und werden später automatisch gesendet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="39" />
      <source>The server asked to wait a little (too many requests). The figures are sent automatically later.</source>
      <translation>Der Server bittet, kurz zu warten (zu viele Anfragen). Die Zahlen werden später automatisch gesendet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="43" />
      <source>The server's answer could not be trusted completely, so nothing was marked as sent. Sync tries again by itself.</source>
      <translation>Der Antwort des Servers war nicht ganz zu trauen, daher wurde nichts als gesendet markiert. Die Synchronisation versucht es von selbst erneut.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="52" />
      <source>Another sync is running right now (the automatic one); this page updates when it ends.</source>
      <translation>Gerade läuft schon eine Synchronisation (die automatische); diese Seite wird aktualisiert, sobald sie fertig ist.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="56" />
      <source>The server cannot be reached right now. The figures stay queued and are sent automatically when it answers again.</source>
      <translation>Der Server ist gerade nicht erreichbar. Die Zahlen bleiben in der Warteschlange und werden automatisch gesendet, sobald er wieder antwortet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="61" />
      <source>The network's CA certificate file chosen at enrolment can no longer be read. Put the file back, or a coordinator enrols the laptop again with it. The figures stay queued.</source>
      <translation>Die bei der Anmeldung gewählte CA-Zertifikatsdatei des Netzwerks ist nicht mehr lesbar. Legen Sie die Datei zurück, oder die Koordination meldet den Laptop damit erneut an. Die Zahlen bleiben in der Warteschlange.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="74" />
      <source>The server refused the figures: they belong to another site. Ask the regional network's administrator.</source>
      <translation>Der Server hat die Zahlen abgelehnt: Sie gehören zu einem anderen Standort. Wenden Sie sich an die Administration des regionalen Netzwerks.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="78" />
      <source>The server still holds different figures than this laptop; everything was sent again. If this stays, ask the regional network's administrator.</source>
      <translation>Der Server hat noch andere Zahlen als dieser Laptop; alles wurde erneut gesendet. Bleibt das so, wenden Sie sich an die Administration des regionalen Netzwerks.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="100" />
      <source>The queued copy of these figures was damaged on this laptop, so it was not sent. Ask the regional network's administrator.</source>
      <translation>Die wartende Kopie dieser Zahlen wurde auf diesem Laptop beschädigt und daher nicht gesendet. Wenden Sie sich an die Administration des regionalen Netzwerks.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="106" />
      <source>These figures are too large for the server. Ask the regional network's administrator.</source>
      <translation>Diese Zahlen sind zu groß für den Server. Wenden Sie sich an die Administration des regionalen Netzwerks.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="113" />
      <source>The server does not accept part of these figures (%1). Ask the regional network's administrator whether this app needs an update.</source>
      <translation>Der Server nimmt einen Teil dieser Zahlen nicht an (%1). Fragen Sie die Administration des regionalen Netzwerks, ob diese App ein Update braucht.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="119" />
      <source>The server holds these figures for another site. Ask the regional network's administrator.</source>
      <translation>Der Server führt diese Zahlen für einen anderen Standort. Wenden Sie sich an die Administration des regionalen Netzwerks.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="124" />
      <source>The server already holds this version of the figures with other content. They are sent as a new version when the period's records next change; if this stays, ask the regional network's administrator.</source>
      <translation>Der Server hat diese Version der Zahlen schon mit anderem Inhalt. Sie werden als neue Version gesendet, sobald sich die Datensätze des Zeitraums das nächste Mal ändern; bleibt das so, wenden Sie sich an die Administration des regionalen Netzwerks.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="131" />
      <source>The server refused the figures: %1</source>
      <translation>Der Server hat die Zahlen abgelehnt: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="66" />
      <source>This laptop is not enrolled yet; a coordinator enrols it below.</source>
      <translation>Dieser Laptop ist noch nicht angemeldet; die Koordination meldet ihn unten an.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="70" />
      <source>The regional server has revoked this laptop's access. A coordinator must enrol it again with a new code.</source>
      <translation>Der regionale Server hat den Zugang dieses Laptops gesperrt. Die Koordination muss ihn mit einem neuen Code erneut anmelden.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="83" />
      <source>Sync stopped: the server's address or its answer needs attention. Check the enrolment below or ask the regional network's administrator.</source>
      <translation>Die Synchronisation wurde angehalten: Die Serveradresse oder die Antwort des Servers muss geprüft werden. Prüfen Sie die Anmeldung unten oder wenden Sie sich an die Administration des regionalen Netzwerks.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/words.py" line="98" />
      <source>No reason was given.</source>
      <translation>Es wurde kein Grund angegeben.</translation>
    </message>
  </context>
  <context>
    <name>TopicsBox</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="83" />
      <source>Fair Integration</source>
      <translation>Faire Integration</translation>
    </message>
  </context>
  <context>
    <name>TrainingForm</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="28" />
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="58" />
      <source>Job training</source>
      <translation>Qualifizierung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="33" />
      <source>&amp;Participant</source>
      <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="35" />
      <source>Type part of the name, then choose with the arrow keys and Enter</source>
      <translation>Teil des Namens eingeben, dann mit den Pfeiltasten und der Eingabetaste auswählen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="40" />
      <source>S&amp;cheme</source>
      <translation>&amp;Maßnahme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="42" />
      <source>The course or individual scheme this participation belongs to</source>
      <translation>Der Kurs oder die individuelle Maßnahme, zu der diese Teilnahme gehört</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="45" />
      <source>&amp;Type</source>
      <translation>&amp;Art</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="46" />
      <source>&amp;Format</source>
      <translation>&amp;Format</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="47" />
      <source>&amp;Start</source>
      <translation>&amp;Beginn</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="49" />
      <source>&amp;End</source>
      <translation>&amp;Ende</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="49" />
      <source>Leave empty while the training is ongoing</source>
      <translation>Leer lassen, solange die Qualifizierung läuft</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="51" />
      <source>S&amp;tatus</source>
      <translation>S&amp;tatus</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="58" />
      <source>New job training</source>
      <translation>Neue Qualifizierung</translation>
    </message>
  </context>
  <context>
    <name>TrainingsPage</name>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="52" />
      <source>Job trainings</source>
      <translation>Qualifizierungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="55" />
      <source>&amp;New job training</source>
      <translation>&amp;Neue Qualifizierung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="59" />
      <source>Participant</source>
      <translation>Teilnehmende Person</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="60" />
      <source>Type</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="61" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="65" />
      <source>Scheme</source>
      <translation>Maßnahme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="62" />
      <source>Start</source>
      <translation>Beginn</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="43" />
      <source>Delete…</source>
      <translation>Löschen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="63" />
      <source>End</source>
      <translation>Ende</translation>
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
      <translation>IQ Desktop – Entsperren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="92" />
      <source>Unlock the vault</source>
      <translation>Tresor entsperren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="94" />
      <source>Your records are encrypted. Choose your user name and enter your passphrase.</source>
      <translation>Ihre Daten sind verschlüsselt. Wählen Sie Ihren Benutzernamen und geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="98" />
      <source>User name</source>
      <translation>Benutzername</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="102" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="105" />
      <source>&amp;User:</source>
      <translation>&amp;Benutzer:</translation>
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
      <translation>Entsperren</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="118" />
      <source>Forgot passphrase? Use the recovery key…</source>
      <translation>Passphrase vergessen? Wiederherstellungsschlüssel verwenden…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="121" />
      <source>Use the recovery key</source>
      <translation>Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="128" />
      <source>Working</source>
      <translation>In Arbeit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="133" />
      <source>Message</source>
      <translation>Meldung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="199" />
      <source>Please enter your passphrase.</source>
      <translation>Bitte geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="201" />
      <source>Unlocking…</source>
      <translation>Wird entsperrt…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/access/unlock.py" line="246" />
      <source>Please wait %n second(s) before the next attempt.</source>
      <translation>
        <numerusform>Bitte warten Sie %n Sekunde bis zum nächsten Versuch.</numerusform>
        <numerusform>Bitte warten Sie %n Sekunden bis zum nächsten Versuch.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="270" />
      <source>The vault stays locked until you choose your own passphrase.</source>
      <translation>Der Tresor bleibt gesperrt, bis Sie eine eigene Passphrase gewählt haben.</translation>
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
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="128" />
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="129" />
      <source>Users</source>
      <translation>Benutzer</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="139" />
      <source>Re&amp;move user…</source>
      <translation>Benutzer ent&amp;fernen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="140" />
      <source>C&amp;hange role…</source>
      <translation>Ro&amp;lle ändern…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="141" />
      <source>Reset a &amp;forgotten passphrase…</source>
      <translation>Passphrase zurücks&amp;etzen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="142" />
      <source>Show aud&amp;it log…</source>
      <translation>Protokoll anze&amp;igen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="178" />
      <source>you</source>
      <translation>Sie</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="180" />
      <source>must choose a new passphrase</source>
      <translation>muss eine neue Passphrase wählen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="212" />
      <source>Working…</source>
      <translation>In Arbeit…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="228" />
      <source>Remove user</source>
      <translation>Benutzer entfernen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="230" />
      <source>Remove %1? Their passphrase will no longer open the vault. Their name stays in the audit log; the records they made stay.</source>
      <translation>%1 entfernen? Die Passphrase öffnet den Tresor dann nicht mehr. Der Name bleibt im Protokoll; die erfassten Datensätze bleiben erhalten.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="237" />
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="238" />
      <source>&amp;Keep</source>
      <translation>&amp;Behalten</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="243" />
      <source>The user was removed.</source>
      <translation>Der Benutzer wurde entfernt.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="258" />
      <source>The role was changed.</source>
      <translation>Die Rolle wurde geändert.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/users.py" line="278" />
      <source>The passphrase was reset. At the next unlock they choose their own.</source>
      <translation>Die Passphrase wurde zurückgesetzt. Beim nächsten Entsperren wird eine eigene gewählt.</translation>
    </message>
  </context>
  <context>
    <name>VoidDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="38" />
      <source>Delete this counselling session?</source>
      <translation>Diese Beratung löschen?</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="39" />
      <source>Delete this job-training participation?</source>
      <translation>Diese Teilnahme an der Qualifizierung löschen?</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="40" />
      <source>Delete this group event?</source>
      <translation>Diese Gruppenveranstaltung löschen?</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="41" />
      <source>Delete this recognition procedure?</source>
      <translation>Dieses Anerkennungsverfahren löschen?</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="43" />
      <source>Delete a wrong entry</source>
      <translation>Falschen Eintrag löschen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="44" />
      <source>Delete this entry?</source>
      <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="48" />
      <source>The entry is removed for good. The network's figures are corrected at the next sync. Please give the reason; it is kept in the audit log on this laptop only.</source>
      <translation>Der Eintrag wird endgültig entfernt. Die Zahlen des Netzwerks werden bei der nächsten Synchronisation berichtigt. Bitte den Grund angeben; er wird nur im Protokoll auf diesem Laptop gespeichert.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="55" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="56" />
      <source>e.g. entered twice, wrong person</source>
      <translation>z. B. doppelt erfasst, falsche Person</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="58" />
      <source>&amp;Reason:</source>
      <translation>&amp;Grund:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="62" />
      <source>At least %1 characters.</source>
      <translation>Mindestens %1 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="64" />
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/void_dialog.py" line="66" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="214" />
      <source>Welcome to IQ Desktop</source>
      <translation>Willkommen bei IQ Desktop</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="217" />
      <source>IQ Desktop records counselling sessions, trainings and group events on this laptop, encrypted. Only de-identified figures are ever sent to the regional network.

First you create the vault: your user name (you will be its coordinator) and a passphrase. Then you get a recovery key to keep safe on paper.</source>
      <translation>IQ Desktop erfasst Beratungen, Qualifizierungen und Gruppenveranstaltungen verschlüsselt auf diesem Laptop. An das regionale Netzwerk werden nur anonymisierte Zahlen übertragen.

Zuerst legen Sie den Tresor an: Ihren Benutzernamen (Sie werden seine Koordination) und eine Passphrase. Danach erhalten Sie einen Wiederherstellungsschlüssel, den Sie auf Papier sicher verwahren.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="224" />
      <source>Data folder: %1</source>
      <translation>Datenordner: %1</translation>
    </message>
  </context>
  <context>
    <name>WhatIsSent</name>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="183" />
      <source>Loading…</source>
      <translation>Wird geladen…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="132" />
      <source>Nothing about a person or a single record leaves this laptop. The site sends counts only: for each quarter, half-year and year, how many sessions, people, schemes and events each published figure counts. Below is exactly what is sent for one period.</source>
      <translation>Nichts über eine Person oder einen einzelnen Datensatz verlässt diesen Laptop. Der Standort sendet nur Anzahlen: für jedes Quartal, Halbjahr und Jahr, wie viele Beratungen, Personen, Maßnahmen und Veranstaltungen jede veröffentlichte Kennzahl zählt. Unten steht genau, was für einen Zeitraum gesendet wird.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="57" />
      <source>Initial advisory sessions</source>
      <extracomment>What :func:`_fetch` answers: the quarter the record is counted in, and that quarter's item. And whether any figure counts the record at all; and which record it is (kind, date; "" for an item of the sync panel).</extracomment>
      <translation>Erstberatungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="58" />
      <source>Initial sessions: recognition counselling only</source>
      <translation>Erstberatungen: nur Anerkennungsberatung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="59" />
      <source>Initial sessions: job-training counselling only</source>
      <translation>Erstberatungen: nur Qualifizierungsberatung</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="60" />
      <source>Initial sessions: recognition and job training combined</source>
      <translation>Erstberatungen: Anerkennung und Qualifizierung kombiniert</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="61" />
      <source>Fair Integration: individuals advised</source>
      <translation>Faire Integration: beratene Personen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="62" />
      <source>Fair Integration: group events</source>
      <translation>Faire Integration: Gruppenveranstaltungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="63" />
      <source>Fair Integration: participants in group events</source>
      <translation>Faire Integration: Teilnehmende an Gruppenveranstaltungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="64" />
      <source>Job-training schemes started: course-based</source>
      <translation>Begonnene Qualifizierungsmaßnahmen: kursförmig</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="65" />
      <source>Job-training schemes started: individually tailored</source>
      <translation>Begonnene Qualifizierungsmaßnahmen: individuell</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="66" />
      <source>Individuals commencing a job-training scheme</source>
      <translation>Personen, die eine Qualifizierungsmaßnahme beginnen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="67" />
      <source>Skilled worker networks: individuals reached</source>
      <translation>Fachkräftenetzwerke: erreichte Personen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="73" />
      <source>Successful completers (completed in %1)</source>
      <translation>Erfolgreich abgeschlossen (im %1)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="77" />
      <source>Initial sessions by reference occupation: %1</source>
      <translation>Erstberatungen nach Referenzberuf: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="79" />
      <source>Labour-market stakeholders</source>
      <translation>Arbeitsmarktakteure</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="80" />
      <source>Business stakeholders</source>
      <translation>Unternehmen und Wirtschaft</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="82" />
      <source>trainings</source>
      <translation>Schulungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="83" />
      <source>participants in trainings</source>
      <translation>Teilnehmende an Schulungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="84" />
      <source>other events</source>
      <translation>andere Veranstaltungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="85" />
      <source>participants in other events</source>
      <translation>Teilnehmende an anderen Veranstaltungen</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="86" />
      <source>consultations</source>
      <translation>Beratungen (Konsultationen)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="150" />
      <source>Figure</source>
      <translation>Kennzahl</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="150" />
      <source>Count</source>
      <translation>Anzahl</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="150" />
      <source>Cell key</source>
      <translation>Zellschlüssel</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="162" />
      <source>&amp;Table</source>
      <translation>&amp;Tabelle</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="163" />
      <source>&amp;Raw data (JSON)</source>
      <translation>&amp;Rohdaten (JSON)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="190" />
      <source>Data that was sent:</source>
      <translation>Gesendete Daten:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="192" />
      <source>Data that the server refused:</source>
      <translation>Vom Server abgelehnte Daten:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="194" />
      <source>Data that will be sent:</source>
      <translation>Daten, die gesendet werden:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="209" />
      <source>The cell key the server's disclosure control uses</source>
      <translation>Der Zellschlüssel, den die Geheimhaltung des Servers verwendet</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="214" />
      <source>Client record</source>
      <translation>Datensatz einer ratsuchenden Person</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="215" />
      <source>Counselling session of %1</source>
      <translation>Beratung vom %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="216" />
      <source>Job training starting %1</source>
      <translation>Qualifizierung ab %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="217" />
      <source>Group event of %1</source>
      <translation>Veranstaltung vom %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="218" />
      <source>Job-training scheme starting %1</source>
      <translation>Qualifizierungsmaßnahme ab %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="223" />
      <source>The site's figures of %1</source>
      <translation>Zahlen der Beratungsstelle für %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="226" />
      <source>Record: %1</source>
      <translation>Datensatz: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="239" />
      <source>No published figure counts this record (for example a follow-up session on recognition only, or an event for migrants on another topic than Fair Integration): nothing about it is sent.</source>
      <translation>Keine veröffentlichte Kennzahl zählt diesen Datensatz (zum Beispiel eine Folgeberatung nur zur Anerkennung oder eine Veranstaltung für Migrantinnen und Migranten zu einem anderen Thema als Faire Integration): nichts davon wird gesendet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="244" />
      <source>Nothing is sent for this record. A client's personal data never leaves the laptop; the site's figures count the client's sessions and job-training schemes without naming anyone.</source>
      <translation>Für diesen Datensatz wird nichts gesendet. Persönliche Daten einer ratsuchenden Person verlassen nie den Laptop; die Zahlen des Standorts zählen ihre Beratungen und Qualifizierungsmaßnahmen, ohne jemanden zu nennen.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="248" />
      <source>Nothing is counted for %1 yet.</source>
      <translation>Für %1 ist noch nichts gezählt.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="257" />
      <source> (version %1)</source>
      <translation> (Version %1)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="259" />
      <source>The quarter this record is counted in: %1</source>
      <translation>Das Quartal, in dem dieser Datensatz gezählt wird: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="261" />
      <source>Counts of %1</source>
      <translation>Zahlen für %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="265" />
      <source>✔ Sent: the server has it.</source>
      <translation>✔ Gesendet: Der Server hat ihn erhalten.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="269" />
      <source>⚠ In quarantine, not sent: %1</source>
      <translation>⚠ In Quarantäne, nicht gesendet: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="272" />
      <source>Waiting to be sent at the next sync.</source>
      <translation>Wartet auf das Senden bei der nächsten Synchronisation.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="284" />
      <source>The outbox could not be read.</source>
      <translation>Der Postausgang konnte nicht gelesen werden.</translation>
    </message>
  </context>
  <context>
    <name>WhatIsSentDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="316" />
      <source>What is sent</source>
      <translation>Was gesendet wird</translation>
    </message>
  </context>
  <context>
    <name>texts</name>
    <message>
      <location filename="../../iq_desktop/ui/shell/help.py" line="130" />
      <source>About IQ Desktop</source>
      <translation>Über IQ Desktop</translation>
    </message>
  </context>
</TS>