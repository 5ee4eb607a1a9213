// The offline verifier hashes each half of a file on a thread of its own: it must name the same first bad
// entry, for the same reason, as reading the lines one by one on one thread, wherever the damage is.
import { readFile, writeFile } from 'node:fs/promises'
import { setTimeout } from 'node:timers/promises'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { CompactSign } from 'jose'
import { chainHash, entryCanonical, entryLeafHash, genesisHash, type ChainedEntry } from '../../src/audit/audit-entry.ts'
import { exportLineText, parseExportLine, verifyLines } from '../../src/audit/audit-reader.ts'
import { checkpointType } from '../../src/audit/checkpoints.ts'
import { batchesAhead, HashingThread, stripeBytes, verifyExportFile } from '../../src/audit/export-file.ts'
import { MerkleFrontier } from '../../src/audit/merkle.ts'
import { KeyRing } from '../../src/keys/key-ring.ts'
import { tempDir, until } from '../helpers/infra.ts'

/** An export's lines: `count` entries (each with `padding` characters more), a checkpoint every 100, signed by a key of its own. */
async function exportOf (t: Test, count: number, padding = 0) {
  const dir = await tempDir(t)
  await KeyRing.rotate(join(dir, 'keys'))
  const keys = await KeyRing.load(join(dir, 'keys'), false)
  const lines = [JSON.stringify({ type: 'header', format: 'oog-audit-export/1', genesis: { seq: 0, hash: genesisHash }, exportedAt: new Date().toISOString() })]
  const frontier = new MerkleFrontier()
  let head = genesisHash
  const at = new Date().toISOString()
  for (let seq = 1; seq <= count; seq++) {
    // Non-ASCII text and a nested "seq", as real entries may carry.
    const entry: ChainedEntry = { seq, at, requestId: `req-${seq}`, clientId: 'portal-dvc', role: 'portal', action: 'prefill', purpose: 'Cấp lại hộ chiếu', detail: { seq: seq * 7, ...padding ? { padding: 'x'.repeat(padding) } : {} }, result: 'ok' }
    const canonical = entryCanonical(entry)
    const prevHash = head
    head = chainHash(prevHash, canonical)
    frontier.add(entryLeafHash(canonical))
    lines.push(exportLineText({ type: 'entry', entry, prevHash, hash: head, canonical }))
    if (seq % 100 === 0) {
      const payload = { treeSize: seq, root: frontier.root().toString('hex'), chainHead: head, at }
      const jws = await new CompactSign(Buffer.from(JSON.stringify(payload))).setProtectedHeader({ alg: 'ES256', kid: keys.current.kid, typ: checkpointType }).sign(keys.current.privateKey)
      lines.push(JSON.stringify({ type: 'checkpoint', ...payload, kid: keys.current.kid, jws }))
    }
  }
  const file = join(dir, 'export.ndjson')
  const entryLine = (seq: number) => lines.findIndex((l) => l.includes(`"requestId":"req-${seq}"`))
  /** Verifies the lines as `edit` leaves them, by the threads and by one thread: the same report, and the expected one. */
  const both = async (name: string, edit: (lines: string[]) => string[], expected: object, { ending = '\n', bytes = (b: Buffer) => b } = {}) => {
    await writeFile(file, bytes(Buffer.from(edit([...lines]).join('\n') + ending)))
    const threads = await verifyExportFile(file, keys.jwks)
    async function * parsed () { for (const line of (await readFile(file, 'utf8')).split('\n')) if (line !== '') yield parseExportLine(line) }
    const oneThread = (await verifyLines(parsed(), keys.jwks)).report()
    t.same(threads, oneThread, `${name}: the same report as one thread gives`)
    t.match(threads, expected, name)
  }
  return { lines, entryLine, both }
}

