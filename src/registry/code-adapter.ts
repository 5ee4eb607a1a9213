// The contract of a code adapter: what a manifest cannot say (another encoding, several calls) in code
// that ships with the gateway. A registration can only name one; it never brings code of its own.
import type { FieldReason, Subject } from '../generated/types.ts'

export interface SourceResponse { status: number, body: string, contentType: string }

export interface CodeAdapterContext {
  subject: Subject
  /** The manifest's URL with the subject filled in. */
  url: URL
  /** A request through the source's pool, within the source's timeout and body-size cap. */
  request (url: URL, init?: { method?: 'GET' | 'POST', headers?: Record<string, string>, body?: string }): Promise<SourceResponse>
}

export type CodeAdapterResult = { found: true, record: unknown } | { found: false }

export interface CodeAdapter {
  readonly name: string
  fetch (context: CodeAdapterContext): Promise<CodeAdapterResult>
}

/**
 * Thrown by a code adapter (or the fetcher) when a source's answer cannot be used; `reason` is a field reason
 * code, the message says why for the conformance test (a status, a content type, a pointer; never a value).
 */
export class SourceFailure extends Error {
  readonly reason: FieldReason
  /** Whether the same call may well succeed if repeated (a server error, not a refusal). */
  readonly retryable: boolean
  constructor (reason: FieldReason, message: string = reason, retryable = false) {
    super(message)
    this.reason = reason
    this.retryable = retryable
  }

  /** A source that answered a status it should not have. */
  static status (status: number): SourceFailure {
    return new SourceFailure('SOURCE_ERROR', `HTTP status ${status}`, [500, 502, 503, 504].includes(status))
  }

  /** A body that is not what the source should speak; the content type it came with often says why (a proxy's HTML page). */
  static unreadable (expected: 'JSON' | 'XML', response: SourceResponse): SourceFailure {
    return new SourceFailure('SOURCE_BAD_RESPONSE', `not ${expected === 'XML' ? 'well-formed XML' : 'JSON'} (content type ${response.contentType || 'none'})`)
  }
}
