// The sharing log's Ed25519 note keys (c2sp.org/signed-note), named by the log's origin. Every key of the
// folder signs each checkpoint, so that a rotation is smooth: clients that know the older key keep verifying
// until it is removed, and `/log/vkey` names the newest.
import { createPrivateKey, createPublicKey, generateKeyPair, type JsonWebKey } from 'node:crypto'
import { promisify } from 'node:util'
import { calculateJwkThumbprint, type JWK } from 'jose'
import { readKeyFolder, writeKeyFile } from './key-folder.ts'
import { ed25519Type, isKeyName, noteKeyId, verifierKey, type NoteSigner } from './signed-note.ts'

const suffix = '.note-key.json'

export class LogKeys {
  /** Oldest first. */
  readonly signers: readonly NoteSigner[]
  /** The newest key's verifier key. */
  readonly vkey: string

  private constructor (signers: NoteSigner[], vkey: string) {
    this.signers = signers
    this.vkey = vkey
  }

  /** Loads every key of the folder under the log's name; with none, creates the first when allowed (development) or fails. */
  static async load (dir: string, name: string, createIfEmpty: boolean): Promise<LogKeys> {
    if (!isKeyName(name)) throw new Error(`the log's name ${JSON.stringify(name)} has a space, a plus or a control character`)
    const files = await readKeyFolder(dir, suffix, { createIfEmpty, create: () => LogKeys.rotate(dir), missing: `no log key in ${dir}: create one with npm run keys:rotate -- --log` })
    const keys = files.map(({ jwk }) => {
      const privateKey = createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' })
      const publicKey = Buffer.from(createPublicKey(privateKey).export({ format: 'jwk' }).x!, 'base64url')
      return { name, keyId: noteKeyId(name, ed25519Type, publicKey), privateKey, publicKey }
    })
    const newest = keys[keys.length - 1]
    return new LogKeys(keys.map(({ publicKey, ...signer }) => signer), verifierKey(name, ed25519Type, newest.publicKey))
  }

  /** Adds a new key, which signs from the gateways' next start on beside the older ones. Returns its thumbprint. */
  static async rotate (dir: string): Promise<string> {
    const { privateKey } = await promisify(generateKeyPair)('ed25519')
    const jwk = privateKey.export({ format: 'jwk' }) as JWK
    const thumbprint = await calculateJwkThumbprint(jwk)
    await writeKeyFile(dir, `${thumbprint}${suffix}`, jwk)
    return thumbprint
  }
}
