import type { DirectLineStore, SessionStore } from '../../src/index.js';

/** The core's prefix for conversations over the local Direct Line (see botframework/to-inbound). */
const WEB_PREFIX = 'web:';

/**
 * The session store for the core, with its `forget` ("delete my data") reaching the local Direct Line's
 * stream too: what the visitor said and was shown there is blanked, while the conversation stays open so
 * the goodbye still arrives. Everything else goes straight to `store`.
 */
export function withStreamErasure(store: SessionStore, streams: Pick<DirectLineStore, 'blank'>): SessionStore {
  return {
    load: (conversationId) => store.load(conversationId),
    commitTurn: (turn) => store.commitTurn(turn),
    findDelivery: (conversationId, deliveryId) => store.findDelivery(conversationId, deliveryId),
    transcript: (conversationId) => store.transcript(conversationId),
    purge: (policy) => store.purge(policy),
    close: () => store.close(),
    async forget(conversationId) {
      await store.forget(conversationId);
      if (conversationId.startsWith(WEB_PREFIX)) streams.blank(conversationId.slice(WEB_PREFIX.length));
    },
  };
}
