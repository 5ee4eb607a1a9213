// The HTTP conventions of every answer: the W3C trace id, the request id, draining on close, security
// headers, JSON only, and every schema of schemas/ by its $id for the routes to refer to.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { BodyTooDeep, TextUnstorable } from '../errors.ts'
import { pooledRandomBytes } from '../keys/random-pool.ts'
import { loadGatewaySchemas } from '../validation/ajv.ts'
import { isStorableText, jsonFlaw, maxJsonDepth, unstorableTextMessage } from '../validation/storable-json.ts'
import { setSecurityHeaders } from './security-headers.ts'

declare module 'fastify' {
  interface FastifyRequest { traceId: string, traceFlags: string }
}

/**
 * The caller's W3C trace (trace id and sampled flag) when its traceparent is valid, otherwise a new, sampled
 * one. Valid (Trace Context, level 1): version 00, and neither the trace id nor the parent id all zeros.
 */
function traceOf (traceparent: string | string[] | undefined): { id: string, flags: string } {
  const match = typeof traceparent === 'string' ? /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/.exec(traceparent) : null
  if (!match || /^0+$/.test(match[1]) || /^0+$/.test(match[2])) return { id: pooledRandomBytes(16).toString('hex'), flags: '01' }
  return { id: match[1], flags: (parseInt(match[3], 16) & 1) ? '01' : '00' }
}

/** Refuses a body nesting too deep or carrying text that cannot be stored, before any route or validator reads it. */
function refuseUnstorable (body: unknown) {
  const flaw = jsonFlaw(body)
  if (!flaw) return
  const problems = [{ path: `body${flaw.path}`, message: flaw.message }]
  throw Object.assign(flaw.kind === 'depth' ? new BodyTooDeep(maxJsonDepth) : new TextUnstorable(), { problems })
}

/** Query and path parameters are flat: strings, or arrays of strings for a repeated query parameter. */
function refuseUnstorableParameters (parameters: unknown, part: string) {
  for (const [name, value] of Object.entries(parameters ?? {})) {
    if ([value].flat().some((v) => typeof v === 'string' && !isStorableText(v))) {
      throw Object.assign(new TextUnstorable(), { problems: [{ path: `${part}/${name}`, message: unstorableTextMessage }] })
    }
  }
}

/** The configuration files' schemas are not part of the contract. */
const configSchemas = new Set(['config.json', 'clients-file.json', 'agencies-file.json', 'legal-bases-file.json'])

export default fp(async (app: FastifyInstance) => {
  // The API speaks JSON only; anything else is 415, not a string that fails validation.
  app.removeContentTypeParser('text/plain')
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parseJson(request, body as string, (err, value) => {
      if (err) return done(err)
      try {
        refuseUnstorable(value)
        done(null, value)
      } catch (flaw) {
        done(flaw as Error)
      }
    })
  })
  app.addHook('preValidation', async (request) => {
    refuseUnstorableParameters(request.params, 'params')
    refuseUnstorableParameters(request.query, 'querystring')
  })
  app.decorateRequest('traceId', '')
  app.decorateRequest('traceFlags', '')
  app.addHook('onRequest', async (request) => {
    const trace = traceOf(request.headers.traceparent)
    request.traceId = trace.id
    request.traceFlags = trace.flags
  })
  // Draining on close: answers given after close() began tell the client to drop the connection, so that
  // keep-alive connections end and close() completes once the requests in flight are answered.
  let closing = false
  app.addHook('preClose', async () => { closing = true })
  app.addHook('onSend', async (request, reply) => {
    if (closing) reply.header('connection', 'close')
    reply.header('x-request-id', request.id)
    reply.header('traceparent', `00-${request.traceId}-${pooledRandomBytes(8).toString('hex')}-${request.traceFlags}`)
  })
  for (const schema of loadGatewaySchemas()) if (!configSchemas.has(schema.$id)) app.addSchema(schema)
  app.addHook('onRequest', (request, reply, done) => {
    setSecurityHeaders(request.raw, reply.raw)
    done()
  })
}, { name: 'gateway-http', fastify: '5.x' })
