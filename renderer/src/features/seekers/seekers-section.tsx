import { Route, Routes } from 'react-router';
import { SeekerMatchesPage } from './seeker-matches-page';
import { SeekerFormPage } from './seeker-form-page';
import { SeekerImportPage } from './seeker-import-page';
import { SeekersPage } from './seekers-page';

/** /seekers (list), /seekers/new and /seekers/:id (form), /seekers/:id/matches (jobs that fit). */
export function SeekersSection() {
  return (
    <Routes>
      <Route index element={<SeekersPage />} />
      <Route path="import" element={<SeekerImportPage />} />
      <Route path=":id" element={<SeekerFormPage />} />
      <Route path=":id/matches" element={<SeekerMatchesPage />} />
    </Routes>
  );
}
