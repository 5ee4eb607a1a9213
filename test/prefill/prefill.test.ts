import t from 'tap'
import { citizen, citizenId, enterpriseCode, insured } from '../../sandbox/subjects.ts'
import { auth, testGateway, tokens } from '../helpers/infra.ts'
import { enterprise0, representative } from '../helpers/personas.ts'

const householdBusiness = '2.000720'
const prefill = (payload: unknown, token = tokens.portal) => ({ method: 'POST' as const, url: '/v1/prefill', headers: auth(token), payload: payload as object })

t.test('prefill on PostgreSQL with the sandbox sources', async (t) => {
  const { app, store, sandbox, logs } = await testGateway(t, { store: 'pg' })

  t.test('fills the household business form from four sources with provenance and waives the ID copy', async (t) => {
    const res = await app.inject(prefill({ procedure: householdBusiness, subject: { type: 'citizen', id: representative }, purpose: 'Đăng ký hộ kinh doanh' }))
    t.equal(res.statusCode, 200)
    const body = res.json()
    const person = citizen(0)
    const filled = Object.entries<any>(body.fields).filter(([, f]) => f.status === 'filled')
    t.ok(filled.length >= 10, `${filled.length} fields filled`)
    t.ok(new Set(filled.map(([, f]) => f.source.id)).size >= 3, 'from at least 3 sources')
    t.same(body.fields['/owner/fullName'], { status: 'filled', value: person.fullName, source: { id: 'population-citizen', agency: 'BCA' }, retrievedAt: body.fields['/owner/fullName'].retrievedAt, locked: true })
    const [y, m, d] = person.dateOfBirth.split('-')
    t.equal(body.fields['/owner/dateOfBirth'].value, `${d}/${m}/${y}`, 'date transform')
    t.equal(body.fields['/owner/socialInsuranceNumber'].value, insured(0)!.insuranceNumber)
    t.equal(body.fields['/owner/criminalRecordStatus'].source.id, 'judicial-records', 'XML source through the code adapter')
    t.equal(body.fields['/owner/enterprisesRepresented'].value[0].enterpriseCode, enterprise0, 'the same persona across sources')
    t.ok(body.fields['/owner/permanentAddress'].value.endsWith(person.permanentAddress.provinceName))
    t.ok(Number.isFinite(Date.parse(body.fields['/owner/fullName'].retrievedAt)))
    t.same(body.documents.find((d: any) => d.code === 'GIAY-TO-PHAP-LY-CA-NHAN').status, 'waived')
    t.same(body.documents.find((d: any) => d.code === 'GIAY-DE-NGHI').status, 'required')
    t.equal(body.subject.masked, `${representative.slice(0, 3)}*******${representative.slice(-2)}`)
    t.notOk(JSON.stringify(body.subject).includes(representative), 'the answer does not echo the id')
    t.equal(body.sources.length, 4, 'only the sources the form binds are contacted')

    const { rows } = await store.query<any>('SELECT * FROM audit_log WHERE seq = $1', [body.audit.entry])
    t.equal(rows[0].request_id, body.requestId)
    t.equal(rows[0].client_id, 'portal-dvc')
    t.equal(rows[0].procedure, householdBusiness)
    t.equal(rows[0].purpose, 'Đăng ký hộ kinh doanh')
    t.ok(rows[0].fields.includes('/owner/fullName'))
    t.notOk(JSON.stringify(rows[0]).includes(representative), 'the audit row holds no plain subject id')
    t.match(rows[0].subject_hmac, /^[A-Za-z0-9_-]{43}$/)
  })

  t.test('an enterprise form for a dependent unit (branch) code', async (t) => {
    const res = await app.inject(prefill({ procedure: '2.002051', subject: { type: 'enterprise', id: `${enterprise0}-001` } }))
    t.equal(res.statusCode, 200)
    const body = res.json()
    t.match(body.fields['/name'].value, /^CHI NHÁNH /)
    t.equal(body.fields['/headOfficeProvince'].status, 'filled', 'code-list lookup')
    t.equal(body.fields['/mainBusinessLine'].status, 'filled', 'pick from an array')
    t.equal(body.documents.find((d: any) => d.code === 'GCN-DKDN').status, 'waived')
  })

  t.test('a subject no source knows gets not_found fields and required documents', async (t) => {
    const stranger = '001099999999' // valid structure; serial 999999 is beyond the sandbox's 100,000 citizens
    const res = await app.inject(prefill({ procedure: '1.004194', subject: { type: 'citizen', id: stranger } }))
    t.equal(res.statusCode, 200)
    const body = res.json()
    t.equal(body.fields['/fullName'].status, 'not_found')
    t.equal(body.fields['/fullName'].reason, 'SUBJECT_NOT_FOUND')
    t.equal(body.documents.find((d: any) => d.code === 'GIAY-TO-TUY-THAN').status, 'required')
  })

  t.test('bad input gets a 4xx with a stable code', async (t) => {
    const cases: Array<[string, unknown, number, string, string?]> = [
      ['12 digits expected', { procedure: householdBusiness, subject: { type: 'citizen', id: '12345' } }, 400, 'GW_SUBJECT_ID_INVALID'],
      ['unknown province code', { procedure: householdBusiness, subject: { type: 'citizen', id: '003188000000' } }, 400, 'GW_SUBJECT_ID_INVALID'],
      ['birth year in the future', { procedure: householdBusiness, subject: { type: 'citizen', id: '001299000000' } }, 400, 'GW_SUBJECT_ID_INVALID'],
      ['bad enterprise code', { procedure: '2.002051', subject: { type: 'enterprise', id: '01000-0000' } }, 400, 'GW_SUBJECT_ID_INVALID'],
      ['enterprise for a citizen form', { procedure: householdBusiness, subject: { type: 'enterprise', id: enterprise0 } }, 400, 'GW_SUBJECT_TYPE_MISMATCH'],
      ['unknown procedure', { procedure: '9.999999', subject: { type: 'citizen', id: representative } }, 404, 'GW_PROCEDURE_UNKNOWN'],
      ['unknown version', { procedure: householdBusiness, version: 7, subject: { type: 'citizen', id: representative } }, 404, 'GW_FORM_VERSION_UNKNOWN'],
      ['unknown property', { procedure: householdBusiness, subject: { type: 'citizen', id: representative }, extra: 1 }, 400, 'GW_VALIDATION_FAILED'],
      ['procedure code shape', { procedure: 'x', subject: { type: 'citizen', id: representative } }, 400, 'GW_VALIDATION_FAILED'],
      ['deadline too short', { procedure: householdBusiness, subject: { type: 'citizen', id: representative }, deadlineMs: 1 }, 400, 'GW_VALIDATION_FAILED'],
      ['no subject', { procedure: householdBusiness }, 400, 'GW_VALIDATION_FAILED'],
      ['an agency may not prefill', { procedure: householdBusiness, subject: { type: 'citizen', id: representative } }, 403, 'GW_ROLE_FORBIDDEN', tokens.agencyBCA],
      ['unknown token', { procedure: householdBusiness, subject: { type: 'citizen', id: representative } }, 401, 'GW_AUTH_INVALID', 'not-a-known-token']
    ]
    for (const [name, payload, status, code, token] of cases) {
      const res = await app.inject(prefill(payload, token))
      t.equal(res.statusCode, status, name)
      t.equal(res.json().code, code, name)
      t.equal(res.json().requestId, res.headers['x-request-id'], `${name}: request id`)
    }
    const bare = await app.inject({ method: 'POST', url: '/v1/prefill', payload: {} })
    t.equal(bare.json().code, 'GW_AUTH_MISSING')
    const notJson = await app.inject({ method: 'POST', url: '/v1/prefill', headers: { ...auth(tokens.portal), 'content-type': 'application/json' }, payload: '{"procedure":' })
    t.equal(notJson.statusCode, 400)
    t.equal(notJson.json().code, 'GW_BODY_INVALID_JSON')
    const problems = (await app.inject(prefill({ procedure: 'x', subject: { type: 'robot' }, extra: 1 }))).json().problems
    t.ok(problems.length >= 3, 'every validation problem is listed at once')
  })

  t.test('a source that is down marks only its own fields, with a reason', async (t) => {
    sandbox.sources.insurance.faults = { down: true }
    t.teardown(() => { sandbox.sources.insurance.faults = {} })
    const body = (await app.inject(prefill({ procedure: householdBusiness, subject: { type: 'citizen', id: representative } }))).json()
    t.equal(body.fields['/owner/socialInsuranceNumber'].status, 'unavailable')
    t.equal(body.fields['/owner/socialInsuranceNumber'].reason, 'SOURCE_UNAVAILABLE')
    t.equal(body.fields['/owner/socialInsuranceNumber'].locked, false)
    t.equal(body.fields['/owner/fullName'].status, 'filled')
    t.equal(body.fields['/owner/criminalRecordStatus'].status, 'filled')
    t.same(body.sources.find((s: any) => s.id === 'social-insurance'), { id: 'social-insurance', agency: 'BHXH', outcome: 'unavailable', reason: 'SOURCE_UNAVAILABLE', ms: body.sources.find((s: any) => s.id === 'social-insurance').ms })
  })

  t.test('a source slower than the deadline: the answer still comes in time, that source handed to a worker', async (t) => {
    sandbox.sources.judicial.faults = { latencyMs: 5000 }
    t.teardown(() => { sandbox.sources.judicial.faults = {} })
    const started = Date.now()
    const body = (await app.inject(prefill({ procedure: householdBusiness, subject: { type: 'citizen', id: representative }, deadlineMs: 600 }))).json()
    const took = Date.now() - started
    t.ok(took < 1000, `answered in ${took} ms`)
    t.equal(body.status, 'pending')
    t.match(body.fields['/owner/criminalRecordStatus'], { status: 'pending', reason: 'SOURCE_PENDING' })
    t.equal(body.fields['/owner/fullName'].status, 'filled')
  })

  t.test('garbage and schema-violating records are rejected whole', async (t) => {
    sandbox.sources.population.faults = { malformed: true }
    sandbox.sources.insurance.faults = { invalidRecord: true }
    sandbox.sources.judicial.faults = { malformed: true }
    t.teardown(() => { for (const s of Object.values(sandbox.sources)) s.faults = {} })
    const body = (await app.inject(prefill({ procedure: householdBusiness, subject: { type: 'citizen', id: representative } }))).json()
    t.equal(body.fields['/owner/fullName'].reason, 'SOURCE_BAD_RESPONSE')
    t.equal(body.fields['/owner/socialInsuranceNumber'].reason, 'RECORD_INVALID')
    t.equal(body.fields['/owner/criminalRecordStatus'].reason, 'SOURCE_BAD_RESPONSE', 'bad XML')
    t.equal(body.fields['/owner/enterprisesRepresented'].status, 'filled')
    t.equal(body.documents.find((d: any) => d.code === 'GIAY-TO-PHAP-LY-CA-NHAN').status, 'required', 'no waiver without valid evidence')
  })

  t.test('a source answering another subject\'s record releases nothing of it, and the audit entry says why', async (t) => {
    const other = citizen(5)
    sandbox.sources.population.faults = { answerFor: other.personalId }
    t.teardown(() => { sandbox.sources.population.faults = {} })
    const body = (await app.inject(prefill({ procedure: householdBusiness, subject: { type: 'citizen', id: representative } }))).json()
    t.same(body.fields['/owner/fullName'], { status: 'unavailable', locked: false, reason: 'SOURCE_WRONG_SUBJECT' })
    t.notOk(JSON.stringify(body).includes(other.fullName), 'no value of the other citizen\'s record is released')
    t.equal(body.documents.find((d: any) => d.code === 'GIAY-TO-PHAP-LY-CA-NHAN').status, 'required', 'nor does it waive a document')
    t.equal(body.fields['/owner/socialInsuranceNumber'].status, 'filled', 'the other sources still fill their fields')
    const { rows } = await store.query<any>('SELECT sources, fields FROM audit_log WHERE seq = $1', [body.audit.entry])
    t.same(rows[0].sources.find((s: any) => s.id === 'population-citizen'), { id: 'population-citizen', agency: 'BCA', outcome: 'unavailable', reason: 'SOURCE_WRONG_SUBJECT' })
    t.notOk(rows[0].fields.includes('/owner/fullName'))
  })

  t.test('a dependent unit answered with its head office\'s record is another subject', async (t) => {
    const headOffice = enterpriseCode(10) // every tenth enterprise has a branch -001
    sandbox.sources.enterprise.faults = { answerFor: headOffice }
    t.teardown(() => { sandbox.sources.enterprise.faults = {} })
    const body = (await app.inject(prefill({ procedure: '2.002051', subject: { type: 'enterprise', id: `${headOffice}-001` } }))).json()
    t.match(body.fields['/name'], { status: 'unavailable', reason: 'SOURCE_WRONG_SUBJECT' })
    t.equal(body.documents.find((d: any) => d.code === 'GCN-DKDN').status, 'required')
  })

  t.test('a source answering 500 is unavailable with SOURCE_ERROR, after two retries', async (t) => {
    sandbox.sources.population.faults = { errorRate: 1 }
    t.teardown(() => { sandbox.sources.population.faults = {} })
    const before = sandbox.sources.population.requests
    const body = (await app.inject(prefill({ procedure: '1.004194', subject: { type: 'citizen', id: citizenId(3) } }))).json()
    t.equal(body.fields['/fullName'].reason, 'SOURCE_ERROR')
    t.equal(sandbox.sources.population.requests - before, 3, 'a GET is idempotent: tried three times')
  })

  t.test('a source restarting (503 twice) is retried with backoff and fills its fields', async (t) => {
    sandbox.sources.population.faults = { failNext: 2 }
    t.teardown(() => { sandbox.sources.population.faults = {} })
    const before = sandbox.sources.population.requests
    const body = (await app.inject(prefill({ procedure: '1.004194', subject: { type: 'citizen', id: citizenId(3) } }))).json()
    t.equal(body.fields['/fullName'].status, 'filled')
    t.equal(sandbox.sources.population.requests - before, 3)
  })

  t.test('no retry where the deadline leaves no room, nor for a refusal', async (t) => {
    sandbox.sources.population.faults = { errorRate: 1, latencyMs: 150 }
    t.teardown(() => { sandbox.sources.population.faults = {} })
    let before = sandbox.sources.population.requests
    await app.inject(prefill({ procedure: '1.004194', subject: { type: 'citizen', id: citizenId(3) }, deadlineMs: 260 }))
    t.equal(sandbox.sources.population.requests - before, 1, 'a retry would not have finished by the deadline')
    sandbox.sources.population.faults = {}
    before = sandbox.sources.population.requests
    const body = (await app.inject(prefill({ procedure: '1.004194', subject: { type: 'citizen', id: '001099999999' } }))).json()
    t.equal(body.fields['/fullName'].status, 'not_found')
    t.equal(sandbox.sources.population.requests - before, 1, 'a 404 is an answer, not a failure')
  })

  t.test('a prefill planned for one client is not run for another: what it may receive was judged for the first', async (t) => {
    const [portal, other] = app.clients.list().filter((c) => c.roles.includes('portal'))
    const plan = app.prefill.plan({ procedure: householdBusiness, subject: { type: 'citizen', id: representative } }, portal)
    await t.rejects(app.prefill.prefill(plan, { requestId: 'r-1', traceId: 't-1' }, other), /planned for client/)
  })

  t.test('a plan is stale once a registration changes: the handler does not run what its admission judged before', async (t) => {
    const portal = app.clients.byToken(tokens.portal)!
    const plan = app.prefill.plan({ procedure: householdBusiness, subject: { type: 'citizen', id: representative } }, portal)
    t.ok(app.prefill.isCurrent(plan))
    const agreement = app.agreements.list().find((a) => a.client === portal.id)!
    const res = await app.inject({ method: 'PUT', url: `/v1/agreements/${agreement.id}`, headers: auth(tokens.admin), payload: { ...agreement, version: agreement.version + 1 } })
    t.equal(res.statusCode, 201)
    t.notOk(app.prefill.isCurrent(plan), 'a new agreement version')
  })

  t.test('no subject id reaches the logs', async (t) => {
    t.ok(logs.length > 0)
    t.notOk(logs.some((line) => line.includes(representative)), 'the representative\'s id is never logged')
  })
})

t.test('no data leaves without a durable audit record: store down means 503', async (t) => {
  const { testStore } = await import('../helpers/infra.ts')
  const store = await testStore(t, 'pg')
  const { app, sandbox } = await testGateway(t, { store })
  const ok = await app.inject(prefill({ procedure: householdBusiness, subject: { type: 'citizen', id: representative } }))
  t.equal(ok.statusCode, 200)
  await store.close()
  const before = sandbox.sources.population.requests
  const res = await app.inject(prefill({ procedure: householdBusiness, subject: { type: 'citizen', id: representative } }))
  t.equal(res.statusCode, 503)
  t.equal(res.json().code, 'GW_AUDIT_UNAVAILABLE')
  t.notOk(res.body.includes(citizen(0).fullName), 'no value in the answer')
  t.equal(sandbox.sources.population.requests, before + 1, 'the source was asked, but nothing was released')
})
