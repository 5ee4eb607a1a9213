/* eslint-disable */
// Generated from schemas/ by scripts/gen-types.ts. Do not edit: run `npm run gen`.

export interface AccessHideRequest {
  /**
   * The citizen sees the access from this date: at most ACCESS_HIDE_MAX_DAYS after the access, unless an admin hides it
   */
  until: string;
  /**
   * The code of a legal basis listed in LEGAL_BASES_FILE
   */
  legalBasis: string;
}

/**
 * A page of a citizen's access log, newest first
 */

export interface AccessLogQuery {
  limit?: number;
  /**
   * Entries before this sequence number (the next page)
   */
  before?: number;
}

/**
 * Who used the subject's data: newest first.
 */

export interface CitizenAccessLog {
  subject: {
    type: string;
    masked: string;
  };
  entries: {
    seq: number;
    at: string;
    action: string;
    client: {
      id: string;
      name: string;
    };
    /**
     * The agencies whose databases answered
     */
    agencies: {
      code: string;
      name: string;
    }[];
    procedure?: string;
    purpose?: string;
    fields?: string[];
  }[];
  /**
   * Pass as before for older entries
   */
  nextBefore?: number;
}

export interface AdapterIdParams {
  /**
   * The source id forms bind to
   */
  id: string;
}

export type TransportMethod = "GET" | "POST";
/**
 * Absolute http(s) URL; {subject.id} is replaced by the URL-encoded subject id. The request must carry the subject: {subject.id} in the URL's path or query, or (kind http) in a header
 */

export type TransportUrl = string;

export type TransportTimeoutMs = number;
/**
 * Fetched by a queue worker (slow sources): a prefill answers at its deadline with what is ready and these fields pending; the completed result follows by polling or webhook. Absent means false; not for kind records
 */

export type TransportAsync = boolean;

/**
 * How the gateway reaches one dataset of one agency and what its records look like. kind records: the dataset is the gateway's own store of recognised records that agencies publish with POST /v1/records.
 */

export interface AdapterManifest {
  /**
   * Stable source id that forms bind to
   */
  id: string;
  /**
   * Raised by the agency at each change
   */
  version: number;
  /**
   * Code of the owning agency
   */
  agency: string;
  title: string;
  subject: "citizen" | "enterprise";
  /**
   * JSON Schema (draft 2020-12 subset understood by Ajv) of the normalised record
   */
  recordSchema: {
    type: "object";
    [k: string]: unknown;
  };
  /**
   * http: a declarative request; code: one of the code adapters the gateway ships; records: recognised records published to the gateway
   */
  transport: HttpTransport | CodeTransport | RecordsTransport;
  response: {
    /**
     * JSON Pointer to the record inside the response body
     */
    record: string;
    notFound?: number[];
    /**
     * JSON Pointer, inside the record, to the date-time until which it is valid
     */
    validUntil?: string;
    /**
     * JSON Pointer, inside the record, to the id of the subject the record states it is about (a string in the record schema): a record about another subject is never released (SOURCE_WRONG_SUBJECT). Live sources only
     */
    subject?: string;
  };
  cache: {
    ttlSeconds: number;
  };
  legalBasis: string;
  /**
   * Classification of record fields, keyed by JSON Pointer into the record
   */
  classification: {
    [k: string]: "public" | "personal" | "sensitive";
  };
  /**
   * Codes of dossier components that a valid record of this source stands for (used by the design-time once-only report)
   */
  documents?: string[];
}
/**
 * A declarative HTTP request
 */

export interface HttpTransport {
  kind: "http";
  method?: TransportMethod;
  url: TransportUrl;
  headers?: TransportHeaders;
  timeoutMs: TransportTimeoutMs;
  async?: TransportAsync;
}
/**
 * Request headers; {subject.id} in a value is replaced by the subject id (kind http; a code adapter makes its own requests)
 */

export interface TransportHeaders {
  [k: string]: string;
}
/**
 * One of the code adapters the gateway ships, for what a manifest cannot say
 */

export interface CodeTransport {
  kind: "code";
  /**
   * The shipped code adapter's name
   */
  module: string;
  method?: TransportMethod;
  url: TransportUrl;
  headers?: TransportHeaders;
  timeoutMs: TransportTimeoutMs;
  async?: TransportAsync;
}
/**
 * Recognised records that agencies publish to the gateway (POST /v1/records); never asked asynchronously
 */

export interface RecordsTransport {
  kind: "records";
  timeoutMs?: TransportTimeoutMs;
  async?: false;
  /**
   * Agencies whose units may issue records of this type, besides the owner agency's own units (for example the provincial justice departments for a Ministry of Justice certificate). The owner agency names them when it registers the type.
   *
   * @minItems 1
   */
  issuers?: [string, ...string[]];
}

export interface AdapterTestRequest {
  subject: Subject;
}
/**
 * Whom the data is about: a citizen by 12-digit personal identification number, or an enterprise by enterprise code (10 digits, optional -NNN for a dependent unit).
 */

export interface Subject {
  type: "citizen" | "enterprise";
  id: string;
}

/**
 * Stable code saying why a field is not filled, or why a source gave nothing (the README lists what each means)
 */

