<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AuthorizationDialog</name>
    <message>
        <source>Users who saved private data in Workplace:</source>
        <translation>Uživatelé, kteří uložili soukromá data ve Workplace:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Připojit k serveru</translation>
    </message>
    <message>
        <source>The server on &amp;this computer (embedded)</source>
        <translation>Server na &amp;tomto počítači (vestavěný)</translation>
    </message>
    <message>
        <source>A &amp;remote ScanFlow server</source>
        <translation>&amp;Vzdálený server ScanFlow</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL serveru:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;klíč:</translation>
    </message>
    <message>
        <source>sf_…</source>
        <translation>sf_…</translation>
    </message>
    <message>
        <source>&amp;Remember the key in the system keychain</source>
        <translation>&amp;Zapamatovat klíč v systémové klíčence</translation>
    </message>
    <message>
        <source>Trust this &amp;root for this server</source>
        <translation>Důvěřovat tomuto &amp;kořeni pro tento server</translation>
    </message>
</context>
<context>
    <name>JsonTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the template is empty</source>
        <translation>šablona je prázdná</translation>
    </message>
    <message>
        <source>not well-formed XML at character %1: %2</source>
        <translation>neplatné XML na znaku %1: %2</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Doručeno</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Selhalo</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Ve frontě</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Doručuje se</translation>
    </message>
    <message>
        <source>Never delivered</source>
        <translation>Zatím nedoručeno</translation>
    </message>
    <message>
        <source>no answer from the server</source>
        <translation>server neodpověděl</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>server odpověděl HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n člen}</numerusform>
            <numerusform>{%n členy}</numerusform>
            <numerusform>{%n členů}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n položka]</numerusform>
            <numerusform>[%n položky]</numerusform>
            <numerusform>[%n položek]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestDeliveryDialog</name>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Soubor:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procházet…</translation>
    </message>
    <message>
        <source>Use &amp;sample</source>
        <translation>Použít &amp;ukázku</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Uživatel:</translation>
    </message>
    <message>
        <source>optional: the user whose private values and credentials are used</source>
        <translation>volitelné: uživatel, jehož soukromé hodnoty a přihlašovací údaje se použijí</translation>
    </message>
    <message>
        <source>Terminal values:</source>
        <translation>Hodnoty terminálu:</translation>
    </message>
    <message>
        <source>Terminal key</source>
        <translation>Klíč terminálu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Add terminal value</source>
        <translation>Přidat hodnotu terminálu</translation>
    </message>
</context>
<context>
    <name>UseCaseTemplates</name>
    <message>
        <source>It needs an OAuth provider: open it as a new workflow, fill in the provider&apos;s endpoints and client ID, save it and authorize it.</source>
        <translation>Potřebuje poskytovatele OAuth: otevřete jej jako nový workflow, vyplňte koncové body poskytovatele a ID klienta, uložte ho a autorizujte.</translation>
    </message>
    <message>
        <source>Each user gives their own part in Workplace: open it as a new workflow, save it, and authorize it there.</source>
        <translation>Každý uživatel zadá svou část ve Workplace: otevřete jej jako nový workflow, uložte ho a autorizujte tam.</translation>
    </message>
    <message>
        <source>Simple file upload</source>
        <translation>Jednoduché nahrání souboru</translation>
    </message>
    <message>
        <source>The endpoint only needs a file upload.</source>
        <translation>Koncový bod potřebuje jen nahrání souboru.</translation>
    </message>
    <message>
        <source>Upload with a static API key header</source>
        <translation>Nahrání se statickou hlavičkou API klíče</translation>
    </message>
    <message>
        <source>The endpoint expects a header such as X-API-Key.</source>
        <translation>Koncový bod očekává hlavičku, například X-API-Key.</translation>
    </message>
    <message>
        <source>Shared Basic authentication</source>
        <translation>Sdílené ověření Basic</translation>
    </message>
    <message>
        <source>One shared account is enough for the whole workflow.</source>
        <translation>Pro celý workflow stačí jeden sdílený účet.</translation>
    </message>
    <message>
        <source>It needs the shared login and password: open it as a new workflow and fill them in.</source>
        <translation>Potřebuje sdílené přihlašovací jméno a heslo: otevřete jej jako nový workflow a vyplňte je.</translation>
    </message>
    <message>
        <source>Shared OAuth 2.0</source>
        <translation>Sdílené OAuth 2.0</translation>
    </message>
    <message>
        <source>One shared OAuth authorization is used for all of the workflow&apos;s users.</source>
        <translation>Pro všechny uživatele workflow se používá jedna sdílená autorizace OAuth.</translation>
    </message>
    <message>
        <source>User-specific OAuth 2.0</source>
        <translation>OAuth 2.0 pro každého uživatele</translation>
    </message>
    <message>
        <source>Each user must deliver with their own OAuth account.</source>
        <translation>Každý uživatel musí doručovat pod vlastním účtem OAuth.</translation>
    </message>
    <message>
        <source>User-specific Basic authentication</source>
        <translation>Ověření Basic pro každého uživatele</translation>
    </message>
    <message>
        <source>Each user has their own Basic credentials.</source>
        <translation>Každý uživatel má vlastní přihlašovací údaje Basic.</translation>
    </message>
    <message>
        <source>Shared authentication plus a user&apos;s value</source>
        <translation>Sdílené ověření plus hodnota uživatele</translation>
    </message>
    <message>
        <source>All users share the technical authentication, but each sends a business value of their own, such as a customer code.</source>
        <translation>Všichni uživatelé sdílejí technické ověření, ale každý posílá vlastní obchodní hodnotu, například kód zákazníka.</translation>
    </message>
    <message>
        <source>Create a record, then upload</source>
        <translation>Nejprve vytvořit záznam, pak nahrát</translation>
    </message>
    <message>
        <source>The API needs a record ID before the upload: the first request&apos;s answer gives jobId.</source>
        <translation>API potřebuje před nahráním ID záznamu: odpověď prvního požadavku dá jobId.</translation>
    </message>
    <message>
        <source>Upload, then confirm</source>
        <translation>Nahrát, pak potvrdit</translation>
    </message>
    <message>
        <source>The upload&apos;s answer gives uploadId, which a later request uses to finish the upload.</source>
        <translation>Odpověď na nahrání dá uploadId, které pozdější požadavek použije k dokončení nahrání.</translation>
    </message>
    <message>
        <source>Raw binary upload</source>
        <translation>Nahrání surových binárních dat</translation>
    </message>
    <message>
        <source>The endpoint takes the file as the whole request body.</source>
        <translation>Koncový bod přijímá soubor jako celé tělo požadavku.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ScanFlow: scan-workflow designer and delivery server.</source>
        <translation>ScanFlow: návrhář skenovacích workflow a doručovací server.</translation>
    </message>
    <message>
        <source>Data folder of the embedded server.</source>
        <translation>Datová složka vestavěného serveru.</translation>
    </message>
    <message>
        <source>Key file for stored secrets when there is no OS keychain.</source>
        <translation>Soubor s klíčem pro uložená tajemství, když systém nemá klíčenku.</translation>
    </message>
    <message>
        <source>Manage a remote scanflowd at this URL.</source>
        <translation>Spravovat vzdálený scanflowd na této URL.</translation>
    </message>
    <message>
        <source>The remote server&apos;s API key.</source>
        <translation>API klíč vzdáleného serveru.</translation>
    </message>
    <message>
        <source>ScanFlow</source>
        <translation>ScanFlow</translation>
    </message>
    <message>
        <source>The embedded server did not start: %1</source>
        <translation>Vestavěný server se nespustil: %1</translation>
    </message>
    <message>
        <source>The first start made the user &quot;admin&quot; with the password

%1

It is shown once: keep it safe. Users sign in to Workplace with it.</source>
        <translation>První spuštění vytvořilo uživatele „admin“ s heslem

%1

Zobrazí se jen jednou: uschovejte ho. Uživatelé se jím přihlašují do Workplace.</translation>
    </message>
    <message>
        <source>Secrets cannot be stored: %1</source>
        <translation>Tajemství nelze ukládat: %1</translation>
    </message>
    <message>
        <source>no key is kept for %1</source>
        <translation>pro %1 není uložen žádný klíč</translation>
    </message>
    <message>
        <source>The remembered server %1 was not connected (%2); this is the server on this computer. Use File › Connect to server to choose again.</source>
        <translation>Zapamatovaný server %1 nebyl připojen (%2); toto je server na tomto počítači. Jiný zvolíte v nabídce Soubor › Připojit k serveru.</translation>
    </message>
    <message>
        <source>Open only Workplace, where users authorize their private destinations.</source>
        <translation>Otevřít jen Workplace, kde uživatelé autorizují své soukromé cíle.</translation>
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
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Poskytovatel</translation>
    </message>
    <message>
        <source>Group DN</source>
        <translation>DN skupiny</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>ID poskytovatele</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Doména účtu</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <source>Add access control</source>
        <translation>Přidat řízení přístupu</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Správci</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Uživatelé</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Výkazy</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Podpora</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Přiděleno</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>Uživateli</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Skupině</translation>
    </message>
    <message>
        <source>User or group name</source>
        <translation>Jméno uživatele nebo skupiny</translation>
    </message>
    <message>
        <source>for a directory group</source>
        <translation>pro skupinu z adresáře</translation>
    </message>
    <message>
        <source>Provider ID: &quot;%1&quot; is not a number.</source>
        <translation>ID poskytovatele: „%1“ není číslo.</translation>
    </message>
</context>
<context>
    <name>scanflow::ApiClient</name>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>nelze číst „%1“: %2</translation>
    </message>
</context>
<context>
    <name>scanflow::ApiKeysPage</name>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Key starts with</source>
        <translation>Klíč začíná</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Oprávnění</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n oprávnění</numerusform>
            <numerusform>%n oprávnění</numerusform>
            <numerusform>%n oprávnění</numerusform>
        </translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Základní</translation>
    </message>
    <message>
        <source>Unauthenticated requests</source>
        <translation>Neověřené požadavky</translation>
    </message>
    <message>
        <source>Untrusted endpoints</source>
        <translation>Nedůvěryhodné koncové body</translation>
    </message>
    <message>
        <source>Advanced API permissions</source>
        <translation>Rozšířená oprávnění API</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>Vytvořit API klíč</translation>
    </message>
    <message>
        <source>what or who uses it</source>
        <translation>co nebo kdo ho používá</translation>
    </message>
    <message>
        <source>Allow unauthenticated requests (no user token)</source>
        <translation>Povolit neověřené požadavky (bez uživatelského tokenu)</translation>
    </message>
    <message>
        <source>API key &quot;%1&quot;</source>
        <translation>API klíč „%1“</translation>
    </message>
    <message>
        <source>This is the only time the key is shown. Copy it now and keep it safe; if it is lost, delete it and create another.</source>
        <translation>Klíč se zobrazuje jen teď. Zkopírujte si ho a uschovejte; když ho ztratíte, smažte ho a vytvořte nový.</translation>
    </message>
    <message>
        <source>Names users</source>
        <translation>Jmenuje uživatele</translation>
    </message>
    <message>
        <source>Allow untrusted endpoints (password sign-in without a trusted device)</source>
        <translation>Povolit nedůvěryhodné koncové body (přihlášení heslem bez důvěryhodného zařízení)</translation>
    </message>
    <message>
        <source>May name the user a delivery is for (terminal integrations)</source>
        <translation>Smí určit uživatele, pro kterého je doručení (integrace terminálů)</translation>
    </message>
    <message>
        <source>The key is shown once, when it is made. A key cannot give a setting or a permission the key in use, or the signed-in user, lacks.</source>
        <translation>Klíč se zobrazí jen jednou, při vytvoření. Klíč nemůže udělit nastavení ani oprávnění, které použitý klíč nebo přihlášený uživatel nemá.</translation>
    </message>
