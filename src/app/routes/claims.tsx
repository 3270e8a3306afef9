import { ClaimsPage } from '@/features/claims-admin/claims-page';
import { paths } from '../paths';

export function ClaimsRoute() {
  return <ClaimsPage reviewPath={paths.review} />;
}
