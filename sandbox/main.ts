// `npm run sandbox`: the simulated sources on their default ports (SANDBOX_BASE_PORT, default 4101).
import { citizen, citizenId, enterprise, enterpriseCode, personas } from './subjects.ts'
import { startSandbox } from './sources.ts'

const basePort = Number(process.env.SANDBOX_BASE_PORT ?? 4101)
const sandbox = await startSandbox({ basePort, host: process.env.SANDBOX_HOST ?? '127.0.0.1' })
for (const source of Object.values(sandbox.sources)) process.stdout.write(`sandbox ${source.name.padEnd(10)} ${source.url}\n`)
process.stdout.write('personas:\n')
for (const n of personas) {
  const c = citizen(n)
  process.stdout.write(`  citizen ${citizenId(n)}  ${c.fullName}, ${c.dateOfBirth}, ${c.permanentAddress.wardName}, ${c.permanentAddress.provinceName}\n`)
}
process.stdout.write(`  enterprise ${enterpriseCode(0)}  ${enterprise(0).name}\n`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => { sandbox.close().then(() => process.exit(0)) })
