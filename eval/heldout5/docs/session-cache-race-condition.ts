// src/cache/sessionCache.ts
// Fixes a race condition where two concurrent refreshes could both miss the
// cache and issue duplicate token requests to the identity provider.

import { Mutex } from 'async-mutex';

export interface Session {
  userId: string;
  token: string;
  expiresAt: number;
}

const REFRESH_MARGIN_MS = 30_000;

export class SessionCache {
  private readonly sessions = new Map<string, Session>();
  private readonly inFlight = new Map<string, Promise<Session>>();
  private readonly lock = new Mutex();

  constructor(private readonly fetchSession: (userId: string) => Promise<Session>) {}

  /**
   * Returns a valid session, refreshing it at most once even when called
   * concurrently. Previously a race between the expiry check and the
   * Map.set() let parallel callers each start their own refresh.
   */
  async get(userId: string): Promise<Session> {
    const cached = this.sessions.get(userId);
    if (cached && cached.expiresAt - Date.now() > REFRESH_MARGIN_MS) {
      return cached;
    }
    return this.lock.runExclusive(async () => {
      const pending = this.inFlight.get(userId);
      if (pending) return pending;
      const p = this.fetchSession(userId).finally(() => this.inFlight.delete(userId));
      this.inFlight.set(userId, p);
      const fresh = await p;
      this.sessions.set(userId, fresh);
      return fresh;
    });
  }

  invalidate(userId: string): void {
    this.sessions.delete(userId);
  }
}
