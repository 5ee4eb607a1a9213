import t from 'tap'
import { request } from 'undici'
import { provinces, wardName, wards } from '../../src/admin-units/admin-units.ts'
import { enterpriseCodeProblem, personalIdProblem } from '../../src/subject/subject-id.ts'
import { CITIZENS, ENTERPRISES, citizen, citizenId, citizenIndex, enterprise, enterpriseCode, enterpriseIndex, insured } from '../../sandbox/subjects.ts'
import { testSandbox } from '../helpers/infra.ts'

t.test('the administrative units are the ones in force since 1 July 2025', async (t) => {
  t.equal(provinces().length, 34)
  t.equal(wards().length, 3321)
  t.ok(provinces().some((p) => p.code === '79' && p.name === 'Thành phố Hồ Chí Minh'))
})

t.test('subjects are deterministic, valid and consistent across sources', async (t) => {
  t.same(citizen(42), citizen(42), 'derived from the index alone')
  for (const n of [0, 1, 999, 54321, CITIZENS - 1]) {
    const id = citizenId(n)
    t.equal(personalIdProblem(id), undefined, `${n}: a valid personal identification number`)
    t.equal(citizenIndex(id), n)
    const person = citizen(n)
    t.equal(wardName(person.permanentAddress.wardCode), person.permanentAddress.wardName, 'a real ward')
    t.equal(person.sex === 'Nữ', Number(id[3]) % 2 === 1, 'the century digit carries the sex')
    t.equal(person.dateOfBirth.slice(2, 4), id.slice(4, 6), 'and the birth year')
  }
  const samePrefix = citizenId(5).startsWith('001')
  t.equal(citizenIndex((samePrefix ? '002' : '001') + citizenId(5).slice(3)), undefined, 'another prefix with the same serial is nobody')
  for (const k of [0, 7, ENTERPRISES - 1]) {
    const code = enterpriseCode(k)
    t.equal(enterpriseCodeProblem(code), undefined)
    t.same(enterpriseIndex(code), { k, branch: undefined })
    const e = enterprise(k)
    const representative = citizen(5 * k)
    t.same(e.legalRepresentative.personalId, representative.personalId, 'the representative is a citizen of the population source')
    t.equal(insured(5 * k)?.currentEmployer.enterpriseCode, code, 'and is insured by that enterprise')
  }
  t.same(enterpriseIndex(`${enterpriseCode(10)}-001`), { k: 10, branch: '001' })
  t.equal(enterpriseIndex(`${enterpriseCode(11)}-001`), undefined, 'only every tenth enterprise has a branch')
})

t.test('the sources answer over HTTP and obey their fault knobs', async (t) => {
  const sandbox = await testSandbox(t)
  const get = async (source: string, path: string) => {
    const res = await request(sandbox.sources[source].url + path)
    return { status: res.statusCode, text: await res.body.text() }
  }
  const id = citizenId(0)
  t.equal(JSON.parse((await get('population', `/citizens/${id}`)).text).data.fullName, citizen(0).fullName)
  t.equal((await get('population', '/citizens/001099999999')).status, 404)
  t.match((await get('judicial', `/ly-lich/${id}`)).text, /<LyLichTuPhap>.*<SoDinhDanh>040188000000<\/SoDinhDanh>/s)
  t.equal(JSON.parse((await get('enterprise', `/representatives/${id}`)).text).enterprises.length, 1)

  const control = await request(`${sandbox.sources.population.url}/_sandbox/faults`, { method: 'PUT', body: JSON.stringify({ latencyMs: 200, malformed: true }) })
  t.same((await control.body.json() as any).faults, { latencyMs: 200, malformed: true })
  const started = Date.now()
  const slow = await get('population', `/citizens/${id}`)
  t.ok(Date.now() - started >= 190, 'latency added')
  t.throws(() => JSON.parse(slow.text), 'body cut in the middle')
  sandbox.sources.population.faults = { down: true }
  await t.rejects(request(`${sandbox.sources.population.url}/citizens/${id}`), 'connection reset')
  sandbox.sources.population.faults = { invalidRecord: true }
  t.equal(JSON.parse((await get('population', `/citizens/${id}`)).text).data.personalId, 12345)
  sandbox.sources.population.faults = { answerFor: citizenId(5) }
  t.equal(JSON.parse((await get('population', `/citizens/${id}`)).text).data.personalId, citizenId(5), 'another subject\'s record')
})
