import { Route, Routes } from 'react-router';
import { JobMatchesPage } from '../jobs/job-matches-page';
import { EmployerPrintPage } from './employer-print-page';
import { EmployerFormPage } from './employer-form-page';
import { EmployersPage } from './employers-page';
import { JobFormPage } from '../jobs/job-form-page';
import { JobImportPage } from '../jobs/job-import-page';

/** /employers (jobs and employers), /employers/employer/:id and /employers/job/:id ("new" to add). */
export function EmployersSection() {
  return (
    <Routes>
      <Route index element={<EmployersPage />} />
      <Route path="employer/:id" element={<EmployerFormPage />} />
      <Route path="employer/:id/rights/:doc" element={<EmployerPrintPage />} />
      <Route path="job/:id" element={<JobFormPage />} />
      <Route path="job/:id/matches" element={<JobMatchesPage />} />
      <Route path="import" element={<JobImportPage />} />
    </Routes>
  );
}
