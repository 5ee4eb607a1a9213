// The clients the gateway knows. The clients file seeds them; the store holds them, and an admin adds and
// disables clients at run time. Tokens are compared by SHA-256, never kept in clear. Every instance reads the
// clients again as soon as any of them changes one (a revision counter in Redis, read at each request: see
// admission.ts).
import { hash, randomBytes } from 'node:crypto'
import type { Redis } from 'ioredis'
import { calculateJwkThumbprint, importJWK } from 'jose'
import clientsFileSchema from '../../schemas/clients-file.json' with { type: 'json' }
import roleSchema from '../../schemas/role.json' with { type: 'json' }
import { AgencyUnknown, AssertionKeyInvalid, CaKeyMissing, ClientExists, ClientUnknown, CsrInvalid } from '../errors.ts'
import type { AssertionKey, ClientCreate, ClientCreated, ClientsFile, ClientView, Role } from '../generated/types.ts'
import type { Store } from '../store/store.ts'
import { createAjv } from '../validation/ajv.ts'
import { checker, loadValidatedFile } from '../validation/validated-file.ts'
import { publishedDevelopmentCredentials } from './development-credentials.ts'
import { signCsr, type CertificateAuthority } from './pki.ts'

export type { Role }
export type Client = ClientView

const check = checker<ClientsFile>(clientsFileSchema, { ajv: createAjv({ schemas: [roleSchema] }) })

export const tokenHash = (token: string): string => hash('sha256', token, 'hex')

/** What identifies a client to the gateway besides its certificate: its token's hash and its assertion key. */
const credentials = ({ tokenSha256, assertionKey }: { tokenSha256?: string | null, assertionKey?: { x: string, y: string } }) =>
  [...tokenSha256 ? [tokenSha256] : [], ...assertionKey ? [`${assertionKey.x}.${assertionKey.y}`] : []]

/** Whether the key is the development portal's, whose private half is in the repository. */
const isPublishedAssertionKey = (key: { x: string, y: string }): boolean => publishedDevelopmentCredentials.has(`${key.x}.${key.y}`)

// The development clients' tokens are in the README and their assertion key's private half in the repository:
// a production client holding either could be anyone, whatever its file says about development.
function refuseDevelopmentCredentials (clients: Array<{ id: string, tokenSha256?: string | null, assertionKey?: { x: string, y: string } }>, where: string) {
  const exposed = clients.filter((client) => credentials(client).some((c) => publishedDevelopmentCredentials.has(c)))
  if (exposed.length) throw new Error(`${where}: ${exposed.map((c) => c.id).join(', ')} hold a published development token or assertion key; refusing to start with NODE_ENV=production`)
}

interface ClientRow { id: string, name: string, roles: Client['roles'], agency: string | null, token_sha256: string | null, assertion_key: unknown, disabled_at: Date | string | null }

const json = (value: unknown) => typeof value === 'string' ? JSON.parse(value) : value

const clientOf = (row: ClientRow): Client => ({
  id: row.id,
  name: row.name,
  roles: row.roles,
  ...row.agency ? { agency: row.agency } : {},
  ...row.assertion_key ? { assertionKey: json(row.assertion_key) } : {},
  ...row.disabled_at ? { disabledAt: new Date(row.disabled_at).toISOString() } : {}
})

/** Where the instances meet: the revision counter every change increments (and admission reads). */
export interface ClientSignal { redis: Redis, key: string }

/** What the directory is opened with: the store, the instances' signal, and the CA that signs new clients' CSRs, if this gateway holds its key. */
export interface DirectoryDeps { store: Store, signal: ClientSignal, ca?: CertificateAuthority, agencies: { has: (code: string) => boolean }, production: boolean }

export class ClientDirectory {
  #store: Store
  #signal: ClientSignal
  #ca: CertificateAuthority | undefined
  #agencies: DirectoryDeps['agencies']
  #production: boolean
  #byTokenHash = new Map<string, Client>()
  #byId = new Map<string, Client>()
  /** The last revision counter read; a higher one means another instance changed a client. */
  #seen = 0
  #reading: Promise<void> = Promise.resolve()

