// How the agency's live sources answered this gateway instance lately (GET /v1/sources/health).
import { useEffect, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { api, ApiError } from '../api.ts'
import { dateTime, messages } from '../messages.ts'
import { base, navigate } from '../router.ts'
import { Heading, Pairs, type PageProps } from '../ui.ts'

interface Health { id: string, agency: string, calls: number, found: number, notFound: number, errors: Record<string, number>, p50Ms?: number, p95Ms?: number, lastSuccessAt?: string, circuit: 'closed' | 'open' | 'half-open' }

const windows = ['90s', '15m', '1h']

const words = {
  vi: {
    title: 'Tình trạng nguồn dữ liệu',
    lead: 'Số liệu do máy chủ đang trả lời tự đếm, trong khoảng thời gian đã chọn; mỗi máy chủ đếm các lần gọi của riêng nó.',
    window: 'Khoảng thời gian',
    show: 'Xem',
    windows: { '90s': '90 giây', '15m': '15 phút', '1h': '1 giờ' } as Record<string, string>,
    none: 'Không có nguồn trực tuyến nào.',
    calls: 'Số lần gọi',
    found: 'Tìm thấy',
    notFound: 'Không có chủ thể',
    latency: 'Độ trễ p50 / p95',
    errors: 'Lỗi theo lý do',
    noErrors: 'Không có lỗi',
    circuit: 'Cầu dao',
    circuits: { closed: 'đóng (hoạt động bình thường)', open: 'mở (tạm ngừng gọi)', 'half-open': 'nửa mở (đang thử lại)' },
    lastSuccess: 'Lần thành công gần nhất',
    never: 'chưa có'
  },
  en: {
    title: 'Source health',
    lead: 'Counted by the instance that answers, over the chosen window; each instance counts its own calls.',
    window: 'Window',
    show: 'Show',
    windows: { '90s': '90 seconds', '15m': '15 minutes', '1h': '1 hour' } as Record<string, string>,
    none: 'No live source.',
    calls: 'Calls',
    found: 'Found',
    notFound: 'No such subject',
    latency: 'Latency p50 / p95',
    errors: 'Errors by reason',
    noErrors: 'No errors',
    circuit: 'Circuit',
    circuits: { closed: 'closed (working)', open: 'open (calls paused)', 'half-open': 'half-open (probing)' },
    lastSuccess: 'Last success',
    never: 'never'
  }
}

export function HealthPage ({ lang, query }: PageProps) {
  const t = words[lang]
  const window = windows.includes(query.get('window') ?? '') ? query.get('window')! : '15m'
  const [sources, setSources] = useState<Health[] | undefined>()
  const [error, setError] = useState<string | undefined>()
  useEffect(() => {
    setSources(undefined)
    api<{ sources: Health[] }>(`/v1/sources/health?window=${window}`).then((r) => setSources(r.sources), (e: ApiError) => setError(e.code))
  }, [window])
  const ms = (n?: number) => n === undefined ? '–' : `${Math.round(n)} ms`
  return html`<${Heading}>${t.title}<//>
    <p>${t.lead}</p>
    <form class="card filters" onSubmit=${(e: SubmitEvent) => { e.preventDefault(); navigate(`${base}/health?window=${new FormData(e.target as HTMLFormElement).get('window')}`) }}>
      <div class="field"><label for="window">${t.window}</label>
        <select id="window" name="window" value=${window}>${windows.map((w) => html`<option value=${w}>${t.windows[w]}</option>`)}</select></div>
      <button type="submit">${t.show}</button>
    </form>
    ${error && html`<p class="error" role="alert">${messages[lang].error(error)}</p>`}
    ${sources && html`<p role="status">${sources.length ? '' : t.none}</p>
      <ul class="cards">${sources.map((s) => html`<li class="card">
        <h2><a href=${`${base}/sources/${s.id}`}>${s.id}</a></h2>
        <${Pairs} rows=${[
          [t.calls, String(s.calls)],
          [t.found, String(s.found)],
          [t.notFound, String(s.notFound)],
          [t.latency, `${ms(s.p50Ms)} / ${ms(s.p95Ms)}`],
          [t.errors, Object.keys(s.errors).length ? html`<ul class="plain">${Object.entries(s.errors).map(([reason, n]) => html`<li><code>${reason}</code>: ${n}</li>`)}</ul>` : t.noErrors],
          [t.circuit, html`<span class=${`circuit ${s.circuit}`}>${t.circuits[s.circuit]}</span>`],
          [t.lastSuccess, s.lastSuccessAt ? dateTime(lang, s.lastSuccessAt) : t.never]
        ]} />
      </li>`)}</ul>`}`
}