</context>
<context>
    <name>scanflow::AuthProvidersPage</name>
    <message>
        <source>Local</source>
        <translation>Místní</translation>
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
        <translation>Název</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorita</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domény</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfigurace</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The local provider always exists; it cannot be deleted.</source>
        <translation>Místní poskytovatel existuje vždy; nelze ho smazat.</translation>
    </message>
    <message>
        <source>Add authentication provider</source>
        <translation>Přidat poskytovatele ověřování</translation>
    </message>
    <message>
        <source>Edit authentication provider &quot;%1&quot;</source>
        <translation>Upravit poskytovatele ověřování „%1“</translation>
    </message>
    <message>
        <source>acme.com, …</source>
        <translation>acme.cz, …</translation>
    </message>
    <message>
        <source>Configuration (JSON)</source>
        <translation>Konfigurace (JSON)</translation>
    </message>
    <message>
        <source>Bind password or client secret</source>
        <translation>Heslo pro bind nebo tajemství klienta</translation>
    </message>
    <message>
        <source>unchanged when empty</source>
        <translation>beze změny, když je prázdné</translation>
    </message>
    <message>
        <source>Configuration (JSON): not a JSON object.</source>
        <translation>Konfigurace (JSON): není to objekt JSON.</translation>
    </message>
    <message>
        <source>Priority: &quot;%1&quot; is not a number.</source>
        <translation>Priorita: „%1“ není číslo.</translation>
    </message>
</context>
<context>
    <name>scanflow::AuthorizationDialog</name>
    <message>
        <source>Authorization of &quot;%1&quot;</source>
        <translation>Autorizace „%1“</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Načítání…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared OAuth 2.0 authorization&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sdílená autorizace OAuth 2.0&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Redirect URI to register at the provider:</source>
        <translation>URI přesměrování k registraci u poskytovatele:</translation>
    </message>
    <message>
        <source>&amp;Authorize…</source>
        <translation>&amp;Autorizovat…</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Odvolat</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Zrušeno; nic nebylo uloženo.</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Neznámý: %1</translation>
    </message>
    <message>
        <source>Re-&amp;authorize…</source>
        <translation>Znovu &amp;autorizovat…</translation>
    </message>
    <message>
        <source>Not authorized: %1</source>
        <translation>Neautorizováno: %1</translation>
    </message>
    <message>
        <source>Authorized. Deliveries of this workflow now use this authorization.</source>
        <translation>Autorizováno. Doručování tohoto workflow nyní používá tuto autorizaci.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Odvolat</translation>
    </message>
    <message>
        <source>Revoke the shared authorization of &quot;%1&quot;? Its deliveries fail until it is authorized again.</source>
        <translation>Odvolat sdílenou autorizaci „%1“? Jeho doručování selže, dokud nebude znovu autorizováno.</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Neodvoláno: %1</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Odvoláno.</translation>
    </message>
</context>
<context>
    <name>scanflow::CertificatesPage</name>
    <message>
        <source>Trusted CA</source>
        <translation>Důvěryhodná CA</translation>
    </message>
    <message>
        <source>Private chain</source>
        <translation>Soukromý řetězec</translation>
    </message>
    <message>
        <source>Root authority</source>
        <translation>Kořenová autorita</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Vydavatel</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Platný od</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Platný do</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Sériové číslo</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Sériové číslo</translation>
    </message>
    <message>
        <source>Import CA…</source>
        <translation>Importovat CA…</translation>
    </message>
    <message>
        <source>Import chain…</source>
        <translation>Importovat řetězec…</translation>
    </message>
    <message>
        <source>Create self-signed…</source>
        <translation>Vytvořit podepsaný sám sebou…</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>Nelze načíst %1: %2</translation>
    </message>
    <message>
        <source>A root authority goes with the chain it signed; delete that chain instead.</source>
        <translation>Kořenová autorita patří k řetězci, který podepsala; smažte místo ní ten řetězec.</translation>
    </message>
    <message>
        <source>Import a CA certificate</source>
        <translation>Importovat certifikát CA</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Soubor certifikátu</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certifikáty (*.pem *.crt *.cer *.der);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>PEM or DER. Clients and destinations whose certificates it signed are then trusted.</source>
        <translation>PEM nebo DER. Klienti a cíle, jejichž certifikáty podepsal, jsou pak důvěryhodní.</translation>
    </message>
    <message>
        <source>Certificate file: cannot read &quot;%1&quot;%2</source>
        <translation>Soubor certifikátu: nelze číst „%1“%2</translation>
    </message>
    <message>
        <source>: over 1 MiB</source>
        <translation>: větší než 1 MiB</translation>
    </message>
    <message>
        <source>CA certificate imported.</source>
        <translation>Certifikát CA importován.</translation>
    </message>
    <message>
        <source>Import a private certificate chain</source>
        <translation>Importovat soukromý řetězec certifikátů</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>Úložiště klíčů</translation>
    </message>
    <message>
        <source>PKCS #12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS #12 (*.p12 *.pfx);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation>Heslo úložiště klíčů</translation>
    </message>
    <message>
        <source>The chain serves HTTPS at once. Its private key is kept sealed on the server.</source>
        <translation>Řetězec hned obsluhuje HTTPS. Jeho soukromý klíč je na serveru uložen zapečetěný.</translation>
    </message>
    <message>
        <source>Certificate chain imported.</source>
        <translation>Řetězec certifikátů importován.</translation>
    </message>
    <message>
        <source>Create a self-signed certificate chain</source>
        <translation>Vytvořit řetězec certifikátů podepsaný sám sebou</translation>
    </message>
    <message>
        <source>Host names and addresses</source>
        <translation>Názvy hostitelů a adresy</translation>
    </message>
    <message>
        <source>scan.example.com, 10.0.0.7</source>
        <translation>scan.example.com, 10.0.0.7</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Platnost (dny)</translation>
    </message>
    <message>
        <source>The server makes a root authority and a certificate it signs for these names. Clients trust it once they trust the root (listed here as a root authority).</source>
        <translation>Server vytvoří kořenovou autoritu a jí podepsaný certifikát pro tyto názvy. Klienti mu věří, jakmile věří kořenu (je zde uveden jako kořenová autorita).</translation>
    </message>
    <message>
        <source>Certificate chain created.</source>
        <translation>Řetězec certifikátů vytvořen.</translation>
    </message>
</context>
<context>
    <name>scanflow::ConnectDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Vyzkoušet</translation>
    </message>
    <message>
        <source>Server URL: &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>URL serveru: „%1“ není adresa http:// ani https://.</translation>
    </message>
    <message>
        <source>API key: a key is needed to manage a remote server.</source>
        <translation>API klíč: ke správě vzdáleného serveru je potřeba klíč.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Připojuje se…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nepřipojeno: %1</translation>
    </message>
    <message>
        <source>Connected to %1 %2 (%3 database).</source>
        <translation>Připojeno k %1 %2 (databáze %3).</translation>
    </message>
    <message>
        <source>The key could not be kept in the keychain: %1</source>
        <translation>Klíč nelze uložit do klíčenky: %1</translation>
    </message>
    <message>
        <source>Trust this &amp;root for this server</source>
        <translation>Důvěřovat tomuto &amp;kořeni pro tento server</translation>
    </message>
    <message>
        <source>Refused: the root certificate of %1 has changed.
Trusted: %2, SHA-256 %3
Now: %4, SHA-256 %5
If the server&apos;s certificates were made anew on purpose, trust the new root; otherwise someone may be between you and the server.</source>
        <translation>Odmítnuto: kořenový certifikát serveru %1 se změnil.
Důvěryhodný: %2, SHA-256 %3
Nyní: %4, SHA-256 %5
Pokud byly certifikáty serveru záměrně vytvořeny znovu, důvěřujte novému kořeni; jinak může být mezi vámi a serverem někdo další.</translation>
    </message>
    <message>
        <source>Trust the &amp;new root for this server</source>
        <translation>Důvěřovat &amp;novému kořeni pro tento server</translation>
    </message>
    <message>
        <source>Not connected: %1
The server does not send its root certificate (the chain ends at &quot;%2&quot;), so it cannot be trusted from here; import the root into the system&apos;s certificates.</source>
        <translation>Nepřipojeno: %1
Server neposílá svůj kořenový certifikát (řetězec končí u „%2“), takže mu odsud nelze důvěřovat; importujte kořen do certifikátů systému.</translation>
    </message>
    <message>
        <source>This computer does not trust the server&apos;s certificate (%3). Its root is
%1
SHA-256 %2
Compare the fingerprint with the one the server printed when it started (&quot;tls root: …&quot;) before trusting it.</source>
        <translation>Tento počítač nedůvěřuje certifikátu serveru (%3). Jeho kořen je
%1
SHA-256 %2
Než mu budete důvěřovat, porovnejte otisk s tím, který server vypsal při spuštění („tls root: …“).</translation>
    </message>
