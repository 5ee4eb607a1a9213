// The portal's pages, rendered on the server (Preact with htm: escaping is the renderer's job, not ours). No
// inline script or style, so the strict CSP holds; the one script fills in pending fields.
import type { ComponentChildren, VNode } from 'preact'
import { html } from 'htm/preact'
import { renderToString } from 'preact-render-to-string'
import type { components, PrefillResponse } from '@once-only/client'
import { date, dateTime, messages, type Lang, type Messages } from './messages.ts'
import { fieldId, sectionsOf, shown, type Form, type Leaf } from './form-view.ts'
import type { Source } from './catalogue.ts'
import type { Persona } from './personas.ts'

type Field = PrefillResponse['fields'][string]
type Document = PrefillResponse['documents'][number]
type Violation = components['schemas']['SubmissionCheckResult']['violations'][number]
type AccessLog = components['schemas']['CitizenAccessLog']
type Held = components['schemas']['SubjectRecords']

export interface Page { lang: Lang, path: string, query?: Record<string, string> }

const href = (lang: Lang, path: string, query: Record<string, string> = {}) => {
  const params = new URLSearchParams({ ...query, ...(lang === 'en' ? { lang } : {}) })
  return params.size ? `${path}?${params}` : path
}

export const page = (body: VNode) => '<!doctype html>' + renderToString(body)

function Layout ({ page: { lang, path, query = {} }, title, persona, children }: { page: Page, title: string, persona?: Persona, children: ComponentChildren }) {
  const t = messages[lang]
  const other: Lang = lang === 'vi' ? 'en' : 'vi'
  return html`<html lang=${lang}>
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title} · ${t.portalName}</title>
      <link rel="icon" href="/assets/lock.svg" type="image/svg+xml" />
      <link rel="stylesheet" href="/assets/portal.css" />
      <script src="/assets/completion.js" defer></script>
    </head>
    <body>
      <a class="skip" href="#main">${t.skipToContent}</a>
      <header class="banner">
        <a class="brand" href=${href(lang, persona ? '/services' : '/', persona ? { persona: persona.key } : {})}>${t.portalName}</a>
        <nav aria-label=${lang === 'vi' ? 'Tài khoản và ngôn ngữ' : 'Account and language'}>
          ${persona && html`<span class="who">${persona.fullName}</span> <a href=${href(lang, '/')}>${t.signOut}</a>`}
          <a href=${href(other, path, query)} hreflang=${other} lang=${other} aria-label=${t.switchLanguageLabel}>${t.switchLanguage}</a>
        </nav>
      </header>
      <main id="main" tabindex="-1">${children}</main>
    </body>
  </html>`
}

export function signInPage (p: Page, personas: Persona[]) {
  const t = messages[p.lang]
  return page(html`<${Layout} page=${p} title=${t.signInTitle}>
    <h1>${t.signInTitle}</h1>
    <p>${t.signInLead}</p>
    <form method="get" action="/services" class="card">
      ${p.lang === 'en' && html`<input type="hidden" name="lang" value="en" />`}
      <fieldset>
        <legend>${t.signInPersona}</legend>
        ${personas.map((persona, i) => html`<div class="choice">
          <input type="radio" name="persona" id=${`persona-${persona.key}`} value=${persona.key} checked=${i === 0} />
          <label for=${`persona-${persona.key}`}>${persona.fullName}, ${t.bornIn(persona.dateOfBirth.slice(0, 4))}</label>
        </div>`)}
      </fieldset>
      <button type="submit">${t.signIn}</button>
    </form>
  <//>`)
}

export function servicesPage (p: Page, persona: Persona, forms: Form[]) {
  const t = messages[p.lang]
  return page(html`<${Layout} page=${p} title=${t.servicesTitle} persona=${persona}>
    <h1>${t.welcome(persona.fullName)}</h1>
    <h2>${t.servicesTitle}</h2>
    <p>${t.servicesLead}</p>
    <ul class="services">
      ${forms.map((form) => html`<li><a href=${href(p.lang, `/forms/${form['x-procedure'].code}`, { persona: persona.key })}>${form['x-procedure'].title}</a> <span class="code">${form['x-procedure'].code}</span></li>`)}
    </ul>
    <p><a href=${href(p.lang, '/me', { persona: persona.key })}>${t.myDataLink}</a></p>
  <//>`)
}

const sourceName = (sources: Map<string, Source>, id: string) => sources.get(id)?.title ?? id

/** What a person is told under a field: where its value came from, or why they type it. */
export function fieldNote (t: Messages, lang: Lang, field: Field | undefined, sources: Map<string, Source>): string | undefined {
  switch (field?.status) {
    case 'filled': return t.fromSource(sourceName(sources, field.source!.id), dateTime(lang, field.retrievedAt!))
    case 'pending': return t.pending(sourceName(sources, field.source?.id ?? ''))
    case 'not_found': return t.notFound
    case 'unavailable': return t.unavailable
    case 'denied': return t.denied
    case 'conflict': return t.conflict
    default: return undefined
  }
}

