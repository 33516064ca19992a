<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuthorizationDialog</name>
    <message>
        <source>Users who saved private data in Workplace:</source>
        <translation>Users who saved private data in Workplace:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>The server on &amp;this computer (embedded)</source>
        <translation>The server on &amp;this computer (embedded)</translation>
    </message>
    <message>
        <source>A &amp;remote ScanFlow server</source>
        <translation>A &amp;remote ScanFlow server</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server &amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>sf_…</source>
        <translation>sf_…</translation>
    </message>
    <message>
        <source>&amp;Remember the key in the system keychain</source>
        <translation>&amp;Remember the key in the system keychain</translation>
    </message>
    <message>
        <source>Trust this &amp;root for this server</source>
        <translation>Trust this &amp;root for this server</translation>
    </message>
</context>
<context>
    <name>JsonTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the template is empty</source>
        <translation>the template is empty</translation>
    </message>
    <message>
        <source>not well-formed XML at character %1: %2</source>
        <translation>not well-formed XML at character %1: %2</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Delivering</translation>
    </message>
    <message>
        <source>Never delivered</source>
        <translation>Never delivered</translation>
    </message>
    <message>
        <source>no answer from the server</source>
        <translation>no answer from the server</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>the server answered HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestDeliveryDialog</name>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Use &amp;sample</source>
        <translation>Use &amp;sample</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>optional: the user whose private values and credentials are used</source>
        <translation>optional: the user whose private values and credentials are used</translation>
    </message>
    <message>
        <source>Terminal values:</source>
        <translation>Terminal values:</translation>
    </message>
    <message>
        <source>Terminal key</source>
        <translation>Terminal key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Add terminal value</source>
        <translation>Add terminal value</translation>
    </message>
</context>
<context>
    <name>UseCaseTemplates</name>
    <message>
        <source>It needs an OAuth provider: open it as a new workflow, fill in the provider&apos;s endpoints and client ID, save it and authorize it.</source>
        <translation>It needs an OAuth provider: open it as a new workflow, fill in the provider&apos;s endpoints and client ID, save it and authorize it.</translation>
    </message>
    <message>
        <source>Each user gives their own part in Workplace: open it as a new workflow, save it, and authorize it there.</source>
        <translation>Each user gives their own part in Workplace: open it as a new workflow, save it, and authorize it there.</translation>
    </message>
    <message>
        <source>Simple file upload</source>
        <translation>Simple file upload</translation>
    </message>
    <message>
        <source>The endpoint only needs a file upload.</source>
        <translation>The endpoint only needs a file upload.</translation>
    </message>
    <message>
        <source>Upload with a static API key header</source>
        <translation>Upload with a static API key header</translation>
    </message>
    <message>
        <source>The endpoint expects a header such as X-API-Key.</source>
        <translation>The endpoint expects a header such as X-API-Key.</translation>
    </message>
    <message>
        <source>Shared Basic authentication</source>
        <translation>Shared Basic authentication</translation>
    </message>
    <message>
        <source>One shared account is enough for the whole workflow.</source>
        <translation>One shared account is enough for the whole workflow.</translation>
    </message>
    <message>
        <source>It needs the shared login and password: open it as a new workflow and fill them in.</source>
        <translation>It needs the shared login and password: open it as a new workflow and fill them in.</translation>
    </message>
    <message>
        <source>Shared OAuth 2.0</source>
        <translation>Shared OAuth 2.0</translation>
    </message>
    <message>
        <source>One shared OAuth authorization is used for all of the workflow&apos;s users.</source>
        <translation>One shared OAuth authorization is used for all of the workflow&apos;s users.</translation>
    </message>
    <message>
        <source>User-specific OAuth 2.0</source>
        <translation>User-specific OAuth 2.0</translation>
    </message>
    <message>
        <source>Each user must deliver with their own OAuth account.</source>
        <translation>Each user must deliver with their own OAuth account.</translation>
    </message>
    <message>
        <source>User-specific Basic authentication</source>
        <translation>User-specific Basic authentication</translation>
    </message>
    <message>
        <source>Each user has their own Basic credentials.</source>
        <translation>Each user has their own Basic credentials.</translation>
    </message>
    <message>
        <source>Shared authentication plus a user&apos;s value</source>
        <translation>Shared authentication plus a user&apos;s value</translation>
    </message>
    <message>
        <source>All users share the technical authentication, but each sends a business value of their own, such as a customer code.</source>
        <translation>All users share the technical authentication, but each sends a business value of their own, such as a customer code.</translation>
    </message>
    <message>
        <source>Create a record, then upload</source>
        <translation>Create a record, then upload</translation>
    </message>
    <message>
        <source>The API needs a record ID before the upload: the first request&apos;s answer gives jobId.</source>
        <translation>The API needs a record ID before the upload: the first request&apos;s answer gives jobId.</translation>
    </message>
    <message>
        <source>Upload, then confirm</source>
        <translation>Upload, then confirm</translation>
    </message>
    <message>
        <source>The upload&apos;s answer gives uploadId, which a later request uses to finish the upload.</source>
        <translation>The upload&apos;s answer gives uploadId, which a later request uses to finish the upload.</translation>
    </message>
    <message>
        <source>Raw binary upload</source>
        <translation>Raw binary upload</translation>
    </message>
    <message>
        <source>The endpoint takes the file as the whole request body.</source>
        <translation>The endpoint takes the file as the whole request body.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ScanFlow: scan-workflow designer and delivery server.</source>
        <translation>ScanFlow: scan-workflow designer and delivery server.</translation>
    </message>
    <message>
        <source>Data folder of the embedded server.</source>
        <translation>Data folder of the embedded server.</translation>
    </message>
    <message>
        <source>Key file for stored secrets when there is no OS keychain.</source>
        <translation>Key file for stored secrets when there is no OS keychain.</translation>
    </message>
    <message>
        <source>Manage a remote scanflowd at this URL.</source>
        <translation>Manage a remote scanflowd at this URL.</translation>
    </message>
    <message>
        <source>The remote server&apos;s API key.</source>
        <translation>The remote server&apos;s API key.</translation>
    </message>
    <message>
        <source>ScanFlow</source>
        <translation>ScanFlow</translation>
    </message>
    <message>
        <source>The embedded server did not start: %1</source>
        <translation>The embedded server did not start: %1</translation>
    </message>
    <message>
        <source>The first start made the user &quot;admin&quot; with the password

%1

It is shown once: keep it safe. Users sign in to Workplace with it.</source>
        <translation>The first start made the user &quot;admin&quot; with the password

%1

It is shown once: keep it safe. Users sign in to Workplace with it.</translation>
    </message>
    <message>
        <source>Secrets cannot be stored: %1</source>
        <translation>Secrets cannot be stored: %1</translation>
    </message>
    <message>
        <source>no key is kept for %1</source>
        <translation>no key is kept for %1</translation>
    </message>
    <message>
        <source>The remembered server %1 was not connected (%2); this is the server on this computer. Use File › Connect to server to choose again.</source>
        <translation>The remembered server %1 was not connected (%2); this is the server on this computer. Use File › Connect to server to choose again.</translation>
    </message>
    <message>
        <source>Open only Workplace, where users authorize their private destinations.</source>
        <translation>Open only Workplace, where users authorize their private destinations.</translation>
    </message>
</context>
<context>
    <name>scanflow::AccessControlsPage</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Group DN</source>
        <translation>Group DN</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>Provider ID</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Account domain</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>Add access control</source>
        <translation>Add access control</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrators</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Given to</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>A user</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>A group</translation>
    </message>
    <message>
        <source>User or group name</source>
        <translation>User or group name</translation>
    </message>
    <message>
        <source>for a directory group</source>
        <translation>for a directory group</translation>
    </message>
    <message>
        <source>Provider ID: &quot;%1&quot; is not a number.</source>
        <translation>Provider ID: &quot;%1&quot; is not a number.</translation>
    </message>
