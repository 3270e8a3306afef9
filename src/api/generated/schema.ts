// Generated from src/api/openapi.yaml by `npm run api:generate`. Do not edit.
/* eslint-disable */
export interface paths {
  '/api/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user. */
    get: operations['getSession'];
    put?: never;
    /** Sign in with a username and password; sets the session cookie. */
    post: operations['signIn'];
    /** Sign out; clears the session cookie. Succeeds also without a session. */
    delete: operations['signOut'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The regions this bureau serves, with their photo rules. */
    get: operations['listRegions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A page of photo requests, filtered and sorted on the server.
     * @description Every filter narrows the list (they combine with AND). The decision filters (`decidedBy`,
     *     `reason`, `decidedFrom`, `decidedTo`) look at the decision in force only: a request without
     *     one (waiting, undone or sent back for re-review) never matches them.
     */
    get: operations['listRequests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/requests/claim-next': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Claim the oldest claimable request for the caller.
     * @description Reviewers only. Returns 204 when nothing is waiting.
     */
    post: operations['claimNext'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/requests/{requestId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    /** One request with its applicant, both photos, claim and version. */
    get: operations['getRequest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/requests/{requestId}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Claim this request. Claiming one the caller already holds renews the lease. */
    post: operations['claimRequest'];
    /** Release the caller's claim. */
    delete: operations['releaseClaim'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/requests/{requestId}/claim/heartbeat': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Extend the caller's lease while the request is open.
     * @description Without a body the lease runs its full time to live from now. A page being left (closed, reloaded, gone to another site) sends `leaseSeconds` instead: the lease then ends that soon unless a heartbeat renews it, so a closed page gives the request back within a minute and a reloaded one, renewing at once, keeps it.
     */
    post: operations['heartbeatClaim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/requests/{requestId}/id-number': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The applicant's full ID number, for the reviewer holding the request, with a reason.
     * @description ID numbers are masked everywhere by default. The reviewer who holds the request may see the full number when the work needs it; the reason is written to the request's audit (`reveal`). A POST, so that the reason travels in the body and the answer is never cached.
     */
    post: operations['revealIdNumber'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/requests/{requestId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve or reject a request the caller holds.
     * @description Approving makes the new photo the card's photo. Retries of one decision send the same
     *     `Idempotency-Key` and get the first answer again (200 instead of 201); the same key with a
     *     different body is 422; a missing key is 400. `If-Match` carries the version the reviewer saw:
     *     a stale one is 412.
     */
    post: operations['decideRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/decisions/{decisionId}/undo': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        decisionId: components['schemas']['DecisionId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reverse a decision just made, while nobody else has acted on the request.
     * @description Only the reviewer who decided, before `undoableUntil`, and only while the request is as the
     *     decision left it. An undone approval puts the previous card photo back. The request returns to
     *     the reviewer, claimed again, and the answer is the request as it is now.
     */
    post: operations['undoDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/requests/{requestId}/skip': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give a held request back with a reason; claim-next will not hand it to the caller again soon. */
    post: operations['skipRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/requests/{requestId}/claim/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a claim from its holder, releasing it or moving it to another reviewer. Supervisors only.
     * @description The request must have an active claim (`not-claimed` otherwise). Without `reassignTo` the claim
     *     is released and the request waits again; with it, the claim moves to that reviewer with a fresh
     *     lease. The version increases and the audit records `revoke` by the supervisor with the reason.
     *     Afterwards the former holder's next heartbeat, decision, skip or release on the request is
     *     answered 409 `claim-revoked` with the reason as `detail` and the supervisor as `revokedBy`
     *     (once; then the usual rules apply, and not at all once the request is decided).
     */
    post: operations['revokeClaim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/requests/{requestId}/re-review': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a decided request back to the queue for a second review. Supervisors only.
     * @description The decision in force is withdrawn (it stays in the history and the audit but no longer counts
     *     in the metrics; a withdrawn approval puts the previous card photo back), the request waits again
     *     with `reReview` true and the note, and the reviewer who decided may not take it: claim-next
     *     passes it over for them and claiming it is 409 `four-eyes`. The next decision clears `reReview`.
     */
    post: operations['requestReReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/decisions/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The decisions in force made in a range, as CSV for spreadsheets. Supervisors only.
     * @description One row per decision in force made in [`from`, `to`), oldest first, filtered by `region`,
     *     `decidedBy` and `reason` as the metrics and the request list are. UTF-8 with a byte-order mark,
     *     CRLF line ends, every field quoted; a cell that a spreadsheet would evaluate as a formula is
     *     prefixed with `'`. The header row names each column in Chinese, then in English in parentheses:
     *     request number, region code, channel, submitted at, decided at (both ISO 8601 with the +08:00
     *     offset), outcome, reason codes (joined with `;`), reviewer, handling seconds, ID number
     *     (masked), note. No names and no unmasked identifiers. The file is named after the range's
     *     first and last Asia/Shanghai days: `decisions-YYYYMMDD-YYYYMMDD.csv`.
     */
    get: operations['exportDecisions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/requests/{requestId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    /** The audit trail of one request, oldest first. For its holder and supervisors. */
    get: operations['getRequestHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The requests the caller holds, oldest claim first. */
    get: operations['listMyClaims'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every active claim, oldest first. Supervisors only. */
    get: operations['listClaims'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/photos/{photoId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        photoId: string;
      };
      cookie?: never;
    };
    /** Photo bytes, sent with 'Cache-Control: private, no-store' so that no shared cache keeps them. */
    get: operations['getPhoto'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/metrics/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Headline figures for a time range. Supervisors only.
     * @description Counts of decisions are for decisions in force (an undone decision does not count) made in
     *     [`from`, `to`). `pendingNow`, `oldestPendingAgeSeconds` and `pastServiceTarget` describe the
     *     waiting requests now, whatever the range; `reviewersActiveNow` ignores `region`.
     */
    get: operations['getMetricsSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/metrics/throughput': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Decisions per hour or per day (Asia/Shanghai), approved against rejected. Supervisors only.
     * @description One item per bucket that overlaps [`from`, `to`), oldest first, empty buckets included. Only
     *     decisions inside the range are counted, so the items add up to the summary's `decidedInRange`.
     */
    get: operations['getMetricsThroughput'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/metrics/backlog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Inflow, outflow and backlog per hour or per day (Asia/Shanghai), and the waiting requests by age. Supervisors only. */
    get: operations['getMetricsBacklog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/metrics/reviewers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One row per reviewer, in a fixed order. Supervisors only.
     * @description `decided`, `approved`, `rejected` and `medianHandlingSeconds` follow the range and region;
     *     `currentClaim` and `lastActivityAt` say what the reviewer is doing now, whatever the filters.
     */
    get: operations['getMetricsReviewers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/metrics/rejection-reasons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How often each rejection reason was given. Supervisors only.
     * @description Every reason of the controlled list, most frequent first (ties in the list's order), zeros
     *     included. A rejection with two reasons counts once for each.
     */
    get: operations['getMetricsRejectionReasons'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/metrics/handling-time': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The distribution of handling times (claim to decision). Supervisors only. */
    get: operations['getMetricsHandlingTime'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/metrics/machine-agreement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How often reviewers agreed with the machine's pre-check verdicts, per check. Supervisors only.
     * @description Over the decisions in force made in [`from`, `to`) (of `region`, if given). For each check,
     *     `compared` counts the decisions whose machine verdict for it was `likely-pass` or `likely-fail`
     *     (`unsure` and no verdict are left out); `agreed`, those of them whose reviewer's check result
     *     matches the verdict (`likely-pass` with `pass`, `likely-fail` with `fail`); `disputed`, those
     *     of them where the reviewer marked the verdict as wrong.
     */
    get: operations['getMetricsMachineAgreement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/__mock/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rebuild the mock's world from a seed. */
    post: operations['mockReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/__mock/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['mockGetSettings'];
    put?: never;
    /** Change fault injection and lease settings; omitted fields keep their value. */
    post: operations['mockUpdateSettings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/__mock/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Waiting requests whose new photo is of a synthetic variant (ground truth for tests). */
    get: operations['mockFindRequests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/__mock/requests/{requestId}/card': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The photo on the request's applicant's card now, and the request's new photo (ground truth for tests: the public API never shows an applicant's current card, only what a request compares with). */
    get: operations['mockGetRequestCard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/__mock/clock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move the mock's clock forward. */
    post: operations['mockAdvanceClock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description Stable problem types. Clients branch on these, never on `title` or `detail`.
     * @enum {string}
     */
    ProblemType:
      | 'urn:photo-review:problem:unauthenticated'
      | 'urn:photo-review:problem:invalid-credentials'
      | 'urn:photo-review:problem:account-locked'
      | 'urn:photo-review:problem:forbidden'
      | 'urn:photo-review:problem:not-found'
      | 'urn:photo-review:problem:validation-failed'
      | 'urn:photo-review:problem:claim-conflict'
      | 'urn:photo-review:problem:not-claimable'
      | 'urn:photo-review:problem:claim-limit'
      | 'urn:photo-review:problem:lease-lost'
      | 'urn:photo-review:problem:version-mismatch'
      | 'urn:photo-review:problem:idempotency-key-missing'
      | 'urn:photo-review:problem:idempotency-key-reused'
      | 'urn:photo-review:problem:undo-unavailable'
      | 'urn:photo-review:problem:not-claimed'
      | 'urn:photo-review:problem:claim-revoked'
      | 'urn:photo-review:problem:four-eyes'
      | 'urn:photo-review:problem:payload-too-large'
      | 'urn:photo-review:problem:service-unavailable'
      | 'urn:photo-review:problem:internal';
    /** @description RFC 9457 problem details, with this API's extension members. */
    Problem: {
      type: string;
      title: string;
      status: number;
      detail?: string;
      instance?: string;
      /** @description With `claim-conflict`, who holds the request. */
      holder?: components['schemas']['UserRef'];
      /** @description With `claim-revoked`, the supervisor who took the claim. */
      revokedBy?: components['schemas']['UserRef'];
      /** @description With `account-locked` and `service-unavailable`, when to try again. */
      retryAfterSeconds?: number;
      /** @description With `validation-failed`, one entry per broken rule. */
      errors?: {
        field: string;
        code: string;
        message?: string;
      }[];
    };
    /** @enum {string} */
    Role: 'reviewer' | 'supervisor';
    User: {
      id: string;
      username: string;
      displayName: string;
      role: components['schemas']['Role'];
    };
    UserRef: {
      id: string;
      displayName: string;
    };
    Session: {
      user: components['schemas']['User'];
      /** Format: date-time */
      expiresAt: string;
    };
    SignIn: {
      username: string;
      password: string;
    };
    LocalizedText: {
      'zh-CN': string;
      en: string;
    };
    /** @enum {string} */
    BackgroundColour: 'white' | 'blue';
    Region: {
      code: string;
      name: components['schemas']['LocalizedText'];
      acceptedBackgrounds: components['schemas']['BackgroundColour'][];
      /** @description The file size range this region accepts. */
      photoBytes: {
        min: number;
        max: number;
      };
    };
    RequestId: string;
    /**
     * @description `in_review` while a reviewer holds an unexpired claim.
     * @enum {string}
     */
    RequestStatus: 'pending' | 'in_review' | 'approved' | 'rejected';
    /**
     * @default submittedAt
     * @enum {string}
     */
    RequestSort:
      'submittedAt' | '-submittedAt' | 'number' | '-number' | 'region' | '-region' | 'status' | '-status';
    /** @enum {string} */
    Channel: 'ios' | 'android' | 'wechat' | 'alipay';
    Claim: {
      holder: components['schemas']['UserRef'];
      /** Format: date-time */
      claimedAt: string;
      /** Format: date-time */
      expiresAt: string;
    };
    RequestSummary: {
      id: components['schemas']['RequestId'];
      number: string;
      region: string;
      channel: components['schemas']['Channel'];
      /** Format: date-time */
      submittedAt: string;
      status: components['schemas']['RequestStatus'];
      claim: components['schemas']['Claim'] | null;
      /** @description True while the request is back in the queue for a second review. */
      reReview: boolean;
    };
    RequestPage: {
      items: components['schemas']['RequestSummary'][];
      page: number;
      pageSize: number;
      total: number;
    };
    Photo: {
      /** @description Path of the image on this API. Only this form is accepted, so that a photo can never be loaded from elsewhere. */
      url: string;
      width: number;
      height: number;
      bytes: number;
      /** @enum {string} */
      format: 'jpeg' | 'png' | 'webp' | 'heic' | 'other';
    };
    Applicant: {
      name: string;
      /** @description Resident ID number with all but the first 6 and last 4 characters replaced by `*`. */
      idNumberMasked: string;
      /** @description Social security card number with all but the first 2 and last 3 characters replaced by `*`. */
      cardNumberMasked: string;
    };
    RequestDetail: {
      id: components['schemas']['RequestId'];
      number: string;
      region: string;
      channel: components['schemas']['Channel'];
      /** Format: date-time */
      submittedAt: string;
      status: components['schemas']['RequestStatus'];
      claim: components['schemas']['Claim'] | null;
      /** @description Increases on every change; send it back as `If-Match` with a decision. */
      version: number;
      applicant: components['schemas']['Applicant'];
      newPhoto: components['schemas']['Photo'];
      cardPhoto: components['schemas']['Photo'];
      /** @description The applicant's earlier requests, newest first (a resubmission shows why the last was rejected). */
      previousRequests: components['schemas']['PreviousRequest'][];
      /** @description The decision, once the request is decided. */
      decision: components['schemas']['Decision'] | null;
      /** @description True while the request is back in the queue for a second review. */
      reReview: boolean;
      /** @description While `reReview` is true, the supervisor's note saying why; null otherwise. */
      reReviewNote: string | null;
    };
    /**
     * @description The four compliance checks a reviewer ticks.
     * @enum {string}
     */
    CheckName: 'background' | 'clarity' | 'facialFeatures' | 'noOrnaments';
    /** @enum {string} */
    CheckResult: 'pass' | 'fail';
    CheckResults: {
      background: components['schemas']['CheckResult'];
      clarity: components['schemas']['CheckResult'];
      facialFeatures: components['schemas']['CheckResult'];
      noOrnaments: components['schemas']['CheckResult'];
    };
    /**
     * @description What the automatic pre-check concluded for one check.
     * @enum {string}
     */
    MachineVerdict: 'likely-pass' | 'likely-fail' | 'unsure';
    MachineCheck: {
      verdict: components['schemas']['MachineVerdict'];
      /**
       * @description The reviewer marked the machine's verdict as wrong. Only a `likely-pass` or `likely-fail`
       *     verdict can be disputed.
       */
      disputed: boolean;
    };
    /**
     * @description The machine's pre-check verdicts the reviewer saw, per check; a check without a verdict is
     *     absent (an empty object when the client ran no pre-checks).
     */
    MachineChecks: {
      background?: components['schemas']['MachineCheck'];
      clarity?: components['schemas']['MachineCheck'];
      facialFeatures?: components['schemas']['MachineCheck'];
      noOrnaments?: components['schemas']['MachineCheck'];
    };
    /**
     * @description The controlled list of rejection reasons, each mapping to a failed check:
     *     background -> background; blurred, exposure -> clarity; face-not-visible, eyes -> facialFeatures;
     *     ornaments -> noOrnaments; size-format, different-person, other -> none.
     * @enum {string}
     */
    RejectionReason:
      | 'background'
      | 'blurred'
      | 'exposure'
      | 'face-not-visible'
      | 'eyes'
      | 'ornaments'
      | 'size-format'
      | 'different-person'
      | 'other';
    /** @enum {string} */
    DecisionOutcome: 'approved' | 'rejected';
    /**
     * @description Approve only with four passes and no reasons. Reject with at least one reason and a note to the
     *     applicant (1 to 500 characters after trimming, no control characters other than tab and line breaks).
     *     `machine` carries the pre-check verdicts the reviewer saw (omitted by clients without pre-checks);
     *     an `unsure` verdict cannot be disputed (400 naming `machine.<check>`).
     */
    DecisionInput: {
      outcome: components['schemas']['DecisionOutcome'];
      checks: components['schemas']['CheckResults'];
      reasonCodes: components['schemas']['RejectionReason'][];
      note: string;
      machine?: components['schemas']['MachineChecks'];
    };
    DecisionId: string;
    Decision: {
      id: components['schemas']['DecisionId'];
      requestId: components['schemas']['RequestId'];
      outcome: components['schemas']['DecisionOutcome'];
      checks: components['schemas']['CheckResults'];
      /** @description The machine's verdicts recorded with the decision; an empty object when none were sent. */
      machine: components['schemas']['MachineChecks'];
      reasonCodes: components['schemas']['RejectionReason'][];
      note: string;
      decidedBy: components['schemas']['UserRef'];
      /** Format: date-time */
      decidedAt: string;
      /** Format: date-time */
      undoableUntil: string;
    };
    /** @enum {string} */
    SkipReason: 'unsure' | 'needs-supervisor' | 'technical-problem' | 'other';
    SkipInput: {
      reason: components['schemas']['SkipReason'];
      note?: string;
    };
    HeartbeatInput: {
      /** @description The lease ends this many seconds from now, if it had longer left (it is never lengthened). */
      leaseSeconds?: number;
    };
    /**
     * @description Why the claim is taken (1 to 200 characters after trimming, no control characters), told to the
     *     former holder and kept in the audit; `reassignTo` moves the claim to that reviewer (a user id).
     */
    RevokeClaimInput: {
      reason: string;
      reassignTo?: string;
    };
    /**
     * @description Why the decision is sent back, for the next reviewer (1 to 500 characters after trimming, no
     *     control characters other than line breaks).
     */
    ReReviewInput: {
      note: string;
    };
    /** @enum {string} */
    AuditAction:
      | 'claim'
      | 'release'
      | 'skip'
      | 'lease-expired'
      | 'view'
      | 'decision'
      | 'undo'
      | 'reveal'
      | 'revoke'
      | 're-review';
    AuditEntry: {
      id: number;
      action: components['schemas']['AuditAction'];
      /** Format: date-time */
      at: string;
      actor: components['schemas']['UserRef'] | null;
      detail?: string;
    };
    /** @description An earlier request of the same applicant, with its outcome. */
    PreviousRequest: {
      id: components['schemas']['RequestId'];
      number: string;
      /** Format: date-time */
      submittedAt: string;
      status: components['schemas']['RequestStatus'];
      decidedAt: string | null;
      reasonCodes: components['schemas']['RejectionReason'][];
      note: string;
    };
    MetricsSummary: {
      /** @description Requests waiting now (claimed or not). */
      pendingNow: number;
      /** @description Age of the oldest waiting request in whole seconds; null when none waits. */
      oldestPendingAgeSeconds: number | null;
      /** @description Decisions in force made today (the Asia/Shanghai day of the server's clock), in the region; independent of `from` and `to`. */
      decidedToday: number;
      decidedInRange: number;
      approvedInRange: number;
      rejectedInRange: number;
      /** @description approvedInRange / decidedInRange; null when nothing was decided. */
      approvalRate: number | null;
      /** @description Median time from claim to decision; null when nothing was decided. */
      medianHandlingSeconds: number | null;
      /** @description Requests waiting now for longer than the service target. */
      pastServiceTarget: number;
      /** @description The service target, in hours (48). */
      serviceTargetHours: number;
      /** @description Reviewers holding a claim now or with a decision in the last 15 minutes. */
      reviewersActiveNow: number;
      /** Format: date-time */
      generatedAt: string;
    };
    /**
     * @default day
     * @enum {string}
     */
    MetricsBucketSize: 'hour' | 'day';
    MetricsThroughputBucket: {
      /**
       * Format: date-time
       * @description Start of the hour or of the day (Asia/Shanghai midnight).
       */
      start: string;
      approved: number;
      rejected: number;
    };
    MetricsThroughput: {
      bucket: components['schemas']['MetricsBucketSize'];
      items: components['schemas']['MetricsThroughputBucket'][];
    };
    MetricsBacklogDay: {
      /**
       * Format: date-time
       * @description Where the bucket (an hour, or a day from Shanghai midnight) begins.
       */
      start: string;
      /**
       * Format: date
       * @description The calendar day in Asia/Shanghai that the bucket belongs to.
       */
      day: string;
      /** @description Requests submitted in the bucket (within the range). */
      inflow: number;
      /** @description Decisions in force made in the bucket (within the range). */
      outflow: number;
      /** @description Requests waiting at the end of the bucket, or at the end of the range or now if earlier. */
      backlogAtEnd: number;
    };
    /**
     * @description Age of a waiting request; lower bound inclusive, upper bound exclusive.
     * @enum {string}
     */
    MetricsAgeBucket: 'lt1h' | '1to4h' | '4to24h' | '1to2d' | '2to3d' | 'gt3d';
    MetricsAgeBucketCount: {
      bucket: components['schemas']['MetricsAgeBucket'];
      count: number;
    };
    MetricsBacklog: {
      bucket: components['schemas']['MetricsBucketSize'];
      /** @description One item per hour or Asia/Shanghai day that overlaps the range, oldest first. */
      items: components['schemas']['MetricsBacklogDay'][];
      /** @description The requests waiting now by age, all six buckets in order, whatever the range. */
      ageBuckets: components['schemas']['MetricsAgeBucketCount'][];
    };
    MetricsCurrentClaim: {
      requestId: components['schemas']['RequestId'];
      number: string;
      /** Format: date-time */
      claimedAt: string;
    };
    MetricsReviewer: {
      reviewer: components['schemas']['UserRef'];
      decided: number;
      approved: number;
      rejected: number;
      medianHandlingSeconds: number | null;
      /** @description The reviewer's most recent active claim (they may hold several); null when none. */
      currentClaim: components['schemas']['MetricsCurrentClaim'] | null;
      /** @description The later of the reviewer's last decision and their latest active claim; null when neither. */
      lastActivityAt: string | null;
    };
    MetricsReviewers: {
      items: components['schemas']['MetricsReviewer'][];
    };
    MetricsReasonCount: {
      reason: components['schemas']['RejectionReason'];
      count: number;
    };
    MetricsRejectionReasons: {
      items: components['schemas']['MetricsReasonCount'][];
    };
    MetricsHandlingBucket: {
      /**
       * @description Handling times from the previous bucket's bound (inclusive) up to this one (exclusive);
       *     null for the last, open bucket. Bounds: 30, 60, 120, 300, 600, 1800.
       */
      upToSeconds: number | null;
      count: number;
    };
    MetricsHandlingTime: {
      buckets: components['schemas']['MetricsHandlingBucket'][];
      medianSeconds: number | null;
      /** @description The 90th percentile (nearest rank). */
      p90Seconds: number | null;
    };
    MetricsMachineAgreementItem: {
      check: components['schemas']['CheckName'];
      /** @description Decisions whose machine verdict for the check was `likely-pass` or `likely-fail`. */
      compared: number;
      /** @description Of those, the decisions whose reviewer's check result matched the verdict. */
      agreed: number;
      /** @description Of those, the decisions where the reviewer marked the verdict as wrong. */
      disputed: number;
    };
    MetricsMachineAgreement: {
      /** @description Always the four checks, in the order background, clarity, facialFeatures, noOrnaments. */
      items: components['schemas']['MetricsMachineAgreementItem'][];
    };
    RevealInput: {
      /** @description Why the full number is needed; kept in the audit. */
      reason: string;
    };
    RevealedIdNumber: {
      idNumber: string;
    };
    MockSettingsPatch: {
      /** @description Added to every API response. */
      latencyMs?: number;
      /** @description A further delay drawn at random between 0 and this, per response. */
      latencyJitterMs?: number;
      /** @description Share of API calls (mock controls excepted) answered with 503 before doing anything. */
      failureRate?: number;
      /** @description Share of API calls (mock controls excepted) whose connection is dropped after the server has done the work: the caller gets no answer although the change was made. */
      dropRate?: number;
      leaseTtlSeconds?: number;
      /** @description New waiting requests per hour of mock time, arriving at random (0 stops the feed). */
      arrivalsPerHour?: number;
    };
    MockRequestCard: {
      requestId: components['schemas']['RequestId'];
      applicantId: string;
      /** @description The new photo the request asks for. */
      newPhoto: components['schemas']['MockPhotoRef'];
      /** @description The photo on the applicant's card now (the new photo once it is approved). */
      cardPhoto: components['schemas']['MockPhotoRef'];
    };
    MockPhotoRef: {
      id: string;
      url: string;
    };
    MockState: {
      seed: number;
      pendingCount: number;
      historyDecisions: number;
      latencyMs: number;
      latencyJitterMs: number;
      failureRate: number;
      dropRate: number;
      leaseTtlSeconds: number;
      arrivalsPerHour: number;
      /** Format: date-time */
      now: string;
    };
  };
  responses: {
    /**
     * @description Any other failure, as a problem document: 413 (`payload-too-large`), 429, 500 (`internal`),
     *     503 (`service-unavailable`, with Retry-After).
     */
    Unexpected: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description A problem document; `type` says which. */
    Problem: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description No valid session (`unauthenticated`). */
    Unauthenticated: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The caller's role may not do this (`forbidden`). */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description No such resource (`not-found`). */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The input broke a rule (`validation-failed`, with `errors`). */
    ValidationFailed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
  };
  parameters: {
    RequestId: components['schemas']['RequestId'];
    /** @description Start of the range (inclusive), RFC 3339. Ranges are at most 400 days long. */
    MetricsFrom: string;
    /** @description End of the range (exclusive), RFC 3339, after `from`. */
    MetricsTo: string;
    /** @description Only requests of this region (a code from `GET /api/regions`; an unknown code is 400). */
    MetricsRegion: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed in. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      401: components['responses']['Unauthenticated'];
      default: components['responses']['Unexpected'];
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignIn'];
      };
    };
    responses: {
      /** @description Signed in. The response sets the `sid` cookie. */
      200: {
        headers: {
          'Set-Cookie'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      400: components['responses']['ValidationFailed'];
      /** @description Wrong username or password (`invalid-credentials`); the same for an unknown username. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description Too many failed sign-ins for this username (`account-locked`): the attempt that reaches the
       *     limit and every attempt until the lock ends, even with the right password. `Retry-After`
       *     and `retryAfterSeconds` say in how many seconds to try again. Failures are counted per
       *     username (existing or not) within a window; from a few failures on, the server also
       *     answers every attempt for the username more slowly. A successful sign-in forgets the
       *     failures.
       */
      429: {
        headers: {
          /** @description Seconds until the lock ends. */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      default: components['responses']['Unexpected'];
    };
  };
  signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['Unexpected'];
    };
  };
  listRegions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description All regions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Region'][];
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      default: components['responses']['Unexpected'];
    };
  };
  listRequests: {
    parameters: {
      query?: {
        /** @description Any of these statuses (repeat the parameter for several). Default all. */
        status?: components['schemas']['RequestStatus'][];
        /** @description Any of these region codes (repeat the parameter for several). */
        region?: string[];
        /** @description Submitted at or after this instant. */
        submittedFrom?: string;
        /** @description Submitted before this instant. */
        submittedTo?: string;
        /** @description Text contained in the request number (case-insensitive). */
        q?: string;
        /** @description Only requests whose decision in force was made by this user (a user id). */
        decidedBy?: string;
        /** @description Only rejected requests whose decision in force lists this reason. */
        reason?: components['schemas']['RejectionReason'];
        /** @description Only requests whose decision in force was made at or after this instant. */
        decidedFrom?: string;
        /** @description Only requests whose decision in force was made before this instant. */
        decidedTo?: string;
        sort?: components['schemas']['RequestSort'];
        /** @description 1-based page number. */
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page and the total count. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestPage'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthenticated'];
      default: components['responses']['Unexpected'];
    };
  };
  claimNext: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The claimed request. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestDetail'];
        };
      };
      /** @description The queue is empty. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Problem'];
      default: components['responses']['Unexpected'];
    };
  };
  getRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The request. */
      200: {
        headers: {
          /** @description The request's version, quoted. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestDetail'];
        };
      };
      401: components['responses']['Unauthenticated'];
      /** @description Reviewers see a request's personal data only while they hold its claim (`forbidden`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Unexpected'];
    };
  };
  claimRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Claimed; the request as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestDetail'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      /**
       * @description Held by someone else (`claim-conflict`, with `holder`), already decided
       *     (`not-claimable`), or the caller holds too many claims (`claim-limit`).
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      default: components['responses']['Unexpected'];
    };
  };
  releaseClaim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Released. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Problem'];
      default: components['responses']['Unexpected'];
    };
  };
  heartbeatClaim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['HeartbeatInput'];
      };
    };
    responses: {
      /** @description The renewed claim. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Claim'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      /** @description The lease expired or was taken (`lease-lost`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      default: components['responses']['Unexpected'];
    };
  };
  revealIdNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RevealInput'];
      };
    };
    responses: {
      /** @description The full number, sent with Cache-Control no-store. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RevealedIdNumber'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      /** @description The caller does not hold the request (`lease-lost`, `claim-revoked`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      default: components['responses']['Unexpected'];
    };
  };
  decideRequest: {
    parameters: {
      query?: never;
      header: {
        'Idempotency-Key': string;
        /** @description The request's version, quoted, as sent in `ETag` or `version`. */
        'If-Match': string;
      };
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecisionInput'];
      };
    };
    responses: {
      /** @description A retry of a decision already recorded with this key; the same decision. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Decision'];
        };
      };
      /** @description Recorded. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Decision'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      /** @description The caller no longer holds the request (`lease-lost`) or it is decided (`not-claimable`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request changed since the reviewer loaded it (`version-mismatch`). */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key was used for a different decision (`idempotency-key-reused`). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      default: components['responses']['Unexpected'];
    };
  };
  undoDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        decisionId: components['schemas']['DecisionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Undone; the request, claimed again by the caller. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestDetail'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      /** @description Too late, or someone acted since (`undo-unavailable`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      default: components['responses']['Unexpected'];
    };
  };
  skipRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SkipInput'];
      };
    };
    responses: {
      /** @description Skipped and released. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Problem'];
      default: components['responses']['Unexpected'];
    };
  };
  revokeClaim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RevokeClaimInput'];
      };
    };
    responses: {
      /** @description Revoked; the request as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestSummary'];
        };
      };
      /**
       * @description The input broke a rule (`validation-failed`): no reason, a control character,
       *     `reassignTo` not a reviewer or the current holder.
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      /**
       * @description Nobody holds the request (`not-claimed`), the new holder holds too many claims
       *     (`claim-limit`), or the request is a re-review and the new holder made the decision under
       *     re-review (`four-eyes`).
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      default: components['responses']['Unexpected'];
    };
  };
  requestReReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReReviewInput'];
      };
    };
    responses: {
      /** @description Sent back; the request as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestDetail'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      /** @description The request is not decided (`not-claimable`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      default: components['responses']['Unexpected'];
    };
  };
  exportDecisions: {
    parameters: {
      query: {
        /** @description Start of the range (inclusive), RFC 3339. Ranges are at most 400 days long. */
        from: components['parameters']['MetricsFrom'];
        /** @description End of the range (exclusive), RFC 3339, after `from`. */
        to: components['parameters']['MetricsTo'];
        /** @description Only requests of this region (a code from `GET /api/regions`; an unknown code is 400). */
        region?: components['parameters']['MetricsRegion'];
        /** @description Only decisions made by this user (a user id). */
        decidedBy?: string;
        /** @description Only rejections that list this reason. */
        reason?: components['schemas']['RejectionReason'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV file. */
      200: {
        headers: {
          /** @description `attachment; filename="decisions-YYYYMMDD-YYYYMMDD.csv"` */
          'Content-Disposition'?: string;
          'Cache-Control'?: 'private, no-store';
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Unexpected'];
    };
  };
  getRequestHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AuditEntry'][];
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Unexpected'];
    };
  };
  listMyClaims: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The caller's active claims. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['RequestSummary'][];
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      default: components['responses']['Unexpected'];
    };
  };
  listClaims: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Active claims. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['RequestSummary'][];
          };
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Unexpected'];
    };
  };
  getPhoto: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        photoId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The image. */
      200: {
        headers: {
          'Cache-Control'?: 'private, no-store';
          [name: string]: unknown;
        };
        content: {
          'image/jpeg': string;
          'image/png': string;
        };
      };
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      default: components['responses']['Unexpected'];
    };
  };
  getMetricsSummary: {
    parameters: {
      query: {
        /** @description Start of the range (inclusive), RFC 3339. Ranges are at most 400 days long. */
        from: components['parameters']['MetricsFrom'];
        /** @description End of the range (exclusive), RFC 3339, after `from`. */
        to: components['parameters']['MetricsTo'];
        /** @description Only requests of this region (a code from `GET /api/regions`; an unknown code is 400). */
        region?: components['parameters']['MetricsRegion'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricsSummary'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Unexpected'];
    };
  };
  getMetricsThroughput: {
    parameters: {
      query: {
        /** @description Start of the range (inclusive), RFC 3339. Ranges are at most 400 days long. */
        from: components['parameters']['MetricsFrom'];
        /** @description End of the range (exclusive), RFC 3339, after `from`. */
        to: components['parameters']['MetricsTo'];
        /** @description Only requests of this region (a code from `GET /api/regions`; an unknown code is 400). */
        region?: components['parameters']['MetricsRegion'];
        bucket?: components['schemas']['MetricsBucketSize'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The series. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricsThroughput'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Unexpected'];
    };
  };
  getMetricsBacklog: {
    parameters: {
      query: {
        /** @description Start of the range (inclusive), RFC 3339. Ranges are at most 400 days long. */
        from: components['parameters']['MetricsFrom'];
        /** @description End of the range (exclusive), RFC 3339, after `from`. */
        to: components['parameters']['MetricsTo'];
        /** @description Only requests of this region (a code from `GET /api/regions`; an unknown code is 400). */
        region?: components['parameters']['MetricsRegion'];
        bucket?: components['schemas']['MetricsBucketSize'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The series and the age buckets. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricsBacklog'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Unexpected'];
    };
  };
  getMetricsReviewers: {
    parameters: {
      query: {
        /** @description Start of the range (inclusive), RFC 3339. Ranges are at most 400 days long. */
        from: components['parameters']['MetricsFrom'];
        /** @description End of the range (exclusive), RFC 3339, after `from`. */
        to: components['parameters']['MetricsTo'];
        /** @description Only requests of this region (a code from `GET /api/regions`; an unknown code is 400). */
        region?: components['parameters']['MetricsRegion'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every reviewer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricsReviewers'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Unexpected'];
    };
  };
  getMetricsRejectionReasons: {
    parameters: {
      query: {
        /** @description Start of the range (inclusive), RFC 3339. Ranges are at most 400 days long. */
        from: components['parameters']['MetricsFrom'];
        /** @description End of the range (exclusive), RFC 3339, after `from`. */
        to: components['parameters']['MetricsTo'];
        /** @description Only requests of this region (a code from `GET /api/regions`; an unknown code is 400). */
        region?: components['parameters']['MetricsRegion'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The counts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricsRejectionReasons'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Unexpected'];
    };
  };
  getMetricsHandlingTime: {
    parameters: {
      query: {
        /** @description Start of the range (inclusive), RFC 3339. Ranges are at most 400 days long. */
        from: components['parameters']['MetricsFrom'];
        /** @description End of the range (exclusive), RFC 3339, after `from`. */
        to: components['parameters']['MetricsTo'];
        /** @description Only requests of this region (a code from `GET /api/regions`; an unknown code is 400). */
        region?: components['parameters']['MetricsRegion'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The distribution. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricsHandlingTime'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Unexpected'];
    };
  };
  getMetricsMachineAgreement: {
    parameters: {
      query: {
        /** @description Start of the range (inclusive), RFC 3339. Ranges are at most 400 days long. */
        from: components['parameters']['MetricsFrom'];
        /** @description End of the range (exclusive), RFC 3339, after `from`. */
        to: components['parameters']['MetricsTo'];
        /** @description Only requests of this region (a code from `GET /api/regions`; an unknown code is 400). */
        region?: components['parameters']['MetricsRegion'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The four checks, in order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricsMachineAgreement'];
        };
      };
      400: components['responses']['ValidationFailed'];
      401: components['responses']['Unauthenticated'];
      403: components['responses']['Forbidden'];
      default: components['responses']['Unexpected'];
    };
  };
  mockReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          seed?: number;
          pendingCount?: number;
          /** @description How many past decisions (about 30 days of them) the seed writes; default 5000. */
          historyDecisions?: number;
          /**
           * Format: date-time
           * @description The instant the new world is built at, and the mock clock's time from then on (default: real time). Tests pass a fixed instant so that every run sees the same world.
           */
          now?: string;
          /** @description Give the world hostile text (markup, script, bidi overrides, spreadsheet formulas): the waiting requests' applicants' names, their earlier decisions' notes, reviewer5's decisions' notes and reviewer5's display name. For injection tests; default false. */
          hostileText?: boolean;
          /** @description Keep whoever is signed in signed in, with the time their session had left (the dev panel's reset). Default false: everyone is signed out, as tests expect of a fresh world. */
          keepSessions?: boolean;
        };
      };
    };
    responses: {
      /** @description The new world's settings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MockState'];
        };
      };
      400: components['responses']['ValidationFailed'];
      default: components['responses']['Unexpected'];
    };
  };
  mockGetSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Current mock state. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MockState'];
        };
      };
      default: components['responses']['Unexpected'];
    };
  };
  mockUpdateSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MockSettingsPatch'];
      };
    };
    responses: {
      /** @description Current mock state. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MockState'];
        };
      };
      400: components['responses']['ValidationFailed'];
      default: components['responses']['Unexpected'];
    };
  };
  mockFindRequests: {
    parameters: {
      query: {
        /** @description A variant of the synthetic photo library, e.g. `blurred`, `background-red`, `compliant-white`; or `different-person` for the requests whose card photo shows another person. */
        variant: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Matching waiting requests, oldest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: components['schemas']['RequestId'];
              number: string;
              variant: string;
              /** @description Whether the card photo it is compared with shows the same invented person. */
              samePerson: boolean;
            }[];
          };
        };
      };
      400: components['responses']['ValidationFailed'];
      default: components['responses']['Unexpected'];
    };
  };
  mockGetRequestCard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        requestId: components['parameters']['RequestId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The applicant's current card photo and the request's new photo. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MockRequestCard'];
        };
      };
      404: components['responses']['NotFound'];
      default: components['responses']['Unexpected'];
    };
  };
  mockAdvanceClock: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          advanceSeconds: number;
        };
      };
    };
    responses: {
      /** @description Current mock state. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MockState'];
        };
      };
      400: components['responses']['ValidationFailed'];
      default: components['responses']['Unexpected'];
    };
  };
}
