import type { DepartmentAssessment, KeyProjectEvaluation } from './evaluations';
import type { SecurityAssessmentRow } from './security';
import { http, query, segment, upload } from './http';

export interface DeadlineItem {
  name?: string | null;
  kind?: string | null;
  dueAt?: string | null;
  workingDaysLeft?: number | null;
  overdue?: boolean;
  [key: string]: unknown;
}

export interface ProjectListItem {
  id: string;
  code: string;
  name: string;
  kind: string;
  stage: string;
  leadDepartmentCode: string;
  leadDepartmentName?: string;
  fundingStatus: string;
  overdue?: boolean;
  nextDeadline?: DeadlineItem | null;
}

export interface ProjectDocument {
  id: string;
  kind: string;
  fileName: string;
  size: number;
  sha256?: string;
  uploadedAt: string;
}

export interface ProjectFiling {
  kind: string;
  dueAt?: string | null;
  filedAt?: string | null;
  late: boolean;
}

export interface ProjectHistoryRow {
  at: string;
  actor: string;
  /** The acting user's display name, when the actor is a user. */
  actorName?: string | null;
  change: string;
  oldValue?: string | null;
  newValue?: string | null;
}

/** One page of a project's documents (`GET /api/projects/{id}/documents`) and how many match in all. */
export interface ProjectDocumentPage {
  items: ProjectDocument[];
  total: number;
}

export interface ProjectDocumentFilter {
  kind?: string;
  search?: string;
  sort?: 'uploaded' | 'name' | 'kind';
  order?: 'asc' | 'desc';
  skip: number;
  take: number;
}

/** One page of a project's history (`GET /api/projects/{id}/history`), oldest first, and how many entries match in all. */
export interface ProjectHistoryPage {
  items: ProjectHistoryRow[];
  total: number;
}

export interface ProjectInstance {
  id: string;
  definitionKey: string;
  version: number;
  status: string;
  startedAt: string;
}

export interface ProjectDetails {
  id: string;
  code: string;
  name: string;
  kind: string;
  stage: string;
  leadDepartmentCode: string;
  leadDepartmentName?: string;
  coBuildingDepartments?: { code: string; name?: string }[];
  inAnnualPlan?: boolean | null;
  major?: boolean | null;
  totalBudget?: number | null;
  yearlyBudgets?: { year: number; amount: number }[];
  fundingStatus: string;
  fundingHoldReason?: string | null;
  /** Art. 11: NotRequested, Requested, Consented or Refused. */
  dedicatedNetwork?: string;
  documents?: ProjectDocument[];
  filings?: ProjectFiling[];
  deadlines?: DeadlineItem[];
  history?: ProjectHistoryRow[];
  instances?: ProjectInstance[];
  application?: ProjectApplication | null;
  revision?: RevisionState | null;
  securityAssessments?: SecurityAssessmentRow[];
  /** Art. 19: each quarter's spending in all against the approved budget of the time. */
  spendingReports?: { year: number; quarter: number; spentToDate: number; approvedBudget: number; note: string; reportedAt: string; reportedBy: string }[];
  /** Art. 11: the bureau's justified exception for a project that shares nothing. */
  sharingException?: { reason: string; decidedBy: string; decidedAt: string } | null;
  /** Art. 30: the lead department's assessment of the year before the application. */
  priorDepartmentAssessment?: DepartmentAssessment | null;
  /** Art. 27: finance's key-project evaluations of this project. */
  keyProjectEvaluations?: KeyProjectEvaluation[];
  /** Art. 27: the recorded key-project evaluations of the lead department's other projects, which the reviewers weigh. */
  departmentKeyProjectEvaluations?: KeyProjectEvaluation[];
  [key: string]: unknown;
}

/** Whether a return for revision is open, who returned the application and why, and whether the caller may revise it. */
export interface RevisionState {
  open: boolean;
  canRevise: boolean;
  taskId?: string | null;
  returnedBy?: string | null;
  reason?: string | null;
}

