import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Locale } from '@/i18n/i18n';
import { renderPage } from '@/testing/render';
import { useCompareViewer } from './compare-state';
import { CompareViewer, type ViewerPhoto } from './compare-viewer';
import type { DifferenceResult } from './difference';
import { PixelsUnavailableError } from './read-difference';

// The real pixel reading needs a canvas jsdom does not have; its "unavailable" path is tested in
// read-difference.test.ts. Here it is replaced so that both outcomes can be shown.
const readDifference = vi.hoisted(() => vi.fn());
vi.mock('./read-difference', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./read-difference')>()),
  readDifference,
}));

const newPhoto: ViewerPhoto = {
  src: '/photos/new.jpg',
  width: 358,
  height: 441,
  alt: 'New photo submitted by the applicant',
  label: 'New photo',
};
const cardPhoto: ViewerPhoto = {
  src: '/photos/card.jpg',
  width: 358,
  height: 441,
  alt: 'Photo on the current card',
  label: 'Card photo',
};

function Harness({ card = cardPhoto }: { card?: ViewerPhoto }) {
  const viewer = useCompareViewer();
  return <CompareViewer viewer={viewer} newPhoto={newPhoto} cardPhoto={card} />;
}

function renderViewer(locale: Locale = 'en', card?: ViewerPhoto) {
  return { user: userEvent.setup(), ...renderPage(<Harness card={card} />, { locale }) };
}

/** The transformed box that carries both photos in the current pane. */
const layerOf = (alt: string) => screen.getByAltText(alt).parentElement!;

beforeEach(() => {
  // jsdom has no 2D canvas; returning null is what it does, minus its "not implemented" noise.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  readDifference.mockReset();
  readDifference.mockRejectedValue(new PixelsUnavailableError('No 2D canvas'));
});

