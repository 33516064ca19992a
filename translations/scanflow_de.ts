<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthorizationDialog</name>
    <message>
        <source>Users who saved private data in Workplace:</source>
        <translation>Benutzer, die in Workplace private Daten gespeichert haben:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>The server on &amp;this computer (embedded)</source>
        <translation>Der Server auf &amp;diesem Computer (eingebettet)</translation>
    </message>
    <message>
        <source>A &amp;remote ScanFlow server</source>
        <translation>Ein &amp;entfernter ScanFlow-Server</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>sf_…</source>
        <translation>sf_…</translation>
    </message>
    <message>
        <source>&amp;Remember the key in the system keychain</source>
        <translation>Schlüssel im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Trust this &amp;root for this server</source>
        <translation>Diesem &amp;Stamm für diesen Server vertrauen</translation>
    </message>
</context>
<context>
    <name>JsonTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the template is empty</source>
        <translation>die Vorlage ist leer</translation>
    </message>
    <message>
        <source>not well-formed XML at character %1: %2</source>
        <translation>kein wohlgeformtes XML bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Wird zugestellt</translation>
    </message>
    <message>
        <source>Never delivered</source>
        <translation>Noch nie zugestellt</translation>
    </message>
    <message>
        <source>no answer from the server</source>
        <translation>keine Antwort vom Server</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n Element}</numerusform>
            <numerusform>{%n Elemente}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Eintrag]</numerusform>
            <numerusform>[%n Einträge]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestDeliveryDialog</name>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Use &amp;sample</source>
        <translation>&amp;Beispiel verwenden</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>optional: the user whose private values and credentials are used</source>
        <translation>optional: der Benutzer, dessen private Werte und Zugangsdaten verwendet werden</translation>
    </message>
    <message>
        <source>Terminal values:</source>
        <translation>Terminalwerte:</translation>
    </message>
    <message>
        <source>Terminal key</source>
        <translation>Terminalschlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add terminal value</source>
        <translation>Terminalwert hinzufügen</translation>
    </message>
</context>
<context>
    <name>UseCaseTemplates</name>
    <message>
        <source>It needs an OAuth provider: open it as a new workflow, fill in the provider&apos;s endpoints and client ID, save it and authorize it.</source>
        <translation>Er braucht einen OAuth-Anbieter: als neuen Workflow öffnen, die Endpunkte des Anbieters und die Client-ID eintragen, speichern und autorisieren.</translation>
    </message>
    <message>
        <source>Each user gives their own part in Workplace: open it as a new workflow, save it, and authorize it there.</source>
        <translation>Jeder Benutzer gibt seinen Teil im Workplace an: als neuen Workflow öffnen, speichern und dort autorisieren.</translation>
    </message>
    <message>
        <source>Simple file upload</source>
        <translation>Einfaches Hochladen einer Datei</translation>
    </message>
    <message>
        <source>The endpoint only needs a file upload.</source>
        <translation>Der Endpunkt braucht nur das Hochladen einer Datei.</translation>
    </message>
    <message>
        <source>Upload with a static API key header</source>
        <translation>Hochladen mit festem API-Schlüssel-Header</translation>
    </message>
    <message>
        <source>The endpoint expects a header such as X-API-Key.</source>
        <translation>Der Endpunkt erwartet einen Header wie X-API-Key.</translation>
    </message>
    <message>
        <source>Shared Basic authentication</source>
        <translation>Gemeinsame Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>One shared account is enough for the whole workflow.</source>
        <translation>Ein gemeinsames Konto genügt für den ganzen Workflow.</translation>
    </message>
    <message>
        <source>It needs the shared login and password: open it as a new workflow and fill them in.</source>
        <translation>Er braucht den gemeinsamen Benutzernamen und das Passwort: als neuen Workflow öffnen und beides eintragen.</translation>
    </message>
    <message>
        <source>Shared OAuth 2.0</source>
        <translation>Gemeinsames OAuth 2.0</translation>
    </message>
    <message>
        <source>One shared OAuth authorization is used for all of the workflow&apos;s users.</source>
        <translation>Eine gemeinsame OAuth-Autorisierung gilt für alle Benutzer des Workflows.</translation>
    </message>
    <message>
        <source>User-specific OAuth 2.0</source>
        <translation>Benutzerspezifisches OAuth 2.0</translation>
    </message>
    <message>
        <source>Each user must deliver with their own OAuth account.</source>
        <translation>Jeder Benutzer muss mit seinem eigenen OAuth-Konto zustellen.</translation>
    </message>
    <message>
        <source>User-specific Basic authentication</source>
        <translation>Benutzerspezifische Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>Each user has their own Basic credentials.</source>
        <translation>Jeder Benutzer hat eigene Basic-Zugangsdaten.</translation>
    </message>
    <message>
        <source>Shared authentication plus a user&apos;s value</source>
        <translation>Gemeinsame Authentifizierung plus ein Wert des Benutzers</translation>
    </message>
    <message>
        <source>All users share the technical authentication, but each sends a business value of their own, such as a customer code.</source>
        <translation>Alle Benutzer teilen die technische Authentifizierung, aber jeder sendet einen eigenen fachlichen Wert, etwa eine Kundennummer.</translation>
    </message>
    <message>
        <source>Create a record, then upload</source>
        <translation>Erst einen Datensatz anlegen, dann hochladen</translation>
    </message>
    <message>
        <source>The API needs a record ID before the upload: the first request&apos;s answer gives jobId.</source>
        <translation>Die API braucht vor dem Hochladen eine Datensatz-ID: die Antwort der ersten Anfrage liefert jobId.</translation>
    </message>
    <message>
        <source>Upload, then confirm</source>
        <translation>Hochladen, dann bestätigen</translation>
    </message>
    <message>
        <source>The upload&apos;s answer gives uploadId, which a later request uses to finish the upload.</source>
        <translation>Die Antwort auf das Hochladen liefert uploadId, mit der eine spätere Anfrage das Hochladen abschließt.</translation>
    </message>
    <message>
        <source>Raw binary upload</source>
        <translation>Rohes binäres Hochladen</translation>
    </message>
    <message>
        <source>The endpoint takes the file as the whole request body.</source>
        <translation>Der Endpunkt nimmt die Datei als ganzen Anfragerumpf.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ScanFlow: scan-workflow designer and delivery server.</source>
        <translation>ScanFlow: Designer für Scan-Workflows und Zustellserver.</translation>
    </message>
    <message>
        <source>Data folder of the embedded server.</source>
        <translation>Datenordner des eingebetteten Servers.</translation>
    </message>
    <message>
        <source>Key file for stored secrets when there is no OS keychain.</source>
        <translation>Schlüsseldatei für gespeicherte Geheimnisse, wenn es keinen Systemschlüsselbund gibt.</translation>
    </message>
    <message>
        <source>Manage a remote scanflowd at this URL.</source>
        <translation>Einen entfernten scanflowd unter dieser URL verwalten.</translation>
    </message>
    <message>
        <source>The remote server&apos;s API key.</source>
        <translation>API-Schlüssel des entfernten Servers.</translation>
    </message>
    <message>
        <source>ScanFlow</source>
        <translation>ScanFlow</translation>
    </message>
    <message>
        <source>The embedded server did not start: %1</source>
        <translation>Der eingebettete Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The first start made the user &quot;admin&quot; with the password

%1

It is shown once: keep it safe. Users sign in to Workplace with it.</source>
        <translation>Beim ersten Start wurde der Benutzer „admin“ mit dem Passwort

%1

angelegt. Es wird nur einmal angezeigt: Bewahren Sie es sicher auf. Benutzer melden sich damit in Workplace an.</translation>
    </message>
    <message>
        <source>Secrets cannot be stored: %1</source>
        <translation>Geheimnisse können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>no key is kept for %1</source>
        <translation>für %1 ist kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>The remembered server %1 was not connected (%2); this is the server on this computer. Use File › Connect to server to choose again.</source>
        <translation>Der gespeicherte Server %1 wurde nicht verbunden (%2); dies ist der Server auf diesem Computer. Wählen Sie über Datei › Mit Server verbinden erneut.</translation>
    </message>
    <message>
        <source>Open only Workplace, where users authorize their private destinations.</source>
        <translation>Nur Workplace öffnen, wo Benutzer ihre privaten Ziele autorisieren.</translation>
    </message>