</context>
<context>
    <name>scanflow::ConnectionSection</name>
    <message>
        <source>larger than 1 MiB; not a certificate</source>
        <translation>větší než 1 MiB; není to certifikát</translation>
    </message>
    <message>
        <source>not a PEM certificate</source>
        <translation>není certifikát PEM</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid until %3</source>
        <translation>%1, vydal %2, platný do %3</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Připojení</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>default</source>
        <translation>výchozí</translation>
    </message>
    <message>
        <source>Change connect timeout</source>
        <translation>Změnit časový limit připojení</translation>
    </message>
    <message>
        <source>How long to wait for a connection; default: the transfer timeout.</source>
        <translation>Jak dlouho čekat na připojení; výchozí: časový limit přenosu.</translation>
    </message>
    <message>
        <source>Change transfer timeout</source>
        <translation>Změnit časový limit přenosu</translation>
    </message>
    <message>
        <source>A request that moves no byte either way for this long fails and is tried again later.</source>
        <translation>Požadavek, který tak dlouho nepřenese žádný bajt, selže a zkusí se znovu později.</translation>
    </message>
    <message>
        <source>Connect &amp;timeout:</source>
        <translation>&amp;Časový limit připojení:</translation>
    </message>
    <message>
        <source>T&amp;ransfer timeout:</source>
        <translation>Časový limit &amp;přenosu:</translation>
    </message>
    <message>
        <source>&amp;Check server certificates</source>
        <translation>&amp;Ověřovat certifikáty serverů</translation>
    </message>
    <message>
        <source>Certificate checks are off: anyone between ScanFlow and the server can read and change what this workflow sends, passwords and files included. Every trace says so.</source>
        <translation>Ověřování certifikátů je vypnuté: kdokoli mezi ScanFlow a serverem může číst a měnit, co tento workflow posílá, včetně hesel a souborů. Každý záznam průběhu to uvádí.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Výchozí systému</translation>
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
        <translation>Minimální verze &amp;TLS:</translation>
    </message>
    <message>
        <source>Offer &amp;HTTP/2</source>
        <translation>Nabízet &amp;HTTP/2</translation>
    </message>
    <message>
        <source>CA certificates imported under Certificates; checked ones are trusted besides the system&apos;s.</source>
        <translation>Certifikáty CA importované v části Certifikáty; zaškrtnutým se důvěřuje vedle systémových.</translation>
    </message>
    <message>
        <source>Trusted &amp;imported CAs:</source>
        <translation>Důvěryhodné &amp;importované CA:</translation>
    </message>
    <message>
        <source>Load PEM…</source>
        <translation>Načíst PEM…</translation>
    </message>
    <message>
        <source>Trusted CA certificates (PEM):</source>
        <translation>Důvěryhodné certifikáty CA (PEM):</translation>
    </message>
    <message>
        <source>Change certificate checks</source>
        <translation>Změnit ověřování certifikátů</translation>
    </message>
    <message>
        <source>Change minimum TLS version</source>
        <translation>Změnit minimální verzi TLS</translation>
    </message>
    <message>
        <source>Change HTTP/2</source>
        <translation>Změnit HTTP/2</translation>
    </message>
    <message>
        <source>Change trusted CAs</source>
        <translation>Změnit důvěryhodné CA</translation>
    </message>
    <message>
        <source>Edit trusted CA certificates</source>
        <translation>Upravit důvěryhodné certifikáty CA</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Důvěryhodné certifikáty CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certifikáty PEM (*.pem *.crt *.cer);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 nelze přečíst: %2</translation>
    </message>
    <message>
        <source>Load trusted CA certificates</source>
        <translation>Načíst důvěryhodné certifikáty CA</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Žádný</translation>
    </message>
    <message>
        <source>PEM certificate and key</source>
        <translation>Certifikát a klíč PEM</translation>
    </message>
    <message>
        <source>PKCS#12 file (.p12, .pfx)</source>
        <translation>Soubor PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Klientský certifikát:</translation>
    </message>
    <message>
        <source>Load certificate…</source>
        <translation>Načíst certifikát…</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certifikát:</translation>
    </message>
    <message>
        <source>Load key…</source>
        <translation>Načíst klíč…</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Soukromý klíč:</translation>
    </message>
    <message>
        <source>Edit key password</source>
        <translation>Upravit heslo klíče</translation>
    </message>
    <message>
        <source>Key or file &amp;password:</source>
        <translation>&amp;Heslo klíče nebo souboru:</translation>
    </message>
    <message>
        <source>Change client certificate</source>
        <translation>Změnit klientský certifikát</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Klientský certifikát</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Soubory PKCS#12 (*.p12 *.pfx);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certifikáty PEM (*.pem *.crt);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Load client certificate</source>
        <translation>Načíst klientský certifikát</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Soukromý klíč</translation>
    </message>
    <message>
        <source>PEM keys (*.key *.pem);;All files (*)</source>
        <translation>Klíče PEM (*.key *.pem);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Load private key</source>
        <translation>Načíst soukromý klíč</translation>
    </message>
    <message>
        <source>The system&apos;s (environment)</source>
        <translation>Systémová (z prostředí)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Bez proxy</translation>
    </message>
    <message>
        <source>This proxy</source>
        <translation>Tato proxy</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Edit proxy URL</source>
        <translation>Upravit URL proxy</translation>
    </message>
    <message>
        <source>Proxy URL:</source>
        <translation>URL proxy:</translation>
    </message>
    <message>
        <source>Edit proxy login</source>
        <translation>Upravit přihlašovací jméno proxy</translation>
    </message>
    <message>
        <source>Proxy login:</source>
        <translation>Přihlašovací jméno proxy:</translation>
    </message>
    <message>
        <source>Edit proxy password</source>
        <translation>Upravit heslo proxy</translation>
    </message>
    <message>
        <source>Proxy password:</source>
        <translation>Heslo proxy:</translation>
    </message>
    <message>
        <source>The best it offers</source>
        <translation>Nejlepší, které nabízí</translation>
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
        <translation>Ověření u proxy:</translation>
    </message>
    <message>
        <source>Edit hosts without proxy</source>
        <translation>Upravit servery bez proxy</translation>
    </message>
    <message>
        <source>Reach &amp;directly:</source>
        <translation>&amp;Přímo dosažitelné:</translation>
    </message>
    <message>
        <source>Change proxy</source>
        <translation>Změnit proxy</translation>
    </message>
    <message>
        <source>Change proxy authentication</source>
        <translation>Změnit ověření u proxy</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not on the server)</source>
        <translation>%1 (na serveru není)</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>nic nenačteno</translation>
    </message>
    <message>
        <source>PKCS#12 file loaded; sent to the server encrypted, never shown again</source>
        <translation>Soubor PKCS#12 načten; na server se pošle šifrovaně a už se nezobrazí</translation>
    </message>
    <message>
        <source>stored encrypted on the server; load a file to replace it</source>
        <translation>uloženo šifrovaně na serveru; načtením souboru jej nahradíte</translation>
    </message>
    <message>
        <source>loaded; sent to the server encrypted, never shown again</source>
        <translation>načteno; na server se pošle šifrovaně a už se nezobrazí</translation>
    </message>
    <message>
        <source>stored encrypted on the server</source>
        <translation>uloženo šifrovaně na serveru</translation>
    </message>
    <message>
        <source>stored encrypted; type to replace</source>
        <translation>uloženo šifrovaně; psaním nahradíte</translation>
    </message>
    <message>
        <source>Negotiate with no login signs in with the Kerberos ticket of the account the server runs as.</source>
        <translation>Negotiate bez přihlašovacího jména se přihlásí lístkem Kerberos účtu, pod kterým server běží.</translation>
    </message>
</context>
<context>
    <name>scanflow::CurlImportDialog</name>
    <message>
        <source>Make a new &amp;Request step</source>
        <translation>Vytvořit nový krok &amp;Požadavek</translation>
    </message>
    <message>
        <source>Fill the &amp;Delivery (destination URL and upload)</source>
        <translation>Vyplnit &amp;Doručení (cílovou URL a nahrání)</translation>
    </message>
    <message>
        <source>Import from curl</source>
        <translation>Import z curl</translation>
    </message>
    <message>
        <source>&amp;Paste a curl command line, as an API&apos;s documentation gives it:</source>
        <translation>&amp;Vložte příkaz curl tak, jak ho uvádí dokumentace API:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importovat</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Nelze importovat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n header(s)</source>
        <translation>
            <numerusform>%n hlavička</numerusform>
            <numerusform>%n hlavičky</numerusform>
            <numerusform>%n hlaviček</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n pole</numerusform>
            <numerusform>%n pole</numerusform>
            <numerusform>%n polí</numerusform>
        </translation>
    </message>
    <message>
        <source>body: %1</source>
        <translation>tělo: %1</translation>
    </message>
    <message>
        <source>, the scanned file as &quot;%1&quot;</source>
        <translation>, naskenovaný soubor jako „%1“</translation>
    </message>
    <message>
        <source>Not needed in a workflow: %1</source>
        <translation>Ve workflow není potřeba: %1</translation>
    </message>
    <message>
        <source>Store the login &quot;%1&quot; (-u) as the workflow&apos;s &amp;Basic authentication</source>
        <translation>Uložit přihlášení „%1“ (-u) jako &amp;Basic ověření workflow</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Požadavek</translation>
    </message>
</context>
<context>
    <name>scanflow::DeliveryChart</name>
    <message>
        <source>%1: %2 delivered, %3 failed, %4 waiting</source>
        <translation>%1: doručeno %2, selhalo %3, čeká %4</translation>
    </message>
    <message>
        <source>Deliveries per day</source>
        <translation>Doručení za den</translation>
    </message>
    <message>
        <source>No deliveries yet.</source>
        <translation>Zatím žádná doručení.</translation>
    </message>
</context>
<context>
    <name>scanflow::DeliveryHistoryPage</name>
    <message>
        <source>Load &amp;more</source>
        <translation>Načíst &amp;další</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Všechny stavy</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Znovu načíst</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Historii nelze načíst: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries shown</source>
        <translation>
            <numerusform>zobrazeno %n doručení</numerusform>
            <numerusform>zobrazena %n doručení</numerusform>
            <numerusform>zobrazeno %n doručení</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the history again from the server (F5); it also changes by itself</source>
        <translation>Znovu načíst historii ze serveru (F5); mění se i sama</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zobrazit:</translation>
    </message>
</context>
<context>
    <name>scanflow::DeliveryList</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>Zkusit &amp;hned</translation>
    </message>
    <message>
        <source>Ca&amp;ncel delivery</source>
        <translation>Zr&amp;ušit doručení</translation>
    </message>
    <message>
        <source>Deliver the selected file now (a failed file is queued again)</source>
        <translation>Doručit vybraný soubor hned (neúspěšný se znovu zařadí do fronty)</translation>
    </message>
    <message>
        <source>Keep the selected queued file as failed, without delivering it</source>
        <translation>Ponechat vybraný soubor ve frontě jako neúspěšný, bez doručení</translation>
    </message>
    <message>
        <source>Delivery %1: %2</source>
        <translation>Doručení %1: %2</translation>
    </message>
    <message>
        <source>Delivery %1 is queued to be delivered now</source>
        <translation>Doručení %1 je ve frontě k okamžitému doručení</translation>
    </message>
    <message>
        <source>Delivery %1 is cancelled and kept as failed</source>
        <translation>Doručení %1 je zrušeno a ponecháno jako neúspěšné</translation>
    </message>
</context>
<context>
    <name>scanflow::DeliveryListModel</name>
    <message>
        <source>Queued</source>
        <translation>Ve frontě</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Doručuje se</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Doručeno</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neúspěšné</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pokusy</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Důvod</translation>
    </message>
