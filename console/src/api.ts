// The gateway's API, same origin, with the signed-in client's bearer token. The token lives in this module's
// memory only: nothing is written to browser storage, and a reload asks for it again.
export type Role = 'portal' | 'agency' | 'auditor' | 'admin' | 'operator'
export interface Me { id: string, name: string, roles: Role[], agency?: string }

export class ApiError extends Error {
  constructor (readonly status: number, readonly code: string, readonly body: Record<string, unknown> = {}) { super(code) }
}

let token: string | undefined

export async function api<T> (path: string, init: { method?: string, body?: unknown } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    headers: { ...token ? { authorization: `Bearer ${token}` } : {}, accept: 'application/json', ...init.body !== undefined ? { 'content-type': 'application/json' } : {} },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    cache: 'no-store'
  })
  const body = response.status === 204 ? {} : await response.json().catch(() => ({}))
  if (!response.ok) throw new ApiError(response.status, body.code ?? String(response.status), body)
  return body as T
}

/**
 * Who the token belongs to, or undefined when the gateway does not know it. Without a token, who the browser's
 * client certificate belongs to (under mTLS the browser presents it on every request, and no token is needed).
 */
export async function signIn (candidate?: string): Promise<Me | undefined> {
  token = candidate
  try {
    return await api<Me>('/v1/clients/me')
  } catch (err) {
    token = undefined
    if (err instanceof ApiError && err.status === 401) return undefined
    throw err
  }
}

export function signOut () { token = undefined }

/** Saves what a route answers as a file: fetched with the token (a plain link would go without it), handed to the browser's downloads, and forgotten. */
export async function download (path: string, name: string): Promise<void> {
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {}, cache: 'no-store' })
  if (!response.ok) throw new ApiError(response.status, (await response.json().catch(() => ({}))).code ?? String(response.status))
  const url = URL.createObjectURL(await response.blob())
  const link = Object.assign(document.createElement('a'), { href: url, download: name })
  link.click()
  URL.revokeObjectURL(url)
}
