import t from 'tap'
import { applyTransform, checkTransform } from '../../src/registry/transforms.ts'
import { mapDocuments, mapField, type FetchedSource } from '../../src/prefill/mapper.ts'
import type { Permit } from '../../src/policy/agreements.ts'
import { maskSubjectId, personalIdProblem, enterpriseCodeProblem } from '../../src/subject/subject-id.ts'
import { SubjectHasher } from '../../src/subject/subject-hasher.ts'
import type { CompiledField } from '../../src/registry/compiled-form.ts'

const address = { type: 'object', properties: { detail: { type: 'string' }, wardName: { type: 'string' }, provinceName: { type: 'string' }, n: { type: 'integer' } } }

t.test('transforms are checked against the input schema and applied as declared', async (t) => {
  t.same(checkTransform({ name: 'date', args: { to: 'dd/mm/yyyy' } }, { type: 'string' }), { type: 'string' })
  t.equal(applyTransform({ name: 'date', args: { to: 'dd/mm/yyyy' } }, '1988-10-12'), '12/10/1988')
  t.equal(applyTransform({ name: 'date', args: { to: 'yyyy' } }, '1988-10-12T00:00:00Z'), '1988')
  t.throws(() => applyTransform({ name: 'date', args: { to: 'yyyy' } }, '12/10/1988'), /not an ISO date/)
  t.same(checkTransform({ name: 'date', args: { to: 'mm-yy' } }, { type: 'string' }), ['args.to must be one of dd/mm/yyyy, yyyy-mm-dd, yyyy'])
  t.same(checkTransform({ name: 'date', args: { to: 'yyyy' } }, { type: 'integer' }), ['transform date takes string, not integer'])

  t.same(checkTransform({ name: 'join', args: { parts: ['/detail', '/wardName'] } }, address), { type: 'string' })
  t.same(checkTransform({ name: 'join', args: { parts: ['/detail', '/street'] } }, address), ['args.parts: /street is not a string or number in the source record'])
  t.equal(applyTransform({ name: 'join', args: { parts: ['/detail', '/wardName', '/provinceName'] } }, { detail: '', wardName: 'Phường Ba Đình', provinceName: 'Thành phố Hà Nội' }), 'Phường Ba Đình, Thành phố Hà Nội', 'empty parts are left out')

  t.same(checkTransform({ name: 'pick', args: { pointer: '/n' } }, address), { type: 'integer' })
  t.same(checkTransform({ name: 'pick', args: { pointer: '/0/plate' } }, { type: 'array', items: { type: 'object', properties: { plate: { type: 'string' } } } }), { type: 'string' })
  t.equal(applyTransform({ name: 'case', args: { to: 'upper' } }, 'trần minh yến'), 'TRẦN MINH YẾN')
  t.equal(applyTransform({ name: 'lookup', args: { list: 'province' } }, '01'), 'Thành phố Hà Nội')
  t.equal(applyTransform({ name: 'lookup', args: { list: 'ward' } }, '00004'), 'Phường Ba Đình')
  t.equal(applyTransform({ name: 'lookup', args: { list: 'birth-province' } }, '079'), 'Hồ Chí Minh')
  t.throws(() => applyTransform({ name: 'lookup', args: { list: 'province' } }, '99'), /not in list/)
  t.equal(applyTransform({ name: 'to-string' }, 42), '42')
  t.same(checkTransform({ name: 'constructor' } as never, { type: 'string' }), ['unknown transform constructor'], 'no prototype names')
})

const field = (prefill: object, schema: Record<string, unknown> = { type: 'string' }): CompiledField => ({
  field: '/f', schemaPath: '/properties/f', schema, prefill: prefill as never, validateValue: ((v: unknown) => typeof v === 'string') as never
})
const source = (id: string, outcome: FetchedSource['outcome']): [string, FetchedSource] =>
  [id, { adapter: { manifest: { id, agency: id.toUpperCase(), response: { record: '' } } } as never, outcome }]
const found = (record: object) => ({ status: 'found' as const, record, retrievedAt: '2026-01-01T00:00:00.000Z', ms: 1 })

const all: Permit = { binding: () => true, source: () => true, refusal: () => 'NO_AGREEMENT' }
const map = (f: CompiledField, sources: Map<string, FetchedSource>, permit = all) => mapField(f, sources, permit)