</context>
<context>
    <name>scanflow::ApiClient</name>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>cannot read &quot;%1&quot;: %2</translation>
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
        <translation>Key starts with</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n permission</numerusform>
            <numerusform>%n permissions</numerusform>
        </translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Unauthenticated requests</source>
        <translation>Unauthenticated requests</translation>
    </message>
    <message>
        <source>Untrusted endpoints</source>
        <translation>Untrusted endpoints</translation>
    </message>
    <message>
        <source>Advanced API permissions</source>
        <translation>Advanced API permissions</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>Create API key</translation>
    </message>
    <message>
        <source>what or who uses it</source>
        <translation>what or who uses it</translation>
    </message>
    <message>
        <source>Allow unauthenticated requests (no user token)</source>
        <translation>Allow unauthenticated requests (no user token)</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot;</source>
        <translation>API key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This is the only time the key is shown. Copy it now and keep it safe; if it is lost, delete it and create another.</source>
        <translation>This is the only time the key is shown. Copy it now and keep it safe; if it is lost, delete it and create another.</translation>
    </message>
    <message>
        <source>Names users</source>
        <translation>Names users</translation>
    </message>
    <message>
        <source>Allow untrusted endpoints (password sign-in without a trusted device)</source>
        <translation>Allow untrusted endpoints (password sign-in without a trusted device)</translation>
    </message>
    <message>
        <source>May name the user a delivery is for (terminal integrations)</source>
        <translation>May name the user a delivery is for (terminal integrations)</translation>
    </message>
    <message>
        <source>The key is shown once, when it is made. A key cannot give a setting or a permission the key in use, or the signed-in user, lacks.</source>
        <translation>The key is shown once, when it is made. A key cannot give a setting or a permission the key in use, or the signed-in user, lacks.</translation>
    </message>
</context>
<context>
    <name>scanflow::AuthProvidersPage</name>
    <message>
        <source>Local</source>
        <translation>Local</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The local provider always exists; it cannot be deleted.</source>
        <translation>The local provider always exists; it cannot be deleted.</translation>
    </message>
    <message>
        <source>Add authentication provider</source>
        <translation>Add authentication provider</translation>
    </message>
    <message>
        <source>Edit authentication provider &quot;%1&quot;</source>
        <translation>Edit authentication provider &quot;%1&quot;</translation>
    </message>
    <message>
        <source>acme.com, …</source>
        <translation>acme.com, …</translation>
    </message>
    <message>
        <source>Configuration (JSON)</source>
        <translation>Configuration (JSON)</translation>
    </message>
    <message>
        <source>Bind password or client secret</source>
        <translation>Bind password or client secret</translation>
    </message>
    <message>
        <source>unchanged when empty</source>
        <translation>unchanged when empty</translation>
    </message>
    <message>
        <source>Configuration (JSON): not a JSON object.</source>
        <translation>Configuration (JSON): not a JSON object.</translation>
    </message>
    <message>
        <source>Priority: &quot;%1&quot; is not a number.</source>
        <translation>Priority: &quot;%1&quot; is not a number.</translation>
    </message>
</context>
<context>
    <name>scanflow::AuthorizationDialog</name>
    <message>
        <source>Authorization of &quot;%1&quot;</source>
        <translation>Authorization of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared OAuth 2.0 authorization&lt;/b&gt;</source>
        <translation>&lt;b&gt;Shared OAuth 2.0 authorization&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider:</source>
        <translation>Redirect URI to register at the provider:</translation>
    </message>
    <message>
        <source>&amp;Authorize…</source>
        <translation>&amp;Authorize…</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unknown: %1</translation>
    </message>
    <message>
        <source>Re-&amp;authorize…</source>
        <translation>Re-&amp;authorize…</translation>
    </message>
    <message>
        <source>Not authorized: %1</source>
        <translation>Not authorized: %1</translation>
    </message>
    <message>
        <source>Authorized. Deliveries of this workflow now use this authorization.</source>
        <translation>Authorized. Deliveries of this workflow now use this authorization.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Revoke the shared authorization of &quot;%1&quot;? Its deliveries fail until it is authorized again.</source>
        <translation>Revoke the shared authorization of &quot;%1&quot;? Its deliveries fail until it is authorized again.</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Not revoked: %1</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Revoked.</translation>
    </message>
</context>
<context>
    <name>scanflow::CertificatesPage</name>
    <message>
        <source>Trusted CA</source>
        <translation>Trusted CA</translation>
    </message>
    <message>
        <source>Private chain</source>
        <translation>Private chain</translation>
    </message>
    <message>
        <source>Root authority</source>
        <translation>Root authority</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
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
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Import CA…</source>
        <translation>Import CA…</translation>
    </message>
    <message>
        <source>Import chain…</source>
        <translation>Import chain…</translation>
    </message>
    <message>
        <source>Create self-signed…</source>
        <translation>Create self-signed…</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>Cannot load %1: %2</translation>
    </message>
    <message>
        <source>A root authority goes with the chain it signed; delete that chain instead.</source>
        <translation>A root authority goes with the chain it signed; delete that chain instead.</translation>
    </message>
    <message>
        <source>Import a CA certificate</source>
        <translation>Import a CA certificate</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>PEM or DER. Clients and destinations whose certificates it signed are then trusted.</source>
        <translation>PEM or DER. Clients and destinations whose certificates it signed are then trusted.</translation>
    </message>
    <message>
        <source>Certificate file: cannot read &quot;%1&quot;%2</source>
        <translation>Certificate file: cannot read &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>: over 1 MiB</source>
        <translation>: over 1 MiB</translation>
    </message>
    <message>
        <source>CA certificate imported.</source>
        <translation>CA certificate imported.</translation>
    </message>
    <message>
        <source>Import a private certificate chain</source>
        <translation>Import a private certificate chain</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>Keystore</translation>
    </message>
    <message>
        <source>PKCS #12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS #12 (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation>Keystore password</translation>
    </message>
    <message>
        <source>The chain serves HTTPS at once. Its private key is kept sealed on the server.</source>
        <translation>The chain serves HTTPS at once. Its private key is kept sealed on the server.</translation>
    </message>
    <message>
        <source>Certificate chain imported.</source>
        <translation>Certificate chain imported.</translation>
    </message>
    <message>
        <source>Create a self-signed certificate chain</source>
        <translation>Create a self-signed certificate chain</translation>
    </message>
    <message>
        <source>Host names and addresses</source>
        <translation>Host names and addresses</translation>
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
        <translation>Valid for (days)</translation>
    </message>
    <message>
        <source>The server makes a root authority and a certificate it signs for these names. Clients trust it once they trust the root (listed here as a root authority).</source>
        <translation>The server makes a root authority and a certificate it signs for these names. Clients trust it once they trust the root (listed here as a root authority).</translation>
    </message>
    <message>
        <source>Certificate chain created.</source>
        <translation>Certificate chain created.</translation>
    </message>
</context>
<context>
    <name>scanflow::ConnectDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Server URL: &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>Server URL: &quot;%1&quot; is not an http:// or https:// address.</translation>
    </message>
    <message>
        <source>API key: a key is needed to manage a remote server.</source>
        <translation>API key: a key is needed to manage a remote server.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Not connected: %1</translation>
    </message>
    <message>
        <source>Connected to %1 %2 (%3 database).</source>
        <translation>Connected to %1 %2 (%3 database).</translation>
    </message>
    <message>
        <source>The key could not be kept in the keychain: %1</source>
        <translation>The key could not be kept in the keychain: %1</translation>
    </message>
    <message>
        <source>Trust this &amp;root for this server</source>
        <translation>Trust this &amp;root for this server</translation>
    </message>
    <message>
        <source>Refused: the root certificate of %1 has changed.
Trusted: %2, SHA-256 %3
Now: %4, SHA-256 %5
If the server&apos;s certificates were made anew on purpose, trust the new root; otherwise someone may be between you and the server.</source>
        <translation>Refused: the root certificate of %1 has changed.
Trusted: %2, SHA-256 %3
Now: %4, SHA-256 %5
If the server&apos;s certificates were made anew on purpose, trust the new root; otherwise someone may be between you and the server.</translation>
    </message>
    <message>
        <source>Trust the &amp;new root for this server</source>
        <translation>Trust the &amp;new root for this server</translation>
    </message>
    <message>
        <source>Not connected: %1
The server does not send its root certificate (the chain ends at &quot;%2&quot;), so it cannot be trusted from here; import the root into the system&apos;s certificates.</source>
        <translation>Not connected: %1
The server does not send its root certificate (the chain ends at &quot;%2&quot;), so it cannot be trusted from here; import the root into the system&apos;s certificates.</translation>
    </message>
    <message>
        <source>This computer does not trust the server&apos;s certificate (%3). Its root is
%1
SHA-256 %2
Compare the fingerprint with the one the server printed when it started (&quot;tls root: …&quot;) before trusting it.</source>
        <translation>This computer does not trust the server&apos;s certificate (%3). Its root is
%1
SHA-256 %2
Compare the fingerprint with the one the server printed when it started (&quot;tls root: …&quot;) before trusting it.</translation>
    </message>
