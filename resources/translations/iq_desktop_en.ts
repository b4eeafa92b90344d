<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>AccountPage</name>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="226" />
      <source>Your user name and passphrase</source>
      <translation>Your user name and passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="228" />
      <source>Choose a passphrase of at least 10 characters; a short sentence is easy to remember.</source>
      <translation>Choose a passphrase of at least 10 characters; a short sentence is easy to remember.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="231" />
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="233" />
      <source>&amp;User name:</source>
      <translation>&amp;User name:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="238" />
      <source>Creating the vault</source>
      <translation>Creating the vault</translation>
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
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="37" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="39" />
      <source>&amp;First name</source>
      <translation>&amp;First name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="40" />
      <source>&amp;Last name</source>
      <translation>&amp;Last name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="44" />
      <source>&amp;Birth date</source>
      <translation>&amp;Birth date</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="46" />
      <source>For example 31.12.1990; may be left empty</source>
      <translation>For example 31.12.1990; may be left empty</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="48" />
      <source>&amp;Gender</source>
      <translation>&amp;Gender</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="50" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="52" />
      <source>&amp;Phone</source>
      <translation>&amp;Phone</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="53" />
      <source>&amp;E-mail</source>
      <translation>&amp;E-mail</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="54" />
      <source>Post&amp;code</source>
      <translation>Post&amp;code</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="56" />
      <source>Background</source>
      <translation>Background</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="58" />
      <source>&amp;Nationality</source>
      <translation>&amp;Nationality</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="60" />
      <source>Country of &amp;qualification</source>
      <translation>Country of &amp;qualification</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="64" />
      <source>unknown</source>
      <translation>unknown</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="65" />
      <source>&amp;Year of arrival</source>
      <translation>&amp;Year of arrival</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="67" />
      <source>&amp;Residence status</source>
      <translation>&amp;Residence status</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="69" />
      <source>German &amp;level</source>
      <translation>German &amp;level</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="71" />
      <source>Q&amp;ualification</source>
      <translation>Q&amp;ualification</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="74" />
      <source>Reference &amp;occupation (KldB 2010)</source>
      <translation>Reference &amp;occupation (KldB 2010)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="77" />
      <source>not known</source>
      <translation>not known</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="78" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="79" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="80" />
      <source>Regulated &amp;profession</source>
      <translation>Regulated &amp;profession</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="82" />
      <source>Consent</source>
      <translation>Consent</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="84" />
      <source>Consent &amp;date</source>
      <translation>Consent &amp;date</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="88" />
      <source>Consent &amp;scope</source>
      <translation>Consent &amp;scope</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="89" />
      <source>— no consent recorded —</source>
      <translation>— no consent recorded —</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="91" />
      <source>Notes (stay on this laptop)</source>
      <translation>Notes (stay on this laptop)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="95" />
      <source>No&amp;tes</source>
      <translation>No&amp;tes</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="103" />
      <source>New client</source>
      <translation>New client</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/client_form.py" line="103" />
      <source>Client's personal data</source>
      <translation>Client's personal data</translation>
    </message>
  </context>
  <context>
    <name>ClientListPage</name>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="32" />
      <location filename="../../iq_desktop/ui/records/client_list.py" line="56" />
      <source>Clients</source>
      <translation>Clients</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="35" />
      <source>Type part of a name…</source>
      <translation>Type part of a name…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="36" />
      <source>Find a client by name</source>
      <translation>Find a client by name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="38" />
      <source>&amp;Find:</source>
      <translation>&amp;Find:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="40" />
      <source>&amp;New client</source>
      <translation>&amp;New client</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="41" />
      <source>New client (Ctrl+N)</source>
      <translation>New client (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_list.py" line="85" />
      <source>The first %1 clients; type a name to narrow the list.</source>
      <translation>The first %1 clients; type a name to narrow the list.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/records/client_list.py" line="87" />
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
      <location filename="../../iq_desktop/ui/records/client_page.py" line="128" />
      <source>← Back to the list</source>
      <translation>← Back to the list</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="129" />
      <source>New &amp;follow-up session</source>
      <translation>New &amp;follow-up session</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="130" />
      <source>New &amp;initial session</source>
      <translation>New &amp;initial session</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="131" />
      <source>New job &amp;training</source>
      <translation>New job &amp;training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="132" />
      <source>What is &amp;sent…</source>
      <translation>What is &amp;sent…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="133" />
      <source>Show what leaves the laptop for the selected session or training</source>
      <translation>Show what leaves the laptop for the selected session or training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="134" />
      <source>Erase (GDPR)…</source>
      <translation>Erase (GDPR)…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="146" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="146" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="146" />
      <source>Topics</source>
      <translation>Topics</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="146" />
      <source>Duration</source>
      <translation>Duration</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="147" />
      <location filename="../../iq_desktop/ui/records/client_page.py" line="154" />
      <source>Sessions</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="149" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="149" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="149" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="149" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="149" />
      <source>Scheme</source>
      <translation>Scheme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="151" />
      <location filename="../../iq_desktop/ui/records/client_page.py" line="155" />
      <source>Job trainings</source>
      <translation>Job trainings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="153" />
      <source>Undo changes</source>
      <translation>Undo changes</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="156" />
      <source>Personal data</source>
      <translation>Personal data</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="214" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="229" />
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
    <name>EnrolBox</name>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="44" />
      <source>Enrol this laptop with the regional server</source>
      <extracomment>A scanner types the URI one key at a time; it is read this long after the last key (or on Enter).</extracomment>
      <translation>Enrol this laptop with the regional server</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="53" />
      <source>optional: the network's CA certificate (.pem)</source>
      <translation>optional: the network's CA certificate (.pem)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="55" />
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="56" />
      <source>Choose the CA bundle file</source>
      <translation>Choose the CA bundle file</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="62" />
      <source>Server &amp;address</source>
      <translation>Server &amp;address</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="63" />
      <source>Enrolment c&amp;ode</source>
      <translation>Enrolment c&amp;ode</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="64" />
      <source>CA &amp;bundle</source>
      <translation>CA &amp;bundle</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="74" />
      <source>&amp;Enrol</source>
      <translation>&amp;Enrol</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="98" />
      <source>The network's CA certificate</source>
      <translation>The network's CA certificate</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="100" />
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="129" />
      <source>ℹ The server address was taken from the enrolment code.</source>
      <translation>ℹ The server address was taken from the enrolment code.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="138" />
      <source>⚠ The pasted or scanned text carries no enrolment code. Scan or paste it again, or type the code.</source>
      <translation>⚠ The pasted or scanned text carries no enrolment code. Scan or paste it again, or type the code.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="141" />
      <source>⚠ The server address in the pasted or scanned code is not a web address (https://…). Type the server address and the code.</source>
      <translation>⚠ The server address in the pasted or scanned code is not a web address (https://…). Type the server address and the code.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="143" />
      <source>⚠ The pasted or scanned enrolment code is incomplete or damaged. Scan or paste it again, or type the code.</source>
      <translation>⚠ The pasted or scanned enrolment code is incomplete or damaged. Scan or paste it again, or type the code.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="154" />
      <source>⚠ Enter the server address and the enrolment code.</source>
      <translation>⚠ Enter the server address and the enrolment code.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="157" />
      <source>Enrolling…</source>
      <translation>Enrolling…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="174" />
      <source>✔ Enrolled as site %1.</source>
      <translation>✔ Enrolled as site %1.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/enrol_form.py" line="184" />
      <source>⚠ Enrolment failed.</source>
      <translation>⚠ Enrolment failed.</translation>
    </message>
  </context>
  <context>
    <name>EraseDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="84" />
      <source>Erase this client (GDPR)</source>
      <extracomment>The client (None: erased meanwhile), their sessions and trainings, and the vault's schemes by id.</extracomment>
      <translation>Erase this client (GDPR)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="87" />
      <source>Erasing removes this person's personal data, sessions and job trainings from this laptop for good. The site's figures sent to the network are counted again without them. This cannot be undone.</source>
      <translation>Erasing removes this person's personal data, sessions and job trainings from this laptop for good. The site's figures sent to the network are counted again without them. This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="93" />
      <source>I understand that the data cannot be recovered</source>
      <translation>I understand that the data cannot be recovered</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/client_page.py" line="96" />
      <source>Erase permanently</source>
      <translation>Erase permanently</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="58" />
      <source>The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again.</source>
      <extracomment>``translate(source_text) -&gt; text in the user's language`` The Qt translation context of the texts below. Dialog texts by error class; the first class the error is an instance of wins.</extracomment>
      <translation>The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="60" />
      <source>There is no user with this name in this vault.</source>
      <translation>There is no user with this name in this vault.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="61" />
      <source>The vault file is damaged. Restore a backup, or ask your coordinator for help.</source>
      <translation>The vault file is damaged. Restore a backup, or ask your coordinator for help.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="63" />
      <source>The key file is damaged. Restore a backup, or open the vault with the recovery key.</source>
      <translation>The key file is damaged. Restore a backup, or open the vault with the recovery key.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="65" />
      <source>No vault was found in the data folder.</source>
      <translation>No vault was found in the data folder.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="66" />
      <source>A vault already exists in this data folder; it was not overwritten.</source>
      <translation>A vault already exists in this data folder; it was not overwritten.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="67" />
      <source>Your role does not allow this. Ask a coordinator.</source>
      <translation>Your role does not allow this. Ask a coordinator.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="68" />
      <source>The recovery key is not correct. Check each group of characters and try again.</source>
      <translation>The recovery key is not correct. Check each group of characters and try again.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="70" />
      <source>The passphrase is not strong enough. Use at least 10 characters, not a common word.</source>
      <translation>The passphrase is not strong enough. Use at least 10 characters, not a common word.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/services/messages.py" line="73" />
      <source>Please correct the following:</source>
      <translation>Please correct the following:</translation>
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
      <source>Group events</source>
      <translation>Group events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="38" />
      <source>&amp;New group event</source>
      <translation>&amp;New group event</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="41" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="41" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="41" />
      <source>Audience</source>
      <translation>Audience</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="41" />
      <source>Topic</source>
      <translation>Topic</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/events_page.py" line="41" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
  </context>
  <context>
    <name>FiguresPage</name>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="59" />
      <source>The site's figures</source>
      <translation>The site's figures</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="63" />
      <source>Counted from the records on this laptop, in the sections of the network's "IQ in figures", by quarter like the network's figures (a period is widened to whole quarters). Personal data is not shown or exported.</source>
      <translation>Counted from the records on this laptop, in the sections of the network's "IQ in figures", by quarter like the network's figures (a period is widened to whole quarters). Personal data is not shown or exported.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="72" />
      <source>this year</source>
      <translation>this year</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="73" />
      <source>last year</source>
      <translation>last year</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="74" />
      <source>this quarter</source>
      <translation>this quarter</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="75" />
      <source>last quarter</source>
      <translation>last quarter</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="76" />
      <source>custom period</source>
      <translation>custom period</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="81" />
      <source>&amp;Show</source>
      <translation>&amp;Show</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="82" />
      <source>Export &amp;CSV…</source>
      <translation>Export &amp;CSV…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="83" />
      <source>Export &amp;XLSX…</source>
      <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="88" />
      <source>&amp;Period</source>
      <translation>&amp;Period</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="88" />
      <source>&amp;From</source>
      <translation>&amp;From</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="88" />
      <source>&amp;To</source>
      <translation>&amp;To</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="104" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="373" />
      <source>Figure</source>
      <translation>Figure</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="104" />
      <source>Number</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="105" />
      <source>Figures</source>
      <translation>Figures</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="114" />
      <source>Chart: sessions per month by topic</source>
      <translation>Chart: sessions per month by topic</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="117" />
      <source>Chart: the most frequent reference occupations</source>
      <translation>Chart: the most frequent reference occupations</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="179" />
      <source>⚠ The period ends before it starts.</source>
      <translation>⚠ The period ends before it starts.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="186" />
      <source>Counting…</source>
      <translation>Counting…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="201" />
      <source>By quarter: %1</source>
      <translation>By quarter: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="241" />
      <source>x (suppressed)</source>
      <translation>x (suppressed)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="246" />
      <source>Initial advisory sessions</source>
      <translation>Initial advisory sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="247" />
      <location filename="../../iq_desktop/ui/figures/page.py" line="306" />
      <source>Fair Integration</source>
      <translation>Fair Integration</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="248" />
      <source>Job-training schemes in the context of the Recognition Act</source>
      <translation>Job-training schemes in the context of the Recognition Act</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="257" />
      <source>participants in trainings</source>
      <translation>participants in trainings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="258" />
      <source>participants in other events</source>
      <translation>participants in other events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="342" />
      <source>Most frequent reference occupations (initial sessions)</source>
      <translation>Most frequent reference occupations (initial sessions)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="252" />
      <source>Initial advisory sessions by federal state</source>
      <translation>Initial advisory sessions by federal state</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="249" />
      <source>Labour-market and business stakeholders</source>
      <translation>Labour-market and business stakeholders</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="250" />
      <source>Regional skilled worker networks – immigration</source>
      <translation>Regional skilled worker networks – immigration</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="251" />
      <source>Most frequent reference occupations (KldB 2010 occupational groups)</source>
      <translation>Most frequent reference occupations (KldB 2010 occupational groups)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="257" />
      <source>trainings</source>
      <translation>trainings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="257" />
      <source>other events</source>
      <translation>other events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="258" />
      <source>consultations</source>
      <translation>consultations</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="263" />
      <source>initial advisory sessions</source>
      <translation>initial advisory sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="266" />
      <source>of which combined recognition and job-training counselling</source>
      <translation>of which combined recognition and job-training counselling</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="267" />
      <source>individuals advised</source>
      <translation>individuals advised</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="268" />
      <source>group events</source>
      <translation>group events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="269" />
      <source>participants in these events</source>
      <translation>participants in these events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="264" />
      <source>of which recognition counselling only</source>
      <translation>of which recognition counselling only</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="265" />
      <source>of which job-training counselling only</source>
      <translation>of which job-training counselling only</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="270" />
      <source>job-training schemes started</source>
      <translation>job-training schemes started</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="271" />
      <source>of which course-based</source>
      <translation>of which course-based</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="272" />
      <source>of which individually tailored</source>
      <translation>of which individually tailored</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="273" />
      <source>individuals commencing</source>
      <translation>individuals commencing</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="274" />
      <source>successful completers (by today)</source>
      <translation>successful completers (by today)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="275" />
      <source>labour-market stakeholders</source>
      <translation>labour-market stakeholders</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="276" />
      <source>business stakeholders</source>
      <translation>business stakeholders</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="277" />
      <source>individuals reached</source>
      <translation>individuals reached</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="293" />
      <source>⚠ The figures could not be counted.</source>
      <translation>⚠ The figures could not be counted.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="301" />
      <source>Sessions per month by topic (a session with several topics counts in each)</source>
      <translation>Sessions per month by topic (a session with several topics counts in each)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="304" />
      <source>Recognition</source>
      <translation>Recognition</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="305" />
      <source>Job training</source>
      <translation>Job training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="345" />
      <source>Initial sessions</source>
      <translation>Initial sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="352" />
      <source>(none yet)</source>
      <translation>(none yet)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="373" />
      <source>Section</source>
      <translation>Section</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="373" />
      <source>Column</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="373" />
      <source>Value</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="379" />
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="379" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="380" />
      <source>Export the figures</source>
      <translation>Export the figures</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="390" />
      <source>Exporting…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="403" />
      <source>✔ Saved to %1</source>
      <translation>✔ Saved to %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/figures/page.py" line="408" />
      <source>⚠ The file could not be written. Choose another folder.</source>
      <translation>⚠ The file could not be written. Choose another folder.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="349" />
      <source>IQ Desktop – first start</source>
      <translation>IQ Desktop – first start</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="362" />
      <source>Creating the encrypted vault… this takes a few seconds.</source>
      <translation>Creating the encrypted vault… this takes a few seconds.</translation>
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
      <location filename="../../iq_desktop/ui/forms/labels.py" line="68" />
      <location filename="../../iq_desktop/ui/forms/labels.py" line="97" />
      <source>other</source>
      <translation>other</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="33" />
      <location filename="../../iq_desktop/ui/forms/labels.py" line="41" />
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
      <location filename="../../iq_desktop/ui/forms/labels.py" line="46" />
      <source>counselling</source>
      <translation>counselling</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="47" />
      <source>counselling and contact</source>
      <translation>counselling and contact</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="48" />
      <source>counselling, contact and referral</source>
      <translation>counselling, contact and referral</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="49" />
      <source>initial session</source>
      <translation>initial session</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="50" />
      <source>follow-up session</source>
      <translation>follow-up session</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="51" />
      <source>Recognition counselling</source>
      <translation>Recognition counselling</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="52" />
      <source>Job-training counselling</source>
      <translation>Job-training counselling</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="53" />
      <source>wages</source>
      <translation>wages</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="54" />
      <source>working time</source>
      <translation>working time</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="55" />
      <source>leave</source>
      <translation>leave</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="56" />
      <source>dismissal</source>
      <translation>dismissal</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="57" />
      <source>health insurance</source>
      <translation>health insurance</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="58" />
      <source>employment contract</source>
      <translation>employment contract</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="59" />
      <source>other labour-law question</source>
      <translation>other labour-law question</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="60" />
      <source>in person</source>
      <translation>in person</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="61" />
      <source>phone</source>
      <translation>phone</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="62" />
      <source>video</source>
      <translation>video</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="63" />
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="64" />
      <source>job centre</source>
      <translation>job centre</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="65" />
      <source>employment agency</source>
      <translation>employment agency</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="66" />
      <source>other counselling service</source>
      <translation>other counselling service</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="67" />
      <source>came on their own</source>
      <translation>came on their own</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="69" />
      <source>recognition application filed</source>
      <translation>recognition application filed</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="70" />
      <source>referred to the competent authority</source>
      <translation>referred to the competent authority</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="71" />
      <source>job training recommended</source>
      <translation>job training recommended</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="72" />
      <source>referred elsewhere</source>
      <translation>referred elsewhere</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="73" />
      <source>information given</source>
      <translation>information given</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="74" />
      <source>further session needed</source>
      <translation>further session needed</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="75" />
      <source>course-based</source>
      <translation>course-based</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="76" />
      <source>individual</source>
      <translation>individual</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="77" />
      <source>compensation measure</source>
      <translation>compensation measure</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="78" />
      <source>bridge training</source>
      <translation>bridge training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="79" />
      <source>ongoing</source>
      <translation>ongoing</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="80" />
      <source>completed successfully</source>
      <translation>completed successfully</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="81" />
      <source>dropped out</source>
      <translation>dropped out</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="82" />
      <source>information event</source>
      <translation>information event</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="83" />
      <source>workshop</source>
      <translation>workshop</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="84" />
      <source>training</source>
      <translation>training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="85" />
      <source>consultation</source>
      <translation>consultation</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="86" />
      <source>migrants</source>
      <translation>migrants</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="87" />
      <source>labour-market stakeholders</source>
      <translation>labour-market stakeholders</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="88" />
      <source>businesses</source>
      <translation>businesses</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="89" />
      <source>regional skilled worker networks – immigration</source>
      <translation>regional skilled worker networks – immigration</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="90" />
      <source>recognition</source>
      <translation>recognition</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="91" />
      <source>job training</source>
      <translation>job training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="92" />
      <source>Fair Integration</source>
      <translation>Fair Integration</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="93" />
      <source>intercultural competence</source>
      <translation>intercultural competence</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="94" />
      <source>anti-discrimination</source>
      <translation>anti-discrimination</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="95" />
      <source>skilled-worker recruitment</source>
      <translation>skilled-worker recruitment</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="96" />
      <source>organisational development</source>
      <translation>organisational development</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="98" />
      <source>counsellor</source>
      <translation>counsellor</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/labels.py" line="99" />
      <source>coordinator</source>
      <translation>coordinator</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="81" />
      <source>Sessions</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="82" />
      <source>Clients</source>
      <translation>Clients</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="83" />
      <source>Trainings</source>
      <translation>Trainings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="84" />
      <source>Events</source>
      <translation>Events</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="85" />
      <source>Sync</source>
      <translation>Sync</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="86" />
      <source>Figures</source>
      <translation>Figures</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="87" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="107" />
      <source>%1 – this screen is not available in this version yet.</source>
      <translation>%1 – this screen is not available in this version yet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="124" />
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="272" />
      <source>IQ Desktop</source>
      <translation>IQ Desktop</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="125" />
      <source>DEMO</source>
      <translation>DEMO</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="128" />
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="158" />
      <source>DEMO – synthetic records only; nothing here is real and nothing is kept.</source>
      <translation>DEMO – synthetic records only; nothing here is real and nothing is kept.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="197" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="199" />
      <source>&amp;New…</source>
      <translation>&amp;New…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="201" />
      <source>&amp;Lock</source>
      <translation>&amp;Lock</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="202" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="207" />
      <source>&amp;Edit</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="209" />
      <source>&amp;Find client…</source>
      <translation>&amp;Find client…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="212" />
      <source>&amp;Go</source>
      <translation>&amp;Go</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="217" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="218" />
      <source>&amp;About IQ Desktop</source>
      <translation>&amp;About IQ Desktop</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="273" />
      <source>This form is not available in this version yet.</source>
      <translation>This form is not available in this version yet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="313" />
      <source>Client</source>
      <translation>Client</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="362" />
      <source>About IQ Desktop</source>
      <translation>About IQ Desktop</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/main_window.py" line="363" />
      <source>IQ Desktop records counselling for the Network “Integration through Qualification (IQ)”. Personal data stays encrypted on this laptop; only the site's anonymous counts are sent.</source>
      <translation>IQ Desktop records counselling for the Network “Integration through Qualification (IQ)”. Personal data stays encrypted on this laptop; only the site's anonymous counts are sent.</translation>
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
      <location filename="../../iq_desktop/ui/records/models.py" line="73" />
      <location filename="../../iq_desktop/ui/records/models.py" line="76" />
      <source>Waiting</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="74" />
      <source>Sent</source>
      <translation>Sent</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="75" />
      <source>Quarantined</source>
      <translation>Quarantined</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="77" />
      <location filename="../../iq_desktop/ui/records/models.py" line="78" />
      <source>Not queued</source>
      <translation>Not queued</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="83" />
      <source>Initial</source>
      <translation>Initial</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="83" />
      <source>Follow-up</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="233" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="234" />
      <source>Client</source>
      <translation>Client</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="235" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="236" />
      <source>Topics</source>
      <translation>Topics</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="237" />
      <source>Sync state</source>
      <translation>Sync state</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="349" />
      <source>Name</source>
      <extracomment>name, year of birth, last contact (texts), id, year of birth, last contact (values, for sorting)</extracomment>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="349" />
      <source>Year of birth</source>
      <translation>Year of birth</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/models.py" line="349" />
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
    <name>OptionalDate</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/fields.py" line="84" />
      <source>Choose from a calendar (Alt+Down)</source>
      <translation>Choose from a calendar (Alt+Down)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/fields.py" line="85" />
      <source>Open calendar</source>
      <translation>Open calendar</translation>
    </message>
  </context>
  <context>
    <name>Passphrase</name>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="40" />
      <source>Use at least 10 characters.</source>
      <translation>Use at least 10 characters.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="41" />
      <source>Use at most 1024 characters.</source>
      <translation>Use at most 1024 characters.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="42" />
      <source>Do not begin or end the passphrase with a space.</source>
      <translation>Do not begin or end the passphrase with a space.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="43" />
      <source>Do not use control characters.</source>
      <translation>Do not use control characters.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="44" />
      <source>Use more different characters.</source>
      <translation>Use more different characters.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="45" />
      <source>This passphrase is too common; choose another one.</source>
      <translation>This passphrase is too common; choose another one.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="48" />
      <source>Very weak</source>
      <translation>Very weak</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="49" />
      <source>Weak</source>
      <translation>Weak</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="50" />
      <source>Fair</source>
      <translation>Fair</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="51" />
      <source>Good</source>
      <translation>Good</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="52" />
      <source>Strong</source>
      <translation>Strong</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="76" />
      <source>New passphrase</source>
      <translation>New passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="79" />
      <source>Repeat the passphrase</source>
      <translation>Repeat the passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="82" />
      <source>Passphrase strength</source>
      <translation>Passphrase strength</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="88" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="90" />
      <source>&amp;Repeat passphrase:</source>
      <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="99" />
      <source>Strength:</source>
      <translation>Strength:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="109" />
      <source>The two passphrases are not the same.</source>
      <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="152" />
      <source>IQ Desktop – recovery key</source>
      <translation>IQ Desktop – recovery key</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="158" />
      <source>With this key the vault can be opened when every passphrase is forgotten. Keep this sheet locked away, separate from the laptop. Anyone who has it can read the records.</source>
      <translation>With this key the vault can be opened when every passphrase is forgotten. Keep this sheet locked away, separate from the laptop. Anyone who has it can read the records.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="168" />
      <source>First user: %1</source>
      <translation>First user: %1</translation>
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
      <location filename="../../iq_desktop/ui/forms/base.py" line="91" />
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="92" />
      <source>Save (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="95" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="96" />
      <source>Close without saving (Esc)</source>
      <translation>Close without saving (Esc)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="256" />
      <source>The record was not saved. Please correct the marked fields.</source>
      <translation>The record was not saved. Please correct the marked fields.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/draft_support.py" line="70" />
      <source>ℹ Restored the unsaved entries from your last session. Save them or press Esc.</source>
      <translation>ℹ Restored the unsaved entries from your last session. Save them or press Esc.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="328" />
      <source>Saving…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="349" />
      <source>✔ Saved.</source>
      <translation>✔ Saved.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="363" />
      <source>The record was not saved.</source>
      <translation>The record was not saved.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="365" />
      <source>The record was not saved because of an unexpected problem.</source>
      <translation>The record was not saved because of an unexpected problem.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="375" />
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="376" />
      <source>This form has changes that are not saved yet.</source>
      <translation>This form has changes that are not saved yet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="379" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="380" />
      <source>Discard changes</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/base.py" line="381" />
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
      <location filename="../../iq_desktop/ui/access/unlock.py" line="271" />
      <source>Use the recovery key</source>
      <translation>Use the recovery key</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="275" />
      <source>Recovery key</source>
      <translation>Recovery key</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="279" />
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="281" />
      <source>&amp;Recovery key:</source>
      <translation>&amp;Recovery key:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="283" />
      <source>&amp;User:</source>
      <translation>&amp;User:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="292" />
      <source>Working</source>
      <translation>Working</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="297" />
      <source>Set new passphrase and unlock</source>
      <translation>Set new passphrase and unlock</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="301" />
      <source>Enter the recovery key and choose a new passphrase for the user.</source>
      <translation>Enter the recovery key and choose a new passphrase for the user.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyPage</name>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="272" />
      <source>Your recovery key</source>
      <translation>Your recovery key</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="275" />
      <source>If every passphrase is forgotten, only this key opens the vault. Print it or save it as PDF, and keep it locked away, not on this laptop.</source>
      <translation>If every passphrase is forgotten, only this key opens the vault. Print it or save it as PDF, and keep it locked away, not on this laptop.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="282" />
      <source>Recovery key</source>
      <translation>Recovery key</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="285" />
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="286" />
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="289" />
      <source>I have &amp;stored the recovery key safely</source>
      <translation>I have &amp;stored the recovery key safely</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="290" />
      <source>I have stored the recovery key safely</source>
      <translation>I have stored the recovery key safely</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="323" />
      <source>Save the recovery key as PDF</source>
      <translation>Save the recovery key as PDF</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="325" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="332" />
      <source>Saved to %1. Move the file off this laptop.</source>
      <translation>Saved to %1. Move the file off this laptop.</translation>
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
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="66" />
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="119" />
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="71" />
      <source>&amp;Client</source>
      <translation>&amp;Client</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="73" />
      <source>Type part of the name, then choose with the arrow keys and Enter</source>
      <translation>Type part of the name, then choose with the arrow keys and Enter</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="75" />
      <source>&amp;Date</source>
      <translation>&amp;Date</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="76" />
      <source>&amp;Kind</source>
      <translation>&amp;Kind</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="80" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="81" />
      <source>D&amp;uration</source>
      <translation>D&amp;uration</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="83" />
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="87" />
      <source>Topics</source>
      <translation>Topics</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="90" />
      <source>How</source>
      <translation>How</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="92" />
      <source>C&amp;hannel</source>
      <translation>C&amp;hannel</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="93" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="95" />
      <source>&amp;Interpreter</source>
      <translation>&amp;Interpreter</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="95" />
      <source>an interpreter took part</source>
      <translation>an interpreter took part</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="97" />
      <source>&amp;Referred by</source>
      <translation>&amp;Referred by</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="99" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="102" />
      <source>Outcomes</source>
      <translation>Outcomes</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="107" />
      <source>&amp;Next appointment</source>
      <translation>&amp;Next appointment</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="110" />
      <source>No&amp;tes (stay on this laptop)</source>
      <translation>No&amp;tes (stay on this laptop)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="119" />
      <source>New session</source>
      <translation>New session</translation>
    </message>
  </context>
  <context>
    <name>SessionListPage</name>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="54" />
      <source>Counselling sessions</source>
      <translation>Counselling sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="58" />
      <source>All time</source>
      <translation>All time</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="59" />
      <source>This month</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="60" />
      <source>Last 3 months</source>
      <translation>Last 3 months</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="61" />
      <source>This year</source>
      <translation>This year</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="62" />
      <source>Last year</source>
      <translation>Last year</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="66" />
      <source>All topics</source>
      <translation>All topics</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="75" />
      <source>Any sync state</source>
      <translation>Any sync state</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="76" />
      <source>Waiting</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="77" />
      <source>Sent</source>
      <translation>Sent</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="78" />
      <source>Quarantined</source>
      <translation>Quarantined</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="84" />
      <source>&amp;Period:</source>
      <translation>&amp;Period:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="84" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="85" />
      <source>&amp;Topic:</source>
      <translation>&amp;Topic:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="85" />
      <source>Topic</source>
      <translation>Topic</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="86" />
      <source>S&amp;ync state:</source>
      <translation>S&amp;ync state:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="86" />
      <source>Sync state</source>
      <translation>Sync state</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="96" />
      <source>&amp;New session</source>
      <translation>&amp;New session</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="97" />
      <source>New session (Ctrl+N)</source>
      <translation>New session (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="104" />
      <source>Sessions</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/session_list.py" line="128" />
      <source>Number of sessions</source>
      <translation>Number of sessions</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/records/session_list.py" line="158" />
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
      <location filename="../../iq_desktop/ui/settings/page.py" line="107" />
      <source>General</source>
      <translation>General</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="113" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="115" />
      <source>The window switches to the chosen language at once; it is remembered for the next start.</source>
      <translation>The window switches to the chosen language at once; it is remembered for the next start.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="120" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="123" />
      <source>&amp;Lock after idle time</source>
      <translation>&amp;Lock after idle time</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="126" />
      <source>not enrolled yet</source>
      <translation>not enrolled yet</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="127" />
      <source>Regional &amp;server</source>
      <translation>Regional &amp;server</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="128" />
      <source>To change the server, enrol this laptop again on the Sync page.</source>
      <translation>To change the server, enrol this laptop again on the Sync page.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="132" />
      <source>Your passphrase</source>
      <translation>Your passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="134" />
      <source>C&amp;urrent passphrase</source>
      <translation>C&amp;urrent passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="135" />
      <source>&amp;New passphrase</source>
      <translation>&amp;New passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="136" />
      <source>New passphrase a&amp;gain</source>
      <translation>New passphrase a&amp;gain</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="137" />
      <source>&amp;Change passphrase</source>
      <translation>&amp;Change passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="144" />
      <source>Users of this laptop</source>
      <translation>Users of this laptop</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="147" />
      <source>Users</source>
      <translation>Users</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="149" />
      <source>Add a user (coordinators)</source>
      <translation>Add a user (coordinators)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="151" />
      <source>User &amp;name</source>
      <translation>User &amp;name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="155" />
      <source>&amp;Role</source>
      <translation>&amp;Role</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="156" />
      <source>&amp;Passphrase</source>
      <translation>&amp;Passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="157" />
      <source>Passphrase &amp;again</source>
      <translation>Passphrase &amp;again</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="158" />
      <source>&amp;Add user</source>
      <translation>&amp;Add user</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="168" />
      <source>Backup</source>
      <translation>Backup</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="170" />
      <source>Save an encrypted &amp;backup…</source>
      <translation>Save an encrypted &amp;backup…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="178" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="226" />
      <location filename="../../iq_desktop/ui/settings/page.py" line="252" />
      <source>✔ Saved.</source>
      <translation>✔ Saved.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="260" />
      <source>That did not work because of an unexpected problem.</source>
      <translation>That did not work because of an unexpected problem.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="267" />
      <source>The two new passphrases are not the same.</source>
      <translation>The two new passphrases are not the same.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="270" />
      <source>Enter the current and the new passphrase.</source>
      <translation>Enter the current and the new passphrase.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="276" />
      <source>Changing… (this takes a few seconds)</source>
      <translation>Changing… (this takes a few seconds)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="282" />
      <source>✔ Your passphrase was changed.</source>
      <translation>✔ Your passphrase was changed.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="298" />
      <source>Enter a user name.</source>
      <translation>Enter a user name.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="301" />
      <source>The two passphrases are not the same.</source>
      <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="307" />
      <source>Adding… (this takes a few seconds)</source>
      <translation>Adding… (this takes a few seconds)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="313" />
      <source>✔ The user was added. They sign in with their own passphrase.</source>
      <translation>✔ The user was added. They sign in with their own passphrase.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="335" />
      <source>Save an encrypted backup</source>
      <extracomment>Tests set a fast KDF here; the app leaves it None (the vault's calibrated default).</extracomment>
      <translation>Save an encrypted backup</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="335" />
      <source>IQ backups (*.tar);;All files (*)</source>
      <translation>IQ backups (*.tar);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="345" />
      <source>Saving the backup…</source>
      <translation>Saving the backup…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="349" />
      <source>✔ Saved to %1</source>
      <translation>✔ Saved to %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/settings/page.py" line="354" />
      <source>⚠ The backup could not be written. Choose another folder.</source>
      <translation>⚠ The backup could not be written. Choose another folder.</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="62" />
      <source>Connection</source>
      <translation>Connection</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="63" />
      <source>Figures waiting to be sent</source>
      <translation>Figures waiting to be sent</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="64" />
      <source>Last successful sync</source>
      <translation>Last successful sync</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="66" />
      <source>Signed in as</source>
      <translation>Signed in as</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="75" />
      <source>coordinator</source>
      <translation>coordinator</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="75" />
      <source>counsellor</source>
      <translation>counsellor</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="76" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="102" />
      <source>Connection not checked</source>
      <translation>Connection not checked</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="104" />
      <source>Online</source>
      <translation>Online</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="106" />
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="111" />
      <source>Waiting: …</source>
      <translation>Waiting: …</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="113" />
      <source>Nothing waiting to be sent</source>
      <translation>Nothing waiting to be sent</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="115" />
      <source>%n period(s) of figures waiting to be sent</source>
      <translation>
        <numerusform>%n period of figures waiting to be sent</numerusform>
        <numerusform>%n periods of figures waiting to be sent</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="119" />
      <source>Never synced</source>
      <translation>Never synced</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/shell/status_bar.py" line="122" />
      <source>Last sync: %1</source>
      <translation>Last sync: %1</translation>
    </message>
  </context>
  <context>
    <name>SyncPanel</name>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="94" />
      <source>ℹ Only a coordinator can start a sync, retry or enrol this laptop.</source>
      <translation>ℹ Only a coordinator can start a sync, retry or enrol this laptop.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="98" />
      <source>Sync &amp;now</source>
      <translation>Sync &amp;now</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="99" />
      <source>&amp;Cancel sync</source>
      <translation>&amp;Cancel sync</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="102" />
      <source>Sync progress</source>
      <translation>Sync progress</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="106" />
      <source>No sync in this session yet.</source>
      <translation>No sync in this session yet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="108" />
      <source>Send the site's figures</source>
      <translation>Send the site's figures</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="118" />
      <source>Quarantine: figures the server refused</source>
      <translation>Quarantine: figures the server refused</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="121" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="121" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="121" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="121" />
      <source>Quarantine</source>
      <translation>Quarantine</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="121" />
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="123" />
      <source>&amp;Retry selected</source>
      <translation>&amp;Retry selected</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="124" />
      <source>Retry &amp;all</source>
      <translation>Retry &amp;all</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="125" />
      <source>What is &amp;sent…</source>
      <translation>What is &amp;sent…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="134" />
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="138" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="139" />
      <source>Sent</source>
      <translation>Sent</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="140" />
      <source>Duplicates</source>
      <translation>Duplicates</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="141" />
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="142" />
      <source>Still waiting</source>
      <translation>Still waiting</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="143" />
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="145" />
      <source>Sync history</source>
      <translation>Sync history</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="156" />
      <source>Sync</source>
      <translation>Sync</translation>
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
      <location filename="../../iq_desktop/ui/sync/panel.py" line="369" />
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
      <location filename="../../iq_desktop/ui/sync/panel.py" line="314" />
      <source>Sent: %1</source>
      <translation>Sent: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="315" />
      <source>duplicates: %1</source>
      <translation>duplicates: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="316" />
      <source>rejected: %1</source>
      <translation>rejected: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="317" />
      <source>still waiting: %1</source>
      <translation>still waiting: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="327" />
      <source>Cancelled.</source>
      <translation>Cancelled.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/panel.py" line="332" />
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
      <location filename="../../iq_desktop/ui/forms/session_form.py" line="40" />
      <source>Fair Integration</source>
      <translation>Fair Integration</translation>
    </message>
  </context>
  <context>
    <name>TrainingForm</name>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="29" />
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="59" />
      <source>Job training</source>
      <translation>Job training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="34" />
      <source>&amp;Participant</source>
      <translation>&amp;Participant</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="36" />
      <source>Type part of the name, then choose with the arrow keys and Enter</source>
      <translation>Type part of the name, then choose with the arrow keys and Enter</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="41" />
      <source>S&amp;cheme</source>
      <translation>S&amp;cheme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="43" />
      <source>The course or individual scheme this participation belongs to</source>
      <translation>The course or individual scheme this participation belongs to</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="46" />
      <source>&amp;Type</source>
      <translation>&amp;Type</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="47" />
      <source>&amp;Format</source>
      <translation>&amp;Format</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="48" />
      <source>&amp;Start</source>
      <translation>&amp;Start</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="50" />
      <source>&amp;End</source>
      <translation>&amp;End</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="50" />
      <source>Leave empty while the training is ongoing</source>
      <translation>Leave empty while the training is ongoing</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="52" />
      <source>S&amp;tatus</source>
      <translation>S&amp;tatus</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/forms/training_form.py" line="59" />
      <source>New job training</source>
      <translation>New job training</translation>
    </message>
  </context>
  <context>
    <name>TrainingsPage</name>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="43" />
      <source>Job trainings</source>
      <translation>Job trainings</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="46" />
      <source>&amp;New job training</source>
      <translation>&amp;New job training</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="50" />
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="51" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="52" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="56" />
      <source>Scheme</source>
      <translation>Scheme</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="53" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="54" />
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/records/trainings_page.py" line="55" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>UnlockWindow</name>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="81" />
      <source>IQ Desktop – Unlock</source>
      <extracomment>Seconds to wait after the n-th failed attempt (n = 1, 2, ...); the last value repeats.</extracomment>
      <translation>IQ Desktop – Unlock</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="84" />
      <source>Unlock the vault</source>
      <translation>Unlock the vault</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="86" />
      <source>Your records are encrypted. Choose your user name and enter your passphrase.</source>
      <translation>Your records are encrypted. Choose your user name and enter your passphrase.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="90" />
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="94" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="97" />
      <source>&amp;User:</source>
      <translation>&amp;User:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="99" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="105" />
      <location filename="../../iq_desktop/ui/access/unlock.py" line="107" />
      <source>Unlock</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="110" />
      <source>Forgot passphrase? Use the recovery key…</source>
      <translation>Forgot passphrase? Use the recovery key…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="113" />
      <source>Use the recovery key</source>
      <translation>Use the recovery key</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="120" />
      <source>Working</source>
      <translation>Working</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="125" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="189" />
      <source>Please enter your passphrase.</source>
      <translation>Please enter your passphrase.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/unlock.py" line="191" />
      <source>Unlocking…</source>
      <translation>Unlocking…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../iq_desktop/ui/access/unlock.py" line="231" />
      <source>Please wait %n second(s) before the next attempt.</source>
      <translation>
        <numerusform>Please wait %n second before the next attempt.</numerusform>
        <numerusform>Please wait %n seconds before the next attempt.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="203" />
      <source>Welcome to IQ Desktop</source>
      <translation>Welcome to IQ Desktop</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="206" />
      <source>IQ Desktop records counselling sessions, trainings and group events on this laptop, encrypted. Only de-identified figures are ever sent to the regional network.

First you create the vault: your user name (you will be its coordinator) and a passphrase. Then you get a recovery key to keep safe on paper.</source>
      <translation>IQ Desktop records counselling sessions, trainings and group events on this laptop, encrypted. Only de-identified figures are ever sent to the regional network.

First you create the vault: your user name (you will be its coordinator) and a passphrase. Then you get a recovery key to keep safe on paper.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/access/first_run.py" line="213" />
      <source>Data folder: %1</source>
      <translation>Data folder: %1</translation>
    </message>
  </context>
  <context>
    <name>WhatIsSent</name>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="81" />
      <source>Data that is sent</source>
      <translation>Data that is sent</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="83" />
      <source>&amp;Data that is sent (JSON):</source>
      <translation>&amp;Data that is sent (JSON):</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="99" />
      <source>Loading…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="64" />
      <source>Nothing about a person or a single record leaves this laptop. The site sends counts only: for each quarter, half-year and year, how many sessions, people, schemes and events each published figure counts. Below is exactly what is sent for one period.</source>
      <extracomment>What :func:`_fetch` answers: the quarter the record is counted in, and that quarter's item. And whether any figure counts the record at all.</extracomment>
      <translation>Nothing about a person or a single record leaves this laptop. The site sends counts only: for each quarter, half-year and year, how many sessions, people, schemes and events each published figure counts. Below is exactly what is sent for one period.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="111" />
      <source>No published figure counts this record (for example a follow-up session on recognition only, or an event for migrants on another topic than Fair Integration): nothing about it is sent.</source>
      <translation>No published figure counts this record (for example a follow-up session on recognition only, or an event for migrants on another topic than Fair Integration): nothing about it is sent.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="116" />
      <source>Nothing is sent for this record. A client's personal data never leaves the laptop; the site's figures count the client's sessions and job-training schemes without naming anyone.</source>
      <translation>Nothing is sent for this record. A client's personal data never leaves the laptop; the site's figures count the client's sessions and job-training schemes without naming anyone.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="120" />
      <source>Nothing is counted for %1 yet.</source>
      <translation>Nothing is counted for %1 yet.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="127" />
      <source> (version %1)</source>
      <translation> (version %1)</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="129" />
      <source>The quarter this record is counted in: %1</source>
      <translation>The quarter this record is counted in: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="131" />
      <source>Counts of %1</source>
      <translation>Counts of %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="135" />
      <source>✔ Sent: the server has it.</source>
      <translation>✔ Sent: the server has it.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="139" />
      <source>⚠ In quarantine, not sent: %1</source>
      <translation>⚠ In quarantine, not sent: %1</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="142" />
      <source>Waiting to be sent at the next sync.</source>
      <translation>Waiting to be sent at the next sync.</translation>
    </message>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="154" />
      <source>The outbox could not be read.</source>
      <translation>The outbox could not be read.</translation>
    </message>
  </context>
  <context>
    <name>WhatIsSentDialog</name>
    <message>
      <location filename="../../iq_desktop/ui/sync/what_is_sent.py" line="169" />
      <source>What is sent</source>
      <translation>What is sent</translation>
    </message>
  </context>
</TS>