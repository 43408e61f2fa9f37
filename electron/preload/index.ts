import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS } from '#shared/ipc/channels';
import type { DoorstepBridge } from '#shared/ipc/contract';

/**
 * The only door from the page to the machine: one named function per contract entry, each a single
 * ipcRenderer.invoke. No ipcRenderer, no Node objects and no event emitters reach the page. Main validates
 * every input again (the page is not trusted).
 */
const bridge = {
  appInfo: (input) => ipcRenderer.invoke(IPC_CHANNELS.appInfo, input),
  idleSeconds: (input) => ipcRenderer.invoke(IPC_CHANNELS.idleSeconds, input),
  openExternal: (input) => ipcRenderer.invoke(IPC_CHANNELS.openExternal, input),
  saveFile: (input) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, input),
  printToPdf: (input) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, input),
  secretGet: (input) => ipcRenderer.invoke(IPC_CHANNELS.secretGet, input),
  secretSet: (input) => ipcRenderer.invoke(IPC_CHANNELS.secretSet, input),
  backupSave: (input) => ipcRenderer.invoke(IPC_CHANNELS.backupSave, input),
  backupStatus: (input) => ipcRenderer.invoke(IPC_CHANNELS.backupStatus, input),
  backupChooseCopyFolder: (input) => ipcRenderer.invoke(IPC_CHANNELS.backupChooseCopyFolder, input),
} satisfies DoorstepBridge;

contextBridge.exposeInMainWorld('doorstep', bridge);
