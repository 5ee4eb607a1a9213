// The published contract lints clean with the tools portal teams run on it: Redocly's recommended rules
// (redocly.yaml) and Spectral's OpenAPI ruleset (.spectral.yaml), with no error and no warning. Both run from
// node_modules, offline. A copy with known defects shows that the rules are really applied.
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { tempDir } from '../helpers/infra.ts'

const run = promisify(execFile)

/** The problems Redocly and Spectral find in a file, as "rule at path" lines; their exit codes only say "some". */
async function lint (file: string) {
  const [redocly, spectral] = await Promise.all([
    run('node_modules/.bin/redocly', ['lint', file, '--format', 'json']).catch((err) => err),
    run('node_modules/.bin/spectral', ['lint', file, '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet']).catch((err) => err)
  ])
  return {
    redocly: JSON.parse(redocly.stdout).problems.map((p: any) => `${p.ruleId} at ${p.location[0].pointer}`),
    spectral: JSON.parse(spectral.stdout).map((p: any) => `${p.code} at ${p.path.join('.')}`)
  }
}

t.test('openapi.yaml lints clean with Redocly\'s recommended rules and Spectral\'s spectral:oas', async (t) => {
  t.same(await lint('openapi.yaml'), { redocly: [], spectral: [] }, 'no error, no warning')
  const broken = join(await tempDir(t), 'broken.yaml')
  await writeFile(broken, (await readFile('openapi.yaml', 'utf8')).replace(/^ *operationId: prefill\n/m, '').replace(/^servers:/m, 'x-servers:'))
  t.same(await lint(broken), {
    redocly: ['no-empty-servers at #/openapi', 'operation-operationId at #/paths/~1v1~1prefill/post/operationId'],
    spectral: ['oas3-api-servers at ', 'operation-operationId at paths./v1/prefill.post']
  }, 'while a contract without servers and an operationId fails both')
})
