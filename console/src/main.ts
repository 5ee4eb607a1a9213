// The console: a small single-page app over the gateway's own API, same origin, with the API's own
// authentication. The token lives in this page's memory only: nothing is written to browser storage.
import { render } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { dateTime, messages, type Lang, type Messages } from './messages.ts'
import { verifyInclusion, type InclusionProof, type Jwks, type Verification } from './verify.ts'

interface AuditEntry { seq: number, at: string, clientId: string, action: string, subjectMasked?: string, procedure?: string, purpose?: string, result: string, sources?: Array<{ id: string, agency: string, outcome: string }>, fields?: string[] }
class ApiError extends Error { constructor (readonly status: number, readonly code: string) { super(code) } }

let token: string | undefined
async function api<T> (path: string): Promise<T> {
  const response = await fetch(path, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' }, cache: 'no-store' })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new ApiError(response.status, body.code ?? String(response.status))
  return body as T
}

const base = '/console'
function navigate (to: string) {
  history.pushState(null, '', to)
  dispatchEvent(new PopStateEvent('popstate'))
}
/** Links inside the console change the page without reloading it (a reload would forget the token). */
const follow = (event: MouseEvent) => {
  const anchor = (event.target as HTMLElement).closest('a')
  if (!anchor || anchor.origin !== location.origin || !anchor.pathname.startsWith(base) || event.ctrlKey || event.metaKey || event.shiftKey) return
  event.preventDefault()
  navigate(anchor.pathname + anchor.search)
}

function useLocation () {
  const [where, setWhere] = useState(location.pathname + location.search)
  useEffect(() => {
    const update = () => setWhere(location.pathname + location.search)
    addEventListener('popstate', update)
    return () => removeEventListener('popstate', update)
  }, [])
  return new URL(where, location.origin)
}

/** Moves focus to the page's heading when the page changes, as a screen reader expects after navigation. */
function Heading ({ children }: { children: unknown }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => { ref.current?.focus() }, [children])
  return html`<h1 tabindex="-1" ref=${ref}>${children}</h1>`
}

function SignIn ({ t, onSignIn }: { t: Messages, onSignIn: () => void }) {
  const [failed, setFailed] = useState(false)
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    token = (new FormData(event.target as HTMLFormElement).get('token') as string).trim()
    // Any authenticated read tells a valid token from another; the checkpoints are the auditor's lightest.
    const answer = await fetch('/v1/audit/checkpoints?limit=1', { headers: { authorization: `Bearer ${token}` } })
    if (answer.status === 401) { token = undefined; setFailed(true); return }
    onSignIn()
  }
  return html`<${Heading}>${t.signInTitle}<//>
    <p>${t.signInLead}</p>
    <form class="card" onSubmit=${submit}>
      <label for="token">${t.token}</label>
      <input id="token" name="token" type="password" autocomplete="off" required aria-describedby="token-error" aria-invalid=${failed ? 'true' : undefined} />
      <p id="token-error" class="error" role="alert">${failed ? t.signInFailed : ''}</p>
      <button type="submit">${t.signIn}</button>
    </form>`
}

const filterNames = ['subjectType', 'subjectId', 'procedure', 'client', 'from', 'to'] as const

