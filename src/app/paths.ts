/** Every route of the console. Paths carry opaque ids only: never names or ID numbers. */
export const paths = {
  signIn: '/sign-in',
  queue: '/',
  review: (requestId: string) => `/review/${encodeURIComponent(requestId)}`,
  reviewPattern: '/review/:requestId',
  claims: '/claims',
  dashboard: '/dashboard',
  notAuthorised: '/not-authorised',
} as const;
