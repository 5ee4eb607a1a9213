// Sharing agreements: loaded from the store, plus the development agreements that ship as files.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { jsonFiles, registerShipped } from '../registry/shipped-files.ts'
import { AgreementRegistry } from './agreements.ts'

declare module 'fastify' {
  interface FastifyInstance { agreements: AgreementRegistry }
}

/** A disabled client is no party to a new agreement. */
const enabled = <T extends { disabledAt?: string }>(client: T | undefined) => client?.disabledAt ? undefined : client

export default fp(async (app: FastifyInstance, opts: { now: () => number }) => {
  const { agreementsDir } = app.config
  const agreements = new AgreementRegistry({ store: app.store, adapters: app.adapters, forms: app.forms, clientRoles: (id) => enabled(app.clients.byId(id))?.roles, now: opts.now })
  await agreements.load()
  if (agreementsDir) await registerShipped(app.log, await jsonFiles(agreementsDir), (body) => agreements.register(body, 'system'))
  app.decorate('agreements', agreements)
}, { name: 'gateway-policy', fastify: '5.x', dependencies: ['gateway-store', 'gateway-registry', 'gateway-auth'] })
