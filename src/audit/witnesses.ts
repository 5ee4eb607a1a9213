// Submits each checkpoint to the log's witnesses (c2sp.org/tlog-witness): `old <size>`, the consistency proof
// from that size, a blank line and the checkpoint note. A witness answers with its cosignature, which is kept
// only once it verifies against the witness's configured key, or with 409 and the size it last cosigned, from
// which the submission is made again. Failures are retried with jittered exponential backoff. Witnesses keep
// the log honest: a fork cannot extend what they cosigned, so it cannot be published under a quorum.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { request } from 'undici'
import { parseCosignerKey, verifyCosignature } from '../keys/cosignature.ts'
import { parseSignatureLine, splitNote, type Verifier } from '../keys/signed-note.ts'
import type { GatewayMetrics } from '../metrics/metrics.ts'
import type { Store } from '../store/store.ts'
import { onlineStart } from './checkpoints.ts'
import { consistencyRanges } from './merkle.ts'
import { StoredTree } from './stored-tree.ts'

export interface WitnessHealth {
  name: string
  /** The latest tree size it cosigned (or, after a 409, said it had). */
  cosignedSize: number
  /** Entries of the latest checkpoint it has not cosigned yet. */
  lag: number
  /** Failed submissions since the gateway started. */
  errors: number
  /** Whether its latest submission succeeded. */
  up: boolean
  lastError?: string
}

/** A failed submission, with a reason fit for a metrics label. */
class SubmissionFailed extends Error {
  readonly reason: string
  constructor (reason: string, message: string) {
    super(message)
    this.reason = reason
  }
}

interface Witness {
  vkey: string
  url: string
  cosigner: Verifier
  health: WitnessHealth
  running?: Promise<void>
  /** A checkpoint arrived while submitting: submit again. */
  again: boolean
  retry?: NodeJS.Timeout
  attempts: number
}

/** A 409 names another size; more than a few in a row means the witness and the log disagree on something else. */
const maxConflicts = 3
const requestTimeoutMs = 10_000
/** Retries wait from about a second, doubling, to about a minute. */
const backoff = { baseMs: 1000, maxMs: 60_000 }

export class Witnesses {
  #store: Store
  #metrics: GatewayMetrics
  #witnesses: Witness[]
  #stopping = new AbortController()
  #latest = 0

