import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../common/components/errorMessage/ErrorMessage';
import { networkError } from '../api/problems';

/**
 * A page that could not be shown: most often its code could not be loaded (the connection was
 * lost, or a new version replaced the files); reloading fetches it again.
 */
export function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="container">
      <h1>{t('problems.unknown')}</h1>
      <ErrorMessage error={error instanceof TypeError ? networkError(error) : error} onRetry={() => window.location.reload()} />
    </div>
  );
}

/**
 * Shows a page that failed (its code did not load, or it threw while rendering) as `RouteError`
 * inside the layout, so the header and the language links stay; going to another page (a new
 * `path`) tries again.
 */
export class RouteErrorBoundary extends Component<{ path: string; children: ReactNode }, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('unknown') };
  }

  componentDidUpdate(previous: { path: string }) {
    if (this.state.error && previous.path !== this.props.path) this.setState({ error: null });
  }

  render() {
    return this.state.error ? <RouteError error={this.state.error} /> : this.props.children;
  }
}
