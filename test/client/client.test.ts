// @once-only/client against a running gateway over real HTTP, as a portal backend uses it. Standards are
// checked with jose, independently of the gateway's own signing code.
import { once } from 'node:events'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import t, { type Test } from 'tap'
import { CompactSign, decodeProtectedHeader, exportJWK, generateKeyPair, type JSONWebKeySet } from 'jose'
import { issue } from '../../src/auth/pki.ts'
import { loadConfig } from '../../src/config.ts'
import { citizenId } from '../../sandbox/subjects.ts'
import { generateClientTypes } from '../../packages/client/scripts/generate.ts'
import { awaitPrefill, createGatewayClient, GatewayError, releasedValues, signCitizenAssertion, verifyReceipt, verifyWebhook, type PrefillResponse } from '../../packages/client/src/index.ts'
import { adaptersWithAsync } from '../helpers/adapters.ts'
import { testGateway, tokens, until } from '../helpers/infra.ts'
import { gatewayTls } from '../helpers/gateway-tls.ts'
import { representative } from '../helpers/personas.ts'

const permanentResidence = '1.004194'
const householdBusiness = '2.000720'
const insuranceField = '/owner/socialInsuranceNumber'
const quickJobs = { ...loadConfig({}).jobs, workerConcurrency: 4, fetchAttempts: 2, fetchBackoffMs: 20, resultTtlSeconds: 120, webhookAttempts: 3, webhookBackoffMs: 20, webhookTimeoutMs: 1000 }

const originOf = (app: { server: { address: () => unknown } }, scheme = 'http') => `${scheme}://127.0.0.1:${(app.server.address() as { port: number }).port}`

