// Generated from src/api/openapi.yaml by `npm run api:generate`. Do not edit.
import '../zod-config';
import { z } from 'zod/mini';

export const ApplicantSchema = z.object({
  name: z.string().check(z.maxLength(100)),
  idNumberMasked: z.string().check(z.regex(new RegExp('^[0-9]{6}\\*{8}[0-9]{3}[0-9X]$'))),
  cardNumberMasked: z.string().check(z.maxLength(32)),
});
export type Applicant = z.infer<typeof ApplicantSchema>;
export const AuditActionSchema = z.enum([
  'claim',
  'release',
  'skip',
  'lease-expired',
  'view',
  'decision',
  'undo',
  'reveal',
  'revoke',
  're-review',
]);
export type AuditAction = z.infer<typeof AuditActionSchema>;
export const UserRefSchema = z.object({
  id: z.string().check(z.maxLength(64)),
  displayName: z.string().check(z.maxLength(100)),
});
export type UserRef = z.infer<typeof UserRefSchema>;
export const AuditEntrySchema = z.object({
  id: z.int(),
  action: AuditActionSchema,
  at: z.iso.datetime({ offset: true }),
  actor: z.nullable(UserRefSchema),
  detail: z.optional(z.string().check(z.maxLength(500))),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const BackgroundColourSchema = z.enum(['white', 'blue']);
export type BackgroundColour = z.infer<typeof BackgroundColourSchema>;
export const ChannelSchema = z.enum(['ios', 'android', 'wechat', 'alipay']);
export type Channel = z.infer<typeof ChannelSchema>;
export const CheckNameSchema = z.enum(['background', 'clarity', 'facialFeatures', 'noOrnaments']);
export type CheckName = z.infer<typeof CheckNameSchema>;
export const CheckResultSchema = z.enum(['pass', 'fail']);
export type CheckResult = z.infer<typeof CheckResultSchema>;
export const CheckResultsSchema = z.object({
  background: CheckResultSchema,
  clarity: CheckResultSchema,
  facialFeatures: CheckResultSchema,
  noOrnaments: CheckResultSchema,
});
export type CheckResults = z.infer<typeof CheckResultsSchema>;
export const ClaimSchema = z.object({
  holder: UserRefSchema,
  claimedAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type Claim = z.infer<typeof ClaimSchema>;
export const DecisionIdSchema = z.string().check(z.regex(new RegExp('^[A-Za-z0-9_-]{6,64}$')));
export type DecisionId = z.infer<typeof DecisionIdSchema>;
export const RequestIdSchema = z.string().check(z.regex(new RegExp('^[A-Za-z0-9_-]{6,64}$')));
export type RequestId = z.infer<typeof RequestIdSchema>;
export const DecisionOutcomeSchema = z.enum(['approved', 'rejected']);
export type DecisionOutcome = z.infer<typeof DecisionOutcomeSchema>;
export const MachineVerdictSchema = z.enum(['likely-pass', 'likely-fail', 'unsure']);
export type MachineVerdict = z.infer<typeof MachineVerdictSchema>;
export const MachineCheckSchema = z.object({ verdict: MachineVerdictSchema, disputed: z.boolean() });
export type MachineCheck = z.infer<typeof MachineCheckSchema>;
export const MachineChecksSchema = z.object({
  background: z.optional(MachineCheckSchema),
  clarity: z.optional(MachineCheckSchema),
  facialFeatures: z.optional(MachineCheckSchema),
  noOrnaments: z.optional(MachineCheckSchema),
});
export type MachineChecks = z.infer<typeof MachineChecksSchema>;
export const RejectionReasonSchema = z.enum([
  'background',
  'blurred',
  'exposure',
  'face-not-visible',
  'eyes',
  'ornaments',
  'size-format',
  'different-person',
  'other',
]);
export type RejectionReason = z.infer<typeof RejectionReasonSchema>;
export const DecisionSchema = z.object({
  id: DecisionIdSchema,
  requestId: RequestIdSchema,
  outcome: DecisionOutcomeSchema,
  checks: CheckResultsSchema,
  machine: MachineChecksSchema,
  reasonCodes: z.array(RejectionReasonSchema),
  note: z.string().check(z.maxLength(500)),
  decidedBy: UserRefSchema,
  decidedAt: z.iso.datetime({ offset: true }),
  undoableUntil: z.iso.datetime({ offset: true }),
});
export type Decision = z.infer<typeof DecisionSchema>;
export const DecisionInputSchema = z.object({
  outcome: DecisionOutcomeSchema,
  checks: CheckResultsSchema,
  reasonCodes: z.array(RejectionReasonSchema).check(z.maxLength(9)),
  note: z.string().check(z.maxLength(500)),
  machine: z.optional(MachineChecksSchema),
});
export type DecisionInput = z.infer<typeof DecisionInputSchema>;
export const HeartbeatInputSchema = z.object({
  leaseSeconds: z.optional(z.int().check(z.gte(10), z.lte(3600))),
});
export type HeartbeatInput = z.infer<typeof HeartbeatInputSchema>;
export const LocalizedTextSchema = z.object({
  'zh-CN': z.string().check(z.maxLength(200)),
  en: z.string().check(z.maxLength(200)),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export const MetricsAgeBucketSchema = z.enum(['lt1h', '1to4h', '4to24h', '1to2d', '2to3d', 'gt3d']);
export type MetricsAgeBucket = z.infer<typeof MetricsAgeBucketSchema>;
export const MetricsAgeBucketCountSchema = z.object({
  bucket: MetricsAgeBucketSchema,
  count: z.int().check(z.gte(0)),
});
export type MetricsAgeBucketCount = z.infer<typeof MetricsAgeBucketCountSchema>;
export const MetricsBucketSizeSchema = z.enum(['hour', 'day']);
export type MetricsBucketSize = z.infer<typeof MetricsBucketSizeSchema>;
export const MetricsBacklogDaySchema = z.object({
  start: z.iso.datetime({ offset: true }),
  day: z.string().check(z.regex(new RegExp('^\\d{4}-\\d{2}-\\d{2}$'))),
  inflow: z.int().check(z.gte(0)),
  outflow: z.int().check(z.gte(0)),
  backlogAtEnd: z.int().check(z.gte(0)),
});
export type MetricsBacklogDay = z.infer<typeof MetricsBacklogDaySchema>;
export const MetricsBacklogSchema = z.object({
  bucket: MetricsBucketSizeSchema,
  items: z.array(MetricsBacklogDaySchema),
  ageBuckets: z.array(MetricsAgeBucketCountSchema),
});
export type MetricsBacklog = z.infer<typeof MetricsBacklogSchema>;
export const MetricsCurrentClaimSchema = z.object({
  requestId: RequestIdSchema,
  number: z.string().check(z.maxLength(32)),
  claimedAt: z.iso.datetime({ offset: true }),
});
export type MetricsCurrentClaim = z.infer<typeof MetricsCurrentClaimSchema>;
export const MetricsHandlingBucketSchema = z.object({
  upToSeconds: z.nullable(z.int().check(z.gte(1))),
  count: z.int().check(z.gte(0)),
});
export type MetricsHandlingBucket = z.infer<typeof MetricsHandlingBucketSchema>;
export const MetricsHandlingTimeSchema = z.object({
  buckets: z.array(MetricsHandlingBucketSchema),
  medianSeconds: z.nullable(z.number().check(z.gte(0))),
  p90Seconds: z.nullable(z.number().check(z.gte(0))),
});
export type MetricsHandlingTime = z.infer<typeof MetricsHandlingTimeSchema>;
export const MetricsMachineAgreementItemSchema = z.object({
  check: CheckNameSchema,
  compared: z.int().check(z.gte(0)),
  agreed: z.int().check(z.gte(0)),
  disputed: z.int().check(z.gte(0)),
});
export type MetricsMachineAgreementItem = z.infer<typeof MetricsMachineAgreementItemSchema>;
export const MetricsMachineAgreementSchema = z.object({ items: z.array(MetricsMachineAgreementItemSchema) });
export type MetricsMachineAgreement = z.infer<typeof MetricsMachineAgreementSchema>;
export const MetricsReasonCountSchema = z.object({
  reason: RejectionReasonSchema,
  count: z.int().check(z.gte(0)),
});
export type MetricsReasonCount = z.infer<typeof MetricsReasonCountSchema>;
export const MetricsRejectionReasonsSchema = z.object({ items: z.array(MetricsReasonCountSchema) });
export type MetricsRejectionReasons = z.infer<typeof MetricsRejectionReasonsSchema>;
export const MetricsReviewerSchema = z.object({
  reviewer: UserRefSchema,
  decided: z.int().check(z.gte(0)),
  approved: z.int().check(z.gte(0)),
  rejected: z.int().check(z.gte(0)),
  medianHandlingSeconds: z.nullable(z.number().check(z.gte(0))),
  currentClaim: z.nullable(MetricsCurrentClaimSchema),
  lastActivityAt: z.nullable(z.iso.datetime({ offset: true })),
});
export type MetricsReviewer = z.infer<typeof MetricsReviewerSchema>;
export const MetricsReviewersSchema = z.object({ items: z.array(MetricsReviewerSchema) });
export type MetricsReviewers = z.infer<typeof MetricsReviewersSchema>;
export const MetricsSummarySchema = z.object({
  pendingNow: z.int().check(z.gte(0)),
  oldestPendingAgeSeconds: z.nullable(z.int().check(z.gte(0))),
  decidedToday: z.int().check(z.gte(0)),
  decidedInRange: z.int().check(z.gte(0)),
  approvedInRange: z.int().check(z.gte(0)),
  rejectedInRange: z.int().check(z.gte(0)),
  approvalRate: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  medianHandlingSeconds: z.nullable(z.number().check(z.gte(0))),
  pastServiceTarget: z.int().check(z.gte(0)),
  serviceTargetHours: z.int().check(z.gte(1)),
  reviewersActiveNow: z.int().check(z.gte(0)),
  generatedAt: z.iso.datetime({ offset: true }),
});
export type MetricsSummary = z.infer<typeof MetricsSummarySchema>;
export const MetricsThroughputBucketSchema = z.object({
  start: z.iso.datetime({ offset: true }),
  approved: z.int().check(z.gte(0)),
  rejected: z.int().check(z.gte(0)),
});
export type MetricsThroughputBucket = z.infer<typeof MetricsThroughputBucketSchema>;
export const MetricsThroughputSchema = z.object({
  bucket: MetricsBucketSizeSchema,
  items: z.array(MetricsThroughputBucketSchema),
});
export type MetricsThroughput = z.infer<typeof MetricsThroughputSchema>;
export const MockPhotoRefSchema = z.object({
  id: z.string().check(z.regex(new RegExp('^[A-Za-z0-9_-]{8,64}$'))),
  url: z.string().check(z.regex(new RegExp('^/api/photos/[A-Za-z0-9_-]{8,64}$'))),
});
export type MockPhotoRef = z.infer<typeof MockPhotoRefSchema>;
export const MockRequestCardSchema = z.object({
  requestId: RequestIdSchema,
  applicantId: z.string().check(z.maxLength(64)),
  newPhoto: MockPhotoRefSchema,
  cardPhoto: MockPhotoRefSchema,
});
export type MockRequestCard = z.infer<typeof MockRequestCardSchema>;
export const MockSettingsPatchSchema = z.object({
  latencyMs: z.optional(z.int().check(z.gte(0), z.lte(60000))),
  latencyJitterMs: z.optional(z.int().check(z.gte(0), z.lte(60000))),
  failureRate: z.optional(z.number().check(z.gte(0), z.lte(1))),
  dropRate: z.optional(z.number().check(z.gte(0), z.lte(1))),
  leaseTtlSeconds: z.optional(z.int().check(z.gte(5), z.lte(86400))),
  arrivalsPerHour: z.optional(z.number().check(z.gte(0), z.lte(10000))),
});
export type MockSettingsPatch = z.infer<typeof MockSettingsPatchSchema>;
export const MockStateSchema = z.object({
  seed: z.int(),
  pendingCount: z.int(),
  historyDecisions: z.int(),
  latencyMs: z.int(),
  latencyJitterMs: z.int(),
  failureRate: z.number(),
  dropRate: z.number(),
  leaseTtlSeconds: z.int(),
  arrivalsPerHour: z.number(),
  now: z.iso.datetime({ offset: true }),
});
export type MockState = z.infer<typeof MockStateSchema>;
export const PhotoSchema = z.object({
  url: z.string().check(z.regex(new RegExp('^/api/photos/[A-Za-z0-9_-]{8,64}$'))),
  width: z.int().check(z.gte(1), z.lte(20000)),
  height: z.int().check(z.gte(1), z.lte(20000)),
  bytes: z.int().check(z.gte(0)),
  format: z.enum(['jpeg', 'png', 'webp', 'heic', 'other']),
});
export type Photo = z.infer<typeof PhotoSchema>;
export const RequestStatusSchema = z.enum(['pending', 'in_review', 'approved', 'rejected']);
export type RequestStatus = z.infer<typeof RequestStatusSchema>;
export const PreviousRequestSchema = z.object({
  id: RequestIdSchema,
  number: z.string().check(z.maxLength(32)),
  submittedAt: z.iso.datetime({ offset: true }),
  status: RequestStatusSchema,
  decidedAt: z.nullable(z.iso.datetime({ offset: true })),
  reasonCodes: z.array(RejectionReasonSchema),
  note: z.string().check(z.maxLength(500)),
});
export type PreviousRequest = z.infer<typeof PreviousRequestSchema>;
export const ProblemSchema = z.looseObject({
  type: z.string().check(z.maxLength(200)),
  title: z.string().check(z.maxLength(500)),
  status: z.int().check(z.gte(100), z.lte(599)),
  detail: z.optional(z.string().check(z.maxLength(2000))),
  instance: z.optional(z.string().check(z.maxLength(500))),
  holder: z.optional(UserRefSchema),
  revokedBy: z.optional(UserRefSchema),
  retryAfterSeconds: z.optional(z.int().check(z.gte(0))),
  errors: z.optional(
    z.array(
      z.looseObject({
        field: z.string().check(z.maxLength(200)),
        code: z.string().check(z.maxLength(100)),
        message: z.optional(z.string().check(z.maxLength(500))),
      }),
    ),
  ),
});
export type Problem = z.infer<typeof ProblemSchema>;
export const ProblemTypeSchema = z.enum([
  'urn:photo-review:problem:unauthenticated',
  'urn:photo-review:problem:invalid-credentials',
  'urn:photo-review:problem:account-locked',
  'urn:photo-review:problem:forbidden',
  'urn:photo-review:problem:not-found',
  'urn:photo-review:problem:validation-failed',
  'urn:photo-review:problem:claim-conflict',
  'urn:photo-review:problem:not-claimable',
  'urn:photo-review:problem:claim-limit',
  'urn:photo-review:problem:lease-lost',
  'urn:photo-review:problem:version-mismatch',
  'urn:photo-review:problem:idempotency-key-missing',
  'urn:photo-review:problem:idempotency-key-reused',
  'urn:photo-review:problem:undo-unavailable',
  'urn:photo-review:problem:not-claimed',
  'urn:photo-review:problem:claim-revoked',
  'urn:photo-review:problem:four-eyes',
  'urn:photo-review:problem:payload-too-large',
  'urn:photo-review:problem:service-unavailable',
  'urn:photo-review:problem:internal',
]);
export type ProblemType = z.infer<typeof ProblemTypeSchema>;
export const ReReviewInputSchema = z.object({ note: z.string().check(z.minLength(1), z.maxLength(500)) });
export type ReReviewInput = z.infer<typeof ReReviewInputSchema>;
export const RegionSchema = z.object({
  code: z.string().check(z.maxLength(32)),
  name: LocalizedTextSchema,
  acceptedBackgrounds: z.array(BackgroundColourSchema).check(z.minLength(1)),
  photoBytes: z.object({ min: z.int().check(z.gte(0)), max: z.int().check(z.gte(1)) }),
});
export type Region = z.infer<typeof RegionSchema>;
export const RequestDetailSchema = z.object({
  id: RequestIdSchema,
  number: z.string().check(z.maxLength(32)),
  region: z.string().check(z.maxLength(32)),
  channel: ChannelSchema,
  submittedAt: z.iso.datetime({ offset: true }),
  status: RequestStatusSchema,
  claim: z.nullable(ClaimSchema),
  version: z.int().check(z.gte(1)),
  applicant: ApplicantSchema,
  newPhoto: PhotoSchema,
  cardPhoto: PhotoSchema,
  previousRequests: z.array(PreviousRequestSchema),
  decision: z.nullable(DecisionSchema),
  reReview: z.boolean(),
  reReviewNote: z.nullable(z.string().check(z.maxLength(500))),
});
export type RequestDetail = z.infer<typeof RequestDetailSchema>;
export const RequestSummarySchema = z.object({
  id: RequestIdSchema,
  number: z.string().check(z.maxLength(32)),
  region: z.string().check(z.maxLength(32)),
  channel: ChannelSchema,
  submittedAt: z.iso.datetime({ offset: true }),
  status: RequestStatusSchema,
  claim: z.nullable(ClaimSchema),
  reReview: z.boolean(),
});
export type RequestSummary = z.infer<typeof RequestSummarySchema>;
export const RequestPageSchema = z.object({
  items: z.array(RequestSummarySchema),
  page: z.int().check(z.gte(1)),
  pageSize: z.int().check(z.gte(1), z.lte(100)),
  total: z.int().check(z.gte(0)),
});
export type RequestPage = z.infer<typeof RequestPageSchema>;
export const RequestSortSchema = z.enum([
  'submittedAt',
  '-submittedAt',
  'number',
  '-number',
  'region',
  '-region',
  'status',
  '-status',
]);
export type RequestSort = z.infer<typeof RequestSortSchema>;
export const RevealInputSchema = z.object({ reason: z.string().check(z.minLength(5), z.maxLength(200)) });
export type RevealInput = z.infer<typeof RevealInputSchema>;
export const RevealedIdNumberSchema = z.object({
  idNumber: z.string().check(z.regex(new RegExp('^[0-9]{17}[0-9X]$'))),
});
export type RevealedIdNumber = z.infer<typeof RevealedIdNumberSchema>;
export const RevokeClaimInputSchema = z.object({
  reason: z.string().check(z.minLength(1), z.maxLength(200)),
  reassignTo: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});
export type RevokeClaimInput = z.infer<typeof RevokeClaimInputSchema>;
export const RoleSchema = z.enum(['reviewer', 'supervisor']);
export type Role = z.infer<typeof RoleSchema>;
export const UserSchema = z.object({
  id: z.string().check(z.maxLength(64)),
  username: z.string().check(z.maxLength(64)),
  displayName: z.string().check(z.maxLength(100)),
  role: RoleSchema,
});
export type User = z.infer<typeof UserSchema>;
export const SessionSchema = z.object({ user: UserSchema, expiresAt: z.iso.datetime({ offset: true }) });
export type Session = z.infer<typeof SessionSchema>;
export const SignInSchema = z.object({
  username: z.string().check(z.minLength(1), z.maxLength(64)),
  password: z.string().check(z.minLength(1), z.maxLength(128)),
});
export type SignIn = z.infer<typeof SignInSchema>;
export const SkipReasonSchema = z.enum(['unsure', 'needs-supervisor', 'technical-problem', 'other']);
export type SkipReason = z.infer<typeof SkipReasonSchema>;
export const SkipInputSchema = z.object({
  reason: SkipReasonSchema,
  note: z.optional(z.string().check(z.maxLength(200))),
});
export type SkipInput = z.infer<typeof SkipInputSchema>;
export const ListRegions200Schema = z.object({ items: z.array(RegionSchema) });
export type ListRegions200 = z.infer<typeof ListRegions200Schema>;
export const GetRequestHistory200Schema = z.object({ items: z.array(AuditEntrySchema) });
export type GetRequestHistory200 = z.infer<typeof GetRequestHistory200Schema>;
export const ListMyClaims200Schema = z.object({ items: z.array(RequestSummarySchema) });
export type ListMyClaims200 = z.infer<typeof ListMyClaims200Schema>;
export const ListClaims200Schema = z.object({ items: z.array(RequestSummarySchema) });
export type ListClaims200 = z.infer<typeof ListClaims200Schema>;
export const MockResetBodySchema = z.object({
  seed: z.optional(z.int().check(z.gte(0), z.lte(4294967295))),
  pendingCount: z.optional(z.int().check(z.gte(0), z.lte(200000))),
  historyDecisions: z.optional(z.int().check(z.gte(0), z.lte(200000))),
  now: z.optional(z.iso.datetime({ offset: true })),
  hostileText: z.optional(z.boolean()),
  keepSessions: z.optional(z.boolean()),
});
export type MockResetBody = z.infer<typeof MockResetBodySchema>;
export const MockFindRequests200Schema = z.object({
  items: z.array(
    z.object({
      id: RequestIdSchema,
      number: z.string().check(z.maxLength(32)),
      variant: z.string().check(z.maxLength(40)),
      samePerson: z.boolean(),
    }),
  ),
});
export type MockFindRequests200 = z.infer<typeof MockFindRequests200Schema>;
export const MockAdvanceClockBodySchema = z.object({
  advanceSeconds: z.int().check(z.gte(0), z.lte(31536000)),
});
export type MockAdvanceClockBody = z.infer<typeof MockAdvanceClockBodySchema>;
