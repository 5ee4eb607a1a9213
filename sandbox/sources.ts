// The simulated national and sectoral databases, each a real HTTP server with fault knobs (added latency,
// error rate, malformed bodies, schema-violating records, another subject's record, down) for tests and
// benchmarks.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { citizen, citizenIndex, enterprise, enterpriseIndex, insured, judicialRecord, representedBy } from './subjects.ts'

export interface Faults {
  /** Milliseconds added before every answer. */
  latencyMs?: number
  /** Share of requests, 0 to 1, answered 500. */
  errorRate?: number
  /** Answer a body cut in the middle. */
  malformed?: boolean
  /** Answer a record that violates the source's schema. */
  invalidRecord?: boolean
  /** Reset every connection, as a crashed server would. */
  down?: boolean
  /** Answer the next this many requests 503, as a server restarting would. */
  failNext?: number
  /** Add to every object of a JSON answer a member `nested`: arrays nested this many levels deep (a hostile source). */
  nestedDepth?: number
  /** Follow every JSON answer with this many spaces: still JSON, but far larger than any record. */
  paddingBytes?: number
  /** Answer every request with this subject's record, as a source that mixes up its queries would. */
  answerFor?: string
  /** Answer 200 with an HTML page, as a login portal or proxy put in front of a source does. */
  htmlPage?: boolean
}

type Answer = { status: number, body: unknown, xml?: boolean }
type Handler = (path: string) => Answer | undefined

const notFound: Answer = { status: 404, body: { error: 'not found' } }
const tail = (path: string, prefix: string) => path.startsWith(prefix) ? decodeURIComponent(path.slice(prefix.length)) : undefined

const xmlEscape = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)

