import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';

type Politeness = 'polite' | 'assertive';
type Announce = (message: string, politeness?: Politeness) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

/**
 * Live regions for what a screen reader should hear without moving focus: search results found,
 * a page loaded, errors. Both regions exist from the start (a region added with its text is
 * often not read); a repeated message is cleared first so it is read again.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<Record<Politeness, string>>({ polite: '', assertive: '' });
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback<Announce>((message, politeness = 'polite') => {
    setMessages((current) => ({ ...current, [politeness]: '' }));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessages((current) => ({ ...current, [politeness]: message })), 100);
  }, []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer-polite">
        {messages.polite}
      </div>
      <div className="visually-hidden" role="alert" aria-live="assertive" aria-atomic="true" data-testid="announcer-assertive">
        {messages.assertive}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
