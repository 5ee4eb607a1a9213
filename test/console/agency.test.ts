// The agency's pages of the console in a real headless Chromium against a running gateway: a BCA engineer walks
// from its sources to a new version (the dry run catches a URL without the subject before anything is saved),
// registers it, compares the two versions, tests a persona and reads the health; an admin's dry run catches an
// unknown agency and an agreement for an unknown procedure; HNI publishes a record and revokes it. axe-core,
// the 360 px width and empty browser storage are checked on every page.
import t from 'tap'
import type { Page } from 'playwright-core'
import { citizen, citizenId } from '../../sandbox/subjects.ts'
import { checkPage, phonePage, testBrowser } from '../helpers/browser.ts'
import { auth, testGateway, tokens } from '../helpers/infra.ts'

const hniAgency = 'dev-agency-hni-token'
const persona = '040188000000'

async function signIn (page: Page, url: string, token: string) {
  await page.goto(url)
  await page.fill('#token', token)
  await page.click('button[type=submit]')
  await page.locator('nav.menu').waitFor()
}

/** Types a registration into the page's editor and runs the dry run; answers the problems listed. */
async function dryRun (page: Page, document: object): Promise<string[]> {
  await page.fill('#json-editor', JSON.stringify(document, null, 2))
  await page.click('button:has-text("Chạy thử")')
  await page.locator('.outcome:has-text("Chạy thử:")').waitFor()
  return page.locator('.problems li').allTextContents()
}

