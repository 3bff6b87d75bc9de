import { http, segment } from './http';

/** Art. 37: a 等保测评 or 密评 recorded on a project, with the date its re-evaluation falls due. */
export interface SecurityAssessmentRow {
  id: string;
  kind: string;
  assessedOn: string;
  assessor: string;
  conclusion: string;
  nextDueOn: string;
  recordedBy: string;
}

/** A re-evaluation falling due within 30 days or overdue (`GET /api/security/reassessments`). */
export interface SecurityReassessment {
  assessmentId: string;
  projectId: string;
  projectCode: string;
  projectName: string;
  departmentCode: string;
  kind: string;
  assessedOn: string;
  nextDueOn: string;
  overdue: boolean;
  reminded: boolean;
}

export interface NewSecurityAssessment {
  kind: string;
  assessedOn: string;
  assessor: string;
  conclusion: string;
}

export const securityApi = {
  record: (projectId: string, assessment: NewSecurityAssessment) =>
    http.post<{ id: string }>(`/api/projects/${segment(projectId)}/security-assessments`, assessment),
  reassessments: () => http.get<SecurityReassessment[]>('/api/security/reassessments')
};
