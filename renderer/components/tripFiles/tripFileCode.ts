/**
 * What writing and reading a trip's .fieldbook file runs on (its format, the
 * changes' signatures, sync's merge): loaded when a file is first written or
 * read (useTripFileWork.ts), not with the screens that offer it.
 */
export { FileRefused } from '@shared/exchange/tripFile';
export { FileCancelled } from '@shared/exchange/writeTripFile';
export { lastExportTo, markExportedTo } from '../../data/device/exportMarks';
export { markBackedUp } from '../../data/exchange/backups';
export { exportTrip } from '../../data/exchange/exportTrip';
export { importTripFile } from '../../data/exchange/importTrip';
export { readTripFile, saveTripFile } from '../../services/tripFiles';