</context>
<context>
    <name>scanflow::ConnectionSection</name>
    <message>
        <source>larger than 1 MiB; not a certificate</source>
        <translation>larger than 1 MiB; not a certificate</translation>
    </message>
    <message>
        <source>not a PEM certificate</source>
        <translation>not a PEM certificate</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid until %3</source>
        <translation>%1, issued by %2, valid until %3</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Change connect timeout</source>
        <translation>Change connect timeout</translation>
    </message>
    <message>
        <source>How long to wait for a connection; default: the transfer timeout.</source>
        <translation>How long to wait for a connection; default: the transfer timeout.</translation>
    </message>
    <message>
        <source>Change transfer timeout</source>
        <translation>Change transfer timeout</translation>
    </message>
    <message>
        <source>A request that moves no byte either way for this long fails and is tried again later.</source>
        <translation>A request that moves no byte either way for this long fails and is tried again later.</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>Connect &amp;timeout:</translation>
    </message>
    <message>
        <source>T&amp;ransfer timeout:</source>
        <translation>T&amp;ransfer timeout:</translation>
    </message>
    <message>
        <source>&amp;Check server certificates</source>
        <translation>&amp;Check server certificates</translation>
    </message>
    <message>
        <source>Certificate checks are off: anyone between ScanFlow and the server can read and change what this workflow sends, passwords and files included. Every trace says so.</source>
        <translation>Certificate checks are off: anyone between ScanFlow and the server can read and change what this workflow sends, passwords and files included. Every trace says so.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
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
        <translation>Minimum &amp;TLS version:</translation>
    </message>
    <message>
        <source>Offer &amp;HTTP/2</source>
        <translation>Offer &amp;HTTP/2</translation>
    </message>
    <message>
        <source>CA certificates imported under Certificates; checked ones are trusted besides the system&apos;s.</source>
        <translation>CA certificates imported under Certificates; checked ones are trusted besides the system&apos;s.</translation>
    </message>
    <message>
        <source>Trusted &amp;imported CAs:</source>
        <translation>Trusted &amp;imported CAs:</translation>
    </message>
    <message>
        <source>Load PEM…</source>
        <translation>Load PEM…</translation>
    </message>
    <message>
        <source>Trusted CA certificates (PEM):</source>
        <translation>Trusted CA certificates (PEM):</translation>
    </message>
    <message>
        <source>Change certificate checks</source>
        <translation>Change certificate checks</translation>
    </message>
    <message>
        <source>Change minimum TLS version</source>
        <translation>Change minimum TLS version</translation>
    </message>
    <message>
        <source>Change HTTP/2</source>
        <translation>Change HTTP/2</translation>
    </message>
    <message>
        <source>Change trusted CAs</source>
        <translation>Change trusted CAs</translation>
    </message>
    <message>
        <source>Edit trusted CA certificates</source>
        <translation>Edit trusted CA certificates</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Trusted CA certificates</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Load trusted CA certificates</source>
        <translation>Load trusted CA certificates</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>PEM certificate and key</source>
        <translation>PEM certificate and key</translation>
    </message>
    <message>
        <source>PKCS#12 file (.p12, .pfx)</source>
        <translation>PKCS#12 file (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>Client &amp;certificate:</translation>
    </message>
    <message>
        <source>Load certificate…</source>
        <translation>Load certificate…</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>Load key…</source>
        <translation>Load key…</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Private key:</translation>
    </message>
    <message>
        <source>Edit key password</source>
        <translation>Edit key password</translation>
    </message>
    <message>
        <source>Key or file &amp;password:</source>
        <translation>Key or file &amp;password:</translation>
    </message>
    <message>
        <source>Change client certificate</source>
        <translation>Change client certificate</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client certificate</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 files (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Load client certificate</source>
        <translation>Load client certificate</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Private key</translation>
    </message>
    <message>
        <source>PEM keys (*.key *.pem);;All files (*)</source>
        <translation>PEM keys (*.key *.pem);;All files (*)</translation>
    </message>
    <message>
        <source>Load private key</source>
        <translation>Load private key</translation>
    </message>
    <message>
        <source>The system&apos;s (environment)</source>
        <translation>The system&apos;s (environment)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>No proxy</translation>
    </message>
    <message>
        <source>This proxy</source>
        <translation>This proxy</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Edit proxy URL</source>
        <translation>Edit proxy URL</translation>
    </message>
    <message>
        <source>Proxy URL:</source>
        <translation>Proxy URL:</translation>
    </message>
    <message>
        <source>Edit proxy login</source>
        <translation>Edit proxy login</translation>
    </message>
    <message>
        <source>Proxy login:</source>
        <translation>Proxy login:</translation>
    </message>
    <message>
        <source>Edit proxy password</source>
        <translation>Edit proxy password</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>Proxy password:</translation>
    </message>
    <message>
        <source>The best it offers</source>
        <translation>The best it offers</translation>
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
        <translation>Proxy authentication:</translation>
    </message>
    <message>
        <source>Edit hosts without proxy</source>
        <translation>Edit hosts without proxy</translation>
    </message>
    <message>
        <source>Reach &amp;directly:</source>
        <translation>Reach &amp;directly:</translation>
    </message>
    <message>
        <source>Change proxy</source>
        <translation>Change proxy</translation>
    </message>
    <message>
        <source>Change proxy authentication</source>
        <translation>Change proxy authentication</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not on the server)</source>
        <translation>%1 (not on the server)</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>none loaded</translation>
    </message>
    <message>
        <source>PKCS#12 file loaded; sent to the server encrypted, never shown again</source>
        <translation>PKCS#12 file loaded; sent to the server encrypted, never shown again</translation>
    </message>
    <message>
        <source>stored encrypted on the server; load a file to replace it</source>
        <translation>stored encrypted on the server; load a file to replace it</translation>
    </message>
    <message>
        <source>loaded; sent to the server encrypted, never shown again</source>
        <translation>loaded; sent to the server encrypted, never shown again</translation>
    </message>
    <message>
        <source>stored encrypted on the server</source>
        <translation>stored encrypted on the server</translation>
    </message>
    <message>
        <source>stored encrypted; type to replace</source>
        <translation>stored encrypted; type to replace</translation>
    </message>
    <message>
        <source>Negotiate with no login signs in with the Kerberos ticket of the account the server runs as.</source>
        <translation>Negotiate with no login signs in with the Kerberos ticket of the account the server runs as.</translation>
    </message>
</context>
<context>
    <name>scanflow::CurlImportDialog</name>
    <message>
        <source>Make a new &amp;Request step</source>
        <translation>Make a new &amp;Request step</translation>
    </message>
    <message>
        <source>Fill the &amp;Delivery (destination URL and upload)</source>
        <translation>Fill the &amp;Delivery (destination URL and upload)</translation>
    </message>
    <message>
        <source>Import from curl</source>
        <translation>Import from curl</translation>
    </message>
    <message>
        <source>&amp;Paste a curl command line, as an API&apos;s documentation gives it:</source>
        <translation>&amp;Paste a curl command line, as an API&apos;s documentation gives it:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Cannot import: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s)</source>
        <translation>
            <numerusform>%n header</numerusform>
            <numerusform>%n headers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message>
        <source>body: %1</source>
        <translation>body: %1</translation>
    </message>
    <message>
        <source>, the scanned file as &quot;%1&quot;</source>
        <translation>, the scanned file as &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Not needed in a workflow: %1</source>
        <translation>Not needed in a workflow: %1</translation>
    </message>
    <message>
        <source>Store the login &quot;%1&quot; (-u) as the workflow&apos;s &amp;Basic authentication</source>
        <translation>Store the login &quot;%1&quot; (-u) as the workflow&apos;s &amp;Basic authentication</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
</context>
<context>
    <name>scanflow::DeliveryChart</name>
    <message>
        <source>%1: %2 delivered, %3 failed, %4 waiting</source>
        <translation>%1: %2 delivered, %3 failed, %4 waiting</translation>
    </message>
    <message>
        <source>Deliveries per day</source>
        <translation>Deliveries per day</translation>
    </message>
    <message>
        <source>No deliveries yet.</source>
        <translation>No deliveries yet.</translation>
    </message>
</context>
<context>
    <name>scanflow::DeliveryHistoryPage</name>
    <message>
        <source>Load &amp;more</source>
        <translation>Load &amp;more</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Cannot read the history: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries shown</source>
        <translation>
            <numerusform>%n delivery shown</numerusform>
            <numerusform>%n deliveries shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the history again from the server (F5); it also changes by itself</source>
        <translation>Read the history again from the server (F5); it also changes by itself</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
