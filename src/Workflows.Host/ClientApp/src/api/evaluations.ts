import { http, query, segment } from './http';

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

/** Art. 30: the bureau's annual assessment of a department's IT work. */
export interface DepartmentAssessment {
  id: string;
  year: number;
  departmentCode: string;
  departmentName: string;
  grade: string;
  score?: number | null;
  remarks: string;
  recordedBy: string;
  recordedAt: string;
}

export interface DepartmentAssessmentInput {
  grade: string;
  score: number | null;
  remarks: string;
}

export const departmentAssessmentsApi = {
  list: (year?: number) => http.get<DepartmentAssessment[]>(`/api/evaluations/department-assessments${query({ year })}`),
  record: (year: number, departmentCode: string, assessment: DepartmentAssessmentInput) =>
    http.put<DepartmentAssessment>(`/api/evaluations/department-assessments/${year}/${segment(departmentCode)}`, assessment)
};
