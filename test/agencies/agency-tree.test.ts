// The agency tree is the one list of agency codes: whatever names an agency at start must name one of it.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { buildApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { tempDir } from '../helpers/infra.ts'

t.test('a start naming an agency outside the tree fails before anything is opened', async (t) => {
  const dir = await tempDir(t)
  const clientsFile = join(dir, 'clients.yaml')
  await writeFile(clientsFile, `development: true
clients:
  - id: portal-typo
    name: A portal of a province the tree does not hold
    roles: [portal]
    agency: HNII
    tokenSha256: '${'0'.repeat(64)}'
`)
  const start = (overrides: Parameters<typeof loadConfig>[1]) => buildApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }, { dataDir: dir, ...overrides }))
  await t.rejects(start({ clientsFile }), /client portal-typo names agency HNII, not in the agency tree/, 'a client acting for an unknown agency')
  await t.rejects(start({ outbound: { allowLoopback: true, allowPrivate: false, hosts: { 'BCA-C60': ['*.bca.gov.vn'] } } }), /OUTBOUND_HOSTS names BCA-C60, not in the agency tree/,
    'a host list for a misspelt agency, which would leave the agency meant unlimited')
})
