import type {
  ApplicantRecord,
  AuditEvent,
  DecisionRecord,
  IdempotencyRecord,
  PhotoRecord,
  RegionRecord,
  RequestRecord,
  RevocationRecord,
  SessionRecord,
  UserRecord,
} from './records';

/** Everything the mock knows. One world per seed; `reset` builds a new one. */
export interface World {
  seed: number;
  users: UserRecord[];
  regions: RegionRecord[];
  applicants: Map<string, ApplicantRecord>;
  photos: Map<string, PhotoRecord>;
  /** Sorted by submittedAt, oldest first; new requests are appended. */
  requests: RequestRecord[];
  requestsById: Map<string, RequestRecord>;
  /** Ids of requests whose claim record is set (active or not yet swept). */
  claimed: Set<string>;
  sessions: Map<string, SessionRecord>;
  /** Every decision ever made, undone ones included (so that a second undo is refused). */
  decisions: Map<string, DecisionRecord>;
  /** Keyed by `userId key`: Idempotency-Keys are scoped per user. */
  idempotency: Map<string, IdempotencyRecord>;
  /** Keyed by `userId requestId`: until when claim-next passes the request over for that reviewer. */
  skips: Map<string, number>;
  /** Keyed by `userId requestId`: claims a supervisor took from that reviewer (see RevocationRecord). */
  revocations: Map<string, RevocationRecord>;
  /** In time order; ids count up from 1. */
  audit: AuditEvent[];
}

/** What the seed needs to know about the synthetic photo library. */
export interface PhotoLibraryIndex {
  people: Array<{ personId: string; cardPhotoId: string; newPhotoIds: string[] }>;
  photos: Map<string, { width: number; height: number; bytes: number; variant: string }>;
}
