// Pieces the admin and operator pages share: loading from the API, and a form's problems listed at once at
// the top (each linking to its field) and again beside the field, as the GOV.UK error summary does.
import { useEffect, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { api, ApiError } from './api.ts'
import { messages, type Lang } from './messages.ts'

/** A GET from the API, again whenever `reload` is called or the path changes. */
export function useApi<T> (path: string): { data?: T, error?: ApiError, reload: () => void } {
  const [state, setState] = useState<{ data?: T, error?: ApiError }>({})
  const [round, setRound] = useState(0)
  useEffect(() => { api<T>(path).then((data) => setState({ data }), (error: ApiError) => setState({ error })) }, [path, round])
  return { ...state, reload: () => setRound((n) => n + 1) }
}

export function LoadError ({ lang, error }: { lang: Lang, error?: ApiError }) {
  return error ? html`<p class="error" role="alert">${messages[lang].error(error.code)}</p>` : null
}

export interface Problem { field?: string, message: string }

/**
 * A rejected form's problems by field: the API's own problems (pointers into the body), or its error code
 * placed at the field it concerns, in the page's words where it has them.
 */
export function problemsOf (err: unknown, lang: Lang, byCode: Record<string, { field: string, message?: string }>): Problem[] {
  if (!(err instanceof ApiError)) return [{ message: messages[lang].error(String(err)) }]
  const listed = err.body.problems as Array<{ path: string, message: string }> | undefined
  if (listed?.length) return listed.map((p) => ({ field: /^(?:body|params)?\/([^/]+)/.exec(p.path)?.[1], message: p.message }))
  const known = byCode[err.code]
  return [{ field: known?.field, message: known?.message ?? String(err.body.message ?? messages[lang].error(err.code)) }]
}

/** The required fields left empty, as problems: the API is asked once they are all there. */
export function missing (data: FormData, required: Record<string, string>): Problem[] {
  return Object.entries(required).filter(([field]) => String(data.get(field) ?? '').trim() === '').map(([field, message]) => ({ field, message }))
}

/** Every problem at once, at the top, each a link that takes the focus to its field. */
export function ProblemSummary ({ title, problems }: { title: string, problems: Problem[] }) {
  if (!problems.length) return null
  const focus = (event: MouseEvent, field: string) => {
    // Handled here: the console's router would otherwise take the link for a page.
    event.preventDefault()
    event.stopPropagation()
    document.getElementById(field)?.focus()
  }
  return html`<div class="card problems" role="alert" aria-labelledby="problems-title">
    <h2 id="problems-title">${title}</h2>
    <ul>${problems.map((p) => html`<li>${p.field ? html`<a href=${`#${p.field}`} onClick=${(e: MouseEvent) => focus(e, p.field!)}>${p.message}</a>` : p.message}</li>`)}</ul>
  </div>`
}

/** The problems of one field, beside it; its id goes in the input's aria-describedby. */
export function FieldProblems ({ id, problems }: { id: string, problems: Problem[] }) {
  const mine = problems.filter((p) => p.field === id)
  return html`<p id=${`${id}-problem`} class="error">${mine.map((p) => p.message).join(' ')}</p>`
}

export const invalid = (id: string, problems: Problem[]) => problems.some((p) => p.field === id) ? 'true' : undefined
