// Deterministic synthetic subjects, consistent across the sandbox's sources: citizen n is found by its
// personal identification number, enterprise k by its code; the legal representative of enterprise k is
// citizen 5k, who is also insured by social insurance with that enterprise as employer.
import { birthProvinceCodes, birthProvinceName, provinceName, wards, type Ward } from '../src/admin-units/admin-units.ts'
import { seeded, type Random } from './random.ts'
import * as words from './vocabulary.ts'

/** Citizens the README introduces: 0, 5 and 10 represent enterprises 0, 1 and 2; 3 and 7 represent none. */
export const personas = [0, 5, 10, 3, 7]

export const CITIZENS = 100_000
export const ENTERPRISES = 20_000
const enterprisePrefixes = ['01', '03', '02', '04'] // tax departments of Hà Nội, Hồ Chí Minh City, Hải Phòng, Đà Nẵng

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

function birth (n: number) {
  const r = seeded(`birth:${n}`)
  const year = r.int(1950, 2005)
  const female = r.chance(0.5)
  return { r, year, female, month: r.int(1, 12), day: r.int(1, 28) }
}

export function citizenId (n: number): string {
  const { year, female } = birth(n)
  const province = birthProvinceCodes[seeded(`province:${n}`).int(0, birthProvinceCodes.length - 1)]
  const centuryDigit = (year >= 2000 ? 2 : 0) + (female ? 1 : 0)
  return `${province}${centuryDigit}${String(year % 100).padStart(2, '0')}${String(n).padStart(6, '0')}`
}

/** The citizen's index, or undefined when no synthetic citizen has this id. */
export function citizenIndex (id: string): number | undefined {
  if (!/^\d{12}$/.test(id)) return undefined
  const n = Number(id.slice(6))
  return n < CITIZENS && citizenId(n) === id ? n : undefined
}

export function enterpriseCode (k: number): string {
  return enterprisePrefixes[k % enterprisePrefixes.length] + String(k).padStart(8, '0')
}

/** The enterprise's index and branch suffix, or undefined. Every tenth enterprise has a branch -001. */
export function enterpriseIndex (code: string): { k: number, branch?: string } | undefined {
  const m = /^(\d{10})(?:-(\d{3}))?$/.exec(code)
  if (!m) return undefined
  const k = Number(m[1].slice(2))
  if (k >= ENTERPRISES || enterpriseCode(k) !== m[1]) return undefined
  if (m[2] !== undefined && !(m[2] === '001' && k % 10 === 0)) return undefined
  return { k, branch: m[2] }
}

function address (r: Random, ward: Ward) {
  const urban = ward.name.startsWith('Phường')
  return {
    detail: urban ? `Số ${r.int(1, 299)} ${r.pick(words.streets)}` : `Thôn ${r.int(1, 12)}`,
    wardCode: ward.code,
    wardName: ward.name,
    provinceCode: ward.provinceCode,
    provinceName: provinceName(ward.provinceCode)!
  }
}

function personName (r: Random, female: boolean) {
  const sex = female ? 'female' : 'male'
  return `${r.pick(words.familyNames)} ${r.pick(words.middleNames[sex])} ${r.pick(words.givenNames[sex])}`
}

export function citizen (n: number) {
  const { year, female, month, day } = birth(n)
  const r = seeded(`citizen:${n}`)
  const id = citizenId(n)
  const allWards = wards()
  const home = allWards[r.int(0, allWards.length - 1)]
  const permanent = address(r, allWards[r.int(0, allWards.length - 1)])
  const moved = r.chance(0.2)
  const current = moved ? address(r, allWards[r.int(0, allWards.length - 1)]) : permanent
  const issuedYear = Math.max(year + 14, 2021) + r.int(0, 3)
  return {
    personalId: id,
    fullName: personName(r, female),
    dateOfBirth: iso(year, month, day),
    sex: female ? 'Nữ' : 'Nam',
    ethnicity: r.pick(words.ethnicities),
    religion: r.pick(words.religions),
    nationality: 'Việt Nam',
    birthRegistration: { provinceCode: id.slice(0, 3), provinceName: birthProvinceName(id.slice(0, 3))! },
    hometown: { wardCode: home.code, wardName: home.name, provinceCode: home.provinceCode, provinceName: provinceName(home.provinceCode)! },
    permanentAddress: permanent,
    currentAddress: current,
    identityCard: { number: id, issuedOn: iso(issuedYear, r.int(1, 12), r.int(1, 28)), issuedBy: 'Bộ Công an' },
    maritalStatus: year > 1998 ? 'Chưa kết hôn' : r.pick(['Đã kết hôn', 'Đã kết hôn', 'Chưa kết hôn', 'Ly hôn'])
  }
}

