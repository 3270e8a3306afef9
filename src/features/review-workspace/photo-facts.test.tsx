import { screen, within } from '@testing-library/react';
import type { Photo, Region } from '@/api/generated/zod';
import { renderPage } from '@/testing/render';
import { PhotoFacts, photoViolations } from './photo-facts';

const region: Region = {
  code: '310101',
  name: { 'zh-CN': '黄浦区', en: 'Huangpu' },
  acceptedBackgrounds: ['white', 'blue'],
  photoBytes: { min: 9 * 1024, max: 100 * 1024 },
};

const standard: Photo = {
  url: '/api/photos/p1',
  width: 358,
  height: 441,
  bytes: 20 * 1024,
  format: 'jpeg',
} as Photo;

const photo = (changes: Partial<Photo>): Photo => ({ ...standard, ...changes });

describe('photoViolations', () => {
  it('finds nothing wrong with a standard photo', () => {
    expect(photoViolations(standard, region)).toEqual({ dimensions: false, format: false, size: false });
  });

  it('marks wrong dimensions, whichever side is off', () => {
    expect(photoViolations(photo({ width: 600 }), region).dimensions).toBe(true);
    expect(photoViolations(photo({ height: 440 }), region).dimensions).toBe(true);
  });

  it('marks a file outside the region’s size range, its limits included', () => {
    expect(photoViolations(photo({ bytes: 9 * 1024 - 1 }), region).size).toBe(true);
    expect(photoViolations(photo({ bytes: 9 * 1024 }), region).size).toBe(false);
    expect(photoViolations(photo({ bytes: 100 * 1024 }), region).size).toBe(false);
    expect(photoViolations(photo({ bytes: 100 * 1024 + 1 }), region).size).toBe(true);
    // Another region, another range: sizes are per region.
    const strict = { ...region, photoBytes: { min: 140 * 1024, max: 300 * 1024 } };
    expect(photoViolations(standard, strict).size).toBe(true);
  });

  it('marks a format other than JPEG', () => {
    expect(photoViolations(photo({ format: 'png' }), region).format).toBe(true);
    expect(photoViolations(photo({ format: 'heic' }), region).format).toBe(true);
  });

  it('says the size is unknown, not fine, without the region’s limits', () => {
    expect(photoViolations(photo({ bytes: 1 }), undefined).size).toBe('unknown');
  });
});

describe('PhotoFacts', () => {
  it('shows the facts of a standard photo with no warning', () => {
    renderPage(<PhotoFacts label="New photo" photo={standard} region={region} />);
    expect(screen.getByText('358 × 441 px · 20 KB · JPEG')).toBeInTheDocument();
    expect(screen.queryByText(/^Not /)).not.toBeInTheDocument();
    expect(screen.queryByText(/File size/)).not.toBeInTheDocument();
  });

  it('says in words each way a photo breaks the standard', () => {
    renderPage(
      <PhotoFacts
        label="New photo"
        photo={photo({ width: 600, height: 800, bytes: 2 * 1024, format: 'png' })}
        region={region}
      />,
    );
    const facts = screen.getByRole('group', { name: 'New photo' });
    expect(within(facts).getByText('600 × 800 px · 2 KB · PNG')).toBeInTheDocument();
    expect(within(facts).getByText('Not 358 × 441 px')).toBeInTheDocument();
    expect(within(facts).getByText('File size outside 9 KB–100 KB')).toBeInTheDocument();
    expect(within(facts).getByText('Not JPEG')).toBeInTheDocument();
  });

  it('marks a file that is too large, in Chinese too', () => {
    renderPage(<PhotoFacts label="新照片" photo={photo({ bytes: 150 * 1024 })} region={region} />, {
      locale: 'zh-CN',
    });
    expect(screen.getByText(/^文件大小不在 9 KB–100 KB 范围内$/)).toBeInTheDocument();
    expect(screen.queryByText(/^不是/)).not.toBeInTheDocument();
  });

  it('says the file size was not checked when the region’s limits are missing', () => {
    renderPage(<PhotoFacts label="New photo" photo={photo({ bytes: 1 })} region={undefined} />);
    expect(screen.getByText('File size not checked: the region’s limits are not available.')).toBeVisible();
    expect(screen.queryByText(/File size outside/)).not.toBeInTheDocument();
  });
});
