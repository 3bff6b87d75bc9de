import { http, segment } from './http';

export interface PaymentEntry {
  id: string;
  fund: string;
  amount: number;
  purpose: string;
  status: string;
  requestedAt: string;
  requestedBy: string;
  disbursedAt?: string | null;
  disbursedBy?: string | null;
}

/** A project's funding ledger (arts. 13, 25, 28): the ceiling, what was requested and paid, what stops payments now. */
export interface PaymentLedger {
  projectId: string;
  approvedBudget?: number | null;
  fundingStatus: string;
  fundingHoldReason?: string | null;
  blockedBy?: { key: string; message: string } | null;
  disbursed: number;
  requested: number;
  remaining: number;
  byFund: { fund: string; requested: number; disbursed: number }[];
  entries: PaymentEntry[];
}

export interface NewPayment {
  fund: string;
  amount: number;
  purpose: string;
  disbursed: boolean;
}

const base = (projectId: string) => `/api/projects/${segment(projectId)}/payments`;

export const paymentsApi = {
  ledger: (projectId: string) => http.get<PaymentLedger>(base(projectId)),
  request: (projectId: string, payment: NewPayment) => http.post<PaymentEntry>(base(projectId), payment),
  disburse: (projectId: string, paymentId: string) => http.post<PaymentEntry>(`${base(projectId)}/${segment(paymentId)}/disburse`)
};
