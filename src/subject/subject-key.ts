// The keys for subject HMACs and the record cache: from configuration, or in development random keys kept
// in the data folder so that hashes and cached values stay usable across restarts.
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import type { GatewayConfig } from '../generated/types.ts'

export async function subjectKey (config: GatewayConfig): Promise<Buffer> {
  return config.subjectHmacKey ? Buffer.from(config.subjectHmacKey, 'base64') : developmentKey(config, 'subject-hmac.key')
}

/** The key that encrypts cached records (and keys their Redis names). */
export async function cacheKey (config: GatewayConfig): Promise<Buffer> {
  return config.cacheKey ? Buffer.from(config.cacheKey, 'base64') : developmentKey(config, 'cache.key')
}

async function developmentKey (config: GatewayConfig, name: string): Promise<Buffer> {
  const path = `${config.dataDir}/keys/${name}`
  const existing = await readFile(path, 'utf8').catch(() => undefined)
  if (existing) return Buffer.from(existing.trim(), 'base64')
  const key = randomBytes(32)
  await mkdir(`${config.dataDir}/keys`, { recursive: true })
  await writeFile(path, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' }).catch(() => {})
  return Buffer.from((await readFile(path, 'utf8')).trim(), 'base64')
}
