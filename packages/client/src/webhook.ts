// Verifying a webhook delivery: `x-gateway-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`
// with the secret shown once when the webhook was registered.
import { createHmac, timingSafeEqual } from 'node:crypto'

export type HeadersLike = Headers | Record<string, string | string[] | undefined>

function header (headers: HeadersLike, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined
  const value = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1]
  return Array.isArray(value) ? value[0] : value
}

/**
 * Whether a delivery is the gateway's: the signature over the raw body (the exact bytes received, before any
 * JSON parsing) matches, and its time is within `toleranceSeconds` of now (so an old delivery cannot be replayed).
 */
export function verifyWebhook ({ headers, body, secret, toleranceSeconds = 300, now = Date.now() }: { headers: HeadersLike, body: string | Buffer, secret: string, toleranceSeconds?: number, now?: number }): boolean {
  const parts = new Map((header(headers, 'x-gateway-signature') ?? '').split(',').map((part) => {
    const at = part.indexOf('=')
    return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const
  }))
  const time = Number(parts.get('t'))
  const given = parts.get('v1') ?? ''
  if (!Number.isInteger(time) || Math.abs(now / 1000 - time) > toleranceSeconds || !/^[0-9a-f]{64}$/.test(given)) return false
  const expected = createHmac('sha256', secret).update(`${time}.`).update(body).digest()
  return timingSafeEqual(expected, Buffer.from(given, 'hex'))
}
