import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { chooseLocale } from './i18n/chooseLocale';
import { LocaleLayout } from './layout/LocaleLayout';
import { NotFoundPage } from './layout/NotFoundPage';
import { RouteError } from './layout/RouteError';

/*
 * Each page is its own chunk, loaded when first visited (the map only with the pages that show
 * one). The layout renders at once and the page fills in (React.lazy under the layout's Suspense),
 * so the first paint does not wait for the page's code.
 */
const HomePage = lazy(() => import('../home/HomePage').then((m) => ({ default: m.HomePage })));
const SearchPage = lazy(() => import('../testbeds/SearchPage').then((m) => ({ default: m.SearchPage })));
const TestbedPage = lazy(() => import('../testbeds/TestbedPage').then((m) => ({ default: m.TestbedPage })));
const CallsPage = lazy(() => import('../calls/CallsPage').then((m) => ({ default: m.CallsPage })));
const CallPage = lazy(() => import('../calls/CallPage').then((m) => ({ default: m.CallPage })));
const GrantsPage = lazy(() => import('../results/GrantsPage').then((m) => ({ default: m.GrantsPage })));
const SignInPage = lazy(() => import('../auth/SignInPage').then((m) => ({ default: m.SignInPage })));

export function createRouter() {
  return createBrowserRouter([
    { path: '/', element: <Navigate to={`/${chooseLocale()}/`} replace /> },
    {
      path: '/:locale',
      element: <LocaleLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'testbeds', element: <SearchPage /> },
        { path: 'testbeds/:id', element: <TestbedPage /> },
        { path: 'calls', element: <CallsPage /> },
        { path: 'calls/:id', element: <CallPage /> },
        { path: 'grants', element: <GrantsPage /> },
        { path: 'sign-in', element: <SignInPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
