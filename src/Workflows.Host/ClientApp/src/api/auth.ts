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

const mePath = '/api/auth/me';

export const authApi = {
  mePath,
  me: () => http.get<CurrentUser>(mePath),
  login: (userName: string, password: string) => http.post<unknown>('/api/auth/login', { userName, password }),
  logout: () => http.post<unknown>('/api/auth/logout')
};
