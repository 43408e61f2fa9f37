import { Route, Routes } from 'react-router';
import { SeekerFormPage } from './seeker-form-page';
import { SeekerImportPage } from './seeker-import-page';
import { SeekersPage } from './seekers-page';

/** /seekers (list), /seekers/new and /seekers/:id (form). */
export function SeekersSection() {
  return (
    <Routes>
      <Route index element={<SeekersPage />} />
      <Route path="import" element={<SeekerImportPage />} />
      <Route path=":id" element={<SeekerFormPage />} />
    </Routes>
  );
}
