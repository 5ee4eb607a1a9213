// The admin's sharing agreements and their coverage: for each form, which portal may receive which bound
// field (procedure × source field × portal), and so what a portal would be denied today. Coverage is judged
// as the gateway judges it: an agreement in force, of the procedure, granting the source's pointer or a
// member above it.
import { useEffect, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { api } from '../api.ts'
import { LoadError, useApi } from '../admin-ui.ts'
import { dateTime } from '../messages.ts'
import { Heading, Pairs, type PageProps } from '../ui.ts'
import type { FormSummary } from './admin-forms.ts'

interface Agreement { id: string, version: number, client: string, procedures: string[], sources: Array<{ source: string, fields: string[] }>, purposes?: string[], legalBasis: string, validFrom: string, validUntil: string }
interface Binding { field: string, title: string, source: string, pointer: string, fallback: boolean }
interface FormSchema { title?: string, properties?: Record<string, FormSchema>, items?: FormSchema, 'x-prefill'?: { source: string, pointer: string, fallback?: Array<{ source: string, pointer: string }> } }

const words = {
  vi: {
    title: 'Thỏa thuận chia sẻ dữ liệu',
    agreements: 'Các thỏa thuận',
    portal: 'Cổng',
    procedures: 'Thủ tục',
    sources: 'Nguồn và trường',
    purposes: 'Chỉ cho mục đích',
    legalBasis: 'Căn cứ',
    validity: 'Hiệu lực',
    from: (from: string, until: string) => `${from} đến ${until}`,
    state: { active: 'Đang hiệu lực', ended: 'Đã hết hiệu lực', future: 'Chưa đến ngày hiệu lực' },
    coverage: 'Phạm vi được cấp theo biểu mẫu',
    coverageLead: 'Mỗi bảng là một biểu mẫu: dòng là trường được điền sẵn (nguồn và vị trí dữ liệu), cột là cổng. Ô ghi "Được cấp" kèm thỏa thuận đang hiệu lực, hoặc "Bị từ chối" (trường trả về trạng thái denied, lý do NO_AGREEMENT).',
    matrixLabel: (procedure: string) => `Bảng phạm vi của thủ tục ${procedure}, cuộn ngang được`,
    field: 'Trường',
    fallback: 'nguồn dự phòng',
    granted: (id: string) => `Được cấp (${id})`,
    denied: 'Bị từ chối',
    deniedTitle: 'Những gì mỗi cổng sẽ bị từ chối',
    deniedLine: (portal: string, procedure: string, fields: string[]) => `${portal}, thủ tục ${procedure}: ${fields.join(', ')}`,
    nothingDenied: 'Không cổng nào bị từ chối trường nào trong các thủ tục có thỏa thuận.',
    noPortals: 'Chưa có thỏa thuận nào.',
    loading: 'Đang tải…'
  },
  en: {
    title: 'Sharing agreements',
    agreements: 'Agreements',
    portal: 'Portal',
    procedures: 'Procedures',
    sources: 'Sources and fields',
    purposes: 'Only for purposes',
    legalBasis: 'Legal basis',
    validity: 'Valid',
    from: (from: string, until: string) => `${from} to ${until}`,
    state: { active: 'In force', ended: 'Ended', future: 'Not yet in force' },
    coverage: 'Coverage by form',
    coverageLead: 'A table per form: rows are prefilled fields (source and pointer), columns are portals. A cell says "Granted" with the agreement in force, or "Denied" (the field comes back denied, reason NO_AGREEMENT).',
    matrixLabel: (procedure: string) => `Coverage of procedure ${procedure}, scrolls sideways`,
    field: 'Field',
    fallback: 'fallback source',
    granted: (id: string) => `Granted (${id})`,
    denied: 'Denied',
    deniedTitle: 'What each portal would be denied',
    deniedLine: (portal: string, procedure: string, fields: string[]) => `${portal}, procedure ${procedure}: ${fields.join(', ')}`,
    nothingDenied: 'No portal is denied any field of the procedures it has an agreement for.',
    noPortals: 'No agreement yet.',
    loading: 'Loading…'
  }
}

/** Every binding of a form, main and fallback, with the field's pointer and title. */
function bindingsOf (schema: FormSchema, at = ''): Binding[] {
  const prefill = schema['x-prefill']
  const own = prefill ? [prefill, ...prefill.fallback ?? []].map((b, i) => ({ field: at, title: schema.title ?? at, source: b.source, pointer: b.pointer, fallback: i > 0 })) : []
  return [
    ...own,
    ...Object.entries(schema.properties ?? {}).flatMap(([name, sub]) => bindingsOf(sub, `${at}/${name}`)),
    ...schema.items ? bindingsOf(schema.items, `${at}/0`) : []
  ]
}

const covers = (granted: string, pointer: string) => granted === '*' || pointer === granted || pointer.startsWith(`${granted}/`)
const stateOf = (a: Agreement, now: number) => Date.parse(a.validUntil) <= now ? 'ended' : Date.parse(a.validFrom) > now ? 'future' : 'active'

export function AdminAgreements ({ lang }: PageProps) {
  const t = words[lang]
  const agreements = useApi<Agreement[]>('/v1/agreements')
  const forms = useApi<FormSummary[]>('/v1/forms')
  const [schemas, setSchemas] = useState<Record<string, FormSchema>>({})
  useEffect(() => {
    for (const f of forms.data ?? []) api<FormSchema>(`/v1/forms/${f.procedure}`).then((schema) => setSchemas((all) => ({ ...all, [f.procedure]: schema })), () => {})
  }, [forms.data])
  const now = Date.now()
  const all = agreements.data ?? []
  const portals = [...new Set(all.map((a) => a.client))].sort()
  const grant = (portal: string, procedure: string, b: Binding) => all.find((a) => a.client === portal && stateOf(a, now) === 'active' && a.procedures.includes(procedure) &&
    a.sources.some((s) => s.source === b.source && s.fields.some((f) => covers(f, b.pointer))))
  const denials = (forms.data ?? []).flatMap((f) => portals.filter((p) => all.some((a) => a.client === p && stateOf(a, now) === 'active' && a.procedures.includes(f.procedure))).map((p) => ({
    portal: p,
    procedure: f.procedure,
    fields: [...new Set(bindingsOf(schemas[f.procedure] ?? {}).filter((b) => !b.fallback && !grant(p, f.procedure, b)).map((b) => b.field))]
  }))).filter((d) => d.fields.length > 0)

  return html`<${Heading}>${t.title}<//>
    <${LoadError} lang=${lang} error=${agreements.error ?? forms.error} />
    <h2>${t.coverage}</h2>
    <p>${t.coverageLead}</p>
    ${agreements.data && portals.length === 0 && html`<p>${t.noPortals}</p>`}
    ${portals.length > 0 && forms.data?.map((f) => {
      const bindings = schemas[f.procedure] && bindingsOf(schemas[f.procedure])
      return html`<section class="card"><h3>${f.procedure}: ${f.title}</h3>
        ${!bindings
          ? html`<p>${t.loading}</p>`
          : html`<div class="scroll" role="region" tabindex="0" aria-label=${t.matrixLabel(f.procedure)}>
            <table class="matrix"><caption class="visually-hidden">${t.matrixLabel(f.procedure)}</caption>
              <thead><tr><th scope="col">${t.field}</th>${portals.map((p) => html`<th scope="col">${p}</th>`)}</tr></thead>
              <tbody>${bindings.map((b) => html`<tr><th scope="row">${b.title}<br /><code>${b.source}${b.pointer}</code>${b.fallback ? ` (${t.fallback})` : ''}</th>
                ${portals.map((p) => { const a = grant(p, f.procedure, b); return html`<td class=${a ? 'granted' : 'denied'}>${a ? t.granted(a.id) : t.denied}</td>` })}</tr>`)}</tbody>
            </table></div>`}
      </section>`
    })}
    <h2>${t.deniedTitle}</h2>
    ${forms.data && agreements.data && (denials.length === 0 ? html`<p>${t.nothingDenied}</p>` : html`<ul class="findings">${denials.map((d) => html`<li>${t.deniedLine(d.portal, d.procedure, d.fields)}</li>`)}</ul>`)}
    <h2>${t.agreements}</h2>
    <ul class="cards">${all.map((a) => html`<li class="card"><h3>${a.id} (v${a.version})</h3><${Pairs} rows=${[
      [t.portal, a.client],
      [t.validity, html`${t.from(dateTime(lang, a.validFrom), dateTime(lang, a.validUntil))} <strong>(${t.state[stateOf(a, now)]})</strong>`],
      [t.procedures, a.procedures.join(', ')],
      [t.sources, a.sources.map((s) => `${s.source}: ${s.fields.join(', ')}`).join('; ')],
      a.purposes && [t.purposes, a.purposes.join('; ')],
      [t.legalBasis, a.legalBasis]
    ]} /></li>`)}</ul>`
}