</context>
<context>
    <name>scanflow::AccessControlsPage</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Group DN</source>
        <translation>Gruppen-DN</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>Anbieter-ID</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Konto-Domäne</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Add access control</source>
        <translation>Zugriffssteuerung hinzufügen</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Vergeben an</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>Einen Benutzer</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Eine Gruppe</translation>
    </message>
    <message>
        <source>User or group name</source>
        <translation>Benutzer- oder Gruppenname</translation>
    </message>
    <message>
        <source>for a directory group</source>
        <translation>für eine Verzeichnisgruppe</translation>
    </message>
    <message>
        <source>Provider ID: &quot;%1&quot; is not a number.</source>
        <translation>Anbieter-ID: „%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>scanflow::ApiClient</name>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>scanflow::ApiKeysPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key starts with</source>
        <translation>Schlüssel beginnt mit</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Unauthenticated requests</source>
        <translation>Nicht authentifizierte Anfragen</translation>
    </message>
    <message>
        <source>Untrusted endpoints</source>
        <translation>Nicht vertrauenswürdige Endpunkte</translation>
    </message>
    <message>
        <source>Advanced API permissions</source>
        <translation>Erweiterte API-Berechtigungen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>what or who uses it</source>
        <translation>wer oder was ihn verwendet</translation>
    </message>
    <message>
        <source>Allow unauthenticated requests (no user token)</source>
        <translation>Nicht authentifizierte Anfragen erlauben (ohne Benutzertoken)</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot;</source>
        <translation>API-Schlüssel „%1“</translation>
    </message>
    <message>
        <source>This is the only time the key is shown. Copy it now and keep it safe; if it is lost, delete it and create another.</source>
        <translation>Der Schlüssel wird nur dieses eine Mal angezeigt. Kopieren Sie ihn jetzt und bewahren Sie ihn sicher auf; geht er verloren, löschen Sie ihn und erstellen einen neuen.</translation>
    </message>
    <message>
        <source>Names users</source>
        <translation>Nennt Benutzer</translation>
    </message>
    <message>
        <source>Allow untrusted endpoints (password sign-in without a trusted device)</source>
        <translation>Nicht vertrauenswürdige Endpunkte erlauben (Anmeldung mit Passwort ohne vertrauenswürdiges Gerät)</translation>
    </message>
    <message>
        <source>May name the user a delivery is for (terminal integrations)</source>
        <translation>Darf den Benutzer einer Zustellung nennen (Terminal-Anbindungen)</translation>
    </message>
    <message>
        <source>The key is shown once, when it is made. A key cannot give a setting or a permission the key in use, or the signed-in user, lacks.</source>
        <translation>Der Schlüssel wird einmal angezeigt, wenn er erstellt wird. Ein Schlüssel kann keine Einstellung und keine Berechtigung vergeben, die dem verwendeten Schlüssel oder dem angemeldeten Benutzer fehlt.</translation>
    </message>
</context>
<context>
    <name>scanflow::AuthProvidersPage</name>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>LDAP</source>
        <translation>LDAP</translation>
    </message>
    <message>
        <source>Microsoft Entra ID</source>
        <translation>Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Okta</source>
        <translation>Okta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The local provider always exists; it cannot be deleted.</source>
        <translation>Der lokale Anbieter existiert immer; er kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Add authentication provider</source>
        <translation>Authentifizierungsanbieter hinzufügen</translation>
    </message>
    <message>
        <source>Edit authentication provider &quot;%1&quot;</source>
        <translation>Authentifizierungsanbieter „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>acme.com, …</source>
        <translation>acme.de, …</translation>
    </message>
    <message>
        <source>Configuration (JSON)</source>
        <translation>Konfiguration (JSON)</translation>
    </message>
    <message>
        <source>Bind password or client secret</source>
        <translation>Bind-Passwort oder Client-Geheimnis</translation>
    </message>
    <message>
        <source>unchanged when empty</source>
        <translation>unverändert, wenn leer</translation>
    </message>
    <message>
        <source>Configuration (JSON): not a JSON object.</source>
        <translation>Konfiguration (JSON): kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Priority: &quot;%1&quot; is not a number.</source>
        <translation>Priorität: „%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>scanflow::AuthorizationDialog</name>
    <message>
        <source>Authorization of &quot;%1&quot;</source>
        <translation>Autorisierung von „%1“</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared OAuth 2.0 authorization&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gemeinsame OAuth-2.0-Autorisierung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider:</source>
        <translation>Beim Anbieter zu registrierende Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>&amp;Authorize…</source>
        <translation>&amp;Autorisieren…</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <source>Re-&amp;authorize…</source>
        <translation>Erneut &amp;autorisieren…</translation>
    </message>
    <message>
        <source>Not authorized: %1</source>
        <translation>Nicht autorisiert: %1</translation>
    </message>
    <message>
        <source>Authorized. Deliveries of this workflow now use this authorization.</source>
        <translation>Autorisiert. Zustellungen dieses Workflows verwenden jetzt diese Autorisierung.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoke the shared authorization of &quot;%1&quot;? Its deliveries fail until it is authorized again.</source>
        <translation>Die gemeinsame Autorisierung von „%1“ widerrufen? Seine Zustellungen schlagen fehl, bis er erneut autorisiert ist.</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Widerrufen.</translation>
    </message>
</context>
<context>
    <name>scanflow::CertificatesPage</name>
    <message>
        <source>Trusted CA</source>
        <translation>Vertrauenswürdige CA</translation>
    </message>
    <message>
        <source>Private chain</source>
        <translation>Privates Zertifikat</translation>
    </message>
    <message>
        <source>Root authority</source>
        <translation>Stammzertifizierungsstelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Import CA…</source>
        <translation>CA importieren…</translation>
    </message>
    <message>
        <source>Import chain…</source>
        <translation>Zertifikatskette importieren…</translation>
    </message>
    <message>
        <source>Create self-signed…</source>
        <translation>Selbstsigniert erstellen…</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>A root authority goes with the chain it signed; delete that chain instead.</source>
        <translation>Eine Stammzertifizierungsstelle gehört zu der Kette, die sie signiert hat; löschen Sie stattdessen diese Kette.</translation>
    </message>
    <message>
        <source>Import a CA certificate</source>
        <translation>CA-Zertifikat importieren</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PEM or DER. Clients and destinations whose certificates it signed are then trusted.</source>
        <translation>PEM oder DER. Clients und Ziele, deren Zertifikate es signiert hat, gelten dann als vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Certificate file: cannot read &quot;%1&quot;%2</source>
        <translation>Zertifikatsdatei: „%1“ kann nicht gelesen werden%2</translation>
    </message>
    <message>
        <source>: over 1 MiB</source>
        <translation>: größer als 1 MiB</translation>
    </message>
    <message>
        <source>CA certificate imported.</source>
        <translation>CA-Zertifikat importiert.</translation>
    </message>
    <message>
        <source>Import a private certificate chain</source>
        <translation>Private Zertifikatskette importieren</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>Schlüsselspeicher</translation>
    </message>
    <message>
        <source>PKCS #12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS #12 (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation>Passwort des Schlüsselspeichers</translation>
    </message>
    <message>
        <source>The chain serves HTTPS at once. Its private key is kept sealed on the server.</source>
        <translation>Die Kette bedient sofort HTTPS. Ihr privater Schlüssel wird versiegelt auf dem Server verwahrt.</translation>
    </message>
    <message>
        <source>Certificate chain imported.</source>
        <translation>Zertifikatskette importiert.</translation>
    </message>
    <message>
        <source>Create a self-signed certificate chain</source>
        <translation>Selbstsignierte Zertifikatskette erstellen</translation>
    </message>
    <message>
        <source>Host names and addresses</source>
        <translation>Hostnamen und Adressen</translation>
    </message>
    <message>
        <source>scan.example.com, 10.0.0.7</source>
        <translation>scan.example.com, 10.0.0.7</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Gültig für (Tage)</translation>
    </message>
    <message>
        <source>The server makes a root authority and a certificate it signs for these names. Clients trust it once they trust the root (listed here as a root authority).</source>
        <translation>Der Server erstellt eine Stammzertifizierungsstelle und ein von ihr signiertes Zertifikat für diese Namen. Clients vertrauen ihm, sobald sie der Stammstelle vertrauen (hier als Stammzertifizierungsstelle aufgeführt).</translation>
    </message>
    <message>
        <source>Certificate chain created.</source>
        <translation>Zertifikatskette erstellt.</translation>
    </message>
</context>
<context>
    <name>scanflow::ConnectDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Server URL: &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>Server-URL: „%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>API key: a key is needed to manage a remote server.</source>
        <translation>API-Schlüssel: zum Verwalten eines entfernten Servers ist ein Schlüssel nötig.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Connected to %1 %2 (%3 database).</source>
        <translation>Verbunden mit %1 %2 (Datenbank %3).</translation>
    </message>
    <message>
        <source>The key could not be kept in the keychain: %1</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Trust this &amp;root for this server</source>
        <translation>Diesem &amp;Stamm für diesen Server vertrauen</translation>
    </message>
    <message>
        <source>Refused: the root certificate of %1 has changed.
Trusted: %2, SHA-256 %3
Now: %4, SHA-256 %5
If the server&apos;s certificates were made anew on purpose, trust the new root; otherwise someone may be between you and the server.</source>
        <translation>Abgelehnt: das Stammzertifikat von %1 hat sich geändert.
Vertraut: %2, SHA-256 %3
Jetzt: %4, SHA-256 %5
Wurden die Zertifikate des Servers absichtlich neu erstellt, vertrauen Sie dem neuen Stamm; sonst steht womöglich jemand zwischen Ihnen und dem Server.</translation>
    </message>
    <message>
        <source>Trust the &amp;new root for this server</source>
        <translation>Dem &amp;neuen Stamm für diesen Server vertrauen</translation>
    </message>
    <message>
        <source>Not connected: %1
The server does not send its root certificate (the chain ends at &quot;%2&quot;), so it cannot be trusted from here; import the root into the system&apos;s certificates.</source>
        <translation>Nicht verbunden: %1
Der Server sendet sein Stammzertifikat nicht (die Kette endet bei „%2“), daher kann ihm von hier nicht vertraut werden; importieren Sie den Stamm in die Zertifikate des Systems.</translation>
    </message>
    <message>
        <source>This computer does not trust the server&apos;s certificate (%3). Its root is
%1
SHA-256 %2
Compare the fingerprint with the one the server printed when it started (&quot;tls root: …&quot;) before trusting it.</source>
        <translation>Dieser Computer vertraut dem Zertifikat des Servers nicht (%3). Sein Stamm ist
%1
SHA-256 %2
Vergleichen Sie den Fingerabdruck mit dem, den der Server beim Start ausgab („tls root: …“), bevor Sie ihm vertrauen.</translation>
    </message>
