// What an audit entry is, and exactly what is hashed: the RFC 8785 canonical JSON of the entry (absent
// members left out), in UTF-8. The chain hash of entry n is SHA-256(hex hash of entry n-1 || canonical JSON);
// its Merkle leaf hash is SHA-256(0x00 || canonical JSON), as RFC 6962 hashes leaves.
import { hash } from 'node:crypto'
import type { AuditEntryView } from '../generated/types.ts'
import { canonicalJson } from '../validation/canonical-json.ts'
import type { FrontierNode } from './merkle.ts'
import { sha256Digest } from './sha256.ts'

/** Where a chain (or an archive, or the part still online) starts: the entry before it and the frontier of every leaf before it. */
export interface Genesis { seq: number, hash: string, frontier?: FrontierNode[] }

/** Who made an access, and in which request: what every entry of that request shares. */
export type AuditContext = Pick<AuditEntry, 'requestId' | 'traceId' | 'clientId' | 'role'>

/** What a request appends: an entry before the log gives it its sequence number and time. */
export type AuditEntry = Omit<AuditEntryView, 'seq' | 'at'>

export type AuditAction = AuditEntry['action']

export interface ChainedEntry extends AuditEntry { seq: number, at: string }

export const genesisHash = '0'.repeat(64)

/** An entry's members that its canonical JSON holds (absent ones, undefined or null, left out), by `part` of their names. */
function presentMembers (entry: object, part: (name: string) => number, parts: number): Array<Record<string, unknown>> {
  const members = Array.from({ length: parts }, () => ({} as Record<string, unknown>))
  for (const [name, value] of Object.entries(entry)) {
    const i = part(name)
    if (value !== undefined && value !== null && i >= 0) members[i][name] = value
  }
  return members
}

export function entryCanonical (entry: ChainedEntry): string {
  return canonicalJson(presentMembers(entry, () => 0, 1)[0])
}

/** An entry's canonical JSON without its braces, cut where its time and sequence number go: `{beforeAt"at":…beforeSeq,"seq":…afterSeq}`. */
export interface UnchainedCanonical { beforeAt: string, beforeSeq: string, afterSeq: string }

/**
 * An entry's canonical JSON made before the log gives it a sequence number and time, which the store splices
 * in at their places (`audit_chain`, migration 017): the same text as entryCanonical, made outside the batch.
 * RFC 8785 orders members by name, so the members before "at", between "at" and "seq" and after "seq" are
 * each one canonical object without its braces (one stringify each, not one per member).
 */
export function unchainedCanonical (entry: AuditEntry): UnchainedCanonical {
  const part = (name: string) => name === 'at' || name === 'seq' ? -1 : name < 'at' ? 0 : name < 'seq' ? 1 : 2
  const [beforeAt, beforeSeq, afterSeq] = presentMembers(entry, part, 3).map((members) => canonicalJson(members).slice(1, -1))
  return { beforeAt: beforeAt && `${beforeAt},`, beforeSeq: beforeSeq && `,${beforeSeq}`, afterSeq: afterSeq && `,${afterSeq}` }
}

// One-shot hashing of strings (UTF-8): the verifier does this for every entry.
export const chainHash = (prevHash: string, canonical: string): string => hash('sha256', prevHash + canonical, 'hex')

export const entryLeafHash = (canonical: string): Buffer => sha256Digest('\u0000' + canonical)

interface AuditRow {
  seq: string | number
  at: Date | string
  request_id: string
  trace_id: string | null
  client_id: string
  role: AuditEntry['role']
  action: AuditAction
  subject_hmac: string | null
  subject_masked: string | null
  procedure: string | null
  version: number | null
  purpose: string | null
  legal_basis: string | null
  sources: unknown
  fields: string[]
  receipt_id: string | null
  detail: unknown
  result: AuditEntry['result']
}

const json = (value: unknown) => typeof value === 'string' ? JSON.parse(value) : value

/** The entry a stored row says, member for member as it was hashed. */
export function entryFromRow (row: AuditRow): ChainedEntry {
  const sources = json(row.sources) as AuditEntry['sources']
  const entry: ChainedEntry = {
    seq: Number(row.seq),
    at: new Date(row.at).toISOString(),
    requestId: row.request_id,
    traceId: row.trace_id ?? undefined,
    clientId: row.client_id,
    role: row.role,
    action: row.action,
    subjectHmac: row.subject_hmac ?? undefined,
    subjectMasked: row.subject_masked ?? undefined,
    procedure: row.procedure ?? undefined,
    version: row.version ?? undefined,
    purpose: row.purpose ?? undefined,
    legalBasis: row.legal_basis ?? undefined,
    sources: sources && sources.length ? sources : undefined,
    fields: row.fields && row.fields.length ? row.fields : undefined,
    receiptId: row.receipt_id ?? undefined,
    detail: (json(row.detail) as Record<string, unknown> | null) ?? undefined,
    result: row.result
  }
  return entry
}

/**
 * The stored form of an entry's own members, column for column (the log adds seq, at and the hashes). Empty
 * lists are stored empty and read back absent; the fields travel as the text of a PostgreSQL array, one value
 * like the others in its column (audit-log.ts sends a batch as one JSON array per column).
 */
export function rowValues (entry: AuditEntry): unknown[] {
  return [entry.requestId, entry.traceId ?? null, entry.clientId, entry.role, entry.action,
    entry.subjectHmac ?? null, entry.subjectMasked ?? null, entry.procedure ?? null, entry.version ?? null, entry.purpose ?? null,
    entry.legalBasis ?? null, JSON.stringify(entry.sources ?? []), arrayText(entry.fields ?? []), entry.receiptId ?? null,
    entry.detail ? JSON.stringify(entry.detail) : null, entry.result]
}

/** A PostgreSQL array's text: every element quoted, with `"` and `\` escaped. */
const arrayText = (items: string[]) => `{${items.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`

/** The columns of rowValues with their types, between seq and at before and the three hashes after. */
export const rowColumns: ReadonlyArray<[column: string, type: string]> = [['request_id', 'text'], ['trace_id', 'text'], ['client_id', 'text'],
  ['role', 'text'], ['action', 'text'], ['subject_hmac', 'text'], ['subject_masked', 'text'], ['procedure', 'text'], ['version', 'integer'],
  ['purpose', 'text'], ['legal_basis', 'text'], ['sources', 'jsonb'], ['fields', 'text[]'], ['receipt_id', 'text'], ['detail', 'jsonb'], ['result', 'text']]
