/**
 * "Does anyone have any idea why 4o mini is way slower than 4o", "4o mini requests may wait longer
 * in queue": an id's tail that must be written letter for letter ("4o-mini") is also written with
 * spaces for its hyphens in prose. Only a tail that starts with a version number, which no everyday
 * phrase does; everyday words kept to their id form ("auto-router") stay so.
 */
export function writtenWithSpaces(written: string, exactForm: string): boolean {
  return VERSION_FIRST.test(exactForm) && exactForm.includes('-') && written === exactForm.replaceAll('-', ' ');
}

const VERSION_FIRST = /^\d/;
