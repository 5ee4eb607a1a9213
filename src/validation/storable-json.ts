// What the gateway accepts as JSON it will store, hash and canonicalise: nesting within a bound (the
// canonicaliser and the validators recurse, and no form or record needs more), and text that PostgreSQL can
// store and every reader decodes alike (no U+0000, no lone UTF-16 surrogate, which UTF-8 cannot carry).
import type { Problem } from '../errors.ts'

/** Deeper than any form, record or request the gateway knows, shallow enough for every recursive reader. */
export const maxJsonDepth = 64

// eslint-disable-next-line no-control-regex -- U+0000 is exactly what is looked for
const unstorableText = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Whether PostgreSQL can store the text and read back the same string. */
export const isStorableText = (text: string): boolean => !unstorableText.test(text)

export const unstorableTextMessage = 'text with U+0000 or a lone surrogate cannot be stored'

export interface JsonFlaw extends Problem { kind: 'depth' | 'text' }

interface Visit { value: unknown, depth: number, key?: string, parent?: Visit }

const pointerOf = (visit: Visit): string => {
  const tokens: string[] = []
  for (let v: Visit | undefined = visit; v?.parent; v = v.parent) tokens.unshift(v.key!.replace(/~/g, '~0').replace(/\//g, '~1'))
  return tokens.map((t) => `/${t}`).join('')
}

/** The first place where a parsed JSON value nests too deep or carries text that cannot be stored; walked without recursion. */
export function jsonFlaw (value: unknown, maxDepth = maxJsonDepth): JsonFlaw | undefined {
  const stack: Visit[] = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const visit = stack.pop()!
    if (typeof visit.value === 'string') {
      if (!isStorableText(visit.value)) return { kind: 'text', path: pointerOf(visit), message: unstorableTextMessage }
      continue
    }
    if (visit.value === null || typeof visit.value !== 'object') continue
    const depth = visit.depth + 1
    if (depth > maxDepth) return { kind: 'depth', path: pointerOf(visit), message: `nested deeper than ${maxDepth} levels` }
    for (const [key, member] of Object.entries(visit.value)) {
      const child = { value: member, depth, key, parent: visit }
      if (!isStorableText(key)) return { kind: 'text', path: pointerOf(child), message: 'a member name with U+0000 or a lone surrogate cannot be stored' }
      stack.push(child)
    }
  }
  return undefined
}
