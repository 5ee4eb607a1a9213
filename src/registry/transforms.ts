// The fixed set of transforms a binding may name. Each declares what it accepts and what it yields, so
// that a registration is type-checked before it is stored; nothing from a registration is ever executed.
import type { Transform } from '../generated/types.ts'
import { birthProvinceName, provinceName, wardName } from '../admin-units/admin-units.ts'
import { schemaAt, schemaType, valueAt, type JsonSchema } from './json-schema.ts'

interface TransformSpec {
  /** Types of value the transform accepts. */
  accepts: string[]
  /** Checks the arguments against the input's schema; returns the output's schema or the problems. */
  check (args: Record<string, unknown>, input: JsonSchema): JsonSchema | string[]
  apply (value: unknown, args: Record<string, unknown>): unknown
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})/
const dateFormats = ['dd/mm/yyyy', 'yyyy-mm-dd', 'yyyy']
const codeLists: Record<string, (code: string) => string | undefined> = {
  province: provinceName,
  ward: wardName,
  'birth-province': birthProvinceName
}
const stringSchema: JsonSchema = { type: 'string' }

const transforms: Record<string, TransformSpec> = {
  // ISO date (or date-time) to a display format.
  date: {
    accepts: ['string'],
    check: (args) => dateFormats.includes(args.to as string) ? stringSchema : [`args.to must be one of ${dateFormats.join(', ')}`],
    apply (value, args) {
      const m = isoDate.exec(value as string)
      if (!m) throw new Error('not an ISO date')
      const [, y, mo, d] = m
      return args.to === 'dd/mm/yyyy' ? `${d}/${mo}/${y}` : args.to === 'yyyy' ? y : `${y}-${mo}-${d}`
    }
  },
  // Several string members of an object joined, empty ones left out (e.g. an address on one line).
  join: {
    accepts: ['object'],
    check (args, input) {
      const parts = args.parts
      if (!Array.isArray(parts) || parts.length === 0) return ['args.parts must be a non-empty list of JSON Pointers']
      if (args.separator !== undefined && typeof args.separator !== 'string') return ['args.separator must be a string']
      const problems = parts.filter((p) => typeof p !== 'string' || !['string', 'number', 'integer'].includes(schemaType(schemaAt(input, p)) ?? ''))
        .map((p) => `args.parts: ${String(p)} is not a string or number in the source record`)
      return problems.length ? problems : stringSchema
    },
    apply: (value, args) => (args.parts as string[])
      .map((p) => valueAt(value, p))
      .filter((v) => v !== undefined && v !== null && v !== '')
      .join((args.separator as string | undefined) ?? ', ')
  },
  // One member of an object.
  pick: {
    accepts: ['object', 'array'],
    check (args, input) {
      const picked = typeof args.pointer === 'string' ? schemaAt(input, args.pointer) : undefined
      return picked ?? [`args.pointer ${String(args.pointer)} does not exist in the source record`]
    },
    apply: (value, args) => valueAt(value, args.pointer as string)
  },
  case: {
    accepts: ['string'],
    check: (args) => ['upper', 'lower'].includes(args.to as string) ? stringSchema : ['args.to must be upper or lower'],
    apply: (value, args) => args.to === 'upper' ? (value as string).toLocaleUpperCase('vi') : (value as string).toLocaleLowerCase('vi')
  },
  // A code to its name in a published code list (administrative units).
  lookup: {
    accepts: ['string'],
    check: (args) => Object.hasOwn(codeLists, args.list as string) ? stringSchema : [`args.list must be one of ${Object.keys(codeLists).join(', ')}`],
    apply (value, args) {
      const name = codeLists[args.list as string](value as string)
      if (name === undefined) throw new Error(`code not in list ${String(args.list)}`)
      return name
    }
  },
  'to-string': {
    accepts: ['number', 'integer', 'boolean'],
    check: () => stringSchema,
    apply: (value) => String(value)
  }
}

/** The schema of a binding's output given its input's schema, or the problems that make it unusable. */
export function checkTransform (ref: Transform, input: JsonSchema): JsonSchema | string[] {
  const spec = Object.hasOwn(transforms, ref.name) ? transforms[ref.name] : undefined
  if (!spec) return [`unknown transform ${ref.name}`]
  const inputType = schemaType(input)
  if (!inputType || !spec.accepts.includes(inputType)) return [`transform ${ref.name} takes ${spec.accepts.join(' or ')}, not ${inputType ?? 'an untyped value'}`]
  return spec.check(ref.args ?? {}, input)
}

/** Applies a transform that checkTransform accepted at registration. Throws when the value does not fit. */
export function applyTransform (ref: Transform, value: unknown): unknown {
  return transforms[ref.name].apply(value, ref.args ?? {})
}
