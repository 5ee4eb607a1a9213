// Builds the adapter and form registries from the store, then registers the manifests and forms that
// ship with the gateway (idempotent: an unchanged file is a no-op, a newer stored version wins).
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { AdapterRegistry, type RegistrationOutcome } from './adapter-registry.ts'
import { FormRegistry } from './form-registry.ts'

declare module 'fastify' {
  interface FastifyInstance { adapters: AdapterRegistry, forms: FormRegistry }
}

export interface RegistryOptions { adaptersDir: string, formsDir: string, vars: Record<string, string> }

async function jsonFiles (dir: string, nested: boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  if (!nested) return entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => join(dir, e.name)).sort()
  return entries.filter((e) => e.isDirectory()).map((e) => join(dir, e.name, 'manifest.json')).sort()
}

export default fp(async (app: FastifyInstance, opts: RegistryOptions) => {
  const adapters = new AdapterRegistry(app.store, opts.vars)
  const forms = new FormRegistry(app.store, adapters)
  await adapters.load()
  await forms.load()

  const shipped = async (files: string[], register: (body: unknown) => Promise<RegistrationOutcome>) => {
    for (const file of files) {
      try {
        const outcome = await register(JSON.parse(await readFile(file, 'utf8')))
        if (outcome.status === 'created') app.log.info({ file, version: outcome.version }, 'registered shipped file')
      } catch (err) {
        const e = err as { code?: string, problems?: unknown }
        // An agency or admin registered a newer version over the API: theirs stays current.
        if (e.code === 'GW_VERSION_STALE') continue
        throw Object.assign(new Error(`${file}: ${(err as Error).message}`), { problems: e.problems })
      }
    }
  }
  await shipped(await jsonFiles(opts.adaptersDir, true), (body) => adapters.register(body, 'system'))
  await shipped(await jsonFiles(opts.formsDir, false), (body) => forms.register(body, 'system'))

  app.decorate('adapters', adapters)
  app.decorate('forms', forms)
}, { name: 'gateway-registry', fastify: '5.x', dependencies: ['gateway-store'] })