t.test('bindings resolve by precedence, conflicts by the declared rule', async (t) => {
  const both = new Map([source('a', found({ name: 'An' })), source('b', found({ name: 'Ân' }))])
  const precedence = map(field({ source: 'a', pointer: '/name', fallback: [{ source: 'b', pointer: '/name' }] }), both)
  t.equal(precedence.value, 'An')
  t.same(precedence.source, { id: 'a', agency: 'A' })
  const ask = map(field({ source: 'a', pointer: '/name', fallback: [{ source: 'b', pointer: '/name' }], onConflict: 'ask' }), both)
  t.same(ask, { status: 'conflict', locked: false, reason: 'SOURCES_DISAGREE' })
  const agree = new Map([source('a', found({ name: 'An' })), source('b', found({ name: 'An' }))])
  t.equal(map(field({ source: 'a', pointer: '/name', fallback: [{ source: 'b', pointer: '/name' }], onConflict: 'ask' }), agree).status, 'filled')

  const primaryDown = new Map([source('a', { status: 'unavailable', reason: 'SOURCE_TIMEOUT', ms: 5 }), source('b', found({ name: 'Ân' }))])
  const fallback = map(field({ source: 'a', pointer: '/name', fallback: [{ source: 'b', pointer: '/name' }] }), primaryDown)
  t.same([fallback.status, fallback.value, fallback.source?.id], ['filled', 'Ân', 'b'])

  const onlyB: Permit = { binding: (b) => b.source === 'b', source: (id) => id === 'b', refusal: () => 'NO_AGREEMENT' }
  const agreed = map(field({ source: 'a', pointer: '/name', fallback: [{ source: 'b', pointer: '/name' }] }), both, onlyB)
  t.same([agreed.status, agreed.value, agreed.source?.id], ['filled', 'Ân', 'b'], 'a binding no agreement covers is skipped')
  t.same(map(field({ source: 'a', pointer: '/name' }), both, onlyB), { status: 'denied', locked: false, reason: 'NO_AGREEMENT' })

  const noneFound = new Map([source('a', { status: 'not_found', ms: 5 }), source('b', { status: 'unavailable', reason: 'SOURCE_ERROR', ms: 5 })])
  t.same(map(field({ source: 'a', pointer: '/name', fallback: [{ source: 'b', pointer: '/name' }] }), noneFound), { status: 'unavailable', locked: false, reason: 'SOURCE_ERROR' }, 'unavailable wins over not found: asking again may help')
  t.same(map(field({ source: 'a', pointer: '/missing' }), both), { status: 'not_found', locked: false, reason: 'NO_VALUE' })
  t.same(map(field({ source: 'a', pointer: '/n' }), new Map([source('a', found({ n: 3 }))])), { status: 'unavailable', locked: false, reason: 'VALUE_INVALID_FOR_FIELD' })
  t.same(map(field({ source: 'a', pointer: '/d', transform: { name: 'date', args: { to: 'yyyy' } } }), new Map([source('a', found({ d: 'soon' }))])), { status: 'unavailable', locked: false, reason: 'TRANSFORM_FAILED' })
})

t.test('a pointer reads only what the record holds: inherited members, array lengths and empty lists are no value', async (t) => {
  const record = new Map([source('a', found({ name: 'An', parcels: [], plates: ['29A'] }))])
  for (const pointer of ['/constructor', '/toString', '/__proto__', '/name/length', '/plates/length', '/parcels/0']) {
    t.same(map(field({ source: 'a', pointer }), record), { status: 'not_found', locked: false, reason: 'NO_VALUE' }, pointer)
  }
  t.same(map(field({ source: 'a', pointer: '/parcels', transform: { name: 'pick', args: { pointer: '/0/number' } } }), record), { status: 'not_found', locked: false, reason: 'NO_VALUE' }, 'a pick into an empty list')
  t.equal(map(field({ source: 'a', pointer: '/plates/0' }), record).value, '29A')
  t.equal(map(field({ source: 'a', pointer: '/constructor' }), new Map([source('a', found({ constructor: 'Có' }))])).value, 'Có', 'a member named constructor is data')
})

t.test('a component is waived only on the evidence the form names: an owner with no parcels has not shown one', async (t) => {
  const documents = (evidence?: Record<string, string>) => ({ documents: [{ code: 'GCN-QSDD', title: 'Giấy chứng nhận', waivedBy: ['land'], ...(evidence ? { evidence } : {}) }] }) as never
  const owner = (parcels: unknown) => new Map([source('land', found({ owner: 'An', parcels }))])
  t.equal(mapDocuments(documents(), owner([]), all)[0].status, 'waived', 'without evidence named, a record found is the evidence')
  for (const [name, parcels] of [['an empty list', []], ['no list', null], ['an empty object', {}], ['an empty string', '']] as const) {
    t.equal(mapDocuments(documents({ land: '/parcels' }), owner(parcels), all)[0].status, 'required', name)
  }
  t.equal(mapDocuments(documents({ land: '/parcels' }), owner([{ number: '12' }]), all)[0].status, 'waived', 'a parcel is evidence')
  t.equal(mapDocuments(documents({ land: '/parcels/0/number' }), owner([{ number: '12' }]), all)[0].status, 'waived', 'and so is a value inside it')
})

t.test('subject ids', async (t) => {
  t.equal(personalIdProblem('001088012345'), undefined)
  t.equal(personalIdProblem('001388012345', new Date('2026-01-01')), 'its birth year is in the future', '3 = female born 2000-2099: 2088 is ahead')
  t.equal(personalIdProblem('079488012345'), 'its birth year is in the future', '4 = born 2100-2199')
  t.equal(personalIdProblem('003088012345'), 'its first 3 digits are not a province code')
  t.equal(personalIdProblem('00108801234x'), 'it must be 12 digits')
  t.equal(enterpriseCodeProblem('0100109106'), undefined)
  t.equal(enterpriseCodeProblem('0100109106-001'), undefined)
  t.equal(enterpriseCodeProblem('0100109106-1'), 'it must be 10 digits, optionally followed by -NNN')
  t.equal(maskSubjectId('001088012345'), '001*******45')
  t.equal(maskSubjectId('0100109106'), '01******06')
  const hasher = new SubjectHasher(Buffer.alloc(32, 7))
  t.equal(hasher.hash({ type: 'citizen', id: '001088012345' }), hasher.hash({ type: 'citizen', id: '001088012345' }))
  t.not(hasher.hash({ type: 'citizen', id: '001088012345' }), new SubjectHasher(Buffer.alloc(32, 8)).hash({ type: 'citizen', id: '001088012345' }), 'keyed: another key, another hash')
  t.throws(() => new SubjectHasher(Buffer.alloc(16)), /at least 32 bytes/)
})
