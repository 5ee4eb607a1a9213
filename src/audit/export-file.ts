// Verifies NDJSON export files, streaming: the offline verifier's core. Several files (archives in order,
// then an export of the online log) are checked as one chain, each continuing where the last ended.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { JWK } from 'jose'
import { ExportVerifier, parseExportLine } from './audit-reader.ts'
import type { VerificationReport } from './chain-verifier.ts'

export async function verifyExportFile (paths: string | string[], jwks: { keys: JWK[] }, onProgress?: (bytesRead: number, totalBytes: number) => void): Promise<VerificationReport> {
  const files = [paths].flat()
  const total = (await Promise.all(files.map((f) => stat(f)))).reduce((sum, s) => sum + s.size, 0)
  const verifier = new ExportVerifier(jwks)
  let before = 0
  let reported = 0
  for (const path of files) {
    // utf8 decoding across chunks, so a character split between two chunks stays whole.
    const input = createReadStream(path, { highWaterMark: 1 << 20, encoding: 'utf8' })
    // Lines are split by hand and checked synchronously: per-line events or promises would cost as much as
    // verifying the entry itself.
    let rest = ''
    for await (const chunk of input as AsyncIterable<string>) {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop()!
      for (const line of lines) {
        const pending = line === '' ? undefined : verifier.add(parseExportLine(line))
        if (pending) await pending
        if (verifier.failed) break
      }
      if (verifier.failed) break
      const read = before + input.bytesRead
      if (onProgress && (read - reported >= 1 << 20 || read === total)) {
        reported = read
        onProgress(read, total)
      }
    }
    if (!verifier.failed && rest.trim() !== '') await verifier.add(parseExportLine(rest.trim()))
    before += input.bytesRead
    input.destroy()
    if (verifier.failed) break
  }
  return verifier.report()
}
