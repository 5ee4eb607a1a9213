// Sandbox subjects the tests use, derived like everything in the sandbox from their index.
import { citizenId, enterpriseCode } from '../../sandbox/subjects.ts'

/** Citizen 0: legal representative of enterprise 0, insured, no criminal record. */
export const representative = citizenId(0)
export const enterprise0 = enterpriseCode(0)
