import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResolverFailure } from '../../src/forge/resolvers/ui-api';
import { call, type Key, type Payload, type Value } from './resolver-client';

export type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly failure: ResolverFailure }
  | { readonly status: 'loaded'; readonly value: T };

/**
 * A resolver's answer for a component, fetched again when `payload` changes (compared as JSON)
 * or when `reload` is called (the last answer stays shown meanwhile); null skips the call.
 */
export function useResolver<K extends Key>(
  key: K,
  payload: Payload<K> | null,
): { readonly state: Loaded<Value<K>>; readonly reload: () => void } {
  const [state, setState] = useState<Loaded<Value<K>>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const asked = payload === null ? null : JSON.stringify(payload);
  const shownFor = useRef<string | null>(null);
  useEffect(() => {
    if (asked === null) return;
    let current = true;
    // A reload keeps showing the last answer until the new one arrives (forms keep their state).
    const again = shownFor.current === asked;
    setState((shown) => (shown.status === 'loaded' && again ? shown : { status: 'loading' }));
    void call(key, JSON.parse(asked) as Payload<K>).then((answer) => {
      if (!current) return;
      shownFor.current = asked;
      setState(
        answer.ok
          ? { status: 'loaded', value: answer.value }
          : { status: 'failed', failure: answer },
      );
    });
    return () => {
      current = false;
    };
  }, [key, asked, round]);
  const reload = useCallback(() => {
    setRound((r) => r + 1);
  }, []);
  return { state, reload };
}