</context>
<context>
    <name>scanflow::DevicesPage</name>
    <message>
        <source>Registered</source>
        <translation>Registrováno</translation>
    </message>
    <message>
        <source>Code expired</source>
        <translation>Platnost kódu vypršela</translation>
    </message>
    <message>
        <source>Awaiting registration</source>
        <translation>Čeká na registraci</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Naposledy viděno</translation>
    </message>
    <message>
        <source>Code valid until</source>
        <translation>Kód platí do</translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation>ID klíče API</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Register device</source>
        <translation>Registrovat zařízení</translation>
    </message>
    <message>
        <source>where it stands, e.g. MFP 3rd floor</source>
        <translation>kde stojí, např. MFP 3. patro</translation>
    </message>
    <message>
        <source>Code valid for</source>
        <translation>Platnost kódu</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hodina</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 den</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 týden</translation>
    </message>
    <message>
        <source>The device&apos;s one-time registration code is shown once. Type it into the device, which trades it with its own API key for a device token.</source>
        <translation>Jednorázový registrační kód zařízení se zobrazí jen jednou. Zadejte ho do zařízení, které ho se svým vlastním klíčem API vymění za token zařízení.</translation>
    </message>
    <message>
        <source>Registration code for &quot;%1&quot;</source>
        <translation>Registrační kód pro „%1“</translation>
    </message>
    <message>
        <source>Type this code into the device. It works once, until %1; after that, register the device again.</source>
        <translation>Zadejte tento kód do zařízení. Funguje jednou, do %1; potom zařízení zaregistrujte znovu.</translation>
    </message>
