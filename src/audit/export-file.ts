// Verifies NDJSON export files: the offline verifier's core. Several files (archives in order, then an export
// of the online log) are checked as one chain, each continuing where the last ended. Each file is cut into
// stripes at line boundaries, hashed by two threads taking turns (export-hasher.ts), while this thread walks
// the chain through their results in order: the hashing is most of the work, and only the walk is sequential.
import { once, on } from 'node:events'
import { open, stat, type FileHandle } from 'node:fs/promises'
import { Worker } from 'node:worker_threads'
import type { JWK } from 'jose'
import { ExportVerifier, parseExportLine } from './audit-reader.ts'
import type { VerificationReport } from './chain-verifier.ts'
import { recordLine, recordSize, type HashedLines, type HashingJob, type Stretch } from './export-hasher.ts'

// The hashing threads run export-hasher.ts through tsx, as the verifier itself runs.
const hasherSource = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./export-hasher.ts', import.meta.url).href)}) })`

/** The offset just after the first newline at or after `from` (the end when there is none). */
async function lineBoundary (file: FileHandle, from: number, size: number): Promise<number> {
  const window = Buffer.alloc(1 << 16)
  for (let at = from; at < size; at += window.length) {
    const { bytesRead } = await file.read(window, 0, window.length, at)
    const nl = window.subarray(0, bytesRead).indexOf(0x0a)
    if (nl !== -1) return at + nl + 1
  }
  return size
}

/**
 * Credit a hashing thread starts with: batches (each up to a 4 MiB chunk's lines) it may post before the walk
 * asks for more; a batch's credit comes back when the walk asks for the one after it.
 */
export const batchesAhead = 8

/** How long a stripe is: the threads take turns, a stripe each, so that neither runs far ahead of the walk. */
export const stripeBytes = 16 << 20

/**
 * A thread hashing its stretches of a file, started at once; `next` gives its batches in order, and gives back
 * a batch's credit when the walk asks for the one after.
 */
export class HashingThread {
  #worker: Worker
  #exited: Promise<unknown>
  #messages: AsyncIterator<[HashedLines]>
  #credits: Int32Array
  #taken = 0

  constructor (path: string, stretches: Stretch[], credit = new SharedArrayBuffer(4)) {
    this.#credits = new Int32Array(credit)
    Atomics.store(this.#credits, 0, batchesAhead)
    this.#worker = new Worker(hasherSource, { eval: true, workerData: { path, stretches, credit } satisfies HashingJob })
    // A thread's error is the walk's to hear, through its messages; its exit only ends them.
    this.#exited = once(this.#worker, 'exit').catch(() => {})
    // Listening from the start: a message posted before anyone listens would be lost.
    this.#messages = on(this.#worker, 'message', { close: ['exit'] })[Symbol.asyncIterator]() as AsyncIterator<[HashedLines]>
  }

  async next (): Promise<HashedLines> {
    if (this.#taken++ > 0) this.#give(1)
    const { value, done } = await this.#messages.next()
    if (done) throw new Error('a hashing thread stopped early')
    return value[0]
  }

  async stop (): Promise<void> {
    // A thread waiting for credit is woken to be stopped.
    this.#give(batchesAhead)
    await this.#worker.terminate()
    await this.#exited
  }

  #give (n: number) {
    Atomics.add(this.#credits, 0, n)
    Atomics.notify(this.#credits, 0)
  }
}

/** The file cut at line boundaries into stripes of `stripeBytes` (in two at least, so that both threads work). */
async function stripesOf (path: string, size: number): Promise<Stretch[]> {
  const length = Math.max(1, Math.min(stripeBytes, Math.ceil(size / 2)))
  const cuts = [0]
  const file = await open(path, 'r')
  try {
    for (let at = length; at < size; at += length) {
      const cut = await lineBoundary(file, Math.max(at, cuts.at(-1)!), size)
      if (cut > cuts.at(-1)! && cut < size) cuts.push(cut)
    }
  } finally {
    await file.close()
  }
  cuts.push(size)
  return cuts.slice(1).map((end, i) => ({ start: cuts[i], end }))
}

/** Walks the chain through a batch's lines, up to the first failure. */
async function walk (verifier: ExportVerifier, { kinds, records, texts }: HashedLines): Promise<void> {
  const bytes = Buffer.from(records.buffer, records.byteOffset, records.byteLength)
  let record = 0
  let text = 0
  for (const kind of kinds) {
    if (kind === recordLine) {
      const at = record++ * recordSize
      verifier.hashedEntry(bytes.readDoubleLE(at), bytes.toString('latin1', at + 8, at + 72), bytes.toString('latin1', at + 72, at + 136), bytes.subarray(at + 136, at + recordSize))
    } else {
      const pending = verifier.add(parseExportLine(texts[text++]))
      if (pending) await pending
    }
    if (verifier.failed) return
  }
}

export async function verifyExportFile (paths: string | string[], jwks: { keys: JWK[] }, onProgress?: (bytesRead: number, totalBytes: number) => void): Promise<VerificationReport> {
  const files = [paths].flat()
  const sizes = (await Promise.all(files.map((f) => stat(f)))).map((s) => s.size)
  const total = sizes.reduce((sum, size) => sum + size, 0)
  const verifier = new ExportVerifier(jwks)
  let before = 0
  let reported = 0
  for (const [f, path] of files.entries()) {
    const size = sizes[f]
    const stripes = await stripesOf(path, size)
    const threads = [0, 1].map((t) => new HashingThread(path, stripes.filter((_, i) => i % 2 === t)))
    try {
      for (const [i, stripe] of stripes.entries()) {
        for (let end = -1; end !== stripe.end && !verifier.failed;) {
          const batch = await threads[i % 2].next()
          end = batch.end
          await walk(verifier, batch)
          const read = before + end
          if (onProgress && (read - reported >= 1 << 20 || read === total)) {
            reported = read
            onProgress(read, total)
          }
        }
        if (verifier.failed) break
      }
    } finally {
      await Promise.all(threads.map((thread) => thread.stop()))
    }
    before += size
    if (verifier.failed) break
  }
  return verifier.report()
}
