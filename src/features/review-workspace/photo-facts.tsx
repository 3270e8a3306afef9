import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { memo } from 'react';
import type { Photo, Region } from '@/api/generated/zod';
import { useI18n } from '@/i18n/i18n';

/** The card photo standard (GA 461-2004 "1-inch", 358 × 441 px JPEG); file size limits are per region. */
export const PHOTO_STANDARD = { width: 358, height: 441, format: 'jpeg' } as const;

export function photoViolations(photo: Photo, region: Region | undefined) {
  return {
    dimensions: photo.width !== PHOTO_STANDARD.width || photo.height !== PHOTO_STANDARD.height,
    format: photo.format !== PHOTO_STANDARD.format,
    size: region ? photo.bytes < region.photoBytes.min || photo.bytes > region.photoBytes.max : false,
  };
}

/** Width × height, file size and format of one photo, with what breaks the standard said in words. */
export const PhotoFacts = memo(function PhotoFacts({
  label,
  photo,
  region,
}: {
  label: string;
  photo: Photo;
  region: Region | undefined;
}) {
  const { t, formatBytes } = useI18n();
  const broken = photoViolations(photo, region);
  const problems = [
    broken.dimensions ? t('photo.wrongDimensions', PHOTO_STANDARD) : null,
    broken.size && region
      ? t('photo.wrongSize', {
          min: formatBytes(region.photoBytes.min),
          max: formatBytes(region.photoBytes.max),
        })
      : null,
    broken.format ? t('photo.wrongFormat') : null,
  ].filter((p): p is string => p !== null);
  return (
    <Stack spacing={0.25} sx={{ minWidth: 0 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
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
    </Stack>
  );
});
