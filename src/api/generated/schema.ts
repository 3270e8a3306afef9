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
    /** A page of photo requests, filtered and sorted on the server. */
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
    /** Extend the caller's lease while the request is open. */
    post: operations['heartbeatClaim'];
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
    };
    RequestPage: {
      items: components['schemas']['RequestSummary'][];
      page: number;
      pageSize: number;
      total: number;
    };
    Photo: {
      /** @description Path of the image on this API (`/api/photos/{photoId}`). */
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
    };
    MockSettingsPatch: {
      /** @description Added to every API response. */
      latencyMs?: number;
      /** @description Share of API calls (mock controls excepted) answered with 503. */
      failureRate?: number;
      leaseTtlSeconds?: number;
    };
    MockState: {
      seed: number;
      pendingCount: number;
      latencyMs: number;
      failureRate: number;
      leaseTtlSeconds: number;
      /** Format: date-time */
      now: string;
    };
  };
  responses: {
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
      401: components['responses']['Problem'];
      429: components['responses']['Problem'];
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
      404: components['responses']['NotFound'];
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
    requestBody?: never;
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
      404: components['responses']['NotFound'];
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
    };
  };
}
