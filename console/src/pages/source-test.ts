// The conformance test of a source for one subject (a sandbox persona in development): found, not found, or why
// the call failed. The gateway answers pointers and reasons, never a value of the record.
import { useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { api, ApiError } from '../api.ts'
import { messages } from '../messages.ts'
import { base } from '../router.ts'
import { Heading, Pairs, type PageProps } from '../ui.ts'
import { ProblemList } from '../registration-ui.ts'

interface TestResult { adapter: string, version: number, outcome: 'found' | 'not_found' | 'unavailable', reason?: string, detail?: string, ms: number, problems: Array<{ path: string, message: string }>, fieldsPresent?: string[] }

const words = {
  vi: {
    title: (id: string) => `Kiểm tra kết nối: ${id}`,
    lead: 'Gọi thẳng nguồn dữ liệu cho một chủ thể (bỏ qua bộ nhớ đệm và cầu dao) và đối chiếu bản ghi với lược đồ. Chỉ hiện kết quả, lý do và các trường có mặt, không bao giờ hiện giá trị. Lần gọi được ghi vào nhật ký chia sẻ.',
    subjectType: 'Loại chủ thể',
    citizen: 'Công dân',
    enterprise: 'Doanh nghiệp',
    subjectId: 'Số định danh / mã số doanh nghiệp',
    subjectHint: 'Trong môi trường thử nghiệm, dùng một chủ thể mẫu, ví dụ 040188000000.',
    run: 'Kiểm tra',
    running: 'Đang gọi nguồn dữ liệu…',
    outcome: 'Kết quả',
    version: 'Phiên bản',
    reason: 'Lý do',
    detail: 'Chi tiết',
    ms: 'Thời gian',
    fields: 'Trường có mặt',
    found: 'Tìm thấy bản ghi.',
    not_found: 'Nguồn trả lời không có chủ thể này.',
    unavailable: 'Không lấy được bản ghi.',
    back: 'Về trang nguồn'
  },
  en: {
    title: (id: string) => `Conformance test: ${id}`,
    lead: 'Asks the source directly for one subject (past the cache and the circuit) and checks the record against its schema. Shows the outcome, the reason and the fields present, never a value. The call is recorded in the sharing log.',
    subjectType: 'Subject type',
    citizen: 'Citizen',
    enterprise: 'Enterprise',
    subjectId: 'Personal id / enterprise code',
    subjectHint: 'In development, use a sandbox persona, for example 040188000000.',
    run: 'Test',
    running: 'Calling the source…',
    outcome: 'Outcome',
    version: 'Version',
    reason: 'Reason',
    detail: 'Detail',
    ms: 'Time',
    fields: 'Fields present',
    found: 'Record found.',
    not_found: 'The source says it has no such subject.',
    unavailable: 'No record could be had.',
    back: 'Back to the source'
  }
}

export function SourceTestPage ({ lang, id }: PageProps & { id: string }) {
  const t = words[lang]
  const [running, setRunning] = useState(false)
  const [result, setResult] = useState<TestResult | undefined>()
  const [error, setError] = useState<string | undefined>()
  const run = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.target as HTMLFormElement)
    setRunning(true)
    setResult(undefined)
    setError(undefined)
    try {
      setResult(await api<TestResult>(`/v1/adapters/${id}/test`, { method: 'POST', body: { subject: { type: form.get('subjectType'), id: String(form.get('subjectId')).trim() } } }))
    } catch (err) {
      const e = err as ApiError
      setError(`${messages[lang].error(e.code)} ${String(e.body?.message ?? '')}`)
    } finally {
      setRunning(false)
    }
  }
  return html`<${Heading}>${t.title(id)}<//>
    <p><a href=${`${base}/sources/${id}`}>${t.back}</a></p>
    <p>${t.lead}</p>
    <form class="card filters" onSubmit=${run}>
      <div class="field"><label for="subjectType">${t.subjectType}</label>
        <select id="subjectType" name="subjectType"><option value="citizen">${t.citizen}</option><option value="enterprise">${t.enterprise}</option></select></div>
      <div class="field"><label for="subjectId">${t.subjectId}</label>
        <input id="subjectId" name="subjectId" required inputmode="numeric" autocomplete="off" aria-describedby="subjectId-hint" />
        <p id="subjectId-hint" class="hint">${t.subjectHint}</p></div>
      <button type="submit" disabled=${running}>${t.run}</button>
    </form>
    <p role="status" aria-live="polite" class="outcome">${running ? t.running : result ? t[result.outcome] : ''}</p>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${result && html`<div class="card result"><${Pairs} rows=${[
      [t.outcome, html`<strong>${result.outcome}</strong>`],
      [t.version, String(result.version)],
      result.reason && [t.reason, html`<code>${result.reason}</code>`],
      result.detail && [t.detail, result.detail],
      [t.ms, `${result.ms} ms`],
      (result.fieldsPresent?.length ?? 0) > 0 && [t.fields, result.fieldsPresent!.join(', ')]
    ]} /></div>
    <${ProblemList} lang=${lang} problems=${result.problems} />`}`
}
