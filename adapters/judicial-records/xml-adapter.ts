// The judicial records database answers in XML (as many older sectoral systems do). This adapter turns its
// <LyLichTuPhap> document into the normalised record of manifest.json.
import { XMLParser } from 'fast-xml-parser'
import { SourceFailure, type CodeAdapter } from '../../src/registry/code-adapter.ts'

// Every value stays a string: ids and dates keep their leading zeros.
const parser = new XMLParser({ parseTagValue: false, ignoreAttributes: true, processEntities: true })

export const judicialRecordsXml: CodeAdapter = {
  name: 'judicial-records-xml',
  async fetch ({ url, request }) {
    const response = await request(url, { headers: { accept: 'application/xml' } })
    if (response.status === 404) return { found: false }
    if (response.status !== 200) throw SourceFailure.status(response.status)
    let doc: Record<string, Record<string, string>>
    try {
      doc = parser.parse(response.body, true)
    } catch {
      throw SourceFailure.unreadable('XML', response)
    }
    const r = doc.LyLichTuPhap
    if (!r) throw new SourceFailure('SOURCE_BAD_RESPONSE', 'no LyLichTuPhap element')
    return {
      found: true,
      record: {
        personalId: r.SoDinhDanh,
        fullName: r.HoTen,
        hasCriminalRecord: r.TinhTrangAnTich !== 'KHONG_CO_AN_TICH',
        criminalRecordStatus: r.TinhTrangAnTich === 'KHONG_CO_AN_TICH' ? 'Không có án tích' : 'Có án tích',
        bannedFromPositions: r.CamDamNhiemChucVu === 'CO',
        checkedAt: r.NgayTraCuu
      }
    }
  }
}
