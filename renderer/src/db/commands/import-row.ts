/**
 * A row of an import with the id it gets, fixed when the file was checked: the import commands skip an id that
 * is stored already, so saving the same row again (a retry) never stores it twice.
 */
export interface ImportRow<D> {
  readonly id: string;
  readonly draft: D;
}
