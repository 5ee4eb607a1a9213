// Where adapters may connect: each agency's hosts (when the operator lists them) and, whatever the host
// name, only addresses that are safe to reach. Checked at registration and again at connect time, on the
// address actually dialled, so a name that later resolves elsewhere (DNS rebinding) is still refused.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'
import type { OutboundPolicy } from '../generated/types.ts'

export type { OutboundPolicy }

const alwaysRefused = new Set(['linkLocal', 'unspecified', 'multicast', 'broadcast', 'reserved'])
const privateRanges = new Set(['private', 'uniqueLocal', 'carrierGradeNat'])

export class AddressRefused extends Error {
  readonly code = 'GW_ADDRESS_REFUSED'
}

const v4 = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff])

/**
 * The IPv4 addresses an IPv6 address reaches through a translation or tunnel: IPv4-mapped and IPv4-compatible
 * (::ffff:a.b.c.d, ::a.b.c.d), NAT64 (64:ff9b::/96), 6to4 (2002::/16) and Teredo (its server and, obfuscated,
 * its client). A local NAT64 prefix (64:ff9b:1::/48) may embed at any offset, so it is refused outright.
 */
function embeddedIPv4 (address: ipaddr.IPv6): ipaddr.IPv4[] | 'refused' {
  const p = address.parts
  switch (address.range()) {
    case 'ipv4Mapped': return p.slice(0, 5).every((x) => x === 0) && (p[5] === 0 || p[5] === 0xffff) ? [v4(p[6], p[7])] : []
    case 'rfc6052': return p[2] === 0 && p[3] === 0 && p[4] === 0 && p[5] === 0 ? [v4(p[6], p[7])] : 'refused'
    case '6to4': return [v4(p[1], p[2])]
    case 'teredo': return [v4(p[2], p[3]), v4(p[6] ^ 0xffff, p[7] ^ 0xffff)]
    default: return []
  }
}

/** Why this address may not be dialled, or undefined. Link-local (cloud metadata) is refused everywhere. */
export function addressProblem (address: string, policy: OutboundPolicy): string | undefined {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6
  try {
    parsed = ipaddr.parse(address)
  } catch {
    return `${address} is not an IP address`
  }
  if (parsed.kind() === 'ipv6') {
    const embedded = embeddedIPv4(parsed as ipaddr.IPv6)
    if (embedded === 'refused') return `${address} is a local NAT64 address`
    for (const carried of embedded) {
      const problem = addressProblem(carried.toString(), policy)
      if (problem) return `${address} carries ${carried.toString()}: ${problem}`
    }
  }
  const range = parsed.range()
  if (alwaysRefused.has(range)) return `${address} is a ${range} address`
  if (range === 'loopback' && !policy.allowLoopback) return `${address} is a loopback address`
  if (privateRanges.has(range) && !policy.allowPrivate) return `${address} is in a private network`
  return undefined
}

/** A URL whose host is a literal address is dialled without a lookup, so its address is checked here. */
export function literalAddressProblem (url: URL, policy: OutboundPolicy): string | undefined {
  const literal = url.hostname.replace(/^\[|\]$/g, '')
  return isIP(literal) ? addressProblem(literal, policy) : undefined
}

export function hostProblem (host: string, agency: string, policy: OutboundPolicy): string | undefined {
  const allowed = policy.hosts[agency]
  if (!allowed) return undefined
  const name = host.replace(/^\[|\]$/g, '').toLowerCase()
  const ok = allowed.some((pattern) => pattern.startsWith('*.') ? name.endsWith(pattern.slice(1)) : name === pattern.toLowerCase())
  return ok ? undefined : `${name} is not among the hosts allowed for agency ${agency}`
}

/** Resolves a host now and reports the first address it may not reach (registration time). */
export async function resolvedProblem (host: string, policy: OutboundPolicy): Promise<string | undefined> {
  const name = host.replace(/^\[|\]$/g, '')
  if (ipaddr.isValid(name)) return addressProblem(name, policy)
  const addresses = await new Promise<LookupAddress[] | Error>((resolve) => dnsLookup(name, { all: true }, (err, found) => resolve(err ?? found)))
  if (addresses instanceof Error) return `${name} does not resolve`
  return addresses.map((a) => addressProblem(a.address, policy)).find(Boolean)
}

/** A `lookup` for net.connect that refuses addresses the policy forbids. */
export function guardedLookup (policy: OutboundPolicy): typeof dnsLookup {
  return ((hostname: string, options: object, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '')
      const problem = addresses.map((a) => addressProblem(a.address, policy)).find(Boolean)
      if (problem) return callback(new AddressRefused(problem), '')
      if ((options as { all?: boolean }).all) return callback(null, addresses)
      callback(null, addresses[0].address, addresses[0].family)
    })
  }) as typeof dnsLookup
}
