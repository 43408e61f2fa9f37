import type { Widen } from '../widen';
import type { syncZh } from './zh-CN';

/** English messages of the sync screen and its failure messages; the same keys as the Chinese. */
export const syncEn: Widen<typeof syncZh> = {
  sync: {
    title: 'Sync with the county',
    status: 'Sync status',
    online: 'Connected to the county server',
    offline: 'Not connected to the county server',
    notEnrolled: 'This station is not enrolled with a county server yet',
    pending: 'Waiting to upload',
    pendingValue: '{{count}}',
    rejected: 'Refused by the county',
    lastSuccess: 'Last successful sync',
    never: 'Never synced',
    lastError: 'Last problem',
    nextTry: 'Next automatic try',
    syncNow: 'Sync now',
    syncing: 'Syncing…',
    phase: {
      connecting: 'Connecting to the county server…',
      pushing: 'Uploading: {{done}} / {{total}}',
      pulling: 'Downloading county updates: {{done}} received',
    },
    done: 'Sync done: {{pushed}} sent, {{pulled}} received.',
    skew: 'This PC’s clock differs from the county server’s by {{minutes}} minutes. Please set the date and time right, or the order of changes may be judged wrongly.',
    held: 'Held by the county (clock ahead)',
    heldHelp:
      '{{count}} changes carry a time ahead of the county server’s: the county holds them aside; they do not count as sent yet. Set this PC’s date and time right and they are sent again; if this stays, call the county admin.',
    clockCorrected:
      'This PC’s clock was {{ahead}} ahead of the county server’s (found {{when}}). It was set back to the county’s time and {{count}} waiting changes were given new times; nothing is lost. Please set the PC’s date and time right.',
    ahead: { days: '{{count}} days', hours: '{{count}} hours', minutes: '{{count}} minutes' },
    plainHttpTitle: 'The connection is not encrypted',
    plainHttpOk: 'Enrol anyway',
    keepWorking:
      'Sync runs in the background and never blocks your work. Without a network everything is kept on this PC and sent when a link appears.',
    connection: 'County server connection',
    server: 'County server address',
    serverHelp:
      'For example county.example.cn:8787 — ask the county administrator. Without http:// or https://, the encrypted https:// is used.',
    code: 'Enrolment code',
    codeHelp: 'The code the county administrator got with "station add", e.g. ABCD-EFGH-JKMN. It works once.',
    enroll: 'Enrol this station',
    enrolled: 'Enrolled with: {{server}}',
    enrollDone: 'Enrolled. Sync starts now.',
    reEnroll: 'Change server or enrol again',
    usbTitle: 'No network at all: carry the data on a USB stick',
    usbText:
      'Saves the changes waiting to upload as one file for the county administrator to import. Importing it twice stores nothing twice. An enrolled PC signs the file for this station; the county refuses a file changed after export.',
    usbButton: 'Export waiting changes',
    usbDone: '{{count}} changes exported. Copy the file to a USB stick for the county.',
    usbUnsigned:
      "{{count}} changes exported. This PC is not enrolled with the county yet, so the file is not signed: the county admin needs this station's enrolment code to import it, and confirms what it changes.",
    rejectedTitle: 'Changes the county refused',
    rejectedHelp: 'The county cannot accept these changes; someone needs to check them. Everything else keeps syncing.',
    rejectedTable: 'Kind',
    rejectedRecord: 'Record',
    rejectedReason: 'Reason',
    rejectedAt: 'When',
    adminOnly: 'Only a station administrator can enrol or change the county server.',
    duplicates: {
      title: 'Duplicate registrations the county found',
      help: 'These people are also registered at another station with the same ID number. One person should be served by one station: check with the other station.',
      alertTitle: 'The county found: {{station}} registered this ID number too',
      alertText:
        '{{station}} (area {{area}}) also registered a person with ID number {{id}}; the county found it on {{date}}. Call that station and check whether it is the same person: if so, agree which station goes on serving them and the other withdraws its registration; if not, one side typed the ID number wrongly: check the card and correct it. Both records stay until then.',
      person: 'Registered here',
      gone: '(no longer on this PC)',
      idNumber: 'ID number',
      otherStation: 'Also registered at',
      foundAt: 'Found',
      whatToDo: 'What to do',
      whatToDoText:
        'Call the other station; if it is the same person, one station goes on and the other withdraws; if a number is wrong, correct it.',
      open: 'Open person',
    },
    errors: {
      network:
        'Cannot reach the county server: no network, or the server is off. Everything is kept here and sent when it can be.',
      timeout: 'The link is too slow; the server did not answer in time. Retrying with smaller batches.',
      auth: 'The county server does not know this station’s token: an administrator must enrol the station again.',
      server: 'The county server had a problem; your data is kept and will be sent again.',
      client: 'The county server refused the request: {{detail}}',
      rate: 'Too many requests; retrying shortly.',
      'too-large': 'Too much at once; now sending smaller batches.',
      unknown: 'Sync failed: {{detail}}',
    },
  },
};
