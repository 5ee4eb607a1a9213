import { readFile, writeFile } from 'node:fs/promises'
import t from 'tap'
import { archiveOldMonths, retentionCutoff } from '../../src/audit/archiver.ts'
import { exportLineText } from '../../src/audit/audit-reader.ts'
import { verifyExportFile } from '../../src/audit/export-file.ts'
import { leafHash, verifyConsistency, verifyInclusion } from '../../src/audit/merkle.ts'
import { entryCanonical } from '../../src/audit/audit-entry.ts'
import { citizenId } from '../../sandbox/subjects.ts'
import { auth, tempDir, testGateway, tokens } from '../helpers/infra.ts'

const months = (n: number) => { const d = new Date(); d.setUTCMonth(d.getUTCMonth() + n); return d }

t.test('retention: cutoff is the first day of the oldest month kept', async (t) => {
  t.same(retentionCutoff(new Date('2026-11-23T10:00:00Z'), 12), new Date('2025-12-01T00:00:00Z'))
  t.same(retentionCutoff(new Date('2026-01-05T00:00:00Z'), 1), new Date('2026-01-01T00:00:00Z'))
})

for (const kind of ['pg', 'pglite'] as const) {
  t.test(`months past retention leave as signed archives that continue the chain (${kind})`, async (t) => {
    const { app, store } = await testGateway(t, { store: kind })
    const prefill = (i: number) => app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '1.004194', subject: { type: 'citizen', id: citizenId(i) } } })
    for (let i = 0; i < 12; i++) t.equal((await prefill(i)).statusCode, 200)
    // More than one page of the archiver's reads.
    await Promise.all(Array.from({ length: 5050 }, (_, i) => app.audit.append({ requestId: `bulk-${i}`, traceId: '0'.repeat(32), clientId: 'auditor-ttcp', role: 'auditor', action: 'audit.query', result: 'ok' })))
    const before = await app.checkpoints.create()
    t.ok(before, 'a checkpoint of the log before archiving')
    const { rows: partitions } = await store.query<{ relname: string }>("SELECT relname FROM pg_class WHERE relname ~ '^audit_log_[0-9]{4}_[0-9]{2}$' ORDER BY 1")
    t.ok(partitions.length >= 3, `month partitions made ahead: ${partitions.map((p) => p.relname).join(', ')}`)

    // Two months later, with one month kept online, this month goes to an archive.
    const dir = await tempDir(t)
    const archived = await archiveOldMonths({ store, keys: app.keys, jwks: app.keys.jwks, dir, retentionMonths: 1, now: months(2) })
    const withEntries = archived.filter((a) => a.file)
    t.equal(withEntries.length, 1, 'one month held entries')
    const archive = withEntries[0].file!
    const { rows: online } = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE seq <= $1', [withEntries[0].to])
    t.equal(online[0].n, 0, 'the archived entries left the database')

    for (let i = 12; i < 20; i++) t.equal((await prefill(i)).statusCode, 200, 'the chain goes on after the archive')
    const after = (await app.checkpoints.create())!
    const verified = await app.inject({ method: 'GET', url: '/v1/audit/verify', headers: auth(tokens.auditor) })
    t.match(verified.json(), { ok: true }, 'the online log verifies from where the archive ended')

    const exportFile = `${dir}/export.ndjson`
    const lines: string[] = []
    for await (const line of app.auditReader.export()) lines.push(exportLineText(line))
    await writeFile(exportFile, lines.join('\n') + '\n')
    const whole = await verifyExportFile([archive, exportFile], app.keys.jwks)
    t.match(whole, { ok: true }, 'archive then online export: one chain')
    t.equal(whole.treeSize, after.treeSize + 1, 'every entry, the audit of the verify request included')
    t.equal(whole.checkpoints >= 2, true, 'checkpoints on both sides of the boundary verify')
    t.match(await verifyExportFile([exportFile, archive], app.keys.jwks), { ok: false, firstBad: { reason: 'missing' } }, 'files out of order do not continue each other')

    const proof = (await app.inject({ method: 'GET', url: `/v1/audit/entries/${withEntries[0].to! + 3}/proof?treeSize=${after.treeSize}`, headers: auth(tokens.auditor) })).json()
    t.ok(verifyInclusion(proof.leafIndex, after.treeSize, leafHash(Buffer.from(entryCanonical(proof.entry))), proof.proof.map((h: string) => Buffer.from(h, 'hex')), Buffer.from(after.root, 'hex')), 'an online entry is proven against a checkpoint over archived leaves')
    const archivedProof = await app.inject({ method: 'GET', url: `/v1/audit/entries/${withEntries[0].from}/proof`, headers: auth(tokens.auditor) })
    t.equal(archivedProof.statusCode, 404, 'an archived entry is proven by its archive')
    const consistency = (await app.inject({ method: 'GET', url: `/v1/audit/consistency?from=${before!.treeSize}&to=${after.treeSize}`, headers: auth(tokens.auditor) })).json()
    t.ok(verifyConsistency(before!.treeSize, after.treeSize, Buffer.from(before!.root, 'hex'), Buffer.from(after.root, 'hex'), consistency.proof.map((h: string) => Buffer.from(h, 'hex'))), 'the log after archiving extends the log before it')

    const text = await readFile(archive, 'utf8')
    const tampered = `${dir}/tampered.ndjson`
    await writeFile(tampered, text.replace('"procedure":"1.004194"', '"procedure":"1.004195"'))
    t.match(await verifyExportFile([tampered, exportFile], app.keys.jwks), { ok: false, firstBad: { seq: withEntries[0].from, reason: 'altered' } }, 'an edited archived entry is named')
    const lastLine = text.trimEnd().split('\n').at(-1)!
    const forged = JSON.parse(lastLine)
    forged.month = '1999-01'
    await writeFile(tampered, text.replace(lastLine, JSON.stringify(forged)))
    t.match(await verifyExportFile([tampered], app.keys.jwks), { ok: false, firstBad: { reason: 'bad-signature' } }, 'a forged seal is found')
    const { rows: record } = await store.query<{ from_seq: string, to_seq: string }>('SELECT from_seq, to_seq FROM audit_archives')
    t.same(record.map((r) => [Number(r.from_seq), Number(r.to_seq)]), [[withEntries[0].from, withEntries[0].to]], 'the archive is recorded')
  })
}
