import { useMemo } from 'react';
import { createHashRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { routes } from './routes';

/**
 * Hash routing: the same build works from the desktop protocol, a static server in browser
 * mode and a print preview, without server-side fallbacks.
 */
export function App() {
  const router = useMemo(() => createHashRouter(routes), []);
  return <RouterProvider router={router} />;
}
