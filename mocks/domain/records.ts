import type {
  AuditAction,
  BackgroundColour,
  Channel,
  CheckResults,
  Decision,
  DecisionOutcome,
  MachineChecks,
  RejectionReason,
  Role,
} from '../../src/api/generated/zod';

/** The mock's internal state. Never sent as is: serialize.ts turns records into contract shapes. */
export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

export interface SessionRecord {
  id: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
}

export interface RegionRecord {
  code: string;
  name: { 'zh-CN': string; en: string };
  acceptedBackgrounds: BackgroundColour[];
  photoBytes: { min: number; max: number };
}

export interface PhotoRecord {
  id: string;
  /** Key of the image bytes in the photo library. */
  libraryId: string;
  width: number;
  height: number;
  bytes: number;
  format: 'jpeg';
}

export interface ApplicantRecord {
  id: string;
  name: string;
  idNumber: string;
  cardNumber: string;
  /** The photo on the applicant's card now; replaced when a new photo is approved. */
  cardPhotoId: string;
}

export interface ClaimRecord {
  holderId: string;
  claimedAt: number;
  expiresAt: number;
}

export type StoredStatus = 'pending' | 'approved' | 'rejected';

export interface RequestRecord {
  id: string;
  number: string;
  region: string;
  channel: Channel;
  submittedAt: number;
  applicantId: string;
  newPhotoId: string;
  /**
   * The card photo the new one is compared with: the applicant's card photo while the request waits
   * (an approval of another request of the applicant replaces it), fixed once it is decided.
   */
  cardPhotoId: string;
  status: StoredStatus;
  claim: ClaimRecord | null;
  version: number;
  /** The decision in force; null while the request waits (also after an undo or a re-review). */
  decisionId: string | null;
  /** Set while the request is back in the queue for a second review; absent or null otherwise. */
  reReview?: ReReviewRecord | null;
}

/** A supervisor sent a decided request back for a second review by another reviewer (four eyes). */
export interface ReReviewRecord {
  /** Trimmed. */
  note: string;
  requestedBy: string;
  requestedAt: number;
  /** The reviewer whose decision was withdrawn: they may not take the request. */
  excludedReviewerId: string;
  /** The withdrawn decision. */
  decisionId: string;
}

/**
 * A supervisor took a claim from a reviewer. Kept per former holder and request until that reviewer
 * next touches the request (heartbeat, decision, skip, release), or until the request is decided.
 */
export interface RevocationRecord {
  reason: string;
  revokedBy: string;
  at: number;
}

export interface DecisionRecord {
  id: string;
  requestId: string;
  outcome: DecisionOutcome;
  checks: CheckResults;
  /** The machine's pre-check verdicts the reviewer saw, and which they disputed; {} when none. */
  machine: MachineChecks;
  reasonCodes: RejectionReason[];
  /** Trimmed. */
  note: string;
  decidedBy: string;
  /** When the claim that led to the decision began: handling time is decidedAt - claimedAt. */
  claimedAt: number;
  decidedAt: number;
  undoableUntil: number;
  /** The request's version the decision left; an undo needs it unchanged (nobody acted since). */
  versionAfter: number;
  /** The applicant's card photo before an approval replaced it, for an undo. */
  previousCardPhotoId: string | null;
  undoneAt: number | null;
  /**
   * When a supervisor sent the request back for re-review, withdrawing this decision: it stays in the
   * records and the audit, but is no longer in force. Absent or null while it is.
   */
  withdrawnAt?: number | null;
  /** When the decision was made on a re-review, that re-review (restored if the decision is undone). */
  reReview?: ReReviewRecord | null;
}

/** Whether a decision still stands: neither undone nor withdrawn for a re-review. */
export const isInForce = (decision: DecisionRecord): boolean =>
  decision.undoneAt === null && (decision.withdrawnAt ?? null) === null;

/** A decision recorded under an Idempotency-Key, replayed for retries with the same body. */
export interface IdempotencyRecord {
  requestId: string;
  /** The request body in a canonical form. */
  fingerprint: string;
  response: Decision;
}

export type { AuditAction };

export interface AuditEvent {
  id: number;
  requestId: string;
  actorId: string | null;
  action: AuditAction;
  at: number;
  detail?: string;
}
