// The auditor's sharing log: the API's filters behind a deep link, and paging by cursor.
import { useEffect, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { api, ApiError } from '../api.ts'
import { dateTime, messages } from '../messages.ts'
import { base, navigate } from '../router.ts'
import { Heading, Pairs, type PageProps } from '../ui.ts'

export interface AuditEntry { seq: number, at: string, clientId: string, action: string, subjectMasked?: string, procedure?: string, purpose?: string, result: string, sources?: Array<{ id: string, agency: string, outcome: string }>, fields?: string[] }

export const auditWords = {
  vi: { title: 'Nhật ký chia sẻ dữ liệu', filters: 'Bộ lọc', subjectType: 'Loại chủ thể', citizen: 'Công dân', enterprise: 'Doanh nghiệp', subjectId: 'Số định danh / mã số doanh nghiệp', subjectIdHint: 'Được băm tại máy chủ; trang chỉ hiển thị dạng che.', procedure: 'Mã thủ tục', client: 'Cổng / máy khách', from: 'Từ', to: 'Đến', search: 'Tìm', entries: (n: number) => `${n} mục`, noEntries: 'Không có mục nào.', next: 'Trang sau', seq: 'Số thứ tự', at: 'Thời gian', action: 'Hành động', subject: 'Chủ thể', result: 'Kết quả', purpose: 'Mục đích', sources: 'Nguồn dữ liệu', fields: 'Trường dữ liệu' },
  en: { title: 'Data sharing log', filters: 'Filters', subjectType: 'Subject type', citizen: 'Citizen', enterprise: 'Enterprise', subjectId: 'Personal id / enterprise code', subjectIdHint: 'Hashed on the server; the page shows it masked.', procedure: 'Procedure code', client: 'Portal / client', from: 'From', to: 'To', search: 'Search', entries: (n: number) => `${n} entr${n === 1 ? 'y' : 'ies'}`, noEntries: 'No entries.', next: 'Next page', seq: 'Sequence', at: 'Time', action: 'Action', subject: 'Subject', result: 'Result', purpose: 'Purpose', sources: 'Sources', fields: 'Fields' }
}

const filterNames = ['subjectType', 'subjectId', 'procedure', 'client', 'from', 'to'] as const

export function AuditLog ({ lang, query }: PageProps) {
  const t = auditWords[lang]
  const [page, setPage] = useState<{ entries: AuditEntry[], nextCursor?: string } | undefined>()
  const [error, setError] = useState<string | undefined>()
  // A deep link may name the subject; the page then keeps the id in memory and takes it out of the address,
  // so that no personal id stays in the browser's history.
  const [subjectId, setSubjectId] = useState(query.get('subjectId') ?? '')
  useEffect(() => {
    if (!query.has('subjectId')) return
    const rest = new URLSearchParams([...query].filter(([k]) => k !== 'subjectId'))
    history.replaceState(null, '', `${base}/audit${rest.size ? `?${rest}` : ''}`)
  }, [])
  useEffect(() => {
    setPage(undefined)
    setError(undefined)
    const params = new URLSearchParams([...query].filter(([k, v]) => v !== '' && k !== 'subjectId' && ([...filterNames, 'cursor'] as string[]).includes(k)))
    if (subjectId) params.set('subjectId', subjectId)
    // datetime-local inputs have no zone: the console reads them as Vietnam's time.
    for (const k of ['from', 'to']) if (params.has(k)) params.set(k, new Date(`${params.get(k)}:00+07:00`).toISOString())
    params.set('limit', '50')
    api<{ entries: AuditEntry[], nextCursor?: string }>(`/v1/audit?${params}`).then(setPage, (e: ApiError) => setError(e.code))
  }, [query.toString(), subjectId])
  const search = (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.target as HTMLFormElement)
    setSubjectId(String(form.get('subjectId') ?? '').trim())
    navigate(`${base}/audit?${new URLSearchParams(filterNames.filter((k) => k !== 'subjectId').map((k) => [k, String(form.get(k) ?? '')]).filter(([, v]) => v !== ''))}`)
  }
  const next = page?.nextCursor ? `${base}/audit?${new URLSearchParams([...[...query].filter(([k]) => k !== 'cursor' && k !== 'subjectId'), ['cursor', page.nextCursor]])}` : undefined
  return html`<${Heading}>${t.title}<//>
    <form class="card filters" onSubmit=${search} aria-label=${t.filters}>
      <div class="field"><label for="subjectType">${t.subjectType}</label>
        <select id="subjectType" name="subjectType" value=${query.get('subjectType') ?? 'citizen'}>
          <option value="citizen">${t.citizen}</option><option value="enterprise">${t.enterprise}</option>
        </select></div>
      <div class="field"><label for="subjectId">${t.subjectId}</label>
        <input id="subjectId" name="subjectId" value=${subjectId} inputmode="numeric" autocomplete="off" aria-describedby="subjectId-hint" />
        <p id="subjectId-hint" class="hint">${t.subjectIdHint}</p></div>
      <div class="field"><label for="procedure">${t.procedure}</label><input id="procedure" name="procedure" value=${query.get('procedure') ?? ''} /></div>
      <div class="field"><label for="client">${t.client}</label><input id="client" name="client" value=${query.get('client') ?? ''} /></div>
      <div class="field"><label for="from">${t.from}</label><input id="from" name="from" type="datetime-local" value=${query.get('from') ?? ''} /></div>
      <div class="field"><label for="to">${t.to}</label><input id="to" name="to" type="datetime-local" value=${query.get('to') ?? ''} /></div>
      <button type="submit">${t.search}</button>
    </form>
    ${error && html`<p class="error" role="alert">${messages[lang].error(error)}</p>`}
    ${page && html`<p role="status">${page.entries.length ? t.entries(page.entries.length) : t.noEntries}</p>
      <ul class="cards">${page.entries.map((e) => html`<li class="card"><${Pairs} rows=${[
        [t.seq, html`<a href=${`${base}/audit/entries/${e.seq}`}>${e.seq}</a>`],
        [t.at, dateTime(lang, e.at)],
        [t.action, e.action],
        [t.client, e.clientId],
        e.subjectMasked && [t.subject, e.subjectMasked],
        e.procedure && [t.procedure, e.procedure],
        [t.result, e.result]
      ]} /></li>`)}</ul>
      ${next && html`<p><a href=${next}>${t.next}</a></p>`}`}`
}
