// A registered form, compiled: its bound fields with their value validators, ready for prefill and checks.
import type { ValidateFunction } from 'ajv'
import type { FormDefinition, Subject } from '../generated/types.ts'
import type { BoundField } from './bindings.ts'

export interface CompiledField extends BoundField {
  validateValue: ValidateFunction
}

export interface CompiledForm {
  form: FormDefinition
  procedure: string
  version: number
  subject: Subject['type']
  fields: CompiledField[]
  documents: FormDefinition['x-documents']
  /** Every source the form needs: bound fields and waivable documents (data minimisation starts here). */
  sources: string[]
}
