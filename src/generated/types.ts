/* eslint-disable */
// Generated from schemas/ by scripts/gen-types.ts. Do not edit: run `npm run gen`.

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
}

/**
 * Whom the data is about: a citizen by 12-digit personal identification number, or an enterprise by enterprise code (10 digits, optional -NNN for a dependent unit).
 */

export interface Subject {
  type: "citizen" | "enterprise";
  id: string;
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

export interface PrefillResponse {
  requestId: string;
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
  audit: {
    /**
     * Sequence number of the audit entry
     */
    entry: number;
  };
}

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
  /**
   * Stable code saying why the field is not filled
   */
  reason?: string;
}

export interface SourceRef {
  id: string;
  agency: string;
}

export interface PrefillDocument {
  code: string;
  title: string;
  status: "waived" | "required";
  evidence?: {
    source: SourceRef;
    retrievedAt: string;
  };
}

export interface SourceOutcome {
  id: string;
  agency: string;
  outcome: "found" | "not_found" | "unavailable";
  reason?: string;
  ms: number;
}

/**
 * How the gateway reaches one dataset of one agency and what its records look like.
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
  };
  transport: {
    /**
     * http: a declarative request; code: one of the code adapters the gateway ships
     */
    kind: "http" | "code";
    /**
     * With kind code: the shipped code adapter's name
     */
    module?: string;
    method?: "GET" | "POST";
    /**
     * Absolute http(s) URL; {subject.id} is replaced by the URL-encoded subject id
     */
    url: string;
    headers?: {
      [k: string]: string;
    };
    timeoutMs: number;
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
}

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
}

export interface Field {
  type: "string" | "number" | "integer" | "boolean" | "object" | "array";
  title?: string;
  properties?: {
    [k: string]: Field;
  };
  "x-prefill"?: {
    source: string;
    pointer: string;
    transform?: Transform;
    fallback?: Binding[];
    /**
     * precedence: the first binding with a value wins; ask: differing values leave the field to the person with status conflict
     */
    onConflict?: "precedence" | "ask";
  };
}
/**
 * One of the gateway's fixed transforms, by name, with its arguments. Nothing here is executed.
 */

export interface Transform {
  name: "date" | "join" | "pick" | "case" | "lookup" | "to-string";
  args?: {};
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
 * Where a form field's value comes from.
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
    roles: ["portal" | "agency" | "auditor" | "admin", ...("portal" | "agency" | "auditor" | "admin")[]];
    /**
     * Required for the agency role: the agency whose adapters the client manages
     */
    agency?: string;
    tokenSha256: string;
  }[];
}

export interface RegistrationResult {
  id: string;
  version: number;
  status: "created" | "unchanged";
  warnings?: string[];
}

export interface AdapterTestResult {
  adapter: string;
  version: number;
  outcome: "found" | "not_found" | "unavailable";
  reason?: string;
  ms: number;
  /**
   * Where the record departs from the record schema
   */
  problems: {
    path: string;
    message: string;
  }[];
  /**
   * Record pointers of classified fields present in the answer (values are never shown)
   */
  fieldsPresent?: string[];
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
  problems?: {
    path: string;
    message: string;
  }[];
}
