import type { PackText } from '../../core/types';

/**
 * The packs a facilitator opened, kept on the device in IndexedDB so that the next meeting
 * works offline: the file's original bytes, with what the list shows (title, version, date).
 * Nothing here throws. Where IndexedDB is missing or refused (private mode, a full disk, a
 * blocked origin) every call answers "unavailable" (null or false) and the game goes on.
 */

/** What the list of kept packs shows; read without touching the (possibly large) bytes. */
export interface StoredPackInfo {
  /** `<id>@<version>`: opening the same version of a pack again replaces the kept copy. */
  readonly key: string;
  readonly id: string;
  readonly version: string;
  readonly title: PackText;
  /** The pack's content hash, as the loader computed it. */
  readonly hash: string;
  /** The name of the file it came from: its extension tells how to read the bytes again. */
  readonly fileName: string;
  /** When it was opened, in milliseconds since 1970. */
  readonly loadedAt: number;
  readonly size: number;
}

export interface StoredPack extends StoredPackInfo {
  readonly bytes: Uint8Array;
}

export interface PackStore {
  /** Every kept pack, newest first; null when the device's storage is unavailable. */
  list(): Promise<StoredPackInfo[] | null>;
  /** One kept pack with its bytes; null when it is gone or storage is unavailable. */
  get(key: string): Promise<StoredPack | null>;
  /** Keeps a pack (replacing one with the same key); false when the browser refused. */
  put(pack: StoredPack): Promise<boolean>;
  /** Forgets a pack; false when the browser refused. */
  remove(key: string): Promise<boolean>;
}

export function storedPackKey(id: string, version: string): string {
  return `${id}@${version}`;
}

const DB_NAME = 'dhbc-packs';
const DB_VERSION = 1;
/** Metadata and bytes apart, so listing never reads megabytes of pictures. */
const INFO = 'info';
const BYTES = 'bytes';

function isPackText(value: unknown): value is PackText {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null) return false;
  const { vi, en } = value as Record<string, unknown>;
  return (
    (vi === undefined || typeof vi === 'string') && (en === undefined || typeof en === 'string')
  );
}

/** A record read back may come from another version of the game: trust only what checks out. */
function asInfo(value: unknown): StoredPackInfo | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (
    typeof r.key !== 'string' ||
    typeof r.id !== 'string' ||
    typeof r.version !== 'string' ||
    !isPackText(r.title) ||
    typeof r.hash !== 'string' ||
    typeof r.fileName !== 'string' ||
    typeof r.loadedAt !== 'number' ||
    typeof r.size !== 'number'
  ) {
    return null;
  }
  return {
    key: r.key,
    id: r.id,
    version: r.version,
    title: r.title,
    hash: r.hash,
    fileName: r.fileName,
    loadedAt: r.loadedAt,
    size: r.size,
  };
}

function requestResult<T>(request: IDBRequest<T>): Promise<T | null> {
  return new Promise((resolve) => {
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = (e) => {
      e.preventDefault();
      resolve(null);
    };
  });
}

function transactionDone(tx: IDBTransaction): Promise<boolean> {
  return new Promise((resolve) => {
    tx.oncomplete = () => {
      resolve(true);
    };
    tx.onerror = (e) => {
      e.preventDefault();
      resolve(false);
    };
    tx.onabort = () => {
      resolve(false);
    };
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(INFO)) db.createObjectStore(INFO, { keyPath: 'key' });
      if (!db.objectStoreNames.contains(BYTES)) db.createObjectStore(BYTES);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab opening a newer version of the game: let it, and open again next time.
      db.onversionchange = () => {
        db.close();
      };
      resolve(db);
    };
    request.onerror = (e) => {
      e.preventDefault();
      resolve(null);
    };
    request.onblocked = () => {
      resolve(null);
    };
  });
}

/** This browser's IndexedDB; reading it can itself throw (a sandboxed or opaque origin). */
function browserIndexedDb(): IDBFactory | undefined {
  try {
    return 'indexedDB' in globalThis ? globalThis.indexedDB : undefined;
  } catch {
    return undefined;
  }
}

/** The kept packs in this browser's IndexedDB (or nowhere, when it has none). */
export function browserPackStore(factory: IDBFactory | undefined = browserIndexedDb()): PackStore {
  let opening: Promise<IDBDatabase | null> | null = null;
  const database = (): Promise<IDBDatabase | null> => {
    if (!factory) return Promise.resolve(null);
    opening ??= openDatabase(factory).then((db) => {
      if (db) {
        db.onclose = () => {
          opening = null;
        };
      } else opening = null;
      return db;
    });
    return opening;
  };
  /** Runs one transaction; any exception (a closed database, a quota) counts as unavailable. */
  const withStores = async <T>(
    mode: IDBTransactionMode,
    work: (info: IDBObjectStore, bytes: IDBObjectStore, tx: IDBTransaction) => Promise<T>,
  ): Promise<T | null> => {
    try {
      const db = await database();
      if (!db) return null;
      const tx = db.transaction([INFO, BYTES], mode);
      return await work(tx.objectStore(INFO), tx.objectStore(BYTES), tx);
    } catch {
      return null;
    }
  };

  return {
    async list() {
      const rows = await withStores('readonly', (info) => requestResult(info.getAll()));
      if (rows === null) return null;
      return rows
        .map(asInfo)
        .filter((r): r is StoredPackInfo => r !== null)
        .sort((a, b) => b.loadedAt - a.loadedAt);
    },
    async get(key) {
      const found = await withStores('readonly', async (info, bytes) => {
        const [meta, data] = await Promise.all([
          requestResult<unknown>(info.get(key)),
          requestResult<unknown>(bytes.get(key)),
        ]);
        const parsed = asInfo(meta);
        return parsed && data instanceof Uint8Array ? { ...parsed, bytes: data } : null;
      });
      return found ?? null;
    },
    async put(pack) {
      const { bytes, ...meta } = pack;
      const done = await withStores('readwrite', (info, store, tx) => {
        info.put(meta);
        store.put(bytes, pack.key);
        return transactionDone(tx);
      });
      return done === true;
    },
    async remove(key) {
      const done = await withStores('readwrite', (info, bytes, tx) => {
        info.delete(key);
        bytes.delete(key);
        return transactionDone(tx);
      });
      return done === true;
    },
  };
}
