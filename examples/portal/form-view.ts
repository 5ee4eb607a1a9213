// A form's JSON Schema as the fields a person sees, in sections, and a dossier built back from what the page
// posted: the values kept from the prefill (with their original types) and the ones the person typed.
import type { components, PrefillResponse } from '@once-only/client'

type Schema = Record<string, unknown> & { type?: string, title?: string, enum?: string[], format?: string, properties?: Record<string, Schema>, required?: string[] }
export type Form = Schema & { 'x-procedure': { code: string, version: number, title: string, subject: 'citizen' | 'enterprise' }, 'x-documents'?: Array<{ code: string, title: string }> }
type Values = components['schemas']['SubmissionCheckRequest']['values']

export interface Leaf { pointer: string, id: string, title: string, schema: Schema, required: boolean }
export interface Section { title?: string, leaves: Leaf[] }

/** An HTML id for a field pointer: pointers may hold any character, ids only a few. */
export const fieldId = (pointer: string) => `field-${pointer.slice(1).replaceAll('/', '-').replace(/[^A-Za-z0-9_-]/g, '_')}`

/** Top-level fields form the first section; each object member below the root is a section of its own. */
export function sectionsOf (form: Form): Section[] {
  const top: Section = { leaves: [] }
  const sections = [top]
  const walk = (schema: Schema, pointer: string, into: Section) => {
    for (const [name, member] of Object.entries(schema.properties ?? {})) {
      const at = `${pointer}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`
      if (member.type === 'object' && member.properties) {
        const section = { title: member.title ?? name, leaves: [] }
        sections.push(section)
        walk(member, at, section)
      } else {
        into.leaves.push({ pointer: at, id: fieldId(at), title: member.title ?? name, schema: member, required: schema.required?.includes(name) ?? false })
      }
    }
  }
  walk(form, '', top)
  return sections.filter((s) => s.leaves.length > 0)
}

/** How a value shows in a text box: lists one item after another. */
export function shown (value: unknown): string {
  if (Array.isArray(value)) return value.map(shown).join('; ')
  if (value !== null && typeof value === 'object') return Object.values(value).map(shown).join(', ')
  return value === undefined || value === null ? '' : String(value)
}

/**
 * The dossier's values: a prefilled field posted as it was shown keeps the prefill's value, with its type;
 * anything else is what the person typed (a changed recognised value included: the gateway's check, not this
 * page, decides whether that is allowed).
 */
export function dossierValues (leaves: Leaf[], answer: PrefillResponse, posted: Record<string, unknown>): Values {
  const values: Values = {}
  for (const leaf of leaves) {
    const field = answer.fields[leaf.pointer]
    const text = typeof posted[leaf.pointer] === 'string' ? (posted[leaf.pointer] as string).trim() : undefined
    if (field?.status === 'filled') {
      values[leaf.pointer] = { origin: 'prefill', value: text === undefined || text === shown(field.value) ? field.value : text }
    } else if (text) {
      values[leaf.pointer] = { origin: 'person', value: (leaf.schema.type === 'integer' || leaf.schema.type === 'number') && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text }
    }
  }
  return values
}

/** The component codes the person ticked, whatever the form posted (one code or several). */
export const attached = (posted: unknown): string[] => (Array.isArray(posted) ? posted : posted === undefined ? [] : [posted]).filter((c): c is string => typeof c === 'string')
