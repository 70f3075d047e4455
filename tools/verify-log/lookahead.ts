/** Batches read one item at a time, with a look at the next one before it is taken. */
export class Lookahead<T> {
  private readonly iterator: AsyncIterator<T[]>;
  private batch: T[] = [];
  private at = 0;
  private done = false;

  constructor(batches: AsyncIterable<T[]>) {
    this.iterator = batches[Symbol.asyncIterator]();
  }

  async peek(): Promise<T | undefined> {
    while (this.at >= this.batch.length && !this.done) {
      const next = await this.iterator.next();
      if (next.done) this.done = true;
      else [this.batch, this.at] = [next.value, 0];
    }
    return this.batch[this.at];
  }

  take(): void {
    this.at++;
  }
}