</context>
<context>
    <name>scanflow::ConnectionSection</name>
    <message>
        <source>larger than 1 MiB; not a certificate</source>
        <translation>größer als 1 MiB; kein Zertifikat</translation>
    </message>
    <message>
        <source>not a PEM certificate</source>
        <translation>kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid until %3</source>
        <translation>%1, ausgestellt von %2, gültig bis %3</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Change connect timeout</source>
        <translation>Verbindungs-Timeout ändern</translation>
    </message>
    <message>
        <source>How long to wait for a connection; default: the transfer timeout.</source>
        <translation>Wie lange auf eine Verbindung gewartet wird; Standard: das Übertragungs-Timeout.</translation>
    </message>
    <message>
        <source>Change transfer timeout</source>
        <translation>Übertragungs-Timeout ändern</translation>
    </message>
    <message>
        <source>A request that moves no byte either way for this long fails and is tried again later.</source>
        <translation>Eine Anfrage, die so lange kein Byte überträgt, schlägt fehl und wird später erneut versucht.</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>Verbindungs-&amp;Timeout:</translation>
    </message>
    <message>
        <source>T&amp;ransfer timeout:</source>
        <translation>Ü&amp;bertragungs-Timeout:</translation>
    </message>
    <message>
        <source>&amp;Check server certificates</source>
        <translation>Server&amp;zertifikate prüfen</translation>
    </message>
    <message>
        <source>Certificate checks are off: anyone between ScanFlow and the server can read and change what this workflow sends, passwords and files included. Every trace says so.</source>
        <translation>Die Zertifikatsprüfung ist aus: Jeder zwischen ScanFlow und dem Server kann lesen und ändern, was dieser Workflow sendet, Passwörter und Dateien eingeschlossen. Jedes Protokoll sagt es.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>TLS 1.2</source>
        <translation>TLS 1.2</translation>
    </message>
    <message>
        <source>TLS 1.3</source>
        <translation>TLS 1.3</translation>
    </message>
    <message>
        <source>Minimum &amp;TLS version:</source>
        <translation>Mindestversion von &amp;TLS:</translation>
    </message>
    <message>
        <source>Offer &amp;HTTP/2</source>
        <translation>&amp;HTTP/2 anbieten</translation>
    </message>
    <message>
        <source>CA certificates imported under Certificates; checked ones are trusted besides the system&apos;s.</source>
        <translation>Unter Zertifikate importierte CA-Zertifikate; angekreuzten wird neben denen des Systems vertraut.</translation>
    </message>
    <message>
        <source>Trusted &amp;imported CAs:</source>
        <translation>Vertrauenswürdige &amp;importierte CAs:</translation>
    </message>
    <message>
        <source>Load PEM…</source>
        <translation>PEM laden…</translation>
    </message>
    <message>
        <source>Trusted CA certificates (PEM):</source>
        <translation>Vertrauenswürdige CA-Zertifikate (PEM):</translation>
    </message>
    <message>
        <source>Change certificate checks</source>
        <translation>Zertifikatsprüfung ändern</translation>
    </message>
    <message>
        <source>Change minimum TLS version</source>
        <translation>TLS-Mindestversion ändern</translation>
    </message>
    <message>
        <source>Change HTTP/2</source>
        <translation>HTTP/2 ändern</translation>
    </message>
    <message>
        <source>Change trusted CAs</source>
        <translation>Vertrauenswürdige CAs ändern</translation>
    </message>
    <message>
        <source>Edit trusted CA certificates</source>
        <translation>Vertrauenswürdige CA-Zertifikate bearbeiten</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Vertrauenswürdige CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Load trusted CA certificates</source>
        <translation>Vertrauenswürdige CA-Zertifikate laden</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>PEM certificate and key</source>
        <translation>PEM-Zertifikat und Schlüssel</translation>
    </message>
    <message>
        <source>PKCS#12 file (.p12, .pfx)</source>
        <translation>PKCS#12-Datei (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Load certificate…</source>
        <translation>Zertifikat laden…</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Load key…</source>
        <translation>Schlüssel laden…</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <source>Edit key password</source>
        <translation>Schlüsselpasswort bearbeiten</translation>
    </message>
    <message>
        <source>Key or file &amp;password:</source>
        <translation>&amp;Passwort des Schlüssels oder der Datei:</translation>
    </message>
    <message>
        <source>Change client certificate</source>
        <translation>Client-Zertifikat ändern</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load client certificate</source>
        <translation>Client-Zertifikat laden</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>PEM keys (*.key *.pem);;All files (*)</source>
        <translation>PEM-Schlüssel (*.key *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load private key</source>
        <translation>Privaten Schlüssel laden</translation>
    </message>
    <message>
        <source>The system&apos;s (environment)</source>
        <translation>Die des Systems (Umgebung)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>This proxy</source>
        <translation>Dieser Proxy</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Edit proxy URL</source>
        <translation>Proxy-URL bearbeiten</translation>
    </message>
    <message>
        <source>Proxy URL:</source>
        <translation>Proxy-URL:</translation>
    </message>
    <message>
        <source>Edit proxy login</source>
        <translation>Proxy-Anmeldung bearbeiten</translation>
    </message>
    <message>
        <source>Proxy login:</source>
        <translation>Proxy-Anmeldung:</translation>
    </message>
    <message>
        <source>Edit proxy password</source>
        <translation>Proxy-Passwort bearbeiten</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>Proxy-Passwort:</translation>
    </message>
    <message>
        <source>The best it offers</source>
        <translation>Das beste angebotene</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>Negotiate (Kerberos)</source>
        <translation>Negotiate (Kerberos)</translation>
    </message>
    <message>
        <source>Proxy authentication:</source>
        <translation>Proxy-Authentifizierung:</translation>
    </message>
    <message>
        <source>Edit hosts without proxy</source>
        <translation>Hosts ohne Proxy bearbeiten</translation>
    </message>
    <message>
        <source>Reach &amp;directly:</source>
        <translation>&amp;Direkt erreichen:</translation>
    </message>
    <message>
        <source>Change proxy</source>
        <translation>Proxy ändern</translation>
    </message>
    <message>
        <source>Change proxy authentication</source>
        <translation>Proxy-Authentifizierung ändern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not on the server)</source>
        <translation>%1 (nicht auf dem Server)</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>nichts geladen</translation>
    </message>
    <message>
        <source>PKCS#12 file loaded; sent to the server encrypted, never shown again</source>
        <translation>PKCS#12-Datei geladen; verschlüsselt an den Server gesendet, nie wieder angezeigt</translation>
    </message>
    <message>
        <source>stored encrypted on the server; load a file to replace it</source>
        <translation>verschlüsselt auf dem Server gespeichert; zum Ersetzen eine Datei laden</translation>
    </message>
    <message>
        <source>loaded; sent to the server encrypted, never shown again</source>
        <translation>geladen; verschlüsselt an den Server gesendet, nie wieder angezeigt</translation>
    </message>
    <message>
        <source>stored encrypted on the server</source>
        <translation>verschlüsselt auf dem Server gespeichert</translation>
    </message>
    <message>
        <source>stored encrypted; type to replace</source>
        <translation>verschlüsselt gespeichert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Negotiate with no login signs in with the Kerberos ticket of the account the server runs as.</source>
        <translation>Negotiate ohne Anmeldung meldet sich mit dem Kerberos-Ticket des Kontos an, unter dem der Server läuft.</translation>
    </message>
</context>
<context>
    <name>scanflow::CurlImportDialog</name>
    <message>
        <source>Make a new &amp;Request step</source>
        <translation>Neuen &amp;Anfrage-Schritt anlegen</translation>
    </message>
    <message>
        <source>Fill the &amp;Delivery (destination URL and upload)</source>
        <translation>&amp;Zustellung ausfüllen (Ziel-URL und Upload)</translation>
    </message>
    <message>
        <source>Import from curl</source>
        <translation>Aus curl importieren</translation>
    </message>
    <message>
        <source>&amp;Paste a curl command line, as an API&apos;s documentation gives it:</source>
        <translation>curl-Befehlszeile &amp;einfügen, wie die API-Dokumentation sie angibt:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Import nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s)</source>
        <translation>
            <numerusform>%n Header</numerusform>
            <numerusform>%n Header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>body: %1</source>
        <translation>Body: %1</translation>
    </message>
    <message>
        <source>, the scanned file as &quot;%1&quot;</source>
        <translation>, die gescannte Datei als „%1“</translation>
    </message>
    <message>
        <source>Not needed in a workflow: %1</source>
        <translation>Im Workflow nicht nötig: %1</translation>
    </message>
    <message>
        <source>Store the login &quot;%1&quot; (-u) as the workflow&apos;s &amp;Basic authentication</source>
        <translation>Anmeldung „%1“ (-u) als &amp;Basic-Authentifizierung des Workflows speichern</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>scanflow::DeliveryChart</name>
    <message>
        <source>%1: %2 delivered, %3 failed, %4 waiting</source>
        <translation>%1: %2 zugestellt, %3 fehlgeschlagen, %4 wartend</translation>
    </message>
    <message>
        <source>Deliveries per day</source>
        <translation>Zustellungen pro Tag</translation>
    </message>
    <message>
        <source>No deliveries yet.</source>
        <translation>Noch keine Zustellungen.</translation>
    </message>
</context>
<context>
    <name>scanflow::DeliveryHistoryPage</name>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries shown</source>
        <translation>
            <numerusform>%n Zustellung angezeigt</numerusform>
            <numerusform>%n Zustellungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the history again from the server (F5); it also changes by itself</source>
        <translation>Verlauf erneut vom Server lesen (F5); er ändert sich auch von selbst</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
