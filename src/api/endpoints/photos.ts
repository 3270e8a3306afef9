import { apiUrl, type ApiPath } from '../client';
import type { Photo } from '../generated/zod';

/** The address of a photo's bytes. The contract pins `url` to `/api/photos/{id}`, checked at the boundary. */
export function photoSrc(photo: Photo): string {
  return apiUrl(photo.url as ApiPath);
}