</context>
<context>
    <name>scanflow::DeliveryList</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>Retry &amp;now</translation>
    </message>
    <message>
        <source>Ca&amp;ncel delivery</source>
        <translation>Ca&amp;ncel delivery</translation>
    </message>
    <message>
        <source>Deliver the selected file now (a failed file is queued again)</source>
        <translation>Deliver the selected file now (a failed file is queued again)</translation>
    </message>
    <message>
        <source>Keep the selected queued file as failed, without delivering it</source>
        <translation>Keep the selected queued file as failed, without delivering it</translation>
    </message>
    <message>
        <source>Delivery %1: %2</source>
        <translation>Delivery %1: %2</translation>
    </message>
    <message>
        <source>Delivery %1 is queued to be delivered now</source>
        <translation>Delivery %1 is queued to be delivered now</translation>
    </message>
    <message>
        <source>Delivery %1 is cancelled and kept as failed</source>
        <translation>Delivery %1 is cancelled and kept as failed</translation>
    </message>
</context>
<context>
    <name>scanflow::DeliveryListModel</name>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Delivering</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>scanflow::DevicesPage</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Code expired</source>
        <translation>Code expired</translation>
    </message>
    <message>
        <source>Awaiting registration</source>
        <translation>Awaiting registration</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Code valid until</source>
        <translation>Code valid until</translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation>API key ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>Register device</translation>
    </message>
    <message>
        <source>where it stands, e.g. MFP 3rd floor</source>
        <translation>where it stands, e.g. MFP 3rd floor</translation>
    </message>
    <message>
        <source>Code valid for</source>
        <translation>Code valid for</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 week</translation>
    </message>
    <message>
        <source>The device&apos;s one-time registration code is shown once. Type it into the device, which trades it with its own API key for a device token.</source>
        <translation>The device&apos;s one-time registration code is shown once. Type it into the device, which trades it with its own API key for a device token.</translation>
    </message>
    <message>
        <source>Registration code for &quot;%1&quot;</source>
        <translation>Registration code for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Type this code into the device. It works once, until %1; after that, register the device again.</source>
        <translation>Type this code into the device. It works once, until %1; after that, register the device again.</translation>
    </message>
</context>
<context>
    <name>scanflow::EntityPage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Cannot read the account: %1</source>
        <translation>Cannot read the account: %1</translation>
    </message>
    <message>
        <source>Cannot load the list: %1</source>
        <translation>Cannot load the list: %1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Added.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>&quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? This cannot be undone.</source>
        <translation>Delete &quot;%1&quot;? This cannot be undone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted: %2</source>
        <translation>&quot;%1&quot; was not deleted: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deleted.</source>
        <translation>&quot;%1&quot; deleted.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <translation>Browse…</translation>
    </message>
    <message>
        <source>%1: a value is needed.</source>
        <translation>%1: a value is needed.</translation>
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
        <translation>Group ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>made up when empty</source>
        <translation>made up when empty</translation>
    </message>
    <message>
        <source>Member names</source>
        <translation>Member names</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>scanflow::InboxPage</name>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copy &amp;path</translation>
    </message>
    <message>
        <source>&amp;Send files…</source>
        <translation>&amp;Send files…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>Inbox folder</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In flight</translation>
    </message>
    <message>
        <source>Delivered today</source>
        <translation>Delivered today</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Failed today</translation>
    </message>
    <message>
        <source>Drop files on a workflow to deliver them through it</source>
        <translation>Drop files on a workflow to deliver them through it</translation>
    </message>
    <message>
        <source>Copy scans into a workflow&apos;s folder, or drop them on its row: each is delivered and shows below.</source>
        <translation>Copy scans into a workflow&apos;s folder, or drop them on its row: each is delivered and shows below.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
    <message>
        <source>Send files through %1</source>
        <translation>Send files through %1</translation>
    </message>
    <message>
        <source>Cannot read the inbox: %1</source>
        <translation>Cannot read the inbox: %1</translation>
    </message>
    <message>
        <source>(none: the name cannot be a folder)</source>
        <translation>(none: the name cannot be a folder)</translation>
    </message>
    <message>
        <source>Deliver files</source>
        <translation>Deliver files</translation>
    </message>
    <message>
        <source>Deliver through the workflow:</source>
        <translation>Deliver through the workflow:</translation>
    </message>
    <message>
        <source>Only files can be delivered, not folders or links to the web</source>
        <translation>Only files can be delivered, not folders or links to the web</translation>
    </message>
    <message>
        <source>Still sending the files before; try again when they are on their way</source>
        <translation>Still sending the files before; try again when they are on their way</translation>
    </message>
    <message>
        <source>Sending %1 of %2: %3 (%p%)</source>
        <translation>Sending %1 of %2: %3 (%p%)</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 was not sent: %2</translation>
    </message>
</context>
<context>
    <name>scanflow::InputPortsPage</name>
    <message>
        <source>Pull queue</source>
        <translation>Pull queue</translation>
    </message>
    <message>
        <source>Push queue</source>
        <translation>Push queue</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Output port</source>
        <translation>Output port</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Output port ID</source>
        <translation>Output port ID</translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation>Location ID</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Account domain</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Add input port</source>
        <translation>Add input port</translation>
    </message>
    <message>
        <source>Edit input port &quot;%1&quot;</source>
        <translation>Edit input port &quot;%1&quot;</translation>
    </message>
    <message>
        <source>for a push queue</source>
        <translation>for a push queue</translation>
    </message>
    <message>
        <source>Available by default</source>
        <translation>Available by default</translation>
    </message>
</context>
<context>
    <name>scanflow::Labels</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Basic HTML authentication</source>
        <translation>Basic HTML authentication</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>System parameter</source>
        <translation>System parameter</translation>
    </message>
    <message>
        <source>Custom parameter</source>
        <translation>Custom parameter</translation>
    </message>
    <message>
        <source>Terminal parameter</source>
        <translation>Terminal parameter</translation>
    </message>
    <message>
        <source>Response parameter</source>
        <translation>Response parameter</translation>
    </message>
    <message>
        <source>User-specific parameter</source>
        <translation>User-specific parameter</translation>
    </message>
    <message>
        <source>Request header</source>
        <translation>Request header</translation>
    </message>
    <message>
        <source>Form/Body</source>
        <translation>Form/Body</translation>
    </message>
    <message>
        <source>Multipart/form-data</source>
        <translation>Multipart/form-data</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Raw body</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>From parameters</source>
        <translation>From parameters</translation>
    </message>
    <message>
        <source>JSON editor</source>
        <translation>JSON editor</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Custom XML</source>
        <translation>Custom XML</translation>
    </message>
    <message>
        <source>Custom JSON</source>
        <translation>Custom JSON</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Authorized</translation>
    </message>
    <message>
        <source>Needs renewal</source>
        <translation>Needs renewal</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Not authorized</translation>
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
        <translation>Subnet</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>WiFi SSID</source>
        <translation>WiFi SSID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Identified by</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Add location</source>
        <translation>Add location</translation>
    </message>
    <message>
        <source>Edit location &quot;%1&quot;</source>
        <translation>Edit location &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Gateway addresses</source>
        <translation>Gateway addresses</translation>
    </message>
    <message>
        <source>192.168.1.1, …</source>
        <translation>192.168.1.1, …</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Subnets</translation>
    </message>
    <message>
        <source>192.168.1.0/24, …</source>
        <translation>192.168.1.0/24, …</translation>
    </message>
    <message>
        <source>Address ranges</source>
        <translation>Address ranges</translation>
    </message>
    <message>
        <source>192.168.1.100-192.168.1.200, …</source>
        <translation>192.168.1.100-192.168.1.200, …</translation>
    </message>
    <message>
        <source>WiFi SSIDs</source>
        <translation>WiFi SSIDs</translation>
    </message>
    <message>
        <source>office-wifi, …</source>
        <translation>office-wifi, …</translation>
    </message>
    <message>
        <source>Separate several values with commas. A device is in this location when one of them matches.</source>
        <translation>Separate several values with commas. A device is in this location when one of them matches.</translation>
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
        <translation>Delivery history</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Output ports</source>
        <translation>Output ports</translation>
    </message>
    <message>
        <source>Input ports</source>
        <translation>Input ports</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Authentication providers</source>
        <translation>Authentication providers</translation>
    </message>
    <message>
        <source>Access controls</source>
        <translation>Access controls</translation>
    </message>
    <message>
        <source>Scan access rules</source>
        <translation>Scan access rules</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API keys</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New workflow</source>
        <translation>&amp;New workflow</translation>
    </message>
    <message>
        <source>&amp;Import workflow…</source>
        <translation>&amp;Import workflow…</translation>
    </message>
    <message>
        <source>&amp;Export workflow…</source>
        <translation>&amp;Export workflow…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Connect to server…</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Not connected: %1</translation>
    </message>
    <message>
        <source>Open &amp;Workplace…</source>
        <translation>Open &amp;Workplace…</translation>
    </message>
    <message>
        <source>Trusted devices</source>
        <translation>Trusted devices</translation>
    </message>
    <message>
        <source>Scan inbox</source>
        <translation>Scan inbox</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Try it</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Start page</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
