// The offline verifier: checks an audit export, an inclusion proof or a consistency proof with the published
// keys (a saved copy of /.well-known/jwks.json), trusting nothing from the gateway's operator.
//   npm run audit:verify -- export.ndjson --jwks jwks.json
//   npm run audit:verify -- audit-2025-01.ndjson audit-2025-02.ndjson export.ndjson --jwks jwks.json   (archives, in order, then the online log: one chain)
//   npm run audit:verify -- --proof proof.json --jwks jwks.json
//   npm run audit:verify -- --consistency consistency.json --jwks jwks.json
// A portable proof (c2sp tlog-proof@v1) needs the log's verifier key (/log/vkey, whose name is the log's
// origin) and the witnesses' trusted cosignature keys, instead of the JWKS:
//   npm run audit:verify -- --tlog-proof 42.tlog-proof [--entry entry.json] --log-vkey <vkey or file> --witness-vkey <vkey> ... --quorum 2
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { SingleBar, Presets } from 'cli-progress'
import { entryCanonical } from '../src/audit/audit-entry.ts'
import { verifyCheckpointSignature } from '../src/audit/checkpoints.ts'
import { verifyExportFile } from '../src/audit/export-file.ts'
import { leafHash, verifyConsistency, verifyInclusion } from '../src/audit/merkle.ts'
import { verifyTlogProof } from '../src/audit/tlog-proof.ts'
import { parseCosignerKey } from '../src/keys/cosignature.ts'
import { ed25519Type, parseVerifierKey } from '../src/keys/signed-note.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    jwks: { type: 'string' },
    proof: { type: 'string' },
    consistency: { type: 'string' },
    'tlog-proof': { type: 'string' },
    entry: { type: 'string' },
    'log-vkey': { type: 'string' },
    'witness-vkey': { type: 'string', multiple: true, default: [] },
    quorum: { type: 'string', default: '0' }
  }
})
const tlogProof = values['tlog-proof'] !== undefined
if (tlogProof ? !values['log-vkey'] || !/^(0|[1-9][0-9]*)$/.test(values.quorum) : !values.jwks || (!values.proof && !values.consistency && positionals.length === 0)) {
  process.stderr.write('usage: audit-verify <archive or export.ndjson>... | --proof <file> | --consistency <file>, with --jwks <file>\n' +
    '       audit-verify --tlog-proof <file> [--entry <entry.json>] --log-vkey <vkey or file> [--witness-vkey <vkey or file>]... [--quorum <k>]\n')
  process.exit(2)
}
const hex = (h: string) => Buffer.from(h, 'hex')
const done = (ok: boolean, message: string): never => {
  process.stdout.write(`${ok ? 'OK' : 'FAIL'}: ${message}\n`)
  process.exit(ok ? 0 : 1)
}
/** A verifier key given as itself or as a file holding it (a saved /log/vkey). */
const vkeyArg = async (arg: string) => (existsSync(arg) ? await readFile(arg, 'utf8') : arg).trim()

if (tlogProof) {
  const entry = values.entry ? Buffer.from(entryCanonical(JSON.parse(await readFile(values.entry, 'utf8')))) : undefined
  const report = verifyTlogProof(await readFile(values['tlog-proof']!, 'utf8'), entry, {
    log: parseVerifierKey(await vkeyArg(values['log-vkey']!), ed25519Type),
    witnesses: await Promise.all(values['witness-vkey'].map(async (v) => parseCosignerKey(await vkeyArg(v)))),
    quorum: Number(values.quorum)
  })
  done(report.ok, report.ok
    ? `entry ${report.index} (0-based) is in the log of size ${report.treeSize}, cosigned by ${report.cosigners.join(', ') || 'no known witness'}`
    : report.reason)
}
const jwks = JSON.parse(await readFile(values.jwks!, 'utf8'))

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
