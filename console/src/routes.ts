// Every page of the console: its path, who may open it, and its place in the menu. A page file per page.
import type { VNode } from 'preact'
import { html } from 'htm/preact'
import type { Role } from './api.ts'
import type { Lang } from './messages.ts'
import type { PageProps } from './ui.ts'
import { AuditEntryPage } from './pages/audit-entry.ts'
import { AuditLog } from './pages/audit-log.ts'
import { LogIntegrity } from './pages/log-integrity.ts'
import { OnceOnlyReport } from './pages/once-only-report.ts'
import { AdminAgencies } from './pages/admin-agencies.ts'
import { AdminAgreements } from './pages/admin-agreements.ts'
import { AdminClients } from './pages/admin-clients.ts'
import { AdminDeadLetters } from './pages/admin-dead-letters.ts'
import { AdminForms } from './pages/admin-forms.ts'
import { Operator } from './pages/operator.ts'
import { HealthPage } from './pages/health.ts'
import { RecordsPage } from './pages/records.ts'
import { RegistrationNewPage } from './pages/registration-new.ts'
import { SourceEditPage } from './pages/source-edit.ts'
import { SourceNewPage } from './pages/source-new.ts'
import { SourceTestPage } from './pages/source-test.ts'
import { SourcePage } from './pages/source.ts'
import { Sources } from './pages/sources.ts'

export interface Route {
  path: RegExp
  roles: Role[]
  page: (props: PageProps, match: RegExpExecArray) => VNode
  /** Its entry in the menu, by language; pages reached from another page have none. */
  menu?: { href: string, label: Record<Lang, string> }
}

export const routes: Route[] = [
  { path: /^\/console\/audit$/, roles: ['auditor'], page: (props) => html`<${AuditLog} ...${props} />`, menu: { href: '/console/audit', label: { vi: 'Nhật ký chia sẻ', en: 'Sharing log' } } },
  { path: /^\/console\/audit\/entries\/(\d+)$/, roles: ['auditor'], page: (props, match) => html`<${AuditEntryPage} ...${props} seq=${Number(match[1])} />` },
  { path: /^\/console\/audit\/integrity$/, roles: ['auditor'], page: (props) => html`<${LogIntegrity} ...${props} />`, menu: { href: '/console/audit/integrity', label: { vi: 'Tính toàn vẹn', en: 'Integrity' } } },
  { path: /^\/console\/admin\/agencies$/, roles: ['admin'], page: (props) => html`<${AdminAgencies} ...${props} />`, menu: { href: '/console/admin/agencies', label: { vi: 'Cơ quan', en: 'Agencies' } } },
  { path: /^\/console\/admin\/clients$/, roles: ['admin'], page: (props) => html`<${AdminClients} ...${props} />`, menu: { href: '/console/admin/clients', label: { vi: 'Tài khoản kết nối', en: 'Clients' } } },
  { path: /^\/console\/admin\/forms$/, roles: ['admin'], page: (props) => html`<${AdminForms} ...${props} />`, menu: { href: '/console/admin/forms', label: { vi: 'Biểu mẫu', en: 'Forms' } } },
  { path: /^\/console\/admin\/agreements$/, roles: ['admin'], page: (props) => html`<${AdminAgreements} ...${props} />`, menu: { href: '/console/admin/agreements', label: { vi: 'Thỏa thuận', en: 'Agreements' } } },
  { path: /^\/console\/admin\/dead-letters$/, roles: ['admin'], page: (props) => html`<${AdminDeadLetters} ...${props} />`, menu: { href: '/console/admin/dead-letters', label: { vi: 'Webhook lỗi', en: 'Failed webhooks' } } },
  { path: /^\/console\/reports$/, roles: ['auditor', 'admin'], page: (props) => html`<${OnceOnlyReport} ...${props} />`, menu: { href: '/console/reports', label: { vi: 'Báo cáo', en: 'Report' } } },
  { path: /^\/console\/operator$/, roles: ['operator', 'admin'], page: (props) => html`<${Operator} ...${props} />`, menu: { href: '/console/operator', label: { vi: 'Vận hành', en: 'Operations' } } },
  // The agency's pages (an admin may open them too).
  { path: /^\/console\/sources$/, roles: ['agency', 'admin'], page: (props) => html`<${Sources} ...${props} />`, menu: { href: '/console/sources', label: { vi: 'Nguồn dữ liệu', en: 'Sources' } } },
  { path: /^\/console\/sources\/([a-z0-9-]+)$/, roles: ['agency', 'admin'], page: (props, match) => html`<${SourcePage} ...${props} id=${match[1]} />` },
  { path: /^\/console\/sources\/([a-z0-9-]+)\/new$/, roles: ['agency', 'admin'], page: (props, match) => html`<${SourceEditPage} ...${props} id=${match[1]} />` },
  { path: /^\/console\/sources\/([a-z0-9-]+)\/test$/, roles: ['agency', 'admin'], page: (props, match) => html`<${SourceTestPage} ...${props} id=${match[1]} />` },
  { path: /^\/console\/health$/, roles: ['agency', 'admin'], page: (props) => html`<${HealthPage} ...${props} />`, menu: { href: '/console/health', label: { vi: 'Tình trạng nguồn', en: 'Source health' } } },
  { path: /^\/console\/records$/, roles: ['agency', 'admin'], page: (props) => html`<${RecordsPage} ...${props} />`, menu: { href: '/console/records', label: { vi: 'Bản ghi đã công bố', en: 'Published records' } } },
  { path: /^\/console\/registrations\/sources\/new$/, roles: ['agency', 'admin'], page: (props) => html`<${SourceNewPage} ...${props} />` },
  { path: /^\/console\/registrations\/(agreements|forms)\/new$/, roles: ['admin'], page: (props, match) => html`<${RegistrationNewPage} ...${props} kind=${match[1]} />`, menu: { href: '/console/registrations/agreements/new', label: { vi: 'Chạy thử thỏa thuận', en: 'Agreement dry run' } } }
]