</context>
<context>
    <name>scanflow::DeliveryList</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel delivery</source>
        <translation>Zustellung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Deliver the selected file now (a failed file is queued again)</source>
        <translation>Die gewählte Datei jetzt zustellen (eine fehlgeschlagene wird wieder eingereiht)</translation>
    </message>
    <message>
        <source>Keep the selected queued file as failed, without delivering it</source>
        <translation>Die gewählte wartende Datei als fehlgeschlagen behalten, ohne sie zuzustellen</translation>
    </message>
    <message>
        <source>Delivery %1: %2</source>
        <translation>Zustellung %1: %2</translation>
    </message>
    <message>
        <source>Delivery %1 is queued to be delivered now</source>
        <translation>Zustellung %1 ist zur sofortigen Zustellung eingereiht</translation>
    </message>
    <message>
        <source>Delivery %1 is cancelled and kept as failed</source>
        <translation>Zustellung %1 ist abgebrochen und als fehlgeschlagen behalten</translation>
    </message>
</context>
<context>
    <name>scanflow::DeliveryListModel</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Wird zugestellt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>scanflow::DevicesPage</name>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Code expired</source>
        <translation>Code abgelaufen</translation>
    </message>
    <message>
        <source>Awaiting registration</source>
        <translation>Wartet auf Registrierung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Code valid until</source>
        <translation>Code gültig bis</translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation>API-Schlüssel-ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>Gerät registrieren</translation>
    </message>
    <message>
        <source>where it stands, e.g. MFP 3rd floor</source>
        <translation>wo es steht, z. B. MFP 3. Stock</translation>
    </message>
    <message>
        <source>Code valid for</source>
        <translation>Code gültig für</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>The device&apos;s one-time registration code is shown once. Type it into the device, which trades it with its own API key for a device token.</source>
        <translation>Der einmalige Registrierungscode des Geräts wird einmal angezeigt. Geben Sie ihn am Gerät ein, das ihn mit seinem eigenen API-Schlüssel gegen ein Geräte-Token eintauscht.</translation>
    </message>
    <message>
        <source>Registration code for &quot;%1&quot;</source>
        <translation>Registrierungscode für „%1“</translation>
    </message>
    <message>
        <source>Type this code into the device. It works once, until %1; after that, register the device again.</source>
        <translation>Geben Sie diesen Code am Gerät ein. Er gilt einmal, bis %1; danach registrieren Sie das Gerät erneut.</translation>
    </message>
</context>
<context>
    <name>scanflow::EntityPage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Cannot read the account: %1</source>
        <translation>Das Konto kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot load the list: %1</source>
        <translation>Die Liste kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Hinzugefügt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? This cannot be undone.</source>
        <translation>„%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deleted.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>scanflow::FieldForm</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>%1: a value is needed.</source>
        <translation>%1: ein Wert ist nötig.</translation>
    </message>
</context>
<context>
    <name>scanflow::GroupsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>made up when empty</source>
        <translation>wird erzeugt, wenn leer</translation>
    </message>
    <message>
        <source>Member names</source>
        <translation>Namen der Mitglieder</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>scanflow::InboxPage</name>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>&amp;Send files…</source>
        <translation>Dateien &amp;senden…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>Eingangsordner</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Delivered today</source>
        <translation>Heute zugestellt</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Heute fehlgeschlagen</translation>
    </message>
    <message>
        <source>Drop files on a workflow to deliver them through it</source>
        <translation>Dateien auf einen Workflow ziehen, um sie über ihn zuzustellen</translation>
    </message>
    <message>
        <source>Copy scans into a workflow&apos;s folder, or drop them on its row: each is delivered and shows below.</source>
        <translation>Scans in den Ordner eines Workflows kopieren oder auf seine Zeile ziehen: jeder wird zugestellt und unten angezeigt.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Send files through %1</source>
        <translation>Dateien über %1 senden</translation>
    </message>
    <message>
        <source>Cannot read the inbox: %1</source>
        <translation>Der Eingang kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(none: the name cannot be a folder)</source>
        <translation>(keiner: der Name kann kein Ordner sein)</translation>
    </message>
    <message>
        <source>Deliver files</source>
        <translation>Dateien zustellen</translation>
    </message>
    <message>
        <source>Deliver through the workflow:</source>
        <translation>Zustellen über den Workflow:</translation>
    </message>
    <message>
        <source>Only files can be delivered, not folders or links to the web</source>
        <translation>Nur Dateien können zugestellt werden, keine Ordner oder Web-Links</translation>
    </message>
    <message>
        <source>Still sending the files before; try again when they are on their way</source>
        <translation>Die vorigen Dateien werden noch gesendet; erneut versuchen, wenn sie unterwegs sind</translation>
    </message>
    <message>
        <source>Sending %1 of %2: %3 (%p%)</source>
        <translation>Sende %1 von %2: %3 (%p%)</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 wurde nicht gesendet: %2</translation>
    </message>
</context>
<context>
    <name>scanflow::InputPortsPage</name>
    <message>
        <source>Pull queue</source>
        <translation>Pull-Warteschlange</translation>
    </message>
    <message>
        <source>Push queue</source>
        <translation>Push-Warteschlange</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Output port</source>
        <translation>Ausgabeport</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Output port ID</source>
        <translation>Ausgabeport-ID</translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation>Standort-ID</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Konto-Domäne</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Add input port</source>
        <translation>Eingabeport hinzufügen</translation>
    </message>
    <message>
        <source>Edit input port &quot;%1&quot;</source>
        <translation>Eingabeport „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>for a push queue</source>
        <translation>für eine Push-Warteschlange</translation>
    </message>
    <message>
        <source>Available by default</source>
        <translation>Standardmäßig verfügbar</translation>
    </message>
</context>
<context>
    <name>scanflow::Labels</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Basic HTML authentication</source>
        <translation>Einfache HTML-Authentifizierung</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>System parameter</source>
        <translation>Systemparameter</translation>
    </message>
    <message>
        <source>Custom parameter</source>
        <translation>Benutzerdefinierter Parameter</translation>
    </message>
    <message>
        <source>Terminal parameter</source>
        <translation>Terminalparameter</translation>
    </message>
    <message>
        <source>Response parameter</source>
        <translation>Antwortparameter</translation>
    </message>
    <message>
        <source>User-specific parameter</source>
        <translation>Benutzerspezifischer Parameter</translation>
    </message>
    <message>
        <source>Request header</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Form/Body</source>
        <translation>Formular/Body</translation>
    </message>
    <message>
        <source>Multipart/form-data</source>
        <translation>Multipart/form-data</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Roher Body</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>From parameters</source>
        <translation>Aus Parametern</translation>
    </message>
    <message>
        <source>JSON editor</source>
        <translation>JSON-Editor</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Custom XML</source>
        <translation>Benutzerdefiniertes XML</translation>
    </message>
    <message>
        <source>Custom JSON</source>
        <translation>Benutzerdefiniertes JSON</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Needs renewal</source>
        <translation>Erneuerung nötig</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
</context>
<context>
    <name>scanflow::LocationsPage</name>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>WiFi SSID</source>
        <translation>WLAN-SSID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Erkannt an</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Add location</source>
        <translation>Standort hinzufügen</translation>
    </message>
    <message>
        <source>Edit location &quot;%1&quot;</source>
        <translation>Standort „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Gateway addresses</source>
        <translation>Gateway-Adressen</translation>
    </message>
    <message>
        <source>192.168.1.1, …</source>
        <translation>192.168.1.1, …</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subnetze</translation>
    </message>
    <message>
        <source>192.168.1.0/24, …</source>
        <translation>192.168.1.0/24, …</translation>
    </message>
    <message>
        <source>Address ranges</source>
        <translation>Adressbereiche</translation>
    </message>
    <message>
        <source>192.168.1.100-192.168.1.200, …</source>
        <translation>192.168.1.100-192.168.1.200, …</translation>
    </message>
    <message>
        <source>WiFi SSIDs</source>
        <translation>WLAN-SSIDs</translation>
    </message>
    <message>
        <source>office-wifi, …</source>
        <translation>buero-wlan, …</translation>
    </message>
    <message>
        <source>Separate several values with commas. A device is in this location when one of them matches.</source>
        <translation>Trennen Sie mehrere Werte durch Kommas. Ein Gerät ist an diesem Standort, wenn einer davon passt.</translation>
    </message>