</context>
<context>
    <name>scanflow::EntityPage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Hledat (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Přidat…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Cannot read the account: %1</source>
        <translation>Účet nelze načíst: %1</translation>
    </message>
    <message>
        <source>Cannot load the list: %1</source>
        <translation>Seznam nelze načíst: %1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Přidáno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>„%1“ uloženo.</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? This cannot be undone.</source>
        <translation>Smazat „%1“? Nelze to vrátit zpět.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted: %2</source>
        <translation>„%1“ nebylo smazáno: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; deleted.</source>
        <translation>„%1“ smazáno.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
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
        <translation>Procházet…</translation>
    </message>
    <message>
        <source>%1: a value is needed.</source>
        <translation>%1: hodnota je povinná.</translation>
    </message>
</context>
<context>
    <name>scanflow::GroupsPage</name>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>ID skupiny</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Členové</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Přidat skupinu</translation>
    </message>
    <message>
        <source>made up when empty</source>
        <translation>vygeneruje se, když je prázdné</translation>
    </message>
    <message>
        <source>Member names</source>
        <translation>Jména členů</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
</context>
<context>
    <name>scanflow::InboxPage</name>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Otevřít složku</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Kopírovat &amp;cestu</translation>
    </message>
    <message>
        <source>&amp;Send files…</source>
        <translation>Ode&amp;slat soubory…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>Složka schránky</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Čeká</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Doručuje se</translation>
    </message>
    <message>
        <source>Delivered today</source>
        <translation>Doručeno dnes</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Neúspěšné dnes</translation>
    </message>
    <message>
        <source>Drop files on a workflow to deliver them through it</source>
        <translation>Přetáhněte soubory na workflow a doručí se přes něj</translation>
    </message>
    <message>
        <source>Copy scans into a workflow&apos;s folder, or drop them on its row: each is delivered and shows below.</source>
        <translation>Zkopírujte skeny do složky workflow nebo je přetáhněte na jeho řádek: každý se doručí a zobrazí níže.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Zkopírováno: %1</translation>
    </message>
    <message>
        <source>Send files through %1</source>
        <translation>Odeslat soubory přes %1</translation>
    </message>
    <message>
        <source>Cannot read the inbox: %1</source>
        <translation>Schránku nelze načíst: %1</translation>
    </message>
    <message>
        <source>(none: the name cannot be a folder)</source>
        <translation>(žádná: název nemůže být složkou)</translation>
    </message>
    <message>
        <source>Deliver files</source>
        <translation>Doručit soubory</translation>
    </message>
    <message>
        <source>Deliver through the workflow:</source>
        <translation>Doručit přes workflow:</translation>
    </message>
    <message>
        <source>Only files can be delivered, not folders or links to the web</source>
        <translation>Doručit lze jen soubory, ne složky ani odkazy na web</translation>
    </message>
    <message>
        <source>Still sending the files before; try again when they are on their way</source>
        <translation>Ještě se odesílají předchozí soubory; zkuste to znovu, až budou na cestě</translation>
    </message>
    <message>
        <source>Sending %1 of %2: %3 (%p%)</source>
        <translation>Odesílá se %1 z %2: %3 (%p%)</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 nebyl odeslán: %2</translation>
    </message>
</context>
<context>
    <name>scanflow::InputPortsPage</name>
    <message>
        <source>Pull queue</source>
        <translation>Fronta pro vyzvednutí</translation>
    </message>
    <message>
        <source>Push queue</source>
        <translation>Fronta pro odeslání</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Output port</source>
        <translation>Výstupní port</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Umístění</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Doména</translation>
    </message>
    <message>
        <source>Output port ID</source>
        <translation>ID výstupního portu</translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation>ID umístění</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Příznaky</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Doména účtu</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Add input port</source>
        <translation>Přidat vstupní port</translation>
    </message>
    <message>
        <source>Edit input port &quot;%1&quot;</source>
        <translation>Upravit vstupní port „%1“</translation>
    </message>
    <message>
        <source>for a push queue</source>
        <translation>pro frontu pro odeslání</translation>
    </message>
    <message>
        <source>Available by default</source>
        <translation>Ve výchozím stavu dostupný</translation>
    </message>
</context>
<context>
    <name>scanflow::Labels</name>
    <message>
        <source>None</source>
        <translation>Žádné</translation>
    </message>
    <message>
        <source>Basic HTML authentication</source>
        <translation>Základní HTML ověřování</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>System parameter</source>
        <translation>Systémový parametr</translation>
    </message>
    <message>
        <source>Custom parameter</source>
        <translation>Vlastní parametr</translation>
    </message>
    <message>
        <source>Terminal parameter</source>
        <translation>Parametr terminálu</translation>
    </message>
    <message>
        <source>Response parameter</source>
        <translation>Parametr z odpovědi</translation>
    </message>
    <message>
        <source>User-specific parameter</source>
        <translation>Parametr podle uživatele</translation>
    </message>
    <message>
        <source>Request header</source>
        <translation>Hlavička požadavku</translation>
    </message>
    <message>
        <source>Form/Body</source>
        <translation>Formulář/tělo</translation>
    </message>
    <message>
        <source>Multipart/form-data</source>
        <translation>Multipart/form-data</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Surové tělo</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulář</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>From parameters</source>
        <translation>Z parametrů</translation>
    </message>
    <message>
        <source>JSON editor</source>
        <translation>Editor JSON</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Custom XML</source>
        <translation>Vlastní XML</translation>
    </message>
    <message>
        <source>Custom JSON</source>
        <translation>Vlastní JSON</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorizováno</translation>
    </message>
    <message>
        <source>Needs renewal</source>
        <translation>Vyžaduje obnovení</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Neautorizováno</translation>
    </message>
</context>
<context>
    <name>scanflow::LocationsPage</name>
    <message>
        <source>Gateway</source>
        <translation>Brána</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Podsíť</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rozsah</translation>
    </message>
    <message>
        <source>WiFi SSID</source>
        <translation>SSID Wi-Fi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Identified by</source>
        <translation>Určeno podle</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Add location</source>
        <translation>Přidat umístění</translation>
    </message>
    <message>
        <source>Edit location &quot;%1&quot;</source>
        <translation>Upravit umístění „%1“</translation>
    </message>
    <message>
        <source>Gateway addresses</source>
        <translation>Adresy bran</translation>
    </message>
    <message>
        <source>192.168.1.1, …</source>
        <translation>192.168.1.1, …</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Podsítě</translation>
    </message>
    <message>
        <source>192.168.1.0/24, …</source>
        <translation>192.168.1.0/24, …</translation>
    </message>
    <message>
        <source>Address ranges</source>
        <translation>Rozsahy adres</translation>
    </message>
    <message>
        <source>192.168.1.100-192.168.1.200, …</source>
        <translation>192.168.1.100-192.168.1.200, …</translation>
    </message>
    <message>
        <source>WiFi SSIDs</source>
        <translation>SSID Wi-Fi</translation>
    </message>
    <message>
        <source>office-wifi, …</source>
        <translation>kancelar-wifi, …</translation>
    </message>
    <message>
        <source>Separate several values with commas. A device is in this location when one of them matches.</source>
        <translation>Více hodnot oddělte čárkami. Zařízení je v tomto umístění, když některá z nich odpovídá.</translation>
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
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Delivery history</source>
        <translation>Historie doručení</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Uživatelé</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Skupiny</translation>
    </message>
    <message>
        <source>Output ports</source>
        <translation>Výstupní porty</translation>
    </message>
    <message>
        <source>Input ports</source>
        <translation>Vstupní porty</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Umístění</translation>
    </message>
    <message>
        <source>Authentication providers</source>
        <translation>Poskytovatelé ověřování</translation>
    </message>
    <message>
        <source>Access controls</source>
        <translation>Řízení přístupu</translation>
    </message>
    <message>
        <source>Scan access rules</source>
        <translation>Pravidla přístupu ke skenování</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certifikáty</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API klíče</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;New workflow</source>
        <translation>&amp;Nový workflow</translation>
    </message>
    <message>
        <source>&amp;Import workflow…</source>
        <translation>&amp;Importovat workflow…</translation>
    </message>
    <message>
        <source>&amp;Export workflow…</source>
        <translation>&amp;Exportovat workflow…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>U&amp;končit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Úp&amp;avy</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Znovu</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Připojit k serveru…</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Připojit k serveru</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nepřipojeno: %1</translation>
    </message>
    <message>
        <source>Open &amp;Workplace…</source>
        <translation>Otevřít &amp;Workplace…</translation>
    </message>
    <message>
        <source>Trusted devices</source>
        <translation>Důvěryhodná zařízení</translation>
    </message>
    <message>
        <source>Scan inbox</source>
        <translation>Schránka skenů</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Vyzkoušet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>Ú&amp;vodní stránka</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hlavní panel nástrojů</translation>
    </message>
</context>
<context>
    <name>scanflow::OAuthBrowserFlow</name>
    <message numerus="yes">
        <source>No answer came from the provider&apos;s page within %n minute(s). Nothing was saved; try again.</source>
        <translation>
            <numerusform>Ze stránky poskytovatele nepřišla do %n minuty žádná odpověď. Nic nebylo uloženo; zkuste to znovu.</numerusform>
            <numerusform>Ze stránky poskytovatele nepřišla do %n minut žádná odpověď. Nic nebylo uloženo; zkuste to znovu.</numerusform>
            <numerusform>Ze stránky poskytovatele nepřišla do %n minut žádná odpověď. Nic nebylo uloženo; zkuste to znovu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The authorization endpoint URL &quot;%1&quot; is not valid.</source>
        <translation>URL autorizačního koncového bodu „%1“ není platná.</translation>
    </message>
    <message>
        <source>ScanFlow has the provider&apos;s answer. You can close this page and return to ScanFlow.</source>
        <translation>ScanFlow má odpověď poskytovatele. Tuto stránku můžete zavřít a vrátit se do ScanFlow.</translation>
    </message>
    <message>
        <source>Port %1 on this computer, where the provider&apos;s answer comes back, is in use (another authorization may be open). Close it and try again.</source>
        <translation>Port %1 na tomto počítači, kam se vrací odpověď poskytovatele, je obsazen (možná je otevřena jiná autorizace). Zavřete ji a zkuste to znovu.</translation>
    </message>
    <message>
        <source>No web browser could be opened for %1.</source>
        <translation>Pro %1 nebylo možné otevřít webový prohlížeč.</translation>
    </message>
    <message>
        <source>The authorization was denied at the provider. Nothing was saved.</source>
        <translation>Autorizace byla u poskytovatele zamítnuta. Nic nebylo uloženo.</translation>
    </message>
    <message>
        <source>The provider refused the authorization: %1%2</source>
        <translation>Poskytovatel autorizaci odmítl: %1%2</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not match this authorization (its state differs), so it was refused. Nothing was saved.</source>
        <translation>Odpověď poskytovatele neodpovídala této autorizaci (liší se její state), proto byla odmítnuta. Nic nebylo uloženo.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer had no authorization code.</source>
        <translation>Odpověď poskytovatele neobsahovala autorizační kód.</translation>
    </message>
</context>
<context>
    <name>scanflow::OAuthProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Sign in at %1 in your web browser and allow access; this window waits for the answer.</source>
        <translation>Přihlaste se na %1 ve webovém prohlížeči a povolte přístup; toto okno čeká na odpověď.</translation>
    </message>
    <message>
        <source>Opening the provider&apos;s page…</source>
        <translation>Otevírá se stránka poskytovatele…</translation>
    </message>
    <message>
        <source>The provider answered; the server is completing the authorization…</source>
        <translation>Poskytovatel odpověděl; server dokončuje autorizaci…</translation>
    </message>
</context>
<context>
    <name>scanflow::OutputPortsPage</name>
    <message>
        <source>Dummy</source>
        <translation>Fiktivní</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Tiskárna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Výrobce</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Doména</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Print protocol</source>
        <translation>Tiskový protokol</translation>
    </message>
    <message>
        <source>Output type</source>
        <translation>Typ výstupu</translation>
    </message>
    <message>
        <source>Printer IPP URL</source>
        <translation>IPP URL tiskárny</translation>
    </message>
    <message>
        <source>IP reader address</source>
        <translation>IP adresa čtečky</translation>
    </message>
    <message>
        <source>Device serial number</source>
        <translation>Sériové číslo zařízení</translation>
    </message>
    <message>
        <source>Account domain</source>
        <translation>Doména účtu</translation>
    </message>
    <message>
        <source>Embedded client</source>
        <translation>Vestavěný klient</translation>
    </message>
    <message>
        <source>Monochrome</source>
        <translation>Černobílá</translation>
    </message>
    <message>
        <source>Reversed finisher</source>
        <translation>Finišer s obrácenou cestou</translation>
    </message>
    <message>
        <source>Software copy collation</source>
        <translation>Softwarové řazení kopií</translation>
    </message>
    <message>
        <source>Sends user names</source>
        <translation>Posílá jména uživatelů</translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation>ID umístění</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Add output port</source>
        <translation>Přidat výstupní port</translation>
    </message>
    <message>
        <source>Edit output port &quot;%1&quot;</source>
        <translation>Upravit výstupní port „%1“</translation>
    </message>
    <message>
        <source>IP address or host name</source>
        <translation>IP adresa nebo název hostitele</translation>
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
        <translation>Zařazování (CUPS)</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Surový</translation>
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
        <translation>PostScript úrovně 3</translation>
    </message>
    <message>
        <source>PostScript level 2</source>
        <translation>PostScript úrovně 2</translation>
    </message>
    <message>
        <source>Has an embedded client</source>
        <translation>Má vestavěného klienta</translation>
    </message>
    <message>
        <source>Monochrome printer</source>
        <translation>Černobílá tiskárna</translation>
    </message>
    <message>
        <source>Finisher with reversed path</source>
        <translation>Finišer s obrácenou cestou papíru</translation>
    </message>
    <message>
        <source>Collate copies in software</source>
        <translation>Řadit kopie softwarově</translation>
    </message>
    <message>
        <source>Send user names (IPP only)</source>
        <translation>Posílat jména uživatelů (jen IPP)</translation>
    </message>
    <message>
        <source>Create a matching input port</source>
        <translation>Vytvořit odpovídající vstupní port</translation>
    </message>
</context>
<context>
    <name>scanflow::ParameterModel</name>
    <message>
        <source>Ignored: a raw body sends only the file (headers still apply)</source>
        <translation>Ignorováno: surové tělo posílá jen soubor (hlavičky platí dál)</translation>
    </message>
    <message>
        <source>Ignored: the JSON editor&apos;s template is the whole body (headers still apply)</source>
        <translation>Ignorováno: šablona editoru JSON je celé tělo (hlavičky platí dál)</translation>
    </message>
    <message>
        <source>The label the user sees in Workplace; the value comes from each user&apos;s private data.</source>
        <translation>Popisek, který uživatel vidí ve Workplace; hodnota pochází ze soukromých dat každého uživatele.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klíč</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Umístění</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problém</translation>
    </message>
    <message>
        <source>Change parameter key</source>
        <translation>Změnit klíč parametru</translation>
    </message>
    <message>
        <source>Change parameter value</source>
        <translation>Změnit hodnotu parametru</translation>
    </message>
    <message>
        <source>Change parameter type</source>
        <translation>Změnit typ parametru</translation>
    </message>
    <message>
        <source>Change parameter location</source>
        <translation>Změnit umístění parametru</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>Přidat parametr</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Odebrat parametr</translation>
    </message>
    <message>
        <source>Move parameter</source>
        <translation>Přesunout parametr</translation>
    </message>
    <message>
        <source>(kept on the server)</source>
        <translation>(uloženo na serveru)</translation>
    </message>
    <message>
        <source>A secret value is sealed on the server and never shown again or exported; leave it empty to keep the stored one.</source>
        <translation>Tajná hodnota se na serveru zašifruje a už se nikdy nezobrazí ani neexportuje; ponechte ji prázdnou, chcete-li zachovat uloženou.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Tajné</translation>
    </message>
    <message>
        <source>Make parameter secret</source>
        <translation>Označit parametr jako tajný</translation>
    </message>
    <message>
        <source>Make parameter plain</source>
        <translation>Označit parametr jako netajný</translation>
    </message>
</context>
<context>
    <name>scanflow::PlaceholderHighlight</name>
    <message>
        <source>Nothing provides %1 at this step</source>
        <translation>V tomto kroku nic neposkytuje %1</translation>
    </message>
</context>
<context>
    <name>scanflow::PlaceholderPicker</name>
    <message>
        <source>Insert placeholder</source>
        <translation>Vložit zástupný symbol</translation>
    </message>
    <message>
        <source>Insert a placeholder available at this step</source>
        <translation>Vložit zástupný symbol dostupný v tomto kroku</translation>
    </message>
</context>
<context>
    <name>scanflow::PrivateDestinationDialog</name>
    <message>
        <source>Private destination: %1</source>
        <translation>Soukromý cíl: %1</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Přihlašovací jméno:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Heslo:</translation>
    </message>
    <message>
        <source>All fields are required. Then sign in at the provider in your web browser; nothing is saved until that is done too.</source>
        <translation>Všechna pole jsou povinná. Potom se přihlaste u poskytovatele ve webovém prohlížeči; dokud to neuděláte, nic se neuloží.</translation>
    </message>
    <message>
        <source>All fields are required. They are kept encrypted on the server and used only for your deliveries.</source>
        <translation>Všechna pole jsou povinná. Na serveru jsou uložena šifrovaně a používají se jen pro vaše doručování.</translation>
    </message>
    <message>
        <source>Sign in at the provider in your web browser to let this workflow deliver your files.</source>
        <translation>Přihlaste se u poskytovatele ve webovém prohlížeči, aby tento workflow mohl doručovat vaše soubory.</translation>
    </message>
    <message>
        <source>&amp;Continue to sign-in…</source>
        <translation>&amp;Pokračovat k přihlášení…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Zrušeno; nic nebylo uloženo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Neuloženo: %1</translation>
    </message>
</context>
<context>
    <name>scanflow::RequestsArea</name>
    <message>
        <source>Add request</source>
        <translation>Přidat požadavek</translation>
    </message>
    <message>
        <source>Remove request</source>
        <translation>Odebrat požadavek</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Přejmenovat…</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Posunout dříve</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Posunout později</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Požadavek %1</translation>
    </message>
    <message>
        <source>The Delivery step sends the file and cannot be removed; move it instead.</source>
        <translation>Krok Doručení posílá soubor a nelze ho odebrat; místo toho ho přesuňte.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Odebrat %1</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Přejmenovat krok</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Název:</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Přesunout krok</translation>
    </message>
    <message>
        <source>Import from curl…</source>
        <translation>Import z curl…</translation>
    </message>
    <message>
        <source>Run up to this step…</source>
        <translation>Spustit až po tento krok…</translation>
    </message>
</context>
<context>
    <name>scanflow::ResponseModel</name>
    <message>
        <source>A JSON path such as data.id or items[0].id, or an XPath such as /root/id for XML.</source>
        <translation>Cesta JSON jako data.id nebo items[0].id, nebo XPath jako /root/id pro XML.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klíč</translation>
    </message>
    <message>
        <source>Value (selector)</source>
        <translation>Hodnota (selektor)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problém</translation>
    </message>
    <message>
        <source>Change response key</source>
        <translation>Změnit klíč odpovědi</translation>
    </message>
    <message>
        <source>Change response selector</source>
        <translation>Změnit selektor odpovědi</translation>
    </message>
    <message>
        <source>Add response parameter</source>
        <translation>Přidat parametr odpovědi</translation>
    </message>
    <message>
        <source>Remove response parameter</source>
        <translation>Odebrat parametr odpovědi</translation>
    </message>
    <message>
        <source>Move response parameter</source>
        <translation>Přesunout parametr odpovědi</translation>
    </message>
</context>
<context>
    <name>scanflow::ResponseTree</name>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Double-click a value (or press Enter) to parse it into a response parameter</source>
        <translation>Dvojklikem na hodnotu (nebo Enter) z ní uděláte parametr odpovědi</translation>
    </message>
    <message>
        <source>(array)</source>
        <translation>(pole)</translation>
    </message>
    <message>
        <source>(object)</source>
        <translation>(objekt)</translation>
    </message>
</context>
<context>
    <name>scanflow::RowTable</name>
    <message>
        <source>Add</source>
        <translation>Přidat</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Posunout nahoru</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Posunout dolů</translation>
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
        <translation>Uživatel nebo skupina</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Uživatel %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Skupina %1</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Přístup</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Povolit</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Zakázat</translation>
    </message>
    <message>
        <source>Workflow ID</source>
        <translation>ID workflow</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>User or group ID</source>
        <translation>ID uživatele nebo skupiny</translation>
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
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <source>Add access rule</source>
        <translation>Přidat pravidlo přístupu</translation>
    </message>
    <message>
        <source>Edit access rule</source>
        <translation>Upravit pravidlo přístupu</translation>
    </message>
    <message>
        <source>A user</source>
        <translation>Uživateli</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Skupině</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Uživatelské jméno</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Nobody may use a workflow until a rule allows it. A rule for the user beats a rule for one of their groups; Deny beats Allow at the same level.</source>
        <translation>Workflow nikdo nesmí použít, dokud to pravidlo nepovolí. Pravidlo pro uživatele má přednost před pravidlem pro jeho skupinu; na stejné úrovni má Zakázat přednost před Povolit.</translation>
    </message>
</context>
<context>
    <name>scanflow::SendFileDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Odeslat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Send a file through %1</source>
        <translation>Odeslat soubor přes %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procházet…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Soubor:</translation>
    </message>
    <message>
        <source>Your private destination still needs: %1. Authorize it first, or the delivery fails.</source>
        <translation>Vašemu soukromému cíli ještě chybí: %1. Nejprve ho autorizujte, jinak doručení selže.</translation>
    </message>
    <message>
        <source>Choose the file to send</source>
        <translation>Vyberte soubor k odeslání</translation>
    </message>
    <message>
        <source>File: &quot;%1&quot; is not a file to send</source>
        <translation>Soubor: „%1“ není soubor k odeslání</translation>
    </message>
    <message>
        <source>Sending %p%</source>
        <translation>Odesílá se %p%</translation>
    </message>
    <message>
        <source>Sending %1…</source>
        <translation>Odesílá se %1…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>Zrušeno; nic nebylo odesláno.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Neodesláno: %1</translation>
    </message>
    <message>
        <source>Taken; delivering…</source>
        <translation>Přijato; doručuje se…</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Doručuje se</translation>
    </message>
    <message>
        <source>Cannot follow the delivery: %1</source>
        <translation>Doručení nelze sledovat: %1</translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation>Doručeno.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Selhalo: %1</translation>
    </message>
    <message>
        <source>Delivering…</source>
        <translation>Doručuje se…</translation>
    </message>
    <message>
        <source>An attempt failed (%1); the server tries again.</source>
        <translation>Pokus selhal (%1); server to zkusí znovu.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Doručeno</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nedoručeno</translation>
    </message>
</context>
<context>
    <name>scanflow::SequenceStrip</name>
    <message>
        <source>Request sequence</source>
        <translation>Posloupnost požadavků</translation>
    </message>
    <message>
        <source>Sequence:</source>
        <translation>Posloupnost:</translation>
    </message>
    <message>
        <source>then</source>
        <translation>potom</translation>
    </message>
    <message>
        <source>Show step %1</source>
        <translation>Zobrazit krok %1</translation>
    </message>
</context>
<context>
    <name>scanflow::ShownOnce</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopírovat</translation>
    </message>
</context>
<context>
    <name>scanflow::StartPage</name>
    <message>
        <source>&amp;Open as a new workflow</source>
        <translation>&amp;Otevřít jako nový workflow</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>&amp;Vyzkoušet</translation>
    </message>
    <message>
        <source>Send the &amp;sample scan</source>
        <translation>Odeslat &amp;ukázkový sken</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>&amp;Vybrat soubory…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to ScanFlow&lt;/h2&gt;&lt;p&gt;A workflow delivers each scanned file to an HTTP API, through the requests that API asks for. Three ways in:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Vítejte v ScanFlow&lt;/h2&gt;&lt;p&gt;Workflow doručí každý naskenovaný soubor do HTTP API, pomocí požadavků, které to API vyžaduje. Tři způsoby, jak začít:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1. Start from a use case</source>
        <translation>1. Začněte od případu použití</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>2. Try it against the test destination</source>
        <translation>2. Vyzkoušejte ho proti testovacímu cíli</translation>
    </message>
    <message>
        <source>The server has a destination of its own that answers like a small records API and keeps what it receives. Try it saves the chosen use case as a workflow aimed there.</source>
        <translation>Server má vlastní cíl, který odpovídá jako malé API záznamů a uchovává, co přijme. Vyzkoušet uloží zvolený případ použití jako workflow mířící tam.</translation>
    </message>
    <message>
        <source>3. Drop a file into its inbox</source>
        <translation>3. Vložte soubor do jeho schránky</translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <translation>%1 (test)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Ukládání…</translation>
    </message>
    <message>
        <source>Deliver a file</source>
        <translation>Doručit soubor</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Use this when: %1</source>
        <translation>Použijte, když: %1</translation>
    </message>
    <message>
        <source>This server has no test destination (&quot;testDestination&quot;: true in its configuration turns it on).</source>
        <translation>Tento server nemá testovací cíl (zapne ho &quot;testDestination&quot;: true v jeho konfiguraci).</translation>
    </message>
    <message>
        <source>Drop scanned files here to deliver them through &quot;%1&quot;.</source>
        <translation>Přetáhněte sem naskenované soubory a doručí se přes „%1“.</translation>
    </message>
    <message>
        <source>Try a use case first; then drop scanned files here.</source>
        <translation>Nejprve vyzkoušejte případ použití; pak sem přetáhněte naskenované soubory.</translation>
    </message>
    <message>
        <source>Saved as &quot;%1&quot;, aimed at the test destination.</source>
        <translation>Uloženo jako „%1“, míří na testovací cíl.</translation>
    </message>
    <message>
        <source>Send the sample scan</source>
        <translation>Odeslat ukázkový sken</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;</source>
        <translation>Nelze zapsat „%1“</translation>
    </message>
</context>
<context>
    <name>scanflow::StepEditor</name>
    <message>
        <source>Request parameters</source>
        <translation>Parametry požadavku</translation>
    </message>
    <message>
        <source>Response parameters</source>
        <translation>Parametry odpovědi</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>Změnit metodu</translation>
    </message>
    <message>
        <source>Change body type</source>
        <translation>Změnit typ těla</translation>
    </message>
    <message>
        <source>Delivers the file to the workflow&apos;s Destination URL.</source>
        <translation>Doručí soubor na cílovou URL workflow.</translation>
    </message>
    <message>
        <source>The multipart field that carries the file: letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only.</source>
        <translation>Pole multipart, které nese soubor: jen písmena, číslice, „.“, „_“ a „-“.</translation>
    </message>
    <message>
        <source>Name of file form field:</source>
        <translation>Název pole formuláře se souborem:</translation>
    </message>
    <message>
        <source>Delivery method:</source>
        <translation>Metoda doručení:</translation>
    </message>
    <message>
        <source>Delivery body type:</source>
        <translation>Typ těla doručení:</translation>
    </message>
    <message>
        <source>Edit file field name</source>
        <translation>Upravit název pole souboru</translation>
    </message>
    <message>
        <source>Edit request URL</source>
        <translation>Upravit URL požadavku</translation>
    </message>
    <message>
        <source>Request URL:</source>
        <translation>URL požadavku:</translation>
    </message>
    <message>
        <source>Request method:</source>
        <translation>Metoda požadavku:</translation>
    </message>
    <message>
        <source>Request body type:</source>
        <translation>Typ těla požadavku:</translation>
    </message>
    <message>
        <source>JSON body source:</source>
        <translation>Zdroj těla JSON:</translation>
    </message>
    <message>
        <source>JSON body template:</source>
        <translation>Šablona těla JSON:</translation>
    </message>
    <message>
        <source>Change JSON body source</source>
        <translation>Změnit zdroj těla JSON</translation>
    </message>
    <message>
        <source>Edit JSON template</source>
        <translation>Upravit šablonu JSON</translation>
    </message>
    <message>
        <source>Sends Form/Body parameters, the file and, when enabled, the metadata.</source>
        <translation>Posílá parametry formuláře/těla, soubor a případně metadata.</translation>
    </message>
    <message>
        <source>Sends only the file as the whole body; headers still apply, Form/Body parameters and metadata are not sent.</source>
        <translation>Posílá jen soubor jako celé tělo; hlavičky platí dál, parametry formuláře/těla ani metadata se neposílají.</translation>
    </message>
    <message>
        <source>Form/Body parameters go to the query string.</source>
        <translation>Parametry formuláře/těla jdou do řetězce dotazu.</translation>
    </message>
    <message>
        <source>The template is the whole body; only header parameters are used from the table.</source>
        <translation>Šablona je celé tělo; z tabulky se použijí jen parametry hlaviček.</translation>
    </message>
    <message>
        <source>The body is a flat JSON object of the Form/Body parameters.</source>
        <translation>Tělo je plochý objekt JSON z parametrů formuláře/těla.</translation>
    </message>
    <message>
        <source>Form/Body parameters are sent URL-encoded in the body.</source>
        <translation>Parametry formuláře/těla se posílají v těle kódované pro URL.</translation>
    </message>
</context>
<context>
    <name>scanflow::StepTrialDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Spustit</translation>
    </message>
    <message>
        <source>&amp;Add as response parameter</source>
        <translation>&amp;Přidat jako parametr odpovědi</translation>
    </message>
    <message>
        <source>Run up to &quot;%1&quot;</source>
        <translation>Spustit až po „%1“</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procházet…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Soubor:</translation>
    </message>
    <message>
        <source>Runs the steps up to this one against the real API, as the designer has them now; nothing is saved. Then double-click a value in a response to parse it.</source>
        <translation>Spustí kroky až po tento proti skutečnému API tak, jak jsou teď v návrháři; nic se neukládá. Pak dvojklikem na hodnotu v odpovědi ji zpracujete.</translation>
    </message>
    <message>
        <source>Choose the file to run with</source>
        <translation>Vyberte soubor pro spuštění</translation>
    </message>
    <message>
        <source>File: &quot;%1&quot; is not a file to run with</source>
        <translation>Soubor: „%1“ není soubor pro spuštění</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Běží…</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Nespuštěno: %1</translation>
    </message>
    <message>
        <source>Every step up to this one answered. Double-click a value to parse it into a response parameter.</source>
        <translation>Všechny kroky až po tento odpověděly. Dvojklikem na hodnotu z ní uděláte parametr odpovědi.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Selhalo: %1</translation>
    </message>
    <message>
        <source>Add response parameter</source>
        <translation>Přidat parametr odpovědi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is parsed from the response of step %2 with %3; use it as [%1].</source>
        <translation>„%1“ se čte z odpovědi kroku %2 pomocí %3; použijte ho jako [%1].</translation>
    </message>
</context>
<context>
    <name>scanflow::TemplateEditor</name>
    <message>
        <source>Valid template.</source>
        <translation>Platná šablona.</translation>
    </message>
    <message>
        <source>Valid template; placeholders: %1</source>
        <translation>Platná šablona; zástupné symboly: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Neplatné: %1</translation>
    </message>
</context>
<context>
    <name>scanflow::TestDeliveryDialog</name>
    <message>
        <source>&amp;Deliver</source>
        <translation>&amp;Doručit</translation>
    </message>
    <message>
        <source>Test delivery — %1</source>
        <translation>Zkušební doručení — %1</translation>
    </message>
    <message>
        <source>File to deliver</source>
        <translation>Soubor k doručení</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.tif *.tiff);;All files (*)</source>
        <translation>Skeny (*.pdf *.png *.jpg *.tif *.tiff);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Nahrává se…</translation>
    </message>
    <message>
        <source>The server did not take the file: %1</source>
        <translation>Server soubor nepřijal: %1</translation>
    </message>
    <message>
        <source>Queued; delivering…</source>
        <translation>Ve frontě; doručuje se…</translation>
    </message>
    <message>
        <source>Cannot follow the delivery: %1</source>
        <translation>Doručení nelze sledovat: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delivered in %n attempt(s).</source>
        <translation>
            <numerusform>Doručeno na %n pokus.</numerusform>
            <numerusform>Doručeno na %n pokusy.</numerusform>
            <numerusform>Doručeno na %n pokusů.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Selhalo: %1</translation>
    </message>
    <message>
        <source>Attempt %1 failed (%2); the server tries again at %3.</source>
        <translation>Pokus %1 selhal (%2); server to zkusí znovu v %3.</translation>
    </message>
    <message>
        <source>Delivering…</source>
        <translation>Doručuje se…</translation>
    </message>
