// The Fastify server itself, from the configuration: logging without personal data, request ids, limits on
// what one request may carry, the JSON-only error answers of the HTTP layer, and TLS with client certificates.
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { AjvCompiler } from '@fastify/ajv-compiler'
import { LogController, type FastifyHttpOptions, type FastifyReply, type FastifyRequest } from 'fastify'
import type { Server } from 'node:http'
import type { GatewayConfig } from '../config.ts'
import { answerError, clientErrorHandler } from './error-handler.ts'
import { setSecurityHeaders } from './security-headers.ts'

/** Masks what could be a personal identification number or an enterprise code in a logged path. */
const redactIds = (path: string) => path.replace(/\d{9,}(-\d{3})?/g, '[id]')

/** One log line per request, written when it is answered, instead of Fastify's two. */
class OneLinePerRequest extends LogController {
  incomingRequest () {}

  requestCompleted (error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    const line = { req: request, res: reply, responseTime: Math.round(reply.elapsedTime) }
    if (error) reply.log.error({ ...line, err: error }, 'request errored')
    else reply.log.info(line, 'request completed')
  }
}

/** What one request may carry; the JSON schemas bound each field further. */
const limits = { bodyBytes: 1024 * 1024, headerBytes: 8 * 1024 }

const ajvOptions = { customOptions: { removeAdditional: false, allErrors: true, discriminator: true } } as const
const validatorPool = AjvCompiler()

/**
 * Bodies are JSON and are taken as typed: "500" is not 500. Query strings and path parameters are text,
 * read as the types their schemas say.
 */
const buildValidator: typeof validatorPool = (externalSchemas, options) => {
  const coercing = validatorPool(externalSchemas, options)
  const strict = validatorPool(externalSchemas, { customOptions: { ...ajvOptions.customOptions, coerceTypes: false } })
  return (route) => route.httpPart === 'body' ? strict(route) : coercing(route)
}

export async function serverOptions (config: GatewayConfig, logStream?: NodeJS.WritableStream): Promise<FastifyHttpOptions<Server>> {
  // Node looks for requests past their time every 30 s unless told, and bounds a request by the longer of
  // headersTimeout (60 s) and requestTimeout: check each second, and keep the headers within the request's time.
  const nodeServer = { maxHeaderSize: limits.headerBytes, connectionsCheckingInterval: 1000, headersTimeout: Math.min(60_000, config.requestTimeoutMs || 60_000) }
  return {
    logger: {
      level: config.logLevel,
      ...(logStream ? { stream: logStream } : {}),
      // Subject ids and record values never reach a log line: request lines carry the path without its query
      // and with long digit runs (ids, enterprise codes) masked; bodies are never logged.
      serializers: {
        req: (request: { method: string, url: string, hostname?: string, ip?: string }) =>
          ({ method: request.method, url: redactIds(request.url.split('?')[0]), hostname: request.hostname, remoteAddress: request.ip })
      },
      // ioredis keeps a failed command's arguments on its error (`command.args`): for AUTH, a password.
      redact: { paths: ['req.headers.authorization', '*.subject.id', '*.record', '*.value', '*.values', '*.command.args', '*.cause.command.args'], censor: '[redacted]' }
    },
    genReqId: () => randomUUID(),
    // Room for a busy machine: plugins compile the registry and reach Redis at start. (The store, whose first
    // start runs initdb, opens before any plugin: see app.ts.)
    pluginTimeout: 120_000,
    logController: new OneLinePerRequest(),
    bodyLimit: limits.bodyBytes,
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.connectionTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    http: nodeServer,
    clientErrorHandler: clientErrorHandler(limits.headerBytes),
    ajv: ajvOptions,
    schemaController: { compilersFactory: { buildValidator } },
    // Before any route and its hooks: the answer gets the security headers here.
    frameworkErrors: (err, request, reply) => {
      setSecurityHeaders(request.raw, reply.raw)
      answerError(err, request, reply)
    },
    // Client certificates are asked for but judged by the auth hook, which answers with a stable code.
    ...(config.tls ? { https: { ...nodeServer, key: await readFile(config.tls.keyFile), cert: await readFile(config.tls.certFile), ca: await readFile(config.tls.caFile), requestCert: true, rejectUnauthorized: false } } : {})
  }
}
