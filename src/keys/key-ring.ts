// The gateway's own signing keys (ECDSA P-256): the newest signs, every one stays published for verification,
// so receipts signed before a rotation still verify. Keys are JWK files in one folder shared by all instances.
import { createPrivateKey, type JsonWebKey, type KeyObject } from 'node:crypto'
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose'
import { readKeyFolder, writeKeyFile } from './key-folder.ts'

export interface SigningKey { kid: string, createdAt: string, privateKey: KeyObject, publicJwk: JWK }

export class KeyRing {
  #keys: SigningKey[]

  private constructor (keys: SigningKey[]) {
    this.#keys = keys
  }

  /** Loads every key of the folder; with none, creates the first when allowed (development) or fails. */
  static async load (dir: string, createIfEmpty: boolean): Promise<KeyRing> {
    const files = await readKeyFolder(dir, '.jwk.json', { createIfEmpty, create: () => KeyRing.rotate(dir), missing: `no signing key in ${dir}: create one with npm run keys:rotate` })
    return new KeyRing(files.map(({ createdAt, jwk }) => {
      const { d, ...publicJwk } = jwk
      return { kid: jwk.kid!, createdAt, privateKey: createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' }), publicJwk: { ...publicJwk, alg: 'ES256', use: 'sig' } }
    }))
  }

  /** Adds a new key that signs from now on; the older ones stay for verification. Returns its kid. */
  static async rotate (dir: string): Promise<string> {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true })
    const jwk = await exportJWK(privateKey)
    jwk.kid = await calculateJwkThumbprint(jwk)
    await writeKeyFile(dir, `${jwk.kid}.jwk.json`, jwk)
    return jwk.kid
  }

  get current (): SigningKey {
    return this.#keys[this.#keys.length - 1]
  }

  get jwks (): { keys: JWK[] } {
    return { keys: this.#keys.map((k) => k.publicJwk) }
  }
}