export interface ProjectFilters {
  search?: string;
  stage?: string;
  department?: string;
  overdue?: boolean;
  fundingHeld?: boolean;
}

/** A page of `GET /api/projects/page`: sorted by `code` (default), `name` or `department`, paged by `skip` and `take` (1-200). */
export interface ProjectPageFilter extends ProjectFilters {
  sort?: 'code' | 'name' | 'department';
  order?: 'asc' | 'desc';
  skip?: number;
  take?: number;
}

export interface ProjectPage {
  items: ProjectListItem[];
  total: number;
}

/** What a department states when it applies (arts. 8-12). */
export interface ProjectApplication {
  name: string;
  kind: string;
  leadDepartmentCode: string | null;
  scope: string;
  /** The published annual plan entry the project carries out; none: outside the plan (arts. 7, 11). */
  planEntryId?: string | null;
  /** A network, hardware or services project that needs no compute or storage chooses no cloud service (art. 12). */
  needsNoCloud?: boolean;
  isMajor: boolean;
  docksWithUpperLevelSystem: boolean;
  /** Builds a new dedicated business network: approved only after the bureau consents to it (art. 11). */
  buildsDedicatedNetwork?: boolean;
  totalBudget: number;
  yearBudgets: { year: number; amount: number }[];
  plannedCompletion: string | null;
  systemIds: string[];
  cloudServiceCodes: string[];
  /** Art. 9's parts; `sharesNothing` states a system that interconnects and shares with none (art. 11). */
  dataSharing: { sources?: string; formats?: string; updateFrequency?: string; sharing?: string; opening?: string; sharesNothing?: boolean };
  coBuildingDepartments: string[];
  /** Art. 37: 等级保护级别 (1-5) and the cryptography plan. */
  protectionLevel?: number | null;
  cryptographyPlan?: string | null;
  /** Art. 15: co-built with the city, its municipal partner and the split of content and money. */
  coBuiltWithCity?: boolean;
  municipalPartner?: string | null;
  municipalShare?: string | null;
}

/** A process the caller may start for the project now (`GET /api/projects/{id}/startable-processes`). */
export interface StartableProcess {
  definitionKey: string;
  name?: string | null;
}

const base = (id: string) => `/api/projects/${segment(id)}`;

export const projectsApi = {
  page: (filter: ProjectPageFilter) => http.get<ProjectPage>(`/api/projects/page${query({ ...filter })}`),
  get: (id: string) => http.get<ProjectDetails>(base(id)),
  documentPage: (id: string, filter: ProjectDocumentFilter) => http.get<ProjectDocumentPage>(`${base(id)}/documents${query({ ...filter })}`),
  historyPage: (id: string, filter: { search?: string; order?: 'asc' | 'desc'; skip: number; take: number }) =>
    http.get<ProjectHistoryPage>(`${base(id)}/history${query({ ...filter })}`),
  register: (code: string, application: ProjectApplication) => http.post<{ id: string }>('/api/projects', { code, application }),
  startableProcesses: (id: string) => http.get<StartableProcess[]>(`${base(id)}/startable-processes`),
  revise: (id: string, application: ProjectApplication) => http.put<ProjectDetails>(base(id), application),
  recordSharingException: (id: string, reason: string) => http.post<ProjectDetails>(`${base(id)}/sharing-exception`, { reason }),
  documentUrl: (id: string, documentId: string) => `${base(id)}/documents/${segment(documentId)}`,
  reportSpending: (id: string, report: { year: number; quarter: number; spentToDate: number; note: string }) =>
    http.post<{ id: string }>(`${base(id)}/spending-reports`, report),
  uploadDocument: (id: string, kind: string, file: File, onProgress?: (percent: number) => void) =>
    upload<ProjectDocument>(`${base(id)}/documents`, file, { kind }, onProgress)
};
