import type { LogSubject } from './tracker-api';

/** The subject in the URL (`subject=<enterprise code>`), the citizen's own log by default. */
export function subjectFrom(query: URLSearchParams): LogSubject {
  const code = query.get('subject');
  return code && /^\d{10}$/.test(code) ? { kind: 'enterprise', enterpriseCode: code } : { kind: 'me' };
}

/** A stable name of the subject, for keys and for this browser's last-visit time. */
export const subjectKey = (subject: LogSubject): string =>
  subject.kind === 'me' ? 'me' : `enterprise:${subject.enterpriseCode}`;
