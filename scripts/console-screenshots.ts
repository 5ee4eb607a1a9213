// `npm run console:screenshots`: the console's main page of each role, from a real Chromium, as
// data/screenshots/<role>.png. A gateway on a fresh PGlite with the sandbox and a private Redis (unless
// REDIS_URL is set), on free ports; a few prefills first, so the pages have something to show. Each role
// lands where the console sends it after sign-in: the first page of its menu (routes.ts).
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../src/app.ts'
import { loadConfig } from '../src/config.ts'
import { startSandbox } from '../sandbox/sources.ts'
import { citizen, personas } from '../sandbox/subjects.ts'
import { launchChromium } from './chromium.ts'
import { freePort } from './gateway-process.ts'
import { startPrivateRedis } from './private-redis.ts'

const roles = { auditor: 'dev-auditor-token', agency: 'dev-agency-bca-token', admin: 'dev-admin-token', operator: 'dev-operator-token' }
const out = join('data', 'screenshots')

if (spawnSync('npm', ['run', '--silent', 'console:build'], { stdio: 'inherit' }).status !== 0) throw new Error('the console did not build')
const dataDir = await mkdtemp(join(tmpdir(), 'console-screenshots-'))
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' }
if (!env.REDIS_URL) env.REDIS_URL = await startPrivateRedis(dataDir, await freePort())
const sandbox = await startSandbox()
const defaults = loadConfig(env)
const app = await buildApp({ ...defaults, redisPrefix: `screenshots:${Date.now()}:`, adapterVars: { ...defaults.adapterVars, ...sandbox.vars } })
const browser = await launchChromium()
try {
  await app.listen({ host: '127.0.0.1', port: 0 })
  const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  for (const n of personas) {
    await app.inject({ method: 'POST', url: '/v1/prefill', headers: { authorization: 'Bearer dev-portal-token' }, payload: { procedure: '2.000720', subject: { type: 'citizen', id: citizen(n).personalId }, purpose: 'Đăng ký hộ kinh doanh' } })
  }
  await mkdir(out, { recursive: true })
  for (const [role, token] of Object.entries(roles)) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${origin}/console/`)
    await page.fill('#token', token)
    await page.click('button[type=submit]')
    await page.locator('nav.menu').waitFor()
    // The page has loaded what it shows once the API is quiet.
    await page.waitForLoadState('networkidle')
    const file = join(out, `${role}.png`)
    await page.screenshot({ path: file, fullPage: true })
    process.stdout.write(`${role}: ${new URL(page.url()).pathname} → ${file}\n`)
    await page.close()
  }
} finally {
  await browser.close()
  await app.close()
  await sandbox.close()
  await rm(dataDir, { recursive: true, force: true })
}
// The private Redis stops with this process.
process.exit(0)
