/**
 * A fair, owner-aware lock with a bounded wait. PGlite is one backend: whoever holds
 * this lock is, for that moment, the only session the database has.
 */
export class ExclusiveLock<Owner> {
  private owner: Owner | null = null;
  private readonly waiters: { owner: Owner; grant: () => void }[] = [];

  isHeldBy(owner: Owner): boolean {
    return this.owner === owner;
  }

  /** Resolves true once `owner` holds the lock, false if `timeoutMs` passed first. */
  acquire(owner: Owner, timeoutMs: number): Promise<boolean> {
    if (this.owner === owner) return Promise.resolve(true);
    if (this.owner === null && this.waiters.length === 0) {
      this.owner = owner;
      return Promise.resolve(true);
    }
    return new Promise<boolean>((resolve) => {
      const waiter = {
        owner,
        grant: () => {
          clearTimeout(timer);
          resolve(true);
        },
      };
      const timer = setTimeout(() => {
        this.removeWaiter(waiter);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  release(owner: Owner): void {
    if (this.owner !== owner) return;
    const next = this.waiters.shift();
    this.owner = next ? next.owner : null;
    next?.grant();
  }

  /** Forgets an owner that went away, whether it held the lock or was waiting. */
  abandon(owner: Owner): void {
    for (const waiter of this.waiters.filter((w) => w.owner === owner)) this.removeWaiter(waiter);
    this.release(owner);
  }

  private removeWaiter(waiter: { owner: Owner; grant: () => void }): void {
    const index = this.waiters.indexOf(waiter);
    if (index >= 0) this.waiters.splice(index, 1);
  }
}
