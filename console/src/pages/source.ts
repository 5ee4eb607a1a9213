// One source: its versions, a diff between any two of them, and the way to a new version or a conformance test.
import { useEffect, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { diffLines } from 'diff'
import { api, ApiError } from '../api.ts'
import { messages, type Lang } from '../messages.ts'
import { base, navigate } from '../router.ts'
import { Heading, Pairs, type PageProps } from '../ui.ts'
import type { Manifest } from '../registration-ui.ts'
import { sourceWords } from './sources.ts'

const words = {
  vi: {
    versions: 'Các phiên bản',
    newVersion: 'Soạn phiên bản mới',
    test: 'Kiểm tra kết nối với một chủ thể mẫu',
    back: 'Về danh sách nguồn',
    transport: 'Cách kết nối',
    diff: 'So sánh hai phiên bản',
    from: 'Phiên bản cũ',
    to: 'Phiên bản mới',
    compare: 'So sánh',
    version: (v: number) => `Phiên bản ${v}`,
    summary: (added: number, removed: number) => `${added} dòng thêm, ${removed} dòng bỏ.`,
    same: 'Hai phiên bản giống hệt nhau.',
    added: 'Thêm:',
    removed: 'Bỏ:',
    unchanged: (n: number) => `… ${n} dòng không đổi`,
    only: 'Nguồn mới có một phiên bản: chưa có gì để so sánh.'
  },
  en: {
    versions: 'Versions',
    newVersion: 'Write a new version',
    test: 'Test the connection with a sample subject',
    back: 'Back to the sources',
    transport: 'Transport',
    diff: 'Compare two versions',
    from: 'Older version',
    to: 'Newer version',
    compare: 'Compare',
    version: (v: number) => `Version ${v}`,
    summary: (added: number, removed: number) => `${added} line${added === 1 ? '' : 's'} added, ${removed} removed.`,
    same: 'The two versions are identical.',
    added: 'Added:',
    removed: 'Removed:',
    unchanged: (n: number) => `… ${n} unchanged line${n === 1 ? '' : 's'}`,
    only: 'The source has one version: nothing to compare yet.'
  }
}

/** Every stored version of an adapter, oldest first (versions need not be consecutive). */
export async function adapterVersions (id: string): Promise<Manifest[]> {
  const current = await api<Manifest>(`/v1/adapters/${id}`)
  const all = await Promise.allSettled(Array.from({ length: current.version - 1 }, (_, i) => api<Manifest>(`/v1/adapters/${id}?version=${i + 1}`)))
  return [...all.flatMap((r) => r.status === 'fulfilled' ? [r.value] : []), current]
}

interface DiffLine { kind: 'added' | 'removed' | 'same' | 'fold', line: string }

/** Unchanged runs longer than this are folded to their first and last lines. */
const context = 3

/**
 * A line diff of the two manifests as pretty JSON. Each changed line says in words whether it was added or
 * removed (for screen readers, and for eyes that do not tell the colours apart), beside its + or − sign.
 */
function Diff ({ lang, older, newer }: { lang: Lang, older: Manifest, newer: Manifest }) {
  const t = words[lang]
  const parts = diffLines(JSON.stringify(older, null, 2), JSON.stringify(newer, null, 2))
  const count = (kind: 'added' | 'removed') => parts.filter((p) => p[kind]).reduce((n, p) => n + (p.count ?? 0), 0)
  const lines = parts.flatMap((part): DiffLine[] => {
    const text = part.value.replace(/\n$/, '').split('\n')
    if (part.added || part.removed) return text.map((line) => ({ kind: part.added ? 'added' : 'removed', line }))
    if (text.length <= context * 2 + 1) return text.map((line) => ({ kind: 'same', line }))
    return [...text.slice(0, context).map((line): DiffLine => ({ kind: 'same', line })), { kind: 'fold', line: t.unchanged(text.length - context * 2) }, ...text.slice(-context).map((line): DiffLine => ({ kind: 'same', line }))]
  })
  const [added, removed] = [count('added'), count('removed')]
  return html`<p role="status">${added + removed ? t.summary(added, removed) : t.same}</p>
    ${added + removed > 0 && html`<ol class="diff" aria-label=${`${t.version(older.version)} → ${t.version(newer.version)}`}>${lines.map(({ kind, line }) =>
      kind === 'added'
        ? html`<li class="added"><ins><span class="sign" aria-hidden="true">+</span><span class="visually-hidden">${t.added} </span>${line}</ins></li>`
        : kind === 'removed'
          ? html`<li class="removed"><del><span class="sign" aria-hidden="true">−</span><span class="visually-hidden">${t.removed} </span>${line}</del></li>`
          : html`<li class=${kind}><span class="sign" aria-hidden="true"> </span>${line}</li>`)}</ol>`}`
}

export function SourcePage ({ lang, query, id }: PageProps & { id: string }) {
  const t = { ...sourceWords[lang], ...words[lang] }
  const [versions, setVersions] = useState<Manifest[] | undefined>()
  const [error, setError] = useState<string | undefined>()
  useEffect(() => { adapterVersions(id).then(setVersions, (e: ApiError) => setError(e.code)) }, [id])
  const current = versions?.at(-1)
  const numbers = versions?.map((v) => v.version) ?? []
  const from = Number(query.get('from') ?? numbers.at(-2))
  const to = Number(query.get('to') ?? numbers.at(-1))
  const [older, newer] = [versions?.find((v) => v.version === from), versions?.find((v) => v.version === to)]
  const compare = (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.target as HTMLFormElement)
    navigate(`${base}/sources/${id}?${new URLSearchParams({ from: String(form.get('from')), to: String(form.get('to')) })}`)
  }
  return html`<${Heading}>${current?.title ?? id}<//>
    <p><a href=${`${base}/sources`}>${t.back}</a></p>
    ${error && html`<p class="error" role="alert">${messages[lang].error(error)}</p>`}
    ${current && html`<ul class="links">
        <li><a href=${`${base}/sources/${id}/new`}>${t.newVersion}</a></li>
        ${current.transport.kind !== 'records' && html`<li><a href=${`${base}/sources/${id}/test`}>${t.test}</a></li>`}
      </ul>
      <h2>${t.versions}</h2>
      <ul class="cards">${[...versions!].reverse().map((v) => html`<li class="card"><${Pairs} rows=${[
        [t.version(v.version), v.title],
        [t.agency, v.agency],
        [t.transport, v.transport.kind]
      ]} /></li>`)}</ul>
      <h2>${t.diff}</h2>
      ${numbers.length < 2
        ? html`<p>${t.only}</p>`
        : html`<form class="card filters" onSubmit=${compare} aria-label=${t.diff}>
            <div class="field"><label for="from">${t.from}</label><select id="from" name="from" value=${String(from)}>${numbers.map((n) => html`<option value=${n}>${t.version(n)}</option>`)}</select></div>
            <div class="field"><label for="to">${t.to}</label><select id="to" name="to" value=${String(to)}>${numbers.map((n) => html`<option value=${n}>${t.version(n)}</option>`)}</select></div>
            <button type="submit">${t.compare}</button>
          </form>
          ${older && newer && html`<${Diff} lang=${lang} older=${older} newer=${newer} />`}`}`}`
}
