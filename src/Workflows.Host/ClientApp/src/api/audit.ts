import { http, query } from './http';

/** An audit row with both SM3 hashes, newest first. */
export interface AuditEntry {
  sequence: number;
  at: string;
  actor: string;
  action: string;
  target?: string | null;
  detail?: string | null;
  clientAddress?: string | null;
  previousHash: string;
  hash: string;
}

/** The chain recomputed from its first row: intact, or the first row that does not follow its predecessor. */
export interface AuditVerification {
  intact: boolean;
  rows: number;
  brokenAt?: number | null;
  reason?: string | null;
}

export interface AuditFilter {
  actor?: string;
  action?: string;
}

const base = '/api/audit';

export const auditApi = {
  entries: (filter: AuditFilter, before?: number, take = 50) =>
    http.get<AuditEntry[]>(`${base}${query({ before, take, actor: filter.actor || undefined, action: filter.action || undefined })}`),
  verify: () => http.get<AuditVerification>(`${base}/verify`),
  exportUrl: (filter: AuditFilter) => `${base}/export.csv${query({ actor: filter.actor || undefined, action: filter.action || undefined })}`
};
