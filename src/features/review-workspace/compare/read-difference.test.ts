import {
  containRect,
  differenceSize,
  MAX_DIFFERENCE_SIDE,
  PixelsUnavailableError,
  readDifference,
} from './read-difference';

describe('readDifference', () => {
  it('says the pixels are unavailable where there is no 2D canvas, instead of waiting for ever', async () => {
    // What jsdom (and a browser with canvas reading disabled) gives.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const photo = { src: '/photo.jpg', width: 358, height: 441 };
    await expect(readDifference(photo, photo)).rejects.toBeInstanceOf(PixelsUnavailableError);
  });
});

describe('differenceSize', () => {
  it('keeps a standard photo at its own size', () => {
    expect(differenceSize({ width: 358, height: 441 })).toEqual({ width: 358, height: 441 });
  });
  it('scales a very large photo down, keeping its shape', () => {
    expect(differenceSize({ width: 3000, height: 4000 })).toEqual({
      width: 900,
      height: MAX_DIFFERENCE_SIDE,
    });
  });
});

describe('containRect', () => {
  it('fits a wider photo into the box with margins above and below, like object-fit: contain', () => {
    expect(containRect({ width: 400, height: 200 }, { width: 200, height: 200 })).toEqual({
      x: 0,
      y: 50,
      width: 200,
      height: 100,
    });
  });
});