export type FieldReason =
  | "SUBJECT_NOT_FOUND"
  | "NO_VALUE"
  | "SOURCE_UNAVAILABLE"
  | "SOURCE_TIMEOUT"
  | "DEADLINE_EXCEEDED"
  | "SOURCE_ERROR"
  | "SOURCE_BAD_RESPONSE"
  | "SOURCE_WRONG_SUBJECT"
  | "SOURCE_TOO_LARGE"
  | "RECORD_INVALID"
  | "CIRCUIT_OPEN"
  | "TRANSFORM_FAILED"
  | "VALUE_INVALID_FOR_FIELD"
  | "SOURCES_DISAGREE"
  | "SOURCE_ADDRESS_REFUSED"
  | "NO_AGREEMENT"
  | "PURPOSE_NOT_COVERED"
  | "SOURCE_PENDING"
  | "QUEUE_UNAVAILABLE"
  | "SOURCE_NOT_ANSWERED"
  | "SOURCE_NOT_REGISTERED"
  | "JOB_UNREADABLE";

export interface AdapterTestResult {
  adapter: string;
  version: number;
  outcome: "found" | "not_found" | "unavailable";
  reason?: FieldReason;
  /**
   * Why the call failed, beyond the reason: the HTTP status of an unexpected answer, the connection or TLS error code, the content type seen where JSON or XML was expected, the pointer where the record was missing (never a value)
   */
  detail?: string;
  ms: number;
  /**
   * Where the record departs from the record schema
   */
  problems: Problem[];
  /**
   * Record pointers of classified fields present in the answer (values are never shown)
   */
  fieldsPresent?: string[];
}
/**
 * One problem found in a registration, a request or a record: where, and what is wrong (never a value)
 */

export interface Problem {
  /**
   * JSON Pointer to the offending member
   */
  path: string;
  message: string;
}

export interface AgenciesFile {
  agencies: Agency[];
}

export interface Agency {
  code: string;
  name: string;
  /**
   * Top level only: its units reuse each other's data
   */
  sharesData?: boolean;
  units?: Agency[];
}

export interface AgencyCodeParams {
  code: string;
}

/**
 * One agency of the tree: a ministry or province (no parent), or a unit of one. Circular 32/2017/TT-BTTTT: the units of a ministry or province that shares data reuse each other's data.
 */

export interface AgencyNode {
  code: string;
  name: string;
  /**
   * The agency this one is a unit of; absent for a ministry or province
   */
  parent?: string;
  /**
   * Top level only: its units reuse each other's data
   */
  sharesData?: boolean;
}

/**
 * A sharing agreement (Decree 47/2020/ND-CP): lets one client use named fields of named sources for a set of procedures, for stated purposes, between two dates.
 */

export interface Agreement {
  id: string;
  version: number;
  /**
   * The client id the agreement is with
   */
  client: string;
  /**
   * @minItems 1
   */
  procedures: [string, ...string[]];
  /**
   * @minItems 1
   */
  sources: [
    {
      source: string;
      /**
       * Record pointers the client may receive (a member covers what is under it); * for the whole record
       *
       * @minItems 1
       */
      fields: [string, ...string[]];
    },
    ...{
      source: string;
      /**
       * Record pointers the client may receive (a member covers what is under it); * for the whole record
       *
       * @minItems 1
       */
      fields: [string, ...string[]];
    }[]
  ];
  /**
   * When given, a prefill must state one of these purposes
   */
  purposes?: string[];
  legalBasis: string;
  validFrom: string;
  validUntil: string;
}

/**
 * A portal's public key (JWK, EC P-256, for ES256) with which it signs citizen assertions; never its private part (d)
 */

export interface AssertionKey {
  kty: "EC";
  crv: "P-256";
  x: string;
  y: string;
}

/**
 * What a client may do: portals prefill and check dossiers, agencies register adapters and publish records, auditors read the log, admins register forms and agreements, operators read the metrics
 */

export type Role = "portal" | "agency" | "auditor" | "admin" | "operator";

/**
 * One entry of the sharing log, member for member as it was hashed (absent members are left out).
 */

export interface AuditEntryView {
  seq: number;
  at: string;
  requestId: string;
  traceId?: string;
  clientId: string;
  role: Role;
  action:
    | "prefill"
    | "prefill.complete"
    | "submission.check"
    | "record.publish"
    | "record.revoke"
    | "adapter.register"
    | "form.register"
    | "adapter.test"
    | "agreement.register"
    | "adapter.retire"
    | "form.retire"
    | "agreement.retire"
    | "agency.register"
    | "client.register"
    | "client.disable"
    | "client.assertion-key"
    | "audit.query"
    | "audit.export"
    | "audit.verify"
    | "audit.proof"
    | "access-log.read"
    | "records.read"
    | "access.hide"
    | "webhook.register"
    | "webhook.remove"
    | "webhook.replay";
  subjectHmac?: string;
  subjectMasked?: string;
  procedure?: string;
  version?: number;
  purpose?: string;
  legalBasis?: string;
  /**
   * The sources contacted and how each answered
   */
  sources?: {
    id: string;
    agency: string;
    outcome: string;
    reason?: string;
  }[];
  /**
   * Names of the fields released, never their values
   */
  fields?: string[];
  receiptId?: string;
  /**
   * Counts, codes and ids for measurement and investigation, never personal values
   */
  detail?: {
    [k: string]: unknown;
  };
  result: "ok" | "accept" | "reject";
}

/**
 * What a client may do: portals prefill and check dossiers, agencies register adapters and publish records, auditors read the log, admins register forms and agreements, operators read the metrics
 */

export interface AuditPage {
  entries: AuditEntryView[];
  /**
   * Pass as cursor for the next page; absent on the last page
   */
  nextCursor?: string;
}
/**
 * One entry of the sharing log, member for member as it was hashed (absent members are left out).
 */

/**
 * Filters of a query of the sharing log; a subject is given in full and hashed by the gateway
 */

