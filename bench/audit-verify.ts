// Measures the offline verifier on a synthetic export of ENTRIES entries (default one million), with a
// checkpoint every 100,000, signed with a throwaway key. Target: one million in 5 seconds or less.
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { once } from 'node:events'
import { CompactSign } from 'jose'
import { chainHash, entryCanonical, entryLeafHash, genesisHash, type ChainedEntry } from '../src/audit/audit-entry.ts'
import { exportLineText } from '../src/audit/audit-reader.ts'
import { checkpointType } from '../src/audit/checkpoints.ts'
import { verifyExportFile } from '../src/audit/export-file.ts'
import { MerkleFrontier } from '../src/audit/merkle.ts'
import { KeyRing } from '../src/keys/key-ring.ts'

const entries = Number(process.env.ENTRIES ?? 1_000_000)
const dir = await mkdtemp(join(tmpdir(), 'gw-bench-'))
try {
  await KeyRing.rotate(join(dir, 'keys'))
  const keys = await KeyRing.load(join(dir, 'keys'), false)
  const file = join(dir, 'export.ndjson')
  const out = createWriteStream(file)
  const writeText = async (text: string) => { if (!out.write(text + '\n')) await once(out, 'drain') }
  const write = (line: unknown) => writeText(JSON.stringify(line))
  await write({ type: 'header', format: 'oog-audit-export/1', genesis: { seq: 0, hash: genesisHash }, exportedAt: new Date().toISOString() })
  const frontier = new MerkleFrontier()
  let head = genesisHash
  const at = new Date().toISOString()
  for (let seq = 1; seq <= entries; seq++) {
    const entry: ChainedEntry = {
      seq,
      at,
      requestId: `req-${seq}`,
      clientId: 'portal-dvc',
      role: 'portal',
      action: 'prefill',
      subjectHmac: 'x'.repeat(43),
      subjectMasked: '001*******45',
      procedure: '2.000720',
      version: 1,
      sources: [{ id: 'population-citizen', agency: 'BCA', outcome: 'found' }],
      fields: ['/owner/fullName', '/owner/dateOfBirth'],
      receiptId: `rcpt_${seq}`,
      detail: { fieldsAsked: 12, fieldsFilled: 12 },
      result: 'ok'
    }
    const canonical = entryCanonical(entry)
    const prevHash = head
    head = chainHash(prevHash, canonical)
    frontier.add(entryLeafHash(canonical))
    await writeText(exportLineText({ type: 'entry', entry, prevHash, hash: head, canonical }))
    if (seq % 100_000 === 0 || seq === entries) {
      const payload = { treeSize: seq, root: frontier.root().toString('hex'), chainHead: head, at }
      const jws = await new CompactSign(Buffer.from(JSON.stringify(payload))).setProtectedHeader({ alg: 'ES256', kid: keys.current.kid, typ: checkpointType }).sign(keys.current.privateKey)
      await write({ type: 'checkpoint', ...payload, kid: keys.current.kid, jws })
    }
  }
  out.end()
  await once(out, 'finish')
  const started = performance.now()
  const report = await verifyExportFile(file, keys.jwks)
  const seconds = (performance.now() - started) / 1000
  const mib = (await stat(file)).size / 1048576
  process.stdout.write(`verified ${report.entries} entries (${mib.toFixed(0)} MiB, ${report.checkpoints} checkpoints) in ${seconds.toFixed(2)} s: ${(report.entries / seconds / 1000).toFixed(0)}k entries/s, ok=${report.ok}\n`)
  if (!report.ok || (entries >= 1_000_000 && seconds > 5)) process.exitCode = 1
} finally {
  await rm(dir, { recursive: true, force: true })
}
