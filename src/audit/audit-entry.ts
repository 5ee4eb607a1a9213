// What an audit entry is, and exactly what is hashed: the RFC 8785 canonical JSON of the entry (absent
// members left out), in UTF-8. The chain hash of entry n is SHA-256(hex hash of entry n-1 || canonical JSON);
// its Merkle leaf hash is SHA-256(0x00 || canonical JSON), as RFC 6962 hashes leaves.
import { hash } from 'node:crypto'
import canonicalize from 'canonicalize'
import type { AuditEntryView } from '../generated/types.ts'
import type { FrontierNode } from './merkle.ts'

/** Where a chain (or an archive, or the part still online) starts: the entry before it and the frontier of every leaf before it. */
export interface Genesis { seq: number, hash: string, frontier?: FrontierNode[] }

/** Who made an access, and in which request: what every entry of that request shares. */
export type AuditContext = Pick<AuditEntry, 'requestId' | 'traceId' | 'clientId' | 'role'>

/** What a request appends: an entry before the log gives it its sequence number and time. */
export type AuditEntry = Omit<AuditEntryView, 'seq' | 'at'>

export type AuditAction = AuditEntry['action']

export interface ChainedEntry extends AuditEntry { seq: number, at: string }

export const genesisHash = '0'.repeat(64)

export function entryCanonical (entry: ChainedEntry): string {
  const members = Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined && v !== null))
  return canonicalize(members)!
}

// One-shot hashing of strings (UTF-8): the verifier does this for every entry.
export const chainHash = (prevHash: string, canonical: string): string => hash('sha256', prevHash + canonical, 'hex')

export const entryLeafHash = (canonical: string): Buffer => hash('sha256', '\u0000' + canonical, 'buffer') as Buffer

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

/** The stored form of an entry, column for column. Empty lists are stored empty and read back absent. */
export function rowValues (entry: ChainedEntry, prevHash: string, hash: string, leaf: string): unknown[] {
  return [entry.seq, entry.at, entry.requestId, entry.traceId ?? null, entry.clientId, entry.role, entry.action,
    entry.subjectHmac ?? null, entry.subjectMasked ?? null, entry.procedure ?? null, entry.version ?? null, entry.purpose ?? null,
    entry.legalBasis ?? null, JSON.stringify(entry.sources ?? []), entry.fields ?? [], entry.receiptId ?? null,
    entry.detail ? JSON.stringify(entry.detail) : null, entry.result, prevHash, hash, leaf]
}

export const rowColumns = ['seq', 'at', 'request_id', 'trace_id', 'client_id', 'role', 'action', 'subject_hmac', 'subject_masked',
  'procedure', 'version', 'purpose', 'legal_basis', 'sources', 'fields', 'receipt_id', 'detail', 'result', 'prev_hash', 'hash', 'leaf_hash']
