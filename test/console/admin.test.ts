// The admin's journey in a real headless Chromium against a running gateway: adds an agency (its problems
// beside the fields first), creates its client (the token shown once, copied, never shown again), disables it
// (its token is then refused by the API), and reads forms, the coverage matrix and the dead letters.
// axe-core and the phone's width on every page.
import t from 'tap'
import { loadConfig } from '../../src/config.ts'
import { adaptersWithAsync } from '../helpers/adapters.ts'
import { checkPage, phonePage, testBrowser } from '../helpers/browser.ts'
import { auth, testGateway, tokens, until } from '../helpers/infra.ts'
import { representative } from '../helpers/personas.ts'
import { webhookEndpoint } from '../helpers/webhook-endpoint.ts'

const quickJobs = { ...loadConfig({}).jobs, workerConcurrency: 2, fetchAttempts: 1, webhookAttempts: 2, webhookBackoffMs: 20, webhookTimeoutMs: 1000 }

t.test('an admin onboards an agency and its client, then disables the client, in the console', async (t) => {
  // A slow source and a portal's failing webhook make a dead letter to replay.
  const { app, sandbox } = await testGateway(t, { store: 'pglite', config: { adaptersDir: await adaptersWithAsync(t, 'social-insurance'), jobs: quickJobs } })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  const { page, consoleErrors } = await phonePage(await testBrowser(t))
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
  const signIn = async () => {
    await page.fill('#token', tokens.admin)
    await page.click('button[type=submit]')
  }
  const open = async (label: string) => {
    await page.click(`nav.menu a:has-text("${label}")`)
    await page.locator('h1').waitFor()
  }

  await page.goto(`${origin}/console/`)
  await signIn()
  await page.locator('.tree li').first().waitFor()
  t.equal(await page.locator('h1').textContent(), 'Cơ quan, đơn vị', 'the admin starts at the agency tree')
  t.same(await page.locator('nav.menu a').allTextContents(), ['Cơ quan', 'Tài khoản kết nối', 'Biểu mẫu', 'Thỏa thuận', 'Webhook lỗi', 'Báo cáo', 'Vận hành', 'Nguồn dữ liệu', 'Tình trạng nguồn', 'Bản ghi đã công bố', 'Chạy thử thỏa thuận'], 'the admin\'s pages, the report, the operator\'s and the agencies\'')
  t.match(await page.locator('.tree').textContent(), /BNNMT.*Bộ Nông nghiệp và Môi trường.*BNNMT-CQLDD/, 'units under their ministry')
  await checkPage(t, page, 'agencies')

  // Every problem at once, at the top and beside its field.
  await page.fill('#code', 'BNNMT-VPDKDD')
  await page.click('form button[type=submit]')
  await page.locator('.problems').waitFor()
  t.match(await page.locator('#name-problem').textContent(), /Nhập tên cơ quan/, 'an empty name is said beside the field')
  await checkPage(t, page, 'agency with a problem')
  await page.click('.problems a')
  t.equal(await page.evaluate(() => document.activeElement?.id), 'name', 'the summary\'s link takes the focus to the field')
  await page.fill('#name', 'Văn phòng Đăng ký đất đai')
  await page.selectOption('#parent', 'BNNMT')
  await page.click('form button[type=submit]')
  await page.locator('[role=status]:has-text("Đã thêm cơ quan BNNMT-VPDKDD.")').waitFor()
  await page.locator('.tree li:has-text("BNNMT-VPDKDD Văn phòng Đăng ký đất đai")').first().waitFor()
  t.same((await app.inject({ method: 'GET', url: '/v1/agencies', headers: auth(tokens.admin) })).json().find((a: any) => a.code === 'BNNMT-VPDKDD'), { code: 'BNNMT-VPDKDD', name: 'Văn phòng Đăng ký đất đai', parent: 'BNNMT' })
  // The API's own problem, beside the field it concerns: a ministry made a unit of its own unit.
  await page.click('button[aria-label="Sửa BNNMT"]')
  await page.selectOption('#parent', 'BNNMT-VPDKDD')
  await page.click('form button[type=submit]')
  await page.locator('#parent-problem:not(:empty)').waitFor()
  t.match(await page.locator('#parent-problem').textContent(), /không thể trực thuộc chính nó/, 'a cycle is refused beside the parent')
  t.equal(await page.locator('#parent').getAttribute('aria-invalid'), 'true')

  await open('Tài khoản kết nối')
  await page.locator('#client-admin').waitFor()
  await checkPage(t, page, 'clients')
  const id = 'agency-bnnmt-vpdkdd'
  await page.fill('#id', id)
  await page.fill('#name', 'Văn phòng Đăng ký đất đai')
  await page.check('input[name=roles][value=agency]')
  await page.selectOption('#agency', 'BNNMT-VPDKDD')
  await page.click('form button[type=submit]')
  await page.locator('#new-token').waitFor()
  const token = (await page.locator('#new-token').textContent())!
  t.match(await page.locator('.token').textContent(), /chỉ hiển thị một lần/, 'a clear warning that it is shown once')
  t.equal(await page.evaluate(() => document.activeElement?.id), 'token-title', 'the focus goes to the token')
  await page.click('button:has-text("Sao chép mã")')
  await page.locator('.token [role=status]:has-text("Đã sao chép")').waitFor()
  t.equal(await page.evaluate(() => navigator.clipboard.readText()), token, 'the copy button puts the token on the clipboard')
  await checkPage(t, page, 'token shown once')
  t.equal((await app.inject({ method: 'GET', url: '/v1/clients/me', headers: auth(token) })).json().agency, 'BNNMT-VPDKDD', 'the token is the new client\'s')

  await page.fill('#id', id)
  await page.fill('#name', 'Lần nữa')
  await page.check('input[name=roles][value=agency]')
  await page.selectOption('#agency', 'BNNMT-VPDKDD')
  await page.click('form button[type=submit]')
  await page.locator('#id-problem:not(:empty)').waitFor()
  t.match(await page.locator('#id-problem').textContent(), /Đã có tài khoản với mã này/, 'a taken id is said beside the field')

  // A reload forgets the token (and the sign-in): the page never shows it again.
  await page.reload()
  await signIn()
  await open('Tài khoản kết nối')
  await page.locator(`#client-${id}`).waitFor()
  t.notOk((await page.content()).includes(token), 'after a reload the token is nowhere on the page')

  await page.click(`button[aria-label="Vô hiệu hóa ${id}"]`)
  t.match(await page.locator(`#client-${id} .confirm`).textContent(), /Không thể hoàn tác/, 'a confirmation says what disabling does')
  await checkPage(t, page, 'disable confirmation')
  await page.click(`#client-${id} button:has-text("Xác nhận vô hiệu hóa")`)
  await page.locator(`[role=status]:has-text("Đã vô hiệu hóa ${id}.")`).waitFor()
  await page.locator(`#client-${id}:has-text("Đã vô hiệu hóa từ")`).waitFor()
  const refused = await app.inject({ method: 'GET', url: '/v1/clients/me', headers: auth(token) })
  t.same([refused.statusCode, refused.json().code], [401, 'GW_CLIENT_DISABLED'], 'its token is refused by the API')

  await open('Biểu mẫu')
  await page.locator('.card h3').first().waitFor()
  t.ok(await page.locator('.cards > li').count() >= 6, 'every registered form')
  t.ok((await page.locator('.card h3').allTextContents()).every((text) => /phát hiện/.test(text)), 'each with its once-only findings')
  await checkPage(t, page, 'forms')

  await open('Thỏa thuận')
  await page.locator('table.matrix').first().waitFor()
  const matrix = page.locator('.scroll[role=region]').first()
  t.match(await matrix.getAttribute('aria-label'), /Bảng phạm vi của thủ tục/, 'the wide matrix scrolls in a labelled region')
  t.equal(await matrix.getAttribute('tabindex'), '0', 'that the keyboard can scroll')
  t.ok(await page.locator('td.granted:has-text("Được cấp (")').count() > 0, 'fields granted to portals, by agreement')
  t.ok(await page.locator('td.denied').count() > 0, 'and fields denied')
  t.match(await page.locator('.cards').textContent(), /Đang hiệu lực/, 'each agreement with its validity')
  await checkPage(t, page, 'coverage matrix')

  const hook = await webhookEndpoint(t)
  hook.endpoint.status = 500
  await app.inject({ method: 'PUT', url: '/v1/webhook', headers: auth(tokens.portal), payload: { url: hook.url } })
  sandbox.sources.insurance.faults = { latencyMs: 600 }
  const pending = (await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '2.000720', subject: { type: 'citizen', id: representative }, deadlineMs: 300 } })).json()
  const letter = await until(async () => (await app.inject({ method: 'GET', url: '/v1/admin/dead-letters', headers: auth(tokens.admin) })).json().deadLetters.find((d: any) => d.requestId === pending.requestId), 'the dead letter')
  sandbox.sources.insurance.faults = {}
  hook.endpoint.status = 204
  await open('Webhook lỗi')
  await page.locator(`li.card:has-text("${letter.id}")`).waitFor()
  t.match(await page.locator('li.card').textContent(), /Cổngportal-dvcSố lần đã thử2Lý do lần cuối.*500/, 'the failed delivery, its portal, attempts and reason')
  await checkPage(t, page, 'dead letters')
  await page.click(`button[aria-label="Gửi lại ${letter.id}"]`)
  await page.locator(`[role=status]:has-text("Đã xếp lần gửi ${letter.id} vào hàng đợi để gửi lại.")`).waitFor()
  await until(async () => hook.received.some((r) => JSON.parse(r.body).requestId === pending.requestId && hook.endpoint.status === 204 && hook.received.length > quickJobs.webhookAttempts) ? true : undefined, 'the replayed delivery')
  await page.locator('text=Không có lần gửi nào thất bại.').waitFor()
  await checkPage(t, page, 'dead letter replayed')

  await page.click('button:has-text("English")')
  await open('Clients')
  await page.locator(`#client-${id}`).waitFor()
  await checkPage(t, page, 'clients in English')
  t.same(consoleErrors, [], 'no script or CSP error in the browser console')
})
