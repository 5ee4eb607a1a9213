// The console (console/, built by `npm run console:build`) under /console/, same origin as the API it calls:
// its files under a strict CSP, and every other console path answered with its page, which routes itself.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'

const built = fileURLToPath(new URL('../../../console/dist/', import.meta.url))
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
const page = (reply: FastifyReply) => reply.header('content-security-policy', csp).header('cache-control', 'no-store').sendFile('index.html')

export default async function consoleRoutes (app: FastifyInstance) {
  if (!existsSync(`${built}index.html`)) {
    // Not an error of the API: a page for the person who opened it.
    app.get('/console/*', { schema: { hide: true } }, async (_request, reply) => reply.code(503).type('text/plain; charset=utf-8').send('The console is not built: run npm run console:build, then restart the gateway.\n'))
    return
  }
  // wildcard false: the files that exist get routes; anything else under /console/ is a page of the app.
  await app.register(fastifyStatic, { root: built, prefix: '/console/', wildcard: false, index: false, setHeaders: (res) => res.setHeader('content-security-policy', csp) })
  app.get('/console', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/console/', 301))
  app.get('/console/', { schema: { hide: true } }, async (_request, reply) => page(reply))
  app.get('/console/*', { schema: { hide: true } }, async (_request, reply) => page(reply))
}
