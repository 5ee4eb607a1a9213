// Hiding an access from the citizen (an investigation must not be tipped off) is bounded: the client that made
// the access hides it on a legal basis from the list operators maintain, and for at most ACCESS_HIDE_MAX_DAYS
// after the access; beyond that an admin decides. The citizen sees the access once its hide ends.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import legalBasesFileSchema from '../../schemas/legal-bases-file.json' with { type: 'json' }
import type { Client } from '../auth/clients.ts'
import { AccessUnknown, BadRequest, HideHeld, HideTooLong, LegalBasisUnknown } from '../errors.ts'
import type { AccessHideRequest, LegalBasesFile } from '../generated/types.ts'
import type { Store } from '../store/store.ts'
import { checker, loadValidatedFile } from '../validation/validated-file.ts'
import { citizenVisible } from './citizen-access.ts'

const check = checker<LegalBasesFile>(legalBasesFileSchema)
const dayMs = 86_400_000

/** A hide that was made: what the audit entry records of it. */
export interface Hide {
  seq: number
  hiddenUntil: string
  /** The latest a client other than an admin could hide it until. */
  limit: string
  legalBasis: { code: string, citation: string }
  /** The end of the hide this one replaced, if any. */
  replacedUntil?: string
}

export class AccessHides {
  #store: Store
  #citations: Map<string, string>
  #maxDays: number

  constructor (deps: { store: Store, legalBases: LegalBasesFile, maxDays: number }) {
    this.#store = deps.store
    this.#citations = new Map(deps.legalBases.legalBases.map((b) => [b.code, b.citation]))
    this.#maxDays = deps.maxDays
  }

  static async load (store: Store, path: string, maxDays: number): Promise<AccessHides> {
    const legalBases = await loadValidatedFile(check, path)
    const codes = legalBases.legalBases.map((b) => b.code)
    const twice = codes.filter((code, i) => codes.indexOf(code) !== i)
    if (twice.length) throw new Error(`${path}: legal basis ${twice.join(', ')} appears twice`)
    return new AccessHides({ store, legalBases, maxDays })
  }

  /** Hides one of the client's own accesses (an admin: any) until a date. */
  async hide (seq: number, request: AccessHideRequest, by: Client): Promise<Hide> {
    const until = Date.parse(request.until)
    if (until <= Date.now()) throw new BadRequest('until must be in the future')
    const citation = this.#citations.get(request.legalBasis)
    if (citation === undefined) throw new LegalBasisUnknown(request.legalBasis, [...this.#citations.keys()].join(', '))
    const { rows } = await this.#store.query<{ client_id: string, at: Date | string }>('SELECT client_id, at FROM audit_log WHERE seq = $1 AND action = ANY($2)', [seq, citizenVisible])
    const admin = by.roles.includes('admin')
    if (rows.length === 0 || (rows[0].client_id !== by.id && !admin)) throw new AccessUnknown(seq)
    // Counted from the access, not from now: hiding it again never pushes the end further.
    const limit = new Date(new Date(rows[0].at).getTime() + this.#maxDays * dayMs).toISOString()
    if (!admin && until > Date.parse(limit)) throw new HideTooLong(limit, this.#maxDays)
    const hiddenUntil = new Date(until).toISOString()
    // Only the client that hid the access, or an admin, changes a hide: a portal never shortens an admin's decision.
    const { rows: [replaced] } = await this.#store.query<{ previous: Date | string | null }>(
      `WITH previous AS (SELECT hidden_until FROM access_hidden WHERE seq = $1)
       INSERT INTO access_hidden (seq, hidden_until, legal_basis, hidden_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (seq) DO UPDATE SET hidden_until = excluded.hidden_until, legal_basis = excluded.legal_basis, hidden_by = excluded.hidden_by, hidden_at = now()
         WHERE $5 OR access_hidden.hidden_by = excluded.hidden_by
       RETURNING (SELECT hidden_until FROM previous) AS previous`,
      [seq, hiddenUntil, request.legalBasis, by.id, admin])
    if (!replaced) throw new HideHeld(seq)
    return {
      seq,
      hiddenUntil,
      limit,
      legalBasis: { code: request.legalBasis, citation },
      ...(replaced.previous ? { replacedUntil: new Date(replaced.previous).toISOString() } : {})
    }
  }
}

declare module 'fastify' {
  interface FastifyInstance { accessHides: AccessHides }
}

export default fp(async (app: FastifyInstance) => {
  app.decorate('accessHides', await AccessHides.load(app.store, app.config.legalBasesFile, app.config.accessHideMaxDays))
}, { name: 'gateway-access-hides', fastify: '5.x', dependencies: ['gateway-store'] })
