// Where a process spent its CPU, from a V8 .cpuprofile (node --cpu-prof): self time grouped by package, by
// Node core module or by gateway folder, as shares of the busy (not idle) samples.
interface ProfileNode { id: number, callFrame: { functionName: string, url: string } }
export interface CpuProfile { nodes: ProfileNode[], startTime: number, samples: number[], timeDeltas: number[] }
export interface ProfileShare { where: string, share: number }

function placeOf ({ functionName, url }: ProfileNode['callFrame']): string | undefined {
  if (functionName === '(idle)') return undefined
  if (functionName === '(garbage collector)') return 'garbage collector'
  if (!url) return functionName === '(program)' ? 'V8 and native code (program)' : 'native'
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)
  if (pkg) return `npm: ${pkg[1]}`
  const core = /^node:(?:internal\/)?([^/]+)/.exec(url)
  if (core) return `Node core: ${core[1].replace(/\.js$/, '')}`
  const own = /\/(src|adapters)\/([^/]+)\//.exec(url) ?? /\/(src)\/([^/]+)$/.exec(url)
  if (own) return `gateway: ${own[1]}/${own[2].replace(/\.ts$/, '')}`
  return 'other'
}

/**
 * Only the samples taken within [fromUs, toUs] count (microseconds of the monotonic clock, which V8's profile
 * timestamps and process.hrtime share on Linux), so that start-up does not blur the picture of the load.
 */
export function summariseProfile (profile: CpuProfile, window: { fromUs: number, toUs: number }, top = 15): ProfileShare[] {
  const places = new Map(profile.nodes.map((node) => [node.id, placeOf(node.callFrame)]))
  const byPlace = new Map<string, number>()
  let at = profile.startTime
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i]
    const place = places.get(id)
    if (place && at >= window.fromUs && at <= window.toUs) byPlace.set(place, (byPlace.get(place) ?? 0) + 1)
  })
  const busy = [...byPlace.values()].reduce((a, b) => a + b, 0) || 1
  const sorted = [...byPlace].sort((x, y) => y[1] - x[1]).map(([where, hits]) => ({ where, share: hits / busy }))
  const rest = sorted.slice(top).reduce((sum, s) => sum + s.share, 0)
  return [...sorted.slice(0, top), ...(rest > 0 ? [{ where: 'everything else', share: rest }] : [])]
}