</context>
<context>
    <name>scanflow::OAuthBrowserFlow</name>
    <message numerus="yes">
        <source>No answer came from the provider&apos;s page within %n minute(s). Nothing was saved; try again.</source>
        <translation>
            <numerusform>No answer came from the provider&apos;s page within %n minute. Nothing was saved; try again.</numerusform>
            <numerusform>No answer came from the provider&apos;s page within %n minutes. Nothing was saved; try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization endpoint URL &quot;%1&quot; is not valid.</source>
        <translation>The authorization endpoint URL &quot;%1&quot; is not valid.</translation>
    </message>
    <message>
        <source>ScanFlow has the provider&apos;s answer. You can close this page and return to ScanFlow.</source>
        <translation>ScanFlow has the provider&apos;s answer. You can close this page and return to ScanFlow.</translation>
    </message>
    <message>
        <source>Port %1 on this computer, where the provider&apos;s answer comes back, is in use (another authorization may be open). Close it and try again.</source>
        <translation>Port %1 on this computer, where the provider&apos;s answer comes back, is in use (another authorization may be open). Close it and try again.</translation>
    </message>
    <message>
        <source>No web browser could be opened for %1.</source>
        <translation>No web browser could be opened for %1.</translation>
    </message>
    <message>
        <source>The authorization was denied at the provider. Nothing was saved.</source>
        <translation>The authorization was denied at the provider. Nothing was saved.</translation>
    </message>
    <message>
        <source>The provider refused the authorization: %1%2</source>
        <translation>The provider refused the authorization: %1%2</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not match this authorization (its state differs), so it was refused. Nothing was saved.</source>
        <translation>The provider&apos;s answer did not match this authorization (its state differs), so it was refused. Nothing was saved.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer had no authorization code.</source>
        <translation>The provider&apos;s answer had no authorization code.</translation>
    </message>
</context>
<context>
    <name>scanflow::OAuthProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sign in at %1 in your web browser and allow access; this window waits for the answer.</source>
        <translation>Sign in at %1 in your web browser and allow access; this window waits for the answer.</translation>
    </message>
    <message>
        <source>Opening the provider&apos;s page…</source>
        <translation>Opening the provider&apos;s page…</translation>
    </message>
    <message>
        <source>The provider answered; the server is completing the authorization…</source>
        <translation>The provider answered; the server is completing the authorization…</translation>
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
        <translation>Printer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Print protocol</source>
        <translation>Print protocol</translation>
    </message>
    <message>
        <source>Output type</source>
        <translation>Output type</translation>
    </message>
    <message>
        <source>Printer IPP URL</source>
        <translation>Printer IPP URL</translation>
    </message>
    <message>
        <source>IP reader address</source>
        <translation>IP reader address</translation>
    </message>
    <message>
        <source>Device serial number</source>
        <translation>Device serial number</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Account domain</translation>
    </message>
    <message>
        <source>Embedded client</source>
        <translation>Embedded client</translation>
    </message>
    <message>
        <source>Monochrome</source>
        <translation>Monochrome</translation>
    </message>
    <message>
        <source>Reversed finisher</source>
        <translation>Reversed finisher</translation>
    </message>
    <message>
        <source>Software copy collation</source>
        <translation>Software copy collation</translation>
    </message>
    <message>
        <source>Sends user names</source>
        <translation>Sends user names</translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation>Location ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Add output port</source>
        <translation>Add output port</translation>
    </message>
    <message>
        <source>Edit output port &quot;%1&quot;</source>
        <translation>Edit output port &quot;%1&quot;</translation>
    </message>
    <message>
        <source>IP address or host name</source>
        <translation>IP address or host name</translation>
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
        <translation>Raw</translation>
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
        <translation>PostScript level 3</translation>
    </message>
    <message>
        <source>PostScript level 2</source>
        <translation>PostScript level 2</translation>
    </message>
    <message>
        <source>Has an embedded client</source>
        <translation>Has an embedded client</translation>
    </message>
    <message>
        <source>Monochrome printer</source>
        <translation>Monochrome printer</translation>
    </message>
    <message>
        <source>Finisher with reversed path</source>
        <translation>Finisher with reversed path</translation>
    </message>
    <message>
        <source>Collate copies in software</source>
        <translation>Collate copies in software</translation>
    </message>
    <message>
        <source>Send user names (IPP only)</source>
        <translation>Send user names (IPP only)</translation>
    </message>
    <message>
        <source>Create a matching input port</source>
        <translation>Create a matching input port</translation>
    </message>
</context>
<context>
    <name>scanflow::ParameterModel</name>
    <message>
        <source>Ignored: a raw body sends only the file (headers still apply)</source>
        <translation>Ignored: a raw body sends only the file (headers still apply)</translation>
    </message>
    <message>
        <source>Ignored: the JSON editor&apos;s template is the whole body (headers still apply)</source>
        <translation>Ignored: the JSON editor&apos;s template is the whole body (headers still apply)</translation>
    </message>
    <message>
        <source>The label the user sees in Workplace; the value comes from each user&apos;s private data.</source>
        <translation>The label the user sees in Workplace; the value comes from each user&apos;s private data.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Change parameter key</source>
        <translation>Change parameter key</translation>
    </message>
    <message>
        <source>Change parameter value</source>
        <translation>Change parameter value</translation>
    </message>
    <message>
        <source>Change parameter type</source>
        <translation>Change parameter type</translation>
    </message>
    <message>
        <source>Change parameter location</source>
        <translation>Change parameter location</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Add parameter</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Remove parameter</translation>
    </message>
    <message>
        <source>Move parameter</source>
        <translation>Move parameter</translation>
    </message>
    <message>
        <source>(kept on the server)</source>
        <translation>(kept on the server)</translation>
    </message>
    <message>
        <source>A secret value is sealed on the server and never shown again or exported; leave it empty to keep the stored one.</source>
        <translation>A secret value is sealed on the server and never shown again or exported; leave it empty to keep the stored one.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Make parameter secret</source>
        <translation>Make parameter secret</translation>
    </message>
    <message>
        <source>Make parameter plain</source>
        <translation>Make parameter plain</translation>
    </message>
</context>
<context>
    <name>scanflow::PlaceholderHighlight</name>
    <message>
        <source>Nothing provides %1 at this step</source>
        <translation>Nothing provides %1 at this step</translation>
    </message>
</context>
<context>
    <name>scanflow::PlaceholderPicker</name>
    <message>
        <source>Insert placeholder</source>
        <translation>Insert placeholder</translation>
    </message>
    <message>
        <source>Insert a placeholder available at this step</source>
        <translation>Insert a placeholder available at this step</translation>
    </message>
</context>
<context>
    <name>scanflow::PrivateDestinationDialog</name>
    <message>
        <source>Private destination: %1</source>
        <translation>Private destination: %1</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>All fields are required. Then sign in at the provider in your web browser; nothing is saved until that is done too.</source>
        <translation>All fields are required. Then sign in at the provider in your web browser; nothing is saved until that is done too.</translation>
    </message>
    <message>
        <source>All fields are required. They are kept encrypted on the server and used only for your deliveries.</source>
        <translation>All fields are required. They are kept encrypted on the server and used only for your deliveries.</translation>
    </message>
    <message>
        <source>Sign in at the provider in your web browser to let this workflow deliver your files.</source>
        <translation>Sign in at the provider in your web browser to let this workflow deliver your files.</translation>
    </message>
    <message>
        <source>&amp;Continue to sign-in…</source>
        <translation>&amp;Continue to sign-in…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>scanflow::RequestsArea</name>
    <message>
        <source>Add request</source>
        <translation>Add request</translation>
    </message>
    <message>
        <source>Remove request</source>
        <translation>Remove request</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Move earlier</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Move later</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <source>The Delivery step sends the file and cannot be removed; move it instead.</source>
        <translation>The Delivery step sends the file and cannot be removed; move it instead.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Rename step</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Move step</translation>
    </message>
    <message>
        <source>Import from curl…</source>
        <translation>Import from curl…</translation>
    </message>
    <message>
        <source>Run up to this step…</source>
        <translation>Run up to this step…</translation>
    </message>
