// The demo portal in a real headless Chromium against a running gateway and the sandbox: a citizen signs in,
// opens a prefilled form whose slow source fills in later, cannot change a recognised value, re-attaches a
// waived component and sees every problem, then submits a clean dossier whose receipt the portal verified.
// axe-core runs on every page: no serious or critical violation.
import { readFile } from 'node:fs/promises'
import t from 'tap'
import { buildPortal } from '../../examples/portal/server.ts'
import { loadConfig } from '../../src/config.ts'
import { citizen, citizenId } from '../../sandbox/subjects.ts'
import { checkPage, phonePage, testBrowser } from '../helpers/browser.ts'
import { auth, testGateway } from '../helpers/infra.ts'

const quickJobs = { ...loadConfig({}).jobs, workerConcurrency: 4, fetchAttempts: 2, fetchBackoffMs: 20 }

t.test('a citizen uses the demo portal end to end in a real browser', async (t) => {
  const { app, sandbox } = await testGateway(t, { store: 'pglite', config: { jobs: quickJobs } })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const gatewayUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  const { jwk } = JSON.parse(await readFile('examples/portal/demo-assertion.jwk.json', 'utf8'))
  const portal = await buildPortal({ gatewayUrl, clientId: 'portal-demo', token: 'dev-portal-demo-token', assertionKey: jwk, deadlineMs: 800 })
  await portal.listen({ port: 0, host: '127.0.0.1' })
  t.teardown(() => portal.close())
  const portalUrl = `http://127.0.0.1:${(portal.server.address() as { port: number }).port}`

  const { page, consoleErrors } = await phonePage(await testBrowser(t))

  const persona = citizen(0)
  // The sandbox's social insurance answers after the portal's deadline: its fields come later, from a worker.
  sandbox.sources.insurance.faults = { latencyMs: 1500 }

  await page.goto(portalUrl)
  t.equal(await page.locator('h1').textContent(), 'Đăng nhập', 'Vietnamese first')
  await checkPage(t, page, 'sign-in')
  await page.check('input[name=persona][value="0"]')
  await Promise.all([page.waitForURL(/\/services\?persona=0$/), page.click('button[type=submit]')])
  await checkPage(t, page, 'services')

  // The page asks the portal for the completion; held here until the pending state has been looked at.
  let release = () => {}
  const held = new Promise<void>((resolve) => { release = resolve })
  await page.route('**/completion/**', async (route) => { await held; await route.continue() })
  await Promise.all([page.waitForURL(/\/forms\/2\.000720/), page.click('a[href^="/forms/2.000720"]')])
  const name = page.locator('#field-owner-fullName')
  t.equal(await name.inputValue(), persona.fullName, 'recognised values are filled in')
  t.ok(await name.evaluate((input: HTMLInputElement) => input.readOnly), 'and read-only')
  t.match(await page.locator('#field-owner-fullName-note').textContent(), /^Từ Cơ sở dữ liệu quốc gia về dân cư.*, cập nhật .*\d\d\/\d\d\/\d{4}/, 'with their provenance beside them')
  t.match(await page.locator('#document-GIAY-TO-PHAP-LY-CA-NHAN-note').textContent(), /^Không cần nộp: Nhà nước đã có thông tin trong Cơ sở dữ liệu quốc gia về dân cư/, 'a component the state holds is not needed, and why')
  t.notOk(await page.isChecked('#document-GIAY-TO-PHAP-LY-CA-NHAN'), 'and not ticked')
  t.match(await page.locator('#field-owner-socialInsuranceNumber-note').textContent(), /^Đang lấy dữ liệu từ/, 'the slow source\'s field shows as pending')
  await checkPage(t, page, 'form with a pending field')
  release()
  await page.waitForFunction(() => (document.getElementById('field-owner-socialInsuranceNumber') as HTMLInputElement).value !== '', undefined, { timeout: 20_000 })
  t.match(await page.locator('#field-owner-socialInsuranceNumber-note').textContent(), /^Từ Cơ sở dữ liệu quốc gia về bảo hiểm/, 'and fills in when the completion arrives')
  t.match(await page.locator('#completion-status').textContent(), /Đã nhận đủ/, 'which is announced to screen readers')
  sandbox.sources.insurance.faults = {}

  await name.focus()
  await page.keyboard.press('End')
  await page.keyboard.type(' Giả Mạo')
  t.equal(await name.inputValue(), persona.fullName, 'typing into a recognised value changes nothing')

  await page.fill('#field-business-name', 'Tạp hóa Minh Yến')
  await page.check('#document-GIAY-TO-PHAP-LY-CA-NHAN')
  // What the page does not allow a forged request may still try: the gateway's check catches it too.
  await page.locator('#field-owner-dateOfBirth').evaluate((input: HTMLInputElement) => { input.readOnly = false; input.value = '01/01/1990' })
  const rejected = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('button[type=submit]')]).then(([r]) => r)
  t.equal(rejected.status(), 422)
  const summary = page.locator('.error-summary')
  t.match(await summary.locator('h2').textContent(), /có 2 lỗi/, 'every problem at once')
  t.match(await page.locator('#document-GIAY-TO-PHAP-LY-CA-NHAN-error').textContent(), /Nhà nước đã có giấy tờ này/, 'the re-attached component, beside it')
  t.match(await page.locator('#field-owner-dateOfBirth-error').textContent(), /khác với thông tin Nhà nước đã xác thực/, 'the altered value, beside it')
  t.equal(await page.locator('#field-owner-dateOfBirth').getAttribute('aria-invalid'), 'true')
  t.equal(await page.inputValue('#field-business-name'), 'Tạp hóa Minh Yến', 'what the person typed is kept')
  await checkPage(t, page, 'form with problems')

  await page.uncheck('#document-GIAY-TO-PHAP-LY-CA-NHAN')
  await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.status() === 200), page.click('button[type=submit]')])
  t.equal(await page.locator('h1').textContent(), 'Hồ sơ đã được tiếp nhận')
  t.match(await page.locator('.verified').textContent(), /^Biên nhận \S+ đã được xác minh: chữ ký của cổng kết nối hợp lệ và \d+ thông tin/, 'the portal verified the receipt itself')
  await checkPage(t, page, 'accepted')

  await Promise.all([page.waitForURL(/lang=en/), page.click('a[hreflang=en]')])
  t.equal(await page.locator('html').getAttribute('lang'), 'en')
  t.match(await page.locator('.lead').textContent(), /cannot be changed/, 'English by a switch')
  await checkPage(t, page, 'form in English')

  const published = await app.inject({
    method: 'POST',
    url: '/v1/records',
    headers: auth('dev-agency-hni-token'),
    payload: { type: 'judicial-record-certificates', subject: { type: 'citizen', id: citizenId(0) }, data: { certificateNumber: '1/2026/LLTP', certificateType: 'Phiếu số 1', fullName: persona.fullName, criminalRecordStatus: 'Không có án tích' }, issuedBy: 'HNI-STP', issuedAt: new Date().toISOString(), procedure: '2.000488' }
  })
  t.equal(published.statusCode, 201)
  await page.goto(`${portalUrl}/me?persona=0`)
  const accesses = await page.locator('[aria-labelledby=accesses] .card').allTextContents()
  t.ok(accesses.some((text) => text.includes('Cổng dịch vụ công mẫu') && text.includes('Bảo hiểm xã hội Việt Nam')), 'who used my data: this portal, and the agencies that answered')
  t.match(await page.locator('[aria-labelledby=held]').textContent(), /Phiếu lý lịch tư pháp.*Đang được công nhận/s, 'what the state holds: the recognised record')
  await checkPage(t, page, 'my data')

  await page.goto(`${portalUrl}/me?persona=999`)
  t.equal(await page.locator('h1').textContent(), 'Đăng nhập', 'someone not signed in is asked to sign in')
  const bare = await fetch(`${portalUrl}/forms/2.000720`, { method: 'POST' })
  t.equal(bare.status, 401, 'a post without a form is asked to sign in, not a server error')
  t.same(consoleErrors, [], 'no script or CSP error in the browser console')
})
