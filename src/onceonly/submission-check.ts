// Checks a dossier a portal is about to accept against the receipt of its prefill, and reports every
// once-only violation at once (the law: explain everything in one go).
import type { SubmissionCheckRequest } from '../generated/types.ts'
import type { CompiledForm } from '../registry/compiled-form.ts'
import { valueDigest, type ReceiptVerification } from './receipts.ts'
import { violation, type Violation } from './violations.ts'

export interface Submission {
  procedure: string
  version: number
  subjectHmac: string
  values: SubmissionCheckRequest['values']
  documents: string[]
}

export interface CheckOutcome {
  verdict: 'accept' | 'reject'
  violations: Violation[]
  /** Editable recognised values the person changed with a declared reason: counted, not rejected. */
  changedWithReason: string[]
}

export function checkSubmission (form: CompiledForm, submission: Submission, receipt: ReceiptVerification): CheckOutcome {
  const violations: Violation[] = []
  const changedWithReason: string[] = []
  if (receipt.status === 'invalid') violations.push(violation('RECEIPT_INVALID'))
  else {
    if (receipt.status === 'expired') violations.push(violation('RECEIPT_EXPIRED'))
    const { claims } = receipt
    const mismatch = claims.sub !== submission.subjectHmac ? 'subject' : claims.proc !== submission.procedure ? 'procedure' : claims.ver !== submission.version ? 'form version' : undefined
    // A receipt for something else says nothing about this dossier's values.
    if (mismatch) violations.push(violation('RECEIPT_MISMATCH', { about: mismatch }))
    else {
      const editable = new Map(form.fields.map((f) => [f.field, f.prefill.editable]))
      for (const [path, released] of Object.entries(claims.vals)) {
        const submitted = submission.values[path]
        if (!submitted || submitted.origin === 'person' || !Object.hasOwn(submitted, 'value')) {
          violations.push(violation('RECOGNISED_FIELD_NOT_PREFILLED', { path }))
        } else if (valueDigest(claims.salt, path, submitted.value) !== released.h) {
          if (editable.get(path) && submitted.reason) changedWithReason.push(path)
          else violations.push(violation('RECOGNISED_VALUE_ALTERED', { path }))
        }
      }
      for (const code of claims.docs) {
        if (submission.documents.includes(code)) violations.push(violation('COMPONENT_ALREADY_RECOGNISED', { document: code }))
      }
    }
  }
  return { verdict: violations.length ? 'reject' : 'accept', violations, changedWithReason }
}
