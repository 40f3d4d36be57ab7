import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNothingUnsafe } from '../test-utils';
import { fixture, HUGE, renderWidget, SCRIPT } from '../kore-widgets/test-widgets';
import { ticks, toNumber } from './data';

interface Series {
  title: string;
  values: number[];
  displayValues: string[];
}

const points = (container: HTMLElement) => Array.from(container.querySelectorAll<SVGElement>('.xo-chart-point'));

describe('piechart', () => {
  it('draws a slice per element, named with its share, a legend with the display values, and the table', async () => {
    const payload = fixture('web3-piechart-1');
    const { container } = await renderWidget(payload);
    expect(container).toHaveTextContent(String(payload.text));
    const slices = points(container);
    expect(slices.map((s) => s.tagName)).toEqual(['path', 'path', 'path']);
    // 1234 + 568.10 + 324.50 = 2126.6: Airlines is 58%.
    expect(slices[0]).toHaveAccessibleName('Airlines: $ 1,234 (58%)');
    expect(slices[2]).toHaveAccessibleName('Food: $ 324 (15.3%)');
    expect(container.querySelector('.xo-chart-legend')).toHaveTextContent('Airlines $ 1,234Hotels $ 568Food $ 324');
    const table = screen.getByRole('table', { name: String(payload.text) });
    expect(within(table).getByRole('cell', { name: '$ 568' })).toBeInTheDocument();
    await expectAccessible(container);
  });

  it('draws a ring for pie_type donut', async () => {
    const regular = await renderWidget(fixture('web3-piechart-1'));
    const full = points(regular.container)[0]!.getAttribute('d')!;
    regular.unmount();
    const { container } = await renderWidget({ ...fixture('web3-piechart-1'), pie_type: 'donut' });
    const ring = points(container)[0]!.getAttribute('d')!;
    expect(full.startsWith('M90 90')).toBe(true);
    expect(ring.startsWith('M90 90')).toBe(false);
    expect(ring.match(/A/g)).toHaveLength(2);
  });
});

describe('barchart', () => {
  it('draws a bar per value, grouped by X_axis category, named series, category and display value', async () => {
    const payload = fixture('web3-barchart-1');
    const { container } = await renderWidget(payload);
    const series = payload.elements as unknown as Series[];
    const bars = points(container);
    expect(bars).toHaveLength(8);
    expect(bars[0]).toHaveAccessibleName('Peter, 15-Jan-2017: 10ml');
    expect(bars[1]).toHaveAccessibleName('Sam, 15-Jan-2017: 30 mins');
    // Taller for a larger value: Sam's 60 against Peter's 20 on 30-Jan.
    expect(Number(bars[7]!.getAttribute('height'))).toBeCloseTo(Number(bars[6]!.getAttribute('height')) * 3, 0);
    expect(container.querySelector('.xo-chart-legend')).toHaveTextContent(series.map((s) => s.title).join(''));
    for (const label of payload.X_axis as unknown as string[]) expect(container.querySelector('svg')).toHaveTextContent(label.slice(0, 9));
    const table = screen.getByRole('table', { name: String(payload.text) });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Series', ...(payload.X_axis as unknown as string[])]);
    for (const s of series) for (const shown of s.displayValues) expect(within(table).getAllByRole('cell', { name: shown }).length).toBeGreaterThan(0);
    await expectAccessible(container);
  });

  it('stacks when stacked is true, and lies bars down for direction horizontal', async () => {
    const stacked = await renderWidget({ ...fixture('web3-barchart-1'), stacked: true });
    const [peter, sam] = points(stacked.container);
    // Stacked: Sam sits on Peter in the same column.
    expect(peter!.getAttribute('x')).toBe(sam!.getAttribute('x'));
    expect(Number(sam!.getAttribute('y')) + Number(sam!.getAttribute('height'))).toBeCloseTo(Number(peter!.getAttribute('y')), 5);
    stacked.unmount();
    const horizontal = await renderWidget({ ...fixture('web3-barchart-1'), direction: 'horizontal' });
    const [a, b] = points(horizontal.container);
    expect(a!.getAttribute('x')).toBe(b!.getAttribute('x'));
    expect(Number(b!.getAttribute('width'))).toBeCloseTo(Number(a!.getAttribute('width')) * 3, 0);
  });

  it('is one tab stop; arrows, Home and End move between the bars and the readout names the focused one', async () => {
    const user = userEvent.setup();
    const { container } = await renderWidget(fixture('web3-barchart-1'));
    await user.tab();
    const bars = points(container);
    expect(bars[0]).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(bars[2]).toHaveFocus();
    expect(container).toHaveTextContent('Peter, 20-Jan-2017: 5ml');
    await user.keyboard('{End}');
    expect(bars[7]).toHaveFocus();
    await user.keyboard('{Home}{ArrowLeft}');
    expect(bars[0]).toHaveFocus();
    expect(bars.filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show the data as a table' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Hide the table' })).toBeInTheDocument();
    expect(container.querySelector('.xo-table-scroll')).toHaveAttribute('tabindex', '0');
    expect(container.querySelector('.xo-visually-hidden table')).toBeNull();
  });
});

