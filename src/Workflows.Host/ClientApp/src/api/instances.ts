import { http, query, segment } from './http';

export interface HistoryEntry {
  kind: string;
  activityId?: string | null;
  detail?: string | null;
  at?: string;
  occurredAt?: string;
  actor?: string | null;
  userName?: string | null;
  [key: string]: unknown;
}

export interface InstanceDetail {
  instanceId?: string;
  id?: string;
  definitionKey: string;
  version: number;
  businessKey?: string | null;
  status: string;
  activeActivityIds: string[];
  history: HistoryEntry[];
  openIncidents?: { id: string; activityId: string; message: string; createdAt: string }[];
  [key: string]: unknown;
}

export interface StartedInstance {
  instanceId: string;
}

export interface InstanceSummary {
  id: string;
  definitionKey: string;
  version: number;
  businessKey?: string | null;
  status: string;
  startedAt: string;
  endedAt?: string | null;
  departmentCode?: string | null;
  openIncidents: number;
}

export interface InstanceHistoryPage {
  items: HistoryEntry[];
  total: number;
}

export interface InstancePage {
  items: InstanceSummary[];
  total: number;
}

/** The filters of `GET /api/instances/page`; `project` is a project's id or code, `startedTo` is excluded. */
export interface InstanceFilter {
  definitionKey?: string;
  version?: number | null;
  status?: string;
  businessKey?: string;
  department?: string;
  project?: string;
  startedFrom?: string | null;
  startedTo?: string | null;
  hasIncident?: 'true' | 'false' | '';
  sort?: 'started' | 'ended' | 'definition';
  order?: 'asc' | 'desc';
  skip?: number;
  take?: number;
}

export const instancesApi = {
  page: (filter: InstanceFilter) => http.get<InstancePage>(`/api/instances/page${query({ ...filter })}`),
  cancel: (id: string, reason: string) => http.post<void>(`/api/instances/${segment(id)}/cancel`, { reason }),
  get: (id: string) => http.get<InstanceDetail>(`/api/instances/${segment(id)}`),
  historyPage: (id: string, page: { order?: 'asc' | 'desc'; skip: number; take: number }) =>
    http.get<InstanceHistoryPage>(`/api/instances/${segment(id)}/history${query({ ...page })}`),
  start: (definitionKey: string, variables: Record<string, unknown> = {}, businessKey?: string) =>
    http.post<StartedInstance>('/api/instances', { definitionKey, businessKey, variables })
};
