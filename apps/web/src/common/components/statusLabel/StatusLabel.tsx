import 'hds-core/lib/components/status-label/status-label.min.css';

export type StatusType = 'neutral' | 'info' | 'success' | 'alert' | 'error';

/** HDS's status label in hds-core's markup: a state in words, its colour only a second cue. */
export function StatusLabel({ type = 'neutral', children }: { type?: StatusType; children: string }) {
  return <span className={type === 'neutral' ? 'hds-status-label' : `hds-status-label hds-status-label--${type}`}>{children}</span>;
}
