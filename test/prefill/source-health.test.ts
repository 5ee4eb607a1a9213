// GET /v1/sources/health (issue 16): per source, the calls this instance made over a window, their latency,
// errors by reason, the circuit and the last success; an agency sees its own sources only.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { citizenId } from '../../sandbox/subjects.ts'
import { tokenHash } from '../../src/auth/clients.ts'
import { maxCallsKept, SourceHealth } from '../../src/prefill/source-health.ts'
import { auth, tempDir, testGateway, tokens } from '../helpers/infra.ts'

t.test('source health from real calls to the sandbox', async (t) => {
  const { app, sandbox } = await testGateway(t, { store: 'pglite' })
  const prefill = async (n: number) => (await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '1.001978', subject: { type: 'citizen', id: citizenId(n) } } })).json()
  const health = async (token: string, query = '') => app.inject({ method: 'GET', url: `/v1/sources/health${query}`, headers: auth(token) })
  const byId = (body: any) => Object.fromEntries(body.sources.map((s: any) => [s.id, s]))

  const quiet = byId((await health(tokens.admin)).json())
  t.same(quiet['population-citizen'], { id: 'population-citizen', agency: 'BCA', calls: 0, found: 0, notFound: 0, errors: {}, circuit: 'closed' }, 'no calls yet: nothing to measure')

  for (let n = 0; n < 3; n++) t.equal((await prefill(n)).fields['/fullName'].status, 'filled')
  sandbox.sources.insurance.faults = { errorRate: 1 }
  // Four failures of seven calls open the circuit (the default threshold).
  for (let n = 0; n < 4; n++) t.equal((await prefill(n)).fields['/socialInsuranceNumber'].reason, 'SOURCE_ERROR')
  t.equal((await prefill(0)).fields['/socialInsuranceNumber'].reason, 'CIRCUIT_OPEN')

  const res = await health(tokens.admin)
  t.equal(res.statusCode, 200)
  t.equal(res.json().window, '15m', 'the default window')
  const all = byId(res.json())
  const population = all['population-citizen']
  t.match(population, { calls: 8, found: 8, notFound: 0, errors: {}, circuit: 'closed', lastSuccessAt: String })
  t.ok(population.p50Ms >= 0 && population.p95Ms >= population.p50Ms, 'latency percentiles')
  t.match(all['social-insurance'], { calls: 7, found: 3, errors: { SOURCE_ERROR: 4 }, circuit: 'open' }, 'the call the open circuit refused is not a call')
  t.notOk('judicial-record-certificates' in all, 'a record type is not a live source')

  const own = (await health(tokens.agencyBCA)).json()
  t.ok(own.sources.length > 0 && own.sources.every((s: any) => s.agency === 'BCA'), 'an agency sees its own sources only')
  t.notOk(own.sources.some((s: any) => s.id === 'social-insurance'))
  t.equal((await health(tokens.portal)).json().code, 'GW_ROLE_FORBIDDEN')

  t.equal(byId((await health(tokens.admin, '?window=1h')).json())['population-citizen'].calls, 8)
  for (const window of ['2h', '0m', '15', 'abc']) {
    const bad = await health(tokens.admin, `?window=${window}`)
    t.equal(bad.statusCode, 400, window)
    t.equal(bad.json().code, 'GW_VALIDATION_FAILED', window)
  }
})

t.test('the window counts only its own calls, the ring keeps the latest, the last success outlives the window', async (t) => {
  let clock = Date.parse('2026-06-01T00:00:00Z')
  const health = new SourceHealth(() => clock)
  health.record('s', { status: 'found', record: {}, retrievedAt: '', ms: 10 })
  clock += 20 * 60_000
  health.record('s', { status: 'unavailable', reason: 'SOURCE_TIMEOUT', ms: 300 })
  health.record('s', { status: 'not_found', ms: 20 })
  t.same(health.stats('s', 15 * 60_000), { calls: 2, found: 0, notFound: 1, errors: { SOURCE_TIMEOUT: 1 }, p50Ms: 20, p95Ms: 300, lastSuccessAt: new Date(clock).toISOString() })
  clock += 60 * 60_000
  t.same(health.stats('s', 15 * 60_000), { calls: 0, found: 0, notFound: 0, errors: {}, lastSuccessAt: '2026-06-01T00:20:00.000Z' }, 'the last success whenever it was')
  for (let i = 0; i < maxCallsKept + 5; i++) health.record('s', { status: 'not_found', ms: i })
  const kept = health.stats('s', 15 * 60_000)
  t.equal(kept.calls, maxCallsKept, 'bounded')
  t.equal(kept.p50Ms, 5 + maxCallsKept / 2 - 1, 'the oldest calls were overwritten')
})

t.test('an operator sees every source', async (t) => {
  const token = 'operator-token-0123456789'
  const dir = await tempDir(t)
  const clientsFile = join(dir, 'clients.yaml')
  await writeFile(clientsFile, `development: true
clients:
  - id: operator
    name: Operator
    roles: [operator]
    tokenSha256: ${tokenHash(token)}
`)
  // The development agreements name the development clients, which this file does not hold.
  const { app } = await testGateway(t, { store: 'pglite', config: { clientsFile, agreementsDir: dir } })
  const res = await app.inject({ method: 'GET', url: '/v1/sources/health?window=90s', headers: auth(token) })
  t.equal(res.statusCode, 200)
  t.ok(new Set(res.json().sources.map((s: any) => s.agency)).size > 1, 'sources of several agencies')
  t.equal(res.json().window, '90s')
})
