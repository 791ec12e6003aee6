import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DatabaseGate } from './app/DatabaseGate';
import { requestPersistentStorage } from './db/repositories/profile';
import './styles/app.css';

void requestPersistentStorage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseGate>
      <App />
    </DatabaseGate>
  </StrictMode>,
);
