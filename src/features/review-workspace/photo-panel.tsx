import { Box, Paper, Typography } from '@mui/material';
import { useState } from 'react';
import { apiUrl } from '@/api/client';
import type { Photo } from '@/api/generated/zod';
import { useI18n } from '@/i18n/i18n';

interface PhotoPanelProps {
  title: string;
  alt: string;
  photo: Photo;
}

/** One photo at a stable size (known from the request, so nothing shifts when it loads). */
export function PhotoPanel({ title, alt, photo }: PhotoPanelProps) {
  const { t, formatBytes } = useI18n();
  const [failed, setFailed] = useState(false);
  const id = `photo-${title.replace(/\W+/g, '-')}`;
  return (
    <Paper
      variant="outlined"
      component="figure"
      sx={{ m: 0, p: 1.5, flex: '1 1 0', minWidth: 0 }}
      aria-labelledby={id}
    >
      <Typography id={id} variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <Box
        sx={{
          mt: 1,
          width: '100%',
          maxWidth: 420,
          mx: 'auto',
          aspectRatio: `${photo.width} / ${photo.height}`,
          bgcolor: 'grey.100',
          display: 'grid',
          placeItems: 'center',
          overflow: 'hidden',
        }}
      >
        {failed ? (
          <Typography role="alert" color="error" sx={{ p: 2 }}>
            {t('review.photoFailed')}
          </Typography>
        ) : (
          <img
            src={apiUrl(photo.url)}
            alt={alt}
            width={photo.width}
            height={photo.height}
            decoding="async"
            referrerPolicy="no-referrer"
            onError={() => setFailed(true)}
            style={{ width: '100%', height: '100%', objectFit: 'contain' }}
          />
        )}
      </Box>
      <Typography
        component="figcaption"
        variant="body2"
        color="text.secondary"
        sx={{ mt: 1, textAlign: 'center' }}
      >
        {t('review.photoFacts', {
          width: String(photo.width),
          height: String(photo.height),
          size: formatBytes(photo.bytes),
          format: photo.format.toUpperCase(),
        })}
      </Typography>
    </Paper>
  );
}
