import { http, query, segment } from './http';
import type { StartedInstance } from './instances';

/** Where an entry of the annual plan stands (art. 7). */
export type PlanEntryStatus = 'Draft' | 'Submitted' | 'Returned' | 'Published';

/** Where a department's submission of its annual plan stands; `None` has not reported. */
export type PlanSubmission = 'None' | 'Draft' | 'Returned' | 'Submitted' | 'Published';

export interface PlanEntry {
  id: string;
  year: number;
  departmentCode: string;
  departmentName?: string;
  name: string;
  description: string;
  estimatedBudget: number;
  status: PlanEntryStatus;
  returnReason?: string | null;
  submittedAt?: string | null;
  publishedAt?: string | null;
  projectId?: string | null;
  projectCode?: string | null;
}

export interface DepartmentPlanRow {
  code: string;
  name: string;
  kind: string;
  submission: PlanSubmission;
  entries: number;
  estimatedTotal: number;
}

export interface AnnualPlan {
  year: number;
  entries: PlanEntry[];
  departments: DepartmentPlanRow[];
  publishedTotal: number;
}

export interface PlanEntryRequest {
  name: string;
  description: string;
  estimatedBudget: number;
}

const base = '/api/plans';

export const plansApi = {
  get: (year: number) => http.get<AnnualPlan>(`${base}/${year}`),
  publishedEntries: (departmentCode: string, projectId?: string | null) =>
    http.get<PlanEntry[]>(`${base}/published-entries${query({ departmentCode, projectId })}`),
  draft: (year: number, entry: PlanEntryRequest) => http.post<{ id: string }>(`${base}/${year}/entries`, entry),
  revise: (year: number, id: string, entry: PlanEntryRequest) => http.put<void>(`${base}/${year}/entries/${segment(id)}`, entry),
  withdraw: (year: number, id: string) => http.delete<void>(`${base}/${year}/entries/${segment(id)}`),
  submit: (year: number) => http.post<StartedInstance>(`${base}/${year}/submission`),
  /** The municipal cloud catalogue (art. 12) an application picks its services from. */
  cloudServices: () => http.get<{ code: string; name: string; layer: string }[]>('/api/cloud-services')
};
