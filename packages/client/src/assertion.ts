// The citizen assertion a portal sends in `x-subject-assertion` to read a citizen's access log: a short-lived
// ES256 JWT, signed with the key the portal registered as its assertion key, that vouches for the person the
// portal has authenticated (VNeID).
import { importJWK, SignJWT, type JWK } from 'jose'

export const assertionAudience = 'once-only-gateway'

export interface AssertedSubject {
  type: 'citizen' | 'enterprise'
  /** The 12-digit personal identification number, or the enterprise code. */
  id: string
}

/** The gateway accepts an assertion at most five minutes old; a shorter life limits a leaked one's use. */
export async function signCitizenAssertion ({ subject, privateJwk, clientId, expiresInSeconds = 120 }: { subject: AssertedSubject, privateJwk: JWK, clientId: string, expiresInSeconds?: number }): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuer(clientId)
    .setAudience(assertionAudience)
    .setSubject(`${subject.type}:${subject.id}`)
    .setIssuedAt()
    .setExpirationTime(`${expiresInSeconds}s`)
    .sign(await importJWK(privateJwk, 'ES256'))
}
