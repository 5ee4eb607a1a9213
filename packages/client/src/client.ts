// The typed client: openapi-fetch over the paths generated from the gateway's openapi.yaml, so every call's
// path, parameters, body and answers are checked by the compiler.
import { setTimeout as sleep } from 'node:timers/promises'
import createClient, { type Client } from 'openapi-fetch'
import { Agent, fetch as undiciFetch, Request as UndiciRequest } from 'undici'
import type { components, paths } from './generated/api.ts'

export type GatewayClient = Client<paths>
export type PrefillResponse = components['schemas']['PrefillResponse']
export type ErrorResponse = components['schemas']['ErrorResponse']

/** A client certificate from the gateway's CA (PEM), and the CA that signed the gateway's certificate. */
export interface TlsOptions {
  cert: string | Buffer
  key: string | Buffer
  ca?: string | Buffer
}

export interface GatewayClientOptions {
  /** The gateway's origin, e.g. https://gateway.example.gov.vn */
  baseUrl: string
  /** A bearer token; in production clients present a certificate instead (`tls`). */
  token?: string
  tls?: TlsOptions
}

/** An error answer of the gateway: its stable `GW_*` code, the status and the request id to quote. */
export class GatewayError extends Error {
  statusCode: number
  code: string
  requestId?: string
  body: ErrorResponse

  constructor (body: ErrorResponse) {
    super(`${body.code}: ${body.message}`)
    this.name = 'GatewayError'
    this.statusCode = body.statusCode
    this.code = body.code
    this.requestId = body.requestId
    this.body = body
  }
}

export function createGatewayClient ({ baseUrl, token, tls }: GatewayClientOptions): GatewayClient {
  return createClient<paths>({
    baseUrl,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    // The certificate goes through an undici Agent, so undici's own fetch and Request carry it: Node's global
    // fetch bundles another undici, whose requests an Agent of this one is not made for.
    ...(tls && {
      fetch: undiciFetch as unknown as typeof fetch,
      Request: UndiciRequest as unknown as typeof Request,
      requestInitExt: { dispatcher: new Agent({ connect: tls }) }
    })
  })
}

/**
 * The completed answer of a prefill that answered `pending`: polls `GET /v1/prefill/{requestId}` (202 while
 * pending) until it is there, throwing a GatewayError for an error answer and an Error after `timeoutMs`.
 */
export async function awaitPrefill (client: GatewayClient, requestId: string, { timeoutMs, intervalMs = 500 }: { timeoutMs: number, intervalMs?: number }): Promise<PrefillResponse> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const { data, error } = await client.GET('/v1/prefill/{requestId}', { params: { path: { requestId } } })
    if (error) throw new GatewayError(error)
    if (data.status !== 'pending') return data
    const wait = Math.min(intervalMs, end - Date.now())
    if (wait <= 0) throw new Error(`prefill ${requestId} still pending after ${timeoutMs} ms`)
    await sleep(wait)
  }
}
