/**
 * Runs work one piece at a time, in the order it was asked for: each piece starts after the one
 * before has settled, so a read-change-write never interleaves with another. A failed piece
 * rejects its own caller only; the queue goes on.
 */
export function serialQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

