// Every error leaves as application/json with a stable GW_ code and the request id; a client's mistake is
// never a 5xx, and a 5xx never shows its internals.
import fp from 'fastify-plugin'
import type { ErrorObject } from 'ajv'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import { problemsOf } from '../validation/ajv.ts'
import { securityHeaderLines } from './security-headers.ts'
import { BadRequest, BadUrl, BodyInvalidJson, BodyTooLarge, HeadersTooLarge, Internal, MalformedHttp, MediaTypeUnsupported, RequestTimeout, NotFound, UriTooLong, ValidationFailed, type Problem } from '../errors.ts'

const fastifyCodes: Record<string, () => FastifyError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => new BodyTooLarge(),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new MediaTypeUnsupported(),
  FST_ERR_CTP_INVALID_JSON_BODY: () => new BodyInvalidJson(),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new BodyInvalidJson(),
  FST_ERR_BAD_URL: () => new BadUrl(),
  FST_ERR_MAX_PARAM_LENGTH: () => new UriTooLong()
}

function toGatewayError (err: FastifyError & { problems?: Problem[] }): FastifyError & { problems?: Problem[] } {
  if (err.validation) {
    const problems = problemsOf(err.validation as ErrorObject[], err.validationContext)
    return Object.assign(new ValidationFailed(problems.map((p) => `${p.path} ${p.message}`).join('; ')), { problems })
  }
  if (err.code?.startsWith('GW_')) return err
  const mapped = fastifyCodes[err.code]
  if (mapped) return mapped()
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return new BadRequest(err.message)
  return new Internal()
}

/**
 * Fastify's error handler. A request whose admission waits for its body (auth-plugin.ts) is admitted first: a
 * refusal of its credential or count comes before one of its body.
 */
async function sendError (err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (request.pendingAdmission) err = await request.pendingAdmission().then(() => err, (refused: FastifyError) => refused)
  // Returned, so that Fastify waits for this answer to leave rather than sending one of its own meanwhile.
  return answerError(err, request, reply)
}

/** The answer to an error; also Fastify's `frameworkErrors`: errors the router raises before any route runs. */
export function answerError (err: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const answer = toGatewayError(err)
  const statusCode = answer.statusCode ?? 500
  if (statusCode >= 500) {
    // A refusal the gateway chose (overloaded, a stale CRL) is expected and can come in floods: one short
    // line. A failure (a cause below it, or nothing the gateway named) is logged whole, with its stack.
    if (answer === err && !err.cause) request.log.warn({ code: answer.code }, 'request refused')
    else request.log.error({ err }, 'request failed')
  }
  return reply.code(statusCode).type('application/json').send({
    statusCode,
    code: answer.code,
    error: STATUS_CODES[statusCode] ?? 'Error',
    message: answer.message,
    requestId: request.id,
    ...(answer.problems ? { problems: answer.problems } : {})
  })
}

/**
 * Fastify's `clientErrorHandler`: what Node's HTTP parser refuses before there is a request (headers over the
 * limit, a request that never finished arriving, bytes that are not HTTP) still gets a stable GW_ code.
 */
export function clientErrorHandler (maxHeaderBytes: number) {
  return function (err: Error & { code?: string }, socket: Socket) {
    if (err.code === 'ECONNRESET' || socket.destroyed) return
    const answer = err.code === 'HPE_HEADER_OVERFLOW'
      ? new HeadersTooLarge(maxHeaderBytes)
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? new RequestTimeout() : new MalformedHttp()
    const body = JSON.stringify({ statusCode: answer.statusCode, code: answer.code, error: STATUS_CODES[answer.statusCode!], message: answer.message })
    if (socket.writable) {
      socket.write(`HTTP/1.1 ${answer.statusCode} ${STATUS_CODES[answer.statusCode!]}\r\n${securityHeaderLines}Content-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${body}`)
    }
    socket.destroy(err)
  }
}

export default fp(async (app: FastifyInstance) => {
  app.setErrorHandler(sendError)
  app.setNotFoundHandler((request) => { throw new NotFound(request.method, request.url.split('?')[0]) })
}, { name: 'gateway-errors', fastify: '5.x' })
