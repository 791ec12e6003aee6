// The house styles load first so feature stylesheets can refine them.
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DatabaseGate } from './app/DatabaseGate';
import { requestPersistentStorage } from './db/repositories/profile';
import { ProblemNotice } from './platform/ProblemNotice';
import { problems } from './platform/problemReporter';

// Every unexpected error of the page is reported from the first moment on; DatabaseGate opens
// the problems table to the reporter once the database is open.
problems.install(window);

void requestPersistentStorage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseGate>
      <App />
    </DatabaseGate>
    <ProblemNotice />
  </StrictMode>,
);
