// The agency's record types and published records: publish the result of a resolved procedure, and revoke one
// with a reason. The list is metadata only (GET /v1/records): the subject masked, never the record's data.
import { useEffect, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { api, ApiError, type Me } from '../api.ts'
import { dateTime, messages, type Lang } from '../messages.ts'
import { Heading, Pairs, type PageProps } from '../ui.ts'
import { ProblemList, useMe, type AdapterSummary, type Manifest, type Problem } from '../registration-ui.ts'

interface AgencyNode { code: string, name: string, parent?: string }
interface PublishedRecord { id: string, type: string, subject: { masked: string }, issuedBy: string, issuedAt: string, validUntil?: string, procedure: string, reference?: string, publishedBy: string, publishedAt: string, status: 'recognised' | 'superseded' | 'revoked' | 'expired', revokedAt?: string, revocationReason?: string }

const words = {
  vi: {
    title: 'Loại bản ghi và bản ghi đã công bố',
    types: 'Loại bản ghi cơ quan được công bố',
    noTypes: 'Cơ quan chưa được cấp loại bản ghi nào.',
    owner: 'Cơ quan sở hữu',
    issuers: 'Đơn vị được cấp',
    publish: 'Công bố bản ghi',
    publishLead: 'Kết quả giải quyết thủ tục hành chính, để các thủ tục sau dùng lại thay vì hỏi lại người dân.',
    type: 'Loại bản ghi',
    subjectId: 'Số định danh / mã số doanh nghiệp của chủ thể',
    issuedBy: 'Đơn vị cấp',
    issuedAt: 'Thời điểm cấp (giờ Việt Nam)',
    validUntil: 'Có giá trị đến (giờ Việt Nam, để trống nếu không thời hạn)',
    valid: 'Có giá trị đến',
    procedure: 'Mã thủ tục đã cho ra kết quả',
    reference: 'Số hồ sơ của cơ quan (không bắt buộc)',
    data: 'Nội dung bản ghi (JSON theo lược đồ của loại bản ghi)',
    submit: 'Công bố',
    notJson: 'Nội dung bản ghi không phải một đối tượng JSON hợp lệ.',
    published: (id: string, n: number) => `Đã công bố bản ghi ${id}${n ? `; thay thế ${n} bản ghi cũ` : ''}.`,
    list: 'Bản ghi đã công bố',
    none: 'Chưa có bản ghi nào.',
    count: (n: number) => `${n} bản ghi gần nhất`,
    subject: 'Chủ thể',
    publishedAt: 'Công bố lúc',
    status: 'Trạng thái',
    statuses: { recognised: 'đang được công nhận', superseded: 'đã bị thay thế', revoked: 'đã thu hồi', expired: 'hết hạn' },
    reason: 'Lý do thu hồi',
    revoke: 'Thu hồi',
    revoked: (id: string) => `Đã thu hồi bản ghi ${id}.`
  },
  en: {
    title: 'Record types and published records',
    types: 'Record types the agency may publish',
    noTypes: 'The agency may publish no record type yet.',
    owner: 'Owner',
    issuers: 'Issuing units',
    publish: 'Publish a record',
    publishLead: 'The result of a resolved procedure, so that later procedures reuse it instead of asking the person again.',
    type: 'Record type',
    subjectId: 'The subject\'s personal id / enterprise code',
    issuedBy: 'Issuing unit',
    issuedAt: 'Issued at (Vietnam time)',
    validUntil: 'Valid until (Vietnam time; empty for no end)',
    valid: 'Valid until',
    procedure: 'Code of the procedure that produced it',
    reference: 'The agency\'s dossier number (optional)',
    data: 'The record (JSON, by the record type\'s schema)',
    submit: 'Publish',
    notJson: 'The record is not a valid JSON object.',
    published: (id: string, n: number) => `Published record ${id}${n ? `; it replaces ${n} older record${n === 1 ? '' : 's'}` : ''}.`,
    list: 'Published records',
    none: 'No record yet.',
    count: (n: number) => `The latest ${n} record${n === 1 ? '' : 's'}`,
    subject: 'Subject',
    publishedAt: 'Published at',
    status: 'Status',
    statuses: { recognised: 'recognised', superseded: 'superseded', revoked: 'revoked', expired: 'expired' },
    reason: 'Reason for revoking',
    revoke: 'Revoke',
    revoked: (id: string) => `Revoked record ${id}.`
  }
}

/** Whether `code` is `ancestor` or one of its units, by the agency tree. */
const within = (tree: AgencyNode[], code: string, ancestor: string): boolean => {
  for (let node = tree.find((n) => n.code === code); node; node = tree.find((n) => n.code === node!.parent)) if (node.code === ancestor) return true
  return false
}

/** The units this client may name as issuer of a type: its own units that the type's owner or issuers contain, that have no units themselves. */
const issuingUnits = (tree: AgencyNode[], type: Manifest, me: Me) => tree.filter((n) =>
  !tree.some((u) => u.parent === n.code) &&
  (me.roles.includes('admin') || (me.agency !== undefined && within(tree, n.code, me.agency))) &&
  [type.agency, ...type.transport.issuers ?? []].some((issuer) => within(tree, n.code, issuer)))

/** A starting record: the schema's required members, empty. */
const skeleton = (schema: Record<string, unknown>) => {
  const properties = (schema.properties ?? {}) as Record<string, { type?: string }>
  return JSON.stringify(Object.fromEntries(((schema.required ?? []) as string[]).map((name) => [name, properties[name]?.type === 'boolean' ? false : properties[name]?.type === 'number' || properties[name]?.type === 'integer' ? 0 : ''])), null, 2)
}

// datetime-local inputs have no zone: the console reads and writes them as Vietnam's time.
const vietnamNow = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 16)
const fromVietnam = (local: string) => new Date(`${local}:00+07:00`).toISOString()

