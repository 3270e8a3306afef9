import type {
  AuditEntry,
  Claim,
  Decision,
  MachineChecks,
  Photo,
  PreviousRequest,
  Region,
  RequestDetail,
  RequestStatus,
  RequestSummary,
  User,
} from '../../src/api/generated/zod';
import { maskCardNumber, maskIdNumber } from '../../src/lib/mask';
import { checkNames } from './decision-rules';
import type {
  AuditEvent,
  ClaimRecord,
  DecisionRecord,
  PhotoRecord,
  RegionRecord,
  RequestRecord,
  UserRecord,
} from './records';
import type { World } from './world';

export const iso = (ms: number): string => new Date(ms).toISOString();

export function toUser(user: UserRecord): User {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
}

export function toRegion(region: RegionRecord): Region {
  return {
    code: region.code,
    name: { ...region.name },
    acceptedBackgrounds: [...region.acceptedBackgrounds],
    photoBytes: { ...region.photoBytes },
  };
}

export function statusOf(request: RequestRecord): RequestStatus {
  return request.status === 'pending' && request.claim ? 'in_review' : request.status;
}

export function toUserRef(world: World, userId: string) {
  const user = world.users.find((u) => u.id === userId);
  return { id: userId, displayName: user?.displayName ?? userId };
}

function toClaim(world: World, claim: ClaimRecord | null): Claim | null {
  if (!claim) return null;
  return {
    holder: toUserRef(world, claim.holderId),
    claimedAt: iso(claim.claimedAt),
    expiresAt: iso(claim.expiresAt),
  };
}

/** The machine's verdicts in the checks' order, each copied (seeded records share theirs). */
export function toMachineChecks(machine: MachineChecks): MachineChecks {
  const copy: MachineChecks = {};
  for (const name of checkNames) {
    const check = machine[name];
    if (check) copy[name] = { verdict: check.verdict, disputed: check.disputed };
  }
  return copy;
}

export function toDecision(world: World, decision: DecisionRecord): Decision {
  return {
    id: decision.id,
    requestId: decision.requestId,
    outcome: decision.outcome,
    checks: { ...decision.checks },
    machine: toMachineChecks(decision.machine),
    reasonCodes: [...decision.reasonCodes],
    note: decision.note,
    decidedBy: toUserRef(world, decision.decidedBy),
    decidedAt: iso(decision.decidedAt),
    undoableUntil: iso(decision.undoableUntil),
  };
}

export function toAuditEntry(world: World, event: AuditEvent): AuditEntry {
  return {
    id: event.id,
    action: event.action,
    at: iso(event.at),
    actor: event.actorId === null ? null : toUserRef(world, event.actorId),
    ...(event.detail === undefined ? {} : { detail: event.detail }),
  };
}

function decisionOf(world: World, request: RequestRecord): DecisionRecord | null {
  return request.decisionId === null ? null : (world.decisions.get(request.decisionId) ?? null);
}

/**
 * The applicant's requests submitted before this one, newest first. A scan, not an index: details
 * are read one at a time, and the scan stays right whatever a test does to the world.
 */
function previousRequests(world: World, request: RequestRecord): PreviousRequest[] {
  const earlier: PreviousRequest[] = [];
  for (const other of world.requests) {
    if (other.submittedAt >= request.submittedAt) break; // world.requests is in submission order
    if (other.applicantId !== request.applicantId) continue;
    const decision = decisionOf(world, other);
    earlier.push({
      id: other.id,
      number: other.number,
      submittedAt: iso(other.submittedAt),
      status: statusOf(other),
      decidedAt: decision ? iso(decision.decidedAt) : null,
      reasonCodes: decision ? [...decision.reasonCodes] : [],
      note: decision?.note ?? '',
    });
  }
  return earlier.reverse();
}

export function toSummary(world: World, request: RequestRecord): RequestSummary {
  return {
    id: request.id,
    number: request.number,
    region: request.region,
    channel: request.channel,
    submittedAt: iso(request.submittedAt),
    status: statusOf(request),
    claim: toClaim(world, request.claim),
    reReview: Boolean(request.reReview),
  };
}

/** The one address a photo is served at. */
export const photoUrl = (photoId: string): string => `/api/photos/${photoId}`;

function toPhoto(photo: PhotoRecord): Photo {
  return {
    url: photoUrl(photo.id),
    width: photo.width,
    height: photo.height,
    bytes: photo.bytes,
    format: photo.format,
  };
}

export function toDetail(world: World, request: RequestRecord): RequestDetail {
  const applicant = world.applicants.get(request.applicantId);
  const newPhoto = world.photos.get(request.newPhotoId);
  const cardPhoto = world.photos.get(request.cardPhotoId);
  if (!applicant || !newPhoto || !cardPhoto) throw new Error(`request ${request.id} is inconsistent`);
  const decision = decisionOf(world, request);
  return {
    ...toSummary(world, request),
    version: request.version,
    applicant: {
      name: applicant.name,
      idNumberMasked: maskIdNumber(applicant.idNumber),
      cardNumberMasked: maskCardNumber(applicant.cardNumber),
    },
    newPhoto: toPhoto(newPhoto),
    cardPhoto: toPhoto(cardPhoto),
    previousRequests: previousRequests(world, request),
    decision: decision ? toDecision(world, decision) : null,
    reReviewNote: request.reReview?.note ?? null,
  };
}
