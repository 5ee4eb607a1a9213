// The sharing log's note keys: verifier keys as c2sp.org/signed-note defines them, made in development only,
// and a rotation that keeps the older key's verifiers working.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { LogKeys } from '../../src/keys/log-keys.ts'
import { ed25519Type, signNote, verifierKey } from '../../src/keys/signed-note.ts'
import { tempDir } from '../helpers/infra.ts'
import { openNote, parseVkey } from '../helpers/tlog-client.ts'

t.test('the verifier key of the signed-note spec\'s example is derived exactly', async (t) => {
  const example = 'example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k'
  const publicKey = Buffer.from(example.split('+')[2], 'base64').subarray(1)
  t.equal(verifierKey('example.com/foo', ed25519Type, publicKey), example)
  t.equal(openNote('This is an example message.\n\n— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n', parseVkey(example)),
    'This is an example message.\n', 'and the test client verifies the spec\'s example note with it')
})

t.test('a log key is made in development, kept across starts, and required otherwise', async (t) => {
  const dir = join(await tempDir(t), 'log')
  await t.rejects(LogKeys.load(dir, 'sharing-log.example/prod', false), /no log key in .*: create one with npm run keys:rotate -- --log/)
  const first = await LogKeys.load(dir, 'sharing-log.example/dev', true)
  t.match(first.vkey, /^sharing-log\.example\/dev\+[0-9a-f]{8}\+A[Q-Za-f][A-Za-z0-9+/]{42}\n?$/)
  t.equal((await LogKeys.load(dir, 'sharing-log.example/dev', true)).vkey, first.vkey, 'the same key after a restart')
  t.equal((await readdir(dir)).length, 1)
  await t.rejects(LogKeys.load(dir, 'sharing log', true), /has a space, a plus or a control character/, 'a name a note cannot carry')
})

t.test('after a rotation both keys sign, so verifiers of either accept the note; the vkey names the newest', async (t) => {
  const dir = await tempDir(t)
  const name = 'sharing-log.example/prod'
  const before = await LogKeys.load(dir, name, true)
  await LogKeys.rotate(dir)
  const after = await LogKeys.load(dir, name, false)
  t.not(after.vkey, before.vkey)
  const note = await signNote('sharing-log.example/prod\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n', after.signers)
  t.equal(note.split('\n— ').length, 3, 'two signature lines')
  for (const vkey of [before.vkey, after.vkey]) t.equal(openNote(note, parseVkey(vkey)), 'sharing-log.example/prod\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n')
  const forged = note.replace('\n1\n', '\n2\n')
  t.throws(() => openNote(forged, parseVkey(after.vkey)), /does not verify/, 'a changed text fails')
  await t.rejects(signNote('no final newline', after.signers), /ends with a newline/)
})
