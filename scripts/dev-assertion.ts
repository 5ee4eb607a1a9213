// `npm run dev:assertion -- <personal id>`: a citizen assertion signed by the development portal portal-dvc,
// valid five minutes, for trying GET /v1/subjects/me/access-log. A real portal signs one after it has
// authenticated the citizen (VNeID), with its own key.
import { readFile } from 'node:fs/promises'
import { signCitizenAssertion } from '../packages/client/src/index.ts'

const id = process.argv[2]
if (!id) {
  process.stderr.write('usage: npm run dev:assertion -- <personal identification number>\n')
  process.exit(2)
}
const { jwk } = JSON.parse(await readFile(new URL('../config/dev/portal-dvc-assertion.jwk.json', import.meta.url), 'utf8'))
process.stdout.write(await signCitizenAssertion({ subject: { type: 'citizen', id }, privateJwk: jwk, clientId: 'portal-dvc', expiresInSeconds: 300 }) + '\n')
