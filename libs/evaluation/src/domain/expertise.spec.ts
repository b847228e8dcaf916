import { expertiseMatch, isExpertiseTag, topicsOf } from './expertise.js';

describe('expertise', () => {
  it('takes the tags from test-bed themes and focus areas', () => {
    expect(isExpertiseTag('mobility')).toBe(true);
    expect(isExpertiseTag('open_data_and_interfaces')).toBe(true);
    expect(isExpertiseTag('astrology')).toBe(false);
    expect(isExpertiseTag(3)).toBe(false);
  });

  it('lists an application’s topics once: its beds’ themes and the call’s focus area', () => {
    expect(topicsOf([['mobility', 'energy'], ['energy']], 'open_data_and_interfaces')).toEqual(['mobility', 'energy', 'open_data_and_interfaces']);
    expect(topicsOf([], 'open_innovation_platforms')).toEqual(['open_innovation_platforms']);
  });

  it('scores the share of topics an evaluator covers', () => {
    const topics = ['mobility', 'energy', 'open_data_and_interfaces', 'safety'];
    expect(expertiseMatch(['mobility', 'energy', 'education'], topics)).toBe(0.5);
    expect(expertiseMatch([], topics)).toBe(0);
    expect(expertiseMatch(topics, topics)).toBe(1);
    expect(expertiseMatch(['mobility'], [])).toBe(0);
  });
});
