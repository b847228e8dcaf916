import 'hds-core/lib/components/notification/notification.min.css';
import type { ReactNode } from 'react';

export interface NotificationProps {
  type?: 'info' | 'error' | 'alert' | 'success';
  label: string;
  children?: ReactNode;
  'data-testid'?: string;
}

const ICON = { info: 'info-circle-fill', error: 'error-fill', alert: 'alert-circle-fill', success: 'check-circle-fill' } as const;

/**
 * HDS's inline notification in hds-core's markup and styles. hds-react's component animates with
 * react-spring, which would add 60 kB to every page for a box that never moves here. Whoever shows
 * it decides whether it is announced (ConnectionStatus, ErrorMessage).
 */
export function Notification({ type = 'info', label, children, ...rest }: NotificationProps) {
  return (
    <section className={`hds-notification hds-notification--${type}`} aria-label={label} {...rest}>
      <div className="hds-notification__content">
        <div className="hds-notification__label" role="heading" aria-level={2}>
          <span className={`hds-icon hds-icon--${ICON[type]} hds-icon--size-s`} aria-hidden="true" />
          <span>{label}</span>
        </div>
        {children && <div className="hds-notification__body">{children}</div>}
      </div>
    </section>
  );
}