</context>
<context>
    <name>scanflow::MainWindow</name>
    <message>
        <source>ScanFlow</source>
        <translation>ScanFlow</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Delivery history</source>
        <translation>Zustellverlauf</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Output ports</source>
        <translation>Ausgabeports</translation>
    </message>
    <message>
        <source>Input ports</source>
        <translation>Eingabeports</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Authentication providers</source>
        <translation>Authentifizierungsanbieter</translation>
    </message>
    <message>
        <source>Access controls</source>
        <translation>Zugriffssteuerung</translation>
    </message>
    <message>
        <source>Scan access rules</source>
        <translation>Scan-Zugriffsregeln</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New workflow</source>
        <translation>&amp;Neuer Workflow</translation>
    </message>
    <message>
        <source>&amp;Import workflow…</source>
        <translation>Workflow &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export workflow…</source>
        <translation>Workflow &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Open &amp;Workplace…</source>
        <translation>&amp;Workplace öffnen…</translation>
    </message>
    <message>
        <source>Trusted devices</source>
        <translation>Vertrauenswürdige Geräte</translation>
    </message>
    <message>
        <source>Scan inbox</source>
        <translation>Scan-Eingang</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>scanflow::OAuthBrowserFlow</name>
    <message numerus="yes">
        <source>No answer came from the provider&apos;s page within %n minute(s). Nothing was saved; try again.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute kam keine Antwort von der Seite des Anbieters. Nichts wurde gespeichert; versuchen Sie es erneut.</numerusform>
            <numerusform>Innerhalb von %n Minuten kam keine Antwort von der Seite des Anbieters. Nichts wurde gespeichert; versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization endpoint URL &quot;%1&quot; is not valid.</source>
        <translation>Die URL des Autorisierungsendpunkts „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>ScanFlow has the provider&apos;s answer. You can close this page and return to ScanFlow.</source>
        <translation>ScanFlow hat die Antwort des Anbieters. Sie können diese Seite schließen und zu ScanFlow zurückkehren.</translation>
    </message>
    <message>
        <source>Port %1 on this computer, where the provider&apos;s answer comes back, is in use (another authorization may be open). Close it and try again.</source>
        <translation>Port %1 auf diesem Computer, an den die Antwort des Anbieters zurückkommt, ist belegt (vielleicht ist eine andere Autorisierung offen). Schließen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No web browser could be opened for %1.</source>
        <translation>Für %1 konnte kein Webbrowser geöffnet werden.</translation>
    </message>
    <message>
        <source>The authorization was denied at the provider. Nothing was saved.</source>
        <translation>Die Autorisierung wurde beim Anbieter abgelehnt. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The provider refused the authorization: %1%2</source>
        <translation>Der Anbieter hat die Autorisierung verweigert: %1%2</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not match this authorization (its state differs), so it was refused. Nothing was saved.</source>
        <translation>Die Antwort des Anbieters passte nicht zu dieser Autorisierung (ihr state weicht ab) und wurde abgelehnt. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer had no authorization code.</source>
        <translation>Die Antwort des Anbieters enthielt keinen Autorisierungscode.</translation>
    </message>
</context>
<context>
    <name>scanflow::OAuthProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign in at %1 in your web browser and allow access; this window waits for the answer.</source>
        <translation>Melden Sie sich im Webbrowser bei %1 an und erlauben Sie den Zugriff; dieses Fenster wartet auf die Antwort.</translation>
    </message>
    <message>
        <source>Opening the provider&apos;s page…</source>
        <translation>Die Seite des Anbieters wird geöffnet…</translation>
    </message>
    <message>
        <source>The provider answered; the server is completing the authorization…</source>
        <translation>Der Anbieter hat geantwortet; der Server schließt die Autorisierung ab…</translation>
    </message>
</context>
<context>
    <name>scanflow::OutputPortsPage</name>
    <message>
        <source>Dummy</source>
        <translation>Dummy</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Print protocol</source>
        <translation>Druckprotokoll</translation>
    </message>
    <message>
        <source>Output type</source>
        <translation>Ausgabetyp</translation>
    </message>
    <message>
        <source>Printer IPP URL</source>
        <translation>IPP-URL des Druckers</translation>
    </message>
    <message>
        <source>IP reader address</source>
        <translation>IP-Adresse des Lesers</translation>
    </message>
    <message>
        <source>Device serial number</source>
        <translation>Seriennummer des Geräts</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Konto-Domäne</translation>
    </message>
    <message>
        <source>Embedded client</source>
        <translation>Eingebetteter Client</translation>
    </message>
    <message>
        <source>Monochrome</source>
        <translation>Monochrom</translation>
    </message>
    <message>
        <source>Reversed finisher</source>
        <translation>Finisher mit umgekehrtem Weg</translation>
    </message>
    <message>
        <source>Software copy collation</source>
        <translation>Kopiensortierung in Software</translation>
    </message>
    <message>
        <source>Sends user names</source>
        <translation>Sendet Benutzernamen</translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation>Standort-ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Add output port</source>
        <translation>Ausgabeport hinzufügen</translation>
    </message>
    <message>
        <source>Edit output port &quot;%1&quot;</source>
        <translation>Ausgabeport „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>IP address or host name</source>
        <translation>IP-Adresse oder Hostname</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>IPP</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Spooler (CUPS)</source>
        <translation>Spooler (CUPS)</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PCL6</source>
        <translation>PCL6</translation>
    </message>
    <message>
        <source>PostScript level 3</source>
        <translation>PostScript Level 3</translation>
    </message>
    <message>
        <source>PostScript level 2</source>
        <translation>PostScript Level 2</translation>
    </message>
    <message>
        <source>Has an embedded client</source>
        <translation>Hat einen eingebetteten Client</translation>
    </message>
    <message>
        <source>Monochrome printer</source>
        <translation>Monochromdrucker</translation>
    </message>
    <message>
        <source>Finisher with reversed path</source>
        <translation>Finisher mit umgekehrtem Papierweg</translation>
    </message>
    <message>
        <source>Collate copies in software</source>
        <translation>Kopien in Software sortieren</translation>
    </message>
    <message>
        <source>Send user names (IPP only)</source>
        <translation>Benutzernamen senden (nur IPP)</translation>
    </message>
    <message>
        <source>Create a matching input port</source>
        <translation>Passenden Eingabeport erstellen</translation>
    </message>
</context>
<context>
    <name>scanflow::ParameterModel</name>
    <message>
        <source>Ignored: a raw body sends only the file (headers still apply)</source>
        <translation>Ignoriert: ein roher Body sendet nur die Datei (Header gelten weiterhin)</translation>
    </message>
    <message>
        <source>Ignored: the JSON editor&apos;s template is the whole body (headers still apply)</source>
        <translation>Ignoriert: die Vorlage des JSON-Editors ist der ganze Body (Header gelten weiterhin)</translation>
    </message>
    <message>
        <source>The label the user sees in Workplace; the value comes from each user&apos;s private data.</source>
        <translation>Die Beschriftung, die der Benutzer in Workplace sieht; der Wert stammt aus den privaten Daten jedes Benutzers.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Change parameter key</source>
        <translation>Parameterschlüssel ändern</translation>
    </message>
    <message>
        <source>Change parameter value</source>
        <translation>Parameterwert ändern</translation>
    </message>
    <message>
        <source>Change parameter type</source>
        <translation>Parametertyp ändern</translation>
    </message>
    <message>
        <source>Change parameter location</source>
        <translation>Parameterort ändern</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Parameter entfernen</translation>
    </message>
    <message>
        <source>Move parameter</source>
        <translation>Parameter verschieben</translation>
    </message>
    <message>
        <source>(kept on the server)</source>
        <translation>(auf dem Server hinterlegt)</translation>
    </message>
    <message>
        <source>A secret value is sealed on the server and never shown again or exported; leave it empty to keep the stored one.</source>
        <translation>Ein geheimer Wert wird auf dem Server versiegelt und nie wieder angezeigt oder exportiert; lassen Sie ihn leer, um den gespeicherten zu behalten.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Make parameter secret</source>
        <translation>Parameter geheim machen</translation>
    </message>
    <message>
        <source>Make parameter plain</source>
        <translation>Parameter nicht mehr geheim</translation>
    </message>
</context>
<context>
    <name>scanflow::PlaceholderHighlight</name>
    <message>
        <source>Nothing provides %1 at this step</source>
        <translation>Bei diesem Schritt liefert nichts %1</translation>
    </message>
</context>
<context>
    <name>scanflow::PlaceholderPicker</name>
    <message>
        <source>Insert placeholder</source>
        <translation>Platzhalter einfügen</translation>
    </message>
    <message>
        <source>Insert a placeholder available at this step</source>
        <translation>Einen in diesem Schritt verfügbaren Platzhalter einfügen</translation>
    </message>
</context>
<context>
    <name>scanflow::PrivateDestinationDialog</name>
    <message>
        <source>Private destination: %1</source>
        <translation>Privates Ziel: %1</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldename:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>All fields are required. Then sign in at the provider in your web browser; nothing is saved until that is done too.</source>
        <translation>Alle Felder sind Pflicht. Melden Sie sich danach im Webbrowser beim Anbieter an; erst dann wird etwas gespeichert.</translation>
    </message>
    <message>
        <source>All fields are required. They are kept encrypted on the server and used only for your deliveries.</source>
        <translation>Alle Felder sind Pflicht. Sie werden verschlüsselt auf dem Server aufbewahrt und nur für Ihre Zustellungen verwendet.</translation>
    </message>
    <message>
        <source>Sign in at the provider in your web browser to let this workflow deliver your files.</source>
        <translation>Melden Sie sich im Webbrowser beim Anbieter an, damit dieser Workflow Ihre Dateien zustellen kann.</translation>
    </message>
    <message>
        <source>&amp;Continue to sign-in…</source>
        <translation>&amp;Weiter zur Anmeldung…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>scanflow::RequestsArea</name>
    <message>
        <source>Add request</source>
        <translation>Anfrage hinzufügen</translation>
    </message>
    <message>
        <source>Remove request</source>
        <translation>Anfrage entfernen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Nach vorne verschieben</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Nach hinten verschieben</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>The Delivery step sends the file and cannot be removed; move it instead.</source>
        <translation>Der Zustellschritt sendet die Datei und kann nicht entfernt werden; verschieben Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Schritt umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message>
        <source>Import from curl…</source>
        <translation>Aus curl importieren…</translation>
    </message>
    <message>
        <source>Run up to this step…</source>
        <translation>Bis zu diesem Schritt ausführen…</translation>
    </message>
