// The sharing log as c2sp.org formats, checked by a client written from the specs alone
// (test/helpers/tlog-client.ts) that knows only the log's verifier key and origin.
import canonicalize from 'canonicalize'
import t, { type Test } from 'tap'
import type { TestGateway } from '../helpers/infra.ts'
import { auth, testGateway, tokens } from '../helpers/infra.ts'
import { bundleEntries, leafHashOf, openNote, parseCheckpoint, parseVkey, rootFromInclusion, TiledTree, tileIndexPath, tilePath, type Checkpoint } from '../helpers/tlog-client.ts'

const origin = 'sharing-log.example.gov.vn/test'

async function gateway (t: Test, store: 'pg' | 'pglite' = 'pg') {
  return testGateway(t, { store, config: { auditLogOrigin: origin, auditCheckpointEvery: 1_000_000, auditCheckpointSeconds: 3600 } })
}

const appendEntries = (gw: TestGateway, from: number, count: number) => Promise.all(Array.from({ length: count }, (_, i) =>
  gw.app.audit.append({ requestId: `req-${from + i}`, traceId: '0'.repeat(32), clientId: 'auditor-ttcp', role: 'auditor', action: 'audit.query', result: 'ok', detail: { n: from + i } })))

/** What an outsider does: fetch the checkpoint and open it with the vkey alone. */
async function fetchCheckpoint (gw: TestGateway, vkey: string): Promise<Checkpoint> {
  const res = await gw.app.inject({ method: 'GET', url: '/log/checkpoint' })
  if (res.headers['content-type'] !== 'text/plain; charset=utf-8') throw new Error(`checkpoint served as ${res.headers['content-type']}`)
  return parseCheckpoint(openNote(res.body, parseVkey(vkey)), origin)
}

