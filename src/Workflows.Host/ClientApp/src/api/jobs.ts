import { http, query, segment } from './http';

export type JobState = 'due' | 'scheduled' | 'running' | 'failed';

export interface Job {
  id: string;
  kind: string;
  instanceId: string;
  definitionKey?: string | null;
  businessKey?: string | null;
  activityId: string;
  dueAt: string;
  attempts: number;
  retriesLeft: number;
  lastError?: string | null;
  lockOwner?: string | null;
}

export interface JobPage {
  items: Job[];
  total: number;
  counts: Record<JobState, number>;
}

const base = '/api/jobs';

export const jobsApi = {
  list: (status: JobState, skip = 0, take = 50) => http.get<JobPage>(`${base}${query({ status, skip, take })}`),
  retry: (id: string) => http.post<void>(`${base}/${segment(id)}/retry`, {})
};