</context>
<context>
    <name>scanflow::TraceView</name>
    <message>
        <source>Request</source>
        <translation>Požadavek</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>bez odpovědi</translation>
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
        <translation>Chyba: %1</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Hlavičky</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Tělo</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Odpověď</translation>
    </message>
    <message>
        <source>Parsed values</source>
        <translation>Získané hodnoty</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Chyba</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Připojení</translation>
    </message>
</context>
<context>
    <name>scanflow::UsersPage</name>
    <message>
        <source>User name</source>
        <translation>Uživatelské jméno</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Celé jméno</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Oddělení</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karty</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Domovská složka</translation>
    </message>
    <message>
        <source>Short ID</source>
        <translation>Krátké ID</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externí ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Platnost do</translation>
    </message>
    <message>
        <source>Has a password</source>
        <translation>Má heslo</translation>
    </message>
    <message>
        <source>Has a PIN</source>
        <translation>Má PIN</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>ID poskytovatele</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Search name, full name or email (Ctrl+F)</source>
        <translation>Hledat jméno, celé jméno nebo e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Místní</translation>
    </message>
    <message>
        <source>The authentication provider whose users are listed</source>
        <translation>Poskytovatel ověřování, jehož uživatelé jsou uvedeni</translation>
    </message>
    <message>
        <source>Register card…</source>
        <translation>Registrovat kartu…</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Skupiny…</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Poskytovatel:</translation>
    </message>
    <message>
        <source>Cannot load the users: %1</source>
        <translation>Uživatele nelze načíst: %1</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Přidat uživatele</translation>
    </message>
    <message>
        <source>Edit user &quot;%1&quot;</source>
        <translation>Upravit uživatele „%1“</translation>
    </message>
    <message>
        <source>yyyy-MM-dd, empty for never</source>
        <translation>rrrr-MM-dd, prázdné pro neomezeně</translation>
    </message>
    <message>
        <source>unchanged when empty</source>
        <translation>beze změny, když je prázdné</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Skupiny</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>Register a card for &quot;%1&quot;</source>
        <translation>Registrovat kartu pro „%1“</translation>
    </message>
    <message>
        <source>Card ID</source>
        <translation>ID karty</translation>
    </message>
    <message>
        <source>A card belongs to one user: a card another user has is refused.</source>
        <translation>Karta patří jednomu uživateli: karta, kterou má jiný uživatel, se odmítne.</translation>
    </message>
    <message>
        <source>Card registered.</source>
        <translation>Karta registrována.</translation>
    </message>
    <message>
        <source>Cannot load the groups: %1</source>
        <translation>Skupiny nelze načíst: %1</translation>
    </message>
    <message>
        <source>Groups of &quot;%1&quot;</source>
        <translation>Skupiny uživatele „%1“</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Člen skupin</translation>
    </message>
    <message>
        <source>Groups saved.</source>
        <translation>Skupiny uloženy.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importovat CSV…</translation>
    </message>
    <message>
        <source>Import users from CSV</source>
        <translation>Importovat uživatele z CSV</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Soubor CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Soubory CSV (*.csv *.txt);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Into group</source>
        <translation>Do skupiny</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sloupce</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Oddělovač</translation>
    </message>
    <message>
        <source>The first line is a header</source>
        <translation>První řádek je záhlaví</translation>
    </message>
    <message>
        <source>Columns count from 0. Users of the group who are not in the file are deactivated; users in the file are created or updated and activated.</source>
        <translation>Sloupce se počítají od 0. Uživatelé skupiny, kteří v souboru nejsou, se deaktivují; uživatelé ze souboru se vytvoří nebo aktualizují a aktivují.</translation>
    </message>
    <message>
        <source>Users imported.</source>
        <translation>Uživatelé importováni.</translation>
    </message>
