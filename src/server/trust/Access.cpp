#include "Access.h"

namespace scanflow {

namespace {

enum Flag {
    TokenFree = 1, KeyOptional = 2, UserToken = 4, UntrustedEndpoint = 8, DeviceRequired = 16, DeviceMayAct = 32,
    SecureKey = 64, CallerNamed = 128,
};

Access access(bool advanced, std::initializer_list<const char *> permissions, int flags)
{
    Access a;
    for (const char *p : permissions)
        a.permissions.append(QString::fromLatin1(p));
    a.advanced = advanced;
    a.tokenFree = flags & TokenFree;
    a.keyOptional = flags & KeyOptional;
    a.userTokenRequired = flags & UserToken;
    a.untrustedEndpoint = flags & UntrustedEndpoint;
    a.deviceRequired = flags & DeviceRequired;
    a.deviceMayAct = flags & DeviceMayAct;
    a.secureKey = flags & SecureKey;
    a.callerNamed = flags & CallerNamed;
    return a;
}

// "Does not require Advanced API permissions."
Access plain(std::initializer_list<const char *> permissions, int flags = 0)
{
    return access(false, permissions, flags);
}

Access advanced(std::initializer_list<const char *> permissions, int flags = 0)
{
    return access(true, permissions, flags);
}

} // namespace

const QList<Endpoint> &endpointTable()
{
    // The reference's groups, as the OpenAPI description tags them.
    const QString Version = QStringLiteral("Version"), Login = QStringLiteral("Login"), Users = QStringLiteral("Users"),
                  Groups = QStringLiteral("Groups"), Account = QStringLiteral("Account"), Documents = QStringLiteral("Documents"),
                  CardReader = QStringLiteral("Card reader"), OutputPorts = QStringLiteral("Output Ports"),
                  InputPorts = QStringLiteral("Input Ports"), Providers = QStringLiteral("Authentication provider"),
                  Locations = QStringLiteral("Locations"), Terminal = QStringLiteral("Terminal config"),
                  Devices = QStringLiteral("Trusted devices"), Connectors = QStringLiteral("Scan Connectors"),
                  Certificates = QStringLiteral("Certificates"), Keys = QStringLiteral("API keys"),
                  AccessControls = QStringLiteral("Access controls"), Scan = QStringLiteral("Scan Workflows"),
                  Workplace = QStringLiteral("Workplace"), ScanAccess = QStringLiteral("Scan Workflow Access"),
                  Deliveries = QStringLiteral("Deliveries"), Test = QStringLiteral("Test destination");
    struct Row
    {
        const char *method;
        const char *path;
        QString tag;
        const char *summary;
        Access access;
    };
    static const QList<Endpoint> table = [&] {
        const QList<Row> rows{
        {"GET", "/version", Version, "Get server version", plain({})},
        {"GET", "/openapi.json", Version, "This API described in OpenAPI 3", plain({})},
        {"POST", "/login", Login, "User authentication", plain({}, TokenFree | UntrustedEndpoint | DeviceMayAct)},
        {"GET", "/token", Login, "Refresh user token (deprecated)", plain({}, TokenFree)},
        {"POST", "/oauth/v1/token", Login, "Refresh a user or device token; register a device with its one-time code (OAuth 2.0)", plain({}, TokenFree)},
        {"POST", "/oauth/v1/revoke", Login, "Sign out: revoke a token and every token of its family", plain({}, TokenFree)},
        {"GET", "/users", Users, "Get user information", advanced({"ViewUser"})},
        {"GET", "/users/all", Users, "Get all users of authentication provider", advanced({"ViewUser"})},
        {"PUT", "/users", Users, "Create user", advanced({"ViewUser", "CreateUser"})},
        {"DELETE", "/users/{username}", Users, "Delete user", advanced({"ViewUser", "DeleteUser"})},
        {"POST", "/users/{username}", Users, "Update user details", advanced({"ViewUser", "ModifyUser"})},
        {"POST", "/users/import", Users, "Import users from csv", advanced({"CreateUser", "ModifyUser"})},
        {"POST", "/users/{username}/cards", Users, "Register card for user", plain({"ViewUser", "ModifyUser", "CardManagement"})},
        {"GET", "/users/{username}/groups", Users, "Get list of groups for a given local user", advanced({"ViewUser"})},
        {"PUT", "/users/{username}/groups", Users, "Add local user to a list of provided groups", advanced({"ViewUser", "ModifyUser"})},
        {"POST", "/users/{username}/groups", Users, "Set local user membership to a list of provided groups", advanced({"ViewUser", "ModifyUser"})},
        {"DELETE", "/users/{username}/groups", Users, "Delete groups from user's membership", advanced({"ViewUser", "ModifyUser"})},
        {"GET", "/groups", Groups, "Get list of local groups", advanced({"ViewUser"})},
        {"PUT", "/groups", Groups, "Create local user group", advanced({"ViewUser", "CreateUser"})},
        {"GET", "/groups/{groupId}", Groups, "Get info about group", advanced({"ViewUser"})},
        {"DELETE", "/groups/{groupId}", Groups, "Delete local user group", advanced({"ViewUser", "DeleteUser"})},
        {"GET", "/groups/{groupId}/members", Groups, "Get members of a group", advanced({"ViewUser"})},
        {"HEAD", "/account", Account, "Account exists (no key needed)", plain({"ViewAccount"}, KeyOptional)},
        {"GET", "/account", Account, "Get account information", plain({"ViewAccount"})},
        {"PUT", "/account", Account, "Create account", advanced({"ViewAccount", "CreateAccount"})},
        {"PATCH", "/account", Account, "Update account", advanced({"ViewAccount", "ModifyAccount"})},
        {"GET", "/account/containers", Account, "Get containers", advanced({"ViewAccount"})},
        {"PUT", "/account/container/{id}", Account, "Update container", advanced({"ViewAccount", "ModifyAccount"})},
        {"DELETE", "/account/container/{id}", Account, "Delete container", advanced({"ViewAccount", "DeleteAccount"})},
        {"GET", "/documents", Documents, "Get list of documents for user", plain({"ViewJob"}, UserToken | SecureKey)},
        {"GET", "/documents/history", Documents, "Get documents' history", advanced({"ViewReport"})},
        {"POST", "/documents/history", Documents, "Record print/copy/scan jobs", plain({}, DeviceMayAct | CallerNamed)},
        {"PUT", "/documents", Documents, "Upload document", plain({"AddJob"}, DeviceMayAct)},
        {"DELETE", "/documents/{uuid}", Documents, "Delete document", plain({"ViewJob", "DeleteJob"})},
        {"POST", "/documents/{uuid}/{address}", Documents, "Send document to output port", plain({"ReleaseJob"}, SecureKey)},
        {"GET", "/documents/{uuid}", Documents, "Download document (<uuid>.content)", plain({"ViewJob"}, SecureKey)},
        {"GET", "/card", CardReader, "Release all jobs using the card reader", plain({}, TokenFree | DeviceRequired)},
        {"POST", "/card", CardReader, "Release all jobs using the card reader", plain({}, TokenFree | DeviceRequired)},
        {"GET", "/outputports", OutputPorts, "Get list of output ports for user", advanced({"ViewOutputPort"})},
        {"POST", "/outputports", OutputPorts, "Create output port", advanced({"ViewOutputPort", "CreateOutputPort"})},
        // The reference's two PUTs on one path: without `id` a create (CreateOutputPort), with it
        // an update (ModifyOutputPort); the handler asks for the one its call is.
        {"PUT", "/outputports", OutputPorts, "Create output port, or update it with `id` (deprecated); CreateOutputPort, or ModifyOutputPort with `id`", advanced({"ViewOutputPort"})},
        {"PATCH", "/outputports/{id}", OutputPorts, "Update output port", advanced({"ViewOutputPort", "ModifyOutputPort"})},
        {"PUT", "/outputports/{id}/move", OutputPorts, "Move output port", advanced({"ViewOutputPort", "ModifyOutputPort"})},
        {"DELETE", "/outputports/{id}", OutputPorts, "Delete output port", advanced({"ViewOutputPort", "DeleteOutputPort"})},
        {"GET", "/inputports", InputPorts, "Get list of input ports for user", plain({"ViewInputPort"})},
        {"PUT", "/inputports", InputPorts, "Create input port, or update it with `id`; CreateInputPort, or ModifyInputPort with `id`", advanced({"ViewInputPort"})},
        {"DELETE", "/inputports/{id}", InputPorts, "Delete input port", advanced({"ViewInputPort", "DeleteInputPort"})},
        {"GET", "/authproviders", Providers, "Get authentication provider", advanced({"ViewAuthenticationProviders"}, KeyOptional)},
        {"PUT", "/authproviders", Providers, "Add authentication provider", advanced({"ViewAuthenticationProviders", "ModifyAuthenticationProviders"})},
        {"DELETE", "/authproviders/{id}", Providers, "Delete authentication provider", advanced({"ViewAuthenticationProviders", "DeleteAuthenticationProviders"})},
        {"GET", "/locations", Locations, "Get list of locations", plain({"ViewLocations"})},
        {"GET", "/locations/{id}", Locations, "Get location by id", plain({"ViewLocations"})},
        {"POST", "/locations", Locations, "Create location", advanced({"ViewLocations", "CreateLocations"})},
        {"PUT", "/locations/{id}", Locations, "Update existing location by id", advanced({"ViewLocations", "ModifyLocations"})},
        {"DELETE", "/locations/{id}", Locations, "Delete location by id", advanced({"ViewLocations", "DeleteLocations"})},
        {"POST", "/terminalconfig", Terminal, "Create terminal configuration", advanced({"ViewTerminalConfig", "CreateTerminalConfig"})},
        {"GET", "/terminalconfig", Terminal, "Get terminal configuration", plain({}, TokenFree | DeviceRequired)},
        {"GET", "/devices", Devices, "Trusted devices and their state (never a code or token)", advanced({"ViewTerminalConfig"})},
        {"POST", "/devices", Devices, "Issue a one-time registration code for a new device, shown once", advanced({"ViewTerminalConfig", "CreateTerminalConfig"})},
        {"DELETE", "/devices/{id}", Devices, "Remove a device and end its tokens", advanced({"ViewTerminalConfig", "CreateTerminalConfig"})},
        {"GET", "/scan/connectors", Connectors, "Get all scan connectors", advanced({"ViewScanWorkflow"})},
        {"GET", "/scan/connectors/{id}", Connectors, "Get scan connector", advanced({"ViewScanWorkflow"})},
        {"POST", "/scan/connectors", Connectors, "Create scan connector", advanced({"ViewScanWorkflow", "CreateScanWorkflow"})},
        {"PUT", "/scan/connectors/{id}", Connectors, "Update scan connector", advanced({"ViewScanWorkflow", "ModifyScanWorkflow"})},
        {"DELETE", "/scan/connectors/{id}", Connectors, "Delete scan connector", advanced({"ViewScanWorkflow", "DeleteScanWorkflow"})},
        {"POST", "/certificate/ca", Certificates, "Import a CA certificate", advanced({"ModifyCertificate"})},
        {"POST", "/certificate/chain", Certificates, "Import private certificate chain", advanced({"ModifyCertificate"})},
        {"POST", "/certificate/chain/create", Certificates, "Create a self-signed certificate chain (ScanFlow): form hostnames, organisation, validdays", advanced({"ModifyCertificate"})},
        {"GET", "/certificate/ca", Certificates, "Get a CA certificate", advanced({"ViewCertificate"})},
        {"GET", "/certificate/chain", Certificates, "Get private certificate chain", advanced({"ViewCertificate"})},
        {"DELETE", "/certificate/ca/{alias}", Certificates, "Delete a CA certificate", advanced({"DeleteCertificate"})},
        {"DELETE", "/certificate/chain/{alias}", Certificates, "Delete private certificate chain", advanced({"DeleteCertificate"})},
        {"GET", "/certificate/root", Certificates, "Get root authorities", advanced({"ViewCertificate"})},
        {"GET", "/apikeys", Keys, "List API keys (never the keys themselves)", advanced({"ViewAccount"})},
        {"GET", "/apikeys/permissions", Keys, "Every permission name and role", advanced({"ViewAccount"})},
        {"POST", "/apikeys", Keys, "Create an API key, shown once", advanced({"ViewAccount", "ModifyAccount"})},
        {"DELETE", "/apikeys/{id}", Keys, "Delete an API key", advanced({"ViewAccount", "ModifyAccount"})},
        {"GET", "/accesscontrols", AccessControls, "Get access control details", advanced({"ViewAccessControls"})},
        {"PUT", "/accesscontrols", AccessControls, "Add access control", advanced({"ViewAccessControls", "CreateAccessControls"})},
        {"DELETE", "/accesscontrols/{id}", AccessControls, "Delete access control by id", advanced({"ViewAccessControls", "DeleteAccessControls"})},
        {"GET", "/scan/workflows", Scan, "Get all scan workflows", advanced({"ViewScanWorkflow"})},
        {"GET", "/scan/workflows/{id}", Scan, "Get scan workflow", advanced({"ViewScanWorkflow"})},
        {"POST", "/scan/workflows", Scan, "Create scan workflow", advanced({"ViewScanWorkflow", "CreateScanWorkflow"})},
        {"PUT", "/scan/workflows/{id}", Scan, "Update scan workflow", advanced({"ViewScanWorkflow", "ModifyScanWorkflow"})},
        {"DELETE", "/scan/workflows/{id}", Scan, "Delete scan workflow", advanced({"ViewScanWorkflow", "DeleteScanWorkflow"})},
        {"POST", "/scan/workflows/{id}/deliveries", Scan, "Deliver a file through a workflow", advanced({"ViewScanWorkflow", "AddJob"}, DeviceMayAct)},
        {"POST", "/scan/workflows/{id}/trial", Scan, "Run a draft's first steps against the real API, saving nothing", advanced({"ViewScanWorkflow", "ModifyScanWorkflow"})},
        {"GET", "/scan/workflows/{id}/authorization", Scan, "Shared OAuth 2.0 authorization state", advanced({"ViewScanWorkflow"})},
        {"PUT", "/scan/workflows/{id}/authorization", Scan, "Store the shared OAuth 2.0 tokens", advanced({"ViewScanWorkflow", "ModifyScanWorkflow"})},
        {"DELETE", "/scan/workflows/{id}/authorization", Scan, "Revoke the shared authorization", advanced({"ViewScanWorkflow", "ModifyScanWorkflow"})},
        {"GET", "/scan/workflows/{id}/authorizations", Scan, "Which users have saved private data, and its state (never the data)", advanced({"ViewScanWorkflow"})},
        {"GET", "/workplace/destinations", Workplace, "The caller's private destinations", plain({}, UserToken)},
        {"GET", "/workplace/destinations/{id}", Workplace, "One private destination", plain({}, UserToken)},
        {"PUT", "/workplace/destinations/{id}", Workplace, "Save the caller's private values and credentials, all or nothing", plain({}, UserToken)},
        {"DELETE", "/workplace/destinations/{id}", Workplace, "Revoke the caller's private data", plain({}, UserToken)},
        {"GET", "/workplace/workflows", Workplace, "The workflows the caller may send files through, with the values each asks for", plain({}, UserToken)},
        {"POST", "/workplace/workflows/{id}/deliveries", Workplace, "Send a file through a workflow as the caller", plain({}, UserToken)},
        {"GET", "/workplace/deliveries/{id}", Workplace, "One of the caller's own deliveries, with its trace", plain({}, UserToken)},
        {"GET", "/scan/access", ScanAccess, "Get all scan workflow accesses", advanced({"ViewScanWorkflowAccessRule"})},
        {"GET", "/scan/access/{id}", ScanAccess, "Get scan workflow access", advanced({"ViewScanWorkflowAccessRule"})},
        {"POST", "/scan/access", ScanAccess, "Create scan workflow access", advanced({"ViewScanWorkflowAccessRule", "CreateScanWorkflowAccessRule"})},
        {"PUT", "/scan/access/{id}", ScanAccess, "Update scan workflow access", advanced({"ViewScanWorkflowAccessRule", "ModifyScanWorkflowAccessRule"})},
        {"DELETE", "/scan/access/{id}", ScanAccess, "Delete scan workflow access", advanced({"ViewScanWorkflowAccessRule", "DeleteScanWorkflowAccessRule"})},
        {"GET", "/deliveries", Deliveries, "Delivery history, newest first", advanced({"ViewReport"})},
        {"GET", "/cluster", Deliveries, "The servers sharing this database: alive, draining, and what each delivers", advanced({"ViewAccount", "ModifyAccount"})},
        {"GET", "/deliveries/{id}", Deliveries, "One delivery with its trace", advanced({"ViewReport"})},
        {"GET", "/deliveries/changes", Deliveries, "The deliveries changed after a cursor, waiting for one (long-poll)", advanced({"ViewReport"})},
        {"POST", "/deliveries/{id}/retry", Deliveries, "Try a queued or failed delivery again now", advanced({"ViewReport", "AddJob"})},
        {"POST", "/deliveries/{id}/cancel", Deliveries, "Keep a queued delivery as failed, cancelled", advanced({"ViewReport", "DeleteJob"})},
        {"GET", "/inbox", Deliveries, "Each workflow's inbox folder, files waiting and deliveries today", advanced({"ViewScanWorkflow", "ViewReport"})},
        {"GET", "/testdestination", Test, "What the test destination received", advanced({"ViewScanWorkflow"})},
        {"DELETE", "/testdestination", Test, "Forget what the test destination received", advanced({"ViewScanWorkflow", "ModifyScanWorkflow"})},
        };
        QList<Endpoint> out;
        for (const Row &r : rows) {
            out.append({QByteArray(r.method), QStringLiteral("/api/v1") + QString::fromLatin1(r.path), QString::fromUtf8(r.summary),
                        r.tag, r.access, false});
        }
        // The test destination records whatever arrives, with no key (issue 12 bounds it).
        out.append({"*", QStringLiteral("/api/v1/testdestination/receive/{*path}"), QStringLiteral("Record whatever arrives"), Test, {}, true});
        return out;
    }();
    return table;
}

const Endpoint *findEndpoint(const QByteArray &method, const QString &path)
{
    for (const Endpoint &e : endpointTable()) {
        if (e.method == method && e.path == path)
            return &e;
    }
    return nullptr;
}

} // namespace scanflow
