// The once-only report (the EMC measure) per procedure and portal over time: two charts, and the numbers
// beside them in a table, which is also what a screen reader reads (the charts are pictures of it).
import { useEffect, useRef, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js'
import { api, ApiError } from '../api.ts'
import { messages, type Lang } from '../messages.ts'
import { navigate, base } from '../router.ts'
import { Heading, type PageProps } from '../ui.ts'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip)

interface Row { period?: string, procedure: string, client: string, prefills: number, completions: number, fieldsAsked: number, fieldsFilled: number, documents: number, documentsWaived: number, checks: number, rejected: number }
const counts = ['prefills', 'completions', 'checks', 'rejected', 'fieldsAsked', 'fieldsFilled', 'documents', 'documentsWaived'] as const
type Totals = Record<typeof counts[number], number>

const words = {
  vi: { title: 'Báo cáo “chỉ cung cấp một lần”', lead: 'Số lần điền sẵn, hoàn tất, kiểm tra hồ sơ theo từng bước, tỷ lệ trường được điền sẵn và giấy tờ không phải nộp, theo thời gian (Nghị định 42/2022/NĐ-CP).', from: 'Từ ngày', to: 'Đến ngày', interval: 'Chia theo', day: 'Ngày', week: 'Tuần', month: 'Tháng', procedure: 'Thủ tục', client: 'Cổng', all: 'Tất cả', show: 'Xem', period: 'Kỳ', prefills: 'Điền sẵn', completions: 'Hoàn tất (nguồn chậm)', checks: 'Kiểm tra hồ sơ', rejected: 'Hồ sơ bị từ chối', fillRatio: 'Tỷ lệ trường được điền sẵn (%)', waiverRatio: 'Tỷ lệ giấy tờ không phải nộp (%)', stepsChart: 'Biểu đồ số yêu cầu theo bước và theo kỳ; số liệu trong bảng bên dưới.', ratiosChart: 'Biểu đồ tỷ lệ điền sẵn và miễn nộp theo kỳ; số liệu trong bảng bên dưới.', table: 'Số liệu theo kỳ', empty: 'Không có số liệu trong khoảng thời gian này.' },
  en: { title: 'Once-only report', lead: 'Prefills, completions and dossier checks per step, the share of fields prefilled and of documents waived, over time (Decree 42/2022/ND-CP).', from: 'From', to: 'To', interval: 'Per', day: 'Day', week: 'Week', month: 'Month', procedure: 'Procedure', client: 'Portal', all: 'All', show: 'Show', period: 'Period', prefills: 'Prefills', completions: 'Completions (slow sources)', checks: 'Dossier checks', rejected: 'Dossiers rejected', fillRatio: 'Fields prefilled (%)', waiverRatio: 'Documents waived (%)', stepsChart: 'Chart of requests per step and period; the numbers are in the table below.', ratiosChart: 'Chart of the prefill and waiver ratios per period; the numbers are in the table below.', table: 'The numbers per period', empty: 'No data in this period.' }
}

const percent = (part: number, whole: number) => whole === 0 ? null : Math.round(part / whole * 1000) / 10
const day = (lang: Lang, iso: string) => new Date(iso).toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh' })
const isoDay = (date: Date) => new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 10)

function ChartCanvas ({ config, label }: { config: ChartConfiguration, label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    const chart = new Chart(canvas.current!, config)
    return () => chart.destroy()
  }, [JSON.stringify(config.data)])
  return html`<div class="chart"><canvas ref=${canvas} role="img" aria-label=${label}></canvas></div>`
}

