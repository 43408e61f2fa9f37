/** One line of a benchmark's output: `figure: value unit`. */
export interface Figure {
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
}

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
