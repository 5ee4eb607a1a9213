// Admits every request: counts it against its client's rate limit (its address's, for public routes and
// unknown credentials), authenticates it and enforces the roles each route declares in `config.roles`. A
// client is its certificate (mTLS with the gateway's CA, not expired, not revoked) or, where allowed, a bearer
// token; a disabled client is neither. While Redis is down, nothing is counted or limited.
//
// A route that reads Redis keys ahead (`config.readAhead`, from its body) is admitted once its body is
// parsed, in the same round trip as those reads, when its credential already names a client this instance
// knows with a role the route accepts; otherwise as it arrives, like any other. Until then nothing runs but
// the body's parsing and validation, and the error handler admits the request before it answers one of their
// refusals: what a client sees first is still what its credential and count say.
import { readFile } from 'node:fs/promises'
import type { TLSSocket } from 'node:tls'
import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AuthInvalid, AuthMissing, CertInvalid, CertRevoked, CertUnknownClient, ClientDisabled, RateLimited, RoleForbidden } from '../errors.ts'
import { Admission, type Admitted } from './admission.ts'
import { ClientDirectory, type Client, type Role } from './clients.ts'
import { crlFile } from './crl-file.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Roles allowed to call the route; absent means the route is public. */
    roles?: Role[]
    /** Redis keys to read with the admission, from the validated request; never throws (none when it cannot name them). */
    readAhead?: (request: FastifyRequest) => string[]
  }
  interface FastifyRequest {
    client: Client | null
    /** The client's role that the route admitted it by (what its audit entries record). */
    role: Role | null
    /** What the admission read for `config.readAhead` (null until it is admitted, and while Redis is down). */
    readAhead: Map<string, Buffer | null> | null
    /** The admission (without reads), while it waits for the body: the error handler runs it before refusing the body. */
    pendingAdmission: (() => Promise<void>) | null
  }
  // Two decorators: the clients, and the roles every route admits, which only this plugin sees as routes are added.
  interface FastifyInstance {
    clients: ClientDirectory
    /** Every route with the roles it accepts (none: public), for the authorisation matrix. */
    routeRoles: Array<{ method: string, url: string, roles?: Role[] }>
  }
}

interface AuthOptions {
  clients: ClientDirectory
  bearer: boolean
  /** Serial numbers of revoked certificates, lower-case hex. */
  revoked: () => Promise<Set<string>>
}

async function certificateClient (request: FastifyRequest, opts: AuthOptions): Promise<Client | undefined> {
  const socket = request.raw.socket as TLSSocket
  if (typeof socket.getPeerCertificate !== 'function') return undefined
  const peer = socket.getPeerCertificate()
  if (!peer || Object.keys(peer).length === 0) return undefined
  if (!socket.authorized) throw new CertInvalid(String(socket.authorizationError ?? 'not signed by the gateway CA'))
  if ((await opts.revoked()).has(peer.serialNumber.toLowerCase())) throw new CertRevoked()
  const client = opts.clients.byId(String(peer.subject.CN))
  if (!client || (client.agency && peer.subject.O && peer.subject.O !== client.agency)) throw new CertUnknownClient()
  if (client.disabledAt) throw new ClientDisabled()
  return client
}

const bearerToken = (request: FastifyRequest): string | undefined => /^Bearer ([\x21-\x7e]{8,512})$/.exec(request.headers.authorization ?? '')?.[1]

function bearerClient (request: FastifyRequest, opts: AuthOptions): Client | undefined {
  if (!request.headers.authorization || !opts.bearer) return undefined
  const token = bearerToken(request)
  const client = token ? opts.clients.byToken(token) : undefined
  if (!client) throw new AuthInvalid()
  if (client.disabledAt) throw new ClientDisabled()
  return client
}

/** The rate limit's headers on every counted answer; past the limit, 429 until the window ends. */
function limit (reply: FastifyReply, { count, resetMs }: Admitted, max: number): void {
  const resetSeconds = Math.ceil(resetMs / 1000)
  reply.header('x-ratelimit-limit', max).header('x-ratelimit-remaining', Math.max(0, max - count)).header('x-ratelimit-reset', resetSeconds)
  if (count <= max) return
  reply.header('retry-after', resetSeconds)
  throw new RateLimited(`${resetSeconds} s`)
}

