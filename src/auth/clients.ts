// The clients the gateway knows, from the clients file. Tokens are compared by SHA-256, never kept in clear.
import { hash } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import clientsFileSchema from '../../schemas/clients-file.json' with { type: 'json' }
import roleSchema from '../../schemas/role.json' with { type: 'json' }
import type { ClientsFile, Role } from '../generated/types.ts'
import { createAjv } from '../validation/ajv.ts'
import { checker, loadValidatedFile } from '../validation/validated-file.ts'

export type { Role }
export type Client = Omit<ClientsFile['clients'][number], 'tokenSha256'>

const check = checker<ClientsFile>(clientsFileSchema, { ajv: createAjv({ schemas: [roleSchema] }) })

export const tokenHash = (token: string): string => hash('sha256', token, 'hex')

// The development clients' tokens are in the README and their assertion key's private half in the repository:
// a production client holding either could be anyone, whatever its file says about development.
const developmentFile = fileURLToPath(new URL('../../config/dev/clients.yaml', import.meta.url))
const credentials = ({ tokenSha256, assertionKey }: ClientsFile['clients'][number]) => [tokenSha256, ...assertionKey ? [`${assertionKey.x}.${assertionKey.y}`] : []]

async function refuseDevelopmentCredentials (file: ClientsFile, path: string): Promise<void> {
  const published = new Set((await loadValidatedFile(check, developmentFile)).clients.flatMap(credentials))
  const exposed = file.clients.filter((client) => credentials(client).some((c) => published.has(c)))
  if (exposed.length) throw new Error(`${path}: ${exposed.map((c) => c.id).join(', ')} hold a published development token or assertion key; refusing to start with NODE_ENV=production`)
}

export class ClientDirectory {
  #byTokenHash: Map<string, Client>
  #byId: Map<string, Client>

  constructor (file: ClientsFile) {
    this.#byTokenHash = new Map(file.clients.map(({ tokenSha256, ...client }) => [tokenSha256, client]))
    this.#byId = new Map([...this.#byTokenHash.values()].map((client) => [client.id, client]))
  }

  static async load (path: string, env: string): Promise<ClientDirectory> {
    const file = await loadValidatedFile(check, path)
    // A repeated id or token would silently shadow the other client (one placeholder hash for every
    // certificate-only client, say), so that it could not get in, or got in as the other.
    for (const key of ['id', 'tokenSha256'] as const) {
      const repeated = file.clients.map((c) => c[key]).filter((value, i, all) => all.indexOf(value) !== i)
      if (repeated.length) throw new Error(`${path}: more than one client has the ${key} ${[...new Set(repeated)].join(', ')}`)
    }
    if (env === 'production') {
      if (file.development) throw new Error(`${path} holds development clients; refusing to start with NODE_ENV=production`)
      await refuseDevelopmentCredentials(file, path)
    }
    return new ClientDirectory(file)
  }

  byToken (token: string): Client | undefined {
    return this.#byTokenHash.get(tokenHash(token))
  }

  byId (id: string): Client | undefined {
    return this.#byId.get(id)
  }

  list (): Client[] {
    return [...this.#byId.values()]
  }
}
