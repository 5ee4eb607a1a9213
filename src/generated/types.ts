/* eslint-disable */
// Generated from schemas/ by scripts/gen-types.ts. Do not edit: run `npm run gen`.

export interface AccessHideRequest {
  /**
   * The citizen sees the access from this date
   */
  until: string;
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

/**
 * How the gateway reaches one dataset of one agency and what its records look like. kind records: the dataset is the gateway's own store of recognised records that agencies publish with POST /v1/records.
 */

export type AdapterManifest = {
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
  transport: {
    /**
     * http: a declarative request; code: one of the code adapters the gateway ships; records: recognised records published to the gateway
     */
    kind: "http" | "code" | "records";
    /**
     * With kind code: the shipped code adapter's name
     */
    module?: string;
    method?: "GET" | "POST";
    /**
     * Absolute http(s) URL; {subject.id} is replaced by the URL-encoded subject id
     */
    url?: string;
    headers?: {
      [k: string]: string;
    };
    timeoutMs?: number;
    /**
     * Fetched by a queue worker (slow sources): a prefill answers at its deadline with what is ready and these fields pending; the completed result follows by polling or webhook. Absent means false; not for kind records
     */
    async?: boolean;
  };
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
};

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
  | "SOURCE_TOO_LARGE"
  | "RECORD_INVALID"
  | "CIRCUIT_OPEN"
  | "TRANSFORM_FAILED"
  | "VALUE_INVALID_FOR_FIELD"
  | "SOURCES_DISAGREE"
  | "SOURCE_ADDRESS_REFUSED"
  | "NO_AGREEMENT"
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
 * What a client may do: portals prefill and check dossiers, agencies register adapters and publish records, auditors read the log, admins register forms and agreements
 */

export type Role = "portal" | "agency" | "auditor" | "admin";

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
    | "audit.query"
    | "audit.export"
    | "audit.verify"
    | "audit.proof"
    | "access-log.read"
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
 * What a client may do: portals prefill and check dossiers, agencies register adapters and publish records, auditors read the log, admins register forms and agreements
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
 * What a client may do: portals prefill and check dossiers, agencies register adapters and publish records, auditors read the log, admins register forms and agreements
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
 * The gateway's whole configuration, built once at start from defaults, config files and the environment.
 */

export interface GatewayConfig {
  /**
   * NODE_ENV
   */
  env: "development" | "test" | "production";
  /**
   * HOST; :: listens on IPv6 and IPv4
   */
  host: string;
  /**
   * PORT
   */
  port: number;
  /**
   * LOG_LEVEL
   */
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /**
   * DATABASE_URL; PGlite in dataDir when absent
   */
  databaseUrl?: string;
  /**
   * DATA_DIR: PGlite files and development keys
   */
  dataDir: string;
  /**
   * REDIS_URL
   */
  redisUrl: string;
  /**
   * CLIENTS_FILE: clients, roles and token hashes
   */
  clientsFile: string;
  /**
   * ADAPTERS_DIR: manifests loaded at start
   */
  adaptersDir: string;
  /**
   * FORMS_DIR: forms loaded at start
   */
  formsDir: string;
  /**
   * ADAPTER_VARS (name=value,...): values for ${name} in shipped manifests' URLs
   */
  adapterVars: {
    [k: string]: string;
  };
  /**
   * SUBJECT_HMAC_KEY, base64 of at least 32 bytes; required in production
   */
  subjectHmacKey?: string;
  /**
   * DEFAULT_DEADLINE_MS
   */
  defaultDeadlineMs: number;
  /**
   * MAX_SOURCE_BODY_BYTES: larger source answers are cut off
   */
  maxSourceBodyBytes: number;
  /**
   * AGENCIES_FILE: the agency tree and which ministries and provinces share data
   */
  agenciesFile: string;
  /**
   * KEYS_DIR: the gateway's signing keys (receipts); DATA_DIR/keys/signing when absent
   */
  keysDir?: string;
  /**
   * RECEIPT_TTL_SECONDS: how long a prefill receipt stays valid for a submission check
   */
  receiptTtlSeconds: number;
  /**
   * AUDIT_CHECKPOINT_EVERY: sign a checkpoint every this many entries
   */
  auditCheckpointEvery: number;
  /**
   * AUDIT_CHECKPOINT_SECONDS: and at least this often while entries arrive
   */
  auditCheckpointSeconds: number;
  /**
   * AUDIT_BATCH_WAIT_MS: how long an audit entry waits for others to share its commit
   */
  auditBatchWaitMs: number;
  /**
   * AGREEMENTS_DIR: agreements registered at start; config/dev/agreements outside production
   */
  agreementsDir?: string;
  /**
   * Where adapters may connect
   */
  outbound: {
    /**
     * OUTBOUND_ALLOW_LOOPBACK: default true outside production (the sandbox), false in production
     */
    allowLoopback: boolean;
    /**
     * OUTBOUND_ALLOW_PRIVATE: private networks (10/8, 172.16/12, 192.168/16, fc00::/7, 100.64/10); default false
     */
    allowPrivate: boolean;
    /**
     * OUTBOUND_HOSTS (AGENCY=host|*.suffix;...): the hosts each agency's adapters may call; an agency not listed may use any host name
     */
    hosts: {
      [k: string]: string[];
    };
  };
  /**
   * AUTH_BEARER: accept bearer tokens; default true outside production, false in production (clients use certificates)
   */
  authBearer: boolean;
  /**
   * HTTPS with client certificates from the gateway CA (TLS_CERT_FILE, TLS_KEY_FILE, TLS_CA_FILE, TLS_CRL_FILE)
   */
  tls?: {
    certFile: string;
    keyFile: string;
    caFile: string;
    /**
     * The CA's X.509 CRL in PEM (npm run pki -- revoke); re-read when it changes
     */
    crlFile?: string;
  };
  /**
   * RATE_LIMIT_PER_MINUTE: requests one client may make per minute, counted in Redis across all gateway instances
   */
  rateLimitPerMinute: number;
  /**
   * REDIS_PREFIX: the start of every key this gateway deployment writes in Redis
   */
  redisPrefix: string;
  /**
   * CACHE_KEY, base64 of 32 bytes: encrypts cached records (AES-256-GCM); required in production
   */
  cacheKey?: string;
  /**
   * CIRCUIT_RESET_SECONDS: how long a source whose circuit opened is left alone before one probe
   */
  circuitResetSeconds: number;
  /**
   * Queue work in Redis (BullMQ): slow sources and webhook deliveries
   */
  jobs: {
    /**
     * WORKER_CONCURRENCY: jobs this process runs at once; 0 makes an API-only instance that only enqueues
     */
    workerConcurrency: number;
    /**
     * JOB_FETCH_ATTEMPTS: tries of a queued source fetch on retryable errors
     */
    fetchAttempts: number;
    /**
     * JOB_FETCH_BACKOFF_MS: first delay between tries, doubled each time, with jitter
     */
    fetchBackoffMs: number;
    /**
     * PREFILL_RESULT_TTL_SECONDS: how long a completed result waits (sealed) for GET /v1/prefill/{requestId}
     */
    resultTtlSeconds: number;
    /**
     * WEBHOOK_ATTEMPTS: deliveries tried before the dead-letter queue
     */
    webhookAttempts: number;
    /**
     * WEBHOOK_BACKOFF_MS: first delay between deliveries, doubled each time, with jitter
     */
    webhookBackoffMs: number;
    /**
     * WEBHOOK_TIMEOUT_MS: how long one delivery may take
     */
    webhookTimeoutMs: number;
  };
  /**
   * REGISTRY_REFRESH_SECONDS: how often an instance looks for adapters, forms and agreements registered through another instance
   */
  registryRefreshSeconds: number;
  /**
   * AUDIT_RETENTION_MONTHS: months of the audit log kept online; older ones go to signed archives (npm run audit:archive)
   */
  auditRetentionMonths: number;
  /**
   * AUDIT_ARCHIVE_DIR: where npm run audit:archive writes the archives (default DATA_DIR/audit-archives)
   */
  auditArchiveDir?: string;
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
 * What a client may do: portals prefill and check dossiers, agencies register adapters and publish records, auditors read the log, admins register forms and agreements
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

/**
 * A compact JWS (ES256, key id in its header, keys at /.well-known/jwks.json) over the request id, procedure and version, the subject's keyed hash, the salted hash of each released value with its source, and the waived components.
 */

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
 * What a client may do: portals prefill and check dossiers, agencies register adapters and publish records, auditors read the log, admins register forms and agreements
 */

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
      ms: number;
      /**
       * Where a record failed its schema (paths, never values)
       */
      problems?: Problem[];
    };
/**
 * Stable code saying why a field is not filled, or why a source gave nothing (the README lists what each means)
 */

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
      | "RECEIPT_MISMATCH";
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
}

/**
 * Once-only measurement per procedure and portal over a period, from the audit log.
 */

export interface UsageReport {
  from: string;
  to: string;
  rows: {
    procedure: string;
    client: string;
    prefills: number;
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
