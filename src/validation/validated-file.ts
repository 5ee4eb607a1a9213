// Values checked against a schema before anything uses them: configuration files and the configuration
// itself. A failure names what was checked and lists every problem in one message.
import { readFile } from 'node:fs/promises'
import type { Ajv } from 'ajv'
import { parse } from 'yaml'
import type { Problem } from '../errors.ts'
import { createAjv, problemsOf } from './ajv.ts'

export type Check<T> = (value: unknown, what: string) => T

const describe = (p: Problem) => `${p.path || '/'} ${p.message}`

/** Compiles `schema` into a check that returns the value typed, or throws naming `what` and every problem. */
export function checker<T> (schema: object, options: { ajv?: Ajv, describe?: (p: Problem) => string } = {}): Check<T> {
  const validate = (options.ajv ?? createAjv()).compile<T>(schema)
  return (value, what) => {
    if (!validate(value)) throw new Error(`${what}: ${problemsOf(validate.errors).map(options.describe ?? describe).join('; ')}`)
    return value
  }
}

/** Reads a YAML (or JSON, which is YAML too) file and checks it. */
export async function loadValidatedFile<T> (check: Check<T>, path: string): Promise<T> {
  return check(parse(await readFile(path, 'utf8')), path)
}
