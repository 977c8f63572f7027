import { Granularity } from '@actorgraph/graph';
import { ApiError } from '../../errors/api-error';
import { MAX_CENTRALITY_WINDOWS, centralityWindows, windowCount, windowedComputations } from './centrality-windows';

describe('centrality windows', () => {
  it('cut a range given as years, months or days into whole periods', () => {
    expect(centralityWindows({ from: '2022', to: '2023', step: Granularity.YEAR }, null)).toEqual([
      { period: '2022', from: '2022-01-01', to: '2022-12-31' },
      { period: '2023', from: '2023-01-01', to: '2023-12-31' },
    ]);
    expect(
      centralityWindows({ from: '2024-02-10', to: '2024-03', step: Granularity.MONTH }, {}).map((w) => w.period),
    ).toEqual(['2024-02', '2024-03']);
  });

  it('charge every window plus the whole range, and nothing extra without a window or past the cap', () => {
    expect(windowedComputations({})).toBe(1);
    expect(windowedComputations({ window: { from: '2022', to: '2025', step: 'YEAR' } })).toBe(5);
    expect(windowedComputations({ window: { from: '2000', to: '2030', step: 'YEAR' } })).toBe(1);
    expect(windowCount({ from: '2022-01', to: '2023-12', step: 'MONTH' })).toBe(MAX_CENTRALITY_WINDOWS);
  });

  it('refuse past the cap with LIMIT_EXCEEDED, and malformed or doubly bounded ranges as BAD_USER_INPUT', () => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof ApiError ? [error.code, error.argument] : error;
      }
      return null;
    };
    expect(refusal(() => centralityWindows({ from: '2022-01', to: '2024-01', step: Granularity.MONTH }, null))).toEqual(
      ['LIMIT_EXCEEDED', 'window'],
    );
    expect(refusal(() => centralityWindows({ from: '2023', to: '2022', step: Granularity.YEAR }, null))).toEqual([
      'BAD_USER_INPUT',
      'window',
    ]);
    expect(refusal(() => centralityWindows({ from: 'last year', to: '2022', step: Granularity.YEAR }, null))).toEqual([
      'BAD_USER_INPUT',
      'window',
    ]);
    expect(
      refusal(() => centralityWindows({ from: '2022', to: '2023', step: Granularity.YEAR }, { to: '2022-06' })),
    ).toEqual(['BAD_USER_INPUT', 'window']);
  });
});
