// `npm run audit:archive`: moves the months of the audit log older than AUDIT_RETENTION_MONTHS (default 12)
// out of the database into signed archive files in AUDIT_ARCHIVE_DIR (default DATA_DIR/audit-archives),
// each checked by the verifier before its month is dropped. Run it from cron on one machine, monthly.
// Verify the archives and the online log as one chain with:
//   npm run audit:verify -- <archives in order...> <export.ndjson> --jwks jwks.json
import { archiveOldMonths } from '../src/audit/archiver.ts'
import { loadConfig } from '../src/config.ts'
import { KeyRing } from '../src/keys/key-ring.ts'
import { migrate } from '../src/store/migrate.ts'
import { openStore } from '../src/store/store.ts'

const config = loadConfig()
const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize })
try {
  await migrate(store)
  const keys = await KeyRing.load(config.keysDir, config.createKeys)
  const archived = await archiveOldMonths({
    store,
    keys,
    jwks: keys.jwks,
    dir: config.auditArchiveDir,
    retentionMonths: config.auditRetentionMonths,
    now: new Date()
  })
  for (const a of archived) process.stdout.write(a.file ? `${a.month}: entries ${a.from} to ${a.to} (${a.entries}) in ${a.file}\n` : `${a.month}: empty, dropped\n`)
  if (archived.length === 0) process.stdout.write(`nothing older than ${config.auditRetentionMonths} months\n`)
} finally {
  await store.close()
}
