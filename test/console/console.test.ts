// The console in a real headless Chromium, served by a running gateway: an auditor signs in with a token,
// filters the sharing log by a subject (deep link), opens an entry and verifies its inclusion in the browser;
// a tampered proof is caught, and says where. axe-core runs on every page.
import { readFile } from 'node:fs/promises'
import t from 'tap'
import { citizenId } from '../../sandbox/subjects.ts'
import { checkPage, phonePage, testBrowser } from '../helpers/browser.ts'
import { auth, testGateway, tokens } from '../helpers/infra.ts'

t.test('an auditor finds an access in the console and verifies it in the browser', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite' })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  const [a, b] = [citizenId(0), citizenId(5)]
  const prefill = async (id: string) => (await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '2.000720', subject: { type: 'citizen', id }, purpose: 'Đăng ký hộ kinh doanh' } })).json()
  const mine = await prefill(a)
  await prefill(b)
  await app.checkpoints.create()

  const page = await app.inject({ method: 'GET', url: '/console/audit' })
  t.equal(page.statusCode, 200, 'a deep link answers the console\'s page')
  t.match(page.headers['content-security-policy'], /script-src 'self';/, 'under a strict CSP')
  t.notMatch(page.body, /<script>|<script(?![^>]*\bsrc=)[^>]*>/, 'with no inline script')

  const { page: browser, consoleErrors } = await phonePage(await testBrowser(t))
  await browser.goto(`${origin}/console/audit?subjectType=citizen&subjectId=${a}`)
  t.equal(await browser.locator('h1').textContent(), 'Đăng nhập', 'Vietnamese first, and a sign-in before anything')
  await checkPage(t, browser, 'sign-in')
  await browser.fill('#token', 'not-a-token')
  await browser.click('button[type=submit]')
  await browser.locator('#token-error:not(:empty)').waitFor()
  t.match(await browser.locator('#token-error').textContent(), /không hợp lệ/, 'a wrong token is said to be wrong')
  await browser.fill('#token', tokens.auditor)
  await browser.click('button[type=submit]')

  await browser.locator('.cards .card').first().waitFor()
  t.equal(await browser.locator('h1').textContent(), 'Nhật ký chia sẻ dữ liệu', 'the deep link survives the sign-in')
  t.same(await browser.locator('nav.menu a').allTextContents(), ['Nhật ký chia sẻ', 'Tính toàn vẹn', 'Báo cáo'], 'the menu offers the auditor\'s pages')
  const cards = await browser.locator('.cards .card').allTextContents()
  t.ok(cards.length >= 1 && cards.every((text) => text.includes(`${a.slice(0, 3)}*******${a.slice(-2)}`)), 'only the subject\'s entries, masked')
  t.notOk((await browser.content()).includes(a.slice(3, 10)), 'the id never shows in clear beyond the form field')
  t.notOk(browser.url().includes(a), 'the deep link\'s id is taken out of the address, so it stays in no history')
  await checkPage(t, browser, 'audit log')

  await browser.click(`a[href="/console/audit/entries/${mine.audit.entry}"]`)
  await browser.locator('button', { hasText: 'Xác minh' }).waitFor()
  t.equal(await browser.locator('h1').textContent(), `Mục nhật ký số ${mine.audit.entry}`)
  await browser.click('button:has-text("Xác minh")')
  await browser.locator('.outcome p').waitFor()
  t.match(await browser.locator('.outcome').textContent(), /^Đã xác minh: mục này nằm trong nhật ký có \d+ mục/, 'verified in the browser, against which checkpoint and key')
  await checkPage(t, browser, 'entry verified')

  // A log that lied about the entry: the browser's own computation catches it.
  await browser.route(`**/v1/audit/entries/${mine.audit.entry}/proof`, async (route) => {
    const proof = await (await route.fetch()).json()
    proof.entry.purpose = 'Mục đích khác'
    await route.fulfill({ json: proof })
  })
  await browser.click('button:has-text("Xác minh")')
  await browser.locator('.outcome p.error').waitFor()
  t.match(await browser.locator('.outcome').textContent(), /nội dung mục không khớp với mã băm lá/, 'a tampered entry fails, and the page says where')
  await browser.unroute(`**/v1/audit/entries/${mine.audit.entry}/proof`)

  await browser.click('nav.menu a:has-text("Tính toàn vẹn")')
  await browser.click('button:has-text("Kiểm tra toàn bộ chuỗi")')
  await browser.locator('.outcome p').waitFor()
  t.match(await browser.locator('.outcome').textContent(), /^Chuỗi nguyên vẹn: \d+ mục và \d+ điểm kiểm tra/, 'the whole chain verified')
  t.ok(await browser.locator('[aria-labelledby=checkpoints] .card').count() >= 1, 'the signed checkpoints listed')
  const [download] = await Promise.all([browser.waitForEvent('download'), browser.click('button:has-text("Tải tệp xuất")')])
  t.equal(download.suggestedFilename(), 'audit-export.ndjson')
  const exported = (await readFile(await download.path(), 'utf8')).trim().split('\n')
  t.ok(exported.some((line) => JSON.parse(line).entry?.seq === mine.audit.entry), 'the export holds the entry, for the offline verifier')
  await checkPage(t, browser, 'log integrity')

  await browser.click('nav.menu a:has-text("Báo cáo")')
  await browser.locator('table tbody tr').first().waitFor()
  t.equal(await browser.locator('canvas[role=img]').count(), 2, 'two charts')
  const today = await browser.locator('table tbody tr').last().locator('td').allTextContents()
  t.equal(today[0], '2', 'with the numbers beside them: today\'s two prefills')
  await checkPage(t, browser, 'once-only report')

  await browser.click('button:has-text("English")')
  // The page renders again after the click: on a busy machine, a moment later.
  await browser.locator('html[lang=en]').waitFor({ state: 'attached', timeout: 10_000 }).catch(() => {})
  t.equal(await browser.locator('html').getAttribute('lang'), 'en', 'English by a switch')
  await checkPage(t, browser, 'entry in English')
  t.same(consoleErrors, [], 'no script or CSP error in the browser console')
})
