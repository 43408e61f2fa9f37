import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './i18n/index';
// Ant Design's styles as one static file (the theme's tokens still come from ConfigProvider, as CSS variables):
// no component writes its styles while the screens are drawn.
import 'antd/dist/antd.css';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
