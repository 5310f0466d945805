/**
 * One illustrative peer profile in compact form: the answers a draft holds, without the
 * bookkeeping. Expanded into a full RoleDraft by shipped-peers.ts.
 */
import type {
  BudgetAuthority,
  DecisionRight,
  ExternalRemit,
  GradeBand,
  InstitutionType,
  Nation,
  ReportingLine,
  Scope,
  Seat,
  TechnicalArea,
} from '../../options';
import type { PeerShape } from '../peer-shape';

export interface IllustrativeRow {
  id: string;
  title: string;
  shape: PeerShape;
  type: InstitutionType;
  nation: Nation;
  /** Technical staff across the institution. */
  community: number;
  signatory: boolean;
  scope: Scope;
  areas: TechnicalArea[];
  technicians: number;
  sites: number;
  external: ExternalRemit[];
  grade: GradeBand;
  reportsTo: ReportingLine;
  fte: number;
  seats: Seat[];
  budget: BudgetAuthority;
  annualBudget: number | null;
  rights: DecisionRight[];
  directReports: number;
  /** Catalogue ids, in order of importance. */
  responsibilities: string[];
}
