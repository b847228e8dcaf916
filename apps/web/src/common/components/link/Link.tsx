import { Link as HdsLink } from 'hds-react';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export interface LinkProps {
  /** An address of the app (`/fi/calls`), followed without a page load, or an outside address. */
  to: string;
  children: ReactNode;
  /** Styled as a button (HDS's button link). */
  button?: boolean;
  external?: boolean;
  className?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
  download?: boolean | string;
}

/** Whether a click should be left to the browser (a new tab, a download, another frame). */
function browserHandles(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey;
}

/**
 * HDS's link, routed by the app: an app address changes the page in place (and the route's focus
 * handling takes over); an outside one, a download or an API file loads as usual. An outside link
 * says so in the page's language (HDS's own words are Finnish).
 */
export function Link({ to, children, button, external, download, ...rest }: LinkProps) {
  const navigate = useNavigate();
  const { t } = useTranslation();
  const inApp = !external && !download && to.startsWith('/') && !to.startsWith('/api/');
  return (
    <HdsLink
      href={to}
      external={external}
      openInExternalDomainAriaLabel={external ? t('common.externalLink') : undefined}
      useButtonStyles={button}
      download={download}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        if (!inApp || browserHandles(event)) return;
        event.preventDefault();
        navigate(to);
      }}
      {...rest}
    >
      {children}
    </HdsLink>
  );
}
