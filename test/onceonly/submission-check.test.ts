import t from 'tap'
import { SignJWT, generateKeyPair, decodeProtectedHeader } from 'jose'
import { citizenId } from '../../sandbox/subjects.ts'
import { auth, testGateway, tokens } from '../helpers/infra.ts'
import { corpus, type Dossier } from './corpus.ts'

t.test('the submission check finds every seeded violation and nothing in clean dossiers', async (t) => {
  const { app, store } = await testGateway(t, { store: 'pg' })
  const prefill = async (procedure: string, subject: Dossier['subject']) => {
    const res = await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure, subject } })
    t.equal(res.statusCode, 200)
    return res.json()
  }
  t.ok(corpus.length >= 30, `${corpus.length} dossiers`)

  for (const dossier of corpus) {
    const answer = await prefill(dossier.procedure, dossier.subject)
    const values: Record<string, { value?: unknown, origin: string, reason?: string }> = {}
    for (const [path, field] of Object.entries<any>(answer.fields)) {
      if (field.status === 'filled') values[path] = { value: field.value, origin: 'prefill' }
    }
    for (const path of dossier.alter ?? []) values[path] = { value: `${values[path].value}-sửa`, origin: 'prefill' }
    for (const path of dossier.typed ?? []) values[path] = { value: values[path].value, origin: 'person' }
    for (const path of dossier.drop ?? []) delete values[path]
    for (const path of dossier.changeWithReason ?? []) values[path] = { value: 'Số 5 Lê Lợi, Phường Ba Đình, Thành phố Hà Nội', origin: 'prefill', reason: 'Đã chuyển nơi ở' }
    values['/unboundByForm'] = { value: 'typed', origin: 'person' }

    let receipt: string = answer.receipt.token
    const procedure = dossier.procedure
    let subject = dossier.subject
    if (dossier.receipt === 'tampered') receipt = receipt.slice(0, -4) + (receipt.endsWith('AAAA') ? 'BBBB' : 'AAAA')
    if (dossier.receipt === 'garbage') receipt = 'not.a.receipt'
    if (dossier.receipt === 'forged') {
      const { privateKey } = await generateKeyPair('ES256')
      const [, payload] = receipt.split('.')
      receipt = await new SignJWT(JSON.parse(Buffer.from(payload, 'base64url').toString())).setProtectedHeader(decodeProtectedHeader(receipt) as never).sign(privateKey)
    }
    if (dossier.receipt === 'other-subject') subject = { type: 'citizen', id: citizenId(6) }
    if (dossier.receipt === 'other-procedure') {
      receipt = (await prefill('2.000488', dossier.subject)).receipt.token
    }
    const res = await app.inject({
      method: 'POST',
      url: '/v1/submissions/check',
      headers: auth(tokens.portal),
      payload: { procedure, version: answer.version, subject, receipt, values, documents: dossier.attach ?? [] }
    })
    t.equal(res.statusCode, 200, dossier.name)
    const body = res.json()
    const found = body.violations.map((v: any) => [v.code, v.path ?? v.document].filter(Boolean).join(' ')).sort()
    t.same(found, [...dossier.expected].sort(), dossier.name)
    t.equal(body.verdict, dossier.expected.length ? 'reject' : 'accept', `${dossier.name}: verdict`)
    for (const v of body.violations) t.ok(v.message.vi && v.message.en, `${dossier.name}: messages in Vietnamese and English`)
    if (dossier.changeWithReason) t.same(body.changedWithReason, dossier.changeWithReason)
  }

  const { rows } = await store.query<{ result: string, n: string }>("SELECT result, count(*) AS n FROM audit_log WHERE action = 'submission.check' GROUP BY result")
  const audited = Object.fromEntries(rows.map((r) => [r.result, Number(r.n)]))
  t.equal(audited.accept + audited.reject, corpus.length, 'every check is audited')
  t.equal(audited.accept, corpus.filter((d) => d.expected.length === 0).length)
  const stored = await store.query<{ token_sha256: string }>('SELECT token_sha256 FROM receipts LIMIT 1')
  t.match(stored.rows[0].token_sha256, /^[0-9a-f]{64}$/, 'receipts are kept as hashes only')

  t.test('bad check requests are 4xx', async (t) => {
    const bad = await app.inject({ method: 'POST', url: '/v1/submissions/check', headers: auth(tokens.portal), payload: { procedure: '2.000488', version: 1, subject: { type: 'citizen', id: '1' }, receipt: 'x', values: {}, documents: [] } })
    t.equal(bad.json().code, 'GW_SUBJECT_ID_INVALID')
    const origin = await app.inject({ method: 'POST', url: '/v1/submissions/check', headers: auth(tokens.portal), payload: { procedure: '2.000488', version: 1, subject: { type: 'citizen', id: citizenId(5) }, receipt: 'x', values: { '/a': { value: 1, origin: 'robot' } }, documents: [] } })
    t.equal(origin.json().code, 'GW_VALIDATION_FAILED')
    const role = await app.inject({ method: 'POST', url: '/v1/submissions/check', headers: auth(tokens.auditor), payload: {} })
    t.equal(role.json().code, 'GW_ROLE_FORBIDDEN')
  })
})

t.test('an expired receipt', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite', config: { receiptTtlSeconds: 1 } })
  const subject = { type: 'citizen', id: citizenId(5) }
  const answer = (await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '2.000488', subject } })).json()
  await new Promise((resolve) => setTimeout(resolve, 2100))
  const values = Object.fromEntries(Object.entries<any>(answer.fields).filter(([, f]) => f.status === 'filled').map(([p, f]) => [p, { value: f.value, origin: 'prefill' }]))
  const body = (await app.inject({ method: 'POST', url: '/v1/submissions/check', headers: auth(tokens.portal), payload: { procedure: '2.000488', version: 1, subject, receipt: answer.receipt.token, values, documents: [] } })).json()
  t.same(body.violations.map((v: any) => v.code), ['RECEIPT_EXPIRED'])
  t.equal(body.verdict, 'reject')
})

t.test('a receipt counts only for the portal it was issued to', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite' })
  const subject = { type: 'citizen', id: citizenId(5) }
  const answer = (await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '2.000488', subject } })).json()
  const values = Object.fromEntries(Object.entries<any>(answer.fields).filter(([, f]) => f.status === 'filled').map(([p, f]) => [p, { value: f.value, origin: 'prefill' }]))
  t.ok(Object.keys(values).length > 0, 'the prefill released values')
  const check = async (token: string) => (await app.inject({ method: 'POST', url: '/v1/submissions/check', headers: auth(token), payload: { procedure: '2.000488', version: 1, subject, receipt: answer.receipt.token, values, documents: [] } })).json()
  t.match(await check(tokens.portal), { verdict: 'accept', violations: [] }, 'the portal it was issued to')
  const other = await check('dev-portal-hcm-token')
  t.same(other.violations.map((v: any) => [v.code, v.message.en]), [['RECEIPT_MISMATCH', 'The prefill receipt belongs to another portal.']], 'another portal is told whose it is not')
  t.equal(other.verdict, 'reject')
})