async function authPlugin (app: FastifyInstance, { now }: { now: () => number }) {
  const { config } = app
  const ca = config.tls?.caKeyFile ? { certPem: await readFile(config.tls.caFile, 'utf8'), keyPem: await readFile(config.tls.caKeyFile, 'utf8') } : undefined
  const signal = { redis: app.redis, key: `${config.redisPrefix}clients:revision` }
  const clients = await ClientDirectory.open({ store: app.store, signal, ca, agencies: app.agencies, production: config.env === 'production' }, config.clientsFile)
  const opts: AuthOptions = { clients, bearer: config.authBearer, revoked: crlFile(config.tls, now) }
  const admission = new Admission({ redis: app.redis, countPrefix: `${config.redisPrefix}rate:`, revisionKey: signal.key, windowMs: 60_000, limit: config.rateLimitPerMinute })
  /**
   * Until when a client whose admission waited for its body was past its limit, by count key: its next
   * requests are admitted as they arrive, so that a client over its limit does not have its bodies read.
   */
  const limitedUntil = new Map<string, number>()
  /**
   * Whom a request is counted against: the client its credential names among the clients as this instance
   * knows them before the request's revision is read (a client it does not know yet is counted by address
   * this once), or its address. Only a certificate the gateway's CA signed names a client: anyone can make one
   * that names another client, and use up its requests.
   */
  const countKey = (request: FastifyRequest, roles: Role[] | undefined): string => {
    if (!roles) return request.ip
    const socket = request.raw.socket as TLSSocket
    const peer = socket.authorized ? socket.getPeerCertificate() : undefined
    const token = opts.bearer ? bearerToken(request) : undefined
    return (peer?.subject ? String(peer.subject.CN) : token ? clients.byToken(token)?.id : undefined) ?? request.ip
  }
  app.decorate('clients', opts.clients)
  app.decorate('routeRoles', [])
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.routeRoles.push({ method, url: route.url, roles: (route.config as { roles?: Role[] } | undefined)?.roles })
    }
  })
  app.decorateRequest('client', null)
  app.decorateRequest('role', null)
  app.decorateRequest('readAhead', null)
  app.decorateRequest('pendingAdmission', null)
  const authenticate = async (request: FastifyRequest, roles: Role[]) => {
    request.client = null
    request.role = null
    const client = await certificateClient(request, opts) ?? bearerClient(request, opts)
    if (!client) throw new AuthMissing()
    request.client = client
    request.role = client.roles.find((role) => roles.includes(role)) ?? null
    if (!request.role) throw new RoleForbidden(client.roles.join(','))
  }
  // The keys are read before the revision says whether the client still passes: what is read for a client
  // refused then is dropped with the request.
  const admit = async (request: FastifyRequest, reply: FastifyReply, readAhead?: (request: FastifyRequest) => string[]) => {
    const waitedForBody = request.pendingAdmission !== null
    request.pendingAdmission = null
    const roles = request.routeOptions.config.roles
    const key = countKey(request, roles)
    const admitted = await admission.admit(key, readAhead?.(request))
    if (admitted) {
      await opts.clients.observe(admitted.revision)
      if (waitedForBody && admitted.count > config.rateLimitPerMinute) limitedUntil.set(key, Date.now() + admitted.resetMs)
      limit(reply, admitted, config.rateLimitPerMinute)
      request.readAhead = admitted.reads
    }
    if (roles) await authenticate(request, roles)
  }
  const pastLimit = (key: string) => {
    if ((limitedUntil.get(key) ?? 0) > Date.now()) return true
    limitedUntil.delete(key)
    return false
  }
  app.addHook('onRequest', async (request, reply) => {
    const { roles, readAhead } = request.routeOptions.config
    // Whether the credential would pass as the clients stand here; the admission, with the revision, decides.
    const known = roles && readAhead && await authenticate(request, roles).then(() => true, () => false)
    if (known && !pastLimit(countKey(request, roles))) request.pendingAdmission = () => admit(request, reply)
    else await admit(request, reply)
  })
  app.addHook('preHandler', async (request, reply) => {
    if (request.pendingAdmission) await admit(request, reply, request.routeOptions.config.readAhead)
  })
}

export default fp(authPlugin, { name: 'gateway-auth', fastify: '5.x', dependencies: ['gateway-agencies', 'gateway-store', 'gateway-redis'] })
