// The RFC 8785 canonical JSON of what the gateway hashes: audit entries, receipts' values, registrations.
// For JSON values (finite numbers, strings without lone surrogates, arrays, plain objects) RFC 8785 is
// ECMAScript's JSON.stringify with every object's members sorted by their names' UTF-16 code units, which is
// what safe-stable-stringify writes, three to four times faster than the canonicalize package (the reference
// implementation, which the tests hold this to). Text is checked storable before it is hashed (jsonFlaw).
import { configure } from 'safe-stable-stringify'

// strict: NaN, infinities, functions, symbols, bigints and cycles throw instead of becoming null or a marker.
const stringify = configure({ deterministic: true, strict: true })

/** The canonical JSON of a value; '' for undefined, which has none. */
export const canonicalJson = (value: unknown): string => stringify(value) ?? ''
