// Charts load as their own chunk, the first time a chart arrives.
export { install } from './deps';
export { ChartTemplate } from './ChartTemplate';
export { readChart, ticks, toNumber } from './data';
export type { ChartData, Series } from './data';
