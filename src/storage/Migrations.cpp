#include "Migrations.h"

namespace scanflow {

const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1, QStringLiteral("workflows and the durable delivery queue"),
         {QStringLiteral("CREATE TABLE workflows ("
                         " id {{id}},"
                         " name TEXT NOT NULL,"
                         " definition TEXT NOT NULL,"    // the workflow JSON, secrets left out
                         " created_at BIGINT NOT NULL,"
                         " updated_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE UNIQUE INDEX workflows_name ON workflows (name)"),
          QStringLiteral("CREATE TABLE deliveries ("
                         " id {{id}},"
                         " workflow_id BIGINT NOT NULL REFERENCES workflows (id) ON DELETE RESTRICT,"
                         " file_path TEXT NOT NULL,"
                         " document_name TEXT NOT NULL DEFAULT '',"
                         " user_name TEXT NOT NULL DEFAULT '',"
                         " terminal_values TEXT NOT NULL DEFAULT '{}',"
                         " state TEXT NOT NULL,"          // queued, running, delivered, failed
                         " attempts INTEGER NOT NULL DEFAULT 0,"
                         " next_attempt_at BIGINT NOT NULL,"
                         " lease_until BIGINT,"
                         " last_error TEXT,"
                         " trace TEXT,"
                         " created_at BIGINT NOT NULL,"
                         " updated_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at)"),
          QStringLiteral("CREATE INDEX deliveries_workflow ON deliveries (workflow_id)")}},
        {2, QStringLiteral("API keys"),
         {QStringLiteral("CREATE TABLE api_keys ("
                         " id {{id}},"
                         " name TEXT NOT NULL,"
                         " key_hash TEXT NOT NULL,"       // SHA-256 of the key; the key itself is never stored
                         " key_prefix TEXT NOT NULL,"     // the first characters, to tell keys apart
                         " advanced_permissions INTEGER NOT NULL DEFAULT 0,"
                         " permissions TEXT NOT NULL DEFAULT '[]',"
                         " allow_unauthenticated INTEGER NOT NULL DEFAULT 0,"
                         " allow_untrusted_endpoints INTEGER NOT NULL DEFAULT 0,"
                         " created_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE UNIQUE INDEX api_keys_hash ON api_keys (key_hash)")}},
        {3, QStringLiteral("secrets, sealed"),
         {QStringLiteral("CREATE TABLE secrets ("
                         " owner TEXT NOT NULL,"
                         " name TEXT NOT NULL,"
                         " sealed TEXT NOT NULL,"         // SecretBox: nonce + ciphertext + tag, base64
                         " updated_at BIGINT NOT NULL,"
                         " PRIMARY KEY (owner, name))")}},
        {4, QStringLiteral("the delivered file's own name"),
         {QStringLiteral("ALTER TABLE deliveries ADD COLUMN file_name TEXT NOT NULL DEFAULT ''")}},
        {5, QStringLiteral("users, groups, authentication providers, access controls, user tokens, scan access rules"),
         {QStringLiteral("CREATE TABLE auth_providers ("
                         " id {{id}},"
                         " name TEXT NOT NULL,"
                         " provider_type INTEGER NOT NULL,"  // 0 local, 1 LDAP, 2 Microsoft Entra ID, 3 Okta
                         " type_configuration TEXT NOT NULL DEFAULT '{}',"
                         " priority INTEGER NOT NULL DEFAULT 0,"
                         " active INTEGER NOT NULL DEFAULT 1,"
                         " domain_names TEXT NOT NULL DEFAULT '[]',"
                         " created_at BIGINT NOT NULL)"),
          // The local provider every server has; users created without a providerid live here.
          QStringLiteral("INSERT INTO auth_providers (name, provider_type, created_at) VALUES ('Local', 0, 0)"),
          QStringLiteral("CREATE TABLE users ("
                         " id {{id}},"
                         " provider_id BIGINT NOT NULL REFERENCES auth_providers (id) ON DELETE CASCADE,"
                         " username TEXT NOT NULL,"
                         " username_key TEXT NOT NULL,"     // lower case: user names are case insensitive
                         " full_name TEXT NOT NULL DEFAULT '',"
                         " email TEXT NOT NULL DEFAULT '',"
                         " home_folder TEXT NOT NULL DEFAULT '',"
                         " password_hash TEXT NOT NULL DEFAULT '',"  // Argon2id (libsodium crypto_pwhash_str)
                         " short_id TEXT NOT NULL DEFAULT '',"
                         " pin_hash TEXT NOT NULL DEFAULT '',"
                         " alias TEXT NOT NULL DEFAULT '',"
                         " department TEXT NOT NULL DEFAULT '',"
                         " expiration TEXT NOT NULL DEFAULT '',"
                         " external_id TEXT NOT NULL DEFAULT '',"
                         " active INTEGER NOT NULL DEFAULT 1,"
                         " created_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE UNIQUE INDEX users_name ON users (username_key, provider_id)"),
          QStringLiteral("CREATE INDEX users_email ON users (email)"),
          QStringLiteral("CREATE INDEX users_short_id ON users (short_id)"),
          QStringLiteral("CREATE INDEX users_provider ON users (provider_id, id)"),
          QStringLiteral("CREATE TABLE user_cards ("
                         " card_id TEXT PRIMARY KEY,"
                         " user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE)"),
          QStringLiteral("CREATE INDEX user_cards_user ON user_cards (user_id)"),
          QStringLiteral("CREATE TABLE user_groups ("
                         " id {{id}},"
                         " name TEXT NOT NULL,"
                         " group_dn TEXT NOT NULL,"         // the textual group ID
                         " created_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE UNIQUE INDEX user_groups_dn ON user_groups (group_dn)"),
          QStringLiteral("CREATE TABLE group_members ("
                         " group_id BIGINT NOT NULL REFERENCES user_groups (id) ON DELETE CASCADE,"
                         " user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                         " PRIMARY KEY (group_id, user_id))"),
          QStringLiteral("CREATE INDEX group_members_user ON group_members (user_id)"),
          QStringLiteral("CREATE TABLE access_controls ("
                         " id {{id}},"
                         " account_domain TEXT NOT NULL DEFAULT '',"
                         " auth_provider_id BIGINT NOT NULL DEFAULT 1,"
                         " role_name TEXT NOT NULL,"
                         " user_name TEXT NOT NULL DEFAULT '',"
                         " group_name TEXT NOT NULL DEFAULT '',"
                         " group_dn TEXT NOT NULL DEFAULT '',"
                         " created_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE TABLE user_tokens ("
                         " token_hash TEXT PRIMARY KEY,"    // SHA-256; the token itself is never stored
                         " kind TEXT NOT NULL,"             // access or refresh
                         " user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                         " api_key_id BIGINT NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,"
                         " expires_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE INDEX user_tokens_user ON user_tokens (user_id)"),
          QStringLiteral("CREATE TABLE scan_access ("
                         " id {{id}},"
                         " workflow_id BIGINT NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,"
                         " identity_type TEXT NOT NULL,"    // User or Group
                         " identity_id BIGINT NOT NULL,"
                         " access TEXT NOT NULL,"           // Allow or Deny
                         " created_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE INDEX scan_access_workflow ON scan_access (workflow_id)")}},
        {6, QStringLiteral("managed entities (accounts, ports, locations, terminal configs, scan connectors, certificates) and documents"),
         {QStringLiteral("CREATE TABLE entities ("
                         " id {{id}},"
                         " kind TEXT NOT NULL,"            // account, outputport, inputport, location, …
                         " data TEXT NOT NULL,"            // the entity's JSON, as its API shows it
                         " created_at BIGINT NOT NULL,"
                         " updated_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE INDEX entities_kind ON entities (kind, id)"),
          QStringLiteral("CREATE TABLE documents ("
                         " id {{id}},"
                         " uuid TEXT NOT NULL,"
                         " job_type TEXT NOT NULL,"        // PRINT, COPY, SCAN, FAX
                         " status INTEGER NOT NULL,"       // 0 READY … 9 STORED
                         " user_name TEXT NOT NULL DEFAULT '',"
                         " provider_id BIGINT NOT NULL DEFAULT 1,"
                         " document_name TEXT NOT NULL DEFAULT '',"
                         " total_pages INTEGER NOT NULL DEFAULT 0,"
                         " color_pages INTEGER NOT NULL DEFAULT 0,"
                         " duplex INTEGER NOT NULL DEFAULT 0,"
                         " copies INTEGER NOT NULL DEFAULT 1,"
                         " grayscale INTEGER NOT NULL DEFAULT 0,"
                         " paper_size TEXT NOT NULL DEFAULT '',"
                         " output_port_id BIGINT NOT NULL DEFAULT 0,"
                         " output_port_name TEXT NOT NULL DEFAULT '',"
                         " input_port_name TEXT NOT NULL DEFAULT '',"
                         " scan_workflow_id BIGINT NOT NULL DEFAULT 0,"
                         " file_path TEXT NOT NULL DEFAULT '',"
                         " file_size BIGINT NOT NULL DEFAULT 0,"
                         " date_time BIGINT NOT NULL)"),   // ms since the epoch: when it happened
          QStringLiteral("CREATE UNIQUE INDEX documents_uuid ON documents (uuid)"),
          QStringLiteral("CREATE INDEX documents_time ON documents (date_time, id)"),
          QStringLiteral("CREATE INDEX documents_user ON documents (user_name, status)")}},
        {7, QStringLiteral("every delivery is a SCAN document of the history"),
         {QStringLiteral("ALTER TABLE documents ADD COLUMN delivery_id BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("CREATE INDEX documents_delivery ON documents (delivery_id)"),
          // The history's per-user pages read the user's rows in time order.
          QStringLiteral("CREATE INDEX documents_user_time ON documents (user_name, date_time, id)")}},
        // Users sign in to Workplace through the desktop app's process key too, which has no
        // row: its tokens store NULL. The tokens live an hour or a month; starting over only
        // asks people to sign in again.
        {8, QStringLiteral("user tokens issued through this process's own key"),
         {QStringLiteral("DROP TABLE user_tokens"),
          QStringLiteral("CREATE TABLE user_tokens ("
                         " token_hash TEXT PRIMARY KEY,"
                         " kind TEXT NOT NULL,"
                         " user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                         " api_key_id BIGINT REFERENCES api_keys (id) ON DELETE CASCADE," // NULL: a process key
                         " expires_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE INDEX user_tokens_user ON user_tokens (user_id)")}},
        // Trust (issue 11): devices registered with a one-time code and their own tokens; token
        // families, so a spent refresh token used again ends every token it led to; keys that
        // may name the user a delivery is for; deliveries and access controls by identity, not
        // by display name.
        {9, QStringLiteral("trusted devices, token families, keys for terminals, deliveries per provider"),
         {QStringLiteral("ALTER TABLE user_tokens ADD COLUMN family TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE user_tokens ADD COLUMN spent INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("CREATE INDEX user_tokens_family ON user_tokens (family)"),
          QStringLiteral("ALTER TABLE api_keys ADD COLUMN on_behalf_of_users INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("CREATE TABLE devices ("
                         " id {{id}},"
                         " name TEXT NOT NULL,"
                         " code_hash TEXT NOT NULL DEFAULT '',"   // SHA-256 of the one-time registration code; '' once used
                         " code_expires_at BIGINT NOT NULL DEFAULT 0,"
                         " api_key_id BIGINT REFERENCES api_keys (id) ON DELETE CASCADE," // set when it registered; NULL: a process key
                         " registered_at BIGINT NOT NULL DEFAULT 0,"
                         " last_seen_at BIGINT NOT NULL DEFAULT 0,"
                         " created_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE INDEX devices_code ON devices (code_hash)"),
          QStringLiteral("CREATE TABLE device_tokens ("
                         " token_hash TEXT PRIMARY KEY,"
                         " kind TEXT NOT NULL,"
                         " device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,"
                         " api_key_id BIGINT REFERENCES api_keys (id) ON DELETE CASCADE,"
                         " family TEXT NOT NULL DEFAULT '',"
                         " spent INTEGER NOT NULL DEFAULT 0,"
                         " expires_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE INDEX device_tokens_device ON device_tokens (device_id)"),
          QStringLiteral("CREATE INDEX device_tokens_family ON device_tokens (family)"),
          QStringLiteral("ALTER TABLE deliveries ADD COLUMN provider_id BIGINT NOT NULL DEFAULT 1"),
          // Access controls match a group by its DN: fill it in where the name names one group.
          QStringLiteral("UPDATE access_controls SET group_dn = (SELECT g.group_dn FROM user_groups g WHERE g.name = access_controls.group_name)"
                         " WHERE group_dn = '' AND group_name <> ''"
                         " AND (SELECT COUNT(*) FROM user_groups g WHERE g.name = access_controls.group_name) = 1")}},
        // Reference fidelity (issue 15): a document names the account (by domain) of the port it
        // went through and the scan connector it came through; an alias may name its provider.
        {10, QStringLiteral("documents per account and connector, aliases per provider"),
         {QStringLiteral("ALTER TABLE documents ADD COLUMN domain_name TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE documents ADD COLUMN scan_connector_id BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE users ADD COLUMN alias_provider_id BIGINT NOT NULL DEFAULT 0")}},
        // Several servers on one database (issue 14): each says it is alive, and what it runs.
        {11, QStringLiteral("the servers sharing the database"),
         {QStringLiteral("CREATE TABLE nodes ("
                         " id TEXT PRIMARY KEY,"
                         " host TEXT NOT NULL,"
                         " pid BIGINT NOT NULL,"
                         " url TEXT NOT NULL,"
                         " started_at BIGINT NOT NULL,"
                         " last_seen_at BIGINT NOT NULL,"
                         " draining INTEGER NOT NULL DEFAULT 0,"
                         " delivering TEXT NOT NULL DEFAULT '[]')")}},
        // Scale-out (issue 14): the spool every server reads (a scanned file in chunks, with its
        // digest), which server runs each delivery, and failed logins counted across servers.
        {12, QStringLiteral("the shared spool, deliveries per server, shared login throttles"),
         {QStringLiteral("CREATE TABLE spool_files ("
                         " id {{id}},"
                         " name TEXT NOT NULL,"
                         " size BIGINT NOT NULL,"
                         " sha256 TEXT NOT NULL,"
                         " created_at BIGINT NOT NULL)"),
          QStringLiteral("CREATE TABLE spool_chunks ("
                         " file_id BIGINT NOT NULL REFERENCES spool_files (id) ON DELETE CASCADE,"
                         " seq INTEGER NOT NULL,"
                         " data {{blob}} NOT NULL,"
                         " PRIMARY KEY (file_id, seq))"),
          // Scans are compressed already (PDF, JPEG, TIFF): PostgreSQL's own compression would
          // only cost time, so the chunks are stored as they are.
          QStringLiteral("{{postgres}}ALTER TABLE spool_chunks ALTER COLUMN data SET STORAGE EXTERNAL"),
          // The spooled copy of a file that stays where it came from (an inbox file); '' when
          // the delivery reads file_path itself.
          QStringLiteral("ALTER TABLE deliveries ADD COLUMN spool_ref TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE deliveries ADD COLUMN node_id TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("CREATE INDEX deliveries_node ON deliveries (node_id, state)"),
          QStringLiteral("CREATE INDEX deliveries_file ON deliveries (file_path)"),
          QStringLiteral("CREATE TABLE login_failures ("
                         " kind TEXT NOT NULL,"           // id, address or overall
                         " subject TEXT NOT NULL,"
                         " count INTEGER NOT NULL,"
                         " started_at BIGINT NOT NULL,"   // of the window (address, overall)
                         " last_at BIGINT NOT NULL,"
                         " locked_until BIGINT NOT NULL DEFAULT 0,"
                         " PRIMARY KEY (kind, subject))")}},
        // Live views of the deliveries (GET /deliveries/changes, /inbox) read what changed since
        // a moment, and what ended today.
        {13, QStringLiteral("deliveries by the time of their last change, and where a failed file is kept"),
         {QStringLiteral("CREATE INDEX deliveries_updated ON deliveries (updated_at)"),
          // Where a failed file was kept, for Retry now (its name may have changed on the way).
          QStringLiteral("ALTER TABLE deliveries ADD COLUMN kept_path TEXT NOT NULL DEFAULT ''")}},
        // What a database remembers of where it runs: the folders its paths are under, so that
        // a data folder moved or restored elsewhere follows (MovedFolders).
        {14, QStringLiteral("settings: the folders the stored paths are under"),
         {QStringLiteral("CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)")}},
    };
    return all;
}

} // namespace scanflow
