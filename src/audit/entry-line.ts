// The layout of an export's entry line, shared by the reader that writes and parses it and by the offline
// verifier's hashing threads, which read it as bytes: {"type":"entry","prevHash":"…","hash":"…","entry":<RFC 8785 JSON>}.

export const entryLinePrefix = '{"type":"entry","prevHash":"'
export const prevHashAt = entryLinePrefix.length
export const hashAt = prevHashAt + 64 + '","hash":"'.length
export const canonicalAt = hashAt + 64 + '","entry":'.length

/**
 * The entry's own "seq" member, found without decoding the whole entry: a scan that skips strings and nested
 * values (a detail may hold a "seq" of its own). Undefined when there is none. It reads only ASCII, so that
 * it reads the same in the text and in the bytes of a line decoded as latin1 (a character per byte), between
 * `start` and `end`.
 */
export function topLevelSeq (text: string, start = 0, end = text.length): number | undefined {
  let depth = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      if (depth === 1 && text.startsWith('"seq":', i)) {
        const digits = /^\d+/.exec(text.slice(i + 6, Math.min(i + 26, end)))
        return digits ? Number(digits[0]) : undefined
      }
      // Skip the string, escapes included.
      for (i++; i < end && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++
    } else if (c === 0x7b || c === 0x5b) {
      depth++
    } else if (c === 0x7d || c === 0x5d) {
      depth--
    }
  }
  return undefined
}
