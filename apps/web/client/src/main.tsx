import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { Loading } from './app/notices';
import { LocaleProvider } from './i18n/locale';
import './styles.css';

// The staff console is its own part of the bundle: citizens never download it.
const ConsoleApp = lazy(async () => ({ default: (await import('./console/ConsoleApp')).ConsoleApp }));

const inConsole = window.location.pathname === '/console' || window.location.pathname.startsWith('/console/');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleProvider>
      {inConsole ? (
        <Suspense fallback={<Loading />}>
          <ConsoleApp />
        </Suspense>
      ) : (
        <App />
      )}
    </LocaleProvider>
  </StrictMode>,
);
