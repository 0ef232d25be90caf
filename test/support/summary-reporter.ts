import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the run's closing line as "N passed, N failed, N skipped", alone on a line, so CI
 * and anyone scanning a log read the count without knowing Vitest's own format.
 */
export default class SummaryReporter implements Reporter {
  private readonly label: string;

  constructor(options: { label?: string } = {}) {
    this.label = options.label ?? 'tests';
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) failed++;
    }
    process.stdout.write(`\n${this.label}: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