</context>
<context>
    <name>scanflow::WorkflowEditor</name>
    <message>
        <source>Requests</source>
        <translation>Požadavky</translation>
    </message>
    <message>
        <source>Revoke user-specific authorization on save</source>
        <translation>Při uložení zrušit autorizace podle uživatele</translation>
    </message>
    <message>
        <source>Deletes every user&apos;s saved private data for this workflow when it is saved.</source>
        <translation>Při uložení smaže uložená soukromá data všech uživatelů pro tento workflow.</translation>
    </message>
    <message>
        <source>Test delivery…</source>
        <translation>Zkušební doručení…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>Upravit název</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktivní</translation>
    </message>
    <message>
        <source>&amp;User specific</source>
        <translation>Podle &amp;uživatele</translation>
    </message>
    <message>
        <source>Store private API data per user: user-specific OAuth, Basic credentials or values.</source>
        <translation>Ukládat soukromá data API pro každého uživatele: OAuth podle uživatele, přihlašovací údaje Basic nebo hodnoty.</translation>
    </message>
    <message>
        <source>Edit destination URL</source>
        <translation>Upravit cílovou URL</translation>
    </message>
    <message>
        <source>&amp;Destination URL:</source>
        <translation>&amp;Cílová URL:</translation>
    </message>
    <message>
        <source>Change active</source>
        <translation>Změnit aktivní</translation>
    </message>
    <message>
        <source>Change user specific</source>
        <translation>Změnit podle uživatele</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Ověřování</translation>
    </message>
    <message>
        <source>Authentication &amp;type:</source>
        <translation>&amp;Typ ověřování:</translation>
    </message>
    <message>
        <source>User specific authentication</source>
        <translation>Ověřování podle uživatele</translation>
    </message>
    <message>
        <source>Edit login</source>
        <translation>Upravit přihlašovací jméno</translation>
    </message>
    <message>
        <source>Edit password</source>
        <translation>Upravit heslo</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Přihlašovací jméno:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Heslo:</translation>
    </message>
    <message>
        <source>Edit authorization URL</source>
        <translation>Upravit URL autorizace</translation>
    </message>
    <message>
        <source>Edit token URL</source>
        <translation>Upravit URL tokenu</translation>
    </message>
    <message>
        <source>Edit client ID</source>
        <translation>Upravit ID klienta</translation>
    </message>
    <message>
        <source>Edit client secret</source>
        <translation>Upravit tajemství klienta</translation>
    </message>
    <message>
        <source>Edit scopes</source>
        <translation>Upravit rozsahy</translation>
    </message>
    <message>
        <source>Authorization endpoint URL:</source>
        <translation>URL autorizačního koncového bodu:</translation>
    </message>
    <message>
        <source>Token endpoint URL:</source>
        <translation>URL koncového bodu tokenu:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID klienta:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Tajemství klienta:</translation>
    </message>
    <message>
        <source>Scopes (space separated):</source>
        <translation>Rozsahy (oddělené mezerou):</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Redirect URI copied.</source>
        <translation>URI přesměrování zkopírováno.</translation>
    </message>
    <message>
        <source>Redirect URI to register:</source>
        <translation>URI přesměrování k registraci:</translation>
    </message>
    <message>
        <source>Change authentication type</source>
        <translation>Změnit typ ověřování</translation>
    </message>
    <message>
        <source>Change user specific authentication</source>
        <translation>Změnit ověřování podle uživatele</translation>
    </message>
    <message>
        <source>Enable metadata export</source>
        <translation>Zapnout export metadat</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formát:</translation>
    </message>
    <message>
        <source>Export metadata in form field</source>
        <translation>Exportovat metadata v poli formuláře</translation>
    </message>
    <message>
        <source>Edit metadata field name</source>
        <translation>Upravit název pole metadat</translation>
    </message>
    <message>
        <source>Name of metadata form field:</source>
        <translation>Název pole formuláře s metadaty:</translation>
    </message>
    <message>
        <source>Change metadata export</source>
        <translation>Změnit export metadat</translation>
    </message>
    <message>
        <source>Change metadata format</source>
        <translation>Změnit formát metadat</translation>
    </message>
    <message>
        <source>Edit metadata template</source>
        <translation>Upravit šablonu metadat</translation>
    </message>
    <message>
        <source>Change metadata in form field</source>
        <translation>Změnit metadata v poli formuláře</translation>
    </message>
    <message>
        <source>stored encrypted; type to replace</source>
        <translation>uloženo šifrovaně; psaním nahradíte</translation>
    </message>
    <message>
        <source>optional with PKCE</source>
        <translation>s PKCE volitelné</translation>
    </message>
    <message>
        <source>Sent as the text field &quot;%1&quot; of the Delivery request.</source>
        <translation>Posílá se jako textové pole „%1“ požadavku Doručení.</translation>
    </message>
    <message>
        <source>Sent as a separate file part named &quot;metadata&quot;.</source>
        <translation>Posílá se jako samostatná souborová část „metadata“.</translation>
    </message>
    <message>
        <source>Not sent: the Delivery step sends a raw body. Send metadata through an additional request.</source>
        <translation>Neposílá se: krok Doručení posílá surové tělo. Metadata pošlete dalším požadavkem.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Žádné problémy.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n problém: %1</numerusform>
            <numerusform>%n problémy: %1</numerusform>
            <numerusform>%n problémů: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes. </source>
        <translation>Neuložené změny. </translation>
    </message>
    <message numerus="yes">
        <source>%n user-specific parameter(s) will be removed, because the workflow is not user specific.</source>
        <translation>
            <numerusform>%n parametr podle uživatele bude odebrán, protože workflow není podle uživatele.</numerusform>
            <numerusform>%n parametry podle uživatele budou odebrány, protože workflow není podle uživatele.</numerusform>
            <numerusform>%n parametrů podle uživatele bude odebráno, protože workflow není podle uživatele.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will lose their saved authorization and private values and must authorize again in Workplace.</source>
        <translation>
            <numerusform>%n uživatel přijde o uloženou autorizaci a soukromé hodnoty a musí se ve Workplace autorizovat znovu.</numerusform>
            <numerusform>%n uživatelé přijdou o uloženou autorizaci a soukromé hodnoty a musí se ve Workplace autorizovat znovu.</numerusform>
            <numerusform>%n uživatelů přijde o uloženou autorizaci a soukromé hodnoty a musí se ve Workplace autorizovat znovu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any user-specific authorization saved for this workflow will be deleted.</source>
        <translation>Všechny autorizace podle uživatele uložené pro tento workflow budou smazány.</translation>
    </message>
    <message>
        <source>Save workflow</source>
        <translation>Uložit workflow</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Přesto uložit?</translation>
    </message>
    <message>
        <source>The server did not save the workflow: %1</source>
        <translation>Server workflow neuložil: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a workflow: %1</source>
        <translation>Odpověď serveru není workflow: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Uloženo „%1“.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Neuložené změny</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>„%1“ má neuložené změny. Uložit je?</translation>
    </message>
    <message>
        <source>The workflow will send requests to %1, where it did not before: its stored password, client secret and shared authorization are deleted unless entered again now, and so is every user&apos;s saved authorization and private values.</source>
        <translation>Pracovní postup bude posílat požadavky na %1, kam dříve neposílal: jeho uložené heslo, tajný klíč klienta a sdílená autorizace se smažou, pokud je nyní nezadáte znovu, a stejně tak uložené autorizace a soukromé hodnoty všech uživatelů.</translation>
    </message>
