import type { DepartmentAssessment } from './evaluations';
import { http, query, segment, upload } from './http';

export interface TaskItem {
  id: string;
  instanceId: string;
  activityId: string;
  name?: string | null;
  /** The English name the definition gives the task (`name.en`), for the English mode. */
  nameEn?: string | null;
  assignee?: string | null;
  status: string;
  dueAt?: string | null;
  priority: number;
  createdAt: string;
  completedAt?: string | null;
  businessKey?: string | null;
  definitionKey: string;
  definitionVersion: number;
  workingDaysLeft?: number | null;
  overdue: boolean;
  projectId?: string | null;
  projectName?: string | null;
  /** Who a delegated task returns to (Camunda's owner). */
  owner?: string | null;
  /** `Pending` while a delegate holds the task, `Resolved` once they gave it back. */
  delegation?: 'Pending' | 'Resolved' | null;
}

/** A user a group leader may hand the task to. */
export interface TaskMember {
  userName: string;
  displayName: string;
}

export interface TaskPage {
  items: TaskItem[];
  total: number;
  totalCapped: boolean;
}

/** The inbox's filters, as GET /api/tasks reads them. */
export interface TaskQuery {
  status?: string;
  search?: string;
  definitionKey?: string;
  dueWithinDays?: number | null;
  overdue?: boolean;
  assignedToMe?: boolean;
  unassigned?: boolean;
  group?: string;
  instanceId?: string;
  sort?: string;
  skip?: number;
  take?: number;
}

/** A document of a task: its kind and Chinese name, whether the step needs it and whether it is on file. */
export interface RequiredDocument {
  kind: string;
  label?: string;
  required: boolean;
  present: boolean;
}

export interface TaskDetail {
  task: TaskItem;
  candidateUsers: string[];
  candidateGroups: string[];
  variables: Record<string, unknown>;
  formSchema: Record<string, unknown> | null;
  departmentCode?: string | null;
  documents?: RequiredDocument[] | null;
  /** The broken rules that sent the work back to this task, keyed by article (`art-8`…). */
  ruleProblems?: Record<string, string[]> | null;
  /** Art. 30: the applicant department's assessment of the year before the application, on an application review. */
  priorDepartmentAssessment?: DepartmentAssessment | null;
  /** The caller leads a group of the task: may assign and delegate it. */
  callerLeads?: boolean;
  [key: string]: unknown;
}

export interface TaskComment {
  id: string;
  author: string;
  authorName?: string;
  text: string;
  createdAt: string;
}

export interface TaskAttachment {
  id: string;
  fileName: string;
  size: number;
  sha256?: string;
  uploadedBy?: string;
  uploadedByName?: string | null;
  uploadedAt: string;
}

const base = (id: string) => `/api/tasks/${segment(id)}`;
const listPath = (filters: TaskQuery) => `/api/tasks${query({ ...filters })}`;

export const tasksApi = {
  list: (filters: TaskQuery) => http.get<TaskPage>(listPath(filters)),
  listPath,
  get: (id: string) => http.get<TaskDetail>(base(id)),
  path: base,
  claim: (id: string) => http.post<unknown>(`${base(id)}/claim`),
  unclaim: (id: string) => http.post<unknown>(`${base(id)}/unclaim`),
  members: (id: string) => http.get<TaskMember[]>(`${base(id)}/members`),
  assign: (id: string, assignee: string) => http.post<unknown>(`${base(id)}/assign`, { assignee }),
  delegate: (id: string, assignee: string) => http.post<unknown>(`${base(id)}/delegate`, { assignee }),
  resolve: (id: string) => http.post<unknown>(`${base(id)}/resolve`),
  complete: (id: string, variables: Record<string, unknown>) => http.post<unknown>(`${base(id)}/complete`, { variables }),
  comments: (id: string) => http.get<TaskComment[]>(`${base(id)}/comments`),
  addComment: (id: string, text: string) => http.post<TaskComment>(`${base(id)}/comments`, { text }),
  attachments: (id: string) => http.get<TaskAttachment[]>(`${base(id)}/attachments`),
  addAttachment: (id: string, file: File, onProgress?: (percent: number) => void) =>
    upload<TaskAttachment>(`${base(id)}/attachments`, file, {}, onProgress),
  attachmentUrl: (attachmentId: string) => `/api/attachments/${segment(attachmentId)}`
};
