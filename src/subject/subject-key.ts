// The key for subject HMACs: from configuration, or in development a random key kept in the data folder
// so that hashes stay comparable across restarts.
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import type { GatewayConfig } from '../config.ts'

export async function subjectKey (config: GatewayConfig): Promise<Buffer> {
  if (config.subjectHmacKey) return Buffer.from(config.subjectHmacKey, 'base64')
  const path = `${config.dataDir}/keys/subject-hmac.key`
  const existing = await readFile(path, 'utf8').catch(() => undefined)
  if (existing) return Buffer.from(existing.trim(), 'base64')
  const key = randomBytes(32)
  await mkdir(`${config.dataDir}/keys`, { recursive: true })
  await writeFile(path, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' }).catch(() => {})
  return Buffer.from((await readFile(path, 'utf8')).trim(), 'base64')
}