</context>
<context>
    <name>scanflow::WorkflowListModel</name>
    <message>
        <source>Shared OAuth 2.0 authorization: %1. Click to authorize.</source>
        <translation>Sdílená autorizace OAuth 2.0: %1. Klepnutím autorizujete.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Neaktivní</translation>
    </message>
    <message>
        <source> (per user)</source>
        <translation> (podle uživatele)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation>Cílová URL</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Ověřování</translation>
    </message>
    <message>
        <source>User specific</source>
        <translation>Podle uživatele</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Poslední doručení</translation>
    </message>
    <message>
        <source>Each user authorizes this workflow in Workplace. Click to see who has.</source>
        <translation>Každý uživatel autorizuje tento workflow ve Workplace. Klepnutím zjistíte, kdo už ano.</translation>
    </message>
    <message>
        <source>Certificate checks are off: servers are not verified</source>
        <translation>Ověřování certifikátů je vypnuté: servery se neověřují</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (koncept)</translation>
    </message>
    <message>
        <source>A draft: it has no destination yet. Open it in the designer to finish it.</source>
        <translation>Koncept: zatím nemá cíl. Otevřete jej v návrháři a dokončete jej.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(zatím žádná)</translation>
    </message>
</context>
<context>
    <name>scanflow::WorkflowListPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nový</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otevřít</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikovat</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Smazat</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importovat…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportovat…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Znovu načíst</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Načítá se…</translation>
    </message>
    <message>
        <source>Cannot list the workflows: %1</source>
        <translation>Workflow nelze vypsat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s)</source>
        <translation>
            <numerusform>%n workflow</numerusform>
            <numerusform>%n workflow</numerusform>
            <numerusform>%n workflow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s); unreadable: %1</source>
        <translation>
            <numerusform>%n workflow; nečitelné: %1</numerusform>
            <numerusform>%n workflow; nečitelné: %1</numerusform>
            <numerusform>%n workflow; nečitelné: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New workflow</source>
        <translation>Nový workflow</translation>
    </message>
    <message>
        <source>The server did not save the workflow: %1</source>
        <translation>Server workflow neuložil: %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; saved.</source>
        <translation>%1: „%2“ uloženo.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie %1</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikovat</translation>
    </message>
    <message>
        <source>Delete workflow</source>
        <translation>Smazat workflow</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Its stored secrets and every user&apos;s saved authorization go with it.</source>
        <translation>Smazat „%1“? Smažou se s ním i uložená tajemství a uložené autorizace všech uživatelů.</translation>
    </message>
    <message>
        <source>The server did not delete the workflow: %1</source>
        <translation>Server workflow nesmazal: %1</translation>
    </message>
    <message>
        <source>Workflow deleted.</source>
        <translation>Workflow smazán.</translation>
    </message>
    <message>
        <source>Import workflow</source>
        <translation>Importovat workflow</translation>
    </message>
    <message>
        <source>Workflows (*.json);;All files (*)</source>
        <translation>Workflow (*.json);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Nelze číst „%1“: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a workflow: %2</source>
        <translation>„%1“ není workflow: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importovat</translation>
    </message>
    <message>
        <source>Export workflow</source>
        <translation>Exportovat workflow</translation>
    </message>
    <message>
        <source>Workflows (*.json)</source>
        <translation>Workflow (*.json)</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Nelze zapsat „%1“: %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2 (without secrets).</source>
        <translation>„%1“ exportováno do %2 (bez tajemství).</translation>
    </message>
    <message>
        <source>The copy has no client certificate: load it in the copy&apos;s Connection settings.</source>
        <translation>Kopie nemá klientský certifikát: načtěte ho v nastavení Připojení kopie.</translation>
    </message>
</context>
<context>
    <name>scanflow::WorkplaceSession</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Uživatelské jméno nebo heslo je chybné.</translation>
    </message>
    <message>
        <source>Cannot sign in again: %1</source>
        <translation>Nelze se znovu přihlásit: %1</translation>
    </message>
    <message>
        <source>Signed in, but the OS keychain could not keep the sign-in for the next start: %1</source>
        <translation>Přihlášeno, ale klíčenka systému nemohla přihlášení uchovat pro příští spuštění: %1</translation>
    </message>
    <message>
        <source>Signed out, but the OS keychain still keeps the sign-in: %1</source>
        <translation>Odhlášeno, ale klíčenka systému přihlášení stále uchovává: %1</translation>
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
        <translation>Přihlášen jako &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Přihlá&amp;sit</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Uživatelské jméno:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Odhlásit</translation>
    </message>
    <message>
        <source>&amp;Authorize…</source>
        <translation>&amp;Autorizovat…</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Odvolat</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Znovu načíst</translation>
    </message>
    <message>
        <source>Private destination</source>
        <translation>Soukromý cíl</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private destinations&lt;/b&gt; — workflows that deliver with your own account or values. Open one to authorize it.</source>
        <translation>&lt;b&gt;Soukromé cíle&lt;/b&gt; — workflow, které doručují s vaším vlastním účtem nebo hodnotami. Otevřete některý a autorizujte ho.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Přihlašování…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Zadejte uživatelské jméno a heslo.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Načítání…</translation>
    </message>
    <message>
        <source>Cannot list your private destinations: %1</source>
        <translation>Nelze vypsat vaše soukromé cíle: %1</translation>
    </message>
    <message>
        <source>Open to authorize</source>
        <translation>Otevřete pro autorizaci</translation>
    </message>
    <message>
        <source>No workflow needs your private data.</source>
        <translation>Žádný workflow nepotřebuje vaše soukromá data.</translation>
    </message>
    <message numerus="yes">
        <source>%n private destination(s)</source>
        <translation>
            <numerusform>%n soukromý cíl</numerusform>
            <numerusform>%n soukromé cíle</numerusform>
            <numerusform>%n soukromých cílů</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2.</source>
        <translation>„%1“: %2.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Odvolat</translation>
    </message>
    <message>
        <source>Forget what you saved for &quot;%1&quot;? Its deliveries of your files stop until you authorize it again.</source>
        <translation>Zapomenout, co jste uložili pro „%1“? Doručování vašich souborů se zastaví, dokud ho znovu neautorizujete.</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Neodvoláno: %1</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Ještě chybí</translation>
    </message>
    <message>
        <source>login</source>
        <translation>přihlašovací jméno</translation>
    </message>
    <message>
        <source>password</source>
        <translation>heslo</translation>
    </message>
    <message>
        <source>authorization with your account</source>
        <translation>autorizace vaším účtem</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Workplace&lt;/h2&gt;&lt;p&gt;Sign in to send files and to authorize your private destinations.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Workplace&lt;/h2&gt;&lt;p&gt;Přihlaste se, abyste mohli odesílat soubory a autorizovat své soukromé cíle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Send &amp;files</source>
        <translation>Odeslat &amp;soubory</translation>
    </message>
    <message>
        <source>&amp;Private destinations</source>
        <translation>Soukromé &amp;cíle</translation>
    </message>
    <message>
        <source>&amp;Send file…</source>
        <translation>&amp;Odeslat soubor…</translation>
    </message>
    <message>
        <source>Send a file through the selected workflow (%1); or drop files on it</source>
        <translation>Odeslat soubor přes vybraný workflow (%1); nebo na něj soubory přetáhněte</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Požaduje</translation>
    </message>
    <message>
        <source>&lt;b&gt;Send files&lt;/b&gt; — the workflows you may use. Choose one and a file, or drop files on it, and enter what it asks for.</source>
        <translation>&lt;b&gt;Odeslat soubory&lt;/b&gt; — workflow, které smíte používat. Vyberte jeden a soubor, nebo na něj soubory přetáhněte, a zadejte, co požaduje.</translation>
    </message>
    <message>
        <source>Cannot list the workflows you may use: %1</source>
        <translation>Nelze vypsat workflow, které smíte používat: %1</translation>
    </message>
</context>
</TS>
