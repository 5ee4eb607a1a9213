// Several gateway instances share one store: a change made through one instance reaches the others by this
// check, every few seconds, of how many versions and retirements each registry table holds (neither is ever
// deleted, so a count that changed means new ones), of the agency tree's revisions, and of the clients' highest revision. A
// table that changed is read again, in dependency order: agencies and clients, then adapters, then the forms
// and agreements that refer to them. Clients also learn of changes at once through Redis (auth/clients.ts);
// this check covers a Redis that is down. It lives with the agreements, the top of these.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import type { VersionTable } from '../registry/versions.ts'

type Watched = 'agencies' | 'clients' | VersionTable

export default fp(async (app: FastifyInstance) => {
  const loaders: Record<Watched, () => Promise<void>> = {
    agencies: () => app.agencyStore.load(),
    clients: () => app.clients.reload(),
    adapters: async () => { await app.adapters.load() },
    forms: async () => { await app.forms.load() },
    agreements: () => app.agreements.load()
  }
  const counts = async () => (await app.store.query<Record<Watched, number>>(
    `SELECT (SELECT count(*) FROM agencies)::int AS agencies, (SELECT coalesce(max(revision), 0) FROM clients)::int AS clients,
      ${(['adapters', 'forms', 'agreements'] as const).map((t) => `(SELECT count(*) FROM ${t})::int + (SELECT count(*) FROM retirements WHERE registry = '${t}')::int AS ${t}`).join(', ')}`)).rows[0]
  let known = await counts()
  const refresh = async () => {
    const now = await counts()
    for (const table of Object.keys(loaders) as Watched[]) if (now[table] !== known[table]) await loaders[table]()
    known = now
  }
  let running: Promise<void> | undefined
  const timer = setInterval(() => {
    // A store that is down is reported by readiness; the next tick tries again.
    running ??= refresh().catch(() => {}).finally(() => { running = undefined })
  }, app.config.registryRefreshSeconds * 1000)
  timer.unref()
  app.addHook('onClose', async () => {
    clearInterval(timer)
    await running
  })
}, { name: 'gateway-registry-refresh', fastify: '5.x', dependencies: ['gateway-agencies', 'gateway-auth', 'gateway-registry', 'gateway-policy'] })
