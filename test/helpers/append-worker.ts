// A separate process appending audit entries to a shared database (several gateway processes at once).
import { AuditLog } from '../../src/audit/audit-log.ts'
import { migrate } from '../../src/store/migrate.ts'
import { openStore } from '../../src/store/store.ts'

const [url, name, count] = [process.argv[2], process.argv[3], Number(process.argv[4])]
const store = await openStore({ databaseUrl: url, dataDir: '' })
await migrate(store)
const audit = new AuditLog(store)
await Promise.all(Array.from({ length: count }, (_, i) => audit.append({ requestId: `${name}-${i}`, clientId: name, role: 'portal', action: 'prefill', result: 'ok' })))
await store.close()
