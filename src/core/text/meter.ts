/**
 * A work meter: an optional counter the text algorithms bump once per loop
 * step. Tests pass one to check that work grows linearly with input size
 * without timing anything; production callers leave it out.
 */
export interface WorkMeter {
  steps: number;
}
