// The gateway's secret keys (subject HMACs, sealing what rests in Redis): from configuration, or in development
// random keys kept in the data folder so that hashes and sealed values stay usable across restarts.
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'

export async function secretKey (configured: string | undefined, dataDir: string, name: string): Promise<Buffer> {
  if (configured) return Buffer.from(configured, 'base64')
  const path = `${dataDir}/keys/${name}`
  const existing = await readFile(path, 'utf8').catch(() => undefined)
  if (existing) return Buffer.from(existing.trim(), 'base64')
  await mkdir(`${dataDir}/keys`, { recursive: true })
  // Several instances may start at once: the first file written wins, and everyone reads it back.
  await writeFile(path, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' }).catch(() => {})
  return Buffer.from((await readFile(path, 'utf8')).trim(), 'base64')
}
