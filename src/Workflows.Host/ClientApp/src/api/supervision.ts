import { http, segment } from './http';
import type { StartedInstance } from './instances';

/** A project whose planned completion passed without completion acceptance (art. 28), as the bureau lists it. */
export interface AcceptanceDelay {
  id: string;
  projectId: string;
  projectCode: string;
  projectName: string;
  departmentCode: string;
  plannedCompletion: string;
  noticedAt: string;
  rectificationInstanceId?: string | null;
  orderedAt?: string | null;
  orderedBy?: string | null;
}

const base = '/api/supervision/acceptance-delays';

export const supervisionApi = {
  acceptanceDelays: () => http.get<AcceptanceDelay[]>(base),
  orderRectification: (id: string) => http.post<StartedInstance>(`${base}/${segment(id)}/rectification-order`)
};