export interface AuditQuery {
  subjectType?: "citizen" | "enterprise";
  subjectId?: string;
  client?: string;
  agency?: string;
  procedure?: string;
  action?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

/**
 * Where a form field's value comes from.
 */

export interface Binding {
  source: string;
  /**
   * JSON Pointer into the source's record
   */
  pointer: string;
  transform?: Transform;
}
/**
 * One of the gateway's fixed transforms, by name, with its arguments. Nothing here is executed.
 */

export interface Transform {
  name: "date" | "join" | "pick" | "case" | "lookup" | "to-string";
  /**
   * The transform's arguments (see the README's list of transforms)
   */
  args?: {
    [k: string]: unknown;
  };
}

/**
 * A signed checkpoint: jws is a compact JWS (ES256, typ oog-checkpoint+jws) over { treeSize, root, chainHead, at }.
 */

export interface AuditCheckpoint {
  treeSize: number;
  /**
   * RFC 6962 Merkle tree head, hex
   */
  root: string;
  /**
   * Hash of the last entry in the chain, hex
   */
  chainHead: string;
  at: string;
  kid: string;
  jws: string;
}

/**
 * What a client may do: portals prefill and check dossiers, agencies register adapters and publish records, auditors read the log, admins register forms and agreements, operators read the metrics
 */

export interface ClientCreate {
  /**
   * Lower-case letters, digits and hyphens; not "me", which names the caller in /v1/clients/me
   */
  id: string;
  name: string;
  /**
   * @minItems 1
   */
  roles: [Role, ...Role[]];
  agency?: string;
  csr?: string;
}

/**
 * What a client may do: portals prefill and check dossiers, agencies register adapters and publish records, auditors read the log, admins register forms and agreements, operators read the metrics
 */

export interface ClientCreated {
  client: ClientView;
  token?: string;
  certificate?: {
    pem: string;
    serial: string;
  };
}
/**
 * A client of the gateway as the admin sees it; its token is never shown again after creation, and never kept in clear
 */

export interface ClientView {
  id: string;
  name: string;
  /**
   * @minItems 1
   */
  roles: [Role, ...Role[]];
  /**
   * Required for the portal and agency roles: the agency (or unit) on whose behalf the client acts
   */
  agency?: string;
  /**
   * Portals only: the public key (JWK, ES256) with which the portal signs citizen assertions
   */
  assertionKey?: {
    kty: "EC";
    crv: "P-256";
    x: string;
    y: string;
  };
  /**
   * Since when its token and certificates are refused
   */
  disabledAt?: string;
}

export interface ClientIdParams {
  id: string;
}

/**
 * What a client may do: portals prefill and check dossiers, agencies register adapters and publish records, auditors read the log, admins register forms and agreements, operators read the metrics
 */

/**
 * What a client may do: portals prefill and check dossiers, agencies register adapters and publish records, auditors read the log, admins register forms and agreements, operators read the metrics
 */

export interface ClientsFile {
  /**
   * Development clients: refused when NODE_ENV=production
   */
  development?: boolean;
  clients: {
    id: string;
    name: string;
    /**
     * @minItems 1
     */
    roles: [Role, ...Role[]];
    /**
     * Required for the portal and agency roles: the agency (or unit) on whose behalf the client acts; agency clients manage that agency's adapters and records
     */
    agency?: string;
    tokenSha256: string;
    /**
     * Portals only: the public key (JWK, ES256) with which the portal signs citizen assertions for GET /v1/subjects/me/access-log
     */
    assertionKey?: {
      kty: "EC";
      crv: "P-256";
      x: string;
      y: string;
    };
  }[];
}

/**
 * The gateway's whole configuration, built once at start from the environment (each property's `x-env`) and these defaults.
 */

export interface GatewayConfig {
  /**
   * development, test or production; production requires SUBJECT_HMAC_KEY and CACHE_KEY, refuses development clients and any client holding a development token or assertion key, creates no signing keys and keeps `/metrics` to operators
   */
  env: "development" | "test" | "production";
  /**
   * the least severe log lines written
   */
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /**
   * the address to listen on; `::` is IPv6 and IPv4
   */
  host: string;
  /**
   * the port to listen on
   */
  port: number;
  /**
   * how long a client may take to send a whole request, headers and body; one still arriving then is answered 408 `GW_REQUEST_TIMEOUT` and disconnected (0: no limit but 60 s for the headers)
   */
  requestTimeoutMs: number;
  /**
   * how long a socket may pass no byte either way before it is closed, answer or not (0, the default: never, so that a long answer such as the whole log's verification is not cut off; set it above any request's time and KEEP_ALIVE_TIMEOUT_MS)
   */
  connectionTimeoutMs: number;
  /**
   * how long an idle keep-alive connection waits for its next request; longer than load balancers' usual 60 s, so that they close first
   */
  keepAliveTimeoutMs: number;
  /**
   * PGlite files, development keys, the quick start's Redis
   */
  dataDir: string;
  /**
   * PostgreSQL connection string; unset: PGlite in DATA_DIR/pglite
   */
  databaseUrl?: string;
  /**
   * connections to PostgreSQL each instance may hold at once
   */
  databasePoolSize: number;
  /**
   * a streaming replica of DATABASE_URL for auditor reads (the log's queries and exports, the once-only report); unset, or while it is unreachable or lags past DATABASE_READ_MAX_LAG_SECONDS: the primary. Writes, the chain and proofs never use it
   */
  databaseReadUrl?: string;
  /**
   * how far the replica of DATABASE_READ_URL may trail the primary (the time since the last commit it replayed, while it has WAL left to replay) and still serve auditor reads; past it, it counts as lagging and they go to the primary until it catches up
   */
  databaseReadMaxLagSeconds: number;
  /**
   * Redis (the quick start starts a private server on port 6390): `redis://[user:password@]host:port[/db]`, `rediss://` for TLS. With REDIS_SENTINELS, its host and port are ignored (the Sentinels name the primary) but its user, password, database and TLS apply to the primary
   */
  redisUrl: string;
  /**
   * "host:port,[IPv6 address]:port,...": the Redis Sentinels to ask for the primary named REDIS_MASTER_NAME; set, they replace REDIS_URL's host and port. With a `rediss://` REDIS_URL, the Sentinels too are reached over TLS
   *
   * @minItems 1
   */
  redisSentinels?: [
    {
      host: string;
      port: number;
    },
    ...{
      host: string;
      port: number;
    }[]
  ];
  /**
   * the name under which the Sentinels of REDIS_SENTINELS monitor the Redis primary
   */
  redisMasterName: string;
  /**
   * the ACL user the gateway logs in as on the Sentinels of REDIS_SENTINELS, with REDIS_SENTINEL_PASSWORD; unset: their default user
   */
  redisSentinelUsername?: string;
  /**
   * the password of the Sentinels of REDIS_SENTINELS (their requirepass, or REDIS_SENTINEL_USERNAME's); Redis's own is REDIS_URL's
   */
  redisSentinelPassword?: string;
  /**
   * the start of every key this gateway deployment writes in Redis
   */
  redisPrefix: string;
  /**
   * base64 of at least 32 bytes: keys the hashes that stand for subject ids; required in production (otherwise a random key kept in DATA_DIR/keys)
   */
  subjectHmacKey?: string;
  /**
   * base64 of 32 bytes: seals every personal datum resting in Redis (cached records, queued fetches, parked and completed prefills, webhook payloads; AES-256-GCM) and keys their Redis names; required in production, the same on every instance (otherwise a random key kept in DATA_DIR/keys)
   */
  cacheKey?: string;
  /**
   * the gateway's ES256 signing keys (receipts): created outside production, required in production; unset: DATA_DIR/keys/signing
   */
  keysDir?: string;
  /**
   * clients, roles, agencies and SHA-256 hashes of their tokens, seeding the store (POST /v1/clients adds clients at run time)
   */
  clientsFile: string;
  /**
   * accept bearer tokens (in production clients use certificates)
   */
  authBearer: boolean;
  /**
   * serve `/metrics`, and the per-source circuits in `/readyz`, to anyone; otherwise only to clients with the operator or admin role (Prometheus presents an operator client's certificate or bearer token)
   */
  metricsPublic: boolean;
  /**
   * HTTPS with client certificates from the gateway CA; unset: plain HTTP
   */
  tls?: {
    /**
     * HTTPS with client certificates from the gateway's CA (see "Clients and certificates"): the gateway's certificate in PEM; unset: plain HTTP
     */
    certFile: string;
    /**
     * the gateway certificate's private key in PEM
     */
    keyFile: string;
    /**
     * the CA that signs client certificates, in PEM
     */
    caFile: string;
    /**
     * the CA's private key in PEM: with it, POST /v1/clients signs a new client's CSR; unset: new clients get tokens only
     */
    caKeyFile?: string;
    /**
     * the CA's X.509 CRL in PEM (npm run pki -- revoke); re-read when it changes
     */
    crlFile?: string;
  };
  /**
   * how late the event loop may run, on average over a second, before new requests are refused with 503 `GW_OVERLOADED` and `Retry-After` until it catches up (0: never refuse); `/healthz`, `/readyz` and `/metrics` are always answered
   */
  maxEventLoopDelayMs: number;
  /**
   * requests one client may make per minute, counted in Redis across instances (429 `GW_RATE_LIMITED` with `Retry-After`; not enforced while Redis is down)
   */
  rateLimitPerMinute: number;
  /**
   * the agency tree and which ministries and provinces share data, seeding the store (PUT /v1/agencies/{code} changes it at run time); every agency an adapter, a client or OUTBOUND_HOSTS names must be in it
   */
  agenciesFile: string;
  /**
   * manifests registered at start (idempotent)
   */
  adaptersDir: string;
  /**
   * forms registered at start (idempotent)
   */
  formsDir: string;
  /**
   * agreements registered at start
   */
  agreementsDir?: string;
  /**
   * how soon an instance serves agencies, adapters, forms and agreements changed through another instance (a client change reaches every instance at once through Redis, and within this while Redis is down)
   */
  registryRefreshSeconds: number;
  /**
   * `NAME=value,...` substituted for `${NAME}` in shipped manifests' URLs, added to the defaults (the sandbox's URLs, so that `npm run sandbox` and `npm start` meet without configuration)
   */
  adapterVars: {
    [k: string]: string;
  };
  outbound: OutboundPolicy;
  /**
   * a prefill's deadline when the request gives none
   */
  defaultDeadlineMs: number;
  /**
   * larger source answers are cut off (`SOURCE_TOO_LARGE`)
   */
  maxSourceBodyBytes: number;
  /**
   * a source's circuit opens when more than this share of its calls in the last 10 seconds, in percent, failed
   */
  circuitErrorPercentage: number;
  /**
   * the calls a source must have had in the last 10 seconds before its circuit may open
   */
  circuitVolumeThreshold: number;
  /**
   * a source whose circuit opened is not asked for this long, then one probe decides; state in `/readyz` and `/metrics`
   */
  circuitResetSeconds: number;
  /**
   * how long a prefill receipt is valid for a submission check (604800: 7 days)
   */
  receiptTtlSeconds: number;
  /**
   * sign an audit checkpoint every this many entries
   */
  auditCheckpointEvery: number;
  /**
   * and sign one at least this often, in seconds, while entries arrive
   */
  auditCheckpointSeconds: number;
  /**
   * how long an audit entry waits for others to share its commit when no commit is under way (`0`: only the entries of the same event-loop turn); while one commits, the next batch gathers anyway
   */
  auditBatchWaitMs: number;
  /**
   * months of the audit log kept online; `npm run audit:archive` moves older ones to signed archives
   */
  auditRetentionMonths: number;
  /**
   * where `npm run audit:archive` writes the archives; unset: DATA_DIR/audit-archives
   */
  auditArchiveDir?: string;
  /**
   * the sharing log's name: the origin line of its c2sp checkpoints and its note key's name, a schema-less URL with no space or plus (e.g. `sharing-log.example.gov.vn/prod`); required in production; unset: `once-only-gateway.localhost/log`
   */
  auditLogOrigin?: string;
  /**
   * the sharing log's Ed25519 note keys (they sign its c2sp checkpoints; `npm run keys:rotate -- --log` adds one): created outside production, required in production; unset: DATA_DIR/keys/log
   */
  auditLogKeysDir?: string;
  /**
   * `<cosignature vkey>=<submission URL>,...`: the c2sp tlog-witnesses each checkpoint is submitted to (`POST <URL>/add-checkpoint`), each named by its Ed25519 cosignature verifier key (signature type 0x04)
   */
  auditWitnesses: {
    vkey: string;
    url: string;
  }[];
  /**
   * how many of AUDIT_WITNESSES must cosign a checkpoint before `/log/checkpoint` publishes it (with their cosignatures); until then the previous published one is served
   */
  auditWitnessQuorum: number;
  /**
   * the longest a portal or agency may hide one of its accesses from the citizen, in days after the access (`422 GW_HIDE_TOO_LONG` beyond it); only an admin hides longer
   */
  accessHideMaxDays: number;
  /**
   * the legal bases, by code with their citation, on which an access may be hidden from the citizen (`422 GW_LEGAL_BASIS_UNKNOWN` for any other)
   */
  legalBasesFile: string;
  /**
   * Queue work in Redis (BullMQ): slow sources and webhook deliveries
   */
  jobs: {
    /**
     * queue jobs (slow sources, webhooks) this process runs at once; `0` makes an API-only instance that only enqueues
     */
    workerConcurrency: number;
    /**
     * tries of a queued source fetch on retryable errors
     */
    fetchAttempts: number;
    /**
     * first delay between tries, doubled each time, with jitter
     */
    fetchBackoffMs: number;
    /**
     * how long a completed result waits, sealed (AES-256-GCM) in Redis, for GET /v1/prefill/{requestId}
     */
    resultTtlSeconds: number;
    /**
     * webhook deliveries tried before the dead-letter queue
     */
    webhookAttempts: number;
    /**
     * first delay between deliveries, doubled each time, with jitter
     */
    webhookBackoffMs: number;
    /**
     * how long one webhook delivery may take
     */
    webhookTimeoutMs: number;
  };
}
/**
 * Where adapters may connect
 */

export interface OutboundPolicy {
  /**
   * whether adapters may reach loopback addresses (the sandbox); link-local (cloud metadata), unspecified, multicast and reserved addresses are refused everywhere
   */
  allowLoopback: boolean;
  /**
   * whether adapters may reach private networks (10/8, 172.16/12, 192.168/16, fc00::/7, 100.64/10)
   */
  allowPrivate: boolean;
  /**
   * `AGENCY=host|*.suffix;...`: the host names each agency's adapters may call (an agency not listed is not limited by name, only by address)
   */
  hosts: {
    [k: string]: string[];
  };
}

export interface ConsistencyProofQuery {
  /**
   * Tree size of the earlier checkpoint
   */
  from: number;
  /**
   * Tree size of the later checkpoint; the latest when absent
   */
  to?: number;
}

export interface AuditConsistencyProof {
  from: AuditCheckpoint;
  to: AuditCheckpoint;
  /**
   * RFC 6962 consistency proof, hex
   */
  proof: string[];
}
/**
 * A signed checkpoint: jws is a compact JWS (ES256, typ oog-checkpoint+jws) over { treeSize, root, chainHead, at }.
 */

export interface DeadLetter {
  /**
   * The delivery's id (also sent as x-gateway-delivery)
   */
  id: string;
  requestId: string;
  clientId: string;
  attempts: number;
  /**
   * Why the last attempt failed
   */
  reason: string;
  failedAt: string;
}

export interface DeadLetters {
  deadLetters: DeadLetter[];
}

/**
 * dryRun=true: check the registration as the PUT would and answer what it would do, changing nothing
 */

export interface DryRunQuery {
  dryRun?: "true" | "false";
}

/**
 * What the same PUT without ?dryRun would do, found by the same checks; nothing is stored or audited
 */

export interface DryRunResult {
  /**
   * Whether the PUT would register it (or find it already registered)
   */
  valid: boolean;
  /**
   * When valid: what the PUT would answer
   */
  status?: "created" | "unchanged";
  /**
   * When not valid: the error code the PUT would answer (GW_REGISTRATION_INVALID, GW_VERSION_CONFLICT, GW_VERSION_STALE, GW_VERSION_RETIRED)
   */
  code?: string;
  /**
   * Every problem the PUT would refuse it for, with the same paths
   */
  problems: Problem[];
  /**
   * What is allowed but probably a mistake
   */
  warnings: string[];
}
/**
 * One problem found in a registration, a request or a record: where, and what is wrong (never a value)
 */

export interface EntrySeqParams {
  /**
   * Sequence number of a sharing-log entry
   */
  seq: number;
}

export interface ErrorResponse {
  statusCode: number;
  code: string;
  error: string;
  message: string;
  requestId: string;
  /**
   * Every problem found, for registrations and request validation
   */
  problems?: Problem[];
}
/**
 * One problem found in a registration, a request or a record: where, and what is wrong (never a value)
 */

/**
 * Stable code saying why a field is not filled, or why a source gave nothing (the README lists what each means)
 */

/**
 * An e-form: a JSON Schema of an object, with the procedure it serves, prefill bindings on its fields and the dossier components it may waive.
 */

export interface FormDefinition {
  type: "object";
  title?: string;
  properties: {
    [k: string]: Field;
  };
  "x-procedure": {
    code: string;
    version: number;
    title: string;
    /**
     * The kind of agency that resolves the procedure, as the national procedure database names it (UBND-CAP-XA, SO-TC): a level shared by every province, so not a code of the agency tree
     */
    agency: string;
    subject: "citizen" | "enterprise";
    /**
     * True where the procedure code is a sample, not the national database's
     */
    sample?: boolean;
  };
  "x-documents": {
    code: string;
    title: string;
    waivedBy: string[];
    /**
     * For a source of waivedBy, the JSON Pointer in its record to what stands for the component: the component is waived only when that value is present (not null, nor an empty string, list or object). Without it, a record found is the evidence.
     */
    evidence?: {
      [k: string]: string;
    };
  }[];
  [k: string]: unknown;
}

export interface Field {
  type: "string" | "number" | "integer" | "boolean" | "object" | "array";
  title?: string;
  properties?: {
    [k: string]: Field;
  };
  "x-prefill"?: FieldPrefill;
  [k: string]: unknown;
}
/**
 * Where a field's value comes from: a binding, its fallbacks, and how to resolve disagreement
 */

export interface FieldPrefill {
  source: string;
  pointer: string;
  transform?: Transform;
  fallback?: Binding[];
  /**
   * precedence: the first binding with a value wins; ask: differing values leave the field to the person with status conflict
   */
  onConflict?: "precedence" | "ask";
  editable?: {
    /**
     * Why a person may change the recognised value (e.g. a current address that changed); a changed value must then come with a reason
     */
    reason: string;
  };
}
/**
 * One of the gateway's fixed transforms, by name, with its arguments. Nothing here is executed.
 */

export interface InclusionProofQuery {
  /**
   * The checkpoint to prove against; the latest when absent
   */
  treeSize?: number;
}

/**
 * What a client may do: portals prefill and check dossiers, agencies register adapters and publish records, auditors read the log, admins register forms and agreements, operators read the metrics
 */

export interface AuditInclusionProof {
  seq: number;
  leafIndex: number;
  entry: AuditEntryView;
  leafHash: string;
  /**
   * RFC 6962 audit path, hex
   */
  proof: string[];
  checkpoint: AuditCheckpoint;
}
/**
 * One entry of the sharing log, member for member as it was hashed (absent members are left out).
 */

/**
 * The legal bases on which a client may hide one of its accesses from the citizen, maintained by the operators; a hide names one by its code
 */

export interface LegalBasesFile {
  /**
   * @minItems 1
   */
  legalBases: [
    {
      code: string;
      /**
       * The article of law, cited in Vietnamese as the gazette prints it
       */
      citation: string;
    },
    ...{
      code: string;
      /**
       * The article of law, cited in Vietnamese as the gazette prints it
       */
      citation: string;
    }[]
  ];
}

/**
 * What a form asks the person for although a registered source or record type already holds it.
 */

export interface OnceOnlyReport {
  procedure: string;
  version: number;
  findings: {
    kind: "unbound-field" | "unwaived-document";
    /**
     * Pointer of the field in the form
     */
    field?: string;
    document?: string;
    source: string;
    /**
     * Where the source holds it
     */
    pointer?: string;
    message: string;
  }[];
}

export interface PrefillDocument {
  code: string;
  title: string;
  /**
   * pending: the source that could waive it is still being fetched
   */
  status: "waived" | "required" | "pending";
  evidence?: {
    source: SourceRef;
    retrievedAt: string;
  };
}

export interface SourceRef {
  id: string;
  agency: string;
}

/**
 * Stable code saying why a field is not filled, or why a source gave nothing (the README lists what each means)
 */

export interface PrefillField {
  status: "filled" | "not_found" | "unavailable" | "pending" | "conflict" | "denied";
  value?: unknown;
  source?: SourceRef;
  retrievedAt?: string;
  validUntil?: string;
  /**
   * Government-verified value the person may not edit
   */
  locked: boolean;
  reason?: FieldReason;
}

export interface PrefillPending {
  requestId: string;
  /**
   * Some sources are still being fetched; ask again, or wait for the webhook
   */
  status: "pending";
}

export interface PrefillRequest {
  /**
   * Procedure code (mã TTHC), e.g. 2.000720
   */
  procedure: string;
  /**
   * Form version; the current one when absent
   */
  version?: number;
  subject: Subject;
  purpose?: string;
  /**
   * Answer within this many milliseconds; slower sources are marked unavailable
   */
  deadlineMs?: number;
}
/**
 * Whom the data is about: a citizen by 12-digit personal identification number, or an enterprise by enterprise code (10 digits, optional -NNN for a dependent unit).
 */

/**
 * Stable code saying why a field is not filled, or why a source gave nothing (the README lists what each means)
 */

export interface PrefillResponse {
  requestId: string;
  /**
   * pending: some sources are still being fetched by a worker; their fields say pending, and GET /v1/prefill/{requestId} (or the portal's webhook) gives the completed result
   */
  status: "complete" | "pending";
  procedure: string;
  version: number;
  subject: {
    type: "citizen" | "enterprise";
    masked: string;
  };
  /**
   * Keyed by the JSON Pointer of the field in the form
   */
  fields: {
    [k: string]: PrefillField;
  };
  documents: PrefillDocument[];
  /**
   * Every source contacted and how it answered
   */
  sources: SourceOutcome[];
  receipt: Receipt;
  audit: {
    /**
     * Sequence number of the audit entry
     */
    entry: number;
  };
}

export interface SourceOutcome {
  id: string;
  agency: string;
  outcome: "found" | "not_found" | "unavailable" | "pending";
  reason?: FieldReason;
  ms: number;
}
/**
 * A compact JWS (ES256, key id in its header, keys at /.well-known/jwks.json) over the request id, procedure and version, the subject's keyed hash, the salted hash of each released value with its source, and the waived components.
 */

export interface Receipt {
  id: string;
  token: string;
  expiresAt: string;
}

/**
 * One problem found in a registration, a request or a record: where, and what is wrong (never a value)
 */

export interface ProcedureParams {
  /**
   * Procedure code (mã TTHC)
   */
  procedure: string;
}

/**
 * A compact JWS (ES256, key id in its header, keys at /.well-known/jwks.json) over the request id, procedure and version, the subject's keyed hash, the salted hash of each released value with its source, and the waived components.
 */

export interface RecordListQuery {
  /**
   * Only records of this record type
   */
  type?: string;
  /**
   * Only records issued by this agency or its units
   */
  issuedBy?: string;
  /**
   * At most this many records, newest first
   */
  limit?: number;
}

/**
 * Published records, newest first: metadata only (never the record's data), the subject masked.
 */

export interface RecordList {
  records: {
    id: string;
    /**
     * The record type (an adapter with transport kind records)
     */
    type: string;
    subject: {
      masked: string;
    };
    issuedBy: string;
    issuedAt: string;
    validUntil?: string;
    /**
     * The procedure that produced the record
     */
    procedure: string;
    /**
     * The issuing agency's own reference
     */
    reference?: string;
    /**
     * The client that published it
     */
    publishedBy: string;
    publishedAt: string;
    status: "recognised" | "superseded" | "revoked" | "expired";
    revokedAt?: string;
    revocationReason?: string;
  }[];
}

/**
 * A result of a resolved procedure that later procedures may reuse.
 */

export interface RecordPublishRequest {
  /**
   * A record type: an adapter with transport kind records
   */
  type: string;
  subject: Subject;
  /**
   * The record, valid against the record type's schema
   */
  data: {};
  /**
   * The issuing unit, in the publishing client's agency tree
   */
  issuedBy: string;
  issuedAt: string;
  validUntil?: string;
  /**
   * The procedure that produced the record
   */
  procedure: string;
  /**
   * The issuing agency's own reference (dossier number)
   */
  reference?: string;
}
/**
 * Whom the data is about: a citizen by 12-digit personal identification number, or an enterprise by enterprise code (10 digits, optional -NNN for a dependent unit).
 */

export interface RecordPublished {
  id: string;
  /**
   * Records of the same type and subject this one replaces for prefill (kept as history)
   */
  supersedes: string[];
}

export interface RecordRevokeRequest {
  reason: string;
}

export interface RecordRevoked {
  id: string;
  revokedAt: string;
}

export interface RegistrationResult {
  id: string;
  version: number;
  status: "created" | "unchanged";
  warnings?: string[];
}

/**
 * A retired registration: no longer used from the next request on, its versions still readable with ?version=
 */

export interface RetirementResult {
  id: string;
  /**
   * The version retired, with every older one; only a higher version registers the id again
   */
  version: number;
  /**
   * unchanged: it was already retired
   */
  status: "retired" | "unchanged";
  /**
   * The client that retired it
   */
  retiredBy: string;
  retiredAt: string;
}

/**
 * What a client may do: portals prefill and check dossiers, agencies register adapters and publish records, auditors read the log, admins register forms and agreements, operators read the metrics
 */

export interface SourceHealthQuery {
  /**
   * How far back to count: seconds, minutes or hours (90s, 15m, 1h), at most 1h
   */
  window?: string;
}

/**
 * How each live source answered the instance that answers this, over the window: its own calls since it started, at most the latest 10,000 per source (other instances count their own)
 */

export interface SourceHealthReport {
  window: string;
  sources: {
    id: string;
    agency: string;
    /**
     * Calls made to the source (cache hits and calls refused by an open circuit are not calls)
     */
    calls: number;
    found: number;
    notFound: number;
    /**
     * Failed calls by field reason (SOURCE_TIMEOUT, SOURCE_ERROR, ...)
     */
    errors: {
      [k: string]: number;
    };
    /**
     * Median latency of the calls, retries included
     */
    p50Ms?: number;
    p95Ms?: number;
    /**
     * The last call that found a record or was told there is none, whenever it was
     */
    lastSuccessAt?: string;
    circuit: "closed" | "open" | "half-open";
  }[];
}

/**
 * Stable code saying why a field is not filled, or why a source gave nothing (the README lists what each means)
 */

/**
 * What one call to a source brought, as plain JSON: it is cached, queued and parked in Redis as it is
 */

export type SourceResult =
  | {
      status: "found";
      record: unknown;
      retrievedAt: string;
      /**
       * The record's own end of validity, when the manifest says where it is
       */
      validUntil?: string;
      ms: number;
    }
  | {
      status: "not_found";
      ms: number;
    }
  | {
      /**
       * A slow source a worker is still fetching
       */
      status: "pending";
      ms: number;
    }
  | {
      status: "unavailable";
      reason: FieldReason;
      /**
       * Why, beyond the reason: the HTTP status, the connection or TLS error code, the content type seen, the pointer (never a value)
       */
      detail?: string;
      ms: number;
      /**
       * Where a record failed its schema, or states another subject (paths, never values)
       */
      problems?: Problem[];
    };
/**
 * Stable code saying why a field is not filled, or why a source gave nothing (the README lists what each means)
 */

/**
 * The recognised records the state holds about the subject, newest first: what later procedures reuse instead of asking again. Metadata only: the values reach a form through a prefill.
 */

export interface SubjectRecords {
  subject: {
    type: string;
    masked: string;
  };
  records: {
    id: string;
    /**
     * The record type (an adapter with transport kind records)
     */
    type: string;
    /**
     * The record type's title
     */
    title: string;
    issuedBy: {
      code: string;
      name: string;
    };
    issuedAt: string;
    validUntil?: string;
    /**
     * The procedure that produced the record
     */
    procedure: string;
    /**
     * recognised: in force and reused by later procedures; superseded: a newer record of the same type and issuer replaced it; revoked: its issuer withdrew it; expired: past validUntil
     */
    status: "recognised" | "superseded" | "revoked" | "expired";
    /**
     * The procedures whose registered forms the record type prefills or waives components of
     */
    prefills: string[];
  }[];
}

/**
 * Whom the data is about: a citizen by 12-digit personal identification number, or an enterprise by enterprise code (10 digits, optional -NNN for a dependent unit).
 */

/**
 * A dossier a portal is about to accept, with the receipt of the prefill it started from.
 */

export interface SubmissionCheckRequest {
  procedure: string;
  version: number;
  subject: Subject;
  /**
   * The compact JWS from the prefill answer's receipt.token
   */
  receipt: string;
  /**
   * The dossier's field values by form pointer, with where each came from
   */
  values: {
    [k: string]: {
      value?: unknown;
      /**
       * prefill: kept from the prefill; person: typed by the person
       */
      origin: "prefill" | "person";
      /**
       * Why the person changed an editable recognised value
       */
      reason?: string;
    };
  };
  /**
   * Codes of the dossier components attached or requested
   */
  documents: string[];
}
/**
 * Whom the data is about: a citizen by 12-digit personal identification number, or an enterprise by enterprise code (10 digits, optional -NNN for a dependent unit).
 */

export interface SubmissionCheckResult {
  requestId: string;
  verdict: "accept" | "reject";
  violations: {
    code:
      | "COMPONENT_ALREADY_RECOGNISED"
      | "RECOGNISED_VALUE_ALTERED"
      | "RECOGNISED_FIELD_NOT_PREFILLED"
      | "RECEIPT_INVALID"
      | "RECEIPT_EXPIRED"
      | "RECEIPT_MISMATCH"
      | "RECEIPT_SUPERSEDED"
      | "RECEIPT_PENDING";
    path?: string;
    document?: string;
    message: {
      vi: string;
      en: string;
    };
  }[];
  /**
   * Editable recognised fields changed with a declared reason: counted, not rejected
   */
  changedWithReason: string[];
  audit: {
    entry: number;
  };
}

/**
 * One of the gateway's fixed transforms, by name, with its arguments. Nothing here is executed.
 */

export interface UsageReportQuery {
  /**
   * Default: 30 days ago
   */
  from?: string;
  /**
   * Default: now
   */
  to?: string;
  format?: "json" | "csv";
  /**
   * Also split the period into calendar days, weeks or months (Vietnam's time): each row then says its period
   */
  interval?: "day" | "week" | "month";
}

/**
 * Once-only measurement per procedure and portal over a period, from the audit log.
 */

export interface UsageReport {
  from: string;
  to: string;
  rows: {
    /**
     * With interval: the start of the day, week or month the row counts
     */
    period?: string;
    procedure: string;
    client: string;
    prefills: number;
    /**
     * Completions of prefills that answered pending (step: completion)
     */
    completions: number;
    fieldsAsked: number;
    fieldsFilled: number;
    fillRatio: number | null;
    documents: number;
    documentsWaived: number;
    waiverRatio: number | null;
    checks: number;
    rejected: number;
    violations: {
      [k: string]: number;
    };
  }[];
}

export interface AuditVerificationReport {
  ok: boolean;
  entries: number;
  checkpoints: number;
  treeSize: number;
  root: string;
  chainHead: string;
  firstBad?: {
    seq: number;
    reason: "altered" | "missing" | "reordered" | "bad-signature" | "checkpoint-mismatch";
    message: string;
  };
}

/**
 * Which version of a registration to read; the current one when absent
 */

export interface VersionQuery {
  version?: number;
}

export interface WebhookRegistration {
  /**
   * Absolute http(s) URL that receives completed prefills (POST, JSON, signed)
   */
  url: string;
}

export interface Webhook {
  url: string;
  /**
   * Shown once, when registered. Deliveries carry x-gateway-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with this secret>
   */
  secret?: string;
  updatedAt: string;
}
