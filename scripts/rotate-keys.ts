// `npm run keys:rotate`: adds a new signing key to KEYS_DIR (default DATA_DIR/keys/signing). Gateways sign
// with it after their next start; receipts signed with older keys keep verifying, since every key stays
// published at /.well-known/jwks.json.
// `npm run keys:rotate -- --log`: adds a new note key for the sharing log's checkpoints to AUDIT_LOG_KEYS_DIR
// (default DATA_DIR/keys/log). Every key there signs each checkpoint; remove the old one once its verifiers
// have the new vkey (`GET /log/vkey`).
import { loadConfig } from '../src/config.ts'
import { KeyRing } from '../src/keys/key-ring.ts'
import { LogKeys } from '../src/keys/log-keys.ts'

const config = loadConfig()
if (process.argv.includes('--log')) process.stdout.write(`new log key ${await LogKeys.rotate(config.auditLogKeysDir)} in ${config.auditLogKeysDir}\n`)
else process.stdout.write(`new signing key ${await KeyRing.rotate(config.keysDir)} in ${config.keysDir}\n`)