export function OnceOnlyReport ({ lang, query }: PageProps) {
  const t = words[lang]
  const to = query.get('to') ?? isoDay(new Date())
  const from = query.get('from') ?? isoDay(new Date(Date.now() - 13 * 86_400_000))
  const interval = query.get('interval') ?? 'day'
  const [rows, setRows] = useState<Row[] | undefined>()
  const [error, setError] = useState<string | undefined>()
  useEffect(() => {
    const params = new URLSearchParams({ from: new Date(`${from}T00:00:00+07:00`).toISOString(), to: new Date(new Date(`${to}T00:00:00+07:00`).getTime() + 86_400_000).toISOString(), interval })
    api<{ rows: Row[] }>(`/v1/reports/once-only?${params}`).then((r) => setRows(r.rows), (e: ApiError) => setError(e.code))
  }, [from, to, interval])
  const procedure = query.get('procedure') ?? ''
  const client = query.get('client') ?? ''
  const chosen = (rows ?? []).filter((r) => (!procedure || r.procedure === procedure) && (!client || r.client === client))
  const periods = [...new Set(chosen.map((r) => r.period!))].sort()
  const totals = periods.map((period) => {
    const sum = Object.fromEntries(counts.map((c) => [c, 0])) as Totals
    for (const row of chosen.filter((r) => r.period === period)) for (const c of counts) sum[c] += row[c]
    return { period, ...sum, fillRatio: percent(sum.fieldsFilled, sum.fieldsAsked), waiverRatio: percent(sum.documentsWaived, sum.documents) }
  })
  const labels = totals.map((x) => day(lang, x.period))
  const show = (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.target as HTMLFormElement)
    navigate(`${base}/reports?${new URLSearchParams([...form].map(([k, v]) => [k, String(v)]).filter(([, v]) => v !== ''))}`)
  }
  const options = (name: string, value: string, chosenValue: string, all: string[]) => html`<div class="field"><label for=${name}>${t[name as 'procedure' | 'client']}</label>
    <select id=${name} name=${name}><option value="">${t.all}</option>${all.map((v) => html`<option value=${v} selected=${v === chosenValue}>${v}</option>`)}</select></div>`
  return html`<${Heading}>${t.title}<//>
    <p>${t.lead}</p>
    <form class="card filters" onSubmit=${show}>
      <div class="field"><label for="from">${t.from}</label><input id="from" name="from" type="date" value=${from} /></div>
      <div class="field"><label for="to">${t.to}</label><input id="to" name="to" type="date" value=${to} /></div>
      <div class="field"><label for="interval">${t.interval}</label>
        <select id="interval" name="interval">${(['day', 'week', 'month'] as const).map((i) => html`<option value=${i} selected=${i === interval}>${t[i]}</option>`)}</select></div>
      ${options('procedure', procedure, procedure, [...new Set((rows ?? []).map((r) => r.procedure))].sort())}
      ${options('client', client, client, [...new Set((rows ?? []).map((r) => r.client))].sort())}
      <button type="submit">${t.show}</button>
    </form>
    ${error && html`<p class="error" role="alert">${messages[lang].error(error)}</p>`}
    ${rows && totals.length === 0 && html`<p role="status">${t.empty}</p>`}
    ${totals.length > 0 && html`
      <${ChartCanvas} label=${t.stepsChart} config=${{
 type: 'bar',
data: {
 labels,
datasets: [
        { label: t.prefills, data: totals.map((x) => x.prefills), backgroundColor: '#0b3d6e' },
        { label: t.completions, data: totals.map((x) => x.completions), backgroundColor: '#5c8fc7' },
        { label: t.checks, data: totals.map((x) => x.checks), backgroundColor: '#1e6b34' },
        { label: t.rejected, data: totals.map((x) => x.rejected), backgroundColor: '#b00020' }
      ]
},
options: { animation: false, maintainAspectRatio: false }
}} />
      <${ChartCanvas} label=${t.ratiosChart} config=${{
 type: 'line',
data: {
 labels,
datasets: [
        { label: t.fillRatio, data: totals.map((x) => x.fillRatio), borderColor: '#0b3d6e', backgroundColor: '#0b3d6e' },
        { label: t.waiverRatio, data: totals.map((x) => x.waiverRatio), borderColor: '#1e6b34', backgroundColor: '#1e6b34', borderDash: [6, 4] }
      ]
},
options: { animation: false, maintainAspectRatio: false, scales: { y: { min: 0, max: 100 } } }
}} />
      <div class="table-wrap" role="region" aria-label=${t.table} tabindex="0">
        <table>
          <caption>${t.table}</caption>
          <thead><tr>${[t.period, t.prefills, t.completions, t.checks, t.rejected, t.fillRatio, t.waiverRatio].map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
          <tbody>${totals.map((x, i) => html`<tr><th scope="row">${labels[i]}</th><td>${x.prefills}</td><td>${x.completions}</td><td>${x.checks}</td><td>${x.rejected}</td><td>${x.fillRatio ?? '–'}</td><td>${x.waiverRatio ?? '–'}</td></tr>`)}</tbody>
        </table>
      </div>`}`
}
