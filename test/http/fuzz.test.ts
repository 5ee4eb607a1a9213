// Property-based fuzzing of every route with bodies generated from the routes' own JSON Schemas (close to
// valid, so they reach deep into the handlers), with arbitrary JSON, deep nesting, U+0000 and lone surrogates:
// never a 5xx, never a crash, every rejection a 4xx with a stable GW_ code and a status the contract declares
// for the route, and a clean client meanwhile gets the same answers throughout.
import t from 'tap'
import fc from 'fast-check'
import { openapiPath } from '../../src/http/openapi-contract.ts'
import { loadGatewaySchemas } from '../../src/validation/ajv.ts'
import { citizenId, enterpriseCode } from '../../sandbox/subjects.ts'
import { auth, testGateway, tokens } from '../helpers/infra.ts'

type Schema = Record<string, any>
const schemas = new Map(loadGatewaySchemas().map((s) => [s.$id, s as Schema]))

// Values that pass format checks often enough to get past validation.
const plausibleStrings = fc.constantFrom(citizenId(0), citizenId(7), enterpriseCode(0), '2.000720', '1.004194', 'population-citizen', 'HNI-STP',
  '2026-01-01T00:00:00Z', '/fullName', '', 'x'.repeat(300), '__proto__', '{"a":1}', '<script>', 'Nguyễn Văn An', '001099999999',
  'a\u0000b', '\ud800', 'x\udfffy')

/** A body sent as written: JSON nested deeper than the gateway accepts (JSON.stringify would recurse). */
class RawJson { text: string; constructor (text: string) { this.text = text } }
const deeplyNested = fc.tuple(fc.integer({ min: 60, max: 20_000 }), fc.constantFrom(['[', ']'], ['{"a":', '}'])).map(([depth, [open, close]]) => new RawJson(open.repeat(depth) + '1' + close.repeat(depth)))

