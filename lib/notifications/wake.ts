type Waker = () => void;

// Kept on globalThis because Next bundles instrumentation (where the worker starts) and the
// server actions (which queue mail) separately: a module-level set would exist twice.
const holder = globalThis as unknown as { miwellOutboxWakers?: Set<Waker> };
const wakers = (holder.miwellOutboxWakers ??= new Set());

/** Called by a worker in this process: `wake` runs whenever urgent mail has just been queued. */
export function onOutboxWake(wake: Waker): () => void {
  wakers.add(wake);
  return () => wakers.delete(wake);
}

/** Tells any worker in this process to send now rather than at its next poll. Call after commit. */
export function wakeOutbox(): void {
  for (const wake of wakers) wake();
}
