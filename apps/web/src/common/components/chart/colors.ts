/** Chart colours from HDS's palette (bus, tram, metro, coat of arms, brick, black), each at least 3:1 against white (WCAG 1.4.11). */
export const SERIES_COLORS = ['#0000bf', '#008741', '#fd4f00', '#0072c6', '#bd2719', '#1a1a1a'] as const;
/** What failed or counts against (a failed verdict, a harsh evaluator). */
export const NEGATIVE = '#bd2719';
/** What passed or counts for. */
export const POSITIVE = '#008741';
export const NEUTRAL = '#0000bf';
/** What is left (of a budget, of assigned reviews). */
export const REMAINING = '#767676';