function PublishForm ({ lang, me, tree, types, onPublished }: { lang: Lang, me: Me, tree: AgencyNode[], types: Manifest[], onPublished: () => void }) {
  const t = words[lang]
  const [typeId, setTypeId] = useState(types[0].id)
  const type = types.find((x) => x.id === typeId)!
  const [data, setData] = useState(skeleton(type.recordSchema))
  const [outcome, setOutcome] = useState<{ status?: string, error?: string, problems?: Problem[] }>({})
  const units = issuingUnits(tree, type, me)
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.target as HTMLFormElement)
    let record: unknown
    try { record = JSON.parse(data) } catch { record = undefined }
    if (!record || typeof record !== 'object' || Array.isArray(record)) return setOutcome({ error: t.notJson })
    const text = (name: string) => String(form.get(name) ?? '').trim()
    try {
      const published = await api<{ id: string, supersedes: string[] }>('/v1/records', {
        method: 'POST',
        body: {
          type: type.id,
          subject: { type: type.subject, id: text('subjectId') },
          data: record,
          issuedBy: text('issuedBy'),
          issuedAt: fromVietnam(text('issuedAt')),
          ...text('validUntil') ? { validUntil: fromVietnam(text('validUntil')) } : {},
          procedure: text('procedure'),
          ...text('reference') ? { reference: text('reference') } : {}
        }
      })
      setOutcome({ status: t.published(published.id, published.supersedes.length) })
      onPublished()
    } catch (err) {
      const e = err as ApiError
      setOutcome(Array.isArray(e.body?.problems) ? { problems: e.body.problems as Problem[] } : { error: `${messages[lang].error(e.code)} ${String(e.body?.message ?? '')}` })
    }
  }
  // Record values are personal data: the problems are listed with their pointers only, never beside a value.
  return html`<form class="card" onSubmit=${submit} aria-labelledby="publish-heading">
    <h2 id="publish-heading">${t.publish}</h2>
    <p>${t.publishLead}</p>
    <div class="field"><label for="type">${t.type}</label>
      <select id="type" name="type" value=${typeId} onChange=${(e: Event) => { const id = (e.target as HTMLSelectElement).value; setTypeId(id); setData(skeleton(types.find((x) => x.id === id)!.recordSchema)) }}>
        ${types.map((x) => html`<option value=${x.id}>${x.id}</option>`)}</select></div>
    <div class="field"><label for="subjectId">${t.subjectId}</label><input id="subjectId" name="subjectId" required inputmode="numeric" autocomplete="off" /></div>
    <div class="field"><label for="issuedBy">${t.issuedBy}</label>
      <select id="issuedBy" name="issuedBy">${units.map((u) => html`<option value=${u.code}>${u.code}: ${u.name}</option>`)}</select></div>
    <div class="field"><label for="issuedAt">${t.issuedAt}</label><input id="issuedAt" name="issuedAt" type="datetime-local" required value=${vietnamNow()} /></div>
    <div class="field"><label for="validUntil">${t.validUntil}</label><input id="validUntil" name="validUntil" type="datetime-local" /></div>
    <div class="field"><label for="procedure">${t.procedure}</label><input id="procedure" name="procedure" required placeholder="2.000488" /></div>
    <div class="field"><label for="reference">${t.reference}</label><input id="reference" name="reference" /></div>
    <div class="field"><label for="record-data">${t.data}</label>
      <textarea id="record-data" rows="8" spellcheck="false" autocomplete="off" aria-describedby="publish-problems" value=${data} onInput=${(e: Event) => setData((e.target as HTMLTextAreaElement).value)}></textarea></div>
    <div class="actions"><button type="submit">${t.submit}</button></div>
    <p role="status" aria-live="polite" class="outcome">${outcome.status ?? ''}</p>
    ${outcome.error && html`<p class="error" role="alert">${outcome.error}</p>`}
    <${ProblemList} lang=${lang} problems=${outcome.problems ?? []} id="publish-problems" />
  </form>`
}

