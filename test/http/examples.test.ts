// The request examples for portal teams (examples/http/*.http) are run as they are, by httpyac, against a
// running gateway: every request answers what its assertions say, and every portal route has an example.
import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import t from 'tap'
import { signCitizenAssertion } from '../../packages/client/src/index.ts'
import { citizenId } from '../../sandbox/subjects.ts'
import { testGateway } from '../helpers/infra.ts'

const dir = 'examples/http'

t.test('the portal examples run against a real gateway and cover every portal route', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite' })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const baseUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  const id = citizenId(0)
  const { jwk } = JSON.parse(await readFile('config/dev/portal-dvc-assertion.jwk.json', 'utf8'))
  const assertion = await signCitizenAssertion({ subject: { type: 'citizen', id }, privateJwk: jwk, clientId: 'portal-dvc' })

  const files = (await readdir(dir)).filter((f) => f.endsWith('.http')).sort()
  const sources = await Promise.all(files.map((f) => readFile(`${dir}/${f}`, 'utf8')))
  const requests = sources.flatMap((text) => [...text.matchAll(/^(GET|POST|PUT|DELETE) \{\{baseUrl\}\}(\S+)$/gm)].map(([, method, url]) => ({ method, url: url.split('?')[0] })))
  const matches = (template: string, url: string) => new RegExp(`^${template.replace(/:\w+/g, '[^/]+')}$`).test(url)
  const portalRoutes = app.routeRoles.filter((r) => r.roles?.includes('portal'))
  t.ok(portalRoutes.length >= 10, `${portalRoutes.length} portal routes`)
  for (const route of portalRoutes) {
    t.ok(requests.some((r) => r.method === route.method && matches(route.url, r.url)), `${route.method} ${route.url} has an example`)
  }

  const { stdout } = await promisify(execFile)('npx', ['httpyac', 'send', ...files.map((f) => `${dir}/${f}`), '--all', '--bail', '--env', 'dev', '--output', 'none', '--output-failed', 'short', '--no-color',
    '--var', `baseUrl=${baseUrl}`, `citizenId=${id}`, `assertion=${assertion}`], { timeout: 120_000 }).catch((err: { stdout?: string, message: string }) => {
    t.fail(`httpyac failed: ${err.stdout ?? err.message}`)
    return { stdout: '' }
  })
  // httpyac's last line: "N requests processed (N succeeded)", with "M failed" or "K skipped" when some were.
  t.equal(stdout.trim().split('\n').pop()?.trim(), `${requests.length} requests processed (${requests.length} succeeded)`, 'every example ran and answered as its assertions say')
})
