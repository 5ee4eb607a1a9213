// The canonical JSON every hash of the gateway is taken over (audit chain, receipts, registrations) must be
// RFC 8785's: held to the canonicalize package, the reference implementation by the RFC's authors.
import t from 'tap'
import fc from 'fast-check'
import canonicalize from 'canonicalize'
import { canonicalJson } from '../../src/validation/canonical-json.ts'
import { isStorableText } from '../../src/validation/storable-json.ts'

t.test('canonicalJson writes what the RFC 8785 reference writes, for any JSON value the gateway stores', async (t) => {
  // Full Unicode (astral characters too, whose UTF-16 order differs from their code points') in names and text.
  const values = fc.jsonValue({ stringUnit: 'grapheme', maxDepth: 6 }).filter((value) => isStorableText(JSON.stringify(value)))
  fc.assert(fc.property(values, (value) => canonicalJson(value) === canonicalize(value)), { numRuns: 3000 })
  t.pass('3000 values')
})

t.test('members sorted by UTF-16 code units, numbers as ECMAScript writes them (RFC 8785, 3.2.2.3 and 3.2.3)', async (t) => {
  // The RFC's own sorting example, and numbers of its Appendix B.
  const sorting = Object.fromEntries([['\u20ac', 'Euro Sign'], ['\r', 'Carriage Return'], ['\ufb33', 'Hebrew Letter Dalet With Dagesh'], ['1', 'One'],
    ['\ud83d\ude00', 'Emoji: Grinning Face'], ['\u0080', 'Control'], ['\u00f6', 'Latin Small Letter O With Diaeresis']])
  t.equal(canonicalJson(sorting), canonicalize(sorting))
  t.equal(canonicalJson(sorting), '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
    '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}', 'in the RFC\'s order')
  t.equal(canonicalJson([1e21, 1e-7, 0.000001, -0, 333333333.3333333, 4.5, 2e-3, 0.000000000000000000000000001]), '[1e+21,1e-7,0.000001,0,333333333.3333333,4.5,0.002,1e-27]')
})

t.test('what has no canonical JSON throws instead of being written as something else', async (t) => {
  for (const [what, value] of [['NaN', { n: NaN }], ['Infinity', [Infinity]], ['a bigint', { n: 1n }], ['a function', { f: () => 1 }]] as const) {
    t.throws(() => canonicalJson(value), `${what}`)
  }
  const cycle: Record<string, unknown> = {}
  cycle.self = cycle
  t.throws(() => canonicalJson(cycle), 'a cycle')
  t.equal(canonicalJson(undefined), '', 'undefined has none')
})
