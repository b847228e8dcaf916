import { lazy, useState } from 'react';
import { Navigate, type RouteObject, useParams, useRoutes } from 'react-router';
import { chooseLocale } from './i18n/chooseLocale';
import { LocaleLayout } from './layout/LocaleLayout';
import { NotFoundPage } from './layout/NotFoundPage';

/*
 * Each page is its own chunk, loaded when first visited (the map only with the pages that show
 * one). The layout renders at once and the page fills in (React.lazy under the layout's Suspense),
 * so the first paint does not wait for the page's code. The routes are matched by `useRoutes`
 * under a `BrowserRouter` (react-router's declarative mode): the app loads no data through the
 * router, and its data router would add a fifth to the JavaScript every page loads. A page that
 * fails is shown by the layout's `RouteErrorBoundary`.
 */
const HomePage = lazy(() => import('../home/HomePage').then((m) => ({ default: m.HomePage })));
const SearchPage = lazy(() => import('../testbeds/SearchPage').then((m) => ({ default: m.SearchPage })));
const TestbedPage = lazy(() => import('../testbeds/TestbedPage').then((m) => ({ default: m.TestbedPage })));
const CallsPage = lazy(() => import('../calls/CallsPage').then((m) => ({ default: m.CallsPage })));
const CallPage = lazy(() => import('../calls/CallPage').then((m) => ({ default: m.CallPage })));
const CallResultsPage = lazy(() => import('../results/CallResultsPage').then((m) => ({ default: m.CallResultsPage })));
const GrantsPage = lazy(() => import('../results/GrantsPage').then((m) => ({ default: m.GrantsPage })));
const MyApplicationsPage = lazy(() => import('../applications/MyApplicationsPage').then((m) => ({ default: m.MyApplicationsPage })));
const NewApplicationPage = lazy(() => import('../applications/NewApplicationPage').then((m) => ({ default: m.NewApplicationPage })));
const ApplicationPage = lazy(() => import('../applications/ApplicationPage').then((m) => ({ default: m.ApplicationPage })));
const OutcomePage = lazy(() => import('../outcome/OutcomePage').then((m) => ({ default: m.OutcomePage })));
const PilotPage = lazy(() => import('../pilots/PilotPage').then((m) => ({ default: m.PilotPage })));
const SignInPage = lazy(() => import('../auth/SignInPage').then((m) => ({ default: m.SignInPage })));
const RegisterPage = lazy(() => import('../account/RegisterPage').then((m) => ({ default: m.RegisterPage })));
const VerifyEmailPage = lazy(() => import('../account/VerifyEmailPage').then((m) => ({ default: m.VerifyEmailPage })));
const AccountPage = lazy(() => import('../account/AccountPage').then((m) => ({ default: m.AccountPage })));
const NewOrganisationPage = lazy(() => import('../organisations/NewOrganisationPage').then((m) => ({ default: m.NewOrganisationPage })));
const OrganisationPage = lazy(() => import('../organisations/OrganisationPage').then((m) => ({ default: m.OrganisationPage })));
const AcceptInvitationPage = lazy(() => import('../organisations/AcceptInvitationPage').then((m) => ({ default: m.AcceptInvitationPage })));
const UnsubscribePage = lazy(() => import('../notificationSettings/UnsubscribePage').then((m) => ({ default: m.UnsubscribePage })));
const NotificationsPage = lazy(() => import('../notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })));
const BookingsPage = lazy(() => import('../bookings/BookingsPage').then((m) => ({ default: m.BookingsPage })));
const BookingPage = lazy(() => import('../bookings/BookingPage').then((m) => ({ default: m.BookingPage })));
const RequestBookingPage = lazy(() => import('../bookings/RequestBookingPage').then((m) => ({ default: m.RequestBookingPage })));
const AssignmentsPage = lazy(() => import('../evaluation/AssignmentsPage').then((m) => ({ default: m.AssignmentsPage })));
const ReviewPage = lazy(() => import('../evaluation/ReviewPage').then((m) => ({ default: m.ReviewPage })));
const EvaluationCallsPage = lazy(() => import('../evaluation/EvaluationCallsPage').then((m) => ({ default: m.EvaluationCallsPage })));
const CallEvaluationPage = lazy(() => import('../evaluation/CallEvaluationPage').then((m) => ({ default: m.CallEvaluationPage })));
const CalibrationPage = lazy(() => import('../evaluation/CalibrationPage').then((m) => ({ default: m.CalibrationPage })));
const RankingPage = lazy(() => import('../decisions/RankingPage').then((m) => ({ default: m.RankingPage })));
const DecisionsPage = lazy(() => import('../decisions/DecisionsPage').then((m) => ({ default: m.DecisionsPage })));
const ProposalPage = lazy(() => import('../decisions/ProposalPage').then((m) => ({ default: m.ProposalPage })));
const CallDashboardPage = lazy(() => import('../dashboards/CallDashboardPage').then((m) => ({ default: m.CallDashboardPage })));
const CityDashboardPage = lazy(() => import('../dashboards/CityDashboardPage').then((m) => ({ default: m.CityDashboardPage })));
const UsersPage = lazy(() => import('../admin/UsersPage').then((m) => ({ default: m.UsersPage })));
const CitiesPage = lazy(() => import('../admin/CitiesPage').then((m) => ({ default: m.CitiesPage })));
const ClaimsPage = lazy(() => import('../admin/ClaimsPage').then((m) => ({ default: m.ClaimsPage })));
const DeskPage = lazy(() => import('../desk/DeskPage').then((m) => ({ default: m.DeskPage })));
const DeskTestbedsPage = lazy(() => import('../desk/TestbedsPage').then((m) => ({ default: m.TestbedsPage })));
const DeskTestbedEditPage = lazy(() => import('../desk/TestbedEditPage').then((m) => ({ default: m.TestbedEditPage })));
const DeskCallsPage = lazy(() => import('../desk/CallsPage').then((m) => ({ default: m.CallsPage })));
const DeskCallEditPage = lazy(() => import('../desk/CallEditPage').then((m) => ({ default: m.CallEditPage })));
const DeskAuditPage = lazy(() => import('../desk/AuditPage').then((m) => ({ default: m.AuditPage })));
const DeskCallApplicationsPage = lazy(() => import('../desk/CallApplicationsPage').then((m) => ({ default: m.CallApplicationsPage })));
const DeskApplicationPage = lazy(() => import('../desk/DeskApplicationPage').then((m) => ({ default: m.DeskApplicationPage })));
const RedressDeskPage = lazy(() => import('../redress/RedressDeskPage').then((m) => ({ default: m.RedressDeskPage })));
const RedressReviewsPage = lazy(() => import('../redress/RedressReviewPage').then((m) => ({ default: m.RedressReviewsPage })));
const RedressReviewPage = lazy(() => import('../redress/RedressReviewPage').then((m) => ({ default: m.RedressReviewPage })));
const DeskBookingsPage = lazy(() => import('../desk/BookingsInboxPage').then((m) => ({ default: m.BookingsInboxPage })));

/** A notification's link to a page of the desk. */
function ToDesk({ to }: { to: (locale: string, id: string) => string }) {
  const { locale = 'fi', id = '' } = useParams();
  return <Navigate to={to(locale, id)} replace />;
}

/** The app's pages: `/` sends to the chosen language, every page lives under /fi, /sv or /en. */
function appRoutes(): RouteObject[] {
  return [
    { path: '/', element: <Navigate to={`/${chooseLocale()}/`} replace /> },
    {
      path: '/:locale',
      element: <LocaleLayout />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'testbeds', element: <SearchPage /> },
        { path: 'testbeds/:id', element: <TestbedPage /> },
        { path: 'testbeds/:id/book', element: <RequestBookingPage /> },
        { path: 'calls', element: <CallsPage /> },
        { path: 'calls/:id', element: <CallPage /> },
        { path: 'calls/:id/results', element: <CallResultsPage /> },
        { path: 'grants', element: <GrantsPage /> },
        { path: 'applications', element: <MyApplicationsPage /> },
        { path: 'applications/new', element: <NewApplicationPage /> },
        { path: 'applications/:id', element: <ApplicationPage /> },
        { path: 'applications/:id/edit/:step', element: <ApplicationPage /> },
        { path: 'applications/:id/outcome', element: <OutcomePage /> },
        { path: 'pilots/:id', element: <PilotPage /> },
        { path: 'sign-in', element: <SignInPage /> },
        { path: 'register', element: <RegisterPage /> },
        { path: 'verify-email', element: <VerifyEmailPage /> },
        { path: 'account', element: <AccountPage /> },
        { path: 'organisations/new', element: <NewOrganisationPage /> },
        { path: 'organisations/:id', element: <OrganisationPage /> },
        { path: 'invitations/accept', element: <AcceptInvitationPage /> },
        { path: 'notifications', element: <NotificationsPage /> },
        { path: 'unsubscribe', element: <UnsubscribePage /> },
        { path: 'bookings', element: <BookingsPage /> },
        { path: 'bookings/:id', element: <BookingPage /> },
        { path: 'desk', element: <DeskPage /> },
        { path: 'desk/testbeds', element: <DeskTestbedsPage /> },
        { path: 'desk/testbeds/new', element: <DeskTestbedEditPage /> },
        { path: 'desk/testbeds/:id', element: <DeskTestbedEditPage /> },
        { path: 'desk/bookings', element: <DeskBookingsPage /> },
        { path: 'desk/reviews', element: <AssignmentsPage /> },
        { path: 'desk/reviews/:id', element: <ReviewPage /> },
        { path: 'desk/evaluation', element: <EvaluationCallsPage /> },
        { path: 'desk/calls/:id/evaluation', element: <CallEvaluationPage /> },
        { path: 'desk/calls/:id/ranking', element: <RankingPage /> },
        { path: 'desk/calls/:id/calibration', element: <CalibrationPage /> },
        { path: 'desk/decisions', element: <DecisionsPage /> },
        { path: 'desk/decisions/:id', element: <ProposalPage /> },
        { path: 'desk/calls', element: <DeskCallsPage /> },
        { path: 'desk/calls/new', element: <DeskCallEditPage /> },
        { path: 'desk/calls/:id', element: <DeskCallEditPage /> },
        { path: 'desk/calls/:id/dashboard', element: <CallDashboardPage /> },
        { path: 'desk/cities/:id/dashboard', element: <CityDashboardPage /> },
        { path: 'desk/admin/users', element: <UsersPage /> },
        { path: 'desk/admin/cities', element: <CitiesPage /> },
        { path: 'desk/admin/claims', element: <ClaimsPage /> },
        { path: 'desk/calls/:id/applications', element: <DeskCallApplicationsPage /> },
        { path: 'desk/applications/:id', element: <DeskApplicationPage /> },
        { path: 'desk/audit', element: <DeskAuditPage /> },
        { path: 'desk/calls/:id/redress', element: <RedressDeskPage /> },
        { path: 'desk/redress', element: <RedressReviewsPage /> },
        { path: 'desk/redress/:id', element: <RedressReviewPage /> },
        // Where the notifications of redress lead (libs/notifications/src/domain/links.ts).
        { path: 'calls/:id/redress', element: <ToDesk to={(locale, id) => `/${locale}/desk/calls/${id}/redress`} /> },
        { path: 'redress/:id', element: <ToDesk to={(locale, id) => `/${locale}/desk/redress/${id}`} /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

export function AppRoutes() {
  const [routes] = useState(appRoutes);
  return useRoutes(routes);
}