</context>
<context>
    <name>scanflow::ResponseModel</name>
    <message>
        <source>A JSON path such as data.id or items[0].id, or an XPath such as /root/id for XML.</source>
        <translation>A JSON path such as data.id or items[0].id, or an XPath such as /root/id for XML.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value (selector)</source>
        <translation>Value (selector)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Change response key</source>
        <translation>Change response key</translation>
    </message>
    <message>
        <source>Change response selector</source>
        <translation>Change response selector</translation>
    </message>
    <message>
        <source>Add response parameter</source>
        <translation>Add response parameter</translation>
    </message>
    <message>
        <source>Remove response parameter</source>
        <translation>Remove response parameter</translation>
    </message>
    <message>
        <source>Move response parameter</source>
        <translation>Move response parameter</translation>
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
        <translation>Value</translation>
    </message>
    <message>
        <source>Double-click a value (or press Enter) to parse it into a response parameter</source>
        <translation>Double-click a value (or press Enter) to parse it into a response parameter</translation>
    </message>
    <message>
        <source>(array)</source>
        <translation>(array)</translation>
    </message>
    <message>
        <source>(object)</source>
        <translation>(object)</translation>
    </message>
</context>
<context>
    <name>scanflow::RowTable</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
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
        <translation>User or group</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <source>Workflow ID</source>
        <translation>Workflow ID</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User or group ID</source>
        <translation>User or group ID</translation>
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
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>Add access rule</source>
        <translation>Add access rule</translation>
    </message>
    <message>
        <source>Edit access rule</source>
        <translation>Edit access rule</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>A user</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>A group</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Nobody may use a workflow until a rule allows it. A rule for the user beats a rule for one of their groups; Deny beats Allow at the same level.</source>
        <translation>Nobody may use a workflow until a rule allows it. A rule for the user beats a rule for one of their groups; Deny beats Allow at the same level.</translation>
    </message>
</context>
<context>
    <name>scanflow::SendFileDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Send a file through %1</source>
        <translation>Send a file through %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Your private destination still needs: %1. Authorize it first, or the delivery fails.</source>
        <translation>Your private destination still needs: %1. Authorize it first, or the delivery fails.</translation>
    </message>
    <message>
        <source>Choose the file to send</source>
        <translation>Choose the file to send</translation>
    </message>
    <message>
        <source>File: &quot;%1&quot; is not a file to send</source>
        <translation>File: &quot;%1&quot; is not a file to send</translation>
    </message>
    <message>
        <source>Sending %p%</source>
        <translation>Sending %p%</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Sending %1…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Cancelled; nothing was sent.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Taken; delivering…</source>
        <translation>Taken; delivering…</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Delivering</translation>
    </message>
    <message>
        <source>Cannot follow the delivery: %1</source>
        <translation>Cannot follow the delivery: %1</translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation>Delivered.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Delivering…</source>
        <translation>Delivering…</translation>
    </message>
    <message>
        <source>An attempt failed (%1); the server tries again.</source>
        <translation>An attempt failed (%1); the server tries again.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Not delivered</translation>
    </message>
</context>
<context>
    <name>scanflow::SequenceStrip</name>
    <message>
        <source>Request sequence</source>
        <translation>Request sequence</translation>
    </message>
    <message>
        <source>Sequence:</source>
        <translation>Sequence:</translation>
    </message>
    <message>
        <source>then</source>
        <translation>then</translation>
    </message>
    <message>
        <source>Show step %1</source>
        <translation>Show step %1</translation>
    </message>
</context>
<context>
    <name>scanflow::ShownOnce</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
</context>
<context>
    <name>scanflow::StartPage</name>
    <message>
        <source>&amp;Open as a new workflow</source>
        <translation>&amp;Open as a new workflow</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>&amp;Try it</translation>
    </message>
    <message>
        <source>Send the &amp;sample scan</source>
        <translation>Send the &amp;sample scan</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>&amp;Choose files…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to ScanFlow&lt;/h2&gt;&lt;p&gt;A workflow delivers each scanned file to an HTTP API, through the requests that API asks for. Three ways in:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to ScanFlow&lt;/h2&gt;&lt;p&gt;A workflow delivers each scanned file to an HTTP API, through the requests that API asks for. Three ways in:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1. Start from a use case</source>
        <translation>1. Start from a use case</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>2. Try it against the test destination</source>
        <translation>2. Try it against the test destination</translation>
    </message>
    <message>
        <source>The server has a destination of its own that answers like a small records API and keeps what it receives. Try it saves the chosen use case as a workflow aimed there.</source>
        <translation>The server has a destination of its own that answers like a small records API and keeps what it receives. Try it saves the chosen use case as a workflow aimed there.</translation>
    </message>
    <message>
        <source>3. Drop a file into its inbox</source>
        <translation>3. Drop a file into its inbox</translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (test)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Deliver a file</source>
        <translation>Deliver a file</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Use this when: %1</source>
        <translation>Use this when: %1</translation>
    </message>
    <message>
        <source>This server has no test destination (&quot;testDestination&quot;: true in its configuration turns it on).</source>
        <translation>This server has no test destination (&quot;testDestination&quot;: true in its configuration turns it on).</translation>
    </message>
    <message>
        <source>Drop scanned files here to deliver them through &quot;%1&quot;.</source>
        <translation>Drop scanned files here to deliver them through &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Try a use case first; then drop scanned files here.</source>
        <translation>Try a use case first; then drop scanned files here.</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;, aimed at the test destination.</source>
        <translation>Saved as &quot;%1&quot;, aimed at the test destination.</translation>
    </message>
    <message>
        <source>Send the sample scan</source>
        <translation>Send the sample scan</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;</source>
        <translation>Cannot write &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>scanflow::StepEditor</name>
    <message>
        <source>Request parameters</source>
        <translation>Request parameters</translation>
    </message>
    <message>
        <source>Response parameters</source>
        <translation>Response parameters</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>Change method</translation>
    </message>
    <message>
        <source>Change body type</source>
        <translation>Change body type</translation>
    </message>
    <message>
        <source>Delivers the file to the workflow&apos;s Destination URL.</source>
        <translation>Delivers the file to the workflow&apos;s Destination URL.</translation>
    </message>
    <message>
        <source>The multipart field that carries the file: letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only.</source>
        <translation>The multipart field that carries the file: letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only.</translation>
    </message>
    <message>
        <source>Name of file form field:</source>
        <translation>Name of file form field:</translation>
    </message>
    <message>
        <source>Delivery method:</source>
        <translation>Delivery method:</translation>
    </message>
    <message>
        <source>Delivery body type:</source>
        <translation>Delivery body type:</translation>
    </message>
    <message>
        <source>Edit file field name</source>
        <translation>Edit file field name</translation>
    </message>
    <message>
        <source>Edit request URL</source>
        <translation>Edit request URL</translation>
    </message>
    <message>
        <source>Request URL:</source>
        <translation>Request URL:</translation>
    </message>
    <message>
        <source>Request method:</source>
        <translation>Request method:</translation>
    </message>
    <message>
        <source>Request body type:</source>
        <translation>Request body type:</translation>
    </message>
    <message>
        <source>JSON body source:</source>
        <translation>JSON body source:</translation>
    </message>
    <message>
        <source>JSON body template:</source>
        <translation>JSON body template:</translation>
    </message>
    <message>
        <source>Change JSON body source</source>
        <translation>Change JSON body source</translation>
    </message>
    <message>
        <source>Edit JSON template</source>
        <translation>Edit JSON template</translation>
    </message>
    <message>
        <source>Sends Form/Body parameters, the file and, when enabled, the metadata.</source>
        <translation>Sends Form/Body parameters, the file and, when enabled, the metadata.</translation>
    </message>
    <message>
        <source>Sends only the file as the whole body; headers still apply, Form/Body parameters and metadata are not sent.</source>
        <translation>Sends only the file as the whole body; headers still apply, Form/Body parameters and metadata are not sent.</translation>
    </message>
    <message>
        <source>Form/Body parameters go to the query string.</source>
        <translation>Form/Body parameters go to the query string.</translation>
    </message>
    <message>
        <source>The template is the whole body; only header parameters are used from the table.</source>
        <translation>The template is the whole body; only header parameters are used from the table.</translation>
    </message>
    <message>
        <source>The body is a flat JSON object of the Form/Body parameters.</source>
        <translation>The body is a flat JSON object of the Form/Body parameters.</translation>
    </message>
    <message>
        <source>Form/Body parameters are sent URL-encoded in the body.</source>
        <translation>Form/Body parameters are sent URL-encoded in the body.</translation>
    </message>
