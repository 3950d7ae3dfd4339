/** A fit's figures for a parameter set a test inserts directly (their values are not under test). */
export const TEST_FIT_FIGURES = {
  trainingItems: 500,
  testItems: 100,
  logLossBefore: 0.4,
  logLossAfter: 0.3,
  rmseBefore: 0.1,
  rmseAfter: 0.05,
  reason: "test",
} as const;
