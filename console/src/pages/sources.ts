// The agency's sources: every adapter of its agency (an admin sees all), with its current version.
import { useEffect, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { api, ApiError } from '../api.ts'
import { messages } from '../messages.ts'
import { base } from '../router.ts'
import { Heading, Pairs, type PageProps } from '../ui.ts'
import { useMe, type AdapterSummary } from '../registration-ui.ts'

export const sourceWords = {
  vi: { title: 'Nguồn dữ liệu', add: 'Đăng ký nguồn dữ liệu mới', none: 'Cơ quan chưa có nguồn dữ liệu nào.', count: (n: number) => `${n} nguồn dữ liệu`, id: 'Mã nguồn', version: 'Phiên bản hiện hành', agency: 'Cơ quan', subject: 'Chủ thể', citizen: 'Công dân', enterprise: 'Doanh nghiệp' },
  en: { title: 'Data sources', add: 'Register a new source', none: 'The agency has no source yet.', count: (n: number) => `${n} source${n === 1 ? '' : 's'}`, id: 'Source id', version: 'Current version', agency: 'Agency', subject: 'Subject', citizen: 'Citizen', enterprise: 'Enterprise' }
}

export function Sources ({ lang }: PageProps) {
  const t = sourceWords[lang]
  const me = useMe()
  const [adapters, setAdapters] = useState<AdapterSummary[] | undefined>()
  const [error, setError] = useState<string | undefined>()
  useEffect(() => { api<AdapterSummary[]>('/v1/adapters').then(setAdapters, (e: ApiError) => setError(e.code)) }, [])
  // An agency manages its own agency's adapters only; the list route shows every adapter's summary.
  const mine = me && adapters?.filter((a) => me.roles.includes('admin') || a.agency === me.agency)
  return html`<${Heading}>${t.title}<//>
    <p><a href=${`${base}/registrations/sources/new`}>${t.add}</a></p>
    ${error && html`<p class="error" role="alert">${messages[lang].error(error)}</p>`}
    ${mine && html`<p role="status">${mine.length ? t.count(mine.length) : t.none}</p>
      <ul class="cards">${mine.map((a) => html`<li class="card">
        <h2><a href=${`${base}/sources/${a.id}`}>${a.title}</a></h2>
        <${Pairs} rows=${[[t.id, html`<code>${a.id}</code>`], [t.version, String(a.version)], [t.agency, a.agency], [t.subject, a.subject === 'citizen' ? t.citizen : t.enterprise]]} />
      </li>`)}</ul>`}`
}
