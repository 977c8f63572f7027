import { Granularity } from './granularity';
import { MAX_TIME_WINDOWS, timeWindows } from './time-windows';

describe('time windows for a windowed computation', () => {
  it('cut a range into whole years or months', () => {
    expect(timeWindows('2022-01-01', '2025-12-31', Granularity.YEAR).map((w) => w.period)).toEqual([
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    expect(timeWindows('2022-03-15', '2022-05-02', Granularity.MONTH)).toEqual([
      { period: '2022-03', from: '2022-03-01', to: '2022-03-31' },
      { period: '2022-04', from: '2022-04-01', to: '2022-04-30' },
      { period: '2022-05', from: '2022-05-01', to: '2022-05-31' },
    ]);
  });

  it('refuse more windows than a request may compute', () => {
    expect(() => timeWindows('1900-01-01', '2025-12-31', Granularity.MONTH)).toThrow(RangeError);
    expect(timeWindows('1900-01-01', `${1900 + MAX_TIME_WINDOWS - 1}-12-31`, Granularity.YEAR)).toHaveLength(
      MAX_TIME_WINDOWS,
    );
  });
});
