import type { CcagName, PenaltiesConfig } from '../contract/penalties-schema';

/**
 * The CCAG 2021 late-penalty regime, for a user to choose explicitly when the CCAP refers to the
 * CCAG without derogation (presets never apply it on their own): P = V × R / 1000 (CCAG-TIC,
 * CCAG-FCS) or / 3000 (CCAG-PI) on late orders (art. 14.1.1), capped at 10 % of each order's
 * amount HT (art. 14.1.2), no penalty while the contract's total stays at or under 1 000 € HT
 * (art. 14.1.3), 15 days for the titulaire's observations (art. 14.1.1). A fresh object each call.
 */
export function CCAG_DEFAULT_RULES(ccag: CcagName = 'CCAG-TIC'): PenaltiesConfig {
  return {
    rules: [
      {
        id: 'retard-ccag',
        label: `Pénalités de retard (${ccag})`,
        kind: 'ccag-late',
        ccag,
        subject: 'orders',
        source: `${ccag} 2021, art. 14.1.1`,
      },
    ],
    caps: { itemShare: 0.1 },
    exoneration: { thresholdCents: 100_000, scope: 'contract' },
    observationDays: 15,
  };
}
