import type {
  Claim,
  Photo,
  Region,
  RequestDetail,
  RequestStatus,
  RequestSummary,
  User,
} from '../../src/api/generated/zod';
import { maskCardNumber, maskIdNumber } from '../../src/lib/mask';
import type { ClaimRecord, PhotoRecord, RegionRecord, RequestRecord, UserRecord } from './records';
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

function toClaim(world: World, claim: ClaimRecord | null): Claim | null {
  if (!claim) return null;
  const holder = world.users.find((u) => u.id === claim.holderId);
  return {
    holder: { id: claim.holderId, displayName: holder?.displayName ?? claim.holderId },
    claimedAt: iso(claim.claimedAt),
    expiresAt: iso(claim.expiresAt),
  };
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
  };
}

function toPhoto(photo: PhotoRecord): Photo {
  return {
    url: `/api/photos/${photo.id}`,
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
  };
}
