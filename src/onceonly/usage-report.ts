// Once-only measurement per procedure and portal over a period, computed from the audit log so that every
// gateway instance's requests count.
import type { UsageReport } from '../generated/types.ts'
import type { Store } from '../store/store.ts'

type Row = UsageReport['rows'][number]

/** The report over a period: the 30 days before `to` (now by default) unless `from` says otherwise. */
export async function usageReport (store: Store, period: { from?: string, to?: string }): Promise<UsageReport> {
  const to = period.to ? new Date(period.to) : new Date()
  const from = period.from ? new Date(period.from) : new Date(to.getTime() - 30 * 24 * 3600 * 1000)
  const { rows } = await store.query<Record<string, string>>(
    `SELECT procedure, client_id,
       count(*) FILTER (WHERE action = 'prefill') AS prefills,
       coalesce(sum((detail->>'fieldsAsked')::int) FILTER (WHERE action = 'prefill'), 0) AS fields_asked,
       coalesce(sum((detail->>'fieldsFilled')::int) FILTER (WHERE action = 'prefill'), 0) AS fields_filled,
       coalesce(sum((detail->>'documents')::int) FILTER (WHERE action = 'prefill'), 0) AS documents,
       coalesce(sum((detail->>'documentsWaived')::int) FILTER (WHERE action = 'prefill'), 0) AS documents_waived,
       count(*) FILTER (WHERE action = 'submission.check') AS checks,
       count(*) FILTER (WHERE action = 'submission.check' AND result = 'reject') AS rejected
     FROM audit_log
     WHERE at >= $1 AND at < $2 AND action IN ('prefill', 'submission.check') AND procedure IS NOT NULL
     GROUP BY procedure, client_id ORDER BY procedure, client_id`, [from, to])
  const counted = await store.query<{ procedure: string, client_id: string, code: string, n: string }>(
    `SELECT procedure, client_id, code, count(*) AS n
     FROM audit_log, jsonb_array_elements_text(detail->'violations') AS code
     WHERE at >= $1 AND at < $2 AND action = 'submission.check'
     GROUP BY procedure, client_id, code`, [from, to])
  const ratio = (part: number, whole: number) => whole === 0 ? null : Math.round((part / whole) * 1000) / 1000
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    rows: rows.map((r): Row => {
      const n = (key: string) => Number(r[key])
      return {
        procedure: r.procedure,
        client: r.client_id,
        prefills: n('prefills'),
        fieldsAsked: n('fields_asked'),
        fieldsFilled: n('fields_filled'),
        fillRatio: ratio(n('fields_filled'), n('fields_asked')),
        documents: n('documents'),
        documentsWaived: n('documents_waived'),
        waiverRatio: ratio(n('documents_waived'), n('documents')),
        checks: n('checks'),
        rejected: n('rejected'),
        violations: Object.fromEntries(counted.rows.filter((v) => v.procedure === r.procedure && v.client_id === r.client_id).map((v) => [v.code, Number(v.n)]))
      }
    })
  }
}

const csvColumns = ['procedure', 'client', 'prefills', 'fieldsAsked', 'fieldsFilled', 'fillRatio', 'documents', 'documentsWaived', 'waiverRatio', 'checks', 'rejected'] as const

export function usageReportCsv (report: UsageReport): string {
  const lines = report.rows.map((row) => [...csvColumns.map((c) => String(row[c] ?? '')),
    Object.entries(row.violations).map(([code, n]) => `${code}:${n}`).join(' ')].join(','))
  return [[...csvColumns, 'violations'].join(','), ...lines].join('\n') + '\n'
}
