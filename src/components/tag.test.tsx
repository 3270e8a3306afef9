import { render, screen } from '@testing-library/react';
import { Tag } from './tag';

describe('Tag', () => {
  it('shows its text, with a title and hidden from assistive technology when asked', () => {
    render(
      <>
        <Tag label="Pending" variant="outlined" color="info" />
        <Tag label="2 sending" title="PR1, PR2" aria-hidden />
      </>,
    );
    expect(screen.getByText('Pending')).toBeVisible();
    const hidden = screen.getByText('2 sending').parentElement;
    expect(hidden).toHaveAttribute('title', 'PR1, PR2');
    expect(hidden).toHaveAttribute('aria-hidden', 'true');
  });
});
