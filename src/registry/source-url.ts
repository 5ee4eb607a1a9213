// Builds a source's request URL from its manifest's template: ${NAME} from the operator's adapter
// variables, {subject.id} from the subject, always URL-encoded so an id can never change the path.

export function resolveBaseUrl (template: string, vars: Record<string, string>): string {
  return template.replace(/\$\{([A-Z0-9_]+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(vars, name)) throw new Error(`unknown adapter variable ${whole}`)
    return vars[name]
  })
}

export function sourceUrl (template: string, vars: Record<string, string>, subjectId: string): URL {
  return new URL(resolveBaseUrl(template, vars).replaceAll('{subject.id}', encodeURIComponent(subjectId)))
}

/** Why a template cannot be used, or undefined. */
export function urlTemplateProblem (template: string, vars: Record<string, string>): string | undefined {
  try {
    const url = sourceUrl(template, vars, '0')
    return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : 'only http and https URLs are allowed'
  } catch (err) {
    return (err as Error).message
  }
}
