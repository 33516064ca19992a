<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>JsonTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the template is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ScanFlow: scan-workflow designer and delivery server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder of the embedded server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file for stored secrets when there is no OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage a remote scanflowd at this URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server&apos;s API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanFlow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded server did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first start made the user &quot;admin&quot; with the password

%1

It is shown once: keep it safe. Users sign in to Workplace with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets cannot be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::AccessControlsPage</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a directory group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider ID: &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::ApiClient</name>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::ApiKeysPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthenticated requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced API permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what or who uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow unauthenticated requests (no user token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow untrusted endpoints (user sign-in, terminals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is shown once, when it is made. A key cannot give a permission the key in use lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time the key is shown. Copy it now and keep it safe; if it is lost, delete it and create another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::AuthProvidersPage</name>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local provider always exists; it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add authentication provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit authentication provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acme.com, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind password or client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration (JSON): not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::CertificatesPage</name>
    <message>
        <source>Trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create self-signed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A root authority goes with the chain it signed; delete that chain instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM or DER. Clients and destinations whose certificates it signed are then trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file: cannot read &quot;%1&quot;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: over 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a private certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS #12 (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain serves HTTPS at once. Its private key is kept sealed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a self-signed certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host names and addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan.example.com, 10.0.0.7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server makes a root authority and a certificate it signs for these names. Clients trust it once they trust the root (listed here as a root authority).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::DeliveryChart</name>
    <message>
        <source>%1: %2 delivered, %3 failed, %4 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::DeliveryHistoryPage</name>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scanflow::EntityPage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::FieldForm</name>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a value is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::GroupsPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made up when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::InputPortsPage</name>
    <message>
        <source>Pull queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output port ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add input port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit input port &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a push queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available by default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::Labels</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic HTML authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-specific parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form/Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multipart/form-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::LocationsPage</name>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WiFi SSID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit location &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.168.1.1, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.168.1.0/24, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.168.1.100-192.168.1.200, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WiFi SSIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office-wifi, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate several values with commas. A device is in this location when one of them matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::MainWindow</name>
    <message>
        <source>ScanFlow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan access rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2. Register the redirect URI %3 at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import workflow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export workflow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::OutputPortsPage</name>
    <message>
        <source>Dummy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer IPP URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP reader address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monochrome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed finisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software copy collation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends user names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add output port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit output port &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address or host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spooler (CUPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCL6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostScript level 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostScript level 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an embedded client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monochrome printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finisher with reversed path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collate copies in software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send user names (IPP only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a matching input port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::ParameterModel</name>
    <message>
        <source>Ignored: a raw body sends only the file (headers still apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored: the JSON editor&apos;s template is the whole body (headers still apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label the user sees in Workplace; the value comes from each user&apos;s private data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change parameter key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change parameter value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change parameter type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change parameter location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move parameter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::PlaceholderPicker</name>
    <message>
        <source>Insert placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a placeholder available at this step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::RequestsArea</name>
    <message>
        <source>Add request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Delivery step sends the file and cannot be removed; move it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::ResponseModel</name>
    <message>
        <source>A JSON path such as data.id or items[0].id, or an XPath such as /root/id for XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (selector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change response key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change response selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add response parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove response parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move response parameter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::RowTable</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::ScanAccessPage</name>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add access rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit access rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody may use a workflow until a rule allows it. A rule for the user beats a rule for one of their groups; Deny beats Allow at the same level.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::StepEditor</name>
    <message>
        <source>Request parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change body type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivers the file to the workflow&apos;s Destination URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipart field that carries the file: letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of file form field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery body type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit file field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON body source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON body template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change JSON body source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit JSON template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends Form/Body parameters, the file and, when enabled, the metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends only the file as the whole body; headers still apply, Form/Body parameters and metadata are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form/Body parameters go to the query string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is the whole body; only header parameters are used from the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is a flat JSON object of the Form/Body parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form/Body parameters are sent URL-encoded in the body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::TemplateEditor</name>
    <message>
        <source>Valid template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid template; placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::TestDeliveryDialog</name>
    <message>
        <source>&amp;Deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test delivery — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the user whose private values and credentials are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add terminal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not take the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued; delivering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot follow the delivery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delivered in %n attempt(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 failed (%2); the server tries again at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::TraceView</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parsed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::UsersPage</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, full name or email (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication provider whose users are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd, empty for never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a card for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card belongs to one user: a card another user has is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::WorkflowEditor</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke user-specific authorization on save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes every user&apos;s saved private data for this workflow when it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test delivery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store private API data per user: user-specific OAuth, Basic credentials or values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit destination URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change user specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User specific authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes (space separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI to register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change authentication type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change user specific authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable metadata export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export metadata in form field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit metadata field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of metadata form field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change metadata export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change metadata format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit metadata template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change metadata in form field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored encrypted; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional with PKCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as the text field &quot;%1&quot; of the Delivery request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as a separate file part named &quot;metadata&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the Delivery step sends a raw body. Send metadata through an additional request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes. </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user-specific parameter(s) will be removed, because the workflow is not user specific.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will lose their saved authorization and private values and must authorize again in Workplace.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any user-specific authorization saved for this workflow will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not save the workflow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a workflow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::WorkflowListModel</name>
    <message>
        <source>Shared OAuth 2.0 authorization: %1. Click to authorize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (per user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanflow::WorkflowListPage</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the workflows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s); unreadable: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not save the workflow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its stored secrets and every user&apos;s saved authorization go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not delete the workflow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a workflow: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2 (without secrets).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
