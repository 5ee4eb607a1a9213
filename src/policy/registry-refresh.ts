// Several gateway instances share one store: a registration made through one instance reaches the others by
// this check, every few seconds, of how many versions and retirements each registry holds (neither is ever
// deleted, so a count that changed means new ones). A table that changed is read again, in dependency order:
// adapters, then the forms and agreements that refer to them. It lives with the agreements, the top of the three.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import type { VersionTable } from '../registry/versions.ts'

export default fp(async (app: FastifyInstance) => {
  const loaders: Record<VersionTable, () => Promise<void>> = {
    adapters: async () => { await app.adapters.load() },
    forms: async () => { await app.forms.load() },
    agreements: () => app.agreements.load()
  }
  const counts = async () => (await app.store.query<Record<VersionTable, number>>(
    `SELECT ${(Object.keys(loaders) as VersionTable[]).map((t) => `(SELECT count(*) FROM ${t})::int + (SELECT count(*) FROM retirements WHERE registry = '${t}')::int AS ${t}`).join(', ')}`)).rows[0]
  let known = await counts()
  const refresh = async () => {
    const now = await counts()
    for (const table of Object.keys(loaders) as VersionTable[]) if (now[table] !== known[table]) await loaders[table]()
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
}, { name: 'gateway-registry-refresh', fastify: '5.x', dependencies: ['gateway-registry', 'gateway-policy'] })
