// First: asks for the signed-in user and the opened page's answers (index.html has already run it).
import './firstAnswers';
import { createApp } from 'vue';
import './styles/app.css';
import App from './App.vue';
import { router } from './router';
import { i18n, languageReady } from './i18n';
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

// The opened page's code is fetched while the server says who is signed in, not after (the router would load it only
// once its guard knows the user); its first answers are already on their way (firstAnswers.ts).
function preloadPage(): void {
  const opened = router.resolve(window.location.pathname + window.location.search);
  for (const record of opened.matched) {
    const component = record.components?.default;
    if (typeof component === 'function') {
      void (component as () => Promise<unknown>)().catch(() => undefined);
    }
  }
}

async function start(): Promise<void> {
  const user = loadUser();
  preloadPage();
  try {
    await user;
  } catch {
    // The shell shows the sign-in page; a failing server shows its error there on the next request.
  }
  // In Chinese when the English dictionary cannot be fetched.
  await languageReady.catch(() => undefined);
  createApp(App).use(i18n).use(router).mount('#app');
}

keepDescriptionsResolvable(document.body);
void start();
