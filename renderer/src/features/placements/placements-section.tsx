import { Route, Routes } from 'react-router';
import { PlacementDetailPage } from './placement-detail-page';
import { PlacementFormPage } from './placement-form-page';
import { PlacementsPage } from './placements-page';
import { VisitFormPage } from './visit-form-page';

/** /placements (list), /placements/new, /placements/:id and /placements/:id/visit/:kind. */
export function PlacementsSection() {
  return (
    <Routes>
      <Route index element={<PlacementsPage />} />
      <Route path="new" element={<PlacementFormPage />} />
      <Route path=":id" element={<PlacementDetailPage />} />
      <Route path=":id/visit/:kind" element={<VisitFormPage />} />
    </Routes>
  );
}
