// The offline verifier: checks an audit export, an inclusion proof or a consistency proof with the published
// keys (a saved copy of /.well-known/jwks.json), trusting nothing from the gateway's operator.
//   npm run audit:verify -- export.ndjson --jwks jwks.json
//   npm run audit:verify -- audit-2025-01.ndjson audit-2025-02.ndjson export.ndjson --jwks jwks.json   (archives, in order, then the online log: one chain)
//   npm run audit:verify -- --proof proof.json --jwks jwks.json
//   npm run audit:verify -- --consistency consistency.json --jwks jwks.json
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { SingleBar, Presets } from 'cli-progress'
import { entryCanonical } from '../src/audit/audit-entry.ts'
import { verifyCheckpointSignature } from '../src/audit/checkpoints.ts'
import { verifyExportFile } from '../src/audit/export-file.ts'
import { leafHash, verifyConsistency, verifyInclusion } from '../src/audit/merkle.ts'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { jwks: { type: 'string' }, proof: { type: 'string' }, consistency: { type: 'string' } } })
if (!values.jwks || (!values.proof && !values.consistency && positionals.length === 0)) {
  process.stderr.write('usage: audit-verify <archive or export.ndjson>... | --proof <file> | --consistency <file>, with --jwks <file>\n')
  process.exit(2)
}
const jwks = JSON.parse(await readFile(values.jwks, 'utf8'))
const hex = (h: string) => Buffer.from(h, 'hex')
const done = (ok: boolean, message: string) => {
  process.stdout.write(`${ok ? 'OK' : 'FAIL'}: ${message}\n`)
  process.exit(ok ? 0 : 1)
}

if (values.proof) {
  const p = JSON.parse(await readFile(values.proof, 'utf8'))
  const signed = await verifyCheckpointSignature(p.checkpoint, jwks)
  const leaf = leafHash(Buffer.from(entryCanonical(p.entry)))
  const included = verifyInclusion(p.leafIndex, p.checkpoint.treeSize, leaf, p.proof.map(hex), hex(p.checkpoint.root))
  done(signed && included, signed
    ? included ? `entry ${p.seq} is in the log of size ${p.checkpoint.treeSize}, root ${p.checkpoint.root}` : `entry ${p.seq} is not in the tree the checkpoint signed`
    : 'the checkpoint is not signed by a published key')
} else if (values.consistency) {
  const p = JSON.parse(await readFile(values.consistency, 'utf8'))
  const signed = (await verifyCheckpointSignature(p.from, jwks)) && (await verifyCheckpointSignature(p.to, jwks))
  const consistent = verifyConsistency(p.from.treeSize, p.to.treeSize, hex(p.from.root), hex(p.to.root), p.proof.map(hex))
  done(signed && consistent, signed
    ? consistent ? `the log of size ${p.to.treeSize} extends the log of size ${p.from.treeSize}` : 'the later log does not extend the earlier one'
    : 'a checkpoint is not signed by a published key')
} else {
  const bar = new SingleBar({ format: 'verifying [{bar}] {percentage}% | {value}/{total} MiB | {duration}s', stream: process.stderr, hideCursor: true }, Presets.shades_classic)
  const mib = (bytes: number) => Math.round(bytes / 1048576)
  let started = false
  const report = await verifyExportFile(positionals, jwks, (read, total) => {
    if (!started) { bar.start(mib(total), 0); started = true }
    bar.update(mib(read))
  })
  if (started) bar.stop()
  done(report.ok, report.ok
    ? `${report.entries} entries, ${report.checkpoints} checkpoints, tree size ${report.treeSize}, root ${report.root}`
    : `first bad entry ${report.firstBad!.seq} (${report.firstBad!.reason}): ${report.firstBad!.message}`)
}
