import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export interface Series {
  key: string;
  name: string;
  color: string;
  /** Series with the same stack id stack on each other. */
  stack?: string;
}

type Datum = Record<string, string | number | null> & { label: string };

const AXIS_TICK = { fontSize: 13, fill: '#1a1a1a' };

/** Legend texts in the page's text colour (the series' own colours are for the marks, not for reading). */
const legendText = (value: string) => <span className="chart__legend">{value}</span>;

export interface CategoryBarsProps {
  data: Datum[];
  bars: Series[];
  /** Categories down the side (long names) instead of along the bottom. */
  horizontal?: boolean;
  height?: number;
  format?: (value: number) => string;
  /** A line across the bars at this value (a capacity, a mean). */
  reference?: { value: number; label: string };
  /** Width of the category axis when horizontal, in pixels. */
  labelWidth?: number;
  /** The value axis reaches at least this far (100 for percentages of a whole). */
  atLeast?: number;
}

/** Bars per category, stacked when their series share a stack id. */
export function CategoryBars({ data, bars, horizontal, height, format, reference, labelWidth = 170, atLeast }: CategoryBarsProps) {
  const domain: [number, (dataMax: number) => number] | undefined = atLeast === undefined ? undefined : [0, (dataMax: number) => Math.max(dataMax, atLeast)];
  const tickFormatter = format ? (value: number) => format(value) : undefined;
  const size = height ?? (horizontal ? Math.max(140, 48 * data.length + 80) : 280);
  return (
    <ResponsiveContainer width="100%" height={size}>
      <BarChart accessibilityLayer={false} data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 12, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#cccccc" />
        {horizontal ? (
          <>
            <XAxis type="number" tickFormatter={tickFormatter} tick={AXIS_TICK} domain={domain} />
            <YAxis type="category" dataKey="label" width={labelWidth} tick={AXIS_TICK} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={AXIS_TICK} />
            <YAxis tickFormatter={tickFormatter} tick={AXIS_TICK} allowDecimals={false} domain={domain} />
          </>
        )}
        <Legend formatter={legendText} />
        {reference && (
          <ReferenceLine
            {...(horizontal ? { x: reference.value } : { y: reference.value })}
            stroke="#1a1a1a"
            strokeDasharray="6 3"
            label={{ value: reference.label, position: 'top', fontSize: 13 }}
          />
        )}
        {bars.map((bar) => (
          <Bar key={bar.key} dataKey={bar.key} name={bar.name} fill={bar.color} stackId={bar.stack} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export interface TimeSeriesProps {
  data: Datum[];
  bars?: Series[];
  lines?: Series[];
  height?: number;
}

/** Values over time: bars per period and lines across them (a running total). */
export function TimeSeries({ data, bars = [], lines = [], height = 280 }: TimeSeriesProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 12, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#cccccc" />
        <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={16} />
        <YAxis tick={AXIS_TICK} allowDecimals={false} />
        <Legend formatter={legendText} />
        {bars.map((bar) => (
          <Bar key={bar.key} dataKey={bar.key} name={bar.name} fill={bar.color} stackId={bar.stack} isAnimationActive={false} />
        ))}
        {lines.map((line) => (
          <Line key={line.key} dataKey={line.key} name={line.name} stroke={line.color} strokeWidth={2} dot={false} type="linear" isAnimationActive={false} />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
