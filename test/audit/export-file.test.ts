// The offline verifier hashes each half of a file on a thread of its own: it must name the same first bad
// entry, for the same reason, as reading the lines one by one on one thread, wherever the damage is.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { CompactSign } from 'jose'
import { chainHash, entryCanonical, entryLeafHash, genesisHash, type ChainedEntry } from '../../src/audit/audit-entry.ts'
import { exportLineText, parseExportLine, verifyLines } from '../../src/audit/audit-reader.ts'
import { checkpointType } from '../../src/audit/checkpoints.ts'
import { verifyExportFile } from '../../src/audit/export-file.ts'
import { MerkleFrontier } from '../../src/audit/merkle.ts'
import { KeyRing } from '../../src/keys/key-ring.ts'
import { tempDir } from '../helpers/infra.ts'

t.test('damage in either half of an export is found as the one-thread reading finds it', async (t) => {
  const dir = await tempDir(t)
  await KeyRing.rotate(join(dir, 'keys'))
  const keys = await KeyRing.load(join(dir, 'keys'), false)
  const lines = [JSON.stringify({ type: 'header', format: 'oog-audit-export/1', genesis: { seq: 0, hash: genesisHash }, exportedAt: new Date().toISOString() })]
  const frontier = new MerkleFrontier()
  let head = genesisHash
  const at = new Date().toISOString()
  for (let seq = 1; seq <= 400; seq++) {
    // Non-ASCII text and a nested "seq", as real entries may carry.
    const entry: ChainedEntry = { seq, at, requestId: `req-${seq}`, clientId: 'portal-dvc', role: 'portal', action: 'prefill', purpose: 'Cấp lại hộ chiếu', detail: { seq: seq * 7 }, result: 'ok' }
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
  const both = async (name: string, edit: (lines: string[]) => string[], expected: object, { ending = '\n', bytes = (b: Buffer) => b } = {}) => {
    await writeFile(file, bytes(Buffer.from(edit([...lines]).join('\n') + ending)))
    const threads = await verifyExportFile(file, keys.jwks)
    async function * parsed () { for (const line of (await readFile(file, 'utf8')).split('\n')) if (line !== '') yield parseExportLine(line) }
    const oneThread = (await verifyLines(parsed(), keys.jwks)).report()
    t.same(threads, oneThread, `${name}: the same report as one thread gives`)
    t.match(threads, expected, name)
  }

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
