import { problems } from './problems';

/**
 * How the mock slows and then stops password guessing for one username. The numbers are the mock's
 * (README, "Sign-in throttling"); the bureau's identity service sets its own.
 */
export interface SignInPolicy {
  /** Failed sign-ins within `windowSeconds` after which every attempt for the username is slowed. */
  slowAfter: number;
  /** How much slower each attempt gets per failure from `slowAfter` on, up to `maxDelayMs`. */
  slowStepMs: number;
  maxDelayMs: number;
  /** Failed sign-ins within `windowSeconds` that lock the username. */
  maxFailures: number;
  windowSeconds: number;
  /** How long a lock lasts; a correct password does not open it early. */
  lockSeconds: number;
}

export const SIGN_IN_POLICY: SignInPolicy = {
  slowAfter: 3,
  slowStepMs: 500,
  maxDelayMs: 2000,
  maxFailures: 5,
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
};

/**
 * Failed sign-ins per username on the mock's clock. Usernames are counted whether or not they exist
 * (trimmed, case-folded), so that a lock says nothing about which accounts there are. A successful
 * sign-in forgets the username's failures; attempts while locked are refused without counting, so
 * that a lock ends when it said it would.
 */
export class SignInGuard {
  private readonly failures = new Map<string, number[]>();
  private readonly lockedUntil = new Map<string, number>();

  constructor(
    readonly policy: SignInPolicy,
    private readonly now: () => number,
  ) {}

  /** How long to hold back the answer to an attempt for this username (ms; 0: at once). */
  delayMs(username: string): number {
    const failed = this.recentFailures(keyOf(username)).length;
    if (failed < this.policy.slowAfter) return 0;
    return Math.min(this.policy.maxDelayMs, (failed - this.policy.slowAfter + 1) * this.policy.slowStepMs);
  }

  /** Refuses an attempt for a locked username with 429 `account-locked` and when to try again. */
  assertNotLocked(username: string): void {
    const key = keyOf(username);
    const until = this.lockedUntil.get(key);
    if (until === undefined) return;
    const now = this.now();
    if (until > now) throw problems.accountLocked(Math.ceil((until - now) / 1000));
    this.lockedUntil.delete(key);
    this.failures.delete(key);
  }

  /**
   * Counts a wrong password. The failure that reaches `maxFailures` locks the username and is itself
   * answered 429, so that the person learns of the lock at once, not at the next attempt.
   */
  recordFailure(username: string): void {
    const key = keyOf(username);
    const now = this.now();
    const failed = [...this.recentFailures(key), now];
    if (failed.length >= this.policy.maxFailures) {
      this.failures.delete(key);
      this.lockedUntil.set(key, now + this.policy.lockSeconds * 1000);
      throw problems.accountLocked(this.policy.lockSeconds);
    }
    this.failures.set(key, failed);
  }

  recordSuccess(username: string): void {
    this.failures.delete(keyOf(username));
  }

  private recentFailures(key: string): number[] {
    const since = this.now() - this.policy.windowSeconds * 1000;
    const recent = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
    return recent;
  }
}

function keyOf(username: string): string {
  return username.trim().toLowerCase();
}
