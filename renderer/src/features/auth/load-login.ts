/**
 * The log-in command, with the command layer and every record's schema behind it: fetched when a name is tapped
 * (`prepareForLogIn`) or at the latest when the PIN is sent, so the log-in screen itself shows without them.
 */
export const loadLogin = () => import('../../db/commands/login');
