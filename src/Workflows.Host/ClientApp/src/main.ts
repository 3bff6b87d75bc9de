import { createApp } from 'vue';
import 'element-plus/dist/index.css';
import './styles/app.css';
import App from './App.vue';
import { router } from './router';
import { i18n } from './i18n';
import { loadUser, forgetUser, session } from './session';
import { setUnauthorizedHandler } from './api/http';
import { keepDescriptionsResolvable } from './composables/describedBy';

setUnauthorizedHandler(() => {
  const current = router.currentRoute.value;
  if (session.user && current.path !== '/login') {
    forgetUser();
    void router.replace({ path: '/login', query: { returnUrl: current.fullPath } });
  }
});

async function start(): Promise<void> {
  try {
    await loadUser();
  } catch {
    // The shell shows the sign-in page; a failing server shows its error there on the next request.
  }
  createApp(App).use(i18n).use(router).mount('#app');
}

keepDescriptionsResolvable(document.body);
void start();
