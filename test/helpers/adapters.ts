import { cp, readFile, writeFile } from 'node:fs/promises'
import type { Test } from 'tap'
import { tempDir } from './infra.ts'

/** A copy of the shipped adapters in which these sources are marked async (slow national databases). */
export async function adaptersWithAsync (t: Test, ...sources: string[]): Promise<string> {
  const dir = await tempDir(t)
  await cp('adapters', dir, { recursive: true })
  for (const source of sources) {
    const file = `${dir}/${source}/manifest.json`
    const manifest = JSON.parse(await readFile(file, 'utf8'))
    manifest.transport.async = true
    await writeFile(file, JSON.stringify(manifest))
  }
  return dir
}
