// A transparency log witness written from c2sp.org/tlog-witness and tlog-cosignature alone (Ed25519
// cosignatures), sharing no code with the gateway: a real HTTP server on 127.0.0.1 that verifies the log's
// signature and the consistency proof of each checkpoint, keeps the latest it cosigned per origin in a state
// file (so it survives a restart), and answers as the spec says: 400 for a bad request, 404 for an unknown
// origin, 403 for no or a failing signature of a trusted key, 409 with the cosigned size, 422 for a bad proof.
import { generateKeyPairSync, hash, sign, type KeyObject } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { rename, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { openNote, parseVkey } from './tlog-client.ts'

const sha256 = (...parts: Uint8Array[]) => hash('sha256', Buffer.concat(parts), 'buffer') as Buffer
const nodeHash = (left: Buffer, right: Buffer) => sha256(Buffer.from([1]), left, right)

/** RFC 9162, 2.1.4.2: whether `proof` shows the tree of size1 (root1) is a prefix of the tree of size2 (root2). */
export function consistent (size1: number, size2: number, root1: Buffer, root2: Buffer, proof: Buffer[]): boolean {
  if (size1 === size2) return proof.length === 0 && root1.equals(root2)
  if (size1 === 0 || size1 > size2) return false
  const path = (size1 & (size1 - 1)) === 0 ? [root1, ...proof] : [...proof]
  if (path.length === 0) return false
  let fn = size1 - 1
  let sn = size2 - 1
  while (fn % 2 === 1) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2) }
  let fr = path[0]
  let sr = path[0]
  for (const c of path.slice(1)) {
    if (sn === 0) return false
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr)
      sr = nodeHash(c, sr)
      while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2) }
    } else {
      sr = nodeHash(sr, c)
    }
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 && fr.equals(root1) && sr.equals(root2)
}

interface LogState { size: number, root: string, checkpoint: string }

export interface TestWitness {
  name: string
  /** The cosignature verifier key (type 0x04) to configure in the log. */
  vkey: string
  /** The submission prefix. */
  url: string
  stateFile: string
  /** The status of every add-checkpoint answered, in order. */
  statuses: number[]
  /** Trusts a log's checkpoints, by origin and vkey, as the witness's operator configures it. */
  trust (origin: string, vkey: string): void
  state (origin: string): LogState | undefined
  close (): Promise<void>
  /** Listens again on the same port, with the state the file holds. */
  restart (): Promise<void>
}

class HttpError extends Error {
  readonly status: number
  readonly type: string
  constructor (status: number, body: string, type = 'text/plain; charset=utf-8') {
    super(body)
    this.status = status
    this.type = type
  }
}

export async function startWitness (name: string, stateFile: string): Promise<TestWitness> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url')
  const keyId = sha256(Buffer.from(`${name}\n`), Buffer.from([0x04]), raw).subarray(0, 4)
  const vkey = `${name}+${keyId.toString('hex')}+${Buffer.concat([Buffer.from([0x04]), raw]).toString('base64')}`
  const trusted = new Map<string, string>()
  const statuses: number[] = []
  let states: Record<string, LogState> = {}
  // Checking the old size and persisting the new checkpoint happen as one step: requests queue here.
  let serial: Promise<unknown> = Promise.resolve()
  let server: Server
  let port = 0

  const cosign = (text: string, key: KeyObject) => {
    const timestamp = BigInt(Math.floor(Date.now() / 1000))
    const stamp = Buffer.alloc(8)
    stamp.writeBigUInt64BE(timestamp)
    const signature = sign(null, Buffer.from(`cosignature/v1\ntime ${timestamp}\n${text}`), key)
    return `— ${name} ${Buffer.concat([keyId, stamp, signature]).toString('base64')}\n`
  }

  async function addCheckpoint (body: string): Promise<string> {
    const blank = body.indexOf('\n\n')
    if (blank < 0) throw new HttpError(400, 'no blank line')
    const head = body.slice(0, blank).split('\n')
    const note = body.slice(blank + 2)
    const old = /^old (0|[1-9][0-9]*)$/.exec(head[0])
    if (!old) throw new HttpError(400, 'no old size line')
    const proof = head.slice(1).map((line) => {
      const h = Buffer.from(line, 'base64')
      if (h.length !== 32 || h.toString('base64') !== line) throw new HttpError(400, 'not a hash line')
      return h
    })
    if (proof.length > 63) throw new HttpError(400, 'more than 63 proof lines')
    const origin = note.slice(0, note.indexOf('\n'))
    const logKey = trusted.get(origin)
    if (!logKey) throw new HttpError(404, 'unknown origin')
    let text: string
    try {
      text = openNote(note, parseVkey(logKey))
    } catch (err) {
      throw new HttpError(403, (err as Error).message)
    }
    const lines = text.split('\n')
    if (lines.length < 4 || !/^(0|[1-9][0-9]*)$/.test(lines[1])) throw new HttpError(400, 'not a checkpoint')
    const size = Number(lines[1])
    const root = Buffer.from(lines[2], 'base64')
    if (root.length !== 32 || root.toString('base64') !== lines[2]) throw new HttpError(400, 'not a root hash')
    const oldSize = Number(old[1])
    if (oldSize > size) throw new HttpError(400, 'old size beyond the checkpoint')
    const known = states[origin] ?? { size: 0, root: sha256().toString('base64'), checkpoint: '' }
    if (oldSize !== known.size) throw new HttpError(409, `${known.size}\n`, 'text/x.tlog.size')
    if (size === 0 && !root.equals(sha256())) throw new HttpError(422, 'a tree of size zero has the empty root')
    if (oldSize === 0 ? proof.length > 0 : !consistent(oldSize, size, Buffer.from(known.root, 'base64'), root, proof)) {
      throw new HttpError(422, 'the consistency proof does not verify')
    }
    // Persisted before answering, atomically (a rename), so that a crash never rolls the log back.
    states = { ...states, [origin]: { size, root: lines[2], checkpoint: note } }
    await writeFile(`${stateFile}.tmp`, JSON.stringify(states))
    await rename(`${stateFile}.tmp`, stateFile)
    return cosign(text, privateKey)
  }

  async function listen () {
    try {
      states = JSON.parse(readFileSync(stateFile, 'utf8'))
    } catch {
      states = {}
    }
    server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        const answer = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
          res.writeHead(status, { 'content-type': type }).end(body)
        }
        const monitored = /^\/([0-9a-f]{64})\/checkpoint$/.exec(req.url ?? '')
        if (req.method === 'GET' && monitored) {
          const state = Object.entries(states).find(([origin]) => sha256(Buffer.from(origin)).toString('hex') === monitored[1])?.[1]
          return state ? answer(200, state.checkpoint) : answer(404, 'never cosigned')
        }
        if (req.method !== 'POST' || req.url !== '/add-checkpoint') return answer(404, 'not found')
        const step = serial.then(() => addCheckpoint(Buffer.concat(chunks).toString()))
        serial = step.catch(() => undefined)
        step.then((body) => {
          statuses.push(200)
          answer(200, body)
        }, (err: unknown) => {
          const status = err instanceof HttpError ? err.status : 500
          statuses.push(status)
          answer(status, err instanceof HttpError ? err.message : 'internal error', err instanceof HttpError ? err.type : undefined)
        })
      })
    })
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  }

  await listen()
  return {
    name,
    vkey,
    url: `http://127.0.0.1:${port}`,
    stateFile,
    statuses,
    trust: (origin, logVkey) => { trusted.set(origin, logVkey.trim()) },
    state: (origin) => states[origin],
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    }),
    restart: listen
  }
}
