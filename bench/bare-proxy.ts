// Benchmark baselines B and B′: the least any gateway must do. B is a bare Fastify route that fans one
// request out with undici to the same sources as the gateway's form (BARE_PROXY_SOURCES: URL templates with
// {id}) and merges their JSON; no agreements, mapping, receipts or audit. B′ (BARE_PROXY_AUDIT_DATABASE_URL
// set) adds what no prefill can do without: one ES256 signature and one audit-like entry through the
// gateway's own group-commit writer on PostgreSQL (fsync on), the answer waiting for its commit.
import { generateKeyPairSync, randomUUID } from 'node:crypto'
import Fastify from 'fastify'
import { Pool } from 'undici'
import { AuditLog } from '../src/audit/audit-log.ts'
import { ensurePartitions } from '../src/audit/partitions.ts'
import { signCompact } from '../src/keys/jws.ts'
import { migrate } from '../src/store/migrate.ts'
import { openStore } from '../src/store/store.ts'

const templates = (process.env.BARE_PROXY_SOURCES ?? '').split(',').filter(Boolean).map((t) => new URL(t.replace('{id}', '%7Bid%7D')))
const pools = new Map(templates.map((url) => [url.origin, new Pool(url.origin, { connections: 64 })]))

/** B′'s floor: a receipt-like signature and a durable audit entry per request. */
async function openFloor (databaseUrl: string) {
  const store = await openStore({ databaseUrl, dataDir: '', poolSize: 20 })
  await migrate(store)
  await ensurePartitions(store, new Date())
  const audit = new AuditLog(store)
  const key = { kid: 'bench', createdAt: new Date().toISOString(), privateKey: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey, publicJwk: {} }
  return async (requestId: string, fields: Record<string, unknown>) => {
    const jti = randomUUID()
    await signCompact(key, 'oog-receipt+jwt', { jti, req: requestId, vals: Object.keys(fields) })
    await audit.append({ requestId, clientId: 'bench', role: 'portal', action: 'prefill', procedure: '9.900030', fields: Object.keys(fields).map((k) => `/${k}`), receiptId: jti, result: 'ok' })
  }
}
const floor = process.env.BARE_PROXY_AUDIT_DATABASE_URL ? await openFloor(process.env.BARE_PROXY_AUDIT_DATABASE_URL) : undefined

const app = Fastify()
app.post<{ Body: { subject: { id: string } } }>('/v1/prefill', async (request) => {
  const id = encodeURIComponent(request.body.subject.id)
  const answers = await Promise.all(templates.map(async (url) => {
    const res = await pools.get(url.origin)!.request({ method: 'GET', path: url.pathname.replace('%7Bid%7D', id) })
    return res.statusCode === 200 ? await res.body.json() : (await res.body.dump(), null)
  }))
  const fields = Object.assign({}, ...answers)
  await floor?.(request.id, fields)
  return { requestId: request.id, fields }
})
const address = await app.listen({ host: '127.0.0.1', port: 0 })
process.stdout.write(JSON.stringify({ msg: `Server listening at ${address}` }) + '\n')
