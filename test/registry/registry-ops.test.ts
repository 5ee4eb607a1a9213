// Dry runs and retirements of adapters, forms and agreements (issue 16): a dry run answers what the PUT would,
// by the same checks, and changes nothing; a retired registration is no longer used, its history stays readable.
import { readFile } from 'node:fs/promises'
import t from 'tap'
import { auth, testGateway, tokens, until } from '../helpers/infra.ts'
import { representative } from '../helpers/personas.ts'

const json = async (file: string) => JSON.parse(await readFile(file, 'utf8'))
const insurance = () => json('adapters/social-insurance/manifest.json')
const unemployment = () => json('schemas/forms/unemployment-benefit.json')
const hcm = 'dev-portal-hcm-token'
const subject = { type: 'citizen', id: representative }
const agreement = {
  id: 'hcm-insurance',
  version: 1,
  client: 'portal-hcm',
  procedures: ['1.001978'],
  sources: [{ source: 'social-insurance', fields: ['/insuranceNumber', '/totalContributionMonths'] }],
  legalBasis: 'Thỏa thuận thử nghiệm',
  validFrom: '2026-01-01T00:00:00Z',
  validUntil: '2099-01-01T00:00:00Z'
}

t.test('registrations on PGlite', async (t) => {
  const { app, store } = await testGateway(t, { store: 'pglite' })
  const call = (method: 'PUT' | 'POST' | 'GET', url: string, token: string, payload?: unknown) =>
    app.inject({ method, url, headers: auth(token), ...(payload === undefined ? {} : { payload: payload as object }) })
  /** Every row a registration could have written: versions, retirements, audit entries. */
  const written = async () => (await store.query<{ n: number }>(
    'SELECT (SELECT count(*) FROM adapters) + (SELECT count(*) FROM forms) + (SELECT count(*) FROM agreements) + (SELECT count(*) FROM retirements) + (SELECT count(*) FROM audit_log) AS n')).rows[0].n
  const prefill = async (token = tokens.portal, version?: number) => call('POST', '/v1/prefill', token, { procedure: '1.001978', subject, ...(version ? { version } : {}) })

  t.test('a dry run of the three harmful registrations shows exactly the problems the PUT refuses with, and changes nothing', async (t) => {
    const m = { ...await insurance(), version: 1, documents: [] }
    const harmful: Array<[string, string, object]> = [
      ['a URL without the subject', '/v1/adapters/subjectless', { ...m, id: 'subjectless', transport: { kind: 'http', url: m.transport.url.replace('{subject.id}', ''), timeoutMs: 500 } }],
      ['an unknown agency', '/v1/adapters/stray', { ...m, id: 'stray', agency: 'NO-SUCH-AGENCY' }],
      ['an agreement for an unknown procedure', '/v1/agreements/unknown-procedure', { ...agreement, id: 'unknown-procedure', procedures: ['9.999999'] }]
    ]
    const before = await written()
    for (const [name, url, body] of harmful) {
      const dry = await call('PUT', `${url}?dryRun=true`, tokens.admin, body)
      t.equal(dry.statusCode, 200, name)
      t.equal(await written(), before, `${name}: the dry run wrote nothing, not even an audit entry`)
      const real = await call('PUT', url, tokens.admin, body)
      t.equal(real.statusCode, 422, name)
      t.same(dry.json(), { valid: false, code: real.json().code, problems: real.json().problems, warnings: [] }, `${name}: the same code and problems`)
      t.ok(dry.json().problems.length > 0, name)
    }
    t.equal(await written(), before, 'and the PUTs refused wrote nothing')
  })

  t.test('a dry run of a valid version says created, and stores and audits nothing', async (t) => {
    const next = { ...await insurance(), version: 4, title: 'Dry' }
    const before = await written()
    const dry = await call('PUT', '/v1/adapters/social-insurance?dryRun=true', tokens.admin, next)
    t.same(dry.json(), { valid: true, status: 'created', problems: [], warnings: [] })
    t.equal(await written(), before)
    t.equal((await call('GET', '/v1/adapters/social-insurance', tokens.admin)).json().version, 3, 'the current version is unchanged')
    t.same((await call('PUT', '/v1/adapters/social-insurance?dryRun=true', tokens.admin, await insurance())).json(), { valid: true, status: 'unchanged', problems: [], warnings: [] }, 'the registered content again')
    t.same((await call('PUT', '/v1/adapters/social-insurance?dryRun=false', tokens.admin, await insurance())).json(), { id: 'social-insurance', version: 3, status: 'unchanged', warnings: [] }, 'dryRun=false is the PUT')
  })

  t.test('a dry run refused for its version carries the 409 code the PUT answers, at /version', async (t) => {
    const other = { ...await insurance(), title: 'Other content, same version' }
    const dry = (await call('PUT', '/v1/adapters/social-insurance?dryRun=true', tokens.admin, other)).json()
    const real = await call('PUT', '/v1/adapters/social-insurance', tokens.admin, other)
    t.equal(real.statusCode, 409)
    t.same(dry, { valid: false, code: real.json().code, problems: [{ path: '/version', message: real.json().message }], warnings: [] })
    const stale = (await call('PUT', '/v1/adapters/social-insurance?dryRun=true', tokens.admin, { ...other, version: 2 })).json()
    t.equal(stale.code, 'GW_VERSION_STALE')
  })

  t.test('a dry run is authorised as the PUT is, and a bad dryRun is a 400 that registers nothing', async (t) => {
    const population = await json('adapters/population-citizen/manifest.json')
    t.equal((await call('PUT', '/v1/adapters/population-citizen?dryRun=true', tokens.agencyBTC, { ...population, version: 9 })).json().code, 'GW_AGENCY_FORBIDDEN')
    t.equal((await call('PUT', '/v1/adapters/population-citizen?dryRun=true', tokens.agencyBCA, { ...population, version: 9 })).json().valid, true, 'while its own agency may')
    t.equal((await call('PUT', '/v1/forms/1.001978?dryRun=true', tokens.agencyBCA, await unemployment())).json().code, 'GW_ROLE_FORBIDDEN')
    const before = await written()
    const bad = await call('PUT', '/v1/adapters/social-insurance?dryRun=yes', tokens.admin, { ...await insurance(), version: 5 })
    t.equal(bad.statusCode, 400)
    t.equal(bad.json().code, 'GW_VALIDATION_FAILED')
    t.equal(await written(), before, 'not taken for a real registration')
  })

  t.test('warnings: what is legal but probably a mistake', async (t) => {
    t.equal((await call('PUT', '/v1/agreements/hcm-insurance', tokens.admin, agreement)).statusCode, 201)
    const m = await insurance()
    delete m.response.subject
    delete m.recordSchema.properties.totalContributionMonths
    delete m.classification['/totalContributionMonths']
    const adapter = (await call('PUT', '/v1/adapters/social-insurance?dryRun=true', tokens.admin, { ...m, version: 4 })).json()
    t.equal(adapter.valid, true)
    t.match(adapter.warnings, [/response\.subject is not set/, /agreement hcm-insurance grants social-insurance\/totalContributionMonths, which this version's record schema no longer has/])
    t.equal(adapter.warnings.length, 2)

    const f = await unemployment()
    f['x-procedure'] = { ...f['x-procedure'], version: 2 }
    for (const field of Object.values(f.properties) as Array<Record<string, unknown>>) delete field['x-prefill']
    f['x-documents'] = [{ code: 'SO-BHXHH', title: 'Sổ bảo hiểm xã hội', waivedBy: ['social-insurance'] }]
    const form = (await call('PUT', '/v1/forms/1.001978?dryRun=true', tokens.admin, f)).json()
    t.equal(form.valid, true)
    t.ok(form.warnings.some((w: string) => /component SO-BHXHH is waived by social-insurance, whose manifest does not list it/.test(w)), 'a waiver by a source that does not stand for the component')
    t.ok(form.warnings.some((w: string) => /field \/fullName asks the person for what population-citizen holds/.test(w)), 'the once-only findings, as the PUT warns')
    f['x-documents'] = []
    t.ok((await call('PUT', '/v1/forms/1.001978?dryRun=true', tokens.admin, f)).json().warnings.includes('the form binds no field to a source and waives no component: the gateway prefills nothing for it'))

    const wide = (await call('PUT', '/v1/agreements/hcm-wide?dryRun=true', tokens.admin, { ...agreement, id: 'hcm-wide', sources: [{ source: 'social-insurance', fields: ['*'] }], validFrom: '2020-01-01T00:00:00Z', validUntil: '2021-01-01T00:00:00Z' })).json()
    t.same(wide, {
      valid: true,
      status: 'created',
      problems: [],
      warnings: ['grants every field of social-insurance (*): name the fields the forms bind', 'validUntil 2021-01-01T00:00:00Z has passed: the agreement covers nothing']
    })
  })

  t.test('a source that a registered form binds cannot be retired; the 409 names the forms', async (t) => {
    const res = await call('POST', '/v1/adapters/social-insurance/retire', tokens.admin)
    t.equal(res.statusCode, 409)
    t.equal(res.json().code, 'GW_SOURCE_IN_USE')
    t.match(res.json().message, /\(1\.001978 v1, 2\.000720 v1\)/)
    t.equal((await call('POST', '/v1/adapters/population-citizen/retire', tokens.agencyBTC)).json().code, 'GW_AGENCY_FORBIDDEN', 'another agency\'s source')
    t.equal((await call('POST', '/v1/adapters/nope/retire', tokens.admin)).json().code, 'GW_ADAPTER_UNKNOWN')
    t.equal((await prefill()).json().fields['/socialInsuranceNumber'].status, 'filled', 'still in use')
  })

  t.test('a retired form is used by nothing from the next request on; its versions stay readable; audited once', async (t) => {
    const res = await call('POST', '/v1/forms/1.001978/retire', tokens.admin)
    t.equal(res.statusCode, 200)
    t.match(res.json(), { id: '1.001978', version: 1, status: 'retired', retiredBy: 'admin' })
    const refused = await prefill()
    t.equal(refused.statusCode, 410)
    t.equal(refused.json().code, 'GW_REGISTRATION_RETIRED')
    t.equal((await prefill(tokens.portal, 1)).json().code, 'GW_REGISTRATION_RETIRED', 'nor by its version number')
    t.equal((await call('POST', '/v1/submissions/check', tokens.portal, { procedure: '1.001978', version: 1, subject, receipt: 'x', values: {}, documents: [] })).json().code, 'GW_REGISTRATION_RETIRED', 'nor checked against')
    t.equal((await call('GET', '/v1/forms/1.001978', tokens.admin)).json().code, 'GW_REGISTRATION_RETIRED')
    t.equal((await call('GET', '/v1/forms/1.001978?version=1', tokens.admin)).json()['x-procedure'].version, 1, 'history stays readable')
    t.notOk((await call('GET', '/v1/forms', tokens.admin)).json().some((f: any) => f.procedure === '1.001978'), 'not listed')
    const again = await call('POST', '/v1/forms/1.001978/retire', tokens.admin)
    t.same({ ...again.json(), status: 'unchanged' }, again.json(), 'retiring again changes nothing')
    const { rows } = await store.query<{ procedure: string }>("SELECT procedure FROM audit_log WHERE action = 'form.retire'")
    t.same(rows, [{ procedure: '1.001978' }], 'audited once')
    t.equal((await call('PUT', '/v1/agreements/hcm-insurance', tokens.admin, { ...agreement, version: 2 })).json().code, 'GW_REGISTRATION_INVALID', 'no agreement for a retired procedure')
  })

  t.test('then its source can be retired, and comes back only with a higher version', async (t) => {
    t.match((await call('POST', '/v1/adapters/social-insurance/retire', tokens.admin)).json().message, /\(2\.000720 v1\)/, 'the forms still using it')
    t.equal((await call('POST', '/v1/forms/2.000720/retire', tokens.admin)).statusCode, 200)
    const res = await call('POST', '/v1/adapters/social-insurance/retire', tokens.admin)
    t.match(res.json(), { id: 'social-insurance', version: 3, status: 'retired' })
    t.equal((await call('GET', '/v1/adapters/social-insurance', tokens.admin)).statusCode, 410)
    t.equal((await call('GET', '/v1/adapters/social-insurance?version=3', tokens.admin)).json().version, 3)
    t.equal((await call('POST', '/v1/adapters/social-insurance/test', tokens.admin, { subject })).json().code, 'GW_REGISTRATION_RETIRED', 'nor tested')
    const f = { ...await unemployment(), 'x-procedure': { ...(await unemployment())['x-procedure'], version: 2 } }
    t.match((await call('PUT', '/v1/forms/1.001978', tokens.admin, f)).json().problems, [{ path: '/properties/socialInsuranceNumber/x-prefill/source', message: /no adapter social-insurance/ }], 'nothing new binds a retired source')
    const sameVersion = await call('PUT', '/v1/adapters/social-insurance', tokens.admin, await insurance())
    t.equal(sameVersion.statusCode, 409)
    t.equal(sameVersion.json().code, 'GW_VERSION_RETIRED')
    t.equal((await call('PUT', '/v1/adapters/social-insurance?dryRun=true', tokens.admin, await insurance())).json().code, 'GW_VERSION_RETIRED', 'the dry run says so too')
    t.equal((await call('PUT', '/v1/adapters/social-insurance', tokens.admin, { ...await insurance(), version: 4 })).statusCode, 201)
    t.equal((await call('PUT', '/v1/forms/1.001978', tokens.admin, f)).statusCode, 201)
    const back = (await prefill()).json()
    t.equal(back.version, 2)
    t.equal(back.fields['/socialInsuranceNumber'].status, 'filled', 'in use again')
  })

  t.test('a retired agreement covers nothing from the next request on', async (t) => {
    t.equal((await prefill(hcm)).json().fields['/fullName'].status, 'filled')
    const res = await call('POST', '/v1/agreements/dev-hcm/retire', tokens.admin)
    t.match(res.json(), { id: 'dev-hcm', version: 1, status: 'retired' })
    t.same((await prefill(hcm)).json().fields['/fullName'], { status: 'denied', locked: false, reason: 'NO_AGREEMENT' })
    t.equal((await call('GET', '/v1/agreements/dev-hcm', tokens.auditor)).json().code, 'GW_REGISTRATION_RETIRED')
    t.equal((await call('GET', '/v1/agreements/dev-hcm?version=1', tokens.auditor)).json().client, 'portal-hcm')
    t.equal((await call('POST', '/v1/agreements/dev-hcm/retire', tokens.agencyBCA)).json().code, 'GW_ROLE_FORBIDDEN')
    t.equal((await call('POST', '/v1/agreements/nope/retire', tokens.admin)).json().code, 'GW_AGREEMENT_UNKNOWN')
  })
})

t.test('a retirement through one instance reaches the others, and a retired shipped registration stays retired at start', async (t) => {
  const a = await testGateway(t, { store: 'pg' })
  const b = await testGateway(t, { store: a.store, config: { registryRefreshSeconds: 0.1 } })
  const prefillOn = (app: typeof a.app) => app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(hcm), payload: { procedure: '2.000488', subject } })
  t.equal((await prefillOn(b.app)).statusCode, 200)
  t.equal((await a.app.inject({ method: 'POST', url: '/v1/forms/2.000488/retire', headers: auth(tokens.admin) })).statusCode, 200)
  const code = await until(async () => {
    const res = await prefillOn(b.app)
    return res.statusCode === 410 ? res.json().code : undefined
  }, 'instance B to stop using the retired form', 5000)
  t.equal(code, 'GW_REGISTRATION_RETIRED')
  // The shipped form file is registered at every start: its retired version must neither fail the start nor come back.
  const c = await testGateway(t, { store: a.store })
  t.equal((await prefillOn(c.app)).json().code, 'GW_REGISTRATION_RETIRED')
})
