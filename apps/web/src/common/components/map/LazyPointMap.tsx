import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { PointMapProps } from './PointMap';
import './map.css';

const PointMap = lazy(() => import('./PointMap').then((m) => ({ default: m.PointMap })));

/** How near the viewport the map's place must come before Leaflet is loaded. */
const NEAR = '300px';

/**
 * The map of a page, loaded (Leaflet and all) only once its place comes near the viewport, so a
 * page's own content never waits for it. The page lists the same points beside it at once; until
 * the map is in, its place keeps the map's size, so nothing jumps when it arrives.
 */
export function LazyPointMap(props: PointMapProps) {
  const place = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const element = place.current;
    if (near || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: NEAR });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);

  const placeholder = <div ref={place} className={`point-map ${props.className ?? ''}`} data-testid="point-map-placeholder" />;
  if (!near) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <PointMap {...props} />
    </Suspense>
  );
}
