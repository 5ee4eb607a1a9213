// The gateway's own signing keys (ECDSA P-256): the newest signs, every one stays published for verification,
// so receipts signed before a rotation still verify. Keys are JWK files in one folder shared by all instances.
import { createPrivateKey, type JsonWebKey, type KeyObject } from 'node:crypto'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose'

export interface SigningKey { kid: string, createdAt: string, privateKey: KeyObject, publicJwk: JWK }

interface KeyFile { createdAt: string, jwk: JWK }

export class KeyRing {
  #keys: SigningKey[]

  private constructor (keys: SigningKey[]) {
    this.#keys = keys.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  }

  /** Loads every key of the folder; with none, creates the first when allowed (development) or fails. */
  static async load (dir: string, createIfEmpty: boolean): Promise<KeyRing> {
    await mkdir(dir, { recursive: true, mode: 0o700 })
    const files = (await readdir(dir)).filter((f) => f.endsWith('.jwk.json'))
    if (files.length === 0) {
      if (!createIfEmpty) throw new Error(`no signing key in ${dir}: create one with npm run keys:rotate`)
      await KeyRing.rotate(dir)
      return KeyRing.load(dir, false)
    }
    const keys = await Promise.all(files.map(async (file) => {
      const { createdAt, jwk } = JSON.parse(await readFile(join(dir, file), 'utf8')) as KeyFile
      const { d, ...publicJwk } = jwk
      return { kid: jwk.kid!, createdAt, privateKey: createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' }), publicJwk: { ...publicJwk, alg: 'ES256', use: 'sig' } }
    }))
    return new KeyRing(keys)
  }

  /** Adds a new key that signs from now on; the older ones stay for verification. Returns its kid. */
  static async rotate (dir: string): Promise<string> {
    await mkdir(dir, { recursive: true, mode: 0o700 })
    const { privateKey } = await generateKeyPair('ES256', { extractable: true })
    const jwk = await exportJWK(privateKey)
    jwk.kid = await calculateJwkThumbprint(jwk)
    const file: KeyFile = { createdAt: new Date().toISOString(), jwk }
    await writeFile(join(dir, `${jwk.kid}.jwk.json`), JSON.stringify(file, null, 2), { mode: 0o600, flag: 'wx' })
    return jwk.kid
  }

  get current (): SigningKey {
    return this.#keys[this.#keys.length - 1]
  }

  get jwks (): { keys: JWK[] } {
    return { keys: this.#keys.map((k) => k.publicJwk) }
  }
}