function RecordCard ({ lang, record, onRevoked }: { lang: Lang, record: PublishedRecord, onRevoked: (message: string) => void }) {
  const t = words[lang]
  const [error, setError] = useState<string | undefined>()
  const revoke = async (event: SubmitEvent) => {
    event.preventDefault()
    try {
      await api(`/v1/records/${record.id}/revoke`, { method: 'POST', body: { reason: String(new FormData(event.target as HTMLFormElement).get('reason')).trim() } })
      onRevoked(t.revoked(record.id))
    } catch (err) {
      setError(messages[lang].error((err as ApiError).code))
    }
  }
  return html`<li class="card">
    <${Pairs} rows=${[
      [t.type, record.type],
      [t.subject, record.subject.masked],
      [t.issuedBy, record.issuedBy],
      [t.issuedAt, dateTime(lang, record.issuedAt)],
      record.validUntil && [t.valid, dateTime(lang, record.validUntil)],
      [t.procedure, record.procedure],
      record.reference && [t.reference, record.reference],
      [t.publishedAt, `${dateTime(lang, record.publishedAt)} (${record.publishedBy})`],
      [t.status, html`<strong>${t.statuses[record.status]}</strong>`],
      record.revocationReason && [t.reason, record.revocationReason]
    ]} />
    ${record.status === 'recognised' && html`<form class="revoke" onSubmit=${revoke}>
      <label for=${`reason-${record.id}`}>${t.reason}</label>
      <input id=${`reason-${record.id}`} name="reason" required maxlength="500" autocomplete="off" />
      <button type="submit">${t.revoke}</button>
      ${error && html`<p class="error" role="alert">${error}</p>`}
    </form>`}
  </li>`
}

export function RecordsPage ({ lang }: PageProps) {
  const t = words[lang]
  const me = useMe()
  const [types, setTypes] = useState<Manifest[] | undefined>()
  const [tree, setTree] = useState<AgencyNode[]>([])
  const [records, setRecords] = useState<PublishedRecord[] | undefined>()
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string | undefined>()
  const fail = (e: ApiError) => setError(e.code)
  const refresh = () => api<{ records: PublishedRecord[] }>('/v1/records').then((r) => setRecords(r.records), fail)
  useEffect(() => {
    if (!me) return
    // The list of adapters does not say which are record types: their manifests do.
    Promise.all([api<AdapterSummary[]>('/v1/adapters'), api<AgencyNode[]>('/v1/agencies')]).then(async ([adapters, agencies]) => {
      const manifests = await Promise.all(adapters.map((a) => api<Manifest>(`/v1/adapters/${a.id}`)))
      setTree(agencies)
      setTypes(manifests.filter((m) => m.transport.kind === 'records' && issuingUnits(agencies, m, me).length > 0))
    }, fail)
    refresh()
  }, [me])
  return html`<${Heading}>${t.title}<//>
    ${error && html`<p class="error" role="alert">${messages[lang].error(error)}</p>`}
    ${types && html`<h2>${t.types}</h2>
      ${types.length === 0
        ? html`<p>${t.noTypes}</p>`
        : html`<ul class="cards">${types.map((x) => html`<li class="card"><h3>${x.title}</h3><${Pairs} rows=${[[t.type, html`<code>${x.id}</code>`], [t.owner, x.agency], [t.issuers, (x.transport.issuers ?? []).join(', ')]]} /></li>`)}</ul>
          <${PublishForm} lang=${lang} me=${me!} tree=${tree} types=${types} onPublished=${refresh} />`}`}
    <h2>${t.list}</h2>
    <p role="status" aria-live="polite">${status}</p>
    ${records && html`<p>${records.length ? t.count(records.length) : t.none}</p>
      <ul class="cards">${records.map((r) => html`<${RecordCard} key=${r.id} lang=${lang} record=${r} onRevoked=${(message: string) => { setStatus(message); refresh() }} />`)}</ul>`}`
}
