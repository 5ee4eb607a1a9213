// `npm run quickstart`: a private Redis (unless REDIS_URL is set), the sandbox sources, and the gateway on
// PGlite in ./data (unless DATABASE_URL is set); then a real prefill for a sandbox persona, shown, the command
// to make it again, and the demo portal (DEMO_PORT, 3001) in front of it.
import { spawnSync } from 'node:child_process'
import { request } from 'undici'
import closeWithGrace from 'close-with-grace'
import { buildApp } from '../src/app.ts'
import { loadConfig } from '../src/config.ts'
import { startSandbox } from '../sandbox/sources.ts'
import { startPrivateRedis } from './private-redis.ts'
import { citizen, personas } from '../sandbox/subjects.ts'
import type { PrefillResponse } from '../src/generated/types.ts'

const say = (line: string) => process.stdout.write(line + '\n')

const env = { ...process.env }
const dataDir = env.DATA_DIR ?? 'data'
if (!env.REDIS_URL) env.REDIS_URL = await startPrivateRedis(dataDir, Number(env.QUICKSTART_REDIS_PORT ?? 6390))
const sandbox = await startSandbox({ basePort: Number(env.SANDBOX_BASE_PORT ?? 4101) })
// The console is built into console/dist before the gateway starts, which serves it from there.
const consoleBuilt = spawnSync('npm', ['run', '--silent', 'console:build'], { stdio: 'inherit' }).status === 0
const defaults = loadConfig(env)
const config = { ...defaults, adapterVars: { ...defaults.adapterVars, ...sandbox.vars } }
const app = await buildApp(config)
let demo: { portal: { close: () => Promise<unknown> }, url: string } | undefined
closeWithGrace({ delay: 10_000 }, async () => {
  await demo?.portal.close()
  await app.close()
  await sandbox.close()
})
await app.listen({ host: config.host, port: config.port, ipv6Only: false })

const persona = citizen(personas[0])
const base = `http://localhost:${config.port}`
const body = JSON.stringify({ procedure: '2.000720', subject: { type: 'citizen', id: persona.personalId }, purpose: 'Đăng ký hộ kinh doanh' })
const answer = await request(`${base}/v1/prefill`, { method: 'POST', headers: { authorization: 'Bearer dev-portal-token', 'content-type': 'application/json' }, body })
const prefill = await answer.body.json() as PrefillResponse
const shown = (value: unknown) => { const text = JSON.stringify(value); return text.length > 60 ? `${text.slice(0, 57)}...` : text }

say('')
say(`Gateway ready on ${base} (store: ${app.store.kind}, Redis: ${env.REDIS_URL}); API docs at ${base}/docs`)
say(`Sandbox persona: ${persona.fullName}, born ${persona.dateOfBirth}, personal id ${persona.personalId}`)
say(`The household business registration form (2.000720) prefilled for them just now (HTTP ${answer.statusCode}):`)
for (const [pointer, field] of Object.entries(prefill.fields ?? {})) {
  say(`  ${pointer.padEnd(34)} ${field.status === 'filled' ? `${shown(field.value)} from ${field.source?.id}` : `${field.status}${field.reason ? ` (${field.reason})` : ''}`}`)
}
for (const document of prefill.documents ?? []) say(`  document ${document.code}: ${document.status}`)
say(`  receipt ${prefill.receipt?.id}, audit entry ${prefill.audit?.entry}`)
say('')
say('The same prefill from a shell:')
say(`curl -s ${base}/v1/prefill -H 'authorization: Bearer dev-portal-token' -H 'content-type: application/json' \\`)
say(`  -d '${body}'`)
say('')

say(consoleBuilt
  ? `Console: ${base}/console/ (tokens: dev-auditor-token for the sharing log, dev-admin-token for agencies, clients, forms and agreements, dev-operator-token for operations)`
  : 'The console was not built (npm run console:build); the API works without it.')

// The demo portal uses @once-only/client as any portal would: built, then imported.
const build = spawnSync('npm', ['run', '--silent', 'build', '-w', '@once-only/client'], { stdio: 'inherit' })
if (build.status !== 0) say('The demo portal was not started: @once-only/client did not build (npm run build -w @once-only/client).')
else {
  const { startPortal } = await import('../examples/portal/main.ts')
  demo = await startPortal({ ...env, GATEWAY_URL: base }).catch((err: Error) => { say(`The demo portal was not started: ${err.message}`); return undefined })
  if (demo) {
    say(`Demo portal: ${demo.url} (sign in as a sandbox persona, open a prefilled form, see "my data")`)
  }
}
