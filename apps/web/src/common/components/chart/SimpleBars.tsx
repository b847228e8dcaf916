export interface SimpleBarsProps {
  data: { label: string; value: number }[];
  format: (value: number) => string;
  color: string;
}

const WIDTH = 640;
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 130;
const ROW = 36;
const BAR = 22;

/**
 * Horizontal bars with their labels and values, as plain SVG: for the public pages, where a
 * chart library would take the page past its download budget. Scales with its container.
 */
export function SimpleBars({ data, format, color }: SimpleBarsProps) {
  const max = Math.max(0, ...data.map((d) => d.value));
  const span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = ROW * data.length + 8;
  return (
    <svg className="simple-bars" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" focusable="false">
      {data.map((d, i) => {
        const y = 4 + i * ROW;
        const length = max > 0 ? Math.max(d.value > 0 ? 2 : 0, (d.value / max) * span) : 0;
        return (
          <g key={d.label}>
            <text x={LABEL_WIDTH - 8} y={y + BAR / 2} dominantBaseline="middle" textAnchor="end" fontSize="15">
              {d.label.length > 26 ? `${d.label.slice(0, 25)}…` : d.label}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={length} height={BAR} fill={color} />
            <text x={LABEL_WIDTH + length + 6} y={y + BAR / 2} dominantBaseline="middle" fontSize="15">
              {format(d.value)}
            </text>
          </g>
        );
      })}
      <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={height} stroke="#1a1a1a" />
    </svg>
  );
}