</context>
<context>
    <name>scanflow::StepTrialDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Add as response parameter</source>
        <translation>&amp;Add as response parameter</translation>
    </message>
    <message>
        <source>Run up to &quot;%1&quot;</source>
        <translation>Run up to &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Runs the steps up to this one against the real API, as the designer has them now; nothing is saved. Then double-click a value in a response to parse it.</source>
        <translation>Runs the steps up to this one against the real API, as the designer has them now; nothing is saved. Then double-click a value in a response to parse it.</translation>
    </message>
    <message>
        <source>Choose the file to run with</source>
        <translation>Choose the file to run with</translation>
    </message>
    <message>
        <source>File: &quot;%1&quot; is not a file to run with</source>
        <translation>File: &quot;%1&quot; is not a file to run with</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Not run: %1</translation>
    </message>
    <message>
        <source>Every step up to this one answered. Double-click a value to parse it into a response parameter.</source>
        <translation>Every step up to this one answered. Double-click a value to parse it into a response parameter.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Add response parameter</source>
        <translation>Add response parameter</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is parsed from the response of step %2 with %3; use it as [%1].</source>
        <translation>&quot;%1&quot; is parsed from the response of step %2 with %3; use it as [%1].</translation>
    </message>
</context>
<context>
    <name>scanflow::TemplateEditor</name>
    <message>
        <source>Valid template.</source>
        <translation>Valid template.</translation>
    </message>
    <message>
        <source>Valid template; placeholders: %1</source>
        <translation>Valid template; placeholders: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Invalid: %1</translation>
    </message>
</context>
<context>
    <name>scanflow::TestDeliveryDialog</name>
    <message>
        <source>&amp;Deliver</source>
        <translation>&amp;Deliver</translation>
    </message>
    <message>
        <source>Test delivery — %1</source>
        <translation>Test delivery — %1</translation>
    </message>
    <message>
        <source>File to deliver</source>
        <translation>File to deliver</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Uploading…</translation>
    </message>
    <message>
        <source>The server did not take the file: %1</source>
        <translation>The server did not take the file: %1</translation>
    </message>
    <message>
        <source>Queued; delivering…</source>
        <translation>Queued; delivering…</translation>
    </message>
    <message>
        <source>Cannot follow the delivery: %1</source>
        <translation>Cannot follow the delivery: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delivered in %n attempt(s).</source>
        <translation>
            <numerusform>Delivered in %n attempt.</numerusform>
            <numerusform>Delivered in %n attempts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Attempt %1 failed (%2); the server tries again at %3.</source>
        <translation>Attempt %1 failed (%2); the server tries again at %3.</translation>
    </message>
    <message>
        <source>Delivering…</source>
        <translation>Delivering…</translation>
    </message>
</context>
<context>
    <name>scanflow::TraceView</name>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>no response</translation>
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
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Parsed values</source>
        <translation>Parsed values</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
</context>
<context>
    <name>scanflow::UsersPage</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Home folder</translation>
    </message>
    <message>
        <source>Short ID</source>
        <translation>Short ID</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>External ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Has a password</source>
        <translation>Has a password</translation>
    </message>
    <message>
        <source>Has a PIN</source>
        <translation>Has a PIN</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>Provider ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Search name, full name or email (Ctrl+F)</source>
        <translation>Search name, full name or email (Ctrl+F)</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>The authentication provider whose users are listed</source>
        <translation>The authentication provider whose users are listed</translation>
    </message>
    <message>
        <source>Register card…</source>
        <translation>Register card…</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Groups…</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Cannot load the users: %1</source>
        <translation>Cannot load the users: %1</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Edit user &quot;%1&quot;</source>
        <translation>Edit user &quot;%1&quot;</translation>
    </message>
    <message>
        <source>yyyy-MM-dd, empty for never</source>
        <translation>yyyy-MM-dd, empty for never</translation>
    </message>
    <message>
        <source>unchanged when empty</source>
        <translation>unchanged when empty</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Register a card for &quot;%1&quot;</source>
        <translation>Register a card for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Card ID</source>
        <translation>Card ID</translation>
    </message>
    <message>
        <source>A card belongs to one user: a card another user has is refused.</source>
        <translation>A card belongs to one user: a card another user has is refused.</translation>
    </message>
    <message>
        <source>Card registered.</source>
        <translation>Card registered.</translation>
    </message>
    <message>
        <source>Cannot load the groups: %1</source>
        <translation>Cannot load the groups: %1</translation>
    </message>
    <message>
        <source>Groups of &quot;%1&quot;</source>
        <translation>Groups of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Member of</translation>
    </message>
    <message>
        <source>Groups saved.</source>
        <translation>Groups saved.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation>Import users from CSV</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Into group</source>
        <translation>Into group</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separator</translation>
    </message>
    <message>
        <source>The first line is a header</source>
        <translation>The first line is a header</translation>
    </message>
    <message>
        <source>Columns count from 0. Users of the group who are not in the file are deactivated; users in the file are created or updated and activated.</source>
        <translation>Columns count from 0. Users of the group who are not in the file are deactivated; users in the file are created or updated and activated.</translation>
    </message>
    <message>
        <source>Users imported.</source>
        <translation>Users imported.</translation>
    </message>
</context>
<context>
    <name>scanflow::WorkflowEditor</name>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Revoke user-specific authorization on save</source>
        <translation>Revoke user-specific authorization on save</translation>
    </message>
    <message>
        <source>Deletes every user&apos;s saved private data for this workflow when it is saved.</source>
        <translation>Deletes every user&apos;s saved private data for this workflow when it is saved.</translation>
    </message>
    <message>
        <source>Test delivery…</source>
        <translation>Test delivery…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Edit name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <source>&amp;User specific</source>
        <translation>&amp;User specific</translation>
    </message>
    <message>
        <source>Store private API data per user: user-specific OAuth, Basic credentials or values.</source>
        <translation>Store private API data per user: user-specific OAuth, Basic credentials or values.</translation>
    </message>
    <message>
        <source>Edit destination URL</source>
        <translation>Edit destination URL</translation>
    </message>
    <message>
        <source>&amp;Destination URL:</source>
        <translation>&amp;Destination URL:</translation>
    </message>
    <message>
        <source>Change active</source>
        <translation>Change active</translation>
    </message>
    <message>
        <source>Change user specific</source>
        <translation>Change user specific</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Authentication &amp;type:</source>
        <translation>Authentication &amp;type:</translation>
    </message>
    <message>
        <source>User specific authentication</source>
        <translation>User specific authentication</translation>
    </message>
    <message>
        <source>Edit login</source>
        <translation>Edit login</translation>
    </message>
    <message>
        <source>Edit password</source>
        <translation>Edit password</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Edit authorization URL</source>
        <translation>Edit authorization URL</translation>
    </message>
    <message>
        <source>Edit token URL</source>
        <translation>Edit token URL</translation>
    </message>
    <message>
        <source>Edit client ID</source>
        <translation>Edit client ID</translation>
    </message>
    <message>
        <source>Edit client secret</source>
        <translation>Edit client secret</translation>
    </message>
    <message>
        <source>Edit scopes</source>
        <translation>Edit scopes</translation>
    </message>
    <message>
        <source>Authorization endpoint URL:</source>
        <translation>Authorization endpoint URL:</translation>
    </message>
    <message>
        <source>Token endpoint URL:</source>
        <translation>Token endpoint URL:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client secret:</translation>
    </message>
    <message>
        <source>Scopes (space separated):</source>
        <translation>Scopes (space separated):</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Redirect URI copied.</source>
        <translation>Redirect URI copied.</translation>
    </message>
    <message>
        <source>Redirect URI to register:</source>
        <translation>Redirect URI to register:</translation>
    </message>
    <message>
        <source>Change authentication type</source>
        <translation>Change authentication type</translation>
    </message>
    <message>
        <source>Change user specific authentication</source>
        <translation>Change user specific authentication</translation>
    </message>
    <message>
        <source>Enable metadata export</source>
        <translation>Enable metadata export</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Export metadata in form field</source>
        <translation>Export metadata in form field</translation>
    </message>
    <message>
        <source>Edit metadata field name</source>
        <translation>Edit metadata field name</translation>
    </message>
    <message>
        <source>Name of metadata form field:</source>
        <translation>Name of metadata form field:</translation>
    </message>
    <message>
        <source>Change metadata export</source>
        <translation>Change metadata export</translation>
    </message>
    <message>
        <source>Change metadata format</source>
        <translation>Change metadata format</translation>
    </message>
    <message>
        <source>Edit metadata template</source>
        <translation>Edit metadata template</translation>
    </message>
    <message>
        <source>Change metadata in form field</source>
        <translation>Change metadata in form field</translation>
    </message>
    <message>
        <source>stored encrypted; type to replace</source>
        <translation>stored encrypted; type to replace</translation>
    </message>
    <message>
        <source>optional with PKCE</source>
        <translation>optional with PKCE</translation>
    </message>
    <message>
        <source>Sent as the text field &quot;%1&quot; of the Delivery request.</source>
        <translation>Sent as the text field &quot;%1&quot; of the Delivery request.</translation>
    </message>
    <message>
        <source>Sent as a separate file part named &quot;metadata&quot;.</source>
        <translation>Sent as a separate file part named &quot;metadata&quot;.</translation>
    </message>
    <message>
        <source>Not sent: the Delivery step sends a raw body. Send metadata through an additional request.</source>
        <translation>Not sent: the Delivery step sends a raw body. Send metadata through an additional request.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n problem: %1</numerusform>
            <numerusform>%n problems: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes. </source>
        <translation>Unsaved changes. </translation>
    </message>
    <message numerus="yes">
        <source>%n user-specific parameter(s) will be removed, because the workflow is not user specific.</source>
        <translation>
            <numerusform>%n user-specific parameter will be removed, because the workflow is not user specific.</numerusform>
            <numerusform>%n user-specific parameters will be removed, because the workflow is not user specific.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will lose their saved authorization and private values and must authorize again in Workplace.</source>
        <translation>
            <numerusform>%n user will lose their saved authorization and private values and must authorize again in Workplace.</numerusform>
            <numerusform>%n users will lose their saved authorization and private values and must authorize again in Workplace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any user-specific authorization saved for this workflow will be deleted.</source>
        <translation>Any user-specific authorization saved for this workflow will be deleted.</translation>
    </message>
    <message>
        <source>Save workflow</source>
        <translation>Save workflow</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <source>The server did not save the workflow: %1</source>
        <translation>The server did not save the workflow: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a workflow: %1</source>
        <translation>The server&apos;s answer is not a workflow: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Saved &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>&quot;%1&quot; has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>The workflow will send requests to %1, where it did not before: its stored password, client secret and shared authorization are deleted unless entered again now, and so is every user&apos;s saved authorization and private values.</source>
        <translation>The workflow will send requests to %1, where it did not before: its stored password, client secret and shared authorization are deleted unless entered again now, and so is every user&apos;s saved authorization and private values.</translation>
    </message>
