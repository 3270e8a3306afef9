import type { BackgroundColour, Channel, Role } from '../../src/api/generated/zod';

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
  /** The card photo the new one is compared with, fixed when the request was submitted. */
  cardPhotoId: string;
  status: StoredStatus;
  claim: ClaimRecord | null;
  version: number;
}

export type AuditAction = 'claim' | 'release' | 'lease-expired' | 'view';

export interface AuditEvent {
  id: number;
  requestId: string;
  actorId: string | null;
  action: AuditAction;
  at: number;
  detail?: string;
}
