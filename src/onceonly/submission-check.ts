// Checks a dossier a portal is about to accept against the receipt of its prefill, and reports every
// once-only violation at once (the law: explain everything in one go). Every check is audited and counted.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import type { AuditContext } from '../audit/audit-entry.ts'
import type { AuditLog } from '../audit/audit-log.ts'
import type { GatewayMetrics } from '../metrics/metrics.ts'
import type { FormRegistry } from '../registry/form-registry.ts'
import type { SubjectHasher } from '../subject/subject-hasher.ts'
import type { SubmissionCheckRequest, SubmissionCheckResult } from '../generated/types.ts'
import { maskSubjectId } from '../subject/subject-id.ts'
import type { CompiledForm } from '../registry/compiled-form.ts'
import { valueDigest, type ReceiptVerification, type Receipts } from './receipts.ts'
import { violation, type Violation } from './violations.ts'

export interface Submission {
  /** The portal that checks the dossier: a receipt counts only for the portal it was issued to. */
  clientId: string
  procedure: string
  version: number
  subjectHmac: string
  values: SubmissionCheckRequest['values']
  documents: string[]
}

export type CheckOutcome = Pick<SubmissionCheckResult, 'verdict' | 'violations' | 'changedWithReason'>

export function checkSubmission (form: CompiledForm, submission: Submission, receipt: ReceiptVerification): CheckOutcome {
  const violations: Violation[] = []
  const changedWithReason: string[] = []
  if (receipt.status === 'invalid') violations.push(violation('RECEIPT_INVALID'))
  else {
    if (receipt.status === 'expired') violations.push(violation('RECEIPT_EXPIRED'))
    const { claims } = receipt
    const mismatch = claims.aud !== submission.clientId
      ? 'portal'
      : claims.sub !== submission.subjectHmac ? 'subject' : claims.proc !== submission.procedure ? 'procedure' : claims.ver !== submission.version ? 'form version' : undefined
    // A receipt for something else says nothing about this dossier's values, and one issued while fields were
    // pending does not hold everything the gateway released for the prefill.
    if (mismatch) violations.push(violation('RECEIPT_MISMATCH', { about: mismatch }))
    else if (receipt.completion === 'issued') violations.push(violation('RECEIPT_SUPERSEDED'))
    else if (receipt.completion === 'pending') violations.push(violation('RECEIPT_PENDING'))
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

export interface SubmissionDeps { forms: FormRegistry, hasher: SubjectHasher, receipts: Receipts, audit: AuditLog, metrics: GatewayMetrics }

export class Submissions {
  #deps: SubmissionDeps

  constructor (deps: SubmissionDeps) {
    this.#deps = deps
  }

  async check (body: SubmissionCheckRequest, context: AuditContext): Promise<SubmissionCheckResult> {
    const { forms, hasher, receipts, audit, metrics } = this.#deps
    const form = forms.forSubject(body.procedure, body.version, body.subject)
    const subjectHmac = hasher.hash(body.subject)
    const receipt = await receipts.verify(body.receipt)
    const outcome = checkSubmission(form, { clientId: context.clientId, procedure: body.procedure, version: body.version, subjectHmac, values: body.values, documents: body.documents }, receipt)
    const entry = await audit.append({
      ...context,
      action: 'submission.check',
      subjectHmac,
      subjectMasked: maskSubjectId(body.subject.id),
      procedure: form.procedure,
      version: form.version,
      receiptId: receipt.status === 'invalid' ? undefined : receipt.claims.jti,
      detail: { violations: outcome.violations.map((v) => v.code), changedWithReason: outcome.changedWithReason.length },
      result: outcome.verdict
    })
    const labels = { procedure: form.procedure, client: context.clientId }
    metrics.checks.inc({ ...labels, verdict: outcome.verdict })
    metrics.steps.inc({ ...labels, step: 'submission-check', outcome: outcome.verdict })
    for (const v of outcome.violations) metrics.violations.inc({ ...labels, code: v.code })
    return { requestId: context.requestId, ...outcome, audit: { entry } }
  }
}

declare module 'fastify' {
  interface FastifyInstance { submissions: Submissions }
}

export default fp(async (app: FastifyInstance) => {
  app.decorate('submissions', new Submissions({ forms: app.forms, hasher: app.subjectHasher, receipts: app.receipts, audit: app.audit, metrics: app.metrics }))
}, { name: 'gateway-submissions', fastify: '5.x', dependencies: ['gateway-registry', 'gateway-subject', 'gateway-receipts', 'gateway-audit', 'gateway-metrics'] })
