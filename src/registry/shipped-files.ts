// Registrations that ship as files (adapters, forms, development agreements), registered at start.
// Idempotent: an unchanged file is a no-op, a newer version registered over the API stays current, and a
// shipped registration an operator retired stays retired.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FastifyBaseLogger } from 'fastify'
import type { Problem, RegistrationResult } from '../generated/types.ts'

/** The JSON files of a folder, or with `nested` the manifest.json of each of its subfolders. */
export async function jsonFiles (dir: string, nested = false): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  if (!nested) return entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => join(dir, e.name)).sort()
  return entries.filter((e) => e.isDirectory()).map((e) => join(dir, e.name, 'manifest.json')).sort()
}

export async function registerShipped (log: FastifyBaseLogger, files: string[], register: (body: unknown) => Promise<RegistrationResult>) {
  for (const file of files) {
    try {
      const outcome = await register(JSON.parse(await readFile(file, 'utf8')))
      if (outcome.status === 'created') log.info({ file, version: outcome.version }, 'registered shipped file')
    } catch (err) {
      const e = err as { code?: string, problems?: Problem[] }
      if (e.code === 'GW_VERSION_STALE' || e.code === 'GW_VERSION_RETIRED') continue
      // The operator reads this at a failed start: every problem goes in the message.
      const problems = (e.problems ?? []).map((p) => `${p.path || '/'} ${p.message}`)
      throw Object.assign(new Error([`${file}: ${(err as Error).message}`, ...problems].join('; ')), { problems: e.problems })
    }
  }
}
