import { http, segment } from './http';

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

export const instancesApi = {
  get: (id: string) => http.get<InstanceDetail>(`/api/instances/${segment(id)}`),
  start: (definitionKey: string, variables: Record<string, unknown> = {}, businessKey?: string) =>
    http.post<StartedInstance>('/api/instances', { definitionKey, businessKey, variables })
};
