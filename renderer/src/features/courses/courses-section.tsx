import { Route, Routes } from 'react-router';
import { CourseFormPage } from './course-form-page';
import { CoursePage } from './course-page';
import { CoursesPage } from './courses-page';
import { PrintPage } from './print-pages';
import { RollCallPage } from './roll-call-page';

/** /courses, /courses/new, /courses/:id, /courses/:id/edit, /courses/:id/roll-call/:sessionId, /courses/:id/print/:kind[/:sessionId]. */
export function CoursesSection() {
  return (
    <Routes>
      <Route index element={<CoursesPage />} />
      <Route path="new" element={<CourseFormPage />} />
      <Route path=":id" element={<CoursePage />} />
      <Route path=":id/edit" element={<CourseFormPage />} />
      <Route path=":id/roll-call/:sessionId" element={<RollCallPage />} />
      <Route path=":id/print/:kind" element={<PrintPage />} />
      <Route path=":id/print/:kind/:sessionId" element={<PrintPage />} />
    </Routes>
  );
}
