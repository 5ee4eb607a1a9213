import { once } from 'node:events'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import t from 'tap'
import { digestOf } from '../../src/registry/versions.ts'
import { citizenId } from '../../sandbox/subjects.ts'
import { auth, testGateway, tokens, until } from '../helpers/infra.ts'
import { representative } from '../helpers/personas.ts'

const manifest = async () => JSON.parse(await readFile('adapters/social-insurance/manifest.json', 'utf8'))
const form = async () => JSON.parse(await readFile('schemas/forms/unemployment-benefit.json', 'utf8'))
const put = (url: string, payload: unknown, token: string) => ({ method: 'PUT' as const, url, headers: auth(token), payload: payload as object })

t.test('registrations on PGlite', async (t) => {
  const { app, store, sandbox } = await testGateway(t, { store: 'pglite' })
  const count = async (table: string) => Number((await store.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0].n)

  t.test('the shipped adapters and forms are registered at start', async (t) => {
    const adapters = (await app.inject({ method: 'GET', url: '/v1/adapters', headers: auth(tokens.admin) })).json()
    t.same(adapters.map((a: any) => a.id).sort(), ['enterprise-registry', 'enterprise-representatives', 'judicial-record-certificates', 'judicial-records', 'population-citizen', 'social-insurance'])
    const forms = (await app.inject({ method: 'GET', url: '/v1/forms', headers: auth(tokens.portal) })).json()
    t.equal(forms.length, 6)
    // Regression: the response serializer once dropped members the meta-schemas do not name (record schemas, transform args).
    const population = JSON.parse(await readFile('adapters/population-citizen/manifest.json', 'utf8'))
    t.has((await app.inject({ method: 'GET', url: '/v1/adapters/population-citizen', headers: auth(tokens.admin) })).json(), population, 'a manifest reads back whole')
    const lawyer = JSON.parse(await readFile('schemas/forms/lawyer-practising-certificate.json', 'utf8'))
    t.has((await app.inject({ method: 'GET', url: '/v1/forms/1.008624', headers: auth(tokens.admin) })).json(), lawyer, 'a form reads back whole')
  })

  t.test('an invalid manifest gets 422 with every problem and changes nothing', async (t) => {
    const bad = await manifest()
    bad.agency = 'BHXH'
    bad.version = 3
    bad.transport.url = 'ftp://example.org/{subject.id}'
    bad.recordSchema.properties.insuranceNumber = { type: 'strin' }
    bad.classification['/nowhere'] = 'personal'
    bad.response.validUntil = '/missing'
    bad.unexpected = true
    const before = await count('adapters')
    const res = await app.inject(put('/v1/adapters/social-insurance', bad, tokens.admin))
    t.equal(res.statusCode, 422)
    t.equal(res.json().code, 'GW_REGISTRATION_INVALID')
    t.match(res.json().problems, [{ path: '', message: 'unknown property unexpected' }], 'shape problems first')
    delete bad.unexpected
    const res2 = await app.inject(put('/v1/adapters/social-insurance', bad, tokens.admin))
    const paths = res2.json().problems.map((p: any) => p.path).sort()
    t.same(paths, ['/classification/nowhere', '/recordSchema', '/response/validUntil', '/transport/url'], 'every semantic problem at once')
    t.equal(await count('adapters'), before, 'nothing stored')
    const current = (await app.inject({ method: 'GET', url: '/v1/adapters/social-insurance', headers: auth(tokens.admin) })).json()
    t.equal(current.version, (await manifest()).version, 'the previous version keeps serving')
    const prefill = await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '1.001978', subject: { type: 'citizen', id: representative } } })
    t.equal(prefill.json().fields['/socialInsuranceNumber'].status, 'filled')
  })

  t.test('an adapter of an agency the tree does not know is refused at /agency, since citizens would see that name', async (t) => {
    const stray = { ...(await manifest()), id: 'stray-agency', version: 1, agency: 'NO-SUCH-AGENCY' }
    const res = await app.inject(put('/v1/adapters/stray-agency', stray, tokens.admin))
    t.equal(res.statusCode, 422)
    t.equal(res.json().code, 'GW_REGISTRATION_INVALID')
    t.match(res.json().problems, [{ path: '/agency', message: /NO-SUCH-AGENCY/ }])
    t.equal((await app.inject({ method: 'GET', url: '/v1/adapters/stray-agency', headers: auth(tokens.admin) })).json().code, 'GW_ADAPTER_UNKNOWN', 'nothing stored')
  })

  t.test('a live source whose request never carries the subject is refused at /transport/url, since every subject would get the same record', async (t) => {
    // Without the documents the shipped adapter stands for, so that forms do not start to list them.
    const m = { ...(await manifest()), id: 'subjectless', version: 1, documents: [] }
    const base = m.transport.url.replace('{subject.id}', '') // the insurance sandbox's /insured/
    const refused: Array<[string, object, RegExp]> = [
      ['no subject at all', { kind: 'http', url: base, timeoutMs: 500 }, /never carries the subject: put \{subject\.id\} in the URL's path or query or a header/],
      ['the subject only in a fragment, which is never sent', { kind: 'http', url: `${base}#{subject.id}`, timeoutMs: 500 }, /may appear only in the URL's path or query/],
      ['the subject choosing the host', { kind: 'http', url: 'http://{subject.id}.sources.example/insured', timeoutMs: 500 }, /may appear only in the URL's path or query/],
      ['a code adapter, handed only the URL', { kind: 'code', module: 'judicial-records-xml', url: base, headers: { 'x-subject-id': '{subject.id}' }, timeoutMs: 500 }, /never carries the subject: put \{subject\.id\} in the URL's path or query, or/]
    ]
    for (const [name, transport, message] of refused) {
      const res = await app.inject(put('/v1/adapters/subjectless', { ...m, transport }, tokens.admin))
      t.equal(res.json().code, 'GW_REGISTRATION_INVALID', name)
      t.match(res.json().problems, [{ path: '/transport/url', message }], name)
    }
    t.equal((await app.inject({ method: 'GET', url: '/v1/adapters/subjectless', headers: auth(tokens.admin) })).json().code, 'GW_ADAPTER_UNKNOWN', 'nothing stored')
    const inQuery = await app.inject(put('/v1/adapters/insured-by-query', { ...m, id: 'insured-by-query', transport: { kind: 'http', url: `${base}?id={subject.id}`, timeoutMs: 500 } }, tokens.admin))
    t.equal(inQuery.statusCode, 201, 'the subject in the query is carried')
  })

  t.test('a subject carried in a header reaches the source, and a record stating it spaced out is about that subject', async (t) => {
    const source = createServer((req, res) => {
      const id = String(req.headers['x-subject-id'])
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ personalId: `${id.slice(0, 3)} ${id.slice(3)}`, name: 'An' }))
    }).listen(0, '127.0.0.1')
    t.teardown(() => { source.closeAllConnections(); source.close() })
    await once(source, 'listening')
    const m = {
      ...(await manifest()),
      id: 'insured-by-header',
      version: 1,
      documents: [],
      transport: { kind: 'http', url: `http://127.0.0.1:${(source.address() as AddressInfo).port}/insured`, headers: { 'x-subject-id': '{subject.id}' }, timeoutMs: 1000 },
      response: { record: '', subject: '/personalId' },
      classification: {},
      recordSchema: { type: 'object', properties: { personalId: { type: 'string' }, name: { type: 'string' } } }
    }
    t.equal((await app.inject(put('/v1/adapters/insured-by-header', m, tokens.admin))).statusCode, 201)
    const tested = (await app.inject({ method: 'POST', url: '/v1/adapters/insured-by-header/test', headers: auth(tokens.admin), payload: { subject: { type: 'citizen', id: representative } } })).json()
    t.same([tested.outcome, tested.problems], ['found', []], 'the header carried the id itself, and the record states it')
  })

  t.test('response.subject names a string of the record schema, and only for a live source', async (t) => {
    const m = await manifest()
    const cases: Array<[string, RegExp]> = [['/nowhere', /\/nowhere does not exist in the record schema/], ['/totalContributionMonths', /must be a string in the record schema/]]
    for (const [pointer, message] of cases) {
      const res = await app.inject(put('/v1/adapters/social-insurance', { ...m, version: m.version + 20, response: { ...m.response, subject: pointer } }, tokens.admin))
      t.match(res.json(), { code: 'GW_REGISTRATION_INVALID', problems: [{ path: '/response/subject', message }] }, pointer)
    }
    const certificates = JSON.parse(await readFile('adapters/judicial-record-certificates/manifest.json', 'utf8'))
    const recordType = await app.inject(put('/v1/adapters/judicial-record-certificates', { ...certificates, version: certificates.version + 20, response: { record: '', subject: '/fullName' } }, tokens.admin))
    t.match(recordType.json(), { code: 'GW_REGISTRATION_INVALID', problems: [{ path: '/response/subject', message: /for live sources/ }] })
  })

  t.test('versions: created, unchanged, conflict, stale; old versions stay readable', async (t) => {
    const m = await manifest()
    t.equal((await app.inject(put('/v1/adapters/social-insurance', m, tokens.admin))).statusCode, 200, 'same version, same content: unchanged')
    const next = { ...m, version: m.version + 1, title: 'Bảo hiểm xã hội (next)' }
    t.equal((await app.inject(put('/v1/adapters/social-insurance', next, tokens.admin))).statusCode, 201)
    const conflict = await app.inject(put('/v1/adapters/social-insurance', { ...next, title: 'other' }, tokens.admin))
    t.equal(conflict.json().code, 'GW_VERSION_CONFLICT')
    t.equal((await app.inject(put('/v1/adapters/social-insurance', { ...m, version: m.version + 3, title: 'Bảo hiểm xã hội (skipping one)' }, tokens.admin))).statusCode, 201, 'versions need not be contiguous')
    const stale = await app.inject(put('/v1/adapters/social-insurance', { ...m, version: m.version + 2 }, tokens.admin))
    t.equal(stale.json().code, 'GW_VERSION_STALE')
    t.equal((await app.inject({ method: 'GET', url: '/v1/adapters/social-insurance', headers: auth(tokens.admin) })).json().title, 'Bảo hiểm xã hội (skipping one)')
    t.equal((await app.inject({ method: 'GET', url: `/v1/adapters/social-insurance?version=${m.version}`, headers: auth(tokens.admin) })).json().version, m.version)
    t.equal((await app.inject({ method: 'GET', url: `/v1/adapters/social-insurance?version=${m.version + 9}`, headers: auth(tokens.admin) })).json().code, 'GW_ADAPTER_UNKNOWN')
  })

  t.test('an agency manages only its own adapters', async (t) => {
    const m = { ...(await manifest()), version: 6 }
    const res = await app.inject(put('/v1/adapters/social-insurance', m, tokens.agencyBCA))
    t.equal(res.statusCode, 403)
    t.equal(res.json().code, 'GW_AGENCY_FORBIDDEN')
    const takeover = await app.inject(put('/v1/adapters/social-insurance', { ...m, agency: 'BCA' }, tokens.agencyBCA))
    t.equal(takeover.json().code, 'GW_AGENCY_FORBIDDEN', 'nor take over another agency\'s adapter id')
    const test = await app.inject({ method: 'POST', url: '/v1/adapters/social-insurance/test', headers: auth(tokens.agencyBCA), payload: { subject: { type: 'citizen', id: representative } } })
    t.equal(test.json().code, 'GW_AGENCY_FORBIDDEN')
    const portal = await app.inject(put('/v1/adapters/social-insurance', m, tokens.portal))
    t.equal(portal.json().code, 'GW_ROLE_FORBIDDEN')
    const mismatch = await app.inject(put('/v1/adapters/other-id', m, tokens.admin))
    t.equal(mismatch.json().code, 'GW_ID_MISMATCH')
  })

  t.test('a new adapter version that would break a registered form is refused', async (t) => {
    const m = { ...(await manifest()), version: 7 }
    m.recordSchema.properties.unemploymentInsuranceMonths = { type: 'string' }
    const res = await app.inject(put('/v1/adapters/social-insurance', m, tokens.admin))
    t.equal(res.statusCode, 422)
    t.match(res.json().problems[0].message, /form 1\.001978 v1 would break: .*unemploymentInsuranceMonths/)
  })

  t.test('an invalid form gets 422 with every binding problem and changes nothing', async (t) => {
    const f = await form()
    f['x-procedure'].version = 2
    f.properties.fullName['x-prefill'].source = 'no-such-source'
    f.properties.dateOfBirth['x-prefill'].pointer = '/birthday'
    f.properties.lastEmployerName['x-prefill'].transform = { name: 'to-string' }
    f.properties.unemploymentInsuranceMonths.type = 'boolean'
    f.properties.sex['x-prefill'].transform = { name: 'eval', args: { code: 'process.exit()' } }
    f.properties.nationality['x-prefill'].transform = { name: 'lookup', args: { list: 'planets' } }
    f['x-documents'][2].waivedBy.push('enterprise-registry')
    const before = await count('forms')
    const res = await app.inject(put('/v1/forms/1.001978', f, tokens.admin))
    t.equal(res.statusCode, 422)
    const problems = res.json().problems
    t.ok(problems.length >= 1, 'the unknown transform name is a shape problem')
    f.properties.sex['x-prefill'].transform = undefined
    delete f.properties.sex['x-prefill'].transform
    const res2 = await app.inject(put('/v1/forms/1.001978', f, tokens.admin))
    const messages = res2.json().problems.map((p: any) => `${p.path} ${p.message}`).join('\n')
    t.match(messages, /fullName\/x-prefill\/source no adapter no-such-source/)
    t.match(messages, /dateOfBirth\/x-prefill\/pointer \/birthday does not exist/)
    t.match(messages, /lastEmployerName\/x-prefill\/transform transform to-string takes number or integer or boolean, not string/)
    t.match(messages, /unemploymentInsuranceMonths\/x-prefill .*gives integer, the field is boolean/)
    t.match(messages, /nationality\/x-prefill\/transform args.list must be one of/)
    t.match(messages, /x-documents\/2\/waivedBy\/1 enterprise-registry answers for a enterprise/)
    t.equal(await count('forms'), before, 'nothing stored')
    t.equal((await app.inject({ method: 'GET', url: '/v1/forms/1.001978', headers: auth(tokens.admin) })).json()['x-procedure'].version, 1)
  })

  t.test('a valid new form version becomes current; the old stays readable', async (t) => {
    const f = await form()
    f['x-procedure'].version = 2
    f.properties.fullName['x-prefill'].transform = { name: 'case', args: { to: 'upper' } }
    const res = await app.inject(put('/v1/forms/1.001978', f, tokens.admin))
    t.equal(res.statusCode, 201)
    t.same(res.json(), { id: '1.001978', version: 2, status: 'created', warnings: [] })
    const body = (await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '1.001978', subject: { type: 'citizen', id: representative } } })).json()
    t.equal(body.version, 2)
    t.equal(body.fields['/fullName'].value, body.fields['/fullName'].value.toLocaleUpperCase('vi'))
    const old = (await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '1.001978', version: 1, subject: { type: 'citizen', id: representative } } })).json()
    t.equal(old.version, 1)
    t.not(old.fields['/fullName'].value, body.fields['/fullName'].value)
    t.equal((await app.inject(put('/v1/forms/1.001978', f, tokens.agencyBCA))).json().code, 'GW_ROLE_FORBIDDEN')
    t.equal((await app.inject(put('/v1/forms/2.000720', f, tokens.admin))).json().code, 'GW_ID_MISMATCH')
  })

  t.test('the conformance test reports a good source and a broken one', async (t) => {
    const good = (await app.inject({ method: 'POST', url: '/v1/adapters/population-citizen/test', headers: auth(tokens.agencyBCA), payload: { subject: { type: 'citizen', id: representative } } })).json()
    t.equal(good.outcome, 'found')
    t.same(good.problems, [])
    t.ok(good.fieldsPresent.includes('/fullName'))
    t.notOk(JSON.stringify(good).includes(representative), 'no values in the report')
    sandbox.sources.population.faults = { invalidRecord: true }
    t.teardown(() => { sandbox.sources.population.faults = {} })
    const broken = (await app.inject({ method: 'POST', url: '/v1/adapters/population-citizen/test', headers: auth(tokens.agencyBCA), payload: { subject: { type: 'citizen', id: representative } } })).json()
    t.equal(broken.outcome, 'unavailable')
    t.equal(broken.reason, 'RECORD_INVALID')
    t.same(broken.problems, [{ path: '/personalId', message: 'must be string' }], 'the report names the path that departs from the schema')
    sandbox.sources.population.faults = { answerFor: citizenId(5) }
    const mixedUp = (await app.inject({ method: 'POST', url: '/v1/adapters/population-citizen/test', headers: auth(tokens.agencyBCA), payload: { subject: { type: 'citizen', id: representative } } })).json()
    t.same([mixedUp.outcome, mixedUp.reason, mixedUp.problems], ['unavailable', 'SOURCE_WRONG_SUBJECT', [{ path: '/personalId', message: 'the record is about another subject than the one asked for' }]], 'a record about another subject is reported')
    t.notOk(JSON.stringify(mixedUp).includes(citizenId(5)), 'without the id it states')
    const wrongSubject = await app.inject({ method: 'POST', url: '/v1/adapters/population-citizen/test', headers: auth(tokens.agencyBCA), payload: { subject: { type: 'enterprise', id: '0100000000' } } })
    t.equal(wrongSubject.json().code, 'GW_SUBJECT_ID_INVALID')
  })

  t.test('registrations and request bodies are taken as typed: a string is not a number', async (t) => {
    const m = await manifest()
    const cases: Array<[string, object, string]> = [
      ['version "9"', { ...m, version: '9' }, '/version'],
      ['timeoutMs "1500"', { ...m, version: 9, transport: { ...m.transport, timeoutMs: '1500' } }, '/transport/timeoutMs'],
      ['notFound 404', { ...m, version: 9, response: { ...m.response, notFound: 404 } }, '/response/notFound']
    ]
    for (const [name, body, path] of cases) {
      const res = await app.inject(put('/v1/adapters/social-insurance', body, tokens.admin))
      t.equal(res.json().code, 'GW_REGISTRATION_INVALID', name)
      t.ok(res.json().problems.some((p: any) => p.path === path), `${name}: at ${path}`)
    }
    const deadline = await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '1.001978', subject: { type: 'citizen', id: representative }, deadlineMs: '500' } })
    t.same([deadline.statusCode, deadline.json().problems], [400, [{ path: 'body/deadlineMs', message: 'must be integer' }]])
    const limit = await app.inject({ method: 'GET', url: '/v1/audit?limit=5', headers: auth(tokens.auditor) })
    t.equal(limit.json().entries.length, 5, 'a query string is text, read as its schema\'s types')
  })

  t.test('registering the same thing again, or what GET returned, is 200 unchanged', async (t) => {
    const f = await form()
    f['x-procedure'].version = 7
    f.$id = 'https://dichvucong.gov.vn/forms/1.001978'
    f.properties.fullName.$id = 'https://dichvucong.gov.vn/forms/1.001978/fullName'
    t.equal((await app.inject(put('/v1/forms/1.001978', f, tokens.admin))).statusCode, 201, 'a form with $id')
    t.same((await app.inject(put('/v1/forms/1.001978', f, tokens.admin))).json(), { id: '1.001978', version: 7, status: 'unchanged', warnings: [] }, 'and again')
    const got = (await app.inject({ method: 'GET', url: '/v1/forms/1.001978', headers: auth(tokens.admin) })).json()
    t.equal(got.properties.fullName['x-prefill'].onConflict, 'precedence', 'GET shows the defaults')
    t.equal((await app.inject(put('/v1/forms/1.001978', got, tokens.admin))).json().status, 'unchanged', 'a form read back')
    t.equal((await app.inject(put('/v1/forms/1.001978', { ...f, 'x-procedure': { ...f['x-procedure'], version: 8 } }, tokens.admin))).statusCode, 201, 'a new version keeping its $id')
    const m = await manifest()
    const gotManifest = (await app.inject({ method: 'GET', url: '/v1/adapters/social-insurance', headers: auth(tokens.admin) })).json()
    t.same(gotManifest.response.notFound, [404], 'GET shows the defaults')
    t.equal((await app.inject(put('/v1/adapters/social-insurance', { ...gotManifest }, tokens.admin))).json().status, 'unchanged', 'a manifest read back')
    t.equal(gotManifest.version === m.version ? (await app.inject(put('/v1/adapters/social-insurance', m, tokens.admin))).json().status : 'unchanged', 'unchanged', 'the file as shipped')
    // A version stored before defaults were filled in (as sent) is still the same content.
    const shipped = await form()
    await store.query('UPDATE forms SET body = $1, digest = $2 WHERE id = $3 AND version = 1', [JSON.stringify(shipped), digestOf(shipped), '1.001978'])
    t.equal((await app.inject(put('/v1/forms/1.001978', shipped, tokens.admin))).json().status, 'unchanged', 'a version stored without defaults')
  })

  t.test('a waiver\'s evidence names a source of waivedBy and a pointer its record has', async (t) => {
    const f = await form()
    f['x-procedure'].version = 20
    const i = f['x-documents'].findIndex((d: any) => d.waivedBy.length > 0)
    const source = f['x-documents'][i].waivedBy[0]
    f['x-documents'][i].evidence = { [source]: '/nowhere', 'judicial-records': '/x' }
    const res = await app.inject(put('/v1/forms/1.001978', f, tokens.admin))
    t.equal(res.json().code, 'GW_REGISTRATION_INVALID')
    t.same(res.json().problems.map((p: any) => p.path).sort(), [`/x-documents/${i}/evidence/${source}`, `/x-documents/${i}/evidence/judicial-records`].sort())
  })

  t.test('a record member named constructor is data', async (t) => {
    const m = JSON.parse(await readFile('adapters/judicial-record-certificates/manifest.json', 'utf8'))
    m.version += 1
    m.recordSchema.properties.constructor = { type: 'string' }
    m.recordSchema.properties.toString = { type: 'string' }
    t.equal((await app.inject(put('/v1/adapters/judicial-record-certificates', m, tokens.admin))).statusCode, 201)
    const record = (data: object) => ({ type: 'judicial-record-certificates', subject: { type: 'citizen', id: representative }, data: { certificateNumber: '1/2026', certificateType: 'Phiếu số 1', fullName: 'Trần Minh Yến', criminalRecordStatus: 'Không có án tích', ...data }, issuedBy: 'HNI-STP', issuedAt: new Date().toISOString(), procedure: '2.000488' })
    const without = await app.inject({ method: 'POST', url: '/v1/records', headers: auth('dev-agency-hni-token'), payload: record({}) })
    t.equal(without.statusCode, 201, 'a record without the member is valid')
    const withIt = await app.inject({ method: 'POST', url: '/v1/records', headers: auth('dev-agency-hni-token'), payload: record({ constructor: 'Có', toString: 'x' }) })
    t.equal(withIt.statusCode, 201, 'and with it')
    const wrong = await app.inject({ method: 'POST', url: '/v1/records', headers: auth('dev-agency-hni-token'), payload: record({ constructor: 1 }) })
    t.equal(wrong.json().code, 'GW_RECORD_INVALID', 'and it is checked like any member')
  })

  t.test('registrations are audited', async (t) => {
    const { rows } = await store.query<{ action: string }>("SELECT action FROM audit_log WHERE action IN ('adapter.register', 'form.register', 'adapter.test')")
    t.ok(rows.some((r) => r.action === 'adapter.register'))
    t.ok(rows.some((r) => r.action === 'form.register'))
    t.ok(rows.some((r) => r.action === 'adapter.test'))
  })
})

