import { ClaimsPage } from '@/features/claims-admin/claims-page';

export function ClaimsRoute() {
  return <ClaimsPage />;
}
