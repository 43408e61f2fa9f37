import { Route, Routes } from 'react-router';
import { ReferralSlipPage } from './referral-slip-page';
import { ReferralsPage } from './referrals-page';

/** /referrals (list and steps) and /referrals/:id/slip (the printable letter). */
export function ReferralsSection() {
  return (
    <Routes>
      <Route index element={<ReferralsPage />} />
      <Route path=":id/slip" element={<ReferralSlipPage />} />
    </Routes>
  );
}
