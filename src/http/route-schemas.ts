// Pieces shared by route schemas: references to schemas/ by $id and the error answers.
export const ref = (id: string) => ({ $ref: `${id}#` })

/** The errors a route itself answers; those of the plugins in front of every route come from openapi-contract.ts. */
export const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, ref('error.json')]))

/** A registration PUT's 200: the same content registered again, or with ?dryRun=true what the PUT would do. */
export const registrationAnswer = { anyOf: [ref('registration-result.json'), ref('dry-run-result.json')] }
