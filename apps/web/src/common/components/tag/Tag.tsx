import { Tag as HdsTag } from 'hds-react';

/** HDS's informative tag: a theme or a capability. */
export function Tag({ children }: { children: string }) {
  return <HdsTag>{children}</HdsTag>;
}
