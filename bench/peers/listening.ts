/** Tells the harness (the parent process) where this peer listens, as sochung's apps do. */
export function announceListening(url: string): void {
  if (process.send) process.send({ type: 'listening', url });
  else console.log(`listening on ${url}`);
}
