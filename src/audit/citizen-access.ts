// The citizen's view of the sharing log: who used their data, when, for which procedure and purpose, which
// fields. A portal that has authenticated the citizen vouches for them with a short-lived assertion signed
// with the portal's registered key. Accesses hidden for an investigation (access-hides.ts) appear after their date.
import { importJWK, jwtVerify } from 'jose'
import type { Client } from '../auth/clients.ts'
import { AssertionInvalid } from '../errors.ts'
import type { Store } from '../store/store.ts'
import type { Subject } from '../generated/types.ts'
import { subjectIdProblem } from '../subject/subject-id.ts'
import { entryFromRow, type ChainedEntry } from './audit-entry.ts'

export const assertionAudience = 'once-only-gateway'
/** The longest an assertion may live, whatever its exp says. */
const maxAssertionAge = '5m'

/** Data accesses a citizen is shown (reads of the log and registrations are not about their data). */
export const citizenVisible = ['prefill', 'prefill.complete', 'submission.check', 'record.publish', 'adapter.test']

/** The subject a portal's assertion vouches for; `sub` is "citizen:<id>" or "enterprise:<code>". */
export async function assertedSubject (token: string | undefined, portal: Client): Promise<Subject> {
  if (!token) throw new AssertionInvalid('send it in the x-subject-assertion header')
  if (!portal.assertionKey) throw new AssertionInvalid(`portal ${portal.id} has no registered assertion key`)
  let sub: unknown
  try {
    const key = await importJWK({ ...portal.assertionKey, alg: 'ES256' }, 'ES256')
    sub = (await jwtVerify(token, key, { issuer: portal.id, audience: assertionAudience, algorithms: ['ES256'], maxTokenAge: maxAssertionAge, requiredClaims: ['exp', 'iat', 'sub'] })).payload.sub
  } catch (err) {
    throw new AssertionInvalid((err as { code?: string }).code ?? 'unreadable')
  }
  const match = /^(citizen|enterprise):(.+)$/.exec(String(sub))
  const subject = match ? { type: match[1] as Subject['type'], id: match[2] } : undefined
  if (!subject || subjectIdProblem(subject)) throw new AssertionInvalid('its sub is not a valid subject')
  return subject
}

export async function accessesOf (store: Store, subjectHmac: string, limit: number, before?: number): Promise<ChainedEntry[]> {
  const { rows } = await store.query<never>(
    `SELECT a.* FROM audit_log a LEFT JOIN access_hidden h ON h.seq = a.seq
     WHERE a.subject_hmac = $1 AND a.action = ANY($2) AND (h.seq IS NULL OR h.hidden_until <= now()) AND a.seq < $3
     ORDER BY a.seq DESC LIMIT $4`, [subjectHmac, citizenVisible, before ?? Number.MAX_SAFE_INTEGER, limit])
  return rows.map(entryFromRow)
}