</context>
<context>
    <name>scanflow::ResponseModel</name>
    <message>
        <source>A JSON path such as data.id or items[0].id, or an XPath such as /root/id for XML.</source>
        <translation>Ein JSON-Pfad wie data.id oder items[0].id oder ein XPath wie /root/id für XML.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value (selector)</source>
        <translation>Wert (Selektor)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Change response key</source>
        <translation>Antwortschlüssel ändern</translation>
    </message>
    <message>
        <source>Change response selector</source>
        <translation>Antwortselektor ändern</translation>
    </message>
    <message>
        <source>Add response parameter</source>
        <translation>Antwortparameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove response parameter</source>
        <translation>Antwortparameter entfernen</translation>
    </message>
    <message>
        <source>Move response parameter</source>
        <translation>Antwortparameter verschieben</translation>
    </message>
</context>
<context>
    <name>scanflow::ResponseTree</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Double-click a value (or press Enter) to parse it into a response parameter</source>
        <translation>Doppelklick auf einen Wert (oder Enter) macht ihn zu einem Antwortparameter</translation>
    </message>
    <message>
        <source>(array)</source>
        <translation>(Array)</translation>
    </message>
    <message>
        <source>(object)</source>
        <translation>(Objekt)</translation>
    </message>
</context>
<context>
    <name>scanflow::RowTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>scanflow::ScanAccessPage</name>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>User or group</source>
        <translation>Benutzer oder Gruppe</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
    <message>
        <source>Workflow ID</source>
        <translation>Workflow-ID</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User or group ID</source>
        <translation>Benutzer- oder Gruppen-ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Workflow %1</source>
        <translation>Workflow %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Add access rule</source>
        <translation>Zugriffsregel hinzufügen</translation>
    </message>
    <message>
        <source>Edit access rule</source>
        <translation>Zugriffsregel bearbeiten</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>Einen Benutzer</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Eine Gruppe</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Nobody may use a workflow until a rule allows it. A rule for the user beats a rule for one of their groups; Deny beats Allow at the same level.</source>
        <translation>Niemand darf einen Workflow verwenden, bis eine Regel es erlaubt. Eine Regel für den Benutzer geht einer Regel für seine Gruppen vor; auf derselben Ebene geht Verweigern vor Erlauben.</translation>
    </message>
</context>
<context>
    <name>scanflow::SendFileDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send a file through %1</source>
        <translation>Eine Datei über %1 senden</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Your private destination still needs: %1. Authorize it first, or the delivery fails.</source>
        <translation>Ihrem privaten Ziel fehlt noch: %1. Autorisieren Sie es zuerst, sonst schlägt die Zustellung fehl.</translation>
    </message>
    <message>
        <source>Choose the file to send</source>
        <translation>Zu sendende Datei wählen</translation>
    </message>
    <message>
        <source>File: &quot;%1&quot; is not a file to send</source>
        <translation>Datei: „%1“ ist keine Datei zum Senden</translation>
    </message>
    <message>
        <source>Sending %p%</source>
        <translation>Senden %p%</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>%1 wird gesendet…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Abgebrochen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Taken; delivering…</source>
        <translation>Angenommen; wird zugestellt…</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Wird zugestellt</translation>
    </message>
    <message>
        <source>Cannot follow the delivery: %1</source>
        <translation>Die Zustellung kann nicht verfolgt werden: %1</translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation>Zugestellt.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Delivering…</source>
        <translation>Wird zugestellt…</translation>
    </message>
    <message>
        <source>An attempt failed (%1); the server tries again.</source>
        <translation>Ein Versuch schlug fehl (%1); der Server versucht es erneut.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
</context>
<context>
    <name>scanflow::SequenceStrip</name>
    <message>
        <source>Request sequence</source>
        <translation>Anfragefolge</translation>
    </message>
    <message>
        <source>Sequence:</source>
        <translation>Abfolge:</translation>
    </message>
    <message>
        <source>then</source>
        <translation>dann</translation>
    </message>
    <message>
        <source>Show step %1</source>
        <translation>Schritt %1 zeigen</translation>
    </message>
</context>
<context>
    <name>scanflow::ShownOnce</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>scanflow::StartPage</name>
    <message>
        <source>&amp;Open as a new workflow</source>
        <translation>Als neuen Workflow ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>&amp;Ausprobieren</translation>
    </message>
    <message>
        <source>Send the &amp;sample scan</source>
        <translation>&amp;Beispielscan senden</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>Dateien &amp;wählen…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to ScanFlow&lt;/h2&gt;&lt;p&gt;A workflow delivers each scanned file to an HTTP API, through the requests that API asks for. Three ways in:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei ScanFlow&lt;/h2&gt;&lt;p&gt;Ein Workflow liefert jede gescannte Datei an eine HTTP-API, über die Anfragen, die diese API verlangt. Drei Wege zum Einstieg:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1. Start from a use case</source>
        <translation>1. Mit einem Anwendungsfall beginnen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>2. Try it against the test destination</source>
        <translation>2. Am Testziel ausprobieren</translation>
    </message>
    <message>
        <source>The server has a destination of its own that answers like a small records API and keeps what it receives. Try it saves the chosen use case as a workflow aimed there.</source>
        <translation>Der Server hat ein eigenes Ziel, das wie eine kleine Datensatz-API antwortet und behält, was es empfängt. Ausprobieren speichert den gewählten Anwendungsfall als Workflow, der dorthin zielt.</translation>
    </message>
    <message>
        <source>3. Drop a file into its inbox</source>
        <translation>3. Eine Datei in seinen Eingang legen</translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (Test)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Deliver a file</source>
        <translation>Eine Datei zustellen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Use this when: %1</source>
        <translation>Verwenden, wenn: %1</translation>
    </message>
    <message>
        <source>This server has no test destination (&quot;testDestination&quot;: true in its configuration turns it on).</source>
        <translation>Dieser Server hat kein Testziel (&quot;testDestination&quot;: true in seiner Konfiguration schaltet es ein).</translation>
    </message>
    <message>
        <source>Drop scanned files here to deliver them through &quot;%1&quot;.</source>
        <translation>Gescannte Dateien hier ablegen, um sie über „%1“ zuzustellen.</translation>
    </message>
    <message>
        <source>Try a use case first; then drop scanned files here.</source>
        <translation>Erst einen Anwendungsfall ausprobieren; dann gescannte Dateien hier ablegen.</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;, aimed at the test destination.</source>
        <translation>Als „%1“ gespeichert, auf das Testziel gerichtet.</translation>
    </message>
    <message>
        <source>Send the sample scan</source>
        <translation>Beispielscan senden</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;</source>
        <translation>„%1“ kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>scanflow::StepEditor</name>
    <message>
        <source>Request parameters</source>
        <translation>Anfrageparameter</translation>
    </message>
    <message>
        <source>Response parameters</source>
        <translation>Antwortparameter</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>Methode ändern</translation>
    </message>
    <message>
        <source>Change body type</source>
        <translation>Body-Typ ändern</translation>
    </message>
    <message>
        <source>Delivers the file to the workflow&apos;s Destination URL.</source>
        <translation>Stellt die Datei an die Ziel-URL des Workflows zu.</translation>
    </message>
    <message>
        <source>The multipart field that carries the file: letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only.</source>
        <translation>Das Multipart-Feld, das die Datei trägt: nur Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>Name of file form field:</source>
        <translation>Name des Dateiformularfelds:</translation>
    </message>
    <message>
        <source>Delivery method:</source>
        <translation>Zustellmethode:</translation>
    </message>
    <message>
        <source>Delivery body type:</source>
        <translation>Body-Typ der Zustellung:</translation>
    </message>
    <message>
        <source>Edit file field name</source>
        <translation>Namen des Dateifelds bearbeiten</translation>
    </message>
    <message>
        <source>Edit request URL</source>
        <translation>Anfrage-URL bearbeiten</translation>
    </message>
    <message>
        <source>Request URL:</source>
        <translation>Anfrage-URL:</translation>
    </message>
    <message>
        <source>Request method:</source>
        <translation>Anfragemethode:</translation>
    </message>
    <message>
        <source>Request body type:</source>
        <translation>Body-Typ der Anfrage:</translation>
    </message>
    <message>
        <source>JSON body source:</source>
        <translation>Quelle des JSON-Bodys:</translation>
    </message>
    <message>
        <source>JSON body template:</source>
        <translation>Vorlage des JSON-Bodys:</translation>
    </message>
    <message>
        <source>Change JSON body source</source>
        <translation>Quelle des JSON-Bodys ändern</translation>
    </message>
    <message>
        <source>Edit JSON template</source>
        <translation>JSON-Vorlage bearbeiten</translation>
    </message>
    <message>
        <source>Sends Form/Body parameters, the file and, when enabled, the metadata.</source>
        <translation>Sendet Formular/Body-Parameter, die Datei und, wenn aktiviert, die Metadaten.</translation>
    </message>
    <message>
        <source>Sends only the file as the whole body; headers still apply, Form/Body parameters and metadata are not sent.</source>
        <translation>Sendet nur die Datei als ganzen Body; Header gelten weiterhin, Formular/Body-Parameter und Metadaten werden nicht gesendet.</translation>
    </message>
    <message>
        <source>Form/Body parameters go to the query string.</source>
        <translation>Formular/Body-Parameter kommen in den Query-String.</translation>
    </message>
    <message>
        <source>The template is the whole body; only header parameters are used from the table.</source>
        <translation>Die Vorlage ist der ganze Body; aus der Tabelle werden nur Header-Parameter verwendet.</translation>
    </message>
    <message>
        <source>The body is a flat JSON object of the Form/Body parameters.</source>
        <translation>Der Body ist ein flaches JSON-Objekt aus den Formular/Body-Parametern.</translation>
    </message>
    <message>
        <source>Form/Body parameters are sent URL-encoded in the body.</source>
        <translation>Formular/Body-Parameter werden URL-kodiert im Body gesendet.</translation>
    </message>