export function documentNote (t: Messages, document: Document | undefined, sources: Map<string, Source>): string | undefined {
  if (document?.status === 'waived') return t.notNeeded(sourceName(sources, document.evidence?.source.id ?? ''))
  if (document?.status === 'pending') return t.documentPending
  return undefined
}

function FieldInput ({ leaf, field, text, describedBy, invalid }: { leaf: Leaf, field?: Field, text: string, describedBy: string, invalid: boolean }) {
  const locked = field?.status === 'filled' && field.locked
  const common = { id: leaf.id, name: leaf.pointer, 'aria-describedby': describedBy, 'aria-invalid': invalid ? 'true' : undefined, 'data-pending': field?.status === 'pending' ? '' : undefined }
  if (locked || field?.status === 'pending') return html`<input type="text" ...${common} value=${text} readonly />`
  if (leaf.schema.enum) {
    return html`<select ...${common}>
      <option value="" selected=${text === ''}></option>
      ${leaf.schema.enum.map((option) => html`<option value=${option} selected=${option === text}>${option}</option>`)}
    </select>`
  }
  const type = leaf.schema.format === 'email' ? 'email' : leaf.schema.type === 'integer' || leaf.schema.type === 'number' ? 'number' : 'text'
  const autocomplete = leaf.schema.format === 'email' ? 'email' : /phone/i.test(leaf.pointer) ? 'tel' : undefined
  return html`<input type=${type} ...${common} value=${text} autocomplete=${autocomplete} inputmode=${type === 'number' ? 'numeric' : undefined} />`
}

export interface FormState {
  persona: Persona
  form: Form
  answer: PrefillResponse
  sources: Map<string, Source>
  /** What the person posted, when the page comes back with problems. */
  posted?: Record<string, unknown>
  attached?: string[]
  violations?: Violation[]
}

export function formPage (p: Page, state: FormState) {
  const t = messages[p.lang]
  const { persona, form, answer, sources, posted = {}, violations = [] } = state
  const procedure = form['x-procedure']
  const at = (pointer?: string) => violations.filter((v) => pointer !== undefined && v.path === pointer)
  const ofDocument = (code: string) => violations.filter((v) => v.document === code)
  const leaves = sectionsOf(form).flatMap((s) => s.leaves)
  const titleOf = (v: Violation) => v.path ? leaves.find((l) => l.pointer === v.path)?.title : form['x-documents']?.find((d) => d.code === v.document)?.title
  const message = (v: Violation) => {
    const title = titleOf(v)
    return title && t.violation[v.code] ? t.violation[v.code](title) : v.message[p.lang]
  }
  const target = (v: Violation) => v.path ? `#${fieldId(v.path)}` : v.document ? `#document-${v.document}` : undefined
  const attachedNow = state.attached ?? answer.documents.filter((d) => d.status === 'required').map((d) => d.code)
  return page(html`<${Layout} page=${p} title=${procedure.title} persona=${persona}>
    <h1>${procedure.title}</h1>
    <p class="lead">${t.formLead}</p>
    ${violations.length > 0 && html`<div class="error-summary" role="alert" tabindex="-1" id="problems">
      <h2>${t.errorSummary(violations.length)}</h2>
      <ul>${violations.map((v) => html`<li>${target(v) ? html`<a href=${target(v)}>${message(v)}</a>` : message(v)}</li>`)}</ul>
    </div>`}
    <form method="post" action=${`/forms/${procedure.code}`} novalidate
      data-completion=${answer.status === 'pending' ? href(p.lang, `/forms/${procedure.code}/completion/${answer.requestId}`, { persona: persona.key }) : undefined}>
      <input type="hidden" name="requestId" value=${answer.requestId} />
      <input type="hidden" name="persona" value=${persona.key} />
      <input type="hidden" name="lang" value=${p.lang} />
      <p class="visually-hidden" role="status" aria-live="polite" id="completion-status"></p>
      ${sectionsOf(form).map((section) => html`<fieldset>
        ${section.title && html`<legend>${section.title}</legend>`}
        ${section.leaves.map((leaf) => {
          const field = answer.fields[leaf.pointer]
          const note = fieldNote(t, p.lang, field, sources)
          const problems = at(leaf.pointer)
          const locked = field?.status === 'filled' && field.locked
          const text = typeof posted[leaf.pointer] === 'string' && field?.status !== 'filled' ? posted[leaf.pointer] as string : field?.status === 'filled' ? shown(field.value) : ''
          return html`<div class=${['field', locked && 'locked', field?.status === 'pending' && 'pending', problems.length && 'invalid'].filter(Boolean).join(' ')}>
            <label for=${leaf.id}>${leaf.title}${locked && html` <img class="lock" src="/assets/lock.svg" width="14" height="14" alt=${t.locked} title=${t.locked} />`}</label>
            <${FieldInput} leaf=${leaf} field=${field} text=${text} invalid=${problems.length > 0} describedBy=${`${leaf.id}-note ${leaf.id}-error`} />
            <p class="note" id=${`${leaf.id}-note`}>${note}</p>
            <p class="error" id=${`${leaf.id}-error`}>${problems.map(message).join(' ')}</p>
          </div>`
        })}
      </fieldset>`)}
      ${(form['x-documents'] ?? []).length > 0 && html`<fieldset class="documents">
        <legend>${t.documentsTitle}</legend>
        <p>${t.documentsLead}</p>
        ${form['x-documents']!.map(({ code, title }) => {
          const document = answer.documents.find((d) => d.code === code)
          const problems = ofDocument(code)
          return html`<div class=${['choice', document?.status === 'waived' && 'waived', problems.length && 'invalid'].filter(Boolean).join(' ')}>
            <input type="checkbox" name="documents" value=${code} id=${`document-${code}`} checked=${attachedNow.includes(code)}
              aria-describedby=${`document-${code}-note document-${code}-error`} aria-invalid=${problems.length ? 'true' : undefined} />
            <label for=${`document-${code}`}>${t.attach}: ${title}</label>
            <p class="note" id=${`document-${code}-note`}>${documentNote(t, document, sources)}</p>
            <p class="error" id=${`document-${code}-error`}>${problems.map(message).join(' ')}</p>
          </div>`
        })}
      </fieldset>`}
      <button type="submit">${t.submit}</button>
    </form>
  <//>`)
}

