// Builds the adapter and form registries from the store, then registers the manifests and forms that
// ship with the gateway. Two decorators: forms are compiled against the adapters, and both load together.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { AdapterRegistry } from './adapter-registry.ts'
import { FormRegistry } from './form-registry.ts'
import { jsonFiles, registerShipped } from './shipped-files.ts'

declare module 'fastify' {
  interface FastifyInstance { adapters: AdapterRegistry, forms: FormRegistry }
}

export default fp(async (app: FastifyInstance) => {
  const opts = app.config
  const adapters = new AdapterRegistry(app.store, opts.adapterVars, opts.outbound, app.agencies)
  const forms = new FormRegistry(app.store, adapters)
  const dropped = [...await adapters.load(), ...await forms.load()]
  for (const { id, version, problems } of dropped) app.log.warn({ id, version, problems }, 'a stored registration no longer passes the checks and is not served')
  await registerShipped(app.log, await jsonFiles(opts.adaptersDir, true), (body) => adapters.register(body, 'system'))
  await registerShipped(app.log, await jsonFiles(opts.formsDir), (body) => forms.register(body, 'system'))
  app.decorate('adapters', adapters)
  app.decorate('forms', forms)
}, { name: 'gateway-registry', fastify: '5.x', dependencies: ['gateway-store', 'gateway-agencies'] })
