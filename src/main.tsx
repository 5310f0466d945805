// Tokens and base styles first, then the controls every view uses; each component imports its own.
import './app/styles.css';
import './components/controls.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startServices } from './app/start-services';

const root = document.getElementById('root');
if (root) {
  startServices();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
