import { http } from './http';

/** The signed-in user as the server describes it. */
export interface CurrentUser {
  userName: string;
  displayName?: string;
  roles: string[];
  departmentCode?: string | null;
  /** Leads the groups of their roles: assigns and delegates their tasks. */
  leader?: boolean;
}

export const authApi = {
  me: () => http.get<CurrentUser>('/api/auth/me'),
  login: (userName: string, password: string) => http.post<unknown>('/api/auth/login', { userName, password }),
  logout: () => http.post<unknown>('/api/auth/logout')
};