export function acceptedPage (p: Page, persona: Persona, form: Form, outcome: { receiptId: string, released: number, problems: string[], auditEntry: number }) {
  const t = messages[p.lang]
  return page(html`<${Layout} page=${p} title=${t.acceptedTitle} persona=${persona}>
    <h1>${t.acceptedTitle}</h1>
    <p class="lead">${form['x-procedure'].title}</p>
    <div class="card" role="status">
      <p>${t.acceptedLead}</p>
      ${outcome.problems.length === 0
        ? html`<p class="verified">${t.receiptVerified(outcome.receiptId, outcome.released)}</p>`
        : html`<div class="error-summary"><p>${t.receiptNotVerified}</p><ul>${outcome.problems.map((x) => html`<li>${x}</li>`)}</ul></div>`}
      <p>${t.auditEntry(outcome.auditEntry)}</p>
    </div>
    <p><a href=${href(p.lang, '/services', { persona: persona.key })}>${t.backToServices}</a></p>
  <//>`)
}

/** Rows as cards of label and value: a table's columns do not fit a phone. */
function Cards ({ label, head, rows }: { label: string, head: string[], rows: ComponentChildren[][] }) {
  return html`<ul class="cards" aria-label=${label}>
    ${rows.map((row) => html`<li class="card"><dl>${row.map((cell, i) => html`<div><dt>${head[i]}</dt><dd>${cell}</dd></div>`)}</dl></li>`)}
  </ul>`
}

export function mePage (p: Page, persona: Persona, data: { accesses: AccessLog, held: Held, forms: Form[], sources: Source[], sourcesOf: (form: Form) => string[] }) {
  const t = messages[p.lang]
  const titleOf = (procedure: string) => data.forms.find((f) => f['x-procedure'].code === procedure)?.['x-procedure'].title ?? procedure
  return page(html`<${Layout} page=${p} title=${t.meTitle} persona=${persona}>
    <h1>${t.meTitle}</h1>
    <section aria-labelledby="accesses">
      <h2 id="accesses">${t.accessTitle}</h2>
      ${data.accesses.entries.length === 0
        ? html`<p>${t.accessEmpty}</p>`
        : html`<${Cards} label=${t.accessTitle} head=${[t.accessWhen, t.accessWho, t.accessAgencies, t.accessProcedure, t.accessPurpose]}
            rows=${data.accesses.entries.map((e) => [dateTime(p.lang, e.at), e.client.name, e.agencies.map((a) => a.name).join(', '), e.procedure ? titleOf(e.procedure) : '', e.purpose ?? ''])} />`}
    </section>
    <section aria-labelledby="held">
      <h2 id="held">${t.heldTitle}</h2>
      ${data.held.records.length === 0
        ? html`<p>${t.heldEmpty}</p>`
        : html`<${Cards} label=${t.heldTitle} head=${[t.heldTitle, t.heldIssuer, t.heldIssued, t.heldValidUntil, t.heldStatus, t.heldPrefills]}
            rows=${data.held.records.map((r) => [r.title, r.issuedBy.name, date(p.lang, r.issuedAt), r.validUntil ? date(p.lang, r.validUntil) : t.unlimited, t.status[r.status] ?? r.status, r.prefills.map(titleOf).join('; ')])} />`}
    </section>
    <section aria-labelledby="sources">
      <h2 id="sources">${t.sourcesTitle}</h2>
      <${Cards} label=${t.sourcesTitle} head=${[t.sourceName, t.sourcesForms]}
        rows=${data.sources.map((s) => [s.title, data.forms.filter((f) => data.sourcesOf(f).includes(s.id)).map((f) => f['x-procedure'].title).join('; ')])} />
    </section>
  <//>`)
}

export function messagePage (p: Page, title: string, text: string, persona?: Persona) {
  return page(html`<${Layout} page=${p} title=${title} persona=${persona}>
    <h1>${title}</h1>
    <p>${text}</p>
  <//>`)
}
