// Opens the system of record, applies the migrations and closes it with the app.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { migrate } from './migrate.ts'
import { openStore, type Store } from './store.ts'

declare module 'fastify' {
  interface FastifyInstance { store: Store }
}

export default fp(async (app: FastifyInstance, opts: { store?: Store }) => {
  const store = opts.store ?? await openStore({ databaseUrl: app.config.databaseUrl, dataDir: app.config.dataDir, poolSize: app.config.databasePoolSize })
  const applied = await migrate(store)
  if (applied.length) app.log.info({ applied, kind: store.kind }, 'migrations applied')
  app.decorate('store', store)
  // A store handed in by the caller (tests) is the caller's to close.
  if (!opts.store) app.addHook('onClose', () => store.close())
}, { name: 'gateway-store', fastify: '5.x' })