const fetcher = (gw: TestGateway, token?: string) => async (path: string) => {
  const res = await gw.app.inject({ method: 'GET', url: `/log/${path}`, headers: token ? auth(token) : {} })
  if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body}`)
  return res.rawPayload
}

t.test('checkpoints are c2sp signed notes of the JWS checkpoints\' tree heads, and the latest is served', async (t) => {
  const gw = await gateway(t, 'pglite')
  const vkey = (await gw.app.inject({ method: 'GET', url: '/log/vkey' })).body
  t.match(vkey, /^sharing-log\.example\.gov\.vn\/test\+[0-9a-f]{8}\+/)
  const empty = await fetchCheckpoint(gw, vkey)
  t.same({ size: empty.size, root: empty.root.toString('hex') }, { size: 0, root: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }, 'before any checkpoint: the empty tree, signed')

  for (const count of [3, 5]) {
    await appendEntries(gw, 0, count)
    await gw.app.checkpoints.create()
  }
  const [first, latest] = await gw.app.checkpoints.list()
  const served = await fetchCheckpoint(gw, vkey)
  t.same({ size: served.size, root: served.root.toString('hex') }, { size: latest.treeSize, root: latest.root }, 'the latest checkpoint, the same tree head as its JWS twin')
  const res = await gw.app.inject({ method: 'GET', url: '/log/checkpoint' })
  t.match(res.headers['cache-control'], /max-age=2$/, 'cached a few seconds at most')
  t.match(res.body, /^sharing-log\.example\.gov\.vn\/test\n8\n[A-Za-z0-9+/]{43}=\n\n— sharing-log\.example\.gov\.vn\/test [A-Za-z0-9+/]{91}=\n$/, 'origin, size, root, blank line, one Ed25519 signature line by the origin')
  t.equal(first.treeSize, 3)
  const { rows: [kept] } = await gw.store.query<{ note: string }>('SELECT note FROM audit_checkpoints WHERE tree_size = 3')
  t.ok(kept.note.startsWith(`${origin}\n3\n${Buffer.from(first.root, 'hex').toString('base64')}\n\n`), 'each checkpoint keeps its note')
  const verified = (await gw.app.inject({ method: 'GET', url: '/v1/audit/verify', headers: auth(tokens.auditor) })).json()
  t.equal(verified.ok, true, 'and the JWS checkpoints still verify')

  // A log upgraded from before notes: its checkpoints have none, and the latest is still what is published.
  await gw.store.query('UPDATE audit_checkpoints SET note = NULL')
  const upgraded = await fetchCheckpoint(gw, vkey)
  t.same({ size: upgraded.size, root: upgraded.root.toString('hex') }, { size: latest.treeSize, root: latest.root }, 'a checkpoint made before notes is published, signed when first asked for')
})

t.test('an outsider with the vkey and origin alone recomputes the root from tiles and proves an entry an auditor showed', async (t) => {
  const gw = await gateway(t)
  const vkey = (await gw.app.inject({ method: 'GET', url: '/log/vkey' })).body
  await appendEntries(gw, 0, 600)
  await gw.app.checkpoints.create()
  const checkpoint = await fetchCheckpoint(gw, vkey)
  t.equal(checkpoint.size, 600)

  const tree = new TiledTree(checkpoint.size, fetcher(gw))
  t.ok((await tree.root()).equals(checkpoint.root), 'the root from level-1 and level-0 tiles is the signed one')
  const leaves = Buffer.concat(await Promise.all([0, 1, 2].map((n) => fetcher(gw)(tilePath(0, n, 600)))))
  t.equal(leaves.length, 600 * 32, 'two full level-0 tiles and one of width 88')
  t.same([tilePath(0, 2, 600), tilePath(1, 0, 600)], ['tile/0/002.p/88', 'tile/1/000.p/2'])

  // An auditor hands over entry 300 as the API shows it; the client hashes its canonical JSON.
  const { entries: [entry] } = (await gw.app.inject({ method: 'GET', url: '/v1/audit?cursor=299&limit=1', headers: auth(tokens.auditor) })).json()
  t.equal(entry.seq, 300)
  const leaf = leafHashOf(Buffer.from(canonicalize(entry)!))
  t.ok(leaf.equals(await tree.tileHash(0, 299)), 'its leaf is in the level-0 tile')
  const path = await tree.inclusionPath(299)
  t.ok(rootFromInclusion(299, checkpoint.size, leaf, path)?.equals(checkpoint.root), 'and its audit path from tiles leads to the signed root')
  const altered = leafHashOf(Buffer.from(canonicalize({ ...entry, clientId: 'someone-else' })!))
  t.notOk(rootFromInclusion(299, checkpoint.size, altered, path)?.equals(checkpoint.root), 'an altered entry does not')

  t.test('entry bundles hold exactly the bytes the level-0 tiles hash, for auditors only', async (t) => {
    const bundle = await fetcher(gw, tokens.auditor)(tilePath('entries', 1, 600))
    const entries = bundleEntries(bundle)
    t.equal(entries.length, 256)
    t.ok(entries.every((e, i) => leafHashOf(e).equals(leaves.subarray((256 + i) * 32, (257 + i) * 32))), 'each entry hashes to its leaf')
    t.same(JSON.parse(entries[299 - 256].toString()), entry, 'entry 300 as the API showed it')
    t.equal(bundleEntries(await fetcher(gw, tokens.auditor)('tile/entries/002.p/88')).length, 88)
    t.equal((await gw.app.inject({ method: 'GET', url: '/log/tile/entries/000' })).json().code, 'GW_AUTH_MISSING')
    t.equal((await gw.app.inject({ method: 'GET', url: '/log/tile/entries/000', headers: auth(tokens.portal) })).json().code, 'GW_ROLE_FORBIDDEN', 'masked subjects and client names are not public')
    for (const encoded of ['entries%2F000', 'entries%2f000']) {
      const sneaked = await gw.app.inject({ method: 'GET', url: `/log/tile/${encoded}` })
      t.same([sneaked.statusCode, sneaked.json().code], [400, 'GW_LOG_TILE_PATH_INVALID'], `nor through the public tile route as ${encoded}`)
    }
  })

  t.test('tile paths follow the spec to the letter, and nothing beyond the published checkpoint is served', async (t) => {
    t.same([tileIndexPath(1234067), tileIndexPath(0), tileIndexPath(1000)], ['x001/x234/067', '000', 'x001/000'])
    const get = (path: string) => gw.app.inject({ method: 'GET', url: `/log/${path}` })
    const tile = await get('tile/0/000')
    t.equal(tile.headers['content-type'], 'application/octet-stream')
    t.match(tile.headers['cache-control'], /immutable/, 'tiles never change')
    for (const bad of ['tile/0/0', 'tile/0/x000/001', 'tile/00/000', 'tile/64/000', 'tile/0/000.p/0', 'tile/0/000.p/256', 'tile/0/000.p/08', 'tile/0/000.p', 'tile/-1/000']) {
      t.equal((await get(bad)).json().code, 'GW_LOG_TILE_PATH_INVALID', bad)
    }
    await appendEntries(gw, 600, 10)
    t.equal((await get('tile/0/002.p/89')).json().code, 'GW_LOG_TILE_UNPUBLISHED', 'entries not yet in a checkpoint stay unseen')
    t.equal((await get('tile/0/002')).json().code, 'GW_LOG_TILE_UNPUBLISHED', 'as does a full tile not yet complete')
    t.equal((await get('tile/0/002.p/87')).statusCode, 200, 'a narrower partial tile within the published size is served')
  })
})

t.test('a rewritten log is noticed by the client, however the operator re-signs it', async (t) => {
  const gw = await gateway(t)
  const vkey = (await gw.app.inject({ method: 'GET', url: '/log/vkey' })).body
  await appendEntries(gw, 0, 300)
  await gw.app.checkpoints.create()
  const kept = await fetchCheckpoint(gw, vkey)

  // An entry edited in the database: its stored leaf hash no longer matches the signed root.
  const original = (await gw.store.query<{ leaf_hash: string }>('SELECT leaf_hash FROM audit_log WHERE seq = 42')).rows[0].leaf_hash
  await gw.store.query('UPDATE audit_log SET leaf_hash = $1 WHERE seq = 42', ['00'.repeat(32)])
  t.notOk((await new TiledTree(kept.size, fetcher(gw)).root()).equals(kept.root), 'tiles of an edited log do not lead to the signed root')
  await gw.store.query('UPDATE audit_log SET leaf_hash = $1 WHERE seq = 42', [original])

  // A fork: the operator rewrites entry 42 with a consistent leaf hash and signs fresh checkpoints with the
  // log's own key. Each new checkpoint verifies, but the tree it describes does not extend the one the client kept.
  const rewritten = { ...(await entryAt(gw, 42)), clientId: 'portal-hni' }
  await gw.store.query('UPDATE audit_log SET client_id = $1, leaf_hash = $2 WHERE seq = 42', [rewritten.clientId, leafHashOf(Buffer.from(canonicalize(rewritten)!)).toString('hex')])
  await gw.store.query('DELETE FROM audit_checkpoints')
  await appendEntries(gw, 300, 20)
  await gw.app.checkpoints.create()
  const forked = await fetchCheckpoint(gw, vkey)
  t.ok(forked.size > kept.size, 'the forked checkpoint carries a valid signature')
  const tree = new TiledTree(forked.size, fetcher(gw))
  t.ok((await tree.root()).equals(forked.root), 'and its tiles agree with it')
  t.notOk((await tree.node(0, kept.size)).equals(kept.root), 'but the tree of the kept size, from the new tiles, is not the kept checkpoint\'s: the client has caught the fork')
})

async function entryAt (gw: TestGateway, seq: number) {
  return (await gw.app.inject({ method: 'GET', url: `/v1/audit?cursor=${seq - 1}&limit=1`, headers: auth(tokens.auditor) })).json().entries[0]
}
