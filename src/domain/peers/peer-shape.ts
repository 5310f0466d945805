/** The shapes of role the report describes (DOMAIN.md §2): what a role was built around. */
export const PEER_SHAPES = [
  { id: 'skills-advocacy', label: 'Skills and advocacy-led' },
  { id: 'facilities-investment', label: 'Facilities and investment-led' },
  { id: 'operations', label: 'Operations-led' },
  { id: 'executive', label: 'Executive' },
] as const;

export type PeerShape = (typeof PEER_SHAPES)[number]['id'];

export const PEER_SHAPE_IDS = PEER_SHAPES.map((s) => s.id) as unknown as readonly [
  PeerShape,
  ...PeerShape[],
];

export const shapeLabel = (id: PeerShape): string =>
  PEER_SHAPES.find((s) => s.id === id)?.label ?? id;
