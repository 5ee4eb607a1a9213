import { createHash } from 'node:crypto'
import t from 'tap'
import canonicalize from 'canonicalize'
import { createLocalJWKSet, jwtVerify } from 'jose'
import { KeyRing } from '../../src/keys/key-ring.ts'
import { citizenId } from '../../sandbox/subjects.ts'
import { auth, tempDir, testGateway, testStore, tokens } from '../helpers/infra.ts'

// The README's recipe, written independently of the gateway's code.
const digest = (salt: string, pointer: string, value: unknown) => createHash('sha256').update(`${salt}\u0000${pointer}\u0000${canonicalize(value)}`).digest('base64url')

t.test('a receipt verifies offline with the published keys, and survives a key rotation', async (t) => {
  const store = await testStore(t, 'pglite')
  // The same data folder across the restart: the subject key and the signing keys stay.
  const dataDir = await tempDir(t)
  const keysDir = `${dataDir}/keys/signing`
  const first = await testGateway(t, { store, config: { dataDir } })
  const subject = { type: 'citizen', id: citizenId(5) }
  const answer = (await first.app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '2.000488', subject } })).json()
  const jwks = (await first.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json()
  t.equal(jwks.keys.length, 1)
  t.notOk(jwks.keys[0].d, 'only public keys are published')

  const { payload, protectedHeader } = await jwtVerify(answer.receipt.token, createLocalJWKSet(jwks))
  t.equal(protectedHeader.alg, 'ES256')
  t.equal(protectedHeader.kid, jwks.keys[0].kid)
  t.equal(payload.proc, '2.000488')
  t.equal(payload.req, answer.requestId)
  t.equal(payload.jti, answer.receipt.id)
  const vals = payload.vals as Record<string, { h: string, src: string }>
  const filled = Object.entries<any>(answer.fields).filter(([, f]) => f.status === 'filled')
  t.same(Object.keys(vals).sort(), filled.map(([p]) => p).sort(), 'every released value is in the receipt')
  for (const [pointer, field] of filled) {
    t.equal(digest(payload.salt as string, pointer, field.value), vals[pointer].h, `${pointer} verifies`)
    t.equal(vals[pointer].src, field.source.id)
  }
  t.not(digest(payload.salt as string, '/fullName', 'Nguyễn Văn Khác'), vals['/fullName'].h, 'an altered value does not')
  t.notOk(answer.receipt.token.includes(subject.id), 'the receipt holds no plain id')
  t.same(payload.docs, answer.documents.filter((d: any) => d.status === 'waived').map((d: any) => d.code))

  await KeyRing.rotate(keysDir)
  await first.app.close()
  const second = await testGateway(t, { store, config: { dataDir } })
  const rotated = (await second.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json()
  t.equal(rotated.keys.length, 2, 'the old key stays published')
  await t.resolves(jwtVerify(answer.receipt.token, createLocalJWKSet(rotated)), 'an old receipt still verifies')
  const fresh = (await second.app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '2.000488', subject } })).json()
  const { protectedHeader: newHeader } = await jwtVerify(fresh.receipt.token, createLocalJWKSet(rotated))
  t.not(newHeader.kid, protectedHeader.kid, 'new receipts are signed with the new key')
  const values = Object.fromEntries(filled.map(([p, f]) => [p, { value: f.value, origin: 'prefill' }]))
  const check = (await second.app.inject({ method: 'POST', url: '/v1/submissions/check', headers: auth(tokens.portal), payload: { procedure: '2.000488', version: 1, subject, receipt: answer.receipt.token, values, documents: [] } })).json()
  t.equal(check.verdict, 'accept', 'the check accepts a receipt signed before the rotation')
})

t.test('the design-time report names what a form forgot to bind or waive', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite' })
  const shipped = (await app.inject({ method: 'GET', url: '/v1/forms/2.000488/once-only', headers: auth(tokens.admin) })).json()
  t.same(shipped.findings, [], 'the shipped judicial record form asks nothing twice')

  const form = (await app.inject({ method: 'GET', url: '/v1/forms/2.000488', headers: auth(tokens.admin) })).json()
  form['x-procedure'].version = 2
  delete form.properties.fullName['x-prefill']
  form['x-documents'][1].waivedBy = []
  const registered = (await app.inject({ method: 'PUT', url: '/v1/forms/2.000488', headers: auth(tokens.admin), payload: form })).json()
  t.equal(registered.status, 'created')
  const report = (await app.inject({ method: 'GET', url: '/v1/forms/2.000488/once-only', headers: auth(tokens.admin) })).json()
  const found = report.findings.map((f: any) => [f.kind, f.field ?? f.document, f.source, f.pointer])
  t.same(registered.warnings, report.findings.map((f: any) => f.message), 'registration warns with the same findings')
  t.same(found.filter((f: string[]) => f[0] === 'unbound-field' && f[2] === 'population-citizen'), [['unbound-field', '/fullName', 'population-citizen', '/fullName']], 'the forgotten field and the source that holds it')
  t.ok(found.filter((f: string[]) => f[0] === 'unbound-field').every((f: string[]) => f[1] === '/fullName'), 'every other source holding a full name is named too, and nothing else')
  t.same(found.filter((f: string[]) => f[0] === 'unwaived-document'), [['unwaived-document', 'GIAY-TO-TUY-THAN', 'population-citizen', undefined]])
  t.equal((await app.inject({ method: 'GET', url: '/v1/forms/2.000488/once-only?version=1', headers: auth(tokens.admin) })).json().findings.length, 0)
})

