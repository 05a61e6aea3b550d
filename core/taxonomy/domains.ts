export const domainIds = ['growing-up', 'neighbourhood', 'health', 'self-reliance', 'network'] as const;
export type DomainId = (typeof domainIds)[number];

/** Labels in B1 words, used for quick replies and case cards. */
export const domainLabels: Record<DomainId, { nl: string; en: string }> = {
  'growing-up': { nl: 'Kansrijk opgroeien en talenten ontwikkelen', en: 'Growing up and developing talents' },
  neighbourhood: { nl: 'Veilige buurt en fijne wijk', en: 'A safe and pleasant neighbourhood' },
  health: { nl: 'Gezond en vitaal leven', en: 'Healthy and vital living' },
  'self-reliance': { nl: 'Financieel en sociaal zelfredzaam', en: 'Managing money and daily life' },
  network: { nl: 'De inwoner en zijn netwerk', en: 'You and the people around you' },
};
