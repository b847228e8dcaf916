import 'hds-core/lib/base.min.css';
import './common/styles/theme.css';
import './common/styles/layout.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './domain/app/App';
import { session, setApiLanguage } from './domain/app/api/client';
import { loadRuntimeConfig } from './domain/app/config';
import { chooseLocale } from './domain/app/i18n/chooseLocale';
import { createI18n } from './domain/app/i18n/i18n';

loadRuntimeConfig(document);
const locale = chooseLocale();
setApiLanguage(locale);
// A browser that signed in before gets its access token back from the refresh cookie.
void session.start();
const root = document.getElementById('root');
if (root) {
  const i18n = await createI18n(locale);
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  );
}
