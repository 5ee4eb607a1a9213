// A thread of the offline verifier: reads one stretch of an export file (whole lines) as bytes and hashes its
// entry lines (chain link and Merkle leaf), so that the verifier's own thread only walks the chain. Lines are
// posted back in order, a batch at a time: an entry whose chain hash holds as a fixed-size record (sequence
// number, hashes, leaf hash); any other line as its text, for the verifier to read as it always has.
import { hash } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { canonicalAt, entryLinePrefix, hashAt, prevHashAt, topLevelSeq } from './entry-line.ts'

/** Bytes [start, end) of a file, starting and ending at line boundaries. */
export interface Stretch { start: number, end: number }

/**
 * What the verifier asks of a thread: stretches of a file, in order. `credit` (one Int32) is how many batches
 * it may post before the verifier has taken them: the thread waits at zero, so that what it hashed ahead of the
 * walk is held a few batches at a time, however long the file.
 */
export interface HashingJob { path: string, stretches: Stretch[], credit: SharedArrayBuffer }

/** One batch of lines: `kinds` says, line by line, whether the next record or the next text comes. */
export interface HashedLines { kinds: Uint8Array, records: Uint8Array, texts: string[], end: number }

export const recordLine = 0
export const textLine = 1
/** A record: the sequence number (float64), the hex of the previous and of its own hash, its leaf hash. */
export const recordSize = 8 + 64 + 64 + 32

const chunkSize = 4 << 20

class Batch {
  kinds: number[] = []
  records = Buffer.alloc(0)
  used = 0
  texts: string[] = []
  #credit: Int32Array

  constructor (credit: SharedArrayBuffer) {
    this.#credit = new Int32Array(credit)
  }

  post (end: number) {
    // Only this thread takes credit and only the verifier gives it back: once awake above zero, one is there.
    Atomics.wait(this.#credit, 0, 0)
    Atomics.sub(this.#credit, 0, 1)
    const records = this.records.subarray(0, this.used)
    const message: HashedLines = { kinds: Uint8Array.from(this.kinds), records, texts: this.texts, end }
    parentPort!.postMessage(message, [records.buffer as ArrayBuffer])
    this.kinds = []
    this.records = Buffer.alloc(0)
    this.used = 0
    this.texts = []
  }

  record (seq: number, text: string, from: number, leaf: string) {
    if (this.used + recordSize > this.records.length) {
      const grown = Buffer.alloc(Math.max(recordSize * 1024, this.records.length * 2))
      this.records.copy(grown, 0, 0, this.used)
      this.records = grown
    }
    this.records.writeDoubleLE(seq, this.used)
    this.records.write(text.slice(from + prevHashAt, from + prevHashAt + 64), this.used + 8, 'latin1')
    this.records.write(text.slice(from + hashAt, from + hashAt + 64), this.used + 72, 'latin1')
    this.records.write(leaf, this.used + 136, 'hex')
    this.used += recordSize
    this.kinds.push(recordLine)
  }

  text (text: string) {
    this.texts.push(text)
    this.kinds.push(textLine)
  }
}

/** The bytes before the canonical JSON, kept while the previous hash stands there. */
const saved = Buffer.alloc(64)

/**
 * Hashes the entry line at [from, to) of `bytes` (and of `text`, the same bytes as latin1, a character per
 * byte) when its bytes cut as the verifier cuts its text (the fixed part and the last character ASCII); true
 * when its chain hash holds and it went to the batch as a record.
 */
function hashed (bytes: Buffer, text: string, from: number, to: number, batch: Batch): boolean {
  const canonical = from + canonicalAt
  if (to - from <= canonicalAt || !text.startsWith(entryLinePrefix, from) || bytes[to - 1] >= 0x80) return false
  for (let i = from + prevHashAt; i < canonical; i++) if (bytes[i] >= 0x80) return false
  const seq = topLevelSeq(text, canonical, to - 1)
  if (seq === undefined) return false
  // SHA-256(prevHash || canonical): the previous hash is written just before the canonical JSON, over the
  // line's own hash, which is put back after.
  bytes.copy(saved, 0, canonical - 64, canonical)
  bytes.copy(bytes, canonical - 64, from + prevHashAt, from + prevHashAt + 64)
  const link = hash('sha256', new Uint8Array(bytes.buffer, bytes.byteOffset + canonical - 64, to - 1 - (canonical - 64)), 'hex')
  saved.copy(bytes, canonical - 64)
  if (!text.startsWith(link, from + hashAt)) return false
  // The leaf: SHA-256(0x00 || canonical), the same way.
  const before = bytes[canonical - 1]
  bytes[canonical - 1] = 0
  const leaf = hash('sha256', new Uint8Array(bytes.buffer, bytes.byteOffset + canonical - 1, to - canonical), 'hex')
  bytes[canonical - 1] = before
  batch.record(seq, text, from, leaf)
  return true
}

function hashStretch (fd: number, { start, end }: Stretch, batch: Batch) {
  let rest = Buffer.alloc(0)
  let posted = -1
  for (let at = start; at < end;) {
    // The unfinished line of the last chunk, then the next chunk after it.
    const chunk = Buffer.allocUnsafeSlow(rest.length + Math.min(chunkSize, end - at))
    rest.copy(chunk)
    const read = readSync(fd, chunk, rest.length, chunk.length - rest.length, at)
    if (read === 0) break
    at += read
    const bytes = chunk.subarray(0, rest.length + read)
    // Lines are found and scanned in the latin1 text of the bytes: string searches are fast, and its
    // offsets are the bytes'.
    const text = bytes.toString('latin1')
    let from = 0
    for (let nl = text.indexOf('\n'); nl !== -1; from = nl + 1, nl = text.indexOf('\n', from)) {
      if (nl > from && !hashed(bytes, text, from, nl, batch)) batch.text(bytes.toString('utf8', from, nl))
    }
    rest = Buffer.from(bytes.subarray(from))
    batch.post(posted = at - rest.length)
  }
  // A last line without its newline (only the file's last) is read trimmed, as the verifier always has.
  const last = rest.toString('utf8').trim()
  if (last !== '') batch.text(last)
  // The verifier knows a stretch is done by a batch that ends where it ends.
  if (posted !== end) batch.post(end)
}

function run ({ path, stretches, credit }: HashingJob) {
  const fd = openSync(path, 'r')
  try {
    const batch = new Batch(credit)
    for (const stretch of stretches) hashStretch(fd, stretch, batch)
  } finally {
    closeSync(fd)
  }
}

if (parentPort) run(workerData as HashingJob)