describe('CompareViewer', () => {
  it('shows both photos side by side, labelled, with their alt text', () => {
    renderViewer();
    const group = screen.getByRole('group', { name: 'Compare mode' });
    expect(within(group).getByRole('button', { name: 'Side by side' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    for (const name of ['Swipe', 'Onion skin', 'Difference']) {
      expect(within(group).getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
    }
    expect(screen.getByRole('figure', { name: 'New photo' })).toContainElement(
      screen.getByRole('img', { name: newPhoto.alt }),
    );
    expect(screen.getByRole('figure', { name: 'Card photo' })).toContainElement(
      screen.getByRole('img', { name: cardPhoto.alt }),
    );
    for (const img of screen.getAllByRole('img')) expect(img).toHaveAttribute('draggable', 'false');
  });

  it('shows and names the keys of the compare mode and zoom controls', async () => {
    const { user } = renderViewer();
    const modes = screen.getByRole('group', { name: 'Compare mode' });
    expect(modes).toHaveAttribute('aria-keyshortcuts', 'M');
    // The key is shown next to the modes (visible, hidden from the accessibility tree).
    const shownKey = modes.parentElement?.querySelector('kbd');
    expect(shownKey).toHaveTextContent('M');
    expect(shownKey).toHaveAttribute('aria-hidden', 'true');

    const zoom = screen.getByRole('group', { name: 'Zoom' });
    const zoomIn = within(zoom).getByRole('button', { name: 'Zoom in' });
    expect(zoomIn).toHaveAttribute('aria-keyshortcuts', 'Plus =');
    expect(within(zoom).getByRole('button', { name: 'Zoom out' })).toHaveAttribute('aria-keyshortcuts', '-');
    expect(within(zoom).getByRole('button', { name: 'Fit' })).toHaveAttribute('aria-keyshortcuts', '0');

    await user.hover(zoomIn);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Zoom in (+)');
    expect(zoomIn).toHaveAccessibleDescription('Zoom in (+)');
  });

  it('switches to swipe, with a swipe slider that moves the divider', async () => {
    const { user } = renderViewer();
    await user.click(screen.getByRole('button', { name: 'Swipe' }));
    expect(screen.getByRole('button', { name: 'Swipe' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('img', { name: newPhoto.alt })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: cardPhoto.alt })).toBeInTheDocument();
    expect(screen.getByText('New photo on the left, Card photo on the right')).toBeInTheDocument();

    const slider = await screen.findByRole('slider', { name: 'Swipe position' });
    expect(slider).toHaveValue('50');
    expect(screen.getByAltText(newPhoto.alt).style.clipPath).toBe('inset(0 50% 0 0)');
    act(() => slider.focus());
    await user.keyboard('{ArrowRight}');
    expect(slider).toHaveValue('51');
    expect(screen.getByAltText(newPhoto.alt).style.clipPath).toBe('inset(0 49% 0 0)');
    expect(screen.queryByRole('slider', { name: 'New photo opacity' })).not.toBeInTheDocument();
  });

  it('switches to onion skin, with an opacity slider for the new photo', async () => {
    const { user } = renderViewer();
    await user.click(screen.getByRole('button', { name: 'Onion skin' }));
    const slider = await screen.findByRole('slider', { name: 'New photo opacity' });
    expect(slider).toHaveAttribute('aria-valuetext', '50%');
    expect(screen.getByAltText(newPhoto.alt).style.opacity).toBe('0.5');
    act(() => slider.focus());
    await user.keyboard('{Home}');
    expect(screen.getByAltText(newPhoto.alt).style.opacity).toBe('0');
    expect(screen.getByAltText(cardPhoto.alt)).toBeInTheDocument();
    expect(screen.queryByRole('slider', { name: 'Swipe position' })).not.toBeInTheDocument();
  });

  it('says in words when the difference cannot be computed', async () => {
    const { user } = renderViewer();
    await user.click(screen.getByRole('button', { name: 'Difference' }));
    expect(await screen.findByText(/The difference image cannot be shown/)).toBeInTheDocument();
    expect(screen.getByText('No difference image')).toBeInTheDocument();
    expect(readDifference).toHaveBeenCalledTimes(1);
  });

  it('shows the difference image and the share of differing pixels, computed once per pair of photos', async () => {
    const result: DifferenceResult = {
      image: { data: new Uint8ClampedArray(4), width: 1, height: 1 },
      summary: { changedPixels: 12, totalPixels: 100, changedShare: 0.12, threshold: 32 },
    };
    readDifference.mockResolvedValue(result);
    const { user } = renderViewer();
    expect(readDifference).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Difference' }));
    expect(await screen.findByText('12% of pixels differ')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Difference image of New photo and Card photo: 12% of pixels differ' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Side by side' }));
    await user.click(screen.getByRole('button', { name: 'Difference' }));
    expect(await screen.findByText('12% of pixels differ')).toBeInTheDocument();
    expect(readDifference).toHaveBeenCalledTimes(1);
  });

  it('changes the shown zoom with the zoom buttons', async () => {
    const { user } = renderViewer();
    const zoom = screen.getByRole('group', { name: 'Zoom' });
    expect(within(zoom).getByRole('status')).toHaveTextContent('Zoom 100% (fit)');
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(within(zoom).getByRole('status')).toHaveTextContent('Zoom 125%');
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(within(zoom).getByRole('status')).toHaveTextContent('Zoom 80%');
    await user.click(screen.getByRole('button', { name: 'Fit' }));
    expect(within(zoom).getByRole('status')).toHaveTextContent('Zoom 100% (fit)');
    await user.click(screen.getByRole('button', { name: 'Actual size (1:1)' }));
    expect(within(zoom).getByRole('status')).toHaveTextContent(/^Zoom 100%$/);
    expect(layerOf(newPhoto.alt).style.transform).toBe('translate(0px, 0px) scale(1)');
  });

  it('applies the same zoom and pan to both photos side by side', async () => {
    const { user } = renderViewer();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    const stage = screen.getByRole('group', { name: 'Photo comparison' });
    stage.focus();
    await user.keyboard('{ArrowRight}{ArrowDown}');
    const expected = 'translate(-48px, -48px) scale(1.25)';
    expect(layerOf(newPhoto.alt).style.transform).toBe(expected);
    expect(layerOf(cardPhoto.alt).style.transform).toBe(expected);
  });

  describe('in a measured pane', () => {
    beforeEach(() => {
      // A 400 × 500 pane: the width decides, so the photo fits at 400/358 ≈ 112 %.
      vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(400);
      vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(500);
    });

    it('shows a card photo of another size in real pixels at 1:1, in step with the new photo', async () => {
      const passport = { ...cardPhoto, width: 300, height: 400 };
      const { user } = renderViewer('en', passport);
      const card = screen.getByAltText(cardPhoto.alt);
      // At fit, the card photo fills the new photo's box (contained), for comparing at the same size.
      expect(card.style.width).toBe('100%');
      await user.click(screen.getByRole('button', { name: 'Actual size (1:1)' }));
      // At 1:1, its own 300 × 400 box, centred where the new photo's 358 × 441 box is.
      expect(card.style).toMatchObject({ width: '300px', height: '400px', left: '29px', top: '20.5px' });
      expect(screen.getByAltText(newPhoto.alt).style).toMatchObject({ width: '358px', height: '441px' });
      // Both layers are zoomed and panned alike.
      expect(layerOf(cardPhoto.alt).style.transform).toBe(layerOf(newPhoto.alt).style.transform);
      await user.click(screen.getByRole('button', { name: 'Zoom in' }));
      expect(card.style.width).toBe('100%');
    });

    it('fits the photo to the pane', () => {
      renderViewer();
      expect(screen.getByRole('group', { name: 'Zoom' })).toHaveTextContent('Zoom 112% (fit)');
    });

    it('pans a zoomed photo by dragging, but never out of view', async () => {
      renderViewer();
      fireEvent.click(screen.getByRole('button', { name: 'Actual size (1:1)' }));
      fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
      fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
      // 156.25 %: 559 × 689 drawn in 400 × 500, so the centre may move ±79.7 × ±94.5.
      const stage = screen.getByRole('group', { name: 'Photo comparison' });
      expect(stage.style.cursor).toBe('grab');
      fireEvent.pointerDown(stage, { button: 0, pointerId: 1, clientX: 100, clientY: 100 });
      expect(stage.style.cursor).toBe('grabbing');
      fireEvent.pointerMove(stage, { pointerId: 1, clientX: 130, clientY: 90 });
      await waitFor(() =>
        expect(layerOf(newPhoto.alt).style.transform).toBe('translate(30px, -10px) scale(1.5625)'),
      );
      fireEvent.pointerMove(stage, { pointerId: 1, clientX: 2000, clientY: 90 });
      await waitFor(() =>
        expect(layerOf(newPhoto.alt).style.transform).toMatch(/^translate\(79\.6875px, -10px\)/),
      );
      fireEvent.pointerUp(stage, { pointerId: 1 });
      expect(stage.style.cursor).toBe('grab');
    });

    it('zooms with the wheel over the photos and keeps the page from scrolling', async () => {
      renderViewer();
      const notPrevented = fireEvent.wheel(screen.getByAltText(newPhoto.alt), { deltaY: -100 });
      expect(notPrevented).toBe(false);
      await waitFor(() => expect(screen.getByRole('group', { name: 'Zoom' })).toHaveTextContent('Zoom 136%'));
      // Outside the viewer the page scrolls as usual.
      expect(fireEvent.wheel(screen.getByRole('group', { name: 'Compare mode' }), { deltaY: -100 })).toBe(
        true,
      );
    });
  });

  it('speaks Chinese', async () => {
    const { user } = renderViewer('zh-CN');
    const group = screen.getByRole('group', { name: '对比方式' });
    for (const name of ['并排', '滑动对比', '叠加', '差异']) {
      expect(within(group).getByRole('button', { name })).toBeInTheDocument();
    }
    for (const name of ['放大', '缩小', '适应窗口', '实际大小 (1:1)']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    await user.click(screen.getByRole('button', { name: '滑动对比' }));
    expect(screen.getByRole('slider', { name: '滑动位置' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '叠加' }));
    expect(screen.getByRole('slider', { name: '新照片不透明度' })).toBeInTheDocument();
    readDifference.mockResolvedValue({
      image: { data: new Uint8ClampedArray(4), width: 1, height: 1 },
      summary: { changedPixels: 12, totalPixels: 100, changedShare: 0.12, threshold: 32 },
    } satisfies DifferenceResult);
    await user.click(screen.getByRole('button', { name: '差异' }));
    expect(await screen.findByText('12% 的像素不同')).toBeInTheDocument();
  });

  it('reaches every control with Tab, and the modes with the arrow keys', async () => {
    const { user } = renderViewer();
    const names = [];
    for (let i = 0; i < 6; i++) {
      await user.tab();
      names.push(document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
    }
    // MUI's toggle group is one Tab stop (the selected mode); the arrow keys move between modes.
    expect(names).toEqual([
      'Side by side',
      'Zoom out',
      'Zoom in',
      'Fit',
      'Actual size (1:1)',
      'Photo comparison',
    ]);
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Side by side' })).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Onion skin' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Onion skin' })).toHaveAttribute('aria-pressed', 'true');
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('slider', { name: 'New photo opacity' })).toHaveFocus();
  });
});
