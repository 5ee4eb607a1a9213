// Under mTLS the console needs no token: the browser presents the client's certificate, the gateway knows the
// client from it, and the console signs in by itself. Without a certificate, it asks for a token (and the
// gateway refuses tokens when AUTH_BEARER is false).
import t from 'tap'
import { issue } from '../../src/auth/pki.ts'
import { checkPage, testBrowser } from '../helpers/browser.ts'
import { testGateway } from '../helpers/infra.ts'
import { gatewayTls } from '../helpers/gateway-tls.ts'

t.test('the browser\'s client certificate signs in to the console', async (t) => {
  const { ca, tls } = await gatewayTls(t)
  const auditor = issue(ca, { commonName: 'auditor-ttcp' })
  const { app } = await testGateway(t, { store: 'pglite', config: { tls, authBearer: false } })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const origin = `https://127.0.0.1:${(app.server.address() as { port: number }).port}`
  const browser = await testBrowser(t)

  // The gateway's certificate comes from its own CA, which this test browser does not trust by default.
  const withCertificate = await browser.newContext({ viewport: { width: 360, height: 740 }, ignoreHTTPSErrors: true, clientCertificates: [{ origin, cert: Buffer.from(auditor.certPem), key: Buffer.from(auditor.keyPem!) }] })
  const page = await withCertificate.newPage()
  await page.goto(`${origin}/console/audit`)
  await page.locator('h1', { hasText: 'Nhật ký chia sẻ dữ liệu' }).waitFor()
  t.equal(await page.locator('.who').textContent(), 'Thanh tra Chính phủ (development)', 'signed in as the certificate\'s client, without a token')
  await checkPage(t, page, 'audit log under mTLS')

  const without = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage()
  await without.goto(`${origin}/console/audit`)
  await without.locator('h1', { hasText: 'Đăng nhập' }).waitFor()
  await without.fill('#token', 'dev-auditor-token')
  await without.click('button[type=submit]')
  await without.locator('#token-error:not(:empty)').waitFor()
  t.pass('without a certificate a token does not get in when bearer tokens are off')
})