describe('linechart', () => {
  it('draws a line per series with a focusable, named point per value', async () => {
    const payload = fixture('web3-linechart-1');
    const { container } = await renderWidget(payload);
    const circles = points(container);
    expect(circles.map((c) => c.tagName)).toEqual(Array(8).fill('circle'));
    expect(circles[4]).toHaveAccessibleName('Sam, 15-Jan-2017: 30 mins');
    expect(circles[7]).toHaveAccessibleName('Sam, 30-Jan-2017: 1 hour');
    // Higher on screen (smaller y) for larger values.
    expect(Number(circles[7]!.getAttribute('cy'))).toBeLessThan(Number(circles[3]!.getAttribute('cy')));
    expect(container.querySelectorAll('svg path')).toHaveLength(2);
    expect(screen.getByRole('table', { name: String(payload.text) })).toBeInTheDocument();
    await expectAccessible(container);
  });
});

describe('hostile chart payloads', () => {
  it('read NaN, Infinity, text and missing values as gaps, clamp huge ones, and keep negatives on their side of zero', () => {
    expect([toNumber('NaN'), toNumber(Infinity), toNumber('abc'), toNumber(''), toNumber(null), toNumber('1e400'), toNumber(-5)]).toEqual([null, null, null, null, null, null, -5]);
    expect(toNumber(1e300)).toBe(1e12);
    expect(ticks(-10, 30)).toEqual([-10, 0, 10, 20, 30]);
    expect(ticks(0, 0)).toEqual([0, 1]);
  });

  it.each(['piechart', 'barchart', 'linechart'])('%s survives scripts, unsafe text, __proto__ keys and absurd numbers', async (type) => {
    const evil = JSON.parse('{"__proto__":{"polluted":1},"title":"P"}') as Record<string, never>;
    const { container } = await renderWidget({
      template_type: type,
      text: SCRIPT,
      X_axis: [SCRIPT, HUGE, 'c', 'd'],
      elements: [
        { ...evil, title: SCRIPT, value: 'NaN', values: [Number.NaN as never, -5, 1e300, '7'], displayValues: [SCRIPT, '', 'huge', 'seven'] },
        { title: HUGE, value: -3, values: [1, 2, 3, 4] },
        null,
        'nope',
        { value: 10, displayValue: '10' },
      ],
    });
    expect(container).toHaveTextContent('<script>window.xss=1</script>');
    for (const p of points(container)) for (const attr of ['d', 'x', 'y', 'width', 'height', 'cx', 'cy']) expect(p.getAttribute(attr) ?? '').not.toMatch(/NaN|Infinity/);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expectNothingUnsafe(container);
    await expectAccessible(container);
  });

  it('an empty chart shows its title and an empty table, no drawing', async () => {
    const { container } = await renderWidget({ template_type: 'barchart', text: 'Nothing yet', elements: [] });
    expect(container.querySelector('svg')).toBeNull();
    expect(screen.getByRole('table', { name: 'Nothing yet' })).toBeInTheDocument();
  });
});
