// The code adapters this gateway ships, by the name a manifest's transport.module gives.
import { judicialRecordsXml } from '../../adapters/judicial-records/xml-adapter.ts'
import type { CodeAdapter } from './code-adapter.ts'

const shipped: CodeAdapter[] = [judicialRecordsXml]

export const codeAdapters: ReadonlyMap<string, CodeAdapter> = new Map(shipped.map((a) => [a.name, a]))