  constructor (deps: { store: Store, metrics: GatewayMetrics, witnesses: ReadonlyArray<{ vkey: string, url: string }> }) {
    this.#store = deps.store
    this.#metrics = deps.metrics
    this.#witnesses = deps.witnesses.map(({ vkey, url }) => {
      const cosigner = parseCosignerKey(vkey)
      return { vkey, url, cosigner, again: false, attempts: 0, health: { name: cosigner.name, cosignedSize: 0, lag: 0, errors: 0, up: true } }
    })
  }

  /** Loads what each witness cosigned before, then catches them up with the latest checkpoint. */
  async start () {
    const { rows } = await this.#store.query<{ witness: string, size: string }>('SELECT witness, max(tree_size) AS size FROM audit_cosignatures GROUP BY witness')
    for (const w of this.#witnesses) w.health.cosignedSize = Number(rows.find((r) => r.witness === w.vkey)?.size ?? 0)
    this.checkpointed(0)
  }

  /** Called after each checkpoint. */
  checkpointed (treeSize: number) {
    this.#latest = Math.max(this.#latest, treeSize)
    for (const w of this.#witnesses) this.#kick(w)
  }

  health (): WitnessHealth[] {
    return this.#witnesses.map((w) => ({ ...w.health }))
  }

  async stop () {
    this.#stopping.abort()
    for (const w of this.#witnesses) clearTimeout(w.retry)
    await Promise.all(this.#witnesses.map((w) => w.running))
  }

  /** One submission at a time per witness; while a retry waits, it will take the latest checkpoint anyway. */
  #kick (w: Witness) {
    if (this.#stopping.signal.aborted || w.retry) return
    if (w.running) {
      w.again = true
      return
    }
    w.running = this.#run(w).finally(() => { w.running = undefined })
  }

  async #run (w: Witness) {
    do {
      w.again = false
      try {
        await this.#catchUp(w)
        w.attempts = 0
        w.health.up = true
        delete w.health.lastError
      } catch (err) {
        if (this.#stopping.signal.aborted) return
        // Anything else failed here (the store, a proof reaching into archived months).
        const reason = err instanceof SubmissionFailed ? err.reason : 'internal'
        w.health.up = false
        w.health.errors++
        w.health.lastError = (err as Error).message
        this.#metrics.witnessErrors.inc({ witness: w.health.name, reason })
        // Jittered, so that gateways retrying the same witness do not do it in step.
        const delay = Math.min(backoff.maxMs, backoff.baseMs * 2 ** w.attempts++) * (0.5 + Math.random() / 2)
        w.retry = setTimeout(() => {
          w.retry = undefined
          this.#kick(w)
        }, delay).unref()
        return
      }
    } while (w.again && !this.#stopping.signal.aborted)
  }

  /** Submits the latest checkpoint until the witness has cosigned it. */
  async #catchUp (w: Witness) {
    for (let conflicts = 0; ; conflicts++) {
      const { rows: [latest] } = await this.#store.query<{ tree_size: string, note: string }>(
        'SELECT tree_size, note FROM audit_checkpoints WHERE note IS NOT NULL ORDER BY tree_size DESC LIMIT 1')
      if (latest) this.#latest = Math.max(this.#latest, Number(latest.tree_size))
      this.#measure(w)
      if (!latest || Number(latest.tree_size) <= w.health.cosignedSize) return
      if (conflicts === maxConflicts) throw new SubmissionFailed('conflict', `${conflicts} conflicts in a row`)
      const treeSize = Number(latest.tree_size)
      const old = w.health.cosignedSize
      const tree = new StoredTree(this.#store, await onlineStart(this.#store))
      const proof = await Promise.all(consistencyRanges(old, treeSize).map(([lo, hi]) => tree.node(lo, hi)))
      const body = `old ${old}\n${proof.map((hash) => `${hash.toString('base64')}\n`).join('')}\n${latest.note}`
      const { statusCode, headers, answer } = await this.#post(w, body)
      if (statusCode === 409) {
        w.health.cosignedSize = this.#conflictSize(w, headers['content-type'], answer, treeSize)
        continue
      }
      if (statusCode !== 200) throw new SubmissionFailed(`http_${statusCode}`, `${w.health.name} answered ${statusCode}: ${answer.slice(0, 200)}`)
      await this.#keep(w, treeSize, latest.note, answer)
    }
  }

  async #post (w: Witness, body: string) {
    try {
      const res = await request(`${w.url}/add-checkpoint`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        headersTimeout: requestTimeoutMs,
        bodyTimeout: requestTimeoutMs,
        signal: this.#stopping.signal
      })
      return { statusCode: res.statusCode, headers: res.headers, answer: await res.body.text() }
    } catch (err) {
      throw new SubmissionFailed('unreachable', `${w.health.name}: ${(err as Error).message}`)
    }
  }

  /** The size a 409 reports: the witness's latest, from which to submit again. */
  #conflictSize (w: Witness, type: string | string[] | undefined, answer: string, treeSize: number): number {
    const size = /^(0|[1-9][0-9]*)\n$/.exec(answer)
    if (String(type).split(';')[0].trim() !== 'text/x.tlog.size' || !size) throw new SubmissionFailed('bad_answer', `${w.health.name} answered 409 without a tree size`)
    // A witness ahead of the log has seen checkpoints this log does not have: a fork, or a store restored from backup.
    if (Number(size[1]) > treeSize) throw new SubmissionFailed('ahead', `${w.health.name} has cosigned size ${size[1]}, beyond the log's ${treeSize}`)
    return Number(size[1])
  }

  /** Keeps the witness's cosignature of the checkpoint once it verifies against the configured key. */
  async #keep (w: Witness, treeSize: number, note: string, answer: string) {
    const { text } = splitNote(note)
    const cosignatures = (answer.endsWith('\n') ? answer.split('\n').slice(0, -1) : []).flatMap((line) => {
      const signature = parseSignatureLine(line)
      try {
        const timestamp = signature && verifyCosignature(text, signature, w.cosigner)
        return timestamp === undefined ? [] : [{ line, timestamp }]
      } catch {
        return []
      }
    })
    if (cosignatures.length === 0) throw new SubmissionFailed('bad_cosignature', `${w.health.name} answered no verifying cosignature of its key`)
    const [{ line, timestamp }] = cosignatures
    await this.#store.query('INSERT INTO audit_cosignatures (tree_size, witness, line, signed_at) VALUES ($1, $2, $3, $4) ON CONFLICT (tree_size, witness) DO NOTHING',
      [treeSize, w.vkey, line, new Date(Number(timestamp) * 1000).toISOString()])
    w.health.cosignedSize = treeSize
    this.#measure(w)
  }

  #measure (w: Witness) {
    w.health.lag = Math.max(0, this.#latest - w.health.cosignedSize)
    this.#metrics.witnessCosignedSize.set({ witness: w.health.name }, w.health.cosignedSize)
    this.#metrics.witnessLag.set({ witness: w.health.name }, w.health.lag)
  }
}

declare module 'fastify' {
  interface FastifyInstance { witnesses: Witnesses }
}

export default fp(async (app: FastifyInstance) => {
  const witnesses = new Witnesses({ store: app.store, metrics: app.metrics, witnesses: app.config.auditWitnesses })
  app.decorate('witnesses', witnesses)
  app.checkpoints.subscribe((treeSize) => witnesses.checkpointed(treeSize))
  app.addHook('onClose', () => witnesses.stop())
  await witnesses.start()
}, { name: 'gateway-witnesses', fastify: '5.x', dependencies: ['gateway-checkpoints', 'gateway-metrics'] })
