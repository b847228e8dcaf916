import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long a new page may take to show its heading (its code and data loading) before focus settles on the content. */
const HEADING_WAIT_MS = 8000;

/** Whether the page has already put focus in the part its address names (`#alerts`): that part's own focus stays. */
function focusedAtAnchor(): boolean {
  let id: string;
  try {
    id = decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return false;
  }
  const anchor = id ? document.getElementById(id) : null;
  return !!anchor && anchor.contains(document.activeElement);
}

function focusTarget(target: HTMLElement): void {
  if (focusedAtAnchor()) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
  window.scrollTo({ top: 0 });
}

/**
 * After a move to another page (not a change of its query, such as a filter), focus goes to the
 * new page's heading, as a page load would start at the top: a screen reader reads where the user
 * is, and the next Tab starts from the content rather than from the link that was followed. The
 * heading may come a moment later (the page's code or data loading): focus waits for it. An address
 * with a part's name (`/account#alerts`) leaves the focus to that part where it has taken it.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('maincontent');
    if (!main) return;
    const heading = () => main.querySelector<HTMLElement>('h1');
    const found = heading();
    if (found) {
      focusTarget(found);
      return;
    }
    const observer = new MutationObserver(() => {
      const appeared = heading();
      if (!appeared) return;
      stop();
      focusTarget(appeared);
    });
    const timer = window.setTimeout(() => {
      stop();
      focusTarget(main);
    }, HEADING_WAIT_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(main, { childList: true, subtree: true });
    return stop;
  }, [pathname]);
  return null;
}
