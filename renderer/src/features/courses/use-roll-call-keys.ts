import { useEffect, useRef, useState } from 'react';
import { useSession } from '../../state/session-store';
import { extendTyped, findTyped, nextMark } from './roll-call-keys';
import type { RollCall } from './use-roll-call';

/**
 * The roll-call's keyboard: arrows move, a seat number or pinyin initials jump to someone, Enter = present,
 * Space = next mark, Delete = absent, Shift+Enter = everyone else present, Ctrl+S = save. Keys typed into a
 * field, or while the correction dialog is open, are left alone.
 */
export function useRollCallKeys(
  roll: Pick<RollCall, 'list' | 'markOf' | 'setMark' | 'restPresent'>,
  save: () => Promise<void>,
  paused: boolean,
) {
  const { list, markOf, setMark, restPresent } = roll;
  const [cursor, setCursor] = useState(0);
  const [typed, setTyped] = useState('');
  const [miss, setMiss] = useState(false);
  const gridRef = useRef<HTMLDivElement>(null);
  const cardRefs = useRef<(HTMLButtonElement | null)[]>([]);

  // Typed text fades after a pause, so the next seat number starts afresh. Text that found no one stays (with
  // its "no one" note) until Escape or the next key: a mark key pressed later must not land on someone else.
  useEffect(() => {
    if (!typed || miss) return;
    const timer = setTimeout(() => setTyped(''), 1500);
    return () => clearTimeout(timer);
  }, [typed, miss]);

  useEffect(() => {
    cardRefs.current[cursor]?.scrollIntoView?.({ block: 'nearest' });
  }, [cursor]);

  useEffect(() => {
    const columns = (): number => {
      const first = cardRefs.current[0];
      const width = gridRef.current?.clientWidth ?? 0;
      return first && width ? Math.max(1, Math.round(width / (first.offsetWidth + 12))) : 1;
    };
    const onKey = (e: KeyboardEvent) => {
      // Behind the lock screen the roll-call is kept as it is, and deaf to the keys typed there.
      if (paused || list.length === 0 || useSession.getState().locked) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.closest('.ant-select')))
        return;
      const findables = () => list.map((x) => ({ seat: x.enrolment.seat, keys: x.keys }));
      const move = (to: number) => setCursor(Math.max(0, Math.min(list.length - 1, to)));
      // Typed text that found no one: a mark key must not land on whoever the cursor was on before.
      const lost = typed !== '' && miss;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      } else if (e.ctrlKey || e.metaKey || e.altKey) {
        return;
      } else if (e.key === 'Enter' && e.shiftKey) {
        e.preventDefault();
        restPresent();
        setTyped('');
      } else if (lost && (e.key === 'Enter' || e.key === ' ' || e.key === 'Delete')) {
        e.preventDefault();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        setMark(cursor, 'present');
        move(cursor + 1);
        setTyped('');
      } else if (e.key === ' ') {
        e.preventDefault();
        const x = list[cursor];
        if (x) setMark(cursor, nextMark(markOf(x)));
        setTyped('');
      } else if (e.key === 'Delete') {
        e.preventDefault();
        setMark(cursor, 'absent');
        move(cursor + 1);
        setTyped('');
      } else if (e.key === 'Backspace') {
        e.preventDefault();
        const shorter = typed.slice(0, -1);
        const index = findTyped(findables(), shorter);
        setTyped(shorter);
        setMiss(shorter !== '' && index < 0);
        if (index >= 0) setCursor(index);
      } else if (e.key === 'Escape') {
        setTyped('');
        setMiss(false);
      } else if (e.key === 'ArrowRight') {
        e.preventDefault();
        move(cursor + 1);
      } else if (e.key === 'ArrowLeft') {
        e.preventDefault();
        move(cursor - 1);
      } else if (e.key === 'ArrowDown') {
        e.preventDefault();
        move(cursor + columns());
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        move(cursor - columns());
      } else if (/^[0-9a-zA-Z]$/.test(e.key)) {
        e.preventDefault();
        const found = extendTyped(findables(), typed, e.key.toLowerCase());
        setTyped(found.typed);
        setMiss(found.index < 0);
        if (found.index >= 0) setCursor(found.index);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [paused, list, cursor, typed, miss, markOf, setMark, restPresent, save]);

  return { cursor, setCursor, typed, miss, gridRef, cardRefs };
}