function AuditList ({ t, lang, query }: { t: Messages, lang: Lang, query: URLSearchParams }) {
  const [page, setPage] = useState<{ entries: AuditEntry[], nextCursor?: string } | undefined>()
  const [error, setError] = useState<string | undefined>()
  useEffect(() => {
    setPage(undefined)
    setError(undefined)
    const params = new URLSearchParams([...query].filter(([k, v]) => v !== '' && ([...filterNames, 'cursor'] as string[]).includes(k)))
    // datetime-local inputs have no zone: the console reads them as Vietnam's time.
    for (const k of ['from', 'to']) if (params.has(k)) params.set(k, new Date(`${params.get(k)}:00+07:00`).toISOString())
    params.set('limit', '50')
    api<{ entries: AuditEntry[], nextCursor?: string }>(`/v1/audit?${params}`).then(setPage, (e: ApiError) => setError(e.code))
  }, [query.toString()])
  const search = (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.target as HTMLFormElement)
    navigate(`${base}/audit?${new URLSearchParams(filterNames.map((k) => [k, String(form.get(k) ?? '')]).filter(([, v]) => v !== ''))}`)
  }
  const next = page?.nextCursor ? `${base}/audit?${new URLSearchParams([...[...query].filter(([k]) => k !== 'cursor'), ['cursor', page.nextCursor]])}` : undefined
  return html`<${Heading}>${t.auditTitle}<//>
    <form class="card filters" onSubmit=${search} aria-label=${t.filters}>
      <div class="field"><label for="subjectType">${t.subjectType}</label>
        <select id="subjectType" name="subjectType" value=${query.get('subjectType') ?? 'citizen'}>
          <option value="citizen">${t.citizen}</option><option value="enterprise">${t.enterprise}</option>
        </select></div>
      <div class="field"><label for="subjectId">${t.subjectId}</label>
        <input id="subjectId" name="subjectId" value=${query.get('subjectId') ?? ''} inputmode="numeric" autocomplete="off" aria-describedby="subjectId-hint" />
        <p id="subjectId-hint" class="hint">${t.subjectIdHint}</p></div>
      <div class="field"><label for="procedure">${t.procedure}</label><input id="procedure" name="procedure" value=${query.get('procedure') ?? ''} /></div>
      <div class="field"><label for="client">${t.client}</label><input id="client" name="client" value=${query.get('client') ?? ''} /></div>
      <div class="field"><label for="from">${t.from}</label><input id="from" name="from" type="datetime-local" value=${query.get('from') ?? ''} /></div>
      <div class="field"><label for="to">${t.to}</label><input id="to" name="to" type="datetime-local" value=${query.get('to') ?? ''} /></div>
      <button type="submit">${t.search}</button>
    </form>
    ${error && html`<p class="error" role="alert">${t.error(error)}</p>`}
    ${page && html`<p role="status">${page.entries.length ? t.entries(page.entries.length) : t.noEntries}</p>
      <ul class="cards">${page.entries.map((e) => html`<li class="card"><dl>
        <div><dt>${t.seq}</dt><dd><a href=${`${base}/audit/entries/${e.seq}`}>${e.seq}</a></dd></div>
        <div><dt>${t.at}</dt><dd>${dateTime(lang, e.at)}</dd></div>
        <div><dt>${t.action}</dt><dd>${e.action}</dd></div>
        <div><dt>${t.client}</dt><dd>${e.clientId}</dd></div>
        ${e.subjectMasked && html`<div><dt>${t.subject}</dt><dd>${e.subjectMasked}</dd></div>`}
        ${e.procedure && html`<div><dt>${t.procedure}</dt><dd>${e.procedure}</dd></div>`}
        <div><dt>${t.result}</dt><dd>${e.result}</dd></div>
      </dl></li>`)}</ul>
      ${next && html`<p><a href=${next}>${t.next}</a></p>`}`}`
}

