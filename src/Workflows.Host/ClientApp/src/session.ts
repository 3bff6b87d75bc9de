import { reactive, readonly } from 'vue';
import { authApi, type CurrentUser } from './api/auth';

// The signed-in user, shared by the shell and the pages; null when nobody is signed in.
const state = reactive<{ user: CurrentUser | null; flash: Flash | null }>({ user: null, flash: null });

/** A confirmation and, optionally, what happens next (who handles the next step). */
export interface Flash {
  message: string;
  detail?: string | null;
}

export const session = readonly(state);

export function hasRole(role: string): boolean {
  return state.user?.roles?.includes(role) ?? false;
}

export function isAdmin(): boolean {
  return hasRole('admin');
}

/** The clerks' roles: a clerk sees only the work of their own department. */
const departmentRoles = ['department', 'township'];

/** Acts county-wide (the bureau, a reviewer, the county government, an admin): some role is not a clerk's. */
export function isCountyWide(): boolean {
  return (state.user?.roles ?? []).some((role) => !departmentRoles.includes(role));
}

/** Acts county-wide or is a clerk of the department: what the server lets a caller do for that department (a lead's, say). */
export function actsFor(departmentCode: string): boolean {
  return isCountyWide() || state.user?.departmentCode === departmentCode;
}

/** Asks the server who the cookie belongs to; null when nobody is signed in. */
export async function loadUser(): Promise<CurrentUser | null> {
  try {
    state.user = await authApi.me();
  } catch (error) {
    if ((error as { status?: number }).status !== 401) {
      throw error;
    }
    state.user = null;
  }
  return state.user;
}

export async function signIn(userName: string, password: string): Promise<CurrentUser | null> {
  await authApi.login(userName, password);
  return loadUser();
}

export async function signOut(): Promise<void> {
  try {
    await authApi.logout();
  } finally {
    state.user = null;
  }
}

export function forgetUser(): void {
  state.user = null;
}

/** A confirmation carried across a navigation ("任务已提交" shown on the page the user lands on). */
export function setFlash(message: string, detail: string | null = null): void {
  state.flash = { message, detail };
}

export function takeFlash(): Flash | null {
  const message = state.flash;
  state.flash = null;
  return message;
}
