// The operator's journey in a real headless Chromium against a running gateway: readiness with the store,
// its read replica's lag (a real streaming replica, lagging past its maximum once its replay is paused), Redis
// and the queues' depths (which /readyz now carries), and each source's circuit and health after a few
// prefills. axe-core and the phone's width on every page.
import t from 'tap'
import pg from 'pg'
import { citizenId } from '../../sandbox/subjects.ts'
import { checkPage, phonePage, testBrowser } from '../helpers/browser.ts'
import { auth, tokens, until } from '../helpers/infra.ts'
import { replicatedGateway } from '../helpers/own-services.ts'

t.test('an operator sees readiness, queues and source health in the console', async (t) => {
  const { app, parts } = await replicatedGateway(t, { databaseReadMaxLagSeconds: 2 })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  for (const i of [0, 1]) await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '2.000720', subject: { type: 'citizen', id: citizenId(i) } } })

  const ready = (await app.inject({ method: 'GET', url: '/readyz' })).json()
  t.match(ready, { status: 'ready', checks: { store: 'ok', redis: 'ok', replica: 'ok' }, replica: { lagSeconds: Number, lagBytes: Number } })
  const depth = { waiting: Number, active: Number, delayed: Number, failed: Number }
  t.match(ready.queues, { prefill: depth, webhooks: depth }, '/readyz gives each queue\'s depth where metrics are public')

  const { page, consoleErrors } = await phonePage(await testBrowser(t))
  await page.goto(`${origin}/console/`)
  await page.fill('#token', 'dev-operator-token')
  await page.click('button[type=submit]')
  await page.locator('h3:has-text("population-citizen")').waitFor()
  t.equal(await page.locator('h1').textContent(), 'Vận hành', 'the operator starts at the operations page')
  t.same(await page.locator('nav.menu a').allTextContents(), ['Vận hành'], 'and sees only it')
  const main = (await page.locator('main').textContent())!
  t.match(main, /Tình trạng sẵn sàngTrạng tháiSẵn sàng/, 'readiness')
  t.match(main, /Cơ sở dữ liệuBình thườngBản sao chỉ đọc \(cho kiểm toán\)Bình thường, chậm [\d,]+ giây \([\d.]+ byte WAL\)Redis \(hàng đợi, bộ đệm\)Bình thường/, 'the store, its replica\'s lag and Redis')
  t.match(main, /Lấy dữ liệu từ nguồn chậmĐang chờ\d+Đang xử lý\d+Chờ thử lại\d+Thất bại\d+/, 'the queues\' depths')
  t.match(await page.locator('li.card:has(h3:has-text("population-citizen"))').textContent(), /Cầu daoĐóng \(bình thường\)Số lần gọi[1-9]/, 'each source\'s circuit and calls')
  await checkPage(t, page, 'operations')

  await page.click('button:has-text("Cập nhật")')
  await page.locator('[role=status]:has-text("Đã cập nhật lúc")').waitFor()
  await page.click('button:has-text("English")')
  await page.locator('h1:has-text("Operations")').waitFor()
  t.match(await page.locator('main').textContent(), /Read replica \(auditor reads\)OK, [\d.]+ s behind \([\d,]+ WAL bytes\)/, 'the lag, in English')
  await checkPage(t, page, 'operations in English')

  const replica = new pg.Client({ connectionString: parts.databaseReadUrl })
  await replica.connect()
  t.teardown(() => replica.end())
  await replica.query('SELECT pg_wal_replay_pause()')
  t.teardown(() => replica.query('SELECT pg_wal_replay_resume()'))
  await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '2.000720', subject: { type: 'citizen', id: citizenId(2) } } })
  await until(async () => (await app.inject({ method: 'GET', url: '/readyz' })).json().checks.replica === 'lagging' || undefined, 'the replica lagging')
  await page.click('button:has-text("Refresh")')
  await page.locator('strong:has-text("Degraded")').waitFor()
  t.match(await page.locator('main').textContent(), /Read replica \(auditor reads\)Lagging [\d.]+ s behind \([\d,]+ WAL bytes\), over 2 s: auditor reads go to the primary until it catches up/, 'a replica past its maximum lag, and where auditor reads go')
  t.same(consoleErrors, [], 'no script or CSP error in the browser console')
})
