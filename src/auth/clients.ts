// The clients the gateway knows, from the clients file. Tokens are compared by SHA-256, never kept in clear.
import { hash } from 'node:crypto'
import clientsFileSchema from '../../schemas/clients-file.json' with { type: 'json' }
import roleSchema from '../../schemas/role.json' with { type: 'json' }
import type { ClientsFile, Role } from '../generated/types.ts'
import { createAjv } from '../validation/ajv.ts'
import { checker, loadValidatedFile } from '../validation/validated-file.ts'

export type { Role }
export type Client = Omit<ClientsFile['clients'][number], 'tokenSha256'>

const check = checker<ClientsFile>(clientsFileSchema, { ajv: createAjv({ schemas: [roleSchema] }) })

export const tokenHash = (token: string): string => hash('sha256', token, 'hex')

export class ClientDirectory {
  #byTokenHash: Map<string, Client>
  #byId: Map<string, Client>

  constructor (file: ClientsFile) {
    this.#byTokenHash = new Map(file.clients.map(({ tokenSha256, ...client }) => [tokenSha256, client]))
    this.#byId = new Map([...this.#byTokenHash.values()].map((client) => [client.id, client]))
  }

  static async load (path: string, env: string): Promise<ClientDirectory> {
    const file = await loadValidatedFile(check, path)
    if (file.development && env === 'production') throw new Error(`${path} holds development clients; refusing to start with NODE_ENV=production`)
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
