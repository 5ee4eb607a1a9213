// Writes the README's table of environment variables from schemas/config.json: each property's variable
// (`x-env`), its default (production's own from the schema's if/then/else) and its description.
// `--check` fails when the README is stale.
import { readFile, writeFile } from 'node:fs/promises'
import configSchema from '../schemas/config.json' with { type: 'json' }

interface Property { 'x-env'?: string, default?: unknown, description?: string, properties?: Record<string, Property> }

const start = '<!-- config:start: generated from schemas/config.json by npm run gen -->'
const end = '<!-- config:end -->'

const code = (value: unknown) => '`' + (typeof value === 'object' ? Object.entries(value as object).map(([k, v]) => `${k}=${v}`).join(',') : String(value)) + '`'
const shown = (value: unknown) => value === undefined || (typeof value === 'object' && Object.keys(value as object).length === 0) ? 'none' : code(value)

/** The default at `path` in a branch of the schema's if/then/else. */
function branchDefault (branch: { properties?: Record<string, Property> }, path: string[]): unknown {
  const property = path.reduce<Property | undefined>((at, key) => at?.properties?.[key], branch as Property)
  return property?.default
}

function defaultOf (property: Property, path: string[]): string {
  const outside = branchDefault(configSchema.else, path)
  const production = branchDefault(configSchema.then, path)
  if (outside !== undefined || production !== undefined) return `${shown(outside)}; ${shown(production)} in production`
  return 'default' in property ? shown(property.default) : 'unset'
}

const row = (cells: string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`

function rows (properties: Record<string, Property>, path: string[] = []): string[] {
  return Object.entries(properties).flatMap(([key, property]) => property.properties
    ? rows(property.properties, [...path, key])
    : property['x-env'] ? [row([`\`${property['x-env']}\``, defaultOf(property, [...path, key]), property.description ?? ''])] : [])
}

/** The README with its configuration table regenerated. */
export function configDocs (readme: string): string {
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README.md lacks the markers ${start} and ${end}`)
  const table = ['| variable | default | meaning |', '| --- | --- | --- |', ...rows(configSchema.properties)]
  return readme.slice(0, from + start.length) + '\n' + table.join('\n') + '\n' + readme.slice(to)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = await readFile('README.md', 'utf8')
  const fresh = configDocs(readme)
  if (process.argv.includes('--check')) {
    if (readme !== fresh) { process.stderr.write('README.md\'s configuration table is stale: run npm run gen\n'); process.exit(1) }
  } else {
    await writeFile('README.md', fresh)
  }
}