t.test('a registration through one instance reaches the others sharing the store', async (t) => {
  const a = await testGateway(t, { store: 'pg' })
  const b = await testGateway(t, { store: a.store, config: { registryRefreshSeconds: 0.1 } })
  const shipped = await manifest()
  const next = { ...shipped, version: shipped.version + 1, title: 'Bảo hiểm xã hội (registered on A)' }
  t.equal((await a.app.inject(put('/v1/adapters/social-insurance', next, tokens.admin))).statusCode, 201)
  const f = { ...await form(), title: 'Registered on A' }
  f['x-procedure'] = { ...f['x-procedure'], version: 2 }
  t.equal((await a.app.inject(put('/v1/forms/1.001978', f, tokens.admin))).statusCode, 201)
  const seen = await until(async () => {
    const adapter = (await b.app.inject({ method: 'GET', url: '/v1/adapters/social-insurance', headers: auth(tokens.admin) })).json()
    const current = (await b.app.inject({ method: 'GET', url: '/v1/forms/1.001978', headers: auth(tokens.admin) })).json()
    return adapter.version === next.version && current['x-procedure'].version === 2 ? { adapter, current } : undefined
  }, 'instance B to see what A registered', 5000)
  t.equal(seen.adapter.title, next.title)
  t.equal(seen.current.title, 'Registered on A')
  const prefill = await b.app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '1.001978', subject: { type: 'citizen', id: representative } } })
  t.equal(prefill.json().version, 2, 'and prefills with it')
})
