// Once-only measurement per procedure and portal over a period, computed from the audit log so that every
// gateway instance's requests count.
import type { UsageReport } from '../generated/types.ts'
import type { Queryable } from '../store/store.ts'

type Row = UsageReport['rows'][number]

// Days, weeks and months are Vietnam's: a day's accesses are counted on the day they happened there.
const bucket = 'date_trunc($3, at AT TIME ZONE \'Asia/Ho_Chi_Minh\') AT TIME ZONE \'Asia/Ho_Chi_Minh\''

/**
 * The report over a period: the 30 days before `to` (now by default) unless `from` says otherwise; with an
 * interval, a row per day, week or month as well as per procedure and portal.
 */
export async function usageReport (store: Queryable, period: { from?: string, to?: string, interval?: 'day' | 'week' | 'month' }): Promise<UsageReport> {
  const to = period.to ? new Date(period.to) : new Date()
  const from = period.from ? new Date(period.from) : new Date(to.getTime() - 30 * 24 * 3600 * 1000)
  // Without an interval the whole period is one bucket.
  const byPeriod = period.interval ? bucket : 'NULL::timestamptz'
  const parameters = [from, to, ...period.interval ? [period.interval] : []]
  const { rows } = await store.query<Record<string, string>>(
    `SELECT ${byPeriod} AS period, procedure, client_id,
       count(*) FILTER (WHERE action = 'prefill') AS prefills,
       count(*) FILTER (WHERE action = 'prefill.complete') AS completions,
       coalesce(sum((detail->>'fieldsAsked')::int) FILTER (WHERE action = 'prefill'), 0) AS fields_asked,
       coalesce(sum((detail->>'fieldsFilled')::int) FILTER (WHERE action = 'prefill'), 0) AS fields_filled,
       coalesce(sum((detail->>'documents')::int) FILTER (WHERE action = 'prefill'), 0) AS documents,
       coalesce(sum((detail->>'documentsWaived')::int) FILTER (WHERE action = 'prefill'), 0) AS documents_waived,
       count(*) FILTER (WHERE action = 'submission.check') AS checks,
       count(*) FILTER (WHERE action = 'submission.check' AND result = 'reject') AS rejected
     FROM audit_log
     WHERE at >= $1 AND at < $2 AND action IN ('prefill', 'prefill.complete', 'submission.check') AND procedure IS NOT NULL
     GROUP BY 1, procedure, client_id ORDER BY 1, procedure, client_id`, parameters)
  const counted = await store.query<{ period: Date | null, procedure: string, client_id: string, code: string, n: string }>(
    `SELECT ${byPeriod} AS period, procedure, client_id, code, count(*) AS n
     FROM audit_log, jsonb_array_elements_text(detail->'violations') AS code
     WHERE at >= $1 AND at < $2 AND action = 'submission.check'
     GROUP BY 1, procedure, client_id, code`, parameters)
  const periodOf = (value: unknown) => value ? new Date(value as string).toISOString() : undefined
  const ratio = (part: number, whole: number) => whole === 0 ? null : Math.round((part / whole) * 1000) / 1000
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    rows: rows.map((r): Row => {
      const n = (key: string) => Number(r[key])
      const at = periodOf(r.period)
      return {
        ...at ? { period: at } : {},
        procedure: r.procedure,
        client: r.client_id,
        prefills: n('prefills'),
        completions: n('completions'),
        fieldsAsked: n('fields_asked'),
        fieldsFilled: n('fields_filled'),
        fillRatio: ratio(n('fields_filled'), n('fields_asked')),
        documents: n('documents'),
        documentsWaived: n('documents_waived'),
        waiverRatio: ratio(n('documents_waived'), n('documents')),
        checks: n('checks'),
        rejected: n('rejected'),
        violations: Object.fromEntries(counted.rows.filter((v) => periodOf(v.period) === at && v.procedure === r.procedure && v.client_id === r.client_id).map((v) => [v.code, Number(v.n)]))
      }
    })
  }
}

const csvColumns = ['period', 'procedure', 'client', 'prefills', 'completions', 'fieldsAsked', 'fieldsFilled', 'fillRatio', 'documents', 'documentsWaived', 'waiverRatio', 'checks', 'rejected'] as const

export function usageReportCsv (report: UsageReport): string {
  const lines = report.rows.map((row) => [...csvColumns.map((c) => String(row[c] ?? '')),
    Object.entries(row.violations).map(([code, n]) => `${code}:${n}`).join(' ')].join(','))
  return [[...csvColumns, 'violations'].join(','), ...lines].join('\n') + '\n'
}