function arbitraryFor (schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.jsonValue({ maxDepth: 2 })
  if (schema.$ref) return arbitraryFor(schemas.get(schema.$ref.replace(/#$/, '')), depth + 1)
  if (schema.enum) return fc.constantFrom(...schema.enum)
  if (schema.const !== undefined) return fc.constant(schema.const)
  switch (Array.isArray(schema.type) ? schema.type[0] : schema.type) {
    case 'string': return fc.oneof(plausibleStrings, fc.string({ maxLength: 40 }))
    case 'integer': return fc.integer({ min: (schema.minimum ?? -10) - 2, max: Math.min(schema.maximum ?? 100000, 100000) + 2 })
    case 'number': return fc.double({ noNaN: true })
    case 'boolean': return fc.boolean()
    case 'array': return fc.array(arbitraryFor(schema.items, depth + 1), { maxLength: 3 })
    case 'object': {
      const properties = Object.fromEntries(Object.entries<Schema>(schema.properties ?? {}).map(([k, v]) => [k, arbitraryFor(v, depth + 1)]))
      const record = fc.record(properties, { requiredKeys: (schema.required ?? []).filter((k: string) => k in properties) })
      return fc.oneof({ weight: 4, arbitrary: record }, { weight: 1, arbitrary: fc.tuple(record, fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 })).map(([a, b]) => ({ ...b, ...a })) })
    }
    default: return fc.jsonValue({ maxDepth: 2 })
  }
}

t.test('10,000 generated requests: no 5xx, every rejection a stable code', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite', config: { defaultDeadlineMs: 300 } })
  const spec = (await app.inject({ method: 'GET', url: '/openapi.json' })).json()
  // The docs and the console are pages, not operations of the contract.
  const routes = app.routeRoles.filter((r) => !r.url.startsWith('/docs') && !r.url.startsWith('/console') && r.url !== '/metrics')
  const operationOf = (method: string, url: string) => spec.paths[openapiPath(url)]?.[method.toLowerCase()]
  const bodyOf = (method: string, url: string): Schema | undefined => {
    const ref = operationOf(method, url)?.requestBody?.content?.['application/json']?.schema?.$ref as string | undefined
    const title = ref?.split('/').pop()
    return [...schemas.values()].find((s) => s.title === title)
  }
  const tokenFor = fc.constantFrom(tokens.portal, tokens.agencyBCA, tokens.admin, tokens.auditor, 'dev-portal-hni-token', 'bad-token')
  const pathValue = fc.oneof(plausibleStrings, fc.string({ maxLength: 20 }).map(encodeURIComponent), fc.integer().map(String))
  const runsPerRoute = Math.ceil(10_000 / routes.length)
  // A portal the fuzzer never speaks for prefills the same subject throughout; its answers must not change.
  const cleanAnswer = async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth('dev-portal-hcm-token'), payload: { procedure: '1.001978', subject: { type: 'citizen', id: citizenId(11) }, deadlineMs: 10_000 } })
    return `${res.statusCode} ${JSON.stringify(Object.entries(res.json().fields ?? {}).map(([pointer, f]: [string, any]) => [pointer, f.status, f.value]))}`
  }
  const expected = await cleanAnswer()
  const cleanAnswers: string[] = []
  const fuzzing = { done: false }
  const cleanClient = (async () => { while (!fuzzing.done) { cleanAnswers.push(await cleanAnswer()); await new Promise((resolve) => setTimeout(resolve, 20)) } })()
  let requests = 0
  for (const route of routes) {
    const body = route.method === 'GET' ? fc.constant(undefined) : fc.oneof({ weight: 3, arbitrary: arbitraryFor(bodyOf(route.method, route.url)) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) }, { weight: 1, arbitrary: deeplyNested })
    const query = fc.dictionary(fc.constantFrom('version', 'limit', 'cursor', 'from', 'to', 'format', 'subjectId', 'treeSize', 'x'), fc.oneof(plausibleStrings, fc.string({ maxLength: 10 })), { maxKeys: 3 })
    // The contract itself is not in the contract.
    const declared = route.url === '/openapi.json' ? undefined : operationOf(route.method, route.url).responses
    await fc.assert(fc.asyncProperty(tokenFor, pathValue, query, body, async (token, param, q, payload) => {
      requests++
      const url = route.url.replace(/:(\w+)|\*$/g, () => param || 'x') + '?' + new URLSearchParams(q as Record<string, string>).toString()
      const res = await app.inject({ method: route.method as 'GET', url, headers: auth(token), ...(payload === undefined ? {} : { payload: payload instanceof RawJson ? payload.text : JSON.stringify(payload), headers: { ...auth(token), 'content-type': 'application/json' } }) })
      if (res.statusCode >= 500) throw new Error(`${route.method} ${url} → ${res.statusCode} ${res.body.slice(0, 300)}`)
      if (res.statusCode >= 400) {
        const code = res.json().code as string
        if (!/^GW_[A-Z_]+$/.test(code)) throw new Error(`${route.method} ${url} → ${res.statusCode} without a stable code: ${res.body.slice(0, 200)}`)
      }
      // A path value with a slash reaches no route at all (GW_NOT_FOUND): not this route's answer.
      if (declared && !declared[res.statusCode] && res.json().code !== 'GW_NOT_FOUND') throw new Error(`${route.method} ${url} → ${res.statusCode}, which its contract does not declare: ${res.body.slice(0, 200)}`)
    }), { numRuns: runsPerRoute, seed: 20261122 })
  }
  fuzzing.done = true
  await cleanClient
  t.ok(requests >= 10_000, `${requests} requests over ${routes.length} routes`)
  t.ok(expected.startsWith('200 '), 'the clean client is answered')
  t.ok(cleanAnswers.length >= 20, `${cleanAnswers.length} clean prefills meanwhile`)
  t.same([...new Set(cleanAnswers.filter((a) => a !== expected))].map((a) => a.slice(0, 400)), [], `each the same as before the fuzzing (${expected.slice(0, 200)})`)
  t.same(Object.getPrototypeOf({}), Object.prototype, 'no prototype was polluted')
  t.equal(({} as Record<string, unknown>).polluted, undefined)
})
