import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { requestPersistentStorage } from './db/db';
import './i18n';
import './styles.css';

void requestPersistentStorage();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