/** A portal's webhook endpoint on loopback that keeps each delivery's headers and raw body. */
async function webhookEndpoint (t: Test) {
  const received: Array<{ headers: IncomingHttpHeaders, body: Buffer }> = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => { received.push({ headers: req.headers, body: Buffer.concat(chunks) }); res.writeHead(204).end() })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  t.teardown(() => new Promise((resolve) => server.close(resolve)))
  return { received, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hooks/prefill` }
}

t.test('the client\'s generated types match openapi.yaml: run npm run gen', async (t) => {
  t.equal(await generateClientTypes(), await readFile('packages/client/src/generated/api.ts', 'utf8'))
})

t.test('the client against a running gateway', async (t) => {
  const adaptersDir = await adaptersWithAsync(t, 'social-insurance')
  const { app, sandbox } = await testGateway(t, { store: 'pglite', config: { adaptersDir, jobs: quickJobs } })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const baseUrl = originOf(app)
  const client = createGatewayClient({ baseUrl, token: tokens.portal })
  const jwks = await (await fetch(`${baseUrl}/.well-known/jwks.json`)).json() as JSONWebKeySet
  const slowPrefill = async () => {
    const { data } = await client.POST('/v1/prefill', { body: { procedure: householdBusiness, subject: { type: 'citizen', id: representative }, deadlineMs: 300 } })
    return data!
  }

  let answer: PrefillResponse
  t.test('a prefill then a submission check through the typed client', async (t) => {
    const subject = { type: 'citizen' as const, id: citizenId(3) }
    const prefill = await client.POST('/v1/prefill', { body: { procedure: permanentResidence, subject } })
    t.equal(prefill.response.status, 200)
    answer = prefill.data!
    t.equal(answer.status, 'complete')
    t.match(answer.fields['/fullName'], { status: 'filled', locked: true, source: { id: 'population-citizen' } })
    const values = Object.fromEntries(Object.entries(releasedValues(answer)).map(([pointer, value]) => [pointer, { value, origin: 'prefill' as const }]))
    const documents = answer.documents.filter((d) => d.status === 'required').map((d) => d.code)
    const dossier = { procedure: permanentResidence, version: answer.version, subject, receipt: answer.receipt!.token, values, documents }
    const accepted = await client.POST('/v1/submissions/check', { body: dossier })
    t.same([accepted.data?.verdict, accepted.data?.violations], ['accept', []], 'the dossier as released is accepted')
    const altered = await client.POST('/v1/submissions/check', { body: { ...dossier, values: { ...values, '/fullName': { value: 'Nguyễn Văn A', origin: 'prefill' } } } })
    t.same(altered.data?.violations.map((v) => [v.code, v.path]), [['RECOGNISED_VALUE_ALTERED', '/fullName']], 'a re-keyed value is a violation')
    const unknown = await client.POST('/v1/prefill', { body: { procedure: '9.999999', subject } })
    t.match([unknown.response.status, unknown.error], [404, { code: /^GW_/, requestId: String }], 'an error answer comes typed, with its code')
  })

  t.test('verifyReceipt: valid for the released values, invalid for an altered value and a forged signature', async (t) => {
    const { token } = answer.receipt!
    const values = releasedValues(answer)
    t.same(await verifyReceipt({ token, values, jwks }).then(({ valid, problems }) => ({ valid, problems })), { valid: true, problems: [] })

    const altered = await verifyReceipt({ token, values: { ...values, '/fullName': 'Nguyễn Văn A' }, jwks })
    t.same([altered.valid, altered.problems], [false, ['/fullName: the value does not match its hash']])
    const moved = await verifyReceipt({ token, values: { ...values, '/email': values['/fullName'] }, jwks })
    t.same(moved.problems, ['/email: not released by this receipt'], 'a value claimed for a field the receipt did not release')

    // The same header and payload signed by a key the gateway never published, under the gateway key's kid.
    const { privateKey } = await generateKeyPair('ES256')
    const [header, payload] = token.split('.')
    const forged = await new CompactSign(Buffer.from(payload, 'base64url')).setProtectedHeader({ ...decodeProtectedHeader(token), alg: 'ES256' }).sign(privateKey)
    t.equal(forged.split('.')[0], header, 'the forgery keeps the kid')
    const refused = await verifyReceipt({ token: forged, values, jwks })
    t.same([refused.valid, refused.problems], [false, ['the signature does not verify with the JWKS (ERR_JWS_SIGNATURE_VERIFICATION_FAILED)']])
  })

  t.test('verifyReceipt reports every problem at once: typ, iss, exp, signature, values', async (t) => {
    const { privateKey, publicKey } = await generateKeyPair('ES256')
    const own = { keys: [{ ...await exportJWK(publicKey), kid: 'k1', alg: 'ES256' }] }
    const claims = { iss: 'someone-else', exp: Math.floor(Date.now() / 1000) - 60, salt: 's', vals: { '/a': { h: 'x', src: 'population-citizen' } } }
    const token = await new CompactSign(Buffer.from(JSON.stringify(claims))).setProtectedHeader({ alg: 'ES256', kid: 'k1', typ: 'JWT' }).sign(privateKey)
    const { valid, problems } = await verifyReceipt({ token, values: { '/a': 1 }, jwks })
    t.equal(valid, false)
    t.equal(problems.length, 5)
    t.match(problems, [/^the signature does not verify/, /typ is "JWT"/, /iss is "someone-else"/, /expired at/, /^\/a: the value does not match/])
    t.equal((await verifyReceipt({ token, values: { '/a': 1 }, jwks: own })).problems.length, 4, 'with the right key, the signature is not among them')
  })

  t.test('awaitPrefill: a slow source\'s prefill is polled to its completion, whose receipt verifies', async (t) => {
    sandbox.sources.insurance.faults = { latencyMs: 1500 }
    t.teardown(() => { sandbox.sources.insurance.faults = {} })
    const first = await slowPrefill()
    t.equal(first.status, 'pending')
    const pending = await verifyReceipt({ token: first.receipt!.token, values: releasedValues(first), jwks })
    t.match([pending.valid, pending.problems], [false, [/issued while sources were pending \(social-insurance\): not final/]], 'the pending answer\'s receipt is not final')
    await t.rejects(awaitPrefill(client, first.requestId, { timeoutMs: 100, intervalMs: 20 }), /still pending after 100 ms/, 'gives up after its timeout')

    const done = await awaitPrefill(client, first.requestId, { timeoutMs: 15_000, intervalMs: 100 })
    t.equal(done.status, 'complete')
    t.match(done.fields[insuranceField], { status: 'filled', value: String })
    t.same(await verifyReceipt({ token: done.receipt!.token, values: releasedValues(done), jwks }).then((r) => r.problems), [], 'the completion\'s receipt verifies')

    const unknown = await awaitPrefill(client, 'no-such-request', { timeoutMs: 1000 }).catch((err) => err)
    t.ok(unknown instanceof GatewayError)
    t.match(unknown, { statusCode: 404, code: 'GW_PREFILL_UNKNOWN', requestId: String })
  })

  t.test('verifyWebhook: the gateway\'s delivery verifies; a changed body, another secret or an old time do not', async (t) => {
    const hook = await webhookEndpoint(t)
    const registered = await client.PUT('/v1/webhook', { body: { url: hook.url } })
    const secret = registered.data!.secret!
    t.teardown(() => client.DELETE('/v1/webhook'))
    sandbox.sources.insurance.faults = { latencyMs: 600 }
    t.teardown(() => { sandbox.sources.insurance.faults = {} })
    const first = await slowPrefill()
    t.equal(first.status, 'pending')
    const { headers, body } = await until(async () => hook.received[0], 'the webhook delivery')
    t.equal(JSON.parse(body.toString()).requestId, first.requestId)

    t.equal(verifyWebhook({ headers, body, secret }), true, 'the raw body as received')
    t.equal(verifyWebhook({ headers: new Headers(headers as Record<string, string>), body: body.toString(), secret }), true, 'fetch Headers and a string body')
    t.equal(verifyWebhook({ headers, body: body.toString().replace('"complete"', '"pending"'), secret }), false, 'a changed body')
    t.equal(verifyWebhook({ headers, body, secret: secret.slice(1) }), false, 'another secret')
    t.equal(verifyWebhook({ headers, body, secret, now: Date.now() + 301_000 }), false, 'a delivery replayed after the tolerance')
    t.equal(verifyWebhook({ headers, body, secret, toleranceSeconds: 600, now: Date.now() + 301_000 }), true, 'within a longer tolerance')
    t.equal(verifyWebhook({ headers: {}, body, secret }), false, 'no signature')
  })

  t.test('signCitizenAssertion: the access-log route accepts it, and refuses one signed with another key', async (t) => {
    const { jwk } = JSON.parse(await readFile('config/dev/portal-dvc-assertion.jwk.json', 'utf8'))
    const assertion = await signCitizenAssertion({ subject: { type: 'citizen', id: representative }, privateJwk: jwk, clientId: 'portal-dvc' })
    const log = await client.GET('/v1/subjects/me/access-log', { headers: { 'x-subject-assertion': assertion } })
    t.equal(log.response.status, 200)
    t.ok(log.data!.entries.some((e) => e.procedure === householdBusiness), 'the citizen sees the prefills of their data')

    const { privateKey } = await generateKeyPair('ES256', { extractable: true })
    const stranger = await signCitizenAssertion({ subject: { type: 'citizen', id: representative }, privateJwk: await exportJWK(privateKey), clientId: 'portal-dvc' })
    const refused = await client.GET('/v1/subjects/me/access-log', { headers: { 'x-subject-assertion': stranger } })
    t.match([refused.response.status, refused.error], [401, { code: 'GW_ASSERTION_INVALID' }])
  })
})

t.test('the client presents its certificate to a gateway that requires mTLS', async (t) => {
  const { ca, tls } = await gatewayTls(t)
  const portal = issue(ca, { commonName: 'portal-dvc', organisation: 'VPCP' })
  const { app } = await testGateway(t, { store: 'pglite', config: { tls, authBearer: false } })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const client = createGatewayClient({ baseUrl: originOf(app, 'https'), tls: { cert: portal.certPem, key: portal.keyPem!, ca: ca.certPem } })
  const { data, response } = await client.POST('/v1/prefill', { body: { procedure: permanentResidence, subject: { type: 'citizen', id: citizenId(3) } } })
  t.equal(response.status, 200)
  t.equal(data?.status, 'complete')
})
