import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { importJWK, SignJWT } from 'jose'
import { citizenId } from '../../sandbox/subjects.ts'
import { AccessHides } from '../../src/audit/access-hides.ts'
import { auth, tempDir, testGateway, tokens } from '../helpers/infra.ts'

const devKey = async () => importJWK(JSON.parse(await readFile('config/dev/portal-dvc-assertion.jwk.json', 'utf8')).jwk, 'ES256')
const assertion = async (id: string, change: (jwt: SignJWT) => SignJWT = (jwt) => jwt) =>
  change(new SignJWT({}).setProtectedHeader({ alg: 'ES256' }).setIssuer('portal-dvc').setAudience('once-only-gateway').setSubject(`citizen:${id}`).setIssuedAt().setExpirationTime('5m')).sign(await devKey())

t.test('the citizen sees who used their data; hidden accesses only after their date', async (t) => {
  const { app } = await testGateway(t, { store: 'pg' })
  const [a, b] = [citizenId(0), citizenId(5)]
  const prefill = async (token: string, id: string) => (await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(token), payload: { procedure: '2.000720', subject: { type: 'citizen', id }, purpose: 'Đăng ký hộ kinh doanh' } })).json()
  await prefill(tokens.portal, a)
  const hidden = await prefill('dev-portal-hni-token', a)
  await prefill(tokens.portal, b)
  const log = async (token: string, headerValue?: string) => app.inject({ method: 'GET', url: '/v1/subjects/me/access-log', headers: { ...auth(token), ...(headerValue ? { 'x-subject-assertion': headerValue } : {}) } })

  const mine = (await log(tokens.portal, await assertion(a))).json()
  t.equal(mine.subject.masked, `${a.slice(0, 3)}*******${a.slice(-2)}`)
  t.equal(mine.entries.length, 2)
  t.same(mine.entries.map((e: any) => e.client.name), ['Cổng Dịch vụ công Thành phố Hà Nội (development)', 'Cổng Dịch vụ công quốc gia (development)'], 'newest first, by portal name')
  t.same(mine.entries[0].agencies.map((x: any) => x.name).sort(), ['Bảo hiểm xã hội Việt Nam', 'Bộ Công an', 'Bộ Tài chính', 'Bộ Tư pháp'], 'and the agencies whose data was used')
  t.equal(mine.entries[0].procedure, '2.000720')
  t.equal(mine.entries[0].purpose, 'Đăng ký hộ kinh doanh')
  t.ok(mine.entries[0].fields.includes('/owner/fullName'), 'which fields')
  t.notOk(JSON.stringify(mine).includes(a), 'no id in the answer')

  const theirs = (await log(tokens.portal, await assertion(b))).json()
  t.equal(theirs.entries.length, 1, 'another citizen\'s assertion sees only their own')

  const until = new Date(Date.now() + 1500).toISOString()
  const hide = await app.inject({ method: 'POST', url: `/v1/audit/entries/${hidden.audit.entry}/hide`, headers: auth('dev-portal-hni-token'), payload: { until, legalBasis: 'BLTTHS-2015-D88' } })
  t.equal(hide.statusCode, 200)
  t.equal((await log(tokens.portal, await assertion(a))).json().entries.length, 1, 'hidden from the citizen until its date')
  const audited = (await app.inject({ method: 'GET', url: `/v1/audit?subjectId=${a}&action=prefill`, headers: auth(tokens.auditor) })).json()
  t.equal(audited.entries.length, 2, 'auditors see it all the same')
  await new Promise((resolve) => setTimeout(resolve, 1600))
  t.equal((await log(tokens.portal, await assertion(a))).json().entries.length, 2, 'and the citizen sees it after the date')

  t.test('hiding is for the client that made the access, in the future, and is itself audited', async (t) => {
    const later = new Date(Date.now() + 3600_000).toISOString()
    const other = await app.inject({ method: 'POST', url: `/v1/audit/entries/${hidden.audit.entry}/hide`, headers: auth(tokens.portal), payload: { until: later, legalBasis: 'BLTTHS-2015-D88' } })
    t.equal(other.json().code, 'GW_ACCESS_UNKNOWN')
    const past = await app.inject({ method: 'POST', url: `/v1/audit/entries/${hidden.audit.entry}/hide`, headers: auth('dev-portal-hni-token'), payload: { until: '2020-01-01T00:00:00Z', legalBasis: 'BLTTHS-2015-D88' } })
    t.equal(past.statusCode, 400)
    const hides = (await app.inject({ method: 'GET', url: '/v1/audit?action=access.hide', headers: auth(tokens.auditor) })).json()
    t.equal(hides.entries.length, 1)
    t.equal(hides.entries[0].legalBasis, 'Bộ luật Tố tụng hình sự số 101/2015/QH13, Điều 88 (Thu thập chứng cứ)', 'the article cited, as the list words it')
    t.match(hides.entries[0].detail, { seq: hidden.audit.entry, until, legalBasis: 'BLTTHS-2015-D88' }, 'with the hide\'s end')
    const reads = (await app.inject({ method: 'GET', url: '/v1/audit?action=access-log.read', headers: auth(tokens.auditor) })).json()
    t.ok(reads.entries.length >= 4, 'the citizen\'s reads are logged too')
  })

  t.test('a hide is bounded: a listed legal basis, at most ACCESS_HIDE_MAX_DAYS after the access unless an admin decides', async (t) => {
    const seq = hidden.audit.entry
    const hide = (token: string, until: string, legalBasis = 'BLTTHS-2015-D88') => app.inject({ method: 'POST', url: `/v1/audit/entries/${seq}/hide`, headers: auth(token), payload: { until, legalBasis } })
    const accessAt = Date.parse((await app.inject({ method: 'GET', url: `/v1/audit?subjectId=${a}&action=prefill`, headers: auth(tokens.auditor) })).json().entries.find((e: any) => e.seq === seq).at)
    const afterAccess = (days: number) => new Date(accessAt + days * 86_400_000).toISOString()
    t.equal(app.config.accessHideMaxDays, 90, 'the default bound')

    const forever = await hide('dev-portal-hni-token', '9999-12-31T00:00:00Z')
    t.equal(forever.statusCode, 422)
    t.equal(forever.json().code, 'GW_HIDE_TOO_LONG')
    const anyText = await hide('dev-portal-hni-token', afterAccess(30), 'NO-SUCH-BASIS')
    t.equal(anyText.statusCode, 422)
    t.equal(anyText.json().code, 'GW_LEGAL_BASIS_UNKNOWN')
    t.match(anyText.json().message, /BLTTHS-2015-D88/, 'the answer names the bases that are listed')

    t.equal((await hide('dev-portal-hni-token', afterAccess(89))).statusCode, 200, 'within the bound')
    t.equal((await hide('dev-portal-hni-token', afterAccess(91))).json().code, 'GW_HIDE_TOO_LONG', 'hiding again never pushes the end past the bound: it counts from the access')
    t.equal((await hide(tokens.admin, '2099-12-31T00:00:00Z', 'NO-SUCH-BASIS')).json().code, 'GW_LEGAL_BASIS_UNKNOWN', 'an admin too names a listed basis')
    t.equal((await hide(tokens.admin, '2099-12-31T00:00:00Z', 'ND13-2023-D17')).statusCode, 200, 'an admin decides beyond the bound')
    t.equal((await log(tokens.portal, await assertion(a))).json().entries.length, 1, 'still hidden from the citizen')
    const overruled = await hide('dev-portal-hni-token', afterAccess(1))
    t.same([overruled.statusCode, overruled.json().code], [409, 'GW_HIDE_HELD'], 'the portal cannot shorten the admin\'s decision')

    const hides = (await app.inject({ method: 'GET', url: '/v1/audit?action=access.hide', headers: auth(tokens.auditor) })).json().entries
    t.equal(hides.length, 3, 'every hide made is audited, none refused')
    t.match(hides.find((e: any) => e.clientId === 'admin'), { legalBasis: /^Nghị định số 13\/2023\/NĐ-CP/, detail: { seq, until: '2099-12-31T00:00:00.000Z', limit: afterAccess(90), legalBasis: 'ND13-2023-D17', replacedUntil: afterAccess(89) } },
      'the admin\'s hide, the bound it went past and the end it replaced')
  })

  t.test('bad assertions are 401 GW_ASSERTION_INVALID', async (t) => {
    const cases: Array<[string, string | undefined, string?]> = [
      ['no assertion', undefined],
      ['not a JWT', 'abc'],
      ['expired', await assertion(a, (j) => j.setIssuedAt(Math.floor(Date.now() / 1000) - 120).setExpirationTime(Math.floor(Date.now() / 1000) - 60))],
      ['too old, whatever its exp', await assertion(a, (j) => j.setIssuedAt(Math.floor(Date.now() / 1000) - 600).setExpirationTime('1h'))],
      ['for another audience', await assertion(a, (j) => j.setAudience('someone-else'))],
      ['not a subject', await assertion(a, (j) => j.setSubject('citizen:123'))],
      ['signed by portal-dvc, presented by portal-hni', await assertion(a), 'dev-portal-hni-token']
    ]
    for (const [name, value, token] of cases) {
      const res = await log(token ?? tokens.portal, value)
      t.equal(res.statusCode, 401, name)
      t.equal(res.json().code, 'GW_ASSERTION_INVALID', name)
    }
    t.equal((await log(tokens.auditor, await assertion(a))).json().code, 'GW_ROLE_FORBIDDEN')
  })
})

