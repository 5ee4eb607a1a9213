// The log as a whole: the stored chain and checkpoints verified by the gateway, the signed checkpoints, and the
// export for the offline verifier (npm run audit:verify), downloaded without leaving a copy in the browser.
import { useEffect, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { api, ApiError, download } from '../api.ts'
import { dateTime, messages } from '../messages.ts'
import { Heading, Pairs, type PageProps } from '../ui.ts'

interface Checkpoint { treeSize: number, root: string, at: string, kid: string }
interface Verification { ok: boolean, entries: number, checkpoints: number, treeSize?: number, root?: string, firstBad?: { seq: number, reason: string, message: string } }

const words = {
  vi: { title: 'Tính toàn vẹn của nhật ký', verify: 'Kiểm tra toàn bộ chuỗi', verifying: 'Đang kiểm tra…', ok: (n: number, c: number) => `Chuỗi nguyên vẹn: ${n} mục và ${c} điểm kiểm tra đều khớp.`, bad: (seq: number, reason: string) => `Chuỗi bị hỏng từ mục số ${seq} (${reason}).`, exportTitle: 'Xuất nhật ký', exportLead: 'Tệp NDJSON để kiểm tra ngoại tuyến bằng npm run audit:verify.', exportButton: 'Tải tệp xuất', checkpoints: 'Các điểm kiểm tra đã ký', size: 'Số mục', root: 'Gốc cây Merkle', at: 'Thời gian', key: 'Khóa' },
  en: { title: 'Log integrity', verify: 'Verify the whole chain', verifying: 'Verifying…', ok: (n: number, c: number) => `The chain is intact: ${n} entries and ${c} checkpoints all match.`, bad: (seq: number, reason: string) => `The chain is broken from entry ${seq} (${reason}).`, exportTitle: 'Export the log', exportLead: 'An NDJSON file for the offline check with npm run audit:verify.', exportButton: 'Download the export', checkpoints: 'Signed checkpoints', size: 'Entries', root: 'Merkle root', at: 'Time', key: 'Key' }
}

export function LogIntegrity ({ lang }: PageProps) {
  const t = words[lang]
  const [checkpoints, setCheckpoints] = useState<Checkpoint[] | undefined>()
  const [report, setReport] = useState<Verification | 'running' | undefined>()
  const [error, setError] = useState<string | undefined>()
  const failed = (e: ApiError) => setError(e.code)
  useEffect(() => { api<{ checkpoints: Checkpoint[] }>('/v1/audit/checkpoints').then((r) => setCheckpoints(r.checkpoints.slice(-20).reverse()), failed) }, [])
  const verify = () => { setReport('running'); api<Verification>('/v1/audit/verify').then(setReport, failed) }
  return html`<${Heading}>${t.title}<//>
    ${error && html`<p class="error" role="alert">${messages[lang].error(error)}</p>`}
    <section class="card" aria-labelledby="chain">
      <h2 id="chain">${t.verify}</h2>
      <button type="button" onClick=${verify} disabled=${report === 'running'}>${t.verify}</button>
      <div role="status" aria-live="polite" class="outcome">
        ${report === 'running' && t.verifying}
        ${report && report !== 'running' && (report.ok
          ? html`<p class="verified">${t.ok(report.entries, report.checkpoints)}</p>`
          : html`<p class="error">${t.bad(report.firstBad!.seq, report.firstBad!.reason)} ${report.firstBad!.message}</p>`)}
      </div>
    </section>
    <section class="card" aria-labelledby="export">
      <h2 id="export">${t.exportTitle}</h2>
      <p>${t.exportLead}</p>
      <button type="button" onClick=${() => download('/v1/audit/export', 'audit-export.ndjson').catch(failed)}>${t.exportButton}</button>
    </section>
    <section aria-labelledby="checkpoints">
      <h2 id="checkpoints">${t.checkpoints}</h2>
      <ul class="cards">${checkpoints?.map((c) => html`<li class="card"><${Pairs} rows=${[[t.size, c.treeSize], [t.at, dateTime(lang, c.at)], [t.root, html`<code>${c.root}</code>`], [t.key, c.kid]]} /></li>`)}</ul>
    </section>`
}
