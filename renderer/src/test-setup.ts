// IndexedDB for Dexie under Node/jsdom.
import 'fake-indexeddb/auto';
