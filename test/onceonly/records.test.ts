import t from 'tap'
import { citizen, citizenId } from '../../sandbox/subjects.ts'
import { auth, testGateway, tokens } from '../helpers/infra.ts'

const hniPortal = 'dev-portal-hni-token'
const hcmPortal = 'dev-portal-hcm-token'
const hniAgency = 'dev-agency-hni-token'
const lawyer = '1.008624'

t.test('a record published by one procedure is reused by another, within its scope and validity', async (t) => {
  const { app, store } = await testGateway(t, { store: 'pg' })
  const subject = { type: 'citizen', id: citizenId(3) }
  const certificate = (number: string, extra: object = {}) => ({
    type: 'judicial-record-certificates',
    subject,
    data: { certificateNumber: number, certificateType: 'Phiếu số 1', fullName: citizen(3).fullName, criminalRecordStatus: 'Không có án tích' },
    issuedBy: 'HNI-STP',
    issuedAt: new Date().toISOString(),
    validUntil: new Date(Date.now() + 180 * 24 * 3600 * 1000).toISOString(),
    procedure: '2.000488',
    reference: 'HS-2026-000123',
    ...extra
  })
  const publish = (body: object, token = hniAgency) => app.inject({ method: 'POST', url: '/v1/records', headers: auth(token), payload: body })
  const prefill = async (token: string) => (await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(token), payload: { procedure: lawyer, subject } })).json()
  const lltp = (answer: any) => answer.documents.find((d: any) => d.code === 'PHIEU-LLTP').status

  t.equal(lltp(await prefill(hniPortal)), 'required', 'nothing published yet')
  const first = await publish(certificate('123/2026/LLTP-HN'))
  t.equal(first.statusCode, 201)
  t.same(first.json().supersedes, [])

  const sameProvince = await prefill(hniPortal)
  t.equal(sameProvince.fields['/judicialRecordCertificate'].value, '123/2026/LLTP-HN', 'prefilled from the record')
  t.same(sameProvince.fields['/judicialRecordCertificate'].source, { id: 'judicial-record-certificates', agency: 'BTP' })
  t.ok(sameProvince.fields['/judicialRecordCertificate'].validUntil, 'with its validity')
  t.equal(lltp(sameProvince), 'waived', 'and the certificate need not be submitted again')

  const otherProvince = await prefill(hcmPortal)
  t.equal(otherProvince.fields['/judicialRecordCertificate'].status, 'not_found', 'a unit of another province without an agreement cannot use it')
  t.equal(lltp(otherProvince), 'required')
  t.equal(otherProvince.fields['/criminalRecordStatus'].source.id, 'judicial-records', 'the live source still answers through the fallback')

  const second = await publish(certificate('456/2026/LLTP-HN'))
  t.same(second.json().supersedes, [first.json().id], 'a newer record replaces the old')
  t.equal((await prefill(hniPortal)).fields['/judicialRecordCertificate'].value, '456/2026/LLTP-HN')
  const history = await store.query<{ n: string }>('SELECT count(*) AS n FROM records WHERE type = $1', ['judicial-record-certificates'])
  t.equal(Number(history.rows[0].n), 2, 'and the history is kept')

  const revoked = await app.inject({ method: 'POST', url: `/v1/records/${second.json().id}/revoke`, headers: auth(hniAgency), payload: { reason: 'Cấp nhầm' } })
  t.equal(revoked.statusCode, 200)
  t.equal(lltp(await prefill(hniPortal)), 'required', 'a revoked record is not recognised, and the superseded one does not come back')

  await publish(certificate('789/2026/LLTP-HN', { validUntil: new Date(Date.now() + 1500).toISOString() }))
  t.equal(lltp(await prefill(hniPortal)), 'waived')
  await new Promise((resolve) => setTimeout(resolve, 1600))
  t.equal(lltp(await prefill(hniPortal)), 'required', 'an expired record is not recognised')

  t.test('an agency lists what it published: metadata only, the subject masked, within its own agency', async (t) => {
    const list = async (query = '', token = hniAgency) => app.inject({ method: 'GET', url: `/v1/records${query}`, headers: auth(token) })
    const mine = (await list()).json().records
    t.same(mine.map((r: any) => r.status), ['expired', 'revoked', 'superseded'], 'newest first, each with its status')
    t.same(mine[1].revocationReason, 'Cấp nhầm', 'a revoked record says why')
    t.match(mine[0], { type: 'judicial-record-certificates', issuedBy: 'HNI-STP', procedure: '2.000488', reference: 'HS-2026-000123', publishedBy: 'agency-hni', subject: { masked: `${subject.id.slice(0, 3)}*******${subject.id.slice(-2)}` } })
    const text = JSON.stringify(mine)
    t.notOk(text.includes(subject.id) || text.includes('LLTP-HN') || text.includes('án tích'), 'neither the subject id nor the record\'s data')
    t.equal((await list('?issuedBy=HNI-STP&type=judicial-record-certificates&limit=1')).json().records.length, 1, 'filters and a limit')
    t.same((await list('?type=population-citizen')).json().records, [])
    t.same((await list('', tokens.agencyBCA)).json().records, [], 'another agency sees none of them')
    t.equal((await list('?issuedBy=HNI-STP', tokens.agencyBCA)).json().code, 'GW_AGENCY_FORBIDDEN', 'nor asks for them by issuer')
    t.equal((await list('?issuedBy=HNI', tokens.admin)).json().records.length, 3, 'an admin sees every agency\'s')
    t.equal((await list('', hniPortal)).json().code, 'GW_ROLE_FORBIDDEN')
  })

  t.test('bad publications change nothing', async (t) => {
    const before = Number((await store.query<{ n: string }>('SELECT count(*) AS n FROM records')).rows[0].n)
    const foreign = await publish(certificate('1'), tokens.agencyBCA)
    t.equal(foreign.statusCode, 403)
    t.equal(foreign.json().code, 'GW_AGENCY_FORBIDDEN')
    const invalid = await publish({ ...certificate('1'), data: { certificateNumber: '', certificateType: 'Phiếu số 9' } })
    t.equal(invalid.statusCode, 422)
    t.equal(invalid.json().code, 'GW_RECORD_INVALID')
    t.same(invalid.json().problems.map((p: any) => p.path).sort(), ['/data', '/data', '/data/certificateNumber', '/data/certificateType'], 'every problem')
    t.equal((await publish({ ...certificate('1'), type: 'population-citizen' })).json().code, 'GW_RECORD_TYPE_UNKNOWN', 'a live source is not a record type')
    t.equal((await publish({ ...certificate('1'), issuedBy: 'XYZ' })).json().code, 'GW_RECORD_INVALID')
    t.equal((await publish({ ...certificate('1'), subject: { type: 'citizen', id: '123' } })).json().code, 'GW_SUBJECT_ID_INVALID')
    t.equal((await publish({ ...certificate('1'), validUntil: '2020-01-01T00:00:00Z' })).json().code, 'GW_RECORD_INVALID')
    t.equal((await publish(certificate('1'), hniPortal)).json().code, 'GW_ROLE_FORBIDDEN')
    t.equal((await app.inject({ method: 'POST', url: `/v1/records/${first.json().id}/revoke`, headers: auth(tokens.agencyBCA), payload: { reason: 'x' } })).json().code, 'GW_AGENCY_FORBIDDEN')
    t.equal((await app.inject({ method: 'POST', url: '/v1/records/00000000-0000-4000-8000-000000000000/revoke', headers: auth(hniAgency), payload: { reason: 'x' } })).json().code, 'GW_RECORD_UNKNOWN')
    t.equal(Number((await store.query<{ n: string }>('SELECT count(*) AS n FROM records')).rows[0].n), before)
    const { rows } = await store.query<{ data: string }>('SELECT subject_hmac, subject_masked FROM records LIMIT 1')
    t.notOk(JSON.stringify(rows).includes(subject.id), 'records are looked up by keyed hash, not by id')
  })
})

