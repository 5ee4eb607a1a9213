// Subject identifiers: validation by their legal structure, masking for display.
import { birthProvinceName } from '../admin-units/admin-units.ts'
import { SubjectIdInvalid } from '../errors.ts'
import type { Subject } from '../generated/types.ts'

export type { Subject }

/**
 * A personal identification number (Circular 07/2016/TT-BCA, art. 7): 3-digit code of the province where
 * the birth was registered, a century-and-sex digit (0/1 for 1900-1999, 2/3 for 2000-2099, ...), two digits
 * of the birth year and six random digits.
 * Returns why it is invalid, or undefined when it is valid.
 */
export function personalIdProblem (id: string, now = new Date()): string | undefined {
  if (!/^\d{12}$/.test(id)) return 'it must be 12 digits'
  if (birthProvinceName(id.slice(0, 3)) === undefined) return 'its first 3 digits are not a province code'
  const century = 1900 + Math.floor(Number(id[3]) / 2) * 100
  const year = century + Number(id.slice(4, 6))
  if (year > now.getUTCFullYear()) return 'its birth year is in the future'
  return undefined
}

/** An enterprise code (mã số doanh nghiệp): 10 digits, and -NNN for a dependent unit. */
export function enterpriseCodeProblem (id: string): string | undefined {
  return /^\d{10}(-\d{3})?$/.test(id) ? undefined : 'it must be 10 digits, optionally followed by -NNN'
}

export function subjectIdProblem (subject: Subject): string | undefined {
  return subject.type === 'citizen' ? personalIdProblem(subject.id) : enterpriseCodeProblem(subject.id)
}

/** Throws the one 400 every route gives for an id that does not have its legal structure. */
export function assertSubjectId (subject: Subject): void {
  const problem = subjectIdProblem(subject)
  if (problem) throw new SubjectIdInvalid(`${subject.type === 'citizen' ? 'personal identification number' : 'enterprise code'}: ${problem}`)
}

/** Keeps the province prefix and the last two digits, so a person can recognise their own id and nobody else can. */
export function maskSubjectId (id: string): string {
  const keepHead = id.length >= 12 ? 3 : 2
  return id.slice(0, keepHead) + '*'.repeat(Math.max(0, id.length - keepHead - 2)) + id.slice(-2)
}

/**
 * Whether the id a source's record states is the id asked for. Sources may space their ids out; otherwise
 * the ids must be the same: an enterprise's head office (0101234567) and its dependent unit (0101234567-001)
 * are different subjects.
 */
export function sameSubjectId (stated: unknown, asked: string): boolean {
  return typeof stated === 'string' && stated.replace(/\s+/g, '') === asked
}
