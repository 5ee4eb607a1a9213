import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { citizenId } from '../../sandbox/subjects.ts'
import { registerShipped } from '../../src/registry/shipped-files.ts'
import { auth, tempDir, testGateway, tokens } from '../helpers/infra.ts'

const hcm = 'dev-portal-hcm-token'

t.test('prefill releases only what an active agreement covers', async (t) => {
  let clock = Date.parse('2026-06-01T00:00:00Z')
  const { app, store, sandbox } = await testGateway(t, { store: 'pglite', now: () => clock })
  const subject = { type: 'citizen', id: citizenId(0) }
  const prefill = async (purpose?: string) => (await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(hcm), payload: { procedure: '1.001978', subject, ...(purpose ? { purpose } : {}) } })).json()
  const put = (body: object) => app.inject({ method: 'PUT', url: `/v1/agreements/${(body as { id: string }).id}`, headers: auth(tokens.admin), payload: body })
  const narrow = {
    id: 'dev-hcm',
    version: 2,
    client: 'portal-hcm',
    procedures: ['1.001978'],
    sources: [{ source: 'population-citizen', fields: ['/fullName', '/permanentAddress'] }],
    purposes: ['Giải quyết trợ cấp thất nghiệp'],
    legalBasis: 'Thỏa thuận thử nghiệm',
    validFrom: '2026-01-01T00:00:00Z',
    validUntil: '2026-07-01T00:00:00Z'
  }
  t.equal((await prefill()).fields['/dateOfBirth'].status, 'filled', 'the development agreement covers every field')
  t.equal((await put(narrow)).statusCode, 201, 'a narrower version replaces the development agreement')

  const before = sandbox.sources.insurance.requests
  const body = await prefill('Giải quyết trợ cấp thất nghiệp')
  t.equal(body.fields['/fullName'].status, 'filled')
  t.equal(body.fields['/permanentAddress'].status, 'filled', 'a member covers what is under it')
  t.same(body.fields['/dateOfBirth'], { status: 'denied', locked: false, reason: 'NO_AGREEMENT' })
  t.same(body.fields['/socialInsuranceNumber'], { status: 'denied', locked: false, reason: 'NO_AGREEMENT' })
  t.equal(body.documents.find((d: any) => d.code === 'SO-BHXH').status, 'required', 'no waiver from a source the agreement does not cover')
  t.equal(sandbox.sources.insurance.requests, before, 'a source nothing is covered of is not asked')
  t.same(body.sources.map((s: any) => s.id), ['population-citizen'])
  const { rows } = await store.query<any>('SELECT fields, detail FROM audit_log WHERE seq = $1', [body.audit.entry])
  const detail = typeof rows[0].detail === 'string' ? JSON.parse(rows[0].detail) : rows[0].detail
  t.ok(detail.denied.includes('/socialInsuranceNumber'), 'the denial is audited')
  t.notOk(rows[0].fields.includes('/dateOfBirth'))

  await t.test('purposes compare after NFC and trimming; a field denied for its purpose says PURPOSE_NOT_COVERED', async (t) => {
    const typed = ` ${narrow.purposes[0].normalize('NFD')}\n`
    t.not(typed.trim(), narrow.purposes[0], 'the same words, composed otherwise')
    t.equal((await prefill(typed)).fields['/fullName'].status, 'filled', 'the same purpose decomposed and padded is covered')
    const other = await prefill('Mục đích khác')
    t.same(other.fields['/fullName'], { status: 'denied', locked: false, reason: 'PURPOSE_NOT_COVERED' }, 'another purpose: the agreement exists but not for it')
    t.equal(other.fields['/dateOfBirth'].reason, 'NO_AGREEMENT', 'a field no agreement covers for any purpose')
    t.equal((await prefill()).fields['/fullName'].reason, 'PURPOSE_NOT_COVERED', 'nor is no purpose')
  })

  await t.test('an agreement that means nothing is refused with every problem, and the working version keeps serving', async (t) => {
    const res = await put({ ...narrow, version: 3, client: 'agency-bca', procedures: ['1.001978', '9.999999'], purposes: ['  '] })
    t.equal(res.statusCode, 422)
    t.equal(res.json().code, 'GW_REGISTRATION_INVALID')
    t.match(res.json().problems, [
      { path: '/client', message: /agency-bca is not a portal/ },
      { path: '/procedures/1', message: /no form is registered for procedure 9\.999999/ },
      { path: '/purposes/0' }
    ])
    t.equal((await prefill('Giải quyết trợ cấp thất nghiệp')).fields['/fullName'].status, 'filled', 'nothing replaced the version in force')
  })

  await t.test('a source no form of the agreement uses, and a grant of every field, are warnings', async (t) => {
    const res = await put({ ...narrow, id: 'hcm-enterprises', version: 1, sources: [{ source: 'enterprise-registry', fields: ['*'] }] })
    t.equal(res.statusCode, 201)
    t.same(res.json().warnings, ['no form of 1.001978 uses source enterprise-registry', 'grants every field of enterprise-registry (*): name the fields the forms bind'])
  })

  await t.test('a shipped agreement that means nothing fails the start, naming the file and every problem', async (t) => {
    const file = join(await tempDir(t), 'bad.json')
    await writeFile(file, JSON.stringify({ ...narrow, id: 'shipped-bad', client: 'agency-btc', procedures: ['9.999999'] }))
    await t.rejects(registerShipped(app.log, [file], (body) => app.agreements.register(body, 'system')),
      { message: /bad\.json: .*nothing was changed; \/client client agency-btc is not a portal.*; \/procedures\/0 no form is registered for procedure 9\.999999/ })
  })

  clock = Date.parse('2026-07-01T00:00:00Z')
  t.equal((await prefill('Giải quyết trợ cấp thất nghiệp')).fields['/fullName'].status, 'denied', 'from the moment it expires, without a restart')

  t.test('an invalid agreement gets every problem and changes nothing', async (t) => {
    const res = await put({ ...narrow, version: 3, client: 'nobody', sources: [{ source: 'population-citizen', fields: ['/shoeSize'] }, { source: 'no-such', fields: ['*'] }], validUntil: '2025-01-01T00:00:00Z' })
    t.equal(res.statusCode, 422)
    t.same(res.json().problems.map((p: any) => p.path).sort(), ['/client', '/sources/0/fields/0', '/sources/1/source', '/validUntil'])
    t.equal((await app.inject({ method: 'GET', url: '/v1/agreements/dev-hcm', headers: auth(tokens.auditor) })).json().version, 2)
    t.equal((await app.inject({ method: 'GET', url: '/v1/agreements/dev-hcm?version=1', headers: auth(tokens.auditor) })).json().version, 1, 'old versions stay readable')
    t.equal((await put({ ...narrow, legalBasis: 'khác' })).json().code, 'GW_VERSION_CONFLICT')
    t.equal((await app.inject({ method: 'PUT', url: '/v1/agreements/x1', headers: auth(tokens.portal), payload: narrow })).json().code, 'GW_ROLE_FORBIDDEN')
    t.equal((await app.inject({ method: 'GET', url: '/v1/agreements/nope', headers: auth(tokens.admin) })).json().code, 'GW_AGREEMENT_UNKNOWN')
    t.equal((await app.inject({ method: 'PUT', url: '/v1/agreements/other', headers: auth(tokens.admin), payload: narrow })).json().code, 'GW_ID_MISMATCH')
  })
})
