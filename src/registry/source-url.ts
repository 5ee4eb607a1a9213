// Builds a source's request from its manifest's templates: ${NAME} from the operator's adapter variables,
// {subject.id} from the subject, in the URL always URL-encoded so an id can never change the path.
import type { CodeTransport, HttpTransport } from '../generated/types.ts'

const placeholder = '{subject.id}'

export function resolveBaseUrl (template: string, vars: Record<string, string>): string {
  return template.replace(/\$\{([A-Z0-9_]+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(vars, name)) throw new Error(`unknown adapter variable ${whole}`)
    return vars[name]
  })
}

export function sourceUrl (template: string, vars: Record<string, string>, subjectId: string): URL {
  return new URL(resolveBaseUrl(template, vars).replaceAll(placeholder, encodeURIComponent(subjectId)))
}

/** The manifest's headers with the subject filled in (an id has its legal structure: digits and a dash). */
export function sourceHeaders (headers: Record<string, string> | undefined, subjectId: string): Record<string, string> | undefined {
  return headers && Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, value.replaceAll(placeholder, subjectId)]))
}

/** Why a template cannot be used, or undefined. */
export function urlTemplateProblem (template: string, vars: Record<string, string>): string | undefined {
  try {
    const url = sourceUrl(template, vars, '0')
    return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : 'only http and https URLs are allowed'
  } catch (err) {
    return (err as Error).message
  }
}

/**
 * Why a live source's request would not carry the subject, or undefined. Without it the source answers every
 * subject alike, so every citizen would get the same record. Only the path and query reach the source as the
 * request's target: a fragment is never sent, and a subject in the host would choose the server, not the
 * record. Headers count for kind http only: a code adapter is handed the URL and makes its own requests.
 */
export function subjectlessProblem (transport: HttpTransport | CodeTransport, vars: Record<string, string>): string | undefined {
  const [a, b] = ['0', '1'].map((id) => sourceUrl(transport.url, vars, id))
  const outside = (url: URL) => [url.origin, url.username, url.password, url.hash].join(' ')
  if (outside(a) !== outside(b)) return `${placeholder} may appear only in the URL's path or query`
  const headers = transport.kind === 'http' ? Object.values(transport.headers ?? {}) : []
  if (a.pathname + a.search !== b.pathname + b.search || headers.some((value) => value.includes(placeholder))) return undefined
  return `the request never carries the subject: put ${placeholder} in the URL's path or query${transport.kind === 'http' ? ' or a header' : ''}, or every subject gets the same record`
}
