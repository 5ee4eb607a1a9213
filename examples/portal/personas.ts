// Who may sign in: the sandbox personas stand for people VNeID has authenticated. A real portal gets the
// subject from the identity provider; here a persona's key in the URL stands for that session.
import { citizen, personas as sandboxPersonas } from '../../sandbox/subjects.ts'

export interface Persona {
  key: string
  fullName: string
  dateOfBirth: string
  subject: { type: 'citizen', id: string }
}

export const personas: Persona[] = sandboxPersonas.map((n) => {
  const person = citizen(n)
  return { key: String(n), fullName: person.fullName, dateOfBirth: person.dateOfBirth, subject: { type: 'citizen', id: person.personalId } }
})

export const personaOf = (key: unknown): Persona | undefined => personas.find((p) => p.key === key)
