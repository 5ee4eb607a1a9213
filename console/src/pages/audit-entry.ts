// One entry of the sharing log, and Verify: its inclusion checked in the browser (verify.ts).
import { useEffect, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { api, ApiError } from '../api.ts'
import { dateTime, messages } from '../messages.ts'
import { base } from '../router.ts'
import { Heading, Pairs, type PageProps } from '../ui.ts'
import { verifyInclusion, type InclusionProof, type Jwks, type Verification } from '../verify.ts'
import { auditWords, type AuditEntry } from './audit-log.ts'

const words = {
  vi: {
    title: (seq: number) => `Mục nhật ký số ${seq}`,
    verify: 'Xác minh',
    verifying: 'Đang xác minh…',
    verified: (size: number, at: string, kid: string) => `Đã xác minh: mục này nằm trong nhật ký có ${size} mục, theo điểm kiểm tra lúc ${at}, được ký bằng khóa ${kid}. Trình duyệt đã tự tính toán, không dựa vào kết luận của máy chủ.`,
    failed: {
      leaf: 'Không xác minh được: nội dung mục không khớp với mã băm lá trong nhật ký.',
      path: 'Không xác minh được: đường kiểm chứng không dẫn tới gốc cây Merkle của điểm kiểm tra.',
      signature: 'Không xác minh được: chữ ký của điểm kiểm tra không hợp lệ với khóa công bố.',
      checkpoint: 'Không xác minh được: nội dung được ký khác với điểm kiểm tra.'
    },
    notCovered: 'Chưa có điểm kiểm tra nào bao gồm mục này; hãy thử lại sau ít phút.',
    back: 'Về nhật ký'
  },
  en: {
    title: (seq: number) => `Log entry ${seq}`,
    verify: 'Verify',
    verifying: 'Verifying…',
    verified: (size: number, at: string, kid: string) => `Verified: this entry is in the log of ${size} entries, by the checkpoint of ${at}, signed with key ${kid}. The browser computed this itself, without relying on the server's word.`,
    failed: {
      leaf: 'Not verified: the entry does not match its leaf hash in the log.',
      path: 'Not verified: the audit path does not lead to the checkpoint\'s Merkle root.',
      signature: 'Not verified: the checkpoint\'s signature does not verify with the published key.',
      checkpoint: 'Not verified: what was signed differs from the checkpoint.'
    },
    notCovered: 'No checkpoint covers this entry yet; try again in a few minutes.',
    back: 'Back to the log'
  }
}

export function AuditEntryPage ({ lang, seq }: PageProps & { seq: number }) {
  const t = { ...auditWords[lang], ...words[lang] }
  const [proof, setProof] = useState<InclusionProof | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [outcome, setOutcome] = useState<Verification | 'running' | undefined>()
  useEffect(() => { api<InclusionProof>(`/v1/audit/entries/${seq}/proof`).then(setProof, (e: ApiError) => setError(e.code)) }, [seq])
  const verify = async () => {
    setOutcome('running')
    // The proof and the keys are fetched afresh: the check must not rest on what the page showed before.
    const [fresh, jwks] = await Promise.all([api<InclusionProof>(`/v1/audit/entries/${seq}/proof`), fetch('/.well-known/jwks.json').then((r) => r.json() as Promise<Jwks>)])
    setOutcome(await verifyInclusion(fresh, jwks))
  }
  const entry = proof?.entry as unknown as AuditEntry | undefined
  return html`<${Heading}>${t.title(seq)}<//>
    <p><a href=${`${base}/audit`}>${t.back}</a></p>
    ${error && html`<p class="error" role="alert">${error === 'GW_AUDIT_PROOF_UNAVAILABLE' ? t.notCovered : messages[lang].error(error)}</p>`}
    ${entry && html`<div class="card"><${Pairs} rows=${[
      [t.at, dateTime(lang, entry.at)],
      [t.action, entry.action],
      [t.client, entry.clientId],
      entry.subjectMasked && [t.subject, entry.subjectMasked],
      entry.procedure && [t.procedure, entry.procedure],
      entry.purpose && [t.purpose, entry.purpose],
      entry.sources && [t.sources, entry.sources.map((s) => `${s.id} (${s.agency}): ${s.outcome}`).join('; ')],
      entry.fields && [t.fields, entry.fields.join(', ')],
      [t.result, entry.result]
    ]} /></div>
    <button type="button" onClick=${verify} disabled=${outcome === 'running'}>${t.verify}</button>`}
    <div role="status" aria-live="polite" class="outcome">
      ${outcome === 'running' && t.verifying}
      ${outcome && outcome !== 'running' && (outcome.ok
        ? html`<p class="verified">${t.verified(outcome.treeSize, dateTime(lang, outcome.at), outcome.kid)}</p>`
        : html`<p class="error">${t.failed[outcome.failed!.step]} <code>${outcome.failed!.detail}</code></p>`)}
    </div>`
}
