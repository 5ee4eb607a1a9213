// What the tests that run gateways as processes (faults, failovers, stops) give them: an environment on the
// sandbox's sources with the social insurance source queued, and a log file in the run's log folder.
import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { join } from 'node:path'
import type { Test } from 'tap'
import type { Sandbox } from '../../sandbox/sources.ts'
import { adaptersWithAsync } from './adapters.ts'
import { tempDir } from './infra.ts'

/** The environment every gateway of one test shares (keys included), with `env` for where Redis and PostgreSQL are. */
export async function gatewayEnv (t: Test, sandbox: Sandbox, env: Record<string, string>): Promise<Record<string, string>> {
  return {
    NODE_ENV: 'test',
    DATA_DIR: await tempDir(t),
    ADAPTERS_DIR: await adaptersWithAsync(t, 'social-insurance'),
    ADAPTER_VARS: Object.entries(sandbox.vars).map(([k, v]) => `${k}=${v}`).join(','),
    SUBJECT_HMAC_KEY: randomBytes(32).toString('base64'),
    CACHE_KEY: randomBytes(32).toString('base64'),
    JOB_FETCH_BACKOFF_MS: '20',
    LOG_LEVEL: 'info',
    // A process starved of CPU by the other tests runs late too: no load shedding (see infra.ts).
    MAX_EVENT_LOOP_DELAY_MS: '0',
    ...env
  }
}

/** Writes the gateways' lines to the run's log folder, which scripts/test.sh scans for subject ids at the end. */
export function gatewayLog (t: Test, name: string): (line: string) => void {
  const file = process.env.TEST_LOG_DIR ? createWriteStream(join(process.env.TEST_LOG_DIR, `${name}-${randomBytes(4).toString('hex')}.ndjson`)) : undefined
  t.teardown(() => file?.end())
  return (line) => file?.write(line + '\n')
}
