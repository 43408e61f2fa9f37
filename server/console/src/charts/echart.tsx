import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, DatasetComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerParts, type ComposeOption, type EChartsType } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the parts the console draws, so the rest of ECharts stays out of the bundle.
registerParts([
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DatasetComponent,
  AriaComponent,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | DatasetComponentOption
  | AriaComponentOption
>;

interface Props {
  readonly option: ChartOption;
  /** What the chart shows, for screen readers and tests (the canvas itself has no text). */
  readonly label: string;
  readonly height?: number;
  readonly testId?: string;
}

/** One ECharts chart: made once, given each new option, resized with its box, disposed with the component. */
export function EChart({ option, label, height = 320, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Drawn at once, without ECharts' growing animation: on an office PC the animation's frames would hold up the
    // rest of the screen, and the figures are what is read.
    chart.current?.setOption({ aria: { enabled: true }, animation: false, ...option }, { notMerge: true });
  }, [option]);

  // ECharts writes its own description of the data on the chart's box; the label names the chart around it.
  return (
    <div role="figure" aria-label={label} data-testid={testId}>
      <div ref={box} style={{ width: '100%', height }} />
    </div>
  );
}
