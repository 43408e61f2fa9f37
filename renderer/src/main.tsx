import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { requestPersistentStorage } from './db/db';
import './i18n';
import { getPlatform } from './platform/platform';
import './styles.css';

void requestPersistentStorage();
// Start the platform now: in the browser edition it counts idle time from the last activity it has seen.
getPlatform();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
