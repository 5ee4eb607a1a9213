// Pieces shared by route schemas: references to schemas/ by $id and the error answers.
export const ref = (id: string) => ({ $ref: `${id}#` })

export const errors = (...statuses: number[]) =>
  Object.fromEntries([401, 403, ...statuses].map((status) => [status, ref('error.json')]))
