/** The call vocabularies the list filters offer, as the API defines them (libs/calls). */
export const PUBLIC_STATES = ['scheduled', 'open', 'closed', 'in_evaluation', 'decided'] as const;
export const FOCUS_AREAS = ['open_innovation_platforms', 'open_data_and_interfaces', 'open_participation_and_customership'] as const;
