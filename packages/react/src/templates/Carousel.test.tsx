import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CAROUSEL_PAGE, CarouselTemplate } from './Carousel';
import type { TemplateRendererProps } from './types';
import { TemplatesProvider } from './registry';
import { fixtures } from './fixtures';
import { renderTemplate } from './test-utils';

const cards = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('xo-card'));

describe('carousel', () => {
  it('takes its current card controlled (index, onIndexChange) or uncontrolled (defaultIndex)', async () => {
    const user = userEvent.setup();
    const changes: number[] = [];
    function Controlled(props: TemplateRendererProps) {
      const [index, setIndex] = useState(1);
      return (
        <CarouselTemplate
          {...props}
          index={index}
          onIndexChange={(next) => {
            changes.push(next);
            if (next < 2) setIndex(next);
          }}
        />
      );
    }
    renderTemplate(fixtures.carousel!.good!, { wrap: (node) => <TemplatesProvider templates={{ carousel: Controlled }}>{node}</TemplatesProvider> });
    expect(cards().map((c) => c.tabIndex)).toEqual([-1, 0, -1]);
    await user.tab();
    await user.keyboard('{ArrowLeft}');
    expect(cards().map((c) => c.tabIndex)).toEqual([0, -1, -1]);
    await user.keyboard('{End}');
    // The app refused card 3: the current card stays where the app holds it.
    expect(changes).toEqual([0, 2]);
    expect(cards().map((c) => c.tabIndex)).toEqual([0, -1, -1]);
  });

  it('starts at defaultIndex when uncontrolled', () => {
    const StartAtLast = (props: TemplateRendererProps) => <CarouselTemplate {...props} defaultIndex={2} />;
    renderTemplate(fixtures.carousel!.good!, { wrap: (node) => <TemplatesProvider templates={{ carousel: StartAtLast }}>{node}</TemplatesProvider> });
    expect(cards().map((c) => c.tabIndex)).toEqual([-1, -1, 0]);
  });

  it('renders cards with image, title, subtitle and buttons; postbacks carry title and payload', () => {
    const { client } = renderTemplate(fixtures.carousel!.good!);
    expect(cards()).toHaveLength(3);
    const first = cards()[0]!;
    expect(within(first).getByRole('link', { name: /Card 1/ })).toHaveAttribute('href', 'https://example.com/mountain');
    expect(first.querySelector('img')).toHaveAttribute('src', 'https://example.com/sample.png');
    expect(within(first).getByText('Subtitle 1')).toBeInTheDocument();
    fireEvent.click(within(cards()[1]!).getByRole('button', { name: 'Card 2' }));
    fireEvent.click(within(cards()[2]!).getByRole('button', { name: 'Pick 3' }));
    expect(client.sent).toEqual([
      { text: 'list', renderMsg: 'Card 2' },
      { text: 'pick-3', renderMsg: 'Pick 3' },
    ]);
  });

  it('keeps one card in the tab order and moves between cards with arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    renderTemplate(fixtures.carousel!.good!);
    expect(cards().map((c) => c.tabIndex)).toEqual([0, -1, -1]);
    await user.tab();
    expect(cards()[0]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(cards()[1]).toHaveFocus();
    expect(cards().map((c) => c.tabIndex)).toEqual([-1, 0, -1]);
    await user.keyboard('{End}');
    expect(cards()[2]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(cards()[2]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(cards()[0]).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(cards()[0]).toHaveFocus();
  });

  it('reverses the arrow keys right to left', async () => {
    const user = userEvent.setup();
    renderTemplate(fixtures.carousel!.rtl!, { dir: 'rtl' });
    await user.tab();
    await user.keyboard('{ArrowLeft}');
    expect(cards()[1]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(cards()[0]).toHaveFocus();
  });

  it('previous and next buttons move the current card and stop at the ends', () => {
    renderTemplate(fixtures.carousel!.good!);
    const prev = screen.getByRole('button', { name: 'Previous card' });
    const next = screen.getByRole('button', { name: 'Next card' });
    expect(prev).toBeDisabled();
    fireEvent.click(next);
    fireEvent.click(next);
    expect(screen.getByText('3 / 3')).toBeInTheDocument();
    expect(next).toBeDisabled();
    expect(cards()[2]).toHaveAttribute('tabindex', '0');
  });

  it('builds 500 cards lazily: a page at a time, more on "Show more" or when the keyboard reaches the end', async () => {
    const started = performance.now();
    renderTemplate(fixtures.carousel!.long!);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(cards()).toHaveLength(CAROUSEL_PAGE);
    fireEvent.click(screen.getByRole('button', { name: 'Show more (490)' }));
    expect(cards()).toHaveLength(2 * CAROUSEL_PAGE);
    act(() => cards()[2 * CAROUSEL_PAGE - 1]!.focus());
    fireEvent.keyDown(cards()[2 * CAROUSEL_PAGE - 1]!, { key: 'ArrowRight' });
    expect(cards().length).toBeGreaterThan(2 * CAROUSEL_PAGE);
    expect(cards()[2 * CAROUSEL_PAGE]).toHaveFocus();
    expect(cards()[0]).toHaveAccessibleName('Card 1 (1 of 500)');
  });

  it('drops unsafe images and default actions but keeps the card text', () => {
    const { container } = renderTemplate(fixtures.carousel!.hostile!);
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect(cards()).toHaveLength(2);
    expect(cards()[0]!.textContent).toContain('<script>');
  });

  it('after a swipe, the card nearest the start edge becomes current (scrollend on React 18 and 19)', () => {
    const { container } = renderTemplate(fixtures.carousel!.good!);
    const track = container.querySelector<HTMLElement>('.xo-carousel-track')!;
    // jsdom has no layout: the track is 300 px wide and was swiped two cards along.
    const rect = (left: number) => ({ left, right: left + 300, top: 0, bottom: 100, width: 300, height: 100, x: left, y: 0, toJSON: () => ({}) });
    track.getBoundingClientRect = () => rect(0);
    cards().forEach((card, i) => {
      card.getBoundingClientRect = () => rect(i * 300 - 600);
    });
    act(() => void track.dispatchEvent(new Event('scrollend')));
    expect(screen.getByText('3 / 3')).toBeInTheDocument();
    expect(cards().map((c) => c.tabIndex)).toEqual([-1, -1, 0]);
  });

  it('renders nothing for no cards, and does not crash', () => {
    const { container } = renderTemplate(fixtures.carousel!.empty!);
    expect(container.querySelector('.xo-card')).toBeNull();
  });
});
