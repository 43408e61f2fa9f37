import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ipcContract, type BridgeInput, type BridgeMethod, type BridgeOutputs } from '#shared/ipc/contract';
import { err, type Result } from '#shared/result';
import { isAppUrl } from './navigation';

export type BridgeHandlers = {
  readonly [K in BridgeMethod]: (input: BridgeInput<K>) => Promise<Result<BridgeOutputs[K]>>;
};

/**
 * Registers one handler per contract entry. Every input is parsed with its zod schema in main; a call from a
 * frame that is not the app, or with input that does not parse, gets an error value and the handler is
 * never reached. A handler that throws is answered with an error value too.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: BridgeHandlers, appOrigin: string): void {
  for (const method of Object.keys(ipcContract) as BridgeMethod[]) {
    const { channel, input } = ipcContract[method];
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, raw: unknown) => {
      const senderUrl = event.senderFrame?.url ?? '';
      if (!isAppUrl(senderUrl, appOrigin)) return err('ipc.sender', `Refused ${channel} from ${senderUrl}`);
      const parsed = input.safeParse(raw);
      if (!parsed.success) return err('ipc.invalid', `Invalid input for ${channel}: ${parsed.error.message}`);
      try {
        const handler = handlers[method] as (value: unknown) => Promise<Result<unknown>>;
        return await handler(parsed.data);
      } catch (error) {
        return err('ipc.failed', error instanceof Error ? error.message : String(error));
      }
    });
  }
}