function EntryPage ({ t, lang, seq }: { t: Messages, lang: Lang, seq: number }) {
  const [proof, setProof] = useState<InclusionProof | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [outcome, setOutcome] = useState<Verification | 'running' | undefined>()
  useEffect(() => { api<InclusionProof>(`/v1/audit/entries/${seq}/proof`).then(setProof, (e: ApiError) => setError(e.code)) }, [seq])
  const verify = async () => {
    setOutcome('running')
    // The proof and the keys are fetched afresh: the check must not rest on what the page showed before.
    const [fresh, jwks] = await Promise.all([api<InclusionProof>(`/v1/audit/entries/${seq}/proof`), fetch('/.well-known/jwks.json').then((r) => r.json() as Promise<Jwks>)])
    setOutcome(await verifyInclusion(fresh, jwks))
  }
  const entry = proof?.entry as unknown as AuditEntry | undefined
  return html`<${Heading}>${t.entryTitle(seq)}<//>
    <p><a href=${`${base}/audit`}>${t.back}</a></p>
    ${error && html`<p class="error" role="alert">${error === 'GW_AUDIT_PROOF_UNAVAILABLE' ? t.notCovered : t.error(error)}</p>`}
    ${entry && html`<dl class="card">
      <div><dt>${t.at}</dt><dd>${dateTime(lang, entry.at)}</dd></div>
      <div><dt>${t.action}</dt><dd>${entry.action}</dd></div>
      <div><dt>${t.client}</dt><dd>${entry.clientId}</dd></div>
      ${entry.subjectMasked && html`<div><dt>${t.subject}</dt><dd>${entry.subjectMasked}</dd></div>`}
      ${entry.procedure && html`<div><dt>${t.procedure}</dt><dd>${entry.procedure}</dd></div>`}
      ${entry.purpose && html`<div><dt>${t.purpose}</dt><dd>${entry.purpose}</dd></div>`}
      ${entry.sources && html`<div><dt>${t.sources}</dt><dd>${entry.sources.map((s) => `${s.id} (${s.agency}): ${s.outcome}`).join('; ')}</dd></div>`}
      ${entry.fields && html`<div><dt>${t.fields}</dt><dd>${entry.fields.join(', ')}</dd></div>`}
      <div><dt>${t.result}</dt><dd>${entry.result}</dd></div>
    </dl>
    <button type="button" onClick=${verify} disabled=${outcome === 'running'}>${t.verify}</button>`}
    <div role="status" aria-live="polite" class="outcome">
      ${outcome === 'running' && t.verifying}
      ${outcome && outcome !== 'running' && (outcome.ok
        ? html`<p class="verified">${t.verified(outcome.treeSize, dateTime(lang, outcome.at), outcome.kid)}</p>`
        : html`<p class="error">${t.failed[outcome.failed!.step]} <code>${outcome.failed!.detail}</code></p>`)}
    </div>`
}

function App () {
  const [lang, setLang] = useState<Lang>('vi')
  const [signedIn, setSignedIn] = useState(false)
  const url = useLocation()
  const t = messages[lang]
  useEffect(() => { document.documentElement.lang = lang; document.title = t.title }, [lang])
  useEffect(() => {
    document.addEventListener('click', follow)
    return () => document.removeEventListener('click', follow)
  }, [])
  const entry = /^\/console\/audit\/entries\/(\d+)$/.exec(url.pathname)
  const page = !signedIn
    ? html`<${SignIn} t=${t} onSignIn=${() => setSignedIn(true)} />`
    : entry
      ? html`<${EntryPage} t=${t} lang=${lang} seq=${Number(entry[1])} />`
      : /^\/console\/(audit)?$/.test(url.pathname)
        ? html`<${AuditList} t=${t} lang=${lang} query=${url.searchParams} />`
        : html`<${Heading}>${t.notFound}<//>`
  return html`<a class="skip" href="#main">${t.skip}</a>
    <header class="banner">
      <a class="brand" href=${`${base}/audit`}>${t.title}</a>
      <nav aria-label=${lang === 'vi' ? 'Ngôn ngữ và tài khoản' : 'Language and account'}>
        <button type="button" class="link" lang=${lang === 'vi' ? 'en' : 'vi'} aria-label=${t.switchLanguageLabel} onClick=${() => setLang(lang === 'vi' ? 'en' : 'vi')}>${t.switchLanguage}</button>
        ${signedIn && html`<button type="button" class="link" onClick=${() => { token = undefined; setSignedIn(false) }}>${t.signOut}</button>`}
      </nav>
    </header>
    <main id="main">${page}</main>`
}

render(html`<${App} />`, document.getElementById('app')!)
