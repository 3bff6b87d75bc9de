import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { session, isAdmin } from './session';
import ErrorPage from './views/ErrorPage.vue';

declare module 'vue-router' {
  interface RouteMeta {
    anonymous?: boolean;
    adminOnly?: boolean;
    title?: string;
  }
}

/** A side of a version comparison in the address: `draft` or a version number. */
const diffSide = (value: unknown) => (value === 'draft' ? 'draft' as const : Number(value));

// The designer and the diagram pages pull in bpmn-js; each page is its own chunk, loaded when opened.
const routes: RouteRecordRaw[] = [
  { path: '/login', component: () => import('./views/auth/SignIn.vue'), meta: { anonymous: true, title: 'login.submit' } },
  { path: '/', redirect: '/inbox' },
  { path: '/inbox', component: () => import('./views/inbox/TaskList.vue'), meta: { title: 'nav.inbox' } },
  {
    path: '/tasks/:id',
    component: () => import('./views/tasks/TaskDetail.vue'),
    props: true,
    meta: { title: 'task.form' }
  },
  { path: '/projects', component: () => import('./views/projects/ProjectList.vue'), meta: { title: 'nav.projects' } },
  { path: '/projects/new', component: () => import('./views/projects/ProjectForm.vue'), meta: { title: 'register.title' } },
  { path: '/projects/:id', component: () => import('./views/projects/ProjectDetail.vue'), props: true, meta: { title: 'nav.projects' } },
  { path: '/instances/:id', component: () => import('./views/instances/InstanceDetail.vue'), props: true, meta: { title: 'project.processes' } },
  { path: '/plans', component: () => import('./views/plans/AnnualPlanView.vue'), meta: { title: 'nav.plans' } },
  { path: '/evaluations', component: () => import('./views/evaluations/DepartmentAssessmentList.vue'), meta: { title: 'nav.evaluations' } },
  { path: '/catalogue', component: () => import('./views/catalogue/CatalogueView.vue'), meta: { title: 'nav.catalogue' } },
  { path: '/dashboard', component: () => import('./views/dashboard/DashboardView.vue'), meta: { title: 'nav.dashboard' } },
  { path: '/designer', component: () => import('./views/designer/DefinitionList.vue'), meta: { adminOnly: true, title: 'nav.designer' } },
  { path: '/designer/:definitionKey', component: () => import('./views/designer/DesignerEditor.vue'), props: true, meta: { adminOnly: true, title: 'nav.designer' } },
  {
    path: '/designer/:definitionKey/diff',
    component: () => import('./views/designer/DefinitionDiff.vue'),
    props: (route) => ({ definitionKey: route.params.definitionKey, from: diffSide(route.query.from), to: diffSide(route.query.to) }),
    meta: { adminOnly: true, title: 'nav.designer' }
  },
  { path: '/forms', component: () => import('./views/forms/FormList.vue'), meta: { adminOnly: true, title: 'nav.forms' } },
  // The form editor (form-js-editor) is a chunk of this route only.
  { path: '/forms/:formKey', component: () => import('./views/forms/FormEditorView.vue'), props: true, meta: { adminOnly: true, title: 'nav.forms' } },
  { path: '/operations', component: () => import('./views/operations/OperationsView.vue'), meta: { adminOnly: true, title: 'nav.operations' } },
  { path: '/instances', component: () => import('./views/operations/InstanceListView.vue'), meta: { adminOnly: true, title: 'instances.title' } },
  { path: '/migrations', component: () => import('./views/operations/MigrationView.vue'), meta: { adminOnly: true, title: 'migration.title' } },
  { path: '/admin', component: () => import('./views/admin/AdminHome.vue'), meta: { adminOnly: true, title: 'nav.admin' } },
  { path: '/:pathMatch(.*)*', component: ErrorPage, props: { status: 404 } }
];

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach((to) => {
  if (to.meta.anonymous) {
    return true;
  }
  if (!session.user) {
    return { path: '/login', query: { returnUrl: to.fullPath } };
  }
  return true;
});

/** Whether the signed-in user may open the route; the shell shows the 403 page otherwise. */
export function mayOpen(meta: { adminOnly?: boolean }): boolean {
  return !meta.adminOnly || isAdmin();
}
