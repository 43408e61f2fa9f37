import { createContext, useContext } from 'react';
import type { Station } from '#shared/entities/station';

/** The station this PC works for, as the app's gate holds it (its one live read), for the frame and its screens. */
export const CurrentStation = createContext<Station | null>(null);

/**
 * The station this PC works for, for a screen inside the app's frame: there without a read of its own, so the
 * screen can show it in its first drawing.
 */
export function useCurrentStation(): Station {
  const station = useContext(CurrentStation);
  if (!station) throw new Error('useCurrentStation is for screens inside the app frame');
  return station;
}
