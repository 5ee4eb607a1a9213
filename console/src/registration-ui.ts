// Pieces the agency's and the admin's registration pages share: who is signed in, a JSON editor whose dry run
// lists every problem beside the JSON pointer it concerns before anything is saved, and the problem list itself.
import { useEffect, useRef, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { api, ApiError, type Me } from './api.ts'
import { messages, type Lang } from './messages.ts'

export interface Problem { path: string, message: string }
export interface DryRunResult { valid: boolean, status?: 'created' | 'unchanged', code?: string, problems: Problem[], warnings: string[] }
export interface AdapterSummary { id: string, version: number, agency: string, title: string, subject: string }
export interface Manifest extends AdapterSummary { transport: { kind: string, issuers?: string[], url?: string }, recordSchema: Record<string, unknown>, [member: string]: unknown }

const words = {
  vi: {
    json: 'Nội dung JSON',
    jsonHint: 'Chạy thử để xem mọi vấn đề trước khi đăng ký; chạy thử không lưu gì.',
    dryRun: 'Chạy thử',
    register: 'Đăng ký',
    running: 'Đang kiểm tra…',
    notJson: (why: string) => `Nội dung không phải JSON hợp lệ: ${why}`,
    problems: (n: number) => `Có ${n} vấn đề cần sửa`,
    warnings: 'Lưu ý',
    at: 'Tại',
    now: 'giá trị hiện tại',
    absent: 'chưa có',
    valid: (status?: string) => status === 'unchanged' ? 'Chạy thử: hợp lệ, giống hệt phiên bản đã đăng ký.' : 'Chạy thử: hợp lệ, có thể đăng ký.',
    invalid: 'Chạy thử: chưa hợp lệ, chưa lưu gì.',
    registered: (id: string, version: number, status: string) => status === 'created' ? `Đã đăng ký ${id} phiên bản ${version}.` : `${id} phiên bản ${version} đã có, không thay đổi.`,
    changed: 'Nội dung đã đổi từ lần chạy thử trước: hãy chạy thử lại trước khi đăng ký.',
    show: 'Đến chỗ này trong JSON'
  },
  en: {
    json: 'JSON content',
    jsonHint: 'Dry run to see every problem before registering; a dry run saves nothing.',
    dryRun: 'Dry run',
    register: 'Register',
    running: 'Checking…',
    notJson: (why: string) => `The content is not valid JSON: ${why}`,
    problems: (n: number) => `${n} problem${n === 1 ? '' : 's'} to fix`,
    warnings: 'Warnings',
    at: 'At',
    now: 'current value',
    absent: 'absent',
    valid: (status?: string) => status === 'unchanged' ? 'Dry run: valid, identical to the registered version.' : 'Dry run: valid, ready to register.',
    invalid: 'Dry run: not valid, nothing saved.',
    registered: (id: string, version: number, status: string) => status === 'created' ? `Registered ${id} version ${version}.` : `${id} version ${version} is already registered, unchanged.`,
    changed: 'The content changed since the last dry run: dry run again before registering.',
    show: 'Go to it in the JSON'
  }
}

/** The signed-in client, asked of the gateway (pages keep no copy of it anywhere but memory). */
export function useMe (): Me | undefined {
  const [me, setMe] = useState<Me | undefined>()
  useEffect(() => { api<Me>('/v1/clients/me').then(setMe, () => setMe(undefined)) }, [])
  return me
}

/** The member a JSON Pointer names, or undefined (own members and array indexes only). */
export function valueAt (document: unknown, pointer: string): unknown {
  if (pointer === '') return document
  let here = document
  for (const token of pointer.slice(1).split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'))) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, token)) return undefined
    here = (here as Record<string, unknown>)[token]
  }
  return here
}

/**
 * Where a pointer's member starts and ends in the JSON text as typed: its keys found in order, array
 * indexes skipped (a pointer into an array lands on the array's key). Good enough to put the caret there.
 */
export function locate (text: string, pointer: string): [number, number] | undefined {
  let at = -1
  for (const token of pointer.slice(1).split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'))) {
    if (/^\d+$/.test(token)) continue
    const found = text.indexOf(JSON.stringify(token) + ':', at + 1)
    if (found < 0) return undefined
    at = found
  }
  if (at < 0) return undefined
  const end = text.indexOf('\n', at)
  return [at, end < 0 ? text.length : end]
}

const shown = (value: unknown) => {
  const text = JSON.stringify(value)
  return text.length > 120 ? `${text.slice(0, 117)}…` : text
}

/**
 * Every problem at once, each with the pointer it concerns and, where the document has that member, its
 * current value beside it (GOV.UK's error summary). Registrations carry no personal data; record values are
 * never passed here.
 */
export function ProblemList ({ lang, problems, warnings = [], document, id = 'problems', onShow }: { lang: Lang, problems: Problem[], warnings?: string[], document?: unknown, id?: string, onShow?: (pointer: string) => void }) {
  const t = words[lang]
  return html`<div id=${id}>
    ${problems.length > 0 && html`<div class="card problems" role="alert">
      <h2>${t.problems(problems.length)}</h2>
      <ul>${problems.map((p) => {
        const value = document === undefined ? undefined : valueAt(document, p.path)
        return html`<li><span class="pointer">${t.at} <code>${p.path || '/'}</code></span>: ${p.message}${document !== undefined && html` <span class="hint">(${t.now}: <code>${value === undefined ? t.absent : shown(value)}</code>)</span>`}${onShow && html` <button type="button" class="link inline" onClick=${() => onShow(p.path)}>${t.show}<span class="visually-hidden"> ${p.path || '/'}</span></button>`}</li>`
      })}</ul>
    </div>`}
    ${warnings.length > 0 && html`<div class="card warnings"><h2>${t.warnings}</h2><ul>${warnings.map((w) => html`<li>${w}</li>`)}</ul></div>`}
  </div>`
}

/**
 * A JSON registration edited in a textarea: Dry run asks the PUT with ?dryRun=true and lists its problems;
 * Register is offered only once a dry run of exactly this text was valid, and the PUT checks everything again.
 */
export function JsonDryRun ({ lang, initial, target, onRegistered }: { lang: Lang, initial: string, target: (document: Record<string, unknown>) => string, onRegistered?: (result: { id: string, version: number, status: string }) => void }) {
  const t = words[lang]
  const [text, setText] = useState(initial)
  const [outcome, setOutcome] = useState<{ text: string, document?: unknown, result?: DryRunResult, error?: string, registered?: string } | undefined>()
  const [busy, setBusy] = useState(false)
  const editor = useRef<HTMLTextAreaElement>(null)
  useEffect(() => { setText(initial); setOutcome(undefined) }, [initial])

  const parse = (): Record<string, unknown> | undefined => {
    try {
      const document = JSON.parse(text)
      if (document && typeof document === 'object' && !Array.isArray(document)) return document
      setOutcome({ text, error: t.notJson('{ … }') })
    } catch (err) {
      setOutcome({ text, error: t.notJson((err as Error).message) })
    }
    return undefined
  }
  const send = async (dryRun: boolean) => {
    const document = parse()
    if (!document) return
    setBusy(true)
    try {
      if (dryRun) {
        setOutcome({ text, document, result: await api<DryRunResult>(`${target(document)}?dryRun=true`, { method: 'PUT', body: document }) })
      } else {
        const result = await api<{ id: string, version: number, status: string, warnings?: string[] }>(target(document), { method: 'PUT', body: document })
        setOutcome({ text, document, result: { valid: true, problems: [], warnings: result.warnings ?? [] }, registered: t.registered(result.id, result.version, result.status) })
        onRegistered?.(result)
      }
    } catch (err) {
      const e = err as ApiError
      const problems = Array.isArray(e.body?.problems) ? e.body.problems as Problem[] : []
      setOutcome({ text, document, ...problems.length ? { result: { valid: false, code: e.code, problems, warnings: [] } } : { error: `${messages[lang].error(e.code)} ${String(e.body?.message ?? '')}` } })
    } finally {
      setBusy(false)
    }
  }
  // The caret to the member a problem names, the line selected, as GOV.UK's error summary links to its field.
  const show = (pointer: string) => {
    const range = locate(text, pointer)
    const area = editor.current!
    area.focus()
    if (!range) return
    // Browsers do not scroll a textarea to a selection made by script: measure the text before it (wrapped
    // lines included) and scroll there.
    area.value = text.slice(0, range[0])
    const above = area.scrollHeight
    area.value = text
    area.scrollTop = above - area.clientHeight / 3
    area.setSelectionRange(...range)
  }
  const current = outcome?.text === text
  const mayRegister = current && outcome?.result?.valid === true && !outcome.registered
  return html`<div class="editor">
    <label for="json-editor">${t.json}</label>
    <p id="json-hint" class="hint">${t.jsonHint}</p>
    <textarea id="json-editor" ref=${editor} rows="18" spellcheck="false" autocomplete="off" aria-describedby="json-hint problems" aria-invalid=${current && outcome?.result?.valid === false ? 'true' : undefined}
      value=${text} onInput=${(e: Event) => setText((e.target as HTMLTextAreaElement).value)}></textarea>
    <div class="actions">
      <button type="button" onClick=${() => send(true)} disabled=${busy}>${t.dryRun}</button>
      <button type="button" class="secondary" onClick=${() => send(false)} disabled=${busy || !mayRegister}>${t.register}</button>
    </div>
    <p role="status" aria-live="polite" class="outcome">${busy
      ? t.running
      : outcome && (outcome.registered ?? (outcome.result && (current ? (outcome.result.valid ? t.valid(outcome.result.status) : t.invalid) : t.changed)))}</p>
    ${outcome?.error && html`<p class="error" role="alert">${outcome.error}</p>`}
    <${ProblemList} lang=${lang} problems=${outcome?.result?.problems ?? []} warnings=${outcome?.result?.warnings ?? []} document=${outcome?.document} onShow=${current ? show : undefined} />
  </div>`
}
