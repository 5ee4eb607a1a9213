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

/** Why this address may not be dialled, or undefined. Link-local (cloud metadata) is refused everywhere. */
export function addressProblem (address: string, policy: OutboundPolicy): string | undefined {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6
  try {
    parsed = ipaddr.parse(address)
  } catch {
    return `${address} is not an IP address`
  }
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address()
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