</context>
<context>
    <name>scanflow::StepTrialDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Add as response parameter</source>
        <translation>Als Antwortparameter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Run up to &quot;%1&quot;</source>
        <translation>Bis „%1“ ausführen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Runs the steps up to this one against the real API, as the designer has them now; nothing is saved. Then double-click a value in a response to parse it.</source>
        <translation>Führt die Schritte bis zu diesem gegen die echte API aus, wie der Designer sie jetzt hat; nichts wird gespeichert. Dann per Doppelklick einen Wert der Antwort auslesen.</translation>
    </message>
    <message>
        <source>Choose the file to run with</source>
        <translation>Datei für die Ausführung wählen</translation>
    </message>
    <message>
        <source>File: &quot;%1&quot; is not a file to run with</source>
        <translation>Datei: „%1“ ist keine Datei für die Ausführung</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Every step up to this one answered. Double-click a value to parse it into a response parameter.</source>
        <translation>Alle Schritte bis zu diesem haben geantwortet. Doppelklick auf einen Wert macht ihn zu einem Antwortparameter.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Add response parameter</source>
        <translation>Antwortparameter hinzufügen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is parsed from the response of step %2 with %3; use it as [%1].</source>
        <translation>„%1“ wird aus der Antwort von Schritt %2 mit %3 gelesen; verwenden Sie es als [%1].</translation>
    </message>
</context>
<context>
    <name>scanflow::TemplateEditor</name>
    <message>
        <source>Valid template.</source>
        <translation>Gültige Vorlage.</translation>
    </message>
    <message>
        <source>Valid template; placeholders: %1</source>
        <translation>Gültige Vorlage; Platzhalter: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
</context>
<context>
    <name>scanflow::TestDeliveryDialog</name>
    <message>
        <source>&amp;Deliver</source>
        <translation>&amp;Zustellen</translation>
    </message>
    <message>
        <source>Test delivery — %1</source>
        <translation>Testzustellung — %1</translation>
    </message>
    <message>
        <source>File to deliver</source>
        <translation>Zuzustellende Datei</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <source>The server did not take the file: %1</source>
        <translation>Der Server hat die Datei nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Queued; delivering…</source>
        <translation>In der Warteschlange; wird zugestellt…</translation>
    </message>
    <message>
        <source>Cannot follow the delivery: %1</source>
        <translation>Die Zustellung kann nicht verfolgt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delivered in %n attempt(s).</source>
        <translation>
            <numerusform>Zugestellt in %n Versuch.</numerusform>
            <numerusform>Zugestellt in %n Versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Attempt %1 failed (%2); the server tries again at %3.</source>
        <translation>Versuch %1 fehlgeschlagen (%2); der Server versucht es um %3 erneut.</translation>
    </message>
    <message>
        <source>Delivering…</source>
        <translation>Wird zugestellt…</translation>
    </message>
</context>
<context>
    <name>scanflow::TraceView</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4 ms)</source>
        <translation>%1 %2 → %3 (%4 ms)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Parsed values</source>
        <translation>Ausgelesene Werte</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
</context>
<context>
    <name>scanflow::UsersPage</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Basisordner</translation>
    </message>
    <message>
        <source>Short ID</source>
        <translation>Kurz-ID</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Has a password</source>
        <translation>Hat ein Passwort</translation>
    </message>
    <message>
        <source>Has a PIN</source>
        <translation>Hat eine PIN</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>Anbieter-ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Search name, full name or email (Ctrl+F)</source>
        <translation>Name, vollständigen Namen oder E-Mail suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>The authentication provider whose users are listed</source>
        <translation>Der Authentifizierungsanbieter, dessen Benutzer aufgelistet sind</translation>
    </message>
    <message>
        <source>Register card…</source>
        <translation>Karte registrieren…</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Gruppen…</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Cannot load the users: %1</source>
        <translation>Die Benutzer können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Edit user &quot;%1&quot;</source>
        <translation>Benutzer „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>yyyy-MM-dd, empty for never</source>
        <translation>JJJJ-MM-TT, leer für nie</translation>
    </message>
    <message>
        <source>unchanged when empty</source>
        <translation>unverändert, wenn leer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Register a card for &quot;%1&quot;</source>
        <translation>Karte für „%1“ registrieren</translation>
    </message>
    <message>
        <source>Card ID</source>
        <translation>Karten-ID</translation>
    </message>
    <message>
        <source>A card belongs to one user: a card another user has is refused.</source>
        <translation>Eine Karte gehört einem Benutzer: eine Karte, die ein anderer Benutzer hat, wird abgelehnt.</translation>
    </message>
    <message>
        <source>Card registered.</source>
        <translation>Karte registriert.</translation>
    </message>
    <message>
        <source>Cannot load the groups: %1</source>
        <translation>Die Gruppen können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Groups of &quot;%1&quot;</source>
        <translation>Gruppen von „%1“</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Mitglied von</translation>
    </message>
    <message>
        <source>Groups saved.</source>
        <translation>Gruppen gespeichert.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation>Benutzer aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Into group</source>
        <translation>In die Gruppe</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>The first line is a header</source>
        <translation>Die erste Zeile ist eine Kopfzeile</translation>
    </message>
    <message>
        <source>Columns count from 0. Users of the group who are not in the file are deactivated; users in the file are created or updated and activated.</source>
        <translation>Spalten zählen ab 0. Benutzer der Gruppe, die nicht in der Datei stehen, werden deaktiviert; Benutzer aus der Datei werden angelegt oder aktualisiert und aktiviert.</translation>
    </message>
    <message>
        <source>Users imported.</source>
        <translation>Benutzer importiert.</translation>
    </message>
</context>
<context>
    <name>scanflow::WorkflowEditor</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Revoke user-specific authorization on save</source>
        <translation>Benutzerspezifische Autorisierung beim Speichern widerrufen</translation>
    </message>
    <message>
        <source>Deletes every user&apos;s saved private data for this workflow when it is saved.</source>
        <translation>Löscht beim Speichern die gespeicherten privaten Daten aller Benutzer für diesen Workflow.</translation>
    </message>
    <message>
        <source>Test delivery…</source>
        <translation>Testzustellung…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Namen bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>&amp;User specific</source>
        <translation>&amp;Benutzerspezifisch</translation>
    </message>
    <message>
        <source>Store private API data per user: user-specific OAuth, Basic credentials or values.</source>
        <translation>Private API-Daten pro jeden Benutzer speichern: benutzerspezifisches OAuth, Basic-Zugangsdaten oder Werte.</translation>
    </message>
    <message>
        <source>Edit destination URL</source>
        <translation>Ziel-URL bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Destination URL:</source>
        <translation>&amp;Ziel-URL:</translation>
    </message>
    <message>
        <source>Change active</source>
        <translation>Aktiv ändern</translation>
    </message>
    <message>
        <source>Change user specific</source>
        <translation>Benutzerspezifisch ändern</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Authentication &amp;type:</source>
        <translation>Authentifizierungs&amp;typ:</translation>
    </message>
    <message>
        <source>User specific authentication</source>
        <translation>Benutzerspezifische Authentifizierung</translation>
    </message>
    <message>
        <source>Edit login</source>
        <translation>Anmeldenamen bearbeiten</translation>
    </message>
    <message>
        <source>Edit password</source>
        <translation>Passwort bearbeiten</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldename:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Edit authorization URL</source>
        <translation>Autorisierungs-URL bearbeiten</translation>
    </message>
    <message>
        <source>Edit token URL</source>
        <translation>Token-URL bearbeiten</translation>
    </message>
    <message>
        <source>Edit client ID</source>
        <translation>Client-ID bearbeiten</translation>
    </message>
    <message>
        <source>Edit client secret</source>
        <translation>Client-Geheimnis bearbeiten</translation>
    </message>
    <message>
        <source>Edit scopes</source>
        <translation>Bereiche bearbeiten</translation>
    </message>
    <message>
        <source>Authorization endpoint URL:</source>
        <translation>URL des Autorisierungsendpunkts:</translation>
    </message>
    <message>
        <source>Token endpoint URL:</source>
        <translation>URL des Token-Endpunkts:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Geheimnis:</translation>
    </message>
    <message>
        <source>Scopes (space separated):</source>
        <translation>Bereiche (durch Leerzeichen getrennt):</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Redirect URI copied.</source>
        <translation>Weiterleitungs-URI kopiert.</translation>
    </message>
    <message>
        <source>Redirect URI to register:</source>
        <translation>Zu registrierende Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>Change authentication type</source>
        <translation>Authentifizierungstyp ändern</translation>
    </message>
    <message>
        <source>Change user specific authentication</source>
        <translation>Benutzerspezifische Authentifizierung ändern</translation>
    </message>
    <message>
        <source>Enable metadata export</source>
        <translation>Metadatenexport aktivieren</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Export metadata in form field</source>
        <translation>Metadaten in einem Formularfeld exportieren</translation>
    </message>
    <message>
        <source>Edit metadata field name</source>
        <translation>Namen des Metadatenfelds bearbeiten</translation>
    </message>
    <message>
        <source>Name of metadata form field:</source>
        <translation>Name des Metadaten-Formularfelds:</translation>
    </message>
    <message>
        <source>Change metadata export</source>
        <translation>Metadatenexport ändern</translation>
    </message>
    <message>
        <source>Change metadata format</source>
        <translation>Metadatenformat ändern</translation>
    </message>
    <message>
        <source>Edit metadata template</source>
        <translation>Metadatenvorlage bearbeiten</translation>
    </message>
    <message>
        <source>Change metadata in form field</source>
        <translation>Metadaten im Formularfeld ändern</translation>
    </message>
    <message>
        <source>stored encrypted; type to replace</source>
        <translation>verschlüsselt gespeichert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>optional with PKCE</source>
        <translation>mit PKCE optional</translation>
    </message>
    <message>
        <source>Sent as the text field &quot;%1&quot; of the Delivery request.</source>
        <translation>Wird als Textfeld „%1“ der Zustellanfrage gesendet.</translation>
    </message>
    <message>
        <source>Sent as a separate file part named &quot;metadata&quot;.</source>
        <translation>Wird als eigener Dateiteil namens „metadata“ gesendet.</translation>
    </message>
    <message>
        <source>Not sent: the Delivery step sends a raw body. Send metadata through an additional request.</source>
        <translation>Nicht gesendet: der Zustellschritt sendet einen rohen Body. Senden Sie Metadaten über eine zusätzliche Anfrage.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n Problem: %1</numerusform>
            <numerusform>%n Probleme: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes. </source>
        <translation>Ungespeicherte Änderungen. </translation>
    </message>
    <message numerus="yes">
        <source>%n user-specific parameter(s) will be removed, because the workflow is not user specific.</source>
        <translation>
            <numerusform>%n benutzerspezifischer Parameter wird entfernt, weil der Workflow nicht benutzerspezifisch ist.</numerusform>
            <numerusform>%n benutzerspezifische Parameter werden entfernt, weil der Workflow nicht benutzerspezifisch ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will lose their saved authorization and private values and must authorize again in Workplace.</source>
        <translation>
            <numerusform>%n Benutzer verliert seine gespeicherte Autorisierung und privaten Werte und muss sich in Workplace neu autorisieren.</numerusform>
            <numerusform>%n Benutzer verlieren ihre gespeicherte Autorisierung und privaten Werte und müssen sich in Workplace neu autorisieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any user-specific authorization saved for this workflow will be deleted.</source>
        <translation>Alle für diesen Workflow gespeicherten benutzerspezifischen Autorisierungen werden gelöscht.</translation>
    </message>
    <message>
        <source>Save workflow</source>
        <translation>Workflow speichern</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Trotzdem speichern?</translation>
    </message>
    <message>
        <source>The server did not save the workflow: %1</source>
        <translation>Der Server hat den Workflow nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a workflow: %1</source>
        <translation>Die Antwort des Servers ist kein Workflow: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>The workflow will send requests to %1, where it did not before: its stored password, client secret and shared authorization are deleted unless entered again now, and so is every user&apos;s saved authorization and private values.</source>
        <translation>Der Workflow sendet Anfragen an %1, wohin er bisher nichts gesendet hat: Sein gespeichertes Passwort, das Client-Geheimnis und die gemeinsame Autorisierung werden gelöscht, sofern Sie sie nicht jetzt erneut eingeben, ebenso die gespeicherten Autorisierungen und privaten Werte aller Benutzer.</translation>
    </message>
