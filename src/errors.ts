// Every error the gateway answers, defined once. Codes are published: never rename one.
import createError from '@fastify/error'

export const AuthMissing = createError('GW_AUTH_MISSING', 'Authentication is required', 401)
export const AuthInvalid = createError('GW_AUTH_INVALID', 'The credentials are not valid', 401)
export const RoleForbidden = createError('GW_ROLE_FORBIDDEN', 'Role %s may not call this route', 403)
export const AgencyForbidden = createError('GW_AGENCY_FORBIDDEN', 'A client of agency %s may not manage adapters of agency %s', 403)
export const ValidationFailed = createError('GW_VALIDATION_FAILED', 'The request is not valid: %s', 400)
export const SubjectIdInvalid = createError('GW_SUBJECT_ID_INVALID', 'The subject id is not a valid %s', 400)
export const SubjectTypeMismatch = createError('GW_SUBJECT_TYPE_MISMATCH', 'Procedure %s is about a %s, not a %s', 400)
export const ProcedureUnknown = createError('GW_PROCEDURE_UNKNOWN', 'No form is registered for procedure %s', 404)
export const FormVersionUnknown = createError('GW_FORM_VERSION_UNKNOWN', 'Procedure %s has no form version %s', 404)
export const AdapterUnknown = createError('GW_ADAPTER_UNKNOWN', 'No adapter %s is registered', 404)
export const RegistrationInvalid = createError('GW_REGISTRATION_INVALID', 'The registration is not valid; nothing was changed', 422)
export const IdMismatch = createError('GW_ID_MISMATCH', 'The path says %s but the body says %s', 400)
export const VersionConflict = createError('GW_VERSION_CONFLICT', '%s version %s is already registered with other content; register a higher version', 409)
export const VersionStale = createError('GW_VERSION_STALE', '%s version %s is older than the current version %s', 409)
export const NotFound = createError('GW_NOT_FOUND', 'Route %s %s does not exist', 404)
export const BodyInvalidJson = createError('GW_BODY_INVALID_JSON', 'The request body is not valid JSON', 400)
export const BadRequest = createError('GW_BAD_REQUEST', '%s', 400)
export const BodyTooLarge = createError('GW_BODY_TOO_LARGE', 'The request body is too large', 413)
export const MediaTypeUnsupported = createError('GW_MEDIA_TYPE_UNSUPPORTED', 'Send application/json', 415)
export const AuditUnavailable = createError('GW_AUDIT_UNAVAILABLE', 'The audit log cannot be written; no data is released', 503)
export const StoreUnavailable = createError('GW_STORE_UNAVAILABLE', 'The database is not reachable', 503)
export const Internal = createError('GW_INTERNAL', 'Internal error', 500)

export interface Problem { path: string, message: string }
