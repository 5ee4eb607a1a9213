// Verifies NDJSON export files: the offline verifier's core. Several files (archives in order, then an export
// of the online log) are checked as one chain, each continuing where the last ended. Each file is cut in two
// at a line boundary and each half hashed by a thread of its own (export-hasher.ts), while this thread walks
// the chain through their results in order: the hashing is most of the work, and only the walk is sequential.
import { once, on } from 'node:events'
import { open, stat } from 'node:fs/promises'
import { Worker } from 'node:worker_threads'
import type { JWK } from 'jose'
import { ExportVerifier, parseExportLine } from './audit-reader.ts'
import type { VerificationReport } from './chain-verifier.ts'
import { recordLine, recordSize, type HashedLines, type HashingJob } from './export-hasher.ts'

// The hashing threads run export-hasher.ts through tsx, as the verifier itself runs.
const hasherSource = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./export-hasher.ts', import.meta.url).href)}) })`

/** The offset just after the first newline at or after `from` (the end when there is none). */
async function lineBoundary (path: string, from: number, size: number): Promise<number> {
  const file = await open(path, 'r')
  try {
    const window = Buffer.alloc(1 << 16)
    for (let at = from; at < size; at += window.length) {
      const { bytesRead } = await file.read(window, 0, window.length, at)
      const nl = window.subarray(0, bytesRead).indexOf(0x0a)
      if (nl !== -1) return at + nl + 1
    }
    return size
  } finally {
    await file.close()
  }
}

/** The lines of [start, end) of a file, a batch at a time, hashed by a thread that starts at once. */
async function * hashedLines (job: HashingJob): AsyncGenerator<HashedLines> {
  const worker = new Worker(hasherSource, { eval: true, workerData: job })
  const exited = once(worker, 'exit')
  try {
    for await (const [batch] of on(worker, 'message') as AsyncIterable<[HashedLines]>) {
      yield batch
      if (batch.end === job.end) return
    }
  } finally {
    await worker.terminate()
    await exited
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
    const middle = await lineBoundary(path, Math.floor(size / 2), size)
    // Both halves start hashing now; the second one's batches wait until the walk reaches them.
    const halves = [hashedLines({ path, start: 0, end: middle }), hashedLines({ path, start: middle, end: size })]
    const ahead = halves.map((half) => half.next())
    // A failure of the second half is seen when the walk reaches it (or never, after an earlier failure).
    ahead[1].catch(() => {})
    try {
      for (const [h, half] of halves.entries()) {
        for (let next = await ahead[h]; !next.done && !verifier.failed; next = await half.next()) {
          const { kinds, records, texts, end } = next.value
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
            if (verifier.failed) break
          }
          const read = before + end
          if (onProgress && (read - reported >= 1 << 20 || read === total)) {
            reported = read
            onProgress(read, total)
          }
        }
      }
    } finally {
      await Promise.all(halves.map((half) => half.return(undefined)))
    }
    before += size
    if (verifier.failed) break
  }
  return verifier.report()
}