export const sourceHandlers: Record<string, Handler> = {
  // Population database (Cơ sở dữ liệu quốc gia về dân cư), Ministry of Public Security.
  population (path) {
    const id = tail(path, '/citizens/')
    if (id === undefined) return undefined
    const n = citizenIndex(id)
    return n === undefined ? notFound : { status: 200, body: { data: citizen(n) } }
  },
  // National enterprise registration database, Ministry of Finance.
  enterprise (path) {
    const code = tail(path, '/enterprises/')
    if (code !== undefined) {
      const found = enterpriseIndex(code)
      return found ? { status: 200, body: { enterprise: enterprise(found.k, found.branch) } } : notFound
    }
    const id = tail(path, '/representatives/')
    if (id === undefined) return undefined
    const n = citizenIndex(id)
    return n === undefined ? notFound : { status: 200, body: { personalId: id, enterprises: representedBy(n) } }
  },
  // Social insurance database, Vietnam Social Security.
  insurance (path) {
    const id = tail(path, '/insured/')
    if (id === undefined) return undefined
    const n = citizenIndex(id)
    const book = n === undefined ? undefined : insured(n)
    return book ? { status: 200, body: { result: book } } : notFound
  },
  // Judicial records database: answers XML, reached through a code adapter.
  judicial (path) {
    const id = tail(path, '/ly-lich/')
    if (id === undefined) return undefined
    const n = citizenIndex(id)
    if (n === undefined) return { status: 404, body: '<Loi>Không tìm thấy</Loi>', xml: true }
    const r = judicialRecord(n)
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<LyLichTuPhap><SoDinhDanh>${r.personalId}</SoDinhDanh><HoTen>${xmlEscape(r.fullName)}</HoTen>` +
      `<TinhTrangAnTich>${r.status}</TinhTrangAnTich><CamDamNhiemChucVu>${r.bannedFromPositions ? 'CO' : 'KHONG'}</CamDamNhiemChucVu><NgayTraCuu>${r.checkedOn}</NgayTraCuu></LyLichTuPhap>`
    return { status: 200, body, xml: true }
  }
}

export const sourceNames = Object.keys(sourceHandlers)

/** Breaks a record's schema in a way every source's schema forbids: an identifier that is not a string. */
function violate (body: unknown): unknown {
  const text = JSON.stringify(body)
  return JSON.parse(text.replace(/"(personalId|enterpriseCode)":"[^"]*"/, '"$1":12345'))
}

/** The body as JSON with a member `nested`, arrays `depth` levels deep, in every object: written as text, since
 * JSON.stringify itself would recurse that deep. */
function nested (body: unknown, depth: number): string {
  const marker = 'sandbox:nested'
  const mark = (value: unknown): unknown => Array.isArray(value)
    ? value.map(mark)
    : value !== null && typeof value === 'object' ? { ...Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v)])), nested: marker } : value
  return JSON.stringify(mark(body)).replaceAll(JSON.stringify(marker), '['.repeat(depth) + ']'.repeat(depth))
}

export class SandboxSource {
  readonly name: string
  faults: Faults = {}
  requests = 0
  #server: Server

  constructor (name: string) {
    this.name = name
    this.#server = createServer((req, res) => { this.#handle(req, res).catch(() => res.destroy()) })
    this.#server.keepAliveTimeout = 5000
  }

  get url (): string {
    const { port } = this.#server.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  listen (port = 0, host = '127.0.0.1'): Promise<this> {
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject)
      this.#server.listen(port, host, () => resolve(this))
    })
  }

  close (): Promise<void> {
    this.#server.closeAllConnections()
    return new Promise((resolve) => this.#server.close(() => resolve()))
  }

  async #handle (req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '/').split('?')[0]
    if (path === '/_sandbox/faults') return this.#control(req, res)
    this.requests++
    const faults = this.faults
    if (faults.down) return req.socket.destroy()
    if (faults.latencyMs) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs))
    if (faults.failNext) {
      faults.failNext--
      return send(res, { status: 503, body: { error: 'restarting' } })
    }
    if (faults.errorRate && Math.random() < faults.errorRate) return send(res, { status: 500, body: { error: 'internal error' } })
    if (faults.htmlPage) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      return res.end('<!doctype html><title>Đăng nhập</title><p>Vui lòng đăng nhập</p>')
    }
    // Every source's path ends with the subject id.
    const asked = faults.answerFor === undefined ? path : path.replace(/[^/]*$/, encodeURIComponent(faults.answerFor))
    const answer = sourceHandlers[this.name](asked) ?? notFound
    if (faults.invalidRecord && answer.status === 200 && !answer.xml) answer.body = violate(answer.body)
    if (faults.malformed && answer.status === 200) {
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body)
      res.writeHead(200, { 'content-type': answer.xml ? 'application/xml' : 'application/json' })
      return res.end(text.slice(0, Math.floor(text.length / 2)))
    }
    if ((faults.nestedDepth || faults.paddingBytes) && answer.status === 200 && !answer.xml) {
      const text = faults.nestedDepth ? nested(answer.body, faults.nestedDepth) : JSON.stringify(answer.body)
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      return res.end(text + ' '.repeat(faults.paddingBytes ?? 0))
    }
    send(res, answer)
  }

  async #control (req: IncomingMessage, res: ServerResponse) {
    if (req.method === 'PUT') {
      let text = ''
      for await (const chunk of req) text += chunk
      try {
        this.faults = JSON.parse(text || '{}')
      } catch {
        return send(res, { status: 400, body: { error: 'send the faults as JSON' } })
      }
    }
    send(res, { status: 200, body: { faults: this.faults, requests: this.requests } })
  }
}

function send (res: ServerResponse, answer: Answer) {
  const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body)
  res.writeHead(answer.status, { 'content-type': answer.xml ? 'application/xml; charset=utf-8' : 'application/json; charset=utf-8' })
  res.end(body)
}

export interface Sandbox {
  sources: Record<string, SandboxSource>
  /** ADAPTER_VARS entries pointing the shipped manifests at this sandbox. */
  vars: Record<string, string>
  close (): Promise<void>
}

/** Starts every source; port 0 picks free ports (tests), basePort + i gives the documented defaults. */
export async function startSandbox (options: { basePort?: number, host?: string } = {}): Promise<Sandbox> {
  const sources: Record<string, SandboxSource> = {}
  for (const [i, name] of sourceNames.entries()) {
    sources[name] = await new SandboxSource(name).listen(options.basePort ? options.basePort + i : 0, options.host)
  }
  return {
    sources,
    vars: Object.fromEntries(sourceNames.map((name) => [`SANDBOX_${name.toUpperCase()}`, sources[name].url])),
    close: async () => { await Promise.all(Object.values(sources).map((s) => s.close())) }
  }
}