t.test('a legal bases file that lists a code twice fails the start', async (t) => {
  const file = join(await tempDir(t), 'legal-bases.yaml')
  await writeFile(file, 'legalBases:\n  - { code: A-1, citation: one }\n  - { code: A-1, citation: two }\n')
  await t.rejects(AccessHides.load({} as never, file, 90), /legal basis A-1 appears twice/)
  await writeFile(file, 'legalBases:\n  - { code: a b, citation: one }\n')
  await t.rejects(AccessHides.load({} as never, file, 90), /legalBases\/0\/code/)
})

t.test('the citizen sees what the state holds about them: every record, in force or not, without its values, and the read is logged', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite' })
  const [a, b] = [citizenId(3), citizenId(7)]
  const certificate = (id: string, number: string, extra: object = {}) => ({
    type: 'judicial-record-certificates',
    subject: { type: 'citizen', id },
    data: { certificateNumber: number, certificateType: 'Phiếu số 1', fullName: 'Lê Thành Thắng', criminalRecordStatus: 'Không có án tích' },
    issuedBy: 'HNI-STP',
    issuedAt: new Date().toISOString(),
    procedure: '2.000488',
    ...extra
  })
  const publish = async (body: object) => (await app.inject({ method: 'POST', url: '/v1/records', headers: auth('dev-agency-hni-token'), payload: body })).json()
  const old = await publish(certificate(a, 'SECRET-NUMBER-1', { issuedAt: new Date(Date.now() - 60_000).toISOString() }))
  const current = await publish(certificate(a, 'SECRET-NUMBER-2', { validUntil: new Date(Date.now() + 86_400_000).toISOString() }))
  await publish(certificate(b, 'SECRET-NUMBER-3'))
  const held = async (token: string, id: string) => app.inject({ method: 'GET', url: '/v1/subjects/me/records', headers: { ...auth(token), 'x-subject-assertion': await assertion(id) } })

  const answer = await held(tokens.portal, a)
  t.equal(answer.statusCode, 200)
  const { subject, records } = answer.json()
  t.equal(subject.masked, `${a.slice(0, 3)}*******${a.slice(-2)}`)
  t.same(records.map((r: any) => [r.id, r.status]), [[current.id, 'recognised'], [old.id, 'superseded']], 'newest first, the replaced one marked superseded')
  t.match(records[0], { type: 'judicial-record-certificates', issuedBy: { code: 'HNI-STP' }, procedure: '2.000488', validUntil: String })
  t.ok(records[0].title.length > 0 && records[0].issuedBy.name !== 'HNI-STP', 'named for people: the type\'s title, the issuer\'s name')
  t.ok(records[0].prefills.includes('1.008624'), 'and the forms it prefills (the lawyer\'s certificate waives the judicial record)')
  t.notOk(JSON.stringify(records).includes('SECRET-NUMBER'), 'no record values')

  const revoked = await app.inject({ method: 'POST', url: `/v1/records/${current.id}/revoke`, headers: auth('dev-agency-hni-token'), payload: { reason: 'Cấp nhầm' } })
  t.equal(revoked.statusCode, 200)
  t.equal((await held(tokens.portal, a)).json().records[0].status, 'revoked')

  t.equal((await held(tokens.portal, b)).json().records.length, 1, 'another citizen sees only their own')
  const unsigned = await app.inject({ method: 'GET', url: '/v1/subjects/me/records', headers: auth(tokens.portal) })
  t.same([unsigned.statusCode, unsigned.json().code], [401, 'GW_ASSERTION_INVALID'], 'only with the citizen\'s assertion')
  const reads = (await app.inject({ method: 'GET', url: '/v1/audit?action=records.read', headers: auth(tokens.auditor) })).json()
  t.equal(reads.entries.length, 3, 'each read is in the sharing log')
})
