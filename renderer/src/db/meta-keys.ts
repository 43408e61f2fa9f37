/** This PC's own keys in the `meta` table: its device id, its clock and the station it serves. */
export const META = { deviceId: 'deviceId', clock: 'clock', stationId: 'stationId' } as const;
