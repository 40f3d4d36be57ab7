export type * from './types';
export type * from './markdown/types';
