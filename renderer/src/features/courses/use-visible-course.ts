import type { Course } from '#shared/entities/course';
import { useCourse } from '../../db/training-queries';
import { useSession } from '../../state/session-store';

/**
 * The course as the logged-in person may see it: a trainer only a course they teach (null otherwise, as if it
 * did not exist), staff any. One rule for the course page, roll-call and printables.
 */
export function useVisibleCourse(id: string | undefined): Course | null | undefined {
  const user = useSession((s) => s.user);
  return useCourse(id, user?.role === 'trainer' ? user.id : null);
}
