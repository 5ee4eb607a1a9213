// `npm run cluster -- --instances 3 [--base-port 3001] [--replica] [--sentinel]`: N gateway processes on this
// machine, a port each, sharing PostgreSQL and Redis: DATABASE_URL and REDIS_URL when set; otherwise, or with
// --replica (a streaming replica for auditor reads) or --sentinel (a Redis replica and three Sentinels), parts
// of its own (scripts/distributed-parts.ts), removed on exit. Queue jobs run once on whichever instance takes
// them; the audit log stays one sequence. Ctrl-C stops them all, gracefully.
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { startDistributedParts } from './distributed-parts.ts'
import { startCluster, stopAll } from './gateway-process.ts'

const { values } = parseArgs({
  options: {
    instances: { type: 'string', default: '3' },
    'base-port': { type: 'string', default: '3001' },
    replica: { type: 'boolean', default: false },
    sentinel: { type: 'boolean', default: false }
  }
})
const parts = values.replica || values.sentinel || !process.env.DATABASE_URL
  ? await startDistributedParts({ replica: values.replica, sentinel: values.sentinel })
  : undefined
if (parts) process.stderr.write(`parts: ${Object.entries(parts.env).map(([name, value]) => `${name}=${value}`).join(' ')}\n`)
// Every instance must hash subjects and seal Redis values with the same keys.
const env = {
  ...process.env,
  ...parts?.env,
  SUBJECT_HMAC_KEY: process.env.SUBJECT_HMAC_KEY ?? randomBytes(32).toString('base64'),
  CACHE_KEY: process.env.CACHE_KEY ?? randomBytes(32).toString('base64')
}
const gateways = await startCluster(Number(values.instances), env, { basePort: Number(values['base-port']), log: (i, line) => process.stdout.write(`[${i}] ${line}\n`) })
process.stderr.write(`${gateways.length} gateways: ${gateways.map((g) => g.origin).join(' ')}\n`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => { stopAll(gateways).then(() => parts?.stop()).then(() => process.exit(0)) })