t.test('a record type belongs to the agency that registered it: another agency cannot replace its records', async (t) => {
  const { app, store } = await testGateway(t, { store: 'pg' })
  const subject = { type: 'citizen', id: citizenId(10) }
  const certificate = (number: string, issuedBy: string, extra: object = {}) => ({
    type: 'judicial-record-certificates',
    subject,
    data: { certificateNumber: number, certificateType: 'Phiếu số 1', fullName: citizen(10).fullName, criminalRecordStatus: 'Không có án tích' },
    issuedBy,
    issuedAt: new Date().toISOString(),
    procedure: '2.000488',
    ...extra
  })
  const publish = (body: object, token: string) => app.inject({ method: 'POST', url: '/v1/records', headers: auth(token), payload: body })
  const prefill = async (token: string) => (await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(token), payload: { procedure: lawyer, subject } })).json()
  const current = async () => (await store.query<{ issued_by: string }>('SELECT issued_by FROM records WHERE superseded_by IS NULL AND revoked_at IS NULL ORDER BY issued_by')).rows.map((r) => r.issued_by)

  t.equal((await publish(certificate('1/2026/LLTP-HN', 'HNI-STP'), hniAgency)).statusCode, 201)
  const refusals: Array<[string, object, string, number, string]> = [
    ['a unit of another ministry, for its own unit', certificate('X-1', 'BCA-C06'), tokens.agencyBCA, 403, 'GW_RECORD_ISSUER_FORBIDDEN'],
    ['even through an admin', certificate('X-2', 'BCA-C06'), tokens.admin, 403, 'GW_RECORD_ISSUER_FORBIDDEN'],
    ['a province rather than its unit', certificate('X-3', 'HNI'), hniAgency, 422, 'GW_RECORD_INVALID'],
    ['issued in the future', certificate('X-4', 'HNI-STP', { issuedAt: new Date(Date.now() + 24 * 3600_000).toISOString() }), hniAgency, 422, 'GW_RECORD_INVALID']
  ]
  for (const [name, body, token, status, code] of refusals) {
    const res = await publish(body, token)
    t.same([res.statusCode, res.json().code], [status, code], name)
  }
  t.same(await current(), ['HNI-STP'], 'the recognised record stands')
  const hni = await prefill(hniPortal)
  t.equal(hni.fields['/judicialRecordCertificate'].value, '1/2026/LLTP-HN')
  t.equal(hni.documents.find((d: any) => d.code === 'PHIEU-LLTP').status, 'waived')

  const hcm = await publish(certificate('2/2026/LLTP-HCM', 'HCM-STP'), tokens.admin)
  t.same([hcm.statusCode, hcm.json().supersedes], [201, []], 'another province\'s record does not supersede this one')
  t.same(await current(), ['HCM-STP', 'HNI-STP'])
  t.equal((await prefill(hniPortal)).fields['/judicialRecordCertificate'].value, '1/2026/LLTP-HN', 'each portal keeps the record of its own reuse scope')
  t.equal((await prefill(hcmPortal)).fields['/judicialRecordCertificate'].value, '2/2026/LLTP-HCM')
  const newer = await publish(certificate('3/2026/LLTP-HN', 'HNI-STP'), hniAgency)
  t.equal(newer.json().supersedes.length, 1, 'a newer record of the same province supersedes')
  t.same(await current(), ['HCM-STP', 'HNI-STP'])

  const manifest = (await app.inject({ method: 'GET', url: '/v1/adapters/judicial-record-certificates', headers: auth(tokens.admin) })).json()
  const unknownIssuer = await app.inject({ method: 'PUT', url: '/v1/adapters/judicial-record-certificates', headers: auth(tokens.admin), payload: { ...manifest, version: manifest.version + 1, transport: { kind: 'records', issuers: ['HNI-STP', 'NO-SUCH'] } } })
  t.same(unknownIssuer.json().problems, [{ path: '/transport/issuers/1', message: 'no agency NO-SUCH in the agency tree' }], 'issuers are agencies the tree knows')
})
