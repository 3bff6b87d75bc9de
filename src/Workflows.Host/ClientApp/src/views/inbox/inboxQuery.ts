import type { LocationQuery } from 'vue-router';
import { fetchEarly } from '../../api/http';
import { definitionsApi } from '../../api/definitions';
import { tasksApi, type TaskQuery } from '../../api/tasks';

/** The inbox's views: every open task the user may see, the user's own, the groups' unclaimed ones. */
export type InboxView = 'all' | 'mine' | 'unassigned';

export const pageSizes = [10, 20, 50, 100];

/** The inbox's filters as its URL keeps them (a filtered inbox can be bookmarked and survives a reload). */
export interface InboxFilters {
  view: InboxView;
  search: string;
  definitionKey: string;
  dueWithinDays: number | null;
  overdue: boolean;
  group: string;
  sort: string;
  page: number;
  size: number;
}

export function inboxFilters(query: LocationQuery): InboxFilters {
  const fromQuery = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : '');
  return {
    view: (['mine', 'unassigned'].includes(fromQuery('view')) ? fromQuery('view') : 'all') as InboxView,
    search: fromQuery('search'),
    definitionKey: fromQuery('process'),
    dueWithinDays: fromQuery('dueWithin') ? Number(fromQuery('dueWithin')) : null,
    overdue: fromQuery('overdue') === 'true',
    group: fromQuery('group'),
    sort: fromQuery('sort') || 'due',
    page: Number(fromQuery('page')) || 1,
    size: pageSizes.includes(Number(fromQuery('size'))) ? Number(fromQuery('size')) : 20
  };
}

function serverQuery(filters: InboxFilters, view: InboxView, skip: number, take: number): TaskQuery {
  return {
    status: 'open',
    search: filters.search.trim(),
    definitionKey: filters.definitionKey,
    dueWithinDays: filters.dueWithinDays,
    overdue: filters.overdue,
    assignedToMe: view === 'mine',
    unassigned: view === 'unassigned',
    group: filters.group,
    sort: filters.sort,
    skip,
    take
  };
}

/** What the inbox asks the server: the shown page of the chosen view, and the counts of the user's and the groups' tasks. */
export function inboxQueries(filters: InboxFilters): { page: TaskQuery; mine: TaskQuery; unassigned: TaskQuery } {
  return {
    page: serverQuery(filters, filters.view, (filters.page - 1) * filters.size, filters.size),
    mine: serverQuery(filters, 'mine', 0, 1),
    unassigned: serverQuery(filters, 'unassigned', 0, 1)
  };
}

/** Asks for the inbox's tasks and the processes' names while the inbox's code and the signed-in user load. */
export function fetchInboxEarly(query: LocationQuery): void {
  for (const taskQuery of Object.values(inboxQueries(inboxFilters(query)))) {
    fetchEarly(tasksApi.listPath(taskQuery));
  }
  fetchEarly(definitionsApi.listPath());
}
