// The security headers of every answer (nosniff, frame and referrer policies, HSTS...; the docs pages set their
// own Content-Security-Policy), from helmet's middleware made once: @fastify/helmet makes it anew for every
// request, and answers Fastify gives before any route runs (a malformed URL) would go without them.
import type { IncomingMessage, ServerResponse } from 'node:http'
import helmet from 'helmet'

const middleware = helmet({ contentSecurityPolicy: false })

/** helmet's middleware sets its headers and calls on at once. */
export const setSecurityHeaders = (request: IncomingMessage, response: ServerResponse): void => middleware(request, response, () => {})
