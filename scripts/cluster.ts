// `npm run cluster -- --instances 3 [--base-port 3001]`: N gateway processes on this machine, a port each,
// sharing PostgreSQL (DATABASE_URL, required) and Redis (REDIS_URL). Queue jobs run once on whichever
// instance takes them; the audit log stays one sequence. Ctrl-C stops them all, gracefully.
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { startCluster, stopAll } from './gateway-process.ts'

const { values } = parseArgs({ options: { instances: { type: 'string', default: '3' }, 'base-port': { type: 'string', default: '3001' } } })
// Every instance must hash subjects and seal Redis values with the same keys.
const env = {
  ...process.env,
  SUBJECT_HMAC_KEY: process.env.SUBJECT_HMAC_KEY ?? randomBytes(32).toString('base64'),
  CACHE_KEY: process.env.CACHE_KEY ?? randomBytes(32).toString('base64')
}
const gateways = await startCluster(Number(values.instances), env, { basePort: Number(values['base-port']), log: (i, line) => process.stdout.write(`[${i}] ${line}\n`) })
process.stderr.write(`${gateways.length} gateways: ${gateways.map((g) => g.origin).join(' ')}\n`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => { stopAll(gateways).then(() => process.exit(0)) })
