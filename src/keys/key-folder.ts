// A folder of key files (`<id><suffix>`, JSON `{ createdAt, jwk }`) shared by every gateway instance: made
// with a first key in development, required in production, and added to by a rotation.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { JWK } from 'jose'

export interface KeyFile { createdAt: string, jwk: JWK }

/** Every key file of the folder, oldest first; with none, `create` makes the first when allowed, else it fails with `missing`. */
export async function readKeyFolder (dir: string, suffix: string, options: { createIfEmpty: boolean, create: () => Promise<unknown>, missing: string }): Promise<KeyFile[]> {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const files = (await readdir(dir)).filter((f) => f.endsWith(suffix))
  if (files.length === 0) {
    if (!options.createIfEmpty) throw new Error(options.missing)
    await options.create()
    return readKeyFolder(dir, suffix, { ...options, createIfEmpty: false })
  }
  const keys = await Promise.all(files.map(async (file) => JSON.parse(await readFile(join(dir, file), 'utf8')) as KeyFile))
  return keys.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

/** Writes a new key file; never overwrites one. */
export async function writeKeyFile (dir: string, file: string, jwk: JWK): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const content: KeyFile = { createdAt: new Date().toISOString(), jwk }
  await writeFile(join(dir, file), JSON.stringify(content, null, 2), { mode: 0o600, flag: 'wx' })
}
