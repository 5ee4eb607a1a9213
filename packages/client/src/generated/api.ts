/* eslint-disable */
// Generated from openapi.yaml by packages/client/scripts/generate.ts. Do not edit: run `npm run gen`.

export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The keys that verify receipts, checkpoints and archive seals, old ones included after a rotation
         * @description A JSON Web Key Set of ES256 public keys; a signature names its key by kid.
         */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Per procedure, client and source: prefills, fields asked and filled, components waived, checks and violations, source latency and errors. For operators and admins unless METRICS_PUBLIC.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description The process answers; nothing else is checked.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the store and Redis, each ok or down, the queues' depths, and the log's witnesses
         * @description Without the store nothing can be audited, so nothing is served: 503. Without Redis, with the read replica down or lagging (auditor reads then go to the primary), with a source's circuit open, or with fewer witnesses up than AUDIT_WITNESS_QUORUM (checkpoints are not published), the gateway is degraded but serves.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prefill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prefill an e-form for a subject from the sources its bindings name
         * @description Answers by the deadline. Sources still being fetched by a worker leave their fields pending and the answer's status pending; the completed result follows through GET /v1/prefill/{requestId} and the portal's webhook.
         */
        post: operations["prefill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prefill/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The completed result of a prefill that answered pending (202 while it still is)
         * @description Only the client that asked sees it. The completion was audited (action prefill.complete) and carries its own receipt.
         */
        get: operations["getPrefillResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/adapters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an adapter manifest, the current version or a given one
         * @description Earlier versions stay readable after a new one is registered.
         */
        get: operations["getAdapter"];
        /**
         * Register a new version of an adapter (its agency, or an admin)
         * @description Every problem of the manifest is answered at once with 422 and nothing is changed. The same content again is 200; a new version is 201; other content under an existing version, an older version, or a version not above a retired one is 409. With ?dryRun=true: 200 with what the same PUT would answer, nothing stored or audited.
         */
        put: operations["registerAdapter"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/adapters/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire an adapter (its agency, or an admin): no prefill asks it from the next request on
         * @description Its versions stay readable with ?version=; only a higher version registers the id again. While a registered form binds the source or waives a component by it, 409 GW_SOURCE_IN_USE names the forms. Retiring again is 200 unchanged.
         */
        post: operations["retireAdapter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/adapters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the current version of every adapter
         * @description The id, version, agency, title and subject type of each registered adapter.
         */
        get: operations["listAdapters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/adapters/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conformance test: fetch one subject through the adapter and check the record against its schema
         * @description For the adapter's own agency or an admin. The fetch is audited like any access to the subject's data.
         */
        post: operations["testAdapter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How each live source has answered lately: calls, latency, errors by reason, circuit, last success
         * @description An agency sees its own sources, admins and operators all. Counted by the instance that answers, in process, over ?window= (default 15m, at most 1h; the latest 10,000 calls per source at most); another instance counts its own calls.
         */
        get: operations["getSourceHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms/{procedure}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a form, the current version or a given one
         * @description The form's JSON Schema with its x-prefill bindings and dossier components, which a portal renders.
         */
        get: operations["getForm"];
        /**
         * Register a new version of a procedure's e-form
         * @description Every problem of the form (its schema, its bindings to registered sources, its dossier components) is answered at once with 422 and nothing is changed. The same content again is 200; a new version is 201; other content under an existing version, an older version, or a version not above a retired one is 409. With ?dryRun=true: 200 with what the same PUT would answer, nothing stored or audited.
         */
        put: operations["registerForm"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms/{procedure}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a procedure's form: no prefill or submission check uses it from the next request on
         * @description Every version stays readable with ?version=; reading without a version, a prefill and a check are 410 GW_REGISTRATION_RETIRED. Only a higher version registers the procedure again. Retiring again is 200 unchanged.
         */
        post: operations["retireForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the current version of every form
         * @description The procedure code, version, title, agency and subject type of each registered form.
         */
        get: operations["listForms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forms/{procedure}/once-only": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Design-time once-only report: what the form asks that a registered source already holds
         * @description For the form's designers: fields that match a member of a source's record by name or title, and components that a source declares it stands for.
         */
        get: operations["getFormOnceOnlyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List published records, newest first: metadata only, the subject masked, never the record's data
         * @description An agency sees the records issued within its own agency (what it may revoke), an admin all; ?issuedBy= narrows to an agency or unit and its units (403 outside the agency's own), ?type= to a record type. Not audited: no personal data leaves.
         */
        get: operations["listRecords"];
        put?: never;
        /**
         * Publish a recognised record: the result of a resolved procedure, reusable by later ones
         * @description The record is checked against the schema of its record type (an adapter with transport kind records) and issued by a unit of the publishing client's agency; later prefills use it while it is valid. Audited.
         */
        post: operations["publishRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/records/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a record: it is no longer recognised (its issuing agency, or an admin)
         * @description A revoked record fills no field and waives no component from then on; revoking it again changes nothing. Audited.
         */
        post: operations["revokeRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a dossier against the receipt of its prefill; every once-only violation at once
         * @description Send the receipt of the prefill whose values the dossier carries: the one of the completed result when the prefill answered pending. The verdict lists every violation at once (a waived component asked for again, a recognised value re-keyed or altered, a prefillable field left to the person), each with a stable code and a Vietnamese and an English message. Every check is audited.
         */
        post: operations["checkSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/once-only": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Once-only measurement per procedure and portal: fill ratio, waiver ratio, violations (JSON or CSV)
         * @description Computed from the sharing log, so that every gateway instance counts (on the read replica when there is one); format=csv answers text/csv.
         */
        get: operations["getOnceOnlyUsageReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query the sharing log: by subject (full id, hashed here), client, agency, procedure, action and time
         * @description Newest first, a page at a time (nextCursor). The query is itself logged.
         */
        get: operations["queryAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole log as NDJSON (a header line, entries in order, checkpoints after the entry that completes them), for the offline verifier
         * @description Streamed; npm run audit:verify checks it against the JWKS without the gateway. The export is itself logged.
         */
        get: operations["exportAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the stored chain and checkpoints; names the first bad sequence number
         * @description Recomputes every entry's hash and the Merkle tree, and checks each checkpoint's signature against the JWKS. The verification is itself logged.
         */
        get: operations["verifyAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every signed checkpoint
         * @description Each commits to the tree of the log up to its size; proofs are given against them.
         */
        get: operations["listAuditCheckpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/entries/{seq}/proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inclusion proof of an entry against a checkpoint (the latest by default)
         * @description 404 until a checkpoint covers the entry. The request is itself logged.
         */
        get: operations["getAuditInclusionProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/entries/{seq}/tlog-proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A portable proof of an entry (c2sp tlog-proof@v1): its index, audit path and the published checkpoint with its witnesses' cosignatures
         * @description For auditors, and for a portal about its own accesses. The extra line holds the entry's canonical JSON, whose leaf hash the proof binds to the checkpoint; `npm run audit:verify -- --tlog-proof` checks it offline with the log's and the witnesses' verifier keys. 404 until a published checkpoint covers the entry. The request is itself logged.
         */
        get: operations["getAuditTlogProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Consistency proof between two checkpoints: the log of the later one extends the earlier one
         * @description From a tree size to another (the latest by default); 404 when no checkpoint has one of them. The request is itself logged.
         */
        get: operations["getAuditConsistencyProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/vkey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The verifier key (c2sp signed-note) of the log's checkpoints; the log's name is its origin
         * @description One line, `<origin>+<key id>+<base64 key>`: all an outsider needs, with the origin, to verify checkpoints.
         */
        get: operations["getLogVerifierKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest published checkpoint (c2sp tlog-checkpoint): origin, tree size and base64 RFC 6962 root, signed with the log's note keys and cosigned by its witnesses
         * @description A signed note, followed by the cosignatures (c2sp tlog-cosignature) of the configured witnesses; published once AUDIT_WITNESS_QUORUM of them cosigned it. Before the first, the empty tree's. Cached for two seconds at most.
         */
        get: operations["getLogCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/tile/entries/{tilePath}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An entry bundle (c2sp tlog-tiles): `<N>[.p/<W>]`, the canonical entries of a level-0 tile, each prefixed with its length (uint16, big-endian)
         * @description Auditors only: entries carry masked subjects and client names. Each read is itself logged.
         */
        get: operations["getLogEntryBundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/log/tile/{tilePath}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A tile of the log's Merkle tree (c2sp tlog-tiles): `<L>/<N>[.p/<W>]`, hashes only, up to the latest checkpoint
         * @description Public and immutable: the hashes of a published size never change.
         */
        get: operations["getLogTile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subjects/me/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who used my data: for the citizen or enterprise a portal vouches for with a signed assertion (header x-subject-assertion)
         * @description Newest first: which portal and agencies used the data, when, for which procedure and purpose, and which fields; accesses hidden until a date show after it. The read is itself logged.
         */
        get: operations["getAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subjects/me/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the state holds about me: the recognised records about the citizen or enterprise a portal vouches for (header x-subject-assertion)
         * @description Newest first, in force or not, with their issuer, validity and the procedures they prefill; metadata only, the values reach a form through a prefill. The read is itself logged.
         */
        get: operations["getSubjectRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/entries/{seq}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide one of the client's own accesses from the citizen until a date, on a listed legal basis, for at most ACCESS_HIDE_MAX_DAYS after the access unless an admin hides it (auditors still see it)
         * @description For investigations: the legal basis is the code of an article listed in LEGAL_BASES_FILE. Hiding again replaces the end, within the same bound. Every hide is audited.
         */
        post: operations["hideAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an agreement, the current version or a given one
         * @description Earlier versions stay readable after a new one is registered.
         */
        get: operations["getAgreement"];
        /**
         * Register a new version of a sharing agreement
         * @description Every problem is answered at once with 422 and nothing is changed. The same content again is 200; a new version is 201; other content under an existing version, an older version, or a version not above a retired one is 409. With ?dryRun=true: 200 with what the same PUT would answer, nothing stored or audited.
         */
        put: operations["registerAgreement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a sharing agreement: it covers nothing from the next request on
         * @description Every version stays readable with ?version=; only a higher version registers the id again. Retiring again is 200 unchanged.
         */
        post: operations["retireAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current version of every agreement
         * @description Each agreement's current version as registered; earlier versions are read with GET /v1/agreements/{id}?version=.
         */
        get: operations["listAgreements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This portal's webhook (without its secret)
         * @description Its URL and when it was registered; the secret is shown only when registering.
         */
        get: operations["getWebhook"];
        /**
         * Register (or replace) the webhook that receives this portal's completed prefills
         * @description The answer shows the signing secret once; registering again makes a new one.
         */
        put: operations["registerWebhook"];
        post?: never;
        /**
         * Stop deliveries to this portal
         * @description Deliveries still queued are dropped; the completed results stay readable with GET /v1/prefill/{requestId}.
         */
        delete: operations["removeWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook deliveries that failed every attempt
         * @description For admins: which portal, which prefill, how many attempts and the last failure. 503 while the job queue is not reachable.
         */
        get: operations["listDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/dead-letters/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver a dead letter again, with a fresh set of attempts
         * @description To the portal's webhook as registered now. Audited.
         */
        post: operations["replayDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add an agency to the tree, or change one (its name, parent, or whether its units share data)
         * @description Every instance serves the change within REGISTRY_REFRESH_SECONDS; every change is audited. An unknown parent or a cycle is 422; moving an agency that adapters or clients act for into another ministry or province is 409, naming them. 201 added, 200 changed or unchanged.
         */
        put: operations["putAgency"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agency tree: every agency with its parent
         * @description Ministries and provinces have no parent; sharesData says whether their units reuse each other's data (Circular 32/2017/TT-BTTTT).
         */
        get: operations["listAgencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every client, disabled ones included
         * @description Tokens are never shown: only their hashes are kept.
         */
        get: operations["listClients"];
        put?: never;
        /**
         * Add a client: a bearer token shown once, or a certificate for its CSR
         * @description Without csr the answer holds a new bearer token, shown this once: only its SHA-256 is kept. With csr (PEM, RSA; its CN the client id or absent) the answer holds a certificate of the gateway's CA naming the client (CN) and its agency (O); the gateway needs TLS_CA_KEY_FILE for that. Every instance knows the client at once, without a restart.
         */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the caller is: its own client, with its roles and agency
         * @description What a console or a tool shows and offers after sign-in; never a token.
         */
        get: operations["getOwnClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a client
         * @description Its id, name, roles, agency, assertion key and whether it is disabled; never its token.
         */
        get: operations["getClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a client for good: its token and certificates are refused (401) at once on every instance
         * @description Its id is never given to another client; its history stays in the sharing log. Disabling a disabled client changes nothing.
         */
        post: operations["disableClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clients/me/assertion-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * A portal registers its own public key for citizen assertions (JWK, EC P-256, ES256)
         * @description Replaces the portal's key at once on every instance: assertions signed with the old key are refused from then on. A JWK holding a private part (d), or not a point of P-256, is 422.
         */
        put: operations["putAssertionKey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    prefillCompleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A prefill that answered pending has completed
         * @description Sent to the URL registered with PUT /v1/webhook when the sources a prefill left pending have answered. The body is the completed result, the same as GET /v1/prefill/{requestId} answers. A delivery is retried with jittered exponential backoff until it gets a 2xx; after its last attempt it is a dead letter that an admin can replay.
         */
        post: operations["prefillCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** AccessHideRequest */
        AccessHideRequest: {
            /**
             * Format: date-time
             * @description The citizen sees the access from this date: at most ACCESS_HIDE_MAX_DAYS after the access, unless an admin hides it
             */
            until: string;
            /** @description The code of a legal basis listed in LEGAL_BASES_FILE */
            legalBasis: string;
        };
        /**
         * CitizenAccessLog
         * @description Who used the subject's data: newest first.
         */
        CitizenAccessLog: {
            subject: {
                type: string;
                masked: string;
            };
            entries: {
                seq: number;
                /** Format: date-time */
                at: string;
                action: string;
                client: {
                    id: string;
                    name: string;
                };
                /** @description The agencies whose databases answered */
                agencies: {
                    code: string;
                    name: string;
                }[];
                procedure?: string;
                purpose?: string;
                fields?: string[];
            }[];
            /** @description Pass as before for older entries */
            nextBefore?: number;
        };
        /**
         * AdapterManifest
         * @description How the gateway reaches one dataset of one agency and what its records look like. kind records: the dataset is the gateway's own store of recognised records that agencies publish with POST /v1/records.
         */
        AdapterManifest: {
            /** @description Stable source id that forms bind to */
            id: string;
            /** @description Raised by the agency at each change */
            version: number;
            /** @description Code of the owning agency */
            agency: string;
            title: string;
            /** @enum {string} */
            subject: "citizen" | "enterprise";
            /** @description JSON Schema (draft 2020-12 subset understood by Ajv) of the normalised record */
            recordSchema: {
                /** @enum {unknown} */
                type: "object";
            } & {
                [key: string]: unknown;
            };
            /** @description http: a declarative request; code: one of the code adapters the gateway ships; records: recognised records published to the gateway */
            transport: components["schemas"]["HttpTransport"] | components["schemas"]["CodeTransport"] | components["schemas"]["RecordsTransport"];
            response: {
                /** @description JSON Pointer to the record inside the response body */
                record: string;
                /**
                 * @default [
                 *       404
                 *     ]
                 */
                notFound: number[];
                /** @description JSON Pointer, inside the record, to the date-time until which it is valid */
                validUntil?: string;
                /** @description JSON Pointer, inside the record, to the id of the subject the record states it is about (a string in the record schema): a record about another subject is never released (SOURCE_WRONG_SUBJECT). Live sources only */
                subject?: string;
            };
            cache: {
                ttlSeconds: number;
            };
            legalBasis: string;
            /** @description Classification of record fields, keyed by JSON Pointer into the record */
            classification: {
                [key: string]: "public" | "personal" | "sensitive";
            };
            /** @description Codes of dossier components that a valid record of this source stands for (used by the design-time once-only report) */
            documents?: string[];
        };
        /**
         * @default GET
         * @enum {string}
         */
        "AdapterManifest-transport-method": "GET" | "POST";
        /** @description Absolute http(s) URL; {subject.id} is replaced by the URL-encoded subject id. The request must carry the subject: {subject.id} in the URL's path or query, or (kind http) in a header */
        "AdapterManifest-transport-url": string;
        /** @description Request headers; {subject.id} in a value is replaced by the subject id (kind http; a code adapter makes its own requests) */
        "AdapterManifest-transport-headers": {
            [key: string]: string;
        };
        "AdapterManifest-transport-timeoutMs": number;
        /** @description Fetched by a queue worker (slow sources): a prefill answers at its deadline with what is ready and these fields pending; the completed result follows by polling or webhook. Absent means false; not for kind records */
        "AdapterManifest-transport-async": boolean;
        /** AdapterTestRequest */
        AdapterTestRequest: {
            subject: components["schemas"]["Subject"];
        };
        /** AdapterTestResult */
        AdapterTestResult: {
            adapter: string;
            version: number;
            /** @enum {string} */
            outcome: "found" | "not_found" | "unavailable";
            reason?: components["schemas"]["FieldReason"];
            /** @description Why the call failed, beyond the reason: the HTTP status of an unexpected answer, the connection or TLS error code, the content type seen where JSON or XML was expected, the pointer where the record was missing (never a value) */
            detail?: string;
            ms: number;
            /** @description Where the record departs from the record schema */
            problems: components["schemas"]["Problem"][];
            /** @description Record pointers of classified fields present in the answer (values are never shown) */
            fieldsPresent?: string[];
        };
        /**
         * AgencyNode
         * @description One agency of the tree: a ministry or province (no parent), or a unit of one. Circular 32/2017/TT-BTTTT: the units of a ministry or province that shares data reuse each other's data.
         */
        AgencyNode: {
            code: string;
            name: string;
            /** @description The agency this one is a unit of; absent for a ministry or province */
            parent?: string;
            /** @description Top level only: its units reuse each other's data */
            sharesData?: boolean;
        };
        /**
         * Agreement
         * @description A sharing agreement (Decree 47/2020/ND-CP): lets one client use named fields of named sources for a set of procedures, for stated purposes, between two dates.
         */
        Agreement: {
            id: string;
            version: number;
            /** @description The client id the agreement is with */
            client: string;
            procedures: string[];
            sources: {
                source: string;
                /** @description Record pointers the client may receive (a member covers what is under it); * for the whole record */
                fields: string[];
            }[];
            /** @description When given, a prefill must state one of these purposes */
            purposes?: string[];
            legalBasis: string;
            /** Format: date-time */
            validFrom: string;
            /** Format: date-time */
            validUntil: string;
        };
        /**
         * AssertionKey
         * @description A portal's public key (JWK, EC P-256, for ES256) with which it signs citizen assertions; never its private part (d)
         */
        AssertionKey: {
            /** @enum {unknown} */
            kty: "EC";
            /** @enum {unknown} */
            crv: "P-256";
            x: string;
            y: string;
        };
        /**
         * AuditEntryView
         * @description One entry of the sharing log, member for member as it was hashed (absent members are left out).
         */
        AuditEntryView: {
            seq: number;
            /** Format: date-time */
            at: string;
            requestId: string;
            traceId?: string;
            clientId: string;
            role: components["schemas"]["Role"];
            /** @enum {string} */
            action: "prefill" | "prefill.complete" | "submission.check" | "record.publish" | "record.revoke" | "adapter.register" | "form.register" | "adapter.test" | "agreement.register" | "adapter.retire" | "form.retire" | "agreement.retire" | "agency.register" | "client.register" | "client.disable" | "client.assertion-key" | "audit.query" | "audit.export" | "audit.verify" | "audit.proof" | "access-log.read" | "records.read" | "access.hide" | "webhook.register" | "webhook.remove" | "webhook.replay";
            subjectHmac?: string;
            subjectMasked?: string;
            procedure?: string;
            version?: number;
            purpose?: string;
            legalBasis?: string;
            /** @description The sources contacted and how each answered */
            sources?: {
                id: string;
                agency: string;
                outcome: string;
                reason?: string;
            }[];
            /** @description Names of the fields released, never their values */
            fields?: string[];
            receiptId?: string;
            /** @description Counts, codes and ids for measurement and investigation, never personal values */
            detail?: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            result: "ok" | "accept" | "reject";
        };
        /** AuditPage */
        AuditPage: {
            entries: components["schemas"]["AuditEntryView"][];
            /** @description Pass as cursor for the next page; absent on the last page */
            nextCursor?: string;
        };
        /**
         * Binding
         * @description Where a form field's value comes from.
         */
        Binding: {
            source: string;
            /** @description JSON Pointer into the source's record */
            pointer: string;
            transform?: components["schemas"]["Transform"];
        };
        /**
         * AuditCheckpoint
         * @description A signed checkpoint: jws is a compact JWS (ES256, typ oog-checkpoint+jws) over { treeSize, root, chainHead, at }.
         */
        AuditCheckpoint: {
            treeSize: number;
            /** @description RFC 6962 Merkle tree head, hex */
            root: string;
            /** @description Hash of the last entry in the chain, hex */
            chainHead: string;
            /** Format: date-time */
            at: string;
            kid: string;
            jws: string;
        };
        /**
         * ClientCreate
         * @description A new client: without csr it gets a bearer token, shown once; with csr (PEM, its CN the client id or absent) a certificate signed by the gateway's CA
         */
        ClientCreate: {
            /** @description Lower-case letters, digits and hyphens; not "me", which names the caller in /v1/clients/me */
            id: string;
            name: string;
            roles: components["schemas"]["Role"][];
            agency?: string;
            csr?: string;
        };
        /**
         * ClientCreated
         * @description The new client, with its credential: the bearer token (shown this once; only its SHA-256 is kept) or the certificate the gateway's CA signed
         */
        ClientCreated: {
            client: components["schemas"]["ClientView"];
            token?: string;
            certificate?: {
                pem: string;
                serial: string;
            };
        };
        /**
         * ClientView
         * @description A client of the gateway as the admin sees it; its token is never shown again after creation, and never kept in clear
         */
        ClientView: {
            id: string;
            name: string;
            roles: components["schemas"]["Role"][];
            /** @description Required for the portal and agency roles: the agency (or unit) on whose behalf the client acts */
            agency?: string;
            /** @description Portals only: the public key (JWK, ES256) with which the portal signs citizen assertions */
            assertionKey?: {
                /** @enum {unknown} */
                kty: "EC";
                /** @enum {unknown} */
                crv: "P-256";
                x: string;
                y: string;
            };
            /**
             * Format: date-time
             * @description Since when its token and certificates are refused
             */
            disabledAt?: string;
        };
        /** AuditConsistencyProof */
        AuditConsistencyProof: {
            from: components["schemas"]["AuditCheckpoint"];
            to: components["schemas"]["AuditCheckpoint"];
            /** @description RFC 6962 consistency proof, hex */
            proof: string[];
        };
        /** DeadLetter */
        DeadLetter: {
            /** @description The delivery's id (also sent as x-gateway-delivery) */
            id: string;
            requestId: string;
            clientId: string;
            attempts: number;
            /** @description Why the last attempt failed */
            reason: string;
            /** Format: date-time */
            failedAt: string;
        };
        /** DeadLetters */
        DeadLetters: {
            deadLetters: components["schemas"]["DeadLetter"][];
        };
        /**
         * DryRunResult
         * @description What the same PUT without ?dryRun would do, found by the same checks; nothing is stored or audited
         */
        DryRunResult: {
            /** @description Whether the PUT would register it (or find it already registered) */
            valid: boolean;
            /**
             * @description When valid: what the PUT would answer
             * @enum {string}
             */
            status?: "created" | "unchanged";
            /** @description When not valid: the error code the PUT would answer (GW_REGISTRATION_INVALID, GW_VERSION_CONFLICT, GW_VERSION_STALE, GW_VERSION_RETIRED) */
            code?: string;
            /** @description Every problem the PUT would refuse it for, with the same paths */
            problems: components["schemas"]["Problem"][];
            /** @description What is allowed but probably a mistake */
            warnings: string[];
        };
        /** ErrorResponse */
        ErrorResponse: {
            statusCode: number;
            code: components["schemas"]["ErrorCode"];
            error: string;
            message: string;
            requestId: string;
            /** @description Every problem found, for registrations and request validation */
            problems?: components["schemas"]["Problem"][];
        };
        /**
         * FieldReason
         * @description Stable code saying why a field is not filled, or why a source gave nothing (the README lists what each means)
         * @enum {string}
         */
        FieldReason: "SUBJECT_NOT_FOUND" | "NO_VALUE" | "SOURCE_UNAVAILABLE" | "SOURCE_TIMEOUT" | "DEADLINE_EXCEEDED" | "SOURCE_ERROR" | "SOURCE_BAD_RESPONSE" | "SOURCE_WRONG_SUBJECT" | "SOURCE_TOO_LARGE" | "RECORD_INVALID" | "CIRCUIT_OPEN" | "TRANSFORM_FAILED" | "VALUE_INVALID_FOR_FIELD" | "SOURCES_DISAGREE" | "SOURCE_ADDRESS_REFUSED" | "NO_AGREEMENT" | "PURPOSE_NOT_COVERED" | "SOURCE_PENDING" | "QUEUE_UNAVAILABLE" | "SOURCE_NOT_ANSWERED" | "SOURCE_NOT_REGISTERED" | "JOB_UNREADABLE";
        /**
         * FormDefinition
         * @description An e-form: a JSON Schema of an object, with the procedure it serves, prefill bindings on its fields and the dossier components it may waive.
         */
        FormDefinition: {
            /** @enum {unknown} */
            type: "object";
            title?: string;
            properties: {
                [key: string]: components["schemas"]["FormDefinition-field"];
            };
            "x-procedure": {
                code: string;
                version: number;
                title: string;
                /** @description The kind of agency that resolves the procedure, as the national procedure database names it (UBND-CAP-XA, SO-TC): a level shared by every province, so not a code of the agency tree */
                agency: string;
                /** @enum {string} */
                subject: "citizen" | "enterprise";
                /** @description True where the procedure code is a sample, not the national database's */
                sample?: boolean;
            };
            "x-documents": {
                code: string;
                title: string;
                waivedBy: string[];
                /** @description For a source of waivedBy, the JSON Pointer in its record to what stands for the component: the component is waived only when that value is present (not null, nor an empty string, list or object). Without it, a record found is the evidence. */
                evidence?: {
                    [key: string]: string;
                };
            }[];
        } & {
            [key: string]: unknown;
        };
        "FormDefinition-field": {
            /** @enum {unknown} */
            type: "string" | "number" | "integer" | "boolean" | "object" | "array";
            title?: string;
            properties?: {
                [key: string]: components["schemas"]["FormDefinition-field"];
            };
            /**
             * FieldPrefill
             * @description Where a field's value comes from: a binding, its fallbacks, and how to resolve disagreement
             */
            "x-prefill"?: {
                source: string;
                pointer: string;
                transform?: components["schemas"]["Transform"];
                fallback?: components["schemas"]["Binding"][];
                /**
                 * @description precedence: the first binding with a value wins; ask: differing values leave the field to the person with status conflict
                 * @default precedence
                 * @enum {string}
                 */
                onConflict: "precedence" | "ask";
                editable?: {
                    /** @description Why a person may change the recognised value (e.g. a current address that changed); a changed value must then come with a reason */
                    reason: string;
                };
            };
        } & {
            [key: string]: unknown;
        };
        /** AuditInclusionProof */
        AuditInclusionProof: {
            seq: number;
            leafIndex: number;
            entry: components["schemas"]["AuditEntryView"];
            leafHash: string;
            /** @description RFC 6962 audit path, hex */
            proof: string[];
            checkpoint: components["schemas"]["AuditCheckpoint"];
        };
        /**
         * OnceOnlyReport
         * @description What a form asks the person for although a registered source or record type already holds it.
         */
        OnceOnlyReport: {
            procedure: string;
            version: number;
            findings: {
                /** @enum {string} */
                kind: "unbound-field" | "unwaived-document";
                /** @description Pointer of the field in the form */
                field?: string;
                document?: string;
                source: string;
                /** @description Where the source holds it */
                pointer?: string;
                message: string;
            }[];
        };
        /** PrefillDocument */
        PrefillDocument: {
            code: string;
            title: string;
            /**
             * @description pending: the source that could waive it is still being fetched
             * @enum {string}
             */
            status: "waived" | "required" | "pending";
            evidence?: {
                source: components["schemas"]["SourceRef"];
                /** Format: date-time */
                retrievedAt: string;
            };
        };
        /** PrefillField */
        PrefillField: {
            /** @enum {string} */
            status: "filled" | "not_found" | "unavailable" | "pending" | "conflict" | "denied";
            value?: unknown;
            source?: components["schemas"]["SourceRef"];
            /** Format: date-time */
            retrievedAt?: string;
            /** Format: date-time */
            validUntil?: string;
            /** @description Government-verified value the person may not edit */
            locked: boolean;
            reason?: components["schemas"]["FieldReason"];
        };
        /** PrefillPending */
        PrefillPending: {
            requestId: string;
            /**
             * @description Some sources are still being fetched; ask again, or wait for the webhook
             * @enum {unknown}
             */
            status: "pending";
        };
        /** PrefillRequest */
        PrefillRequest: {
            /** @description Procedure code (mã TTHC), e.g. 2.000720 */
            procedure: string;
            /** @description Form version; the current one when absent */
            version?: number;
            subject: components["schemas"]["Subject"];
            purpose?: string;
            /** @description Answer within this many milliseconds; slower sources are marked unavailable */
            deadlineMs?: number;
        };
        /** PrefillResponse */
        PrefillResponse: {
            requestId: string;
            /**
             * @description pending: some sources are still being fetched by a worker; their fields say pending, and GET /v1/prefill/{requestId} (or the portal's webhook) gives the completed result
             * @enum {string}
             */
            status: "complete" | "pending";
            procedure: string;
            version: number;
            subject: {
                /** @enum {string} */
                type: "citizen" | "enterprise";
                masked: string;
            };
            /** @description Keyed by the JSON Pointer of the field in the form */
            fields: {
                [key: string]: components["schemas"]["PrefillField"];
            };
            documents: components["schemas"]["PrefillDocument"][];
            /** @description Every source contacted and how it answered */
            sources: components["schemas"]["SourceOutcome"][];
            receipt: components["schemas"]["Receipt"];
            audit: {
                /** @description Sequence number of the audit entry */
                entry: number;
            };
        };
        /**
         * Problem
         * @description One problem found in a registration, a request or a record: where, and what is wrong (never a value)
         */
        Problem: {
            /** @description JSON Pointer to the offending member */
            path: string;
            message: string;
        };
        /**
         * Receipt
         * @description A compact JWS (ES256, key id in its header, keys at /.well-known/jwks.json) over the request id, procedure and version, the subject's keyed hash, the salted hash of each released value with its source, and the waived components.
         */
        Receipt: {
            id: string;
            token: string;
            /** Format: date-time */
            expiresAt: string;
        };
        /**
         * RecordList
         * @description Published records, newest first: metadata only (never the record's data), the subject masked.
         */
        RecordList: {
            records: {
                /** Format: uuid */
                id: string;
                /** @description The record type (an adapter with transport kind records) */
                type: string;
                subject: {
                    masked: string;
                };
                issuedBy: string;
                /** Format: date-time */
                issuedAt: string;
                /** Format: date-time */
                validUntil?: string;
                /** @description The procedure that produced the record */
                procedure: string;
                /** @description The issuing agency's own reference */
                reference?: string;
                /** @description The client that published it */
                publishedBy: string;
                /** Format: date-time */
                publishedAt: string;
                /** @enum {string} */
                status: "recognised" | "superseded" | "revoked" | "expired";
                /** Format: date-time */
                revokedAt?: string;
                revocationReason?: string;
            }[];
        };
        /**
         * RecordPublishRequest
         * @description A result of a resolved procedure that later procedures may reuse.
         */
        RecordPublishRequest: {
            /** @description A record type: an adapter with transport kind records */
            type: string;
            subject: components["schemas"]["Subject"];
            /** @description The record, valid against the record type's schema */
            data: Record<string, never>;
            /** @description The issuing unit, in the publishing client's agency tree */
            issuedBy: string;
            /** Format: date-time */
            issuedAt: string;
            /** Format: date-time */
            validUntil?: string;
            /** @description The procedure that produced the record */
            procedure: string;
            /** @description The issuing agency's own reference (dossier number) */
            reference?: string;
        };
        /** RecordPublished */
        RecordPublished: {
            /** Format: uuid */
            id: string;
            /** @description Records of the same type and subject this one replaces for prefill (kept as history) */
            supersedes: string[];
        };
        /** RecordRevokeRequest */
        RecordRevokeRequest: {
            reason: string;
        };
        /** RecordRevoked */
        RecordRevoked: {
            id: string;
            /** Format: date-time */
            revokedAt: string;
        };
        /** RegistrationResult */
        RegistrationResult: {
            id: string;
            version: number;
            /** @enum {string} */
            status: "created" | "unchanged";
            warnings?: string[];
        };
        /**
         * RetirementResult
         * @description A retired registration: no longer used from the next request on, its versions still readable with ?version=
         */
        RetirementResult: {
            id: string;
            /** @description The version retired, with every older one; only a higher version registers the id again */
            version: number;
            /**
             * @description unchanged: it was already retired
             * @enum {string}
             */
            status: "retired" | "unchanged";
            /** @description The client that retired it */
            retiredBy: string;
            /** Format: date-time */
            retiredAt: string;
        };
        /**
         * Role
         * @description What a client may do: portals prefill and check dossiers, agencies register adapters and publish records, auditors read the log, admins register forms and agreements, operators read the metrics
         * @enum {string}
         */
        Role: "portal" | "agency" | "auditor" | "admin" | "operator";
        /**
         * SourceHealthReport
         * @description How each live source answered the instance that answers this, over the window: its own calls since it started, at most the latest 10,000 per source (other instances count their own)
         */
        SourceHealthReport: {
            window: string;
            sources: {
                id: string;
                agency: string;
                /** @description Calls made to the source (cache hits and calls refused by an open circuit are not calls) */
                calls: number;
                found: number;
                notFound: number;
                /** @description Failed calls by field reason (SOURCE_TIMEOUT, SOURCE_ERROR, ...) */
                errors: {
                    [key: string]: number;
                };
                /** @description Median latency of the calls, retries included */
                p50Ms?: number;
                p95Ms?: number;
                /**
                 * Format: date-time
                 * @description The last call that found a record or was told there is none, whenever it was
                 */
                lastSuccessAt?: string;
                /** @enum {string} */
                circuit: "closed" | "open" | "half-open";
            }[];
        };
        /** SourceOutcome */
        SourceOutcome: {
            id: string;
            agency: string;
            /** @enum {string} */
            outcome: "found" | "not_found" | "unavailable" | "pending";
            reason?: components["schemas"]["FieldReason"];
            ms: number;
        };
        /** SourceRef */
        SourceRef: {
            id: string;
            agency: string;
        };
        /**
         * SubjectRecords
         * @description The recognised records the state holds about the subject, newest first: what later procedures reuse instead of asking again. Metadata only: the values reach a form through a prefill.
         */
        SubjectRecords: {
            subject: {
                type: string;
                masked: string;
            };
            records: {
                id: string;
                /** @description The record type (an adapter with transport kind records) */
                type: string;
                /** @description The record type's title */
                title: string;
                issuedBy: {
                    code: string;
                    name: string;
                };
                /** Format: date-time */
                issuedAt: string;
                /** Format: date-time */
                validUntil?: string;
                /** @description The procedure that produced the record */
                procedure: string;
                /**
                 * @description recognised: in force and reused by later procedures; superseded: a newer record of the same type and issuer replaced it; revoked: its issuer withdrew it; expired: past validUntil
                 * @enum {string}
                 */
                status: "recognised" | "superseded" | "revoked" | "expired";
                /** @description The procedures whose registered forms the record type prefills or waives components of */
                prefills: string[];
            }[];
        };
        /**
         * Subject
         * @description Whom the data is about: a citizen by 12-digit personal identification number, or an enterprise by enterprise code (10 digits, optional -NNN for a dependent unit).
         */
        Subject: {
            /** @enum {string} */
            type: "citizen" | "enterprise";
            id: string;
        };
        /**
         * SubmissionCheckRequest
         * @description A dossier a portal is about to accept, with the receipt of the prefill it started from.
         */
        SubmissionCheckRequest: {
            procedure: string;
            version: number;
            subject: components["schemas"]["Subject"];
            /** @description The compact JWS from the prefill answer's receipt.token */
            receipt: string;
            /** @description The dossier's field values by form pointer, with where each came from */
            values: {
                [key: string]: {
                    value?: unknown;
                    /**
                     * @description prefill: kept from the prefill; person: typed by the person
                     * @enum {string}
                     */
                    origin: "prefill" | "person";
                    /** @description Why the person changed an editable recognised value */
                    reason?: string;
                };
            };
            /** @description Codes of the dossier components attached or requested */
            documents: string[];
        };
        /** SubmissionCheckResult */
        SubmissionCheckResult: {
            requestId: string;
            /** @enum {string} */
            verdict: "accept" | "reject";
            violations: {
                /** @enum {string} */
                code: "COMPONENT_ALREADY_RECOGNISED" | "RECOGNISED_VALUE_ALTERED" | "RECOGNISED_FIELD_NOT_PREFILLED" | "RECEIPT_INVALID" | "RECEIPT_EXPIRED" | "RECEIPT_MISMATCH" | "RECEIPT_SUPERSEDED" | "RECEIPT_PENDING";
                path?: string;
                document?: string;
                message: {
                    vi: string;
                    en: string;
                };
            }[];
            /** @description Editable recognised fields changed with a declared reason: counted, not rejected */
            changedWithReason: string[];
            audit: {
                entry: number;
            };
        };
        /**
         * Transform
         * @description One of the gateway's fixed transforms, by name, with its arguments. Nothing here is executed.
         */
        Transform: {
            /** @enum {string} */
            name: "date" | "join" | "pick" | "case" | "lookup" | "to-string";
            /** @description The transform's arguments (see the README's list of transforms) */
            args?: {
                [key: string]: unknown;
            };
        };
        /**
         * UsageReport
         * @description Once-only measurement per procedure and portal over a period, from the audit log.
         */
        UsageReport: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            rows: {
                /**
                 * Format: date-time
                 * @description With interval: the start of the day, week or month the row counts
                 */
                period?: string;
                procedure: string;
                client: string;
                prefills: number;
                /** @description Completions of prefills that answered pending (step: completion) */
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
                    [key: string]: number;
                };
            }[];
        };
        /** AuditVerificationReport */
        AuditVerificationReport: {
            ok: boolean;
            entries: number;
            checkpoints: number;
            treeSize: number;
            root: string;
            chainHead: string;
            firstBad?: {
                seq: number;
                /** @enum {string} */
                reason: "altered" | "missing" | "reordered" | "bad-signature" | "checkpoint-mismatch";
                message: string;
            };
        };
        /** WebhookRegistration */
        WebhookRegistration: {
            /** @description Absolute http(s) URL that receives completed prefills (POST, JSON, signed) */
            url: string;
        };
        /** Webhook */
        Webhook: {
            url: string;
            /** @description Shown once, when registered. Deliveries carry x-gateway-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with this secret> */
            secret?: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * ErrorCode
         * @description Stable code of an error; published codes are never renamed
         * @enum {string}
         */
        ErrorCode: "GW_ACCESS_UNKNOWN" | "GW_ADAPTER_UNKNOWN" | "GW_AGENCY_CYCLE" | "GW_AGENCY_FORBIDDEN" | "GW_AGENCY_IN_USE" | "GW_AGENCY_PARENT_UNKNOWN" | "GW_AGENCY_UNKNOWN" | "GW_AGREEMENT_UNKNOWN" | "GW_ASSERTION_INVALID" | "GW_ASSERTION_KEY_INVALID" | "GW_AUDIT_ENTRY_NOT_OWN" | "GW_AUDIT_PROOF_UNAVAILABLE" | "GW_AUDIT_UNAVAILABLE" | "GW_AUTH_INVALID" | "GW_AUTH_MISSING" | "GW_BAD_REQUEST" | "GW_BAD_URL" | "GW_BODY_INVALID_JSON" | "GW_BODY_TOO_DEEP" | "GW_BODY_TOO_LARGE" | "GW_CA_KEY_MISSING" | "GW_CERT_INVALID" | "GW_CERT_REVOKED" | "GW_CERT_UNKNOWN_CLIENT" | "GW_CLIENT_DISABLED" | "GW_CLIENT_EXISTS" | "GW_CLIENT_UNKNOWN" | "GW_CRL_STALE" | "GW_CSR_INVALID" | "GW_DEAD_LETTER_UNKNOWN" | "GW_FORM_VERSION_UNKNOWN" | "GW_HEADERS_TOO_LARGE" | "GW_HIDE_HELD" | "GW_HIDE_TOO_LONG" | "GW_ID_MISMATCH" | "GW_INTERNAL" | "GW_LEGAL_BASIS_UNKNOWN" | "GW_LOG_TILE_ARCHIVED" | "GW_LOG_TILE_PATH_INVALID" | "GW_LOG_TILE_UNPUBLISHED" | "GW_MALFORMED_HTTP" | "GW_MEDIA_TYPE_UNSUPPORTED" | "GW_NOT_FOUND" | "GW_OVERLOADED" | "GW_PREFILL_UNKNOWN" | "GW_PROCEDURE_UNKNOWN" | "GW_QUEUE_UNAVAILABLE" | "GW_RATE_LIMITED" | "GW_RECORD_INVALID" | "GW_RECORD_ISSUER_FORBIDDEN" | "GW_RECORD_TYPE_UNKNOWN" | "GW_RECORD_UNKNOWN" | "GW_REGISTRATION_INVALID" | "GW_REGISTRATION_RETIRED" | "GW_REQUEST_TIMEOUT" | "GW_ROLE_FORBIDDEN" | "GW_SOURCE_IN_USE" | "GW_STORE_UNAVAILABLE" | "GW_SUBJECT_ID_INVALID" | "GW_SUBJECT_TYPE_MISMATCH" | "GW_TEXT_UNSTORABLE" | "GW_URI_TOO_LONG" | "GW_VALIDATION_FAILED" | "GW_VERSION_CONFLICT" | "GW_VERSION_RETIRED" | "GW_VERSION_STALE" | "GW_WEBHOOK_REFUSED" | "GW_WEBHOOK_UNKNOWN";
        /**
         * HttpTransport
         * @description A declarative HTTP request
         */
        HttpTransport: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "http";
            method?: components["schemas"]["AdapterManifest-transport-method"];
            url: components["schemas"]["AdapterManifest-transport-url"];
            headers?: components["schemas"]["AdapterManifest-transport-headers"];
            timeoutMs: components["schemas"]["AdapterManifest-transport-timeoutMs"];
            async?: components["schemas"]["AdapterManifest-transport-async"];
        };
        /**
         * CodeTransport
         * @description One of the code adapters the gateway ships, for what a manifest cannot say
         */
        CodeTransport: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "code";
            /** @description The shipped code adapter's name */
            module: string;
            method?: components["schemas"]["AdapterManifest-transport-method"];
            url: components["schemas"]["AdapterManifest-transport-url"];
            headers?: components["schemas"]["AdapterManifest-transport-headers"];
            timeoutMs: components["schemas"]["AdapterManifest-transport-timeoutMs"];
            async?: components["schemas"]["AdapterManifest-transport-async"];
        };
        /**
         * RecordsTransport
         * @description Recognised records that agencies publish to the gateway (POST /v1/records); never asked asynchronously
         */
        RecordsTransport: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "records";
            timeoutMs?: components["schemas"]["AdapterManifest-transport-timeoutMs"];
            /** @enum {unknown} */
            async?: false;
            /** @description Agencies whose units may issue records of this type, besides the owner agency's own units (for example the provincial justice departments for a Ministry of Justice certificate). The owner agency names them when it registers the type. */
            issuers?: string[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys: ({
                            kty: string;
                            kid: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Prometheus text format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        status: "ok";
                    };
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready or degraded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        status: "ready" | "degraded" | "unavailable";
                        checks: {
                            /** @enum {unknown} */
                            store: "ok" | "down";
                            /** @enum {unknown} */
                            redis: "ok" | "down";
                            /**
                             * @description The read replica of DATABASE_READ_URL, where set; lagging (it trails the primary by more than DATABASE_READ_MAX_LAG_SECONDS) or down: auditor reads are on the primary
                             * @enum {unknown}
                             */
                            replica?: "ok" | "lagging" | "down";
                        };
                        /** @description The read replica's lag at its last probe (every second), where DATABASE_READ_URL is set and it answers */
                        replica?: {
                            /** @description How long ago the primary committed what the replica has not replayed yet */
                            lagSeconds: number;
                            /** @description WAL bytes not replayed yet */
                            lagBytes: number;
                            /** @description DATABASE_READ_MAX_LAG_SECONDS: past it, the replica is lagging */
                            maxLagSeconds: number;
                        };
                        /** @description Each source's circuit, where METRICS_PUBLIC */
                        circuits?: {
                            [key: string]: "closed" | "open" | "half-open";
                        };
                        /** @description The depth of each BullMQ queue (slow-source fetches, webhook deliveries; failed deliveries are the dead letters), where METRICS_PUBLIC and Redis answers */
                        queues?: {
                            prefill: {
                                waiting: number;
                                active: number;
                                delayed: number;
                                failed: number;
                            };
                            webhooks: {
                                waiting: number;
                                active: number;
                                delayed: number;
                                failed: number;
                            };
                        };
                        /** @description Each witness of AUDIT_WITNESSES: the latest size it cosigned, the entries it lags behind the latest checkpoint, failed submissions, and whether the last one succeeded */
                        witnesses?: {
                            name: string;
                            cosignedSize: number;
                            lag: number;
                            errors: number;
                            up: boolean;
                            lastError?: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The store is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        status: "ready" | "degraded" | "unavailable";
                        checks: {
                            /** @enum {unknown} */
                            store: "ok" | "down";
                            /** @enum {unknown} */
                            redis: "ok" | "down";
                            /**
                             * @description The read replica of DATABASE_READ_URL, where set; lagging (it trails the primary by more than DATABASE_READ_MAX_LAG_SECONDS) or down: auditor reads are on the primary
                             * @enum {unknown}
                             */
                            replica?: "ok" | "lagging" | "down";
                        };
                        /** @description The read replica's lag at its last probe (every second), where DATABASE_READ_URL is set and it answers */
                        replica?: {
                            /** @description How long ago the primary committed what the replica has not replayed yet */
                            lagSeconds: number;
                            /** @description WAL bytes not replayed yet */
                            lagBytes: number;
                            /** @description DATABASE_READ_MAX_LAG_SECONDS: past it, the replica is lagging */
                            maxLagSeconds: number;
                        };
                        /** @description Each source's circuit, where METRICS_PUBLIC */
                        circuits?: {
                            [key: string]: "closed" | "open" | "half-open";
                        };
                        /** @description The depth of each BullMQ queue (slow-source fetches, webhook deliveries; failed deliveries are the dead letters), where METRICS_PUBLIC and Redis answers */
                        queues?: {
                            prefill: {
                                waiting: number;
                                active: number;
                                delayed: number;
                                failed: number;
                            };
                            webhooks: {
                                waiting: number;
                                active: number;
                                delayed: number;
                                failed: number;
                            };
                        };
                        /** @description Each witness of AUDIT_WITNESSES: the latest size it cosigned, the entries it lags behind the latest checkpoint, failed submissions, and whether the last one succeeded */
                        witnesses?: {
                            name: string;
                            cosignedSize: number;
                            lag: number;
                            errors: number;
                            up: boolean;
                            lastError?: string;
                        }[];
                    };
                };
            };
        };
    };
    prefill: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrefillRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrefillResponse"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gone: GW_REGISTRATION_RETIRED */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: GW_BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: GW_MEDIA_TYPE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPrefillResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrefillResponse"];
                };
            };
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrefillPending"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAdapter: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                /** @description The source id forms bind to */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How the gateway reaches one dataset of one agency and what its records look like. kind records: the dataset is the gateway's own store of recognised records that agencies publish with POST /v1/records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdapterManifest"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gone: GW_REGISTRATION_RETIRED */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    registerAdapter: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The source id forms bind to */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdapterManifest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResult"] | components["schemas"]["DryRunResult"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResult"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: GW_AGENCY_IN_USE, GW_CA_KEY_MISSING, GW_CLIENT_EXISTS, GW_HIDE_HELD, GW_SOURCE_IN_USE, GW_VERSION_CONFLICT, GW_VERSION_RETIRED, GW_VERSION_STALE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: GW_BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: GW_MEDIA_TYPE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Entity: GW_AGENCY_CYCLE, GW_AGENCY_PARENT_UNKNOWN, GW_AGENCY_UNKNOWN, GW_ASSERTION_KEY_INVALID, GW_CSR_INVALID, GW_HIDE_TOO_LONG, GW_LEGAL_BASIS_UNKNOWN, GW_RECORD_INVALID, GW_REGISTRATION_INVALID, GW_WEBHOOK_REFUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    retireAdapter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The source id forms bind to */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A retired registration: no longer used from the next request on, its versions still readable with ?version= */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetirementResult"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: GW_AGENCY_IN_USE, GW_CA_KEY_MISSING, GW_CLIENT_EXISTS, GW_HIDE_HELD, GW_SOURCE_IN_USE, GW_VERSION_CONFLICT, GW_VERSION_RETIRED, GW_VERSION_STALE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAdapters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        version: number;
                        agency: string;
                        title: string;
                        subject: string;
                    }[];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    testAdapter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The source id forms bind to */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdapterTestRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdapterTestResult"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gone: GW_REGISTRATION_RETIRED */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: GW_BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: GW_MEDIA_TYPE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSourceHealth: {
        parameters: {
            query?: {
                /** @description How far back to count: seconds, minutes or hours (90s, 15m, 1h), at most 1h */
                window?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How each live source answered the instance that answers this, over the window: its own calls since it started, at most the latest 10,000 per source (other instances count their own) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceHealthReport"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getForm: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                /** @description Procedure code (mã TTHC) */
                procedure: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An e-form: a JSON Schema of an object, with the procedure it serves, prefill bindings on its fields and the dossier components it may waive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormDefinition"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gone: GW_REGISTRATION_RETIRED */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    registerForm: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description Procedure code (mã TTHC) */
                procedure: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FormDefinition"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResult"] | components["schemas"]["DryRunResult"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResult"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: GW_AGENCY_IN_USE, GW_CA_KEY_MISSING, GW_CLIENT_EXISTS, GW_HIDE_HELD, GW_SOURCE_IN_USE, GW_VERSION_CONFLICT, GW_VERSION_RETIRED, GW_VERSION_STALE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: GW_BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: GW_MEDIA_TYPE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Entity: GW_AGENCY_CYCLE, GW_AGENCY_PARENT_UNKNOWN, GW_AGENCY_UNKNOWN, GW_ASSERTION_KEY_INVALID, GW_CSR_INVALID, GW_HIDE_TOO_LONG, GW_LEGAL_BASIS_UNKNOWN, GW_RECORD_INVALID, GW_REGISTRATION_INVALID, GW_WEBHOOK_REFUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    retireForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Procedure code (mã TTHC) */
                procedure: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A retired registration: no longer used from the next request on, its versions still readable with ?version= */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetirementResult"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: GW_AGENCY_IN_USE, GW_CA_KEY_MISSING, GW_CLIENT_EXISTS, GW_HIDE_HELD, GW_SOURCE_IN_USE, GW_VERSION_CONFLICT, GW_VERSION_RETIRED, GW_VERSION_STALE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listForms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        procedure: string;
                        version: number;
                        title: string;
                        agency: string;
                        subject: string;
                    }[];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getFormOnceOnlyReport: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                /** @description Procedure code (mã TTHC) */
                procedure: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What a form asks the person for although a registered source or record type already holds it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnceOnlyReport"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gone: GW_REGISTRATION_RETIRED */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listRecords: {
        parameters: {
            query?: {
                /** @description Only records of this record type */
                type?: string;
                /** @description Only records issued by this agency or its units */
                issuedBy?: string;
                /** @description At most this many records, newest first */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published records, newest first: metadata only (never the record's data), the subject masked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordList"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    publishRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPublishRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordPublished"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: GW_BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: GW_MEDIA_TYPE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Entity: GW_AGENCY_CYCLE, GW_AGENCY_PARENT_UNKNOWN, GW_AGENCY_UNKNOWN, GW_ASSERTION_KEY_INVALID, GW_CSR_INVALID, GW_HIDE_TOO_LONG, GW_LEGAL_BASIS_UNKNOWN, GW_RECORD_INVALID, GW_REGISTRATION_INVALID, GW_WEBHOOK_REFUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    revokeRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordRevokeRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordRevoked"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: GW_BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: GW_MEDIA_TYPE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    checkSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmissionCheckRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionCheckResult"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gone: GW_REGISTRATION_RETIRED */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: GW_BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: GW_MEDIA_TYPE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getOnceOnlyUsageReport: {
        parameters: {
            query?: {
                /** @description Default: 30 days ago */
                from?: string;
                /** @description Default: now */
                to?: string;
                format?: "json" | "csv";
                /** @description Also split the period into calendar days, weeks or months (Vietnam's time): each row then says its period */
                interval?: "day" | "week" | "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageReport"];
                    "text/csv": string;
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    queryAudit: {
        parameters: {
            query?: {
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    exportAudit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One JSON document per line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    verifyAudit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerificationReport"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAuditCheckpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checkpoints: components["schemas"]["AuditCheckpoint"][];
                    };
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAuditInclusionProof: {
        parameters: {
            query?: {
                /** @description The checkpoint to prove against; the latest when absent */
                treeSize?: number;
            };
            header?: never;
            path: {
                /** @description Sequence number of a sharing-log entry */
                seq: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditInclusionProof"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAuditTlogProof: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sequence number of a sharing-log entry */
                seq: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proof */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAuditConsistencyProof: {
        parameters: {
            query: {
                /** @description Tree size of the earlier checkpoint */
                from: number;
                /** @description Tree size of the later checkpoint; the latest when absent */
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditConsistencyProof"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getLogVerifierKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verifier key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getLogCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkpoint note */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getLogEntryBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The rest of the path */
                tilePath: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getLogTile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The rest of the path */
                tilePath: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAccessLog: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Entries before this sequence number (the next page) */
                before?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who used the subject's data: newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitizenAccessLog"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSubjectRecords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recognised records the state holds about the subject, newest first: what later procedures reuse instead of asking again. Metadata only: the values reach a form through a prefill. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRecords"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    hideAccess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Sequence number of a sharing-log entry */
                seq: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessHideRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        seq: number;
                        /** Format: date-time */
                        hiddenUntil: string;
                    };
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: GW_AGENCY_IN_USE, GW_CA_KEY_MISSING, GW_CLIENT_EXISTS, GW_HIDE_HELD, GW_SOURCE_IN_USE, GW_VERSION_CONFLICT, GW_VERSION_RETIRED, GW_VERSION_STALE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: GW_BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: GW_MEDIA_TYPE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Entity: GW_AGENCY_CYCLE, GW_AGENCY_PARENT_UNKNOWN, GW_AGENCY_UNKNOWN, GW_ASSERTION_KEY_INVALID, GW_CSR_INVALID, GW_HIDE_TOO_LONG, GW_LEGAL_BASIS_UNKNOWN, GW_RECORD_INVALID, GW_REGISTRATION_INVALID, GW_WEBHOOK_REFUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAgreement: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A sharing agreement (Decree 47/2020/ND-CP): lets one client use named fields of named sources for a set of procedures, for stated purposes, between two dates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Gone: GW_REGISTRATION_RETIRED */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    registerAgreement: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Agreement"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResult"] | components["schemas"]["DryRunResult"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationResult"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: GW_AGENCY_IN_USE, GW_CA_KEY_MISSING, GW_CLIENT_EXISTS, GW_HIDE_HELD, GW_SOURCE_IN_USE, GW_VERSION_CONFLICT, GW_VERSION_RETIRED, GW_VERSION_STALE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: GW_BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: GW_MEDIA_TYPE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Entity: GW_AGENCY_CYCLE, GW_AGENCY_PARENT_UNKNOWN, GW_AGENCY_UNKNOWN, GW_ASSERTION_KEY_INVALID, GW_CSR_INVALID, GW_HIDE_TOO_LONG, GW_LEGAL_BASIS_UNKNOWN, GW_RECORD_INVALID, GW_REGISTRATION_INVALID, GW_WEBHOOK_REFUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    retireAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A retired registration: no longer used from the next request on, its versions still readable with ?version= */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetirementResult"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: GW_AGENCY_IN_USE, GW_CA_KEY_MISSING, GW_CLIENT_EXISTS, GW_HIDE_HELD, GW_SOURCE_IN_USE, GW_VERSION_CONFLICT, GW_VERSION_RETIRED, GW_VERSION_STALE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAgreements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"][];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    registerWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookRegistration"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: GW_BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: GW_MEDIA_TYPE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Entity: GW_AGENCY_CYCLE, GW_AGENCY_PARENT_UNKNOWN, GW_AGENCY_UNKNOWN, GW_ASSERTION_KEY_INVALID, GW_CSR_INVALID, GW_HIDE_TOO_LONG, GW_LEGAL_BASIS_UNKNOWN, GW_RECORD_INVALID, GW_REGISTRATION_INVALID, GW_WEBHOOK_REFUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    removeWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listDeadLetters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetters"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    replayDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetter"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyNode"];
            };
        };
        responses: {
            /** @description One agency of the tree: a ministry or province (no parent), or a unit of one. Circular 32/2017/TT-BTTTT: the units of a ministry or province that shares data reuse each other's data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyNode"];
                };
            };
            /** @description One agency of the tree: a ministry or province (no parent), or a unit of one. Circular 32/2017/TT-BTTTT: the units of a ministry or province that shares data reuse each other's data. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyNode"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: GW_AGENCY_IN_USE, GW_CA_KEY_MISSING, GW_CLIENT_EXISTS, GW_HIDE_HELD, GW_SOURCE_IN_USE, GW_VERSION_CONFLICT, GW_VERSION_RETIRED, GW_VERSION_STALE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: GW_BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: GW_MEDIA_TYPE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Entity: GW_AGENCY_CYCLE, GW_AGENCY_PARENT_UNKNOWN, GW_AGENCY_UNKNOWN, GW_ASSERTION_KEY_INVALID, GW_CSR_INVALID, GW_HIDE_TOO_LONG, GW_LEGAL_BASIS_UNKNOWN, GW_RECORD_INVALID, GW_REGISTRATION_INVALID, GW_WEBHOOK_REFUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAgencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyNode"][];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientView"][];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientCreate"];
            };
        };
        responses: {
            /** @description The new client, with its credential: the bearer token (shown this once; only its SHA-256 is kept) or the certificate the gateway's CA signed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientCreated"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflict: GW_AGENCY_IN_USE, GW_CA_KEY_MISSING, GW_CLIENT_EXISTS, GW_HIDE_HELD, GW_SOURCE_IN_USE, GW_VERSION_CONFLICT, GW_VERSION_RETIRED, GW_VERSION_STALE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: GW_BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: GW_MEDIA_TYPE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Entity: GW_AGENCY_CYCLE, GW_AGENCY_PARENT_UNKNOWN, GW_AGENCY_UNKNOWN, GW_ASSERTION_KEY_INVALID, GW_CSR_INVALID, GW_HIDE_TOO_LONG, GW_LEGAL_BASIS_UNKNOWN, GW_RECORD_INVALID, GW_REGISTRATION_INVALID, GW_WEBHOOK_REFUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getOwnClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A client of the gateway as the admin sees it; its token is never shown again after creation, and never kept in clear */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientView"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A client of the gateway as the admin sees it; its token is never shown again after creation, and never kept in clear */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientView"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    disableClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A client of the gateway as the admin sees it; its token is never shown again after creation, and never kept in clear */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientView"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not Found: GW_ACCESS_UNKNOWN, GW_ADAPTER_UNKNOWN, GW_AGREEMENT_UNKNOWN, GW_AUDIT_PROOF_UNAVAILABLE, GW_CLIENT_UNKNOWN, GW_DEAD_LETTER_UNKNOWN, GW_FORM_VERSION_UNKNOWN, GW_LOG_TILE_ARCHIVED, GW_LOG_TILE_UNPUBLISHED, GW_NOT_FOUND, GW_PREFILL_UNKNOWN, GW_PROCEDURE_UNKNOWN, GW_RECORD_TYPE_UNKNOWN, GW_RECORD_UNKNOWN, GW_WEBHOOK_UNKNOWN */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description URI Too Long: GW_URI_TOO_LONG */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    putAssertionKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssertionKey"];
            };
        };
        responses: {
            /** @description A client of the gateway as the admin sees it; its token is never shown again after creation, and never kept in clear */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientView"];
                };
            };
            /** @description Bad Request: GW_BAD_REQUEST, GW_BAD_URL, GW_BODY_INVALID_JSON, GW_BODY_TOO_DEEP, GW_ID_MISMATCH, GW_LOG_TILE_PATH_INVALID, GW_MALFORMED_HTTP, GW_SUBJECT_ID_INVALID, GW_SUBJECT_TYPE_MISMATCH, GW_TEXT_UNSTORABLE, GW_VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unauthorized: GW_ASSERTION_INVALID, GW_AUTH_INVALID, GW_AUTH_MISSING, GW_CERT_INVALID, GW_CERT_REVOKED, GW_CERT_UNKNOWN_CLIENT, GW_CLIENT_DISABLED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Forbidden: GW_AGENCY_FORBIDDEN, GW_AUDIT_ENTRY_NOT_OWN, GW_RECORD_ISSUER_FORBIDDEN, GW_ROLE_FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Payload Too Large: GW_BODY_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Media Type: GW_MEDIA_TYPE_UNSUPPORTED */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unprocessable Entity: GW_AGENCY_CYCLE, GW_AGENCY_PARENT_UNKNOWN, GW_AGENCY_UNKNOWN, GW_ASSERTION_KEY_INVALID, GW_CSR_INVALID, GW_HIDE_TOO_LONG, GW_LEGAL_BASIS_UNKNOWN, GW_RECORD_INVALID, GW_REGISTRATION_INVALID, GW_WEBHOOK_REFUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too Many Requests: GW_RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Service Unavailable: GW_AUDIT_UNAVAILABLE, GW_CRL_STALE, GW_OVERLOADED, GW_QUEUE_UNAVAILABLE, GW_STORE_UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    prefillCompleted: {
        parameters: {
            query?: never;
            header: {
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret shown when the webhook was registered>. Recompute it over the raw body, compare in constant time, and refuse a t too far from now. */
                "x-gateway-signature": string;
                /** @description The delivery id, the same on every attempt and replay: a repeated one is the same delivery */
                "x-gateway-delivery": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrefillResponse"];
            };
        };
        responses: {
            /** @description Received; the delivery is done */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Refused (a signature that does not verify, for example); retried like any answer but a 2xx */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
