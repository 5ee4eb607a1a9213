// The clients the gateway knows, from the clients file. Tokens are compared by SHA-256, never kept in clear.
import { hash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import clientsFileSchema from '../../schemas/clients-file.json' with { type: 'json' }
import roleSchema from '../../schemas/role.json' with { type: 'json' }
import type { ClientsFile, Role } from '../generated/types.ts'

export type { Role }
export type Client = Omit<ClientsFile['clients'][number], 'tokenSha256'>

const validate = new Ajv({ allErrors: true, schemas: [roleSchema] }).compile<ClientsFile>(clientsFileSchema)

export const tokenHash = (token: string): string => hash('sha256', token, 'hex')

export class ClientDirectory {
  #byTokenHash: Map<string, Client>
  #byId: Map<string, Client>

  constructor (file: ClientsFile) {
    this.#byTokenHash = new Map(file.clients.map(({ tokenSha256, ...client }) => [tokenSha256, client]))
    this.#byId = new Map([...this.#byTokenHash.values()].map((client) => [client.id, client]))
  }

  static async load (path: string, env: string): Promise<ClientDirectory> {
    const file: unknown = parse(await readFile(path, 'utf8'))
    if (!validate(file)) throw new Error(`${path}: ` + validate.errors!.map((e) => `${e.instancePath} ${e.message}`).join('; '))
    if (file.development && env === 'production') throw new Error(`${path} holds development clients; refusing to start with NODE_ENV=production`)
    return new ClientDirectory(file)
  }

  byToken (token: string): Client | undefined {
    return this.#byTokenHash.get(tokenHash(token))
  }

  byId (id: string): Client | undefined {
    return this.#byId.get(id)
  }
}