t.test('an agency runs its sources, records and dry runs from the console', async (t) => {
  const { app, sandbox } = await testGateway(t, { store: 'pglite' })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  const get = async (url: string, token = tokens.admin) => app.inject({ method: 'GET', url, headers: auth(token) })
  const shipped = (await get('/v1/adapters/population-citizen')).json()
  // Calls for the health page (conformance tests are not counted there).
  await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '2.000720', subject: { type: 'citizen', id: persona }, purpose: 'Đăng ký hộ kinh doanh' } })

  const browser = await testBrowser(t)
  const { page, consoleErrors } = await phonePage(browser)

  t.test('sources, a new version whose dry run catches a URL without the subject, then registered and compared', async (t) => {
    await signIn(page, `${origin}/console/sources`, tokens.agencyBCA)
    t.same(await page.locator('nav.menu a').allTextContents(), ['Nguồn dữ liệu', 'Tình trạng nguồn', 'Bản ghi đã công bố'], 'the menu offers the agency\'s pages')
    await page.locator('.cards .card').first().waitFor()
    const ids = await page.locator('.cards code').allTextContents()
    t.same(ids, ['population-citizen'], 'its own agency\'s sources only')
    await checkPage(t, page, 'sources')

    await page.click('a:has-text("Đăng ký nguồn dữ liệu mới")')
    await page.locator('#json-editor').waitFor()
    t.equal(JSON.parse(await page.locator('#json-editor').inputValue()).agency, 'BCA', 'a new source is drafted for the agency signed in')
    const newSource = await dryRun(page, { ...JSON.parse(await page.locator('#json-editor').inputValue()), id: 'vehicle-owners', title: 'Đăng ký xe', legalBasis: 'Thông tư 79/2024/TT-BCA' })
    t.ok(newSource.some((p) => p.includes('/transport/url')), 'its address is judged before anything is saved', { problems: newSource })
    t.equal((await get('/v1/adapters/vehicle-owners')).statusCode, 404, 'nothing was stored')
    await checkPage(t, page, 'new source')
    await page.click('a:has-text("Về danh sách nguồn")')
    await page.locator('.cards .card').first().waitFor()

    await page.click('a[href="/console/sources/population-citizen"]')
    await page.locator('h2:has-text("Các phiên bản")').waitFor()
    t.match(await page.locator('main').textContent(), /Phiên bản 3/, 'the versions')
    await checkPage(t, page, 'source')

    await page.click('a:has-text("Soạn phiên bản mới")')
    await page.locator('#json-editor').waitFor()
    t.equal(JSON.parse(await page.locator('#json-editor').inputValue()).version, shipped.version + 1, 'the draft is the current version, raised by one')
    const next = { ...shipped, version: shipped.version + 1 }
    const noSubject = await dryRun(page, { ...next, transport: { ...next.transport, url: shipped.transport.url.replace('{subject.id}', '') } })
    t.ok(noSubject.some((p) => p.includes('/transport/url') && p.includes('/citizens/')), 'the problem is shown at its JSON pointer, beside the value')
    t.equal(await page.locator('#json-editor').getAttribute('aria-invalid'), 'true')
    await page.click('.problems li:has-text("/transport/url") button')
    t.match(await page.locator('#json-editor').evaluate((e: HTMLTextAreaElement) => e.value.slice(e.selectionStart, e.selectionEnd)), /^"url": ".*\/citizens\/",?$/, 'and a button takes the caret to it in the JSON')
    t.ok(await page.locator('button:has-text("Đăng ký")').isDisabled(), 'and nothing may be registered')
    await checkPage(t, page, 'dry run with problems')
    t.equal((await get('/v1/adapters/population-citizen')).json().version, shipped.version, 'nothing was stored')

    await dryRun(page, { ...next, title: `${shipped.title} (bản sửa)` })
    t.match(await page.locator('.outcome').textContent(), /hợp lệ, có thể đăng ký/)
    await page.click('button:has-text("Đăng ký")')
    await page.locator('.outcome:has-text("Đã đăng ký")').waitFor()
    t.equal((await get('/v1/adapters/population-citizen')).json().version, shipped.version + 1, 'registered for real')
    await checkPage(t, page, 'registered')

    await page.click('a:has-text("Về trang nguồn")')
    await page.locator('ol.diff').waitFor()
    t.match(await page.locator('main [role=status]').first().textContent(), /2 dòng thêm, 2 dòng bỏ/, 'the diff of the last two versions, counted')
    const added = await page.locator('ol.diff li.added').allTextContents()
    t.ok(added.some((line) => line.startsWith('+Thêm: ') && line.includes('(bản sửa)')), 'each change said in words, not by colour only')
    t.ok((await page.locator('ol.diff li.removed').allTextContents()).some((line) => line.startsWith('−Bỏ: ') && line.includes(`"version": ${shipped.version}`)), 'the removed line too')
    await checkPage(t, page, 'diff')
  })

  t.test('the conformance test says found, or why it failed, never a value', async (t) => {
    await page.click('a:has-text("Kiểm tra kết nối")')
    await page.fill('#subjectId', persona)
    await page.click('button:has-text("Kiểm tra")')
    await page.locator('.result').waitFor()
    t.match(await page.locator('.outcome').textContent(), /Tìm thấy bản ghi/)
    t.match(await page.locator('.result').textContent(), /found/)
    t.notOk((await page.locator('main').textContent())!.includes(citizen(0).fullName), 'no value of the record')
    await checkPage(t, page, 'conformance test found')

    await fetch(`${sandbox.sources.population.url}/_sandbox/faults`, { method: 'PUT', body: JSON.stringify({ htmlPage: true }) })
    t.teardown(() => fetch(`${sandbox.sources.population.url}/_sandbox/faults`, { method: 'PUT', body: '{}' }))
    await page.click('button:has-text("Kiểm tra")')
    await page.locator('.outcome:has-text("Không lấy được bản ghi")').waitFor()
    t.match(await page.locator('.result').textContent(), /SOURCE_BAD_RESPONSE.*not JSON \(content type text\/html/, 'the reason and why')
    await checkPage(t, page, 'conformance test failed')
  })

  t.test('health', async (t) => {
    await page.click('nav.menu a:has-text("Tình trạng nguồn")')
    await page.locator('.cards .card').first().waitFor()
    const card = await page.locator('.cards .card').first().textContent()
    t.match(card, /population-citizen/)
    t.match(card, /Số lần gọi\s*[1-9]/, 'the calls of the window')
    t.match(card, /Cầu daođóng/, 'the circuit, in words')
    t.equal(await page.locator('.cards .card').count(), 1, 'its own sources only')
    await checkPage(t, page, 'health')
  })

  t.test('an admin\'s dry run catches an unknown agency and an agreement for an unknown procedure', async (t) => {
    const current = (await get('/v1/adapters/population-citizen')).json()
    await signIn(page, `${origin}/console/sources/population-citizen/new`, tokens.admin)
    await page.locator('#json-editor').waitFor()
    const unknownAgency = await dryRun(page, { ...current, version: current.version + 1, agency: 'NO-SUCH-AGENCY' })
    t.ok(unknownAgency.some((p) => p.includes('/agency') && p.includes('NO-SUCH-AGENCY')), 'the unknown agency, at /agency')
    t.equal((await get('/v1/adapters/population-citizen')).json().agency, 'BCA', 'nothing was stored')

    await page.click('nav.menu a:has-text("Chạy thử thỏa thuận")')
    await page.locator('#json-editor').waitFor()
    const draft = JSON.parse(await page.locator('#json-editor').inputValue())
    const unknownProcedure = await dryRun(page, { ...draft, id: 'dvc-no-such-procedure', procedures: ['9.999999'], legalBasis: 'Thỏa thuận số 1/2026' })
    t.ok(unknownProcedure.some((p) => p.includes('/procedures/0')), 'the procedure without a form, at its pointer')
    await checkPage(t, page, 'agreement dry run')
    t.equal((await get('/v1/agreements/dvc-no-such-procedure')).statusCode, 404, 'nothing was stored')

    await page.click('a:has-text("Chạy thử một biểu mẫu")')
    await page.locator('h1:has-text("Biểu mẫu mới")').waitFor()
    const draftForm = JSON.parse(await page.locator('#json-editor').inputValue())
    const unknownSource = await dryRun(page, { ...draftForm, title: 'Đăng ký sang tên xe', 'x-procedure': { ...draftForm['x-procedure'], title: 'Đăng ký sang tên xe', agency: 'BCA' }, properties: { fullName: { type: 'string', title: 'Họ và tên', 'x-prefill': { source: 'no-such-source', pointer: '/fullName' } } } })
    t.ok(unknownSource.some((p) => p.includes('/properties/fullName')), 'a form binding an unknown source, at its field', { problems: unknownSource })
    await checkPage(t, page, 'form dry run')
    t.equal((await get('/v1/forms/1.000001')).statusCode, 404, 'nothing was stored')
  })

  t.test('HNI publishes a record of its units and revokes it with a reason', async (t) => {
    await signIn(page, `${origin}/console/records`, hniAgency)
    await page.locator('#record-data').waitFor()
    t.match(await page.locator('main').textContent(), /judicial-record-certificates/, 'the record types it may publish')
    await checkPage(t, page, 'records')
    const subject = citizenId(3)
    await page.fill('#subjectId', subject)
    await page.selectOption('#issuedBy', 'HNI-STP')
    await page.fill('#procedure', '2.000488')
    await page.fill('#reference', 'HS-2026-000777')
    await page.fill('#record-data', JSON.stringify({ certificateNumber: '', certificateType: 'Phiếu số 1', fullName: citizen(3).fullName, criminalRecordStatus: 'Không có án tích' }))
    await page.click('button:has-text("Công bố")')
    await page.locator('#publish-problems .problems').waitFor()
    t.match(await page.locator('#publish-problems').textContent(), /\/data\/certificateNumber/, 'a bad record: every problem at its pointer')
    await page.fill('#record-data', JSON.stringify({ certificateNumber: '777/2026/LLTP-HN', certificateType: 'Phiếu số 1', fullName: citizen(3).fullName, criminalRecordStatus: 'Không có án tích' }))
    await page.click('button:has-text("Công bố")')
    await page.locator('.outcome:has-text("Đã công bố bản ghi")').waitFor()
    await page.locator('.revoke').waitFor()
    const card = await page.locator('.cards li.card:has(.revoke)').textContent()
    t.match(card, `${subject.slice(0, 3)}*******${subject.slice(-2)}`, 'the subject masked')
    t.notOk(card!.includes('777/2026/LLTP-HN') || card!.includes(subject), 'never the data or the id in clear')
    await checkPage(t, page, 'record published')

    await page.locator('.revoke input').fill('Cấp nhầm hồ sơ')
    await page.click('.revoke button')
    await page.locator('[role=status]:has-text("Đã thu hồi")').waitFor()
    const [stored] = (await get('/v1/records', hniAgency)).json().records
    t.match(stored, { status: 'revoked', revocationReason: 'Cấp nhầm hồ sơ', reference: 'HS-2026-000777', issuedBy: 'HNI-STP' }, 'revoked, with the reason, read back')
    await checkPage(t, page, 'record revoked')
  })

  t.test('in English', async (t) => {
    await page.click('button:has-text("English")')
    await page.locator('h1:has-text("Record types and published records")').waitFor()
    await checkPage(t, page, 'records in English')
    t.same(consoleErrors, [], 'no script or CSP error in the browser console')
  })
})
