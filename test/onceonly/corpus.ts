// Dossiers over the sandbox procedures, each with the violations the submission check must find. A case
// starts from a real prefill, then changes the dossier the way a portal might.
import { citizenId, enterpriseCode } from '../../sandbox/subjects.ts'

export interface Dossier {
  name: string
  procedure: string
  subject: { type: 'citizen' | 'enterprise', id: string }
  /** Values changed from the prefill (origin stays prefill). */
  alter?: string[]
  /** Prefilled values replaced by what the person typed. */
  typed?: string[]
  /** Prefilled values left out of the dossier. */
  drop?: string[]
  /** Editable values changed with a declared reason. */
  changeWithReason?: string[]
  /** Component codes attached or requested. */
  attach?: string[]
  receipt?: 'tampered' | 'garbage' | 'other-subject' | 'other-procedure' | 'forged'
  expected: string[]
}

const person = (n: number) => ({ type: 'citizen' as const, id: citizenId(n) })

const procedures = [
  { code: '2.000720', subject: person(0), field: '/owner/fullName', other: '/owner/socialInsuranceNumber', waived: 'GIAY-TO-PHAP-LY-CA-NHAN', required: 'GIAY-DE-NGHI' },
  { code: '2.000488', subject: person(5), field: '/fullName', other: '/permanentAddress', waived: 'GIAY-TO-TUY-THAN', required: 'TO-KHAI' },
  { code: '1.004194', subject: person(10), field: '/dateOfBirth', other: '/hometown', waived: 'GIAY-TO-TUY-THAN', required: 'CT01' },
  { code: '1.001978', subject: person(0), field: '/socialInsuranceNumber', other: '/lastEmployerName', waived: 'SO-BHXH', required: 'DE-NGHI' },
  { code: '2.002051', subject: { type: 'enterprise' as const, id: enterpriseCode(3) }, field: '/name', other: '/charterCapital', waived: 'GCN-DKDN', required: 'THONG-BAO' },
  { code: '1.008624', subject: person(3), field: '/personalId', other: '/criminalRecordStatus', waived: 'GIAY-TO-TUY-THAN', required: 'DON-DE-NGHI' }
]

export const corpus: Dossier[] = [
  ...procedures.flatMap((p): Dossier[] => [
    { name: `${p.code} clean, with its required components`, procedure: p.code, subject: p.subject, attach: [p.required], expected: [] },
    { name: `${p.code} a recognised value altered`, procedure: p.code, subject: p.subject, alter: [p.field], expected: [`RECOGNISED_VALUE_ALTERED ${p.field}`] },
    { name: `${p.code} a recognised value typed by the person`, procedure: p.code, subject: p.subject, typed: [p.other], expected: [`RECOGNISED_FIELD_NOT_PREFILLED ${p.other}`] },
    { name: `${p.code} a waived component asked again`, procedure: p.code, subject: p.subject, attach: [p.required, p.waived], expected: [`COMPONENT_ALREADY_RECOGNISED ${p.waived}`] },
    {
      name: `${p.code} everything wrong at once`,
      procedure: p.code,
      subject: p.subject,
      alter: [p.field],
      drop: [p.other],
      attach: [p.waived],
      expected: [`RECOGNISED_VALUE_ALTERED ${p.field}`, `RECOGNISED_FIELD_NOT_PREFILLED ${p.other}`, `COMPONENT_ALREADY_RECOGNISED ${p.waived}`]
    }
  ]),
  { name: 'an editable address changed with a reason is counted, not rejected', procedure: '1.008624', subject: person(3), changeWithReason: ['/currentAddress'], expected: [] },
  { name: 'an editable address changed without a reason', procedure: '1.008624', subject: person(3), alter: ['/currentAddress'], expected: ['RECOGNISED_VALUE_ALTERED /currentAddress'] },
  { name: 'a tampered receipt', procedure: '2.000488', subject: person(5), receipt: 'tampered', expected: ['RECEIPT_INVALID'] },
  { name: 'not a receipt at all', procedure: '2.000488', subject: person(5), receipt: 'garbage', expected: ['RECEIPT_INVALID'] },
  { name: 'a receipt signed with a key the gateway never published', procedure: '2.000488', subject: person(5), receipt: 'forged', expected: ['RECEIPT_INVALID'] },
  { name: 'another subject\'s receipt', procedure: '2.000488', subject: person(5), receipt: 'other-subject', expected: ['RECEIPT_MISMATCH'] },
  { name: 'another procedure\'s receipt', procedure: '1.004194', subject: person(10), receipt: 'other-procedure', expected: ['RECEIPT_MISMATCH'] }
]
