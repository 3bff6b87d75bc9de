import { http } from './http';

export interface Dashboard {
  byStage?: { stage: string; count: number }[];
  upcomingDeadlines?: { projectId?: string; projectName: string; name?: string; kind?: string; dueAt: string; workingDaysLeft?: number; overdue?: boolean }[];
  overdueFilings?: { projectId?: string; projectName: string; kind: string; dueAt: string; departmentCode?: string; departmentName?: string; workingDaysLeft?: number; overdue?: boolean }[];
  fundingHolds?: { projectId?: string; projectName: string; fundingStatus: string; reason?: string; approvedBudget?: number | null; disbursed?: number; withheld?: number }[];
  byDepartment?: { departmentCode: string; departmentName?: string; projects: number; openTasks?: number; overdue?: number }[];
  funding?: { disbursed: number; held: number; suspended: number };
  [key: string]: unknown;
}

export const dashboardApi = {
  get: () => http.get<Dashboard>('/api/dashboard')
};
