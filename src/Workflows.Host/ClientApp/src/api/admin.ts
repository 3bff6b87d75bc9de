import { http, query, segment } from './http';

export interface UserAccount {
  userName: string;
  displayName: string;
  departmentCode?: string | null;
  /** Leads the groups of their roles: assigns and delegates their tasks. */
  leader?: boolean;
  roles: string[];
  lockedOut?: boolean;
}

export interface NewUser {
  userName: string;
  displayName: string;
  departmentCode: string | null;
  leader?: boolean;
  password: string;
  roles: string[];
}

export interface Department {
  code: string;
  name: string;
  kind: string;
  /** Set for a newly established department (art. 11). */
  establishedOn?: string | null;
}

export interface DueAnswer {
  due: string;
  provisional: boolean;
}

const rolePath = (userName: string, role: string) => `/api/admin/users/${segment(userName)}/roles/${segment(role)}`;

export const adminApi = {
  users: () => http.get<UserAccount[]>('/api/admin/users'),
  roles: () => http.get<string[]>('/api/admin/roles'),
  createUser: (user: NewUser) => http.post<unknown>('/api/admin/users', user),
  addRole: (userName: string, role: string) => http.put<unknown>(rolePath(userName, role)),
  removeRole: (userName: string, role: string) => http.delete<unknown>(rolePath(userName, role)),
  setLeader: (userName: string, leader: boolean) => http.put<unknown>(`/api/admin/users/${segment(userName)}/leader`, { leader })
};

export const departmentsApi = {
  list: () => http.get<Department[]>('/api/departments'),
  create: (department: Department) => http.post<unknown>('/api/departments', department)
};

export const calendarApi = {
  due: (start: string, workingDays: number) => http.get<DueAnswer>(`/api/calendar/due${query({ start, workingDays })}`)
};

/** Links to the host's own tools, opened outside the single-page app. */
export const toolLinks = { jobs: '/hangfire', apiDocs: '/api/docs' };