  constructor (deps: DirectoryDeps) {
    this.#store = deps.store
    this.#signal = deps.signal
    this.#ca = deps.ca
    this.#agencies = deps.agencies
    this.#production = deps.production
  }

  /** Seeds the store with the file's clients that it lacks (the store is the truth for the others), then reads them all. */
  static async open (deps: DirectoryDeps, path: string): Promise<ClientDirectory> {
    const file = await loadValidatedFile(check, path)
    // A repeated id or token would silently shadow the other client (one placeholder hash for every
    // certificate-only client, say), so that it could not get in, or got in as the other.
    for (const key of ['id', 'tokenSha256'] as const) {
      const repeated = file.clients.map((c) => c[key]).filter((value, i, all) => all.indexOf(value) !== i)
      if (repeated.length) throw new Error(`${path}: more than one client has the ${key} ${[...new Set(repeated)].join(', ')}`)
    }
    if (deps.production) {
      if (file.development) throw new Error(`${path} holds development clients; refusing to start with NODE_ENV=production`)
      refuseDevelopmentCredentials(file.clients, path)
    }
    // A client of an agency the tree does not know would register and publish under a name no one can trace.
    const stray = file.clients.filter((c) => c.agency !== undefined && !deps.agencies.has(c.agency))
    if (stray.length) throw new Error(`${path}: ${stray.map((c) => `client ${c.id} names agency ${c.agency}`).join(', ')}, not in the agency tree`)
    const { store } = deps
    await store.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['clients'])
      for (const c of file.clients) {
        await tx.query(`INSERT INTO clients (id, name, roles, agency, token_sha256, assertion_key, created_by) VALUES ($1, $2, $3, $4, $5, $6, 'seed')
          ON CONFLICT DO NOTHING`, [c.id, c.name, c.roles, c.agency ?? null, c.tokenSha256, c.assertionKey ? JSON.stringify(c.assertionKey) : null])
      }
    })
    const directory = new ClientDirectory(deps)
    await directory.#read()
    if (deps.production) {
      const { rows } = await store.query<ClientRow>('SELECT * FROM clients WHERE disabled_at IS NULL')
      refuseDevelopmentCredentials(rows.map((r) => ({ id: r.id, tokenSha256: r.token_sha256, assertionKey: json(r.assertion_key) ?? undefined })), 'the store')
    }
    return directory
  }

  async #read (): Promise<void> {
    const seen = await this.#counter()
    const { rows } = await this.#store.query<ClientRow>('SELECT id, name, roles, agency, token_sha256, assertion_key, disabled_at FROM clients')
    const clients = rows.map((row) => [row.token_sha256, clientOf(row)] as const)
    this.#byTokenHash = new Map(clients.filter(([token]) => token !== null) as Array<[string, Client]>)
    this.#byId = new Map(clients.map(([, client]) => [client.id, client]))
    // The counter as read, not the highest seen: a Redis that lost it (a restart, a flush) counts again from 1.
    if (seen !== undefined) this.#seen = seen
  }

  /** The revision counter, or undefined while Redis is down (the registry refresh then reads the store every few seconds). */
  async #counter (): Promise<number | undefined> {
    return this.#signal.redis.get(this.#signal.key).then(Number, () => undefined)
  }

  /**
   * Reads the clients again if the revision counter, read for a request after it arrived, says another
   * instance changed one since: a disabled client is refused at once everywhere.
   */
  async observe (revision: number): Promise<void> {
    if (revision === this.#seen) return
    this.#reading = this.#next(() => revision !== this.#seen ? this.#read() : undefined)
    await this.#reading
  }

  /** Reads the clients again (the registry refresh, when the store says they changed). */
  reload (): Promise<void> {
    this.#reading = this.#next(() => this.#read())
    return this.#reading
  }

  /** Reads one after another; a read that failed (a store blip) fails its own callers, never the next read. */
  #next (read: () => Promise<void> | undefined): Promise<void> {
    return this.#reading.catch(() => {}).then(read)
  }

  /**
   * After a change is committed: this instance reads it, and tells the others. A read that fails now is not the
   * request's failure (the change is stored; a token shown once must reach its client): the next request or
   * the registry refresh reads again.
   */
  async #changed (): Promise<void> {
    await this.#signal.redis.incr(this.#signal.key).catch(() => {})
    await this.reload().catch(() => {})
  }

  /**
   * A new client with its credential: a random bearer token, shown this once (only its SHA-256 is kept), or,
   * for a CSR, a certificate of the gateway's CA naming the client (CN) and its agency (O).
   */
  async create (input: ClientCreate, createdBy: string): Promise<ClientCreated> {
    const { csr, ...client } = input
    if (client.agency !== undefined && !this.#agencies.has(client.agency)) throw new AgencyUnknown(client.agency)
    let certificate: ClientCreated['certificate']
    let token: string | undefined
    if (csr !== undefined) {
      if (!this.#ca) throw new CaKeyMissing()
      try {
        const issued = signCsr(this.#ca, csr, { commonName: client.id, organisation: client.agency })
        certificate = { pem: issued.certPem, serial: issued.serial }
      } catch (err) {
        throw new CsrInvalid((err as Error).message)
      }
    } else {
      token = randomBytes(32).toString('base64url')
    }
    const { rows } = await this.#store.query<ClientRow>(`INSERT INTO clients (id, name, roles, agency, token_sha256, created_by) VALUES ($1, $2, $3, $4, $5, $6)
      ON CONFLICT DO NOTHING RETURNING *`, [client.id, client.name, client.roles, client.agency ?? null, token ? tokenHash(token) : null, createdBy])
    if (!rows.length) throw new ClientExists(client.id)
    await this.#changed()
    return { client: clientOf(rows[0]), ...token ? { token } : {}, ...certificate ? { certificate } : {} }
  }

  /** Disables the client for good: its token and certificates are refused from now on, its id is never reused. */
  async disable (id: string): Promise<Client> {
    const { rows } = await this.#store.query<ClientRow>(`UPDATE clients SET disabled_at = coalesce(disabled_at, now()), revision = nextval('clients_revision')
      WHERE id = $1 RETURNING *`, [id])
    if (!rows.length) throw new ClientUnknown(id)
    await this.#changed()
    return clientOf(rows[0])
  }

  /** A portal's own assertion key, after checking that it is a public P-256 key; answers its RFC 7638 thumbprint for the log. */
  async setAssertionKey (id: string, key: AssertionKey & { d?: unknown }): Promise<{ client: Client, thumbprint: string }> {
    // A private key sent here would have left the portal: it must be replaced, not registered.
    if (key.d !== undefined) throw new AssertionKeyInvalid('it holds the private part (d); send the public key only, and make a new key pair')
    const jwk = { kty: key.kty, crv: key.crv, x: key.x, y: key.y }
    try {
      await importJWK({ ...jwk, alg: 'ES256' }, 'ES256')
    } catch {
      throw new AssertionKeyInvalid('x and y are not a point of P-256')
    }
    if (this.#production && isPublishedAssertionKey(jwk)) throw new AssertionKeyInvalid('it is the development portal\'s key, whose private part is published')
    const { rows } = await this.#store.query<ClientRow>(`UPDATE clients SET assertion_key = $2, revision = nextval('clients_revision')
      WHERE id = $1 RETURNING *`, [id, JSON.stringify(jwk)])
    if (!rows.length) throw new ClientUnknown(id)
    await this.#changed()
    return { client: clientOf(rows[0]), thumbprint: await calculateJwkThumbprint(jwk) }
  }

  byToken (token: string): Client | undefined {
    return this.#byTokenHash.get(tokenHash(token))
  }

  byId (id: string): Client | undefined {
    return this.#byId.get(id)
  }

  list (): Client[] {
    return [...this.#byId.values()].sort((a, b) => a.id.localeCompare(b.id))
  }
}
