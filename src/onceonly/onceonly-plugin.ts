// The once-only services: the agency tree, recognised records, signing keys and receipts.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { AgencyTree } from './agencies.ts'
import { Receipts } from './receipts.ts'
import { RecordStore } from './records.ts'
import { KeyRing } from '../keys/key-ring.ts'

declare module 'fastify' {
  interface FastifyInstance { agencies: AgencyTree, records: RecordStore, receipts: Receipts, keys: KeyRing }
}

export interface OnceOnlyOptions { agenciesFile: string, keysDir: string, createKeys: boolean, receiptTtlSeconds: number }

export default fp(async (app: FastifyInstance, opts: OnceOnlyOptions) => {
  const agencies = await AgencyTree.load(opts.agenciesFile)
  const keys = await KeyRing.load(opts.keysDir, opts.createKeys)
  app.decorate('agencies', agencies)
  app.decorate('keys', keys)
  app.decorate('records', new RecordStore({ store: app.store, hasher: app.subjectHasher, agencies, adapters: app.adapters }))
  app.decorate('receipts', new Receipts({ keys, store: app.store, ttlSeconds: opts.receiptTtlSeconds }))
}, { name: 'gateway-onceonly', fastify: '5.x', dependencies: ['gateway-store', 'gateway-registry'] })
