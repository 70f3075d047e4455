import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroll box, reachable by keyboard (Tab, then the arrow keys) and
 * named after the table, so nothing of it is out of reach at tablet width.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
