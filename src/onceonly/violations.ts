// The once-only violations a submission check reports, each with its Vietnamese and English message.
// Codes are published: never rename one.
import type { SubmissionCheckResult } from '../generated/types.ts'

// The shapes come from schemas/submission-check-result.json.
export type Violation = SubmissionCheckResult['violations'][number]
export type ViolationCode = Violation['code']

const mismatchVi: Record<string, string> = { portal: 'cổng dịch vụ công', subject: 'chủ thể', procedure: 'thủ tục', 'form version': 'phiên bản biểu mẫu' }

const messages: Record<ViolationCode, (about: string) => { vi: string, en: string }> = {
  COMPONENT_ALREADY_RECOGNISED: (doc) => ({
    vi: `Thành phần hồ sơ ${doc} đã được công nhận từ cơ sở dữ liệu; không được yêu cầu người dân nộp lại.`,
    en: `Dossier component ${doc} is already recognised from a database; the person must not be asked to submit it again.`
  }),
  RECOGNISED_VALUE_ALTERED: (path) => ({
    vi: `Giá trị của trường ${path} khác với giá trị đã được xác thực từ cơ sở dữ liệu.`,
    en: `The value of field ${path} differs from the value recognised from a database.`
  }),
  RECOGNISED_FIELD_NOT_PREFILLED: (path) => ({
    vi: `Trường ${path} có thể lấy từ cơ sở dữ liệu nhưng lại để người dân tự kê khai.`,
    en: `Field ${path} could be filled from a database but was left for the person to type.`
  }),
  RECEIPT_INVALID: () => ({
    vi: 'Biên nhận điền sẵn không hợp lệ (chữ ký sai hoặc không do cổng kết nối cấp).',
    en: 'The prefill receipt is not valid (bad signature, or not issued by this gateway).'
  }),
  RECEIPT_EXPIRED: () => ({
    vi: 'Biên nhận điền sẵn đã hết hạn; cần điền sẵn lại.',
    en: 'The prefill receipt has expired; prefill the form again.'
  }),
  RECEIPT_SUPERSEDED: () => ({
    vi: 'Biên nhận này thuộc lần điền sẵn còn chờ nguồn dữ liệu; lần điền sẵn đã hoàn tất với biên nhận mới: hãy dùng biên nhận đó.',
    en: 'This receipt was issued while the prefill still waited for a source; the prefill has completed with a new receipt: check against that one.'
  }),
  RECEIPT_PENDING: () => ({
    vi: 'Lần điền sẵn vẫn đang chờ nguồn dữ liệu; hãy đợi kết quả hoàn tất rồi kiểm tra với biên nhận mới.',
    en: 'The prefill is still waiting for a source; wait for its completion and check against its receipt.'
  }),
  RECEIPT_MISMATCH: (what) => ({
    vi: `Biên nhận điền sẵn thuộc về ${mismatchVi[what] ?? what} khác.`,
    en: `The prefill receipt belongs to another ${what}.`
  })
}

export function violation (code: ViolationCode, where: { path?: string, document?: string, about?: string } = {}): Violation {
  return { code, ...(where.path ? { path: where.path } : {}), ...(where.document ? { document: where.document } : {}), message: messages[code](where.about ?? where.path ?? where.document ?? '') }
}
