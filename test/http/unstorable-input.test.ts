// Cases 5 and 6 of the guarantees issue: text the database cannot store and JSON nested past what the
// canonicaliser and validators walk are refused at the edge with a 4xx, and never fail another client's request.
import t from 'tap'
import { citizen, citizenId } from '../../sandbox/subjects.ts'
import { AuditLog } from '../../src/audit/audit-log.ts'
import { AuditReader, verifyLines } from '../../src/audit/audit-reader.ts'
import { ensurePartitions } from '../../src/audit/partitions.ts'
import { migrate } from '../../src/store/migrate.ts'
import { auth, testGateway, testStore, tokens } from '../helpers/infra.ts'

const hcmPortal = 'dev-portal-hcm-token'
const json = (token: string) => ({ ...auth(token), 'content-type': 'application/json' })
const nested = (depth: number, leaf = '1') => '['.repeat(depth) + leaf + ']'.repeat(depth)

t.test('a request with unstorable text is a 4xx and leaves concurrent clean requests of other clients untouched', async (t) => {
  const { app, store } = await testGateway(t, { store: 'pg' })
  const prefill = (token: string, purpose: string) => app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(token), payload: { procedure: '1.004194', subject: { type: 'citizen', id: citizenId(4) }, purpose } })
  const entries = async () => Number((await store.query<{ n: string }>('SELECT count(*) AS n FROM audit_log')).rows[0].n)
  const before = await entries()
  const [hostile, ...clean] = await Promise.all([prefill(hcmPortal, 'a\u0000b'), ...Array.from({ length: 30 }, () => prefill(tokens.portal, 'Giải quyết thủ tục'))])
  t.equal(hostile.statusCode, 400)
  t.equal(hostile.json().code, 'GW_TEXT_UNSTORABLE')
  t.same(hostile.json().problems, [{ path: 'body/purpose', message: 'text with U+0000 or a lone surrogate cannot be stored' }])
  t.same(clean.map((r) => r.statusCode), Array(30).fill(200), 'every clean prefill of the other portal is answered')
  t.equal(await entries(), before + 30, 'and audited, the refused one not')

  const cases: Array<[string, { method: 'POST' | 'PUT' | 'GET', url: string, payload?: string, token: string }, string, string]> = [
    ['a NUL in a record\'s data', { method: 'POST', url: '/v1/records', token: 'dev-agency-hni-token', payload: JSON.stringify({ type: 'judicial-record-certificates', subject: { type: 'citizen', id: citizenId(3) }, data: { certificateNumber: '1\u0000', certificateType: 'Phiếu số 1', fullName: citizen(3).fullName, criminalRecordStatus: 'Không có án tích' }, issuedBy: 'HNI-STP', issuedAt: new Date().toISOString() }) }, 'GW_TEXT_UNSTORABLE', 'body/data/certificateNumber'],
    ['a lone high surrogate in a purpose', { method: 'POST', url: '/v1/prefill', token: tokens.portal, payload: '{"procedure":"1.004194","subject":{"type":"citizen","id":"' + citizenId(4) + '"},"purpose":"\\ud800x"}' }, 'GW_TEXT_UNSTORABLE', 'body/purpose'],
    ['a lone low surrogate in a member name', { method: 'POST', url: '/v1/submissions/check', token: tokens.portal, payload: '{"values":{"\\udc00":1}}' }, 'GW_TEXT_UNSTORABLE', 'body/values/\udc00'],
    ['a NUL in a query parameter', { method: 'GET', url: '/v1/audit?action=a%00b', token: tokens.auditor }, 'GW_TEXT_UNSTORABLE', 'querystring/action'],
    ['a NUL in a path parameter', { method: 'GET', url: '/v1/adapters/a%00b', token: tokens.admin }, 'GW_TEXT_UNSTORABLE', 'params/id'],
    ['a submission value nested 5,000 levels', { method: 'POST', url: '/v1/submissions/check', token: tokens.portal, payload: `{"receipt":"x","values":{"/a":${nested(5000)}}}` }, 'GW_BODY_TOO_DEEP', 'body/values/~1a'],
    ['a form nested 20,000 levels', { method: 'PUT', url: '/v1/forms/1.004194', token: tokens.admin, payload: '{"properties":'.repeat(20_000) + '{}' + '}'.repeat(20_000) }, 'GW_BODY_TOO_DEEP', 'body/properties']
  ]
  for (const [name, { token, payload, ...request }, code, path] of cases) {
    const res = await app.inject({ ...request, headers: json(token), ...(payload === undefined ? {} : { payload }) })
    t.equal(res.statusCode, 400, name)
    t.equal(res.json().code, code, name)
    t.ok(res.json().problems[0].path.startsWith(path), `${name}: says where (${res.json().problems[0].path.slice(0, 40)})`)
  }
  t.equal(await entries(), before + 30, 'nothing refused at the edge reached the log')
  t.equal((await app.inject({ method: 'POST', url: '/v1/prefill', headers: json(tokens.portal), payload: '{"procedure":"1.004194","subject":{"type":"citizen","id":"' + citizenId(4) + '"},"purpose":"\\ud83d\\ude00 đúng"}' })).statusCode, 200, 'a surrogate pair (an emoji) is text like any other')
  t.equal((await app.inject({ method: 'POST', url: '/v1/submissions/check', headers: json(tokens.portal), payload: `{"values":{"/a":${nested(60)}}}` })).json().code, 'GW_VALIDATION_FAILED', 'nesting within the bound reaches validation')
})

t.test('the audit writer fails only the entry the database refuses and commits the rest of its batch', async (t) => {
  const store = await testStore(t, 'pg')
  await migrate(store)
  await ensurePartitions(store, new Date())
  const log = new AuditLog(store, { maxWaitMs: 20 })
  const entry = (purpose: string, version?: number): Parameters<AuditLog['append']>[0] => ({ requestId: 'r', clientId: 'admin', role: 'admin', action: 'audit.query', result: 'ok', purpose, version })
  // Text is refused before the batch is written; an integer past the column's range only by the database.
  const batch = [entry('a'), entry('nul \u0000'), entry('b'), entry('lone \ud800'), entry('c'), entry('out of range', 2 ** 40), entry('d'), entry('e')]
  const outcomes = await Promise.allSettled(batch.map((e) => log.append(e)))
  t.same(outcomes.map((o) => o.status), ['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled'])
  const seqs = outcomes.flatMap((o) => o.status === 'fulfilled' ? [o.value] : [])
  t.same(seqs, [1, 2, 3, 4, 5], 'the others commit in order, without gaps')
  const { rows } = await store.query<{ purpose: string }>('SELECT purpose FROM audit_log ORDER BY seq')
  t.same(rows.map((r) => r.purpose), ['a', 'b', 'c', 'd', 'e'])
  t.equal((await verifyLines(new AuditReader(store).export(), { keys: [] })).report().ok, true, 'and the chain verifies')
})
