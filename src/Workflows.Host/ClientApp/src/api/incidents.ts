import { http, query, segment } from './http';

export interface Incident {
  id: string;
  instanceId: string;
  definitionKey?: string | null;
  definitionVersion?: number | null;
  businessKey?: string | null;
  activityId: string;
  message: string;
  createdAt: string;
  resolved: boolean;
  resolvedAt?: string | null;
  resolvedBy?: string | null;
  resolutionNote?: string | null;
  raisedBy?: string | null;
  notifiedUsers: string[];
  /** A timer job used up its retries (retry runs it again), rather than an execution parked by the engine. */
  job: boolean;
}

export interface IncidentPage {
  items: Incident[];
  total: number;
  openCount: number;
}

export interface IncidentFilter {
  status?: 'open' | 'resolved' | 'all';
  definitionKey?: string;
  instanceId?: string;
  businessKey?: string;
  text?: string;
  skip?: number;
  take?: number;
}

const base = '/api/incidents';

export const incidentsApi = {
  list: (filter: IncidentFilter = {}) => http.get<IncidentPage>(`${base}${query({ ...filter })}`),
  retry: (id: string) => http.post<void>(`${base}/${segment(id)}/retry`, {}),
  resolve: (id: string, note: string) => http.post<void>(`${base}/${segment(id)}/resolve`, { note })
};
