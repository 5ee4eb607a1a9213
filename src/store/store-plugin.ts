// The system of record for the app: opened and migrated before any plugin loads, then shared by this plugin
// and closed with the app.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { migrate } from './migrate.ts'
import { openStore, type Store } from './store.ts'

declare module 'fastify' {
  interface FastifyInstance { store: Store }
}

/**
 * Opens the store (unless one is given) and applies the migrations, saying what it does. It runs outside any
 * plugin: a first start's initdb takes a minute on a busy machine, and no plugin timer may cut it short.
 */
export async function readyStore (app: FastifyInstance, given?: Store): Promise<Store> {
  const { config, log } = app
  const store = given ?? await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize, progress: (message) => log.info(message) })
  log.info({ kind: store.kind }, 'running migrations')
  // A store opened here and failing its migrations is closed, so the failed start can exit.
  const applied = await migrate(store).catch(async (err) => { if (!given) await store.close().catch(() => {}); throw err })
  if (applied.length) log.info({ applied, kind: store.kind }, 'migrations applied')
  log.info({ kind: store.kind }, 'store ready')
  return store
}

/** `owned`: the app opened the store and closes it; a store handed in by the caller (tests) is the caller's. */
export default fp(async (app: FastifyInstance, opts: { store: Store, owned: boolean }) => {
  app.decorate('store', opts.store)
  if (opts.owned) app.addHook('onClose', () => opts.store.close())
}, { name: 'gateway-store', fastify: '5.x' })
