// The security headers of every answer (nosniff, frame and referrer policies, HSTS...; the docs pages set their
// own Content-Security-Policy), from helmet's middleware made once: @fastify/helmet makes it anew for every
// request, and answers Fastify gives before any route runs (a malformed URL) would go without them.
import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import helmet from 'helmet'

const middleware = helmet({ contentSecurityPolicy: false })

/** helmet's middleware sets its headers and calls on at once. */
export const setSecurityHeaders = (request: IncomingMessage, response: ServerResponse): void => middleware(request, response, () => {})

/**
 * The same headers as lines of a raw answer, for what Node's HTTP parser refuses before there is a response
 * to set them on (error-handler.ts). helmet's headers do not depend on the request (no CSP here).
 */
export const securityHeaderLines: string = (() => {
  const response = new ServerResponse(new IncomingMessage(new Socket()))
  setSecurityHeaders(response.req, response)
  return Object.entries(response.getHeaders()).map(([name, value]) => `${name}: ${String(value)}\r\n`).join('')
})()
