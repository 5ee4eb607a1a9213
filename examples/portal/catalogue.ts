// What the gateway offers this portal: its forms and the sources behind them, read through the client and kept
// for a minute (registrations change rarely; a prefill always uses the gateway's current version).
import { GatewayError, type GatewayClient } from '@once-only/client'
import type { Form } from './form-view.ts'

export interface Source { id: string, agency: string, title: string }
export interface Catalogue {
  forms: Form[]
  sources: Map<string, Source>
  /** The sources a form reads: its bindings and the sources that can waive its components. */
  sourcesOf: (form: Form) => string[]
}

const ttlMs = 60_000

export function catalogueReader (client: GatewayClient, subjectType: 'citizen' | 'enterprise'): () => Promise<Catalogue> {
  let cached: { at: number, value: Promise<Catalogue> } | undefined
  const read = async (): Promise<Catalogue> => {
    const [adapters, list] = await Promise.all([client.GET('/v1/adapters'), client.GET('/v1/forms')])
    if (adapters.error) throw new GatewayError(adapters.error)
    if (list.error) throw new GatewayError(list.error)
    const forms = await Promise.all(list.data.filter((f) => f.subject === subjectType).map(async ({ procedure }) => {
      const { data, error } = await client.GET('/v1/forms/{procedure}', { params: { path: { procedure } } })
      if (error) throw new GatewayError(error)
      return data as unknown as Form
    }))
    return { forms, sources: new Map(adapters.data.map((a) => [a.id, a])), sourcesOf }
  }
  return () => {
    if (!cached || Date.now() - cached.at > ttlMs) {
      cached = { at: Date.now(), value: read() }
      // A failed read is not kept: the next page asks again.
      cached.value.catch(() => { cached = undefined })
    }
    return cached.value
  }
}

function sourcesOf (form: Form): string[] {
  const found = new Set<string>()
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (value !== null && typeof value === 'object') {
      for (const [key, member] of Object.entries(value)) {
        if (key === 'x-prefill' && typeof (member as { source?: unknown }).source === 'string') found.add((member as { source: string }).source)
        else if (key === 'waivedBy' && Array.isArray(member)) member.forEach((s) => found.add(String(s)))
        else walk(member)
      }
    }
  }
  walk(form)
  return [...found]
}
