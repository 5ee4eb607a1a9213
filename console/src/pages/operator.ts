// The operator's view of this gateway: readiness (store, its read replica and lag, Redis, witnesses), the
// queues' depths, and each source's circuit and health, as the instance that answers sees them.
import { html } from 'htm/preact'
import { useEffect, useState } from 'preact/hooks'
import { api, ApiError } from '../api.ts'
import { LoadError, useApi } from '../admin-ui.ts'
import { dateTime } from '../messages.ts'
import { Heading, Pairs, type PageProps } from '../ui.ts'

type Depth = { waiting: number, active: number, delayed: number, failed: number }
interface Readiness {
  status: 'ready' | 'degraded' | 'unavailable'
  checks: { store: 'ok' | 'down', redis: 'ok' | 'down', replica?: 'ok' | 'lagging' | 'down' }
  replica?: { lagSeconds: number, lagBytes: number, maxLagSeconds: number }
  queues?: { prefill: Depth, webhooks: Depth }
  witnesses?: Array<{ name: string, cosignedSize: number, lag: number, errors: number, up: boolean, lastError?: string }>
}
interface SourceHealth { id: string, agency: string, calls: number, found: number, notFound: number, errors: Record<string, number>, p50Ms?: number, p95Ms?: number, lastSuccessAt?: string, circuit: 'closed' | 'open' | 'half-open' }

const words = {
  vi: {
    title: 'Vận hành',
    readiness: 'Tình trạng sẵn sàng',
    state: 'Trạng thái',
    status: { ready: 'Sẵn sàng', degraded: 'Hoạt động suy giảm', unavailable: 'Không phục vụ được' },
    store: 'Cơ sở dữ liệu',
    replica: 'Bản sao chỉ đọc (cho kiểm toán)',
    replicaLag: (seconds: string, bytes: string) => `Bình thường, chậm ${seconds} giây (${bytes} byte WAL)`,
    replicaLagging: (seconds: string, bytes: string, max: string) => `Chậm ${seconds} giây (${bytes} byte WAL), quá ${max} giây: kiểm toán đọc từ máy chủ chính đến khi bản sao theo kịp`,
    replicaDown: 'Mất kết nối: kiểm toán đọc từ máy chủ chính',
    redis: 'Redis (hàng đợi, bộ đệm)',
    check: { ok: 'Bình thường', down: 'Mất kết nối' },
    queues: 'Hàng đợi',
    queue: { prefill: 'Lấy dữ liệu từ nguồn chậm', webhooks: 'Gửi kết quả cho cổng (webhook)' },
    depth: { waiting: 'Đang chờ', active: 'Đang xử lý', delayed: 'Chờ thử lại', failed: 'Thất bại' },
    noQueues: 'Cổng không công bố độ sâu hàng đợi (cần METRICS_PUBLIC và Redis hoạt động).',
    witnesses: 'Bên chứng kiến nhật ký',
    witness: { up: 'Hoạt động', down: 'Không phản hồi', size: 'Kích thước đã ký', lag: 'Chậm sau (số mục)', errors: 'Số lần lỗi', lastError: 'Lỗi gần nhất' },
    sources: 'Nguồn dữ liệu',
    sourcesNote: 'Số liệu 15 phút gần nhất của máy chủ đang trả lời; mỗi máy chủ tự đếm các lần gọi của mình.',
    noSources: 'Chưa có nguồn nào.',
    agency: 'Cơ quan',
    circuit: 'Cầu dao',
    circuitState: { closed: 'Đóng (bình thường)', open: 'Mở (tạm ngừng gọi)', 'half-open': 'Nửa mở (đang thử lại)' },
    calls: 'Số lần gọi',
    found: 'Có dữ liệu / không có',
    errors: 'Lỗi',
    none: 'không có',
    latency: 'Độ trễ p50 / p95',
    lastSuccess: 'Thành công gần nhất',
    refresh: 'Cập nhật',
    updated: (at: string) => `Đã cập nhật lúc ${at}.`
  },
  en: {
    title: 'Operations',
    readiness: 'Readiness',
    state: 'State',
    status: { ready: 'Ready', degraded: 'Degraded', unavailable: 'Unavailable' },
    store: 'Database',
    replica: 'Read replica (auditor reads)',
    replicaLag: (seconds: string, bytes: string) => `OK, ${seconds} s behind (${bytes} WAL bytes)`,
    replicaLagging: (seconds: string, bytes: string, max: string) => `Lagging ${seconds} s behind (${bytes} WAL bytes), over ${max} s: auditor reads go to the primary until it catches up`,
    replicaDown: 'Down: auditor reads go to the primary',
    redis: 'Redis (queues, cache)',
    check: { ok: 'OK', down: 'Down' },
    queues: 'Queues',
    queue: { prefill: 'Fetches from slow sources', webhooks: 'Deliveries to portals (webhooks)' },
    depth: { waiting: 'Waiting', active: 'Active', delayed: 'Waiting to retry', failed: 'Failed' },
    noQueues: 'The gateway does not publish its queues\' depths (it needs METRICS_PUBLIC and Redis up).',
    witnesses: 'Log witnesses',
    witness: { up: 'Up', down: 'Not answering', size: 'Cosigned size', lag: 'Behind by (entries)', errors: 'Errors', lastError: 'Last error' },
    sources: 'Data sources',
    sourcesNote: 'The last 15 minutes as the answering instance saw them; each instance counts its own calls.',
    noSources: 'No source yet.',
    agency: 'Agency',
    circuit: 'Circuit',
    circuitState: { closed: 'Closed (normal)', open: 'Open (calls stopped)', 'half-open': 'Half-open (probing)' },
    calls: 'Calls',
    found: 'Found / not found',
    errors: 'Errors',
    none: 'none',
    latency: 'Latency p50 / p95',
    lastSuccess: 'Last success',
    refresh: 'Refresh',
    updated: (at: string) => `Updated at ${at}.`
  }
}

