/**
 * Training: pure domain — attendance maths, eligibility, waiting list, skills gap. Its records (courses,
 * enrolments, attendance events) are entities: shared/entities/.
 */
export * from './attendance';
export * from './eligibility';
export * from './subsidy';
export * from './waiting-list';
export * from './skills-gap';
