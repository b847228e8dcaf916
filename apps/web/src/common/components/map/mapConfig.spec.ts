import { attributionHtml } from './mapConfig';

describe('attributionHtml', () => {
  it('links the credit line and escapes it', () => {
    expect(attributionHtml({ MAP_TILE_URL: '', MAP_ATTRIBUTION: '© <OSM> & co', MAP_ATTRIBUTION_URL: 'https://osm.org/copyright' })).toBe('<a href="https://osm.org/copyright">© &lt;OSM&gt; &amp; co</a>');
  });
  it('keeps no link that is not http(s)', () => {
    expect(attributionHtml({ MAP_TILE_URL: '', MAP_ATTRIBUTION: 'Tiles', MAP_ATTRIBUTION_URL: 'javascript:alert(1)' })).toBe('Tiles');
  });
});