const number = (lang: PageProps['lang'], value: number) => value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })
const ms = (value?: number) => value === undefined ? '–' : `${Math.round(value)} ms`

/** The replica's lag while it answers, and whether auditor reads are on it. */
function replicaState (t: typeof words[PageProps['lang']], lang: PageProps['lang'], { checks, replica }: Readiness): string {
  if (checks.replica === 'down' || !replica) return t.replicaDown
  const [seconds, bytes] = [number(lang, replica.lagSeconds), number(lang, replica.lagBytes)]
  return checks.replica === 'lagging' ? t.replicaLagging(seconds, bytes, number(lang, replica.maxLagSeconds)) : t.replicaLag(seconds, bytes)
}

export function Operator ({ lang }: PageProps) {
  const t = words[lang]
  const [readiness, setReadiness] = useState<{ data?: Readiness, error?: ApiError }>({})
  const sources = useApi<{ sources: SourceHealth[] }>('/v1/sources/health?window=15m')
  const [updated, setUpdated] = useState('')
  const load = () => {
    // A gateway without its store answers 503 with the same body: that is what the operator must see.
    api<Readiness>('/readyz').then((data) => setReadiness({ data }), (error: ApiError) => setReadiness(error.status === 503 && error.body.checks ? { data: error.body as unknown as Readiness } : { error }))
    setUpdated(t.updated(dateTime(lang, new Date().toISOString())))
  }
  useEffect(load, [])
  const ready = readiness.data
  return html`<${Heading}>${t.title}<//>
    <p class="actions"><button type="button" onClick=${() => { load(); sources.reload() }}>${t.refresh}</button></p>
    <p role="status" aria-live="polite">${updated}</p>
    <h2>${t.readiness}</h2>
    <${LoadError} lang=${lang} error=${readiness.error} />
    ${ready && html`<div class="card"><${Pairs} rows=${[
      [t.state, html`<strong class=${`state-${ready.status}`}>${t.status[ready.status]}</strong>`],
      [t.store, t.check[ready.checks.store]],
      ready.checks.replica && [t.replica, replicaState(t, lang, ready)],
      [t.redis, t.check[ready.checks.redis]]
    ]} /></div>
    <h2>${t.queues}</h2>
    ${ready.queues
      ? html`<ul class="cards">${(['prefill', 'webhooks'] as const).map((q) => html`<li class="card"><h3>${t.queue[q]}</h3><${Pairs} rows=${(['waiting', 'active', 'delayed', 'failed'] as const).map((k) => [t.depth[k], String(ready.queues![q][k])])} /></li>`)}</ul>`
      : html`<p>${t.noQueues}</p>`}
    ${ready.witnesses && html`<h2>${t.witnesses}</h2><ul class="cards">${ready.witnesses.map((w) => html`<li class="card"><h3>${w.name}</h3><${Pairs} rows=${[
      [t.state, w.up ? t.witness.up : t.witness.down],
      [t.witness.size, String(w.cosignedSize)],
      [t.witness.lag, String(w.lag)],
      [t.witness.errors, String(w.errors)],
      w.lastError && [t.witness.lastError, w.lastError]
    ]} /></li>`)}</ul>`}`}
    <h2>${t.sources}</h2>
    <p class="hint">${t.sourcesNote}</p>
    <${LoadError} lang=${lang} error=${sources.error} />
    ${sources.data && (sources.data.sources.length === 0
      ? html`<p>${t.noSources}</p>`
      : html`<ul class="cards">${sources.data.sources.map((s) => html`<li class="card"><h3>${s.id}</h3><${Pairs} rows=${[
        [t.agency, s.agency],
        [t.circuit, html`<span class=${`state-${s.circuit}`}>${t.circuitState[s.circuit]}</span>`],
        [t.calls, String(s.calls)],
        [t.found, `${s.found} / ${s.notFound}`],
        [t.errors, Object.keys(s.errors).length ? Object.entries(s.errors).map(([reason, n]) => `${reason}: ${n}`).join(', ') : t.none],
        [t.latency, `${ms(s.p50Ms)} / ${ms(s.p95Ms)}`],
        s.lastSuccessAt && [t.lastSuccess, dateTime(lang, s.lastSuccessAt)]
      ]} /></li>`)}</ul>`)}`
}