t.test('damage in either half of an export is found as the one-thread reading finds it', async (t) => {
  const { entryLine, both } = await exportOf(t, 400)
  await both('intact', (l) => l, { ok: true, entries: 400, checkpoints: 4 })
  await both('intact, the last line without its newline', (l) => l, { ok: true, entries: 400, checkpoints: 4 }, { ending: '' })
  await both('an edited entry in the second half', (l) => { l[entryLine(300)] = l[entryLine(300)].replace('Cấp lại', 'Cấp mới'); return l }, { ok: false, firstBad: { seq: 300, reason: 'altered' } })
  await both('an edited entry in the first half', (l) => { l[entryLine(20)] = l[entryLine(20)].replace('req-20', 'req-21'); return l }, { ok: false, firstBad: { seq: 20, reason: 'altered' } })
  await both('a deleted entry in the second half', (l) => { l.splice(entryLine(350), 1); return l }, { ok: false, firstBad: { seq: 350, reason: 'missing' } })
  await both('two entries swapped in the second half', (l) => { const [a, b] = [entryLine(320), entryLine(321)]; [l[a], l[b]] = [l[b], l[a]]; return l }, { ok: false, firstBad: { seq: 320, reason: 'missing' } })
  await both('an entry renumbered with its hash', (l) => {
    const line = entryLine(330)
    l[line] = l[line].replace('"seq":330', '"seq":331')
    return l
  }, { ok: false, firstBad: { seq: 330, reason: 'missing' } })
  await both('a forged checkpoint in the second half', (l) => {
    const line = l.findIndex((x) => x.includes('"treeSize":300'))
    l[line] = l[line].replace(/"root":"[0-9a-f]{64}"/, `"root":"${'0'.repeat(64)}"`)
    return l
  }, { ok: false, firstBad: { seq: 300, reason: 'bad-signature' } })
  await both('a byte that is not UTF-8 in an entry', (l) => { l[entryLine(250)] = l[entryLine(250)].replace('Cấp', 'C~~p'); return l },
    { ok: false, firstBad: { seq: 250, reason: 'altered' } }, { bytes: (b) => { b.write('\xff', b.indexOf('C~~p') + 1, 'latin1'); return b } })
})

t.test('a file of many stripes, taken in turns by the two threads: intact, and damaged in a late stripe, as one thread finds it', async (t) => {
  // Some 4 KB an entry: 9,000 entries make at least three stripes; the damage is in the third, the first thread's second.
  const { lines, entryLine, both } = await exportOf(t, 9_000, 4000)
  const starts = lines.map(((offset) => (line: string) => (offset += Buffer.byteLength(line) + 1) - Buffer.byteLength(line) - 1)(0))
  const third = lines.findIndex((line, i) => starts[i] > 2 * stripeBytes + (64 << 10) && line.includes('"requestId"'))
  const seq = Number(/"requestId":"req-(\d+)"/.exec(lines[third])?.[1])
  t.ok(third > 0 && seq > 0, `entry ${seq} lies in the third stripe`)
  await both('intact', (l) => l, { ok: true, entries: 9_000, checkpoints: 90 })
  await both('an edited entry in the third stripe', (l) => { l[entryLine(seq)] = l[entryLine(seq)].replace('Cấp lại', 'Cấp mới'); return l }, { ok: false, firstBad: { seq, reason: 'altered' } })
})

t.test('a hashing thread keeps at most batchesAhead batches ready for the walk, not its whole stretch', async (t) => {
  const dir = await tempDir(t)
  const file = join(dir, 'long.ndjson')
  // Text lines (no entry in them) over more 4 MiB chunks than the thread may hold ready.
  const line = `${JSON.stringify({ type: 'note', text: 'x'.repeat(1000) })}\n`
  const count = Math.ceil(((batchesAhead + 3) * (4 << 20)) / line.length)
  await writeFile(file, line.repeat(count))
  const size = line.length * count
  const credit = new SharedArrayBuffer(4)
  const thread = new HashingThread(file, [{ start: 0, end: size }], credit)
  t.teardown(() => thread.stop())
  let lines = (await thread.next()).kinds.length
  await until(async () => Atomics.load(new Int32Array(credit), 0) === 0 || undefined, 'the thread to use its credit')
  await setTimeout(300)
  t.equal(Atomics.load(new Int32Array(credit), 0), 0, 'it waits for the walk instead of reading on')
  for (let end = 0; end !== size;) {
    const batch = await thread.next()
    lines += batch.kinds.length
    end = batch.end
  }
  t.equal(lines, count, 'and goes on to the end as the walk takes its batches, every line once')
})
