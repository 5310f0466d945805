import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startServices } from './app/start-services';
import './app/styles.css';

const root = document.getElementById('root');
if (root) {
  startServices();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
