// The house styles load first so feature stylesheets can refine them.
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DatabaseGate } from './app/DatabaseGate';
import { requestPersistentStorage } from './db/repositories/profile';

void requestPersistentStorage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseGate>
      <App />
    </DatabaseGate>
  </StrictMode>,
);