export function enterprise (k: number, branch?: string) {
  const r = seeded(`enterprise:${k}`)
  const kind = r.pick(words.enterpriseKinds)
  const brand = `${r.pick(words.tradeWords)} ${r.pick(words.brandWords)}`
  const representative = citizen(5 * k)
  const lines = [...new Set([r.pick(words.businessLines), r.pick(words.businessLines), r.pick(words.businessLines)])]
  const allWards = wards()
  const code = enterpriseCode(k) + (branch ? `-${branch}` : '')
  return {
    enterpriseCode: code,
    name: branch ? `CHI NHÁNH ${kind.prefix} ${brand}` : `${kind.prefix} ${brand}`,
    type: branch ? 'Chi nhánh' : kind.type,
    registeredOn: iso(r.int(2005, 2024), r.int(1, 12), r.int(1, 28)),
    status: 'Đang hoạt động',
    headOffice: address(r, allWards[r.int(0, allWards.length - 1)]),
    charterCapital: r.int(1, 500) * 100_000_000,
    legalRepresentative: { fullName: representative.fullName, personalId: representative.personalId, title: r.pick(['Giám đốc', 'Tổng giám đốc', 'Chủ tịch Hội đồng thành viên']) },
    businessLines: lines.map((line, i) => ({ ...line, main: i === 0 }))
  }
}

/** The enterprises a citizen legally represents (citizen 5k represents enterprise k). */
export function representedBy (n: number) {
  if (n % 5 !== 0 || n / 5 >= ENTERPRISES) return []
  const e = enterprise(n / 5)
  return [{ enterpriseCode: e.enterpriseCode, name: e.name, title: e.legalRepresentative.title }]
}

/** The social insurance book of a citizen, or undefined for the uninsured (about one in six). */
export function insured (n: number) {
  const r = seeded(`insurance:${n}`)
  const person = citizen(n)
  const representative = n % 5 === 0 && n / 5 < ENTERPRISES
  if (!representative && r.chance(0.15)) return undefined
  const employerIndex = representative ? n / 5 : r.int(0, ENTERPRISES - 1)
  const employer = enterprise(employerIndex)
  const firstYear = Math.max(Number(person.dateOfBirth.slice(0, 4)) + 18, 2008)
  const periods = []
  let year = Math.min(firstYear + r.int(0, 3), 2024)
  const count = r.int(1, 3)
  for (let i = 0; i < count && year <= 2025; i++) {
    const last = i === count - 1
    const endYear = last ? 2025 : Math.min(year + r.int(1, 5), 2025)
    const company = last ? employer : enterprise(r.int(0, ENTERPRISES - 1))
    periods.push({
      from: `${year}-${String(r.int(1, 12)).padStart(2, '0')}`,
      to: last && r.chance(0.7) ? null : `${endYear}-${String(r.int(1, 12)).padStart(2, '0')}`,
      employerCode: company.enterpriseCode,
      employerName: company.name,
      monthlySalary: r.int(50, 400) * 100_000
    })
    year = endYear + 1
  }
  const months = periods.reduce((sum, p) => {
    const [fy, fm] = p.from.split('-').map(Number)
    const [ty, tm] = (p.to ?? '2025-12').split('-').map(Number)
    return sum + Math.max(1, (ty - fy) * 12 + (tm - fm) + 1)
  }, 0)
  return {
    insuranceNumber: person.permanentAddress.provinceCode + String(n).padStart(8, '0'),
    personalId: person.personalId,
    fullName: person.fullName,
    dateOfBirth: person.dateOfBirth,
    currentEmployer: { enterpriseCode: employer.enterpriseCode, name: employer.name },
    contributionPeriods: periods,
    totalContributionMonths: months,
    unemploymentInsuranceMonths: Math.max(0, months - r.int(0, 12))
  }
}

/** The judicial record check of a citizen: about one in thirty has a criminal record. */
export function judicialRecord (n: number) {
  const r = seeded(`judicial:${n}`)
  const person = citizen(n)
  const convicted = r.chance(1 / 30)
  return {
    personalId: person.personalId,
    fullName: person.fullName,
    status: convicted ? 'CO_AN_TICH' : 'KHONG_CO_AN_TICH',
    bannedFromPositions: convicted && r.chance(0.3),
    checkedOn: '2026-01-15'
  }
}
