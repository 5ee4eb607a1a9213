// Authenticates every request and enforces the roles each route declares in `config.roles`.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { AuthInvalid, AuthMissing, RoleForbidden } from '../errors.ts'
import type { Client, ClientDirectory, Role } from './clients.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Roles allowed to call the route; absent means the route is public. */
    roles?: Role[]
  }
  interface FastifyRequest {
    client: Client | null
  }
  interface FastifyInstance {
    clients: ClientDirectory
    /** Every route with the roles it accepts (none: public), for the authorisation matrix. */
    routeRoles: Array<{ method: string, url: string, roles?: Role[] }>
  }
}

async function authPlugin (app: FastifyInstance, opts: { clients: ClientDirectory }) {
  app.decorate('clients', opts.clients)
  app.decorate('routeRoles', [])
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.routeRoles.push({ method, url: route.url, roles: (route.config as { roles?: Role[] } | undefined)?.roles })
    }
  })
  app.decorateRequest('client', null)
  app.addHook('onRequest', async (request) => {
    const roles = request.routeOptions.config.roles
    if (!roles) return
    const header = request.headers.authorization
    if (!header) throw new AuthMissing()
    const match = /^Bearer ([\x21-\x7e]{8,512})$/.exec(header)
    const client = match ? opts.clients.byToken(match[1]) : undefined
    if (!client) throw new AuthInvalid()
    request.client = client
    if (!client.roles.some((role) => roles.includes(role))) throw new RoleForbidden(client.roles.join(','))
  })
}

export default fp(authPlugin, { name: 'gateway-auth', fastify: '5.x' })
