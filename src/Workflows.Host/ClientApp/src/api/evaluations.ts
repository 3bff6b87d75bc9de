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
  draw: (budgetYear: number, share: number | null) => http.post<EvaluationSample>('/api/evaluations/samples', { budgetYear, share }),
  overdueSelfEvaluations: () => http.get<OverdueSelfEvaluation[]>('/api/evaluations/overdue-self-evaluations')
};

/** Art. 26: a self-evaluation still open after its task's due date. */
export interface OverdueSelfEvaluation {
  taskId: string;
  projectId: string;
  projectCode: string;
  projectName: string;
  departmentCode: string;
  budgetYear: number;
  openedAt: string;
  dueAt: string;
}

/** Art. 27: a project finance marked key for a year and its evaluation's outcome (`GET /api/evaluations/key-projects`). */
export interface KeyProjectEvaluation {
  id: string;
  projectId: string;
  projectCode: string;
  projectName: string;
  departmentCode: string;
  year: number;
  reason: string;
  status: 'Open' | 'Evaluated' | 'Withdrawn';
  markedBy: string;
  markedAt: string;
  withdrawalReason?: string | null;
  withdrawnAt?: string | null;
  grade?: string | null;
  score?: number | null;
  conclusion?: string | null;
  problems?: string | null;
  recommendations?: string | null;
  evaluator?: string | null;
  reportDocumentId?: string | null;
  evaluatedBy?: string | null;
  evaluatedAt?: string | null;
}

export const keyProjectsApi = {
  list: (year?: number, status?: string) => http.get<KeyProjectEvaluation[]>(`/api/evaluations/key-projects${query({ year, status })}`),
  mark: (projectId: string, year: number, reason: string) =>
    http.post<KeyProjectEvaluation>('/api/evaluations/key-projects', { projectId, year, reason }),
  unmark: (id: string, reason: string) => http.post<KeyProjectEvaluation>(`/api/evaluations/key-projects/${segment(id)}/unmark`, { reason })
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
