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
    };
    return all;
}

} // namespace scanflow
