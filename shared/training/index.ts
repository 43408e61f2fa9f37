/** Training (issue 7): pure domain — records, attendance maths, eligibility, waiting list, skills gap. */
export * from './course';
export * from './attendance';
export * from './eligibility';
export * from './subsidy';
export * from './waiting-list';
export * from './skills-gap';