</context>
<context>
    <name>scanflow::WorkflowListModel</name>
    <message>
        <source>Shared OAuth 2.0 authorization: %1. Click to authorize.</source>
        <translation>Shared OAuth 2.0 authorization: %1. Click to authorize.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source> (per user)</source>
        <translation> (per user)</translation>
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
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation>Destination URL</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>User specific</source>
        <translation>User specific</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Last delivery</translation>
    </message>
    <message>
        <source>Each user authorizes this workflow in Workplace. Click to see who has.</source>
        <translation>Each user authorizes this workflow in Workplace. Click to see who has.</translation>
    </message>
    <message>
        <source>Certificate checks are off: servers are not verified</source>
        <translation>Certificate checks are off: servers are not verified</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (draft)</translation>
    </message>
    <message>
        <source>A draft: it has no destination yet. Open it in the designer to finish it.</source>
        <translation>A draft: it has no destination yet. Open it in the designer to finish it.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>scanflow::WorkflowListPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Cannot list the workflows: %1</source>
        <translation>Cannot list the workflows: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s)</source>
        <translation>
            <numerusform>%n workflow</numerusform>
            <numerusform>%n workflows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s); unreadable: %1</source>
        <translation>
            <numerusform>%n workflow; unreadable: %1</numerusform>
            <numerusform>%n workflows; unreadable: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New workflow</source>
        <translation>New workflow</translation>
    </message>
    <message>
        <source>The server did not save the workflow: %1</source>
        <translation>The server did not save the workflow: %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; saved.</source>
        <translation>%1: &quot;%2&quot; saved.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copy of %1</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete workflow</source>
        <translation>Delete workflow</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its stored secrets and every user&apos;s saved authorization go with it.</source>
        <translation>Delete &quot;%1&quot;? Its stored secrets and every user&apos;s saved authorization go with it.</translation>
    </message>
    <message>
        <source>The server did not delete the workflow: %1</source>
        <translation>The server did not delete the workflow: %1</translation>
    </message>
    <message>
        <source>Workflow deleted.</source>
        <translation>Workflow deleted.</translation>
    </message>
    <message>
        <source>Import workflow</source>
        <translation>Import workflow</translation>
    </message>
    <message>
        <source>Workflows (*.json);;All files (*)</source>
        <translation>Workflows (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Cannot read &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a workflow: %2</source>
        <translation>&quot;%1&quot; is not a workflow: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export workflow</source>
        <translation>Export workflow</translation>
    </message>
    <message>
        <source>Workflows (*.json)</source>
        <translation>Workflows (*.json)</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2 (without secrets).</source>
        <translation>Exported &quot;%1&quot; to %2 (without secrets).</translation>
    </message>
    <message>
        <source>The copy has no client certificate: load it in the copy&apos;s Connection settings.</source>
        <translation>The copy has no client certificate: load it in the copy&apos;s Connection settings.</translation>
    </message>
</context>
<context>
    <name>scanflow::WorkplaceSession</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <source>Cannot sign in again: %1</source>
        <translation>Cannot sign in again: %1</translation>
    </message>
    <message>
        <source>Signed in, but the OS keychain could not keep the sign-in for the next start: %1</source>
        <translation>Signed in, but the OS keychain could not keep the sign-in for the next start: %1</translation>
    </message>
    <message>
        <source>Signed out, but the OS keychain still keeps the sign-in: %1</source>
        <translation>Signed out, but the OS keychain still keeps the sign-in: %1</translation>
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
        <translation>Signed in as &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Authorize…</source>
        <translation>&amp;Authorize…</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Private destination</source>
        <translation>Private destination</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private destinations&lt;/b&gt; — workflows that deliver with your own account or values. Open one to authorize it.</source>
        <translation>&lt;b&gt;Private destinations&lt;/b&gt; — workflows that deliver with your own account or values. Open one to authorize it.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Cannot list your private destinations: %1</source>
        <translation>Cannot list your private destinations: %1</translation>
    </message>
    <message>
        <source>Open to authorize</source>
        <translation>Open to authorize</translation>
    </message>
    <message>
        <source>No workflow needs your private data.</source>
        <translation>No workflow needs your private data.</translation>
    </message>
    <message numerus="yes">
        <source>%n private destination(s)</source>
        <translation>
            <numerusform>%n private destination</numerusform>
            <numerusform>%n private destinations</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2.</source>
        <translation>&quot;%1&quot; is %2.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Forget what you saved for &quot;%1&quot;? Its deliveries of your files stop until you authorize it again.</source>
        <translation>Forget what you saved for &quot;%1&quot;? Its deliveries of your files stop until you authorize it again.</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Not revoked: %1</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Still needed</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>authorization with your account</source>
        <translation>authorization with your account</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Workplace&lt;/h2&gt;&lt;p&gt;Sign in to send files and to authorize your private destinations.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Workplace&lt;/h2&gt;&lt;p&gt;Sign in to send files and to authorize your private destinations.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Send &amp;files</source>
        <translation>Send &amp;files</translation>
    </message>
    <message>
        <source>&amp;Private destinations</source>
        <translation>&amp;Private destinations</translation>
    </message>
    <message>
        <source>&amp;Send file…</source>
        <translation>&amp;Send file…</translation>
    </message>
    <message>
        <source>Send a file through the selected workflow (%1); or drop files on it</source>
        <translation>Send a file through the selected workflow (%1); or drop files on it</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Asks for</translation>
    </message>
    <message>
        <source>&lt;b&gt;Send files&lt;/b&gt; — the workflows you may use. Choose one and a file, or drop files on it, and enter what it asks for.</source>
        <translation>&lt;b&gt;Send files&lt;/b&gt; — the workflows you may use. Choose one and a file, or drop files on it, and enter what it asks for.</translation>
    </message>
    <message>
        <source>Cannot list the workflows you may use: %1</source>
        <translation>Cannot list the workflows you may use: %1</translation>
    </message>
</context>
</TS>
