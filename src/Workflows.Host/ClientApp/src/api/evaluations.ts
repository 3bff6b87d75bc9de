import { http, query } from './http';

/** Art. 27: one draw of finance with its candidates (`GET /api/evaluations/samples`). */
export interface EvaluationSample {
  id: string;
  budgetYear: number;
  share: number;
  seed: number;
  candidates: number;
  picked: number;
  drawnBy: string;
  drawnAt: string;
  items: {
    evaluationId: string;
    projectId: string;
    projectCode: string;
    projectName: string;
    departmentCode: string;
    sampled: boolean;
    spotChecked: boolean;
    spotCheckResult?: string | null;
  }[];
}

export const evaluationsApi = {
  samples: (year?: number) => http.get<EvaluationSample[]>(`/api/evaluations/samples${query({ year })}`),
  draw: (budgetYear: number, share: number | null) => http.post<EvaluationSample>('/api/evaluations/samples', { budgetYear, share })
};
