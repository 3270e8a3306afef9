import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { memo, useId } from 'react';
import type { Photo, Region } from '@/api/generated/zod';
import { useI18n } from '@/i18n/i18n';
import { PHOTO_STANDARD } from '@/lib/photo-standard';

export interface PhotoViolations {
  dimensions: boolean;
  format: boolean;
  /**
   * Outside the region's file-size range, or 'unknown' while the region's range is not at hand (the
   * regions list failed or has not loaded): size limits are per region, and a guess could mark a
   * photo wrongly or hide a real break.
   */
  size: boolean | 'unknown';
}

export function photoViolations(photo: Photo, region: Region | undefined): PhotoViolations {
  return {
    dimensions: photo.width !== PHOTO_STANDARD.width || photo.height !== PHOTO_STANDARD.height,
    format: photo.format !== PHOTO_STANDARD.format,
    size: region ? photo.bytes < region.photoBytes.min || photo.bytes > region.photoBytes.max : 'unknown',
  };
}

/** Width × height, file size and format of one photo, with what breaks the standard said in words. */
export const PhotoFacts = memo(function PhotoFacts({
  label,
  photo,
  region,
  regionPending = false,
}: {
  label: string;
  photo: Photo;
  region: Region | undefined;
  /** The regions list is still on its way: the size is checked once it is here, not said unchecked. */
  regionPending?: boolean;
}) {
  const { t, formatBytes } = useI18n();
  const labelId = useId();
  const broken = photoViolations(photo, region);
  const problems = [
    broken.dimensions ? t('photo.wrongDimensions', PHOTO_STANDARD) : null,
    broken.size === true && region
      ? t('photo.wrongSize', {
          min: formatBytes(region.photoBytes.min),
          max: formatBytes(region.photoBytes.max),
        })
      : null,
    broken.format ? t('photo.wrongFormat') : null,
  ].filter((p): p is string => p !== null);
  const notChecked = broken.size === 'unknown' && !regionPending ? t('photo.sizeNotChecked') : null;
  return (
    // A group named by its photo, so that each warning is heard (and found) with the photo it is about.
    <Stack role="group" aria-labelledby={labelId} spacing={0.25} sx={{ minWidth: 0 }}>
      <Typography id={labelId} variant="body2" sx={{ fontWeight: 600 }}>
        {label}
      </Typography>
      <Typography variant="body2" color={problems.length > 0 ? 'error' : 'text.secondary'}>
        {t('review.photoFacts', {
          width: String(photo.width),
          height: String(photo.height),
          size: formatBytes(photo.bytes),
          format: photo.format.toUpperCase(),
        })}
      </Typography>
      {problems.map((problem) => (
        <Typography
          key={problem}
          variant="body2"
          color="error"
          sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
        >
          <WarningAmberIcon fontSize="inherit" aria-hidden />
          {problem}
        </Typography>
      ))}
      {notChecked ? (
        <Typography variant="body2" color="text.secondary">
          {notChecked}
        </Typography>
      ) : null}
    </Stack>
  );
});