</context>
<context>
    <name>scanflow::WorkflowListModel</name>
    <message>
        <source>Shared OAuth 2.0 authorization: %1. Click to authorize.</source>
        <translation>Gemeinsame OAuth-2.0-Autorisierung: %1. Zum Autorisieren klicken.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source> (per user)</source>
        <translation> (pro Benutzer)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation>Ziel-URL</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>User specific</source>
        <translation>Benutzerspezifisch</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <source>Each user authorizes this workflow in Workplace. Click to see who has.</source>
        <translation>Jeder Benutzer autorisiert diesen Workflow in Workplace. Klicken Sie, um zu sehen, wer es getan hat.</translation>
    </message>
    <message>
        <source>Certificate checks are off: servers are not verified</source>
        <translation>Zertifikatsprüfung ist aus: Server werden nicht überprüft</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (Entwurf)</translation>
    </message>
    <message>
        <source>A draft: it has no destination yet. Open it in the designer to finish it.</source>
        <translation>Ein Entwurf: Er hat noch kein Ziel. Öffnen Sie ihn im Designer, um ihn fertigzustellen.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keines)</translation>
    </message>
</context>
<context>
    <name>scanflow::WorkflowListPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Cannot list the workflows: %1</source>
        <translation>Die Workflows können nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s)</source>
        <translation>
            <numerusform>%n Workflow</numerusform>
            <numerusform>%n Workflows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s); unreadable: %1</source>
        <translation>
            <numerusform>%n Workflow; unlesbar: %1</numerusform>
            <numerusform>%n Workflows; unlesbar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New workflow</source>
        <translation>Neuer Workflow</translation>
    </message>
    <message>
        <source>The server did not save the workflow: %1</source>
        <translation>Der Server hat den Workflow nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; saved.</source>
        <translation>%1: „%2“ gespeichert.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete workflow</source>
        <translation>Workflow löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its stored secrets and every user&apos;s saved authorization go with it.</source>
        <translation>„%1“ löschen? Die gespeicherten Geheimnisse und die gespeicherten Autorisierungen aller Benutzer werden mitgelöscht.</translation>
    </message>
    <message>
        <source>The server did not delete the workflow: %1</source>
        <translation>Der Server hat den Workflow nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Workflow deleted.</source>
        <translation>Workflow gelöscht.</translation>
    </message>
    <message>
        <source>Import workflow</source>
        <translation>Workflow importieren</translation>
    </message>
    <message>
        <source>Workflows (*.json);;All files (*)</source>
        <translation>Workflows (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a workflow: %2</source>
        <translation>„%1“ ist kein Workflow: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Export workflow</source>
        <translation>Workflow exportieren</translation>
    </message>
    <message>
        <source>Workflows (*.json)</source>
        <translation>Workflows (*.json)</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2 (without secrets).</source>
        <translation>„%1“ nach %2 exportiert (ohne Geheimnisse).</translation>
    </message>
    <message>
        <source>The copy has no client certificate: load it in the copy&apos;s Connection settings.</source>
        <translation>Die Kopie hat kein Client-Zertifikat: Laden Sie es in den Verbindungseinstellungen der Kopie.</translation>
    </message>
</context>
<context>
    <name>scanflow::WorkplaceSession</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Cannot sign in again: %1</source>
        <translation>Erneute Anmeldung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Signed in, but the OS keychain could not keep the sign-in for the next start: %1</source>
        <translation>Angemeldet, aber der Schlüsselbund des Systems konnte die Anmeldung nicht für den nächsten Start aufbewahren: %1</translation>
    </message>
    <message>
        <source>Signed out, but the OS keychain still keeps the sign-in: %1</source>
        <translation>Abgemeldet, aber der Schlüsselbund des Systems bewahrt die Anmeldung noch auf: %1</translation>
    </message>
</context>
<context>
    <name>scanflow::WorkplaceWindow</name>
    <message>
        <source>ScanFlow Workplace</source>
        <translation>ScanFlow Workplace</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Angemeldet als &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Authorize…</source>
        <translation>&amp;Autorisieren…</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Private destination</source>
        <translation>Privates Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private destinations&lt;/b&gt; — workflows that deliver with your own account or values. Open one to authorize it.</source>
        <translation>&lt;b&gt;Private Ziele&lt;/b&gt; — Workflows, die mit Ihrem eigenen Konto oder Ihren Werten zustellen. Öffnen Sie eines, um es zu autorisieren.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Cannot list your private destinations: %1</source>
        <translation>Ihre privaten Ziele können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Open to authorize</source>
        <translation>Zum Autorisieren öffnen</translation>
    </message>
    <message>
        <source>No workflow needs your private data.</source>
        <translation>Kein Workflow braucht Ihre privaten Daten.</translation>
    </message>
    <message numerus="yes">
        <source>%n private destination(s)</source>
        <translation>
            <numerusform>%n privates Ziel</numerusform>
            <numerusform>%n private Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2.</source>
        <translation>„%1“: %2.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Forget what you saved for &quot;%1&quot;? Its deliveries of your files stop until you authorize it again.</source>
        <translation>Vergessen, was Sie für „%1“ gespeichert haben? Die Zustellung Ihrer Dateien stoppt, bis Sie es erneut autorisieren.</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Noch benötigt</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>authorization with your account</source>
        <translation>Autorisierung mit Ihrem Konto</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Workplace&lt;/h2&gt;&lt;p&gt;Sign in to send files and to authorize your private destinations.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Workplace&lt;/h2&gt;&lt;p&gt;Melden Sie sich an, um Dateien zu senden und Ihre privaten Ziele zu autorisieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Send &amp;files</source>
        <translation>Dateien &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Private destinations</source>
        <translation>&amp;Private Ziele</translation>
    </message>
    <message>
        <source>&amp;Send file…</source>
        <translation>Datei &amp;senden…</translation>
    </message>
    <message>
        <source>Send a file through the selected workflow (%1); or drop files on it</source>
        <translation>Eine Datei über den gewählten Workflow senden (%1); oder Dateien darauf ziehen</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Fragt nach</translation>
    </message>
    <message>
        <source>&lt;b&gt;Send files&lt;/b&gt; — the workflows you may use. Choose one and a file, or drop files on it, and enter what it asks for.</source>
        <translation>&lt;b&gt;Dateien senden&lt;/b&gt; — die Workflows, die Sie verwenden dürfen. Einen wählen und eine Datei, oder Dateien darauf ziehen, und eingeben, wonach er fragt.</translation>
    </message>
    <message>
        <source>Cannot list the workflows you may use: %1</source>
        <translation>Die Workflows, die Sie verwenden dürfen, können nicht aufgelistet werden: %1</translation>
    </message>
</context>
</TS>