t.test('/metrics and the report agree with the requests sent', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite' })
  const subject = { type: 'citizen', id: citizenId(10) }
  const answers = []
  for (let i = 0; i < 3; i++) answers.push((await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '1.004194', subject } })).json())
  const filled = Object.entries<any>(answers[0].fields).filter(([, f]) => f.status === 'filled')
  const values = Object.fromEntries(filled.map(([p, f]) => [p, { value: f.value, origin: 'prefill' }]))
  const check = (documents: string[], receipt: string) => app.inject({ method: 'POST', url: '/v1/submissions/check', headers: auth(tokens.portal), payload: { procedure: '1.004194', version: 1, subject, receipt, values, documents } })
  await check([], answers[0].receipt.token)
  await check(['GIAY-TO-TUY-THAN'], answers[1].receipt.token)

  const metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body
  const value = (line: string) => Number(new RegExp(`^${line.replace(/[{}"]/g, (c) => `\\${c}`)} (\\S+)$`, 'm').exec(metrics)?.[1])
  const labels = 'procedure="1.004194",client="portal-dvc"'
  t.equal(value(`gateway_prefill_requests_total{${labels}}`), 3)
  t.equal(value(`gateway_prefill_fields_filled_total{${labels}}`), 3 * filled.length)
  t.equal(value(`gateway_prefill_documents_total{${labels},status="waived"}`), 3)
  t.equal(value(`gateway_submission_checks_total{${labels},verdict="accept"}`), 1)
  t.equal(value(`gateway_submission_violations_total{${labels},code="COMPONENT_ALREADY_RECOGNISED"}`), 1)
  t.same(['prefill",outcome="complete', 'submission-check",outcome="accept', 'submission-check",outcome="reject'].map((step) => value(`gateway_procedure_steps_total{${labels},step="${step}"}`)), [3, 1, 1], 'per step, as Decree 42/2022 measures a service')
  t.ok(metrics.includes('gateway_source_duration_seconds_bucket{le="0.005",source="population-citizen",outcome="found"}'), 'source latency histogram')
  t.notOk(metrics.includes(subject.id), 'no personal data in labels')

  const report = (await app.inject({ method: 'GET', url: '/v1/reports/once-only', headers: auth(tokens.auditor) })).json()
  const row = report.rows.find((r: any) => r.procedure === '1.004194' && r.client === 'portal-dvc')
  t.same({ ...row, fillRatio: undefined, waiverRatio: undefined }, {
    procedure: '1.004194',
    client: 'portal-dvc',
    prefills: 3,
    completions: 0,
    fieldsAsked: 3 * Object.keys(answers[0].fields).length,
    fieldsFilled: 3 * filled.length,
    documents: 9,
    documentsWaived: 3,
    checks: 2,
    rejected: 1,
    violations: { COMPONENT_ALREADY_RECOGNISED: 1 },
    fillRatio: undefined,
    waiverRatio: undefined
  })
  t.equal(row.waiverRatio, 0.333)
  const csv = await app.inject({ method: 'GET', url: '/v1/reports/once-only?format=csv', headers: auth(tokens.admin) })
  t.match(csv.headers['content-type'], /text\/csv/)
  t.match(csv.body, /^period,procedure,client,prefills,completions,fieldsAsked,fieldsFilled,fillRatio,documents,documentsWaived,waiverRatio,checks,rejected,violations\n/)
  t.match(csv.body, /\n,1\.004194,portal-dvc,3,0,.*,2,1,COMPONENT_ALREADY_RECOGNISED:1\n/)
  const daily = (await app.inject({ method: 'GET', url: '/v1/reports/once-only?interval=day', headers: auth(tokens.auditor) })).json()
  const today = daily.rows.find((r: any) => r.procedure === '1.004194' && r.client === 'portal-dvc')
  const vietnamMidnight = new Date(`${new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)}T00:00:00+07:00`).toISOString()
  t.same({ ...today, period: undefined }, { ...row, period: undefined }, 'over time: today\'s row counts what the period counts')
  t.equal(today.period, vietnamMidnight, 'days are Vietnam\'s days')
  t.equal((await app.inject({ method: 'GET', url: '/v1/reports/once-only', headers: auth(tokens.portal) })).json().code, 'GW_ROLE_FORBIDDEN')
  t.equal((await app.inject({ method: 'GET', url: '/v1/reports/once-only?from=yesterday', headers: auth(tokens.admin) })).json().code, 'GW_VALIDATION_FAILED')
})
