/*
 * The firm's chat widget. Paste into any page:
 *   <script src="https://chat.your-firm.example/widget.js" data-title="Your Firm" defer></script>
 * It loads Web Chat from the same server (no CDN), asks the server for a Direct Line token, and keeps the
 * conversation id, token and watermark in sessionStorage so a reload continues the same conversation.
 */
(() => {
  // The server replaces this object when it serves the file: which Direct Line to use.
  const serverConfig = /*SERVER_CONFIG*/ { localDirectLine: true };

  const script = document.currentScript;
  const origin = new URL(script?.src ?? '/widget.js', window.location.href).origin;
  const data = script?.dataset ?? {};
  const title = data.title || 'Chat with us';
  const subtitle = data.subtitle || '';
  const initials = data.initials || initialsOf(title);
  const storageKey = `chatw:${origin}`;

  function initialsOf(text) {
    const letters = text.match(/\b[A-Za-z]/g) ?? ['?'];
    return letters.slice(0, 2).join('').toUpperCase();
  }

  const chatIcon =
    '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true" focusable="false"><path d="M21 12a8 8 0 0 1-11.6 7.1L4 21l1.9-5.1A8 8 0 1 1 21 12z"/></svg>';
  const closeIcon =
    '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.2" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18"/></svg>';

  function element(tag, attributes, html) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (html !== undefined) node.innerHTML = html;
    return node;
  }

  function buildShell() {
    const root = element('div', { class: 'chatw-root' });
    const launcher = element('button', {
      type: 'button',
      class: 'chatw-launcher',
      'aria-expanded': 'false',
      'aria-controls': 'chatw-panel',
    });
    launcher.innerHTML = chatIcon;
    launcher.append(document.createTextNode(title));
    const panel = element('section', { id: 'chatw-panel', class: 'chatw-panel', 'aria-labelledby': 'chatw-title' });
    const header = element('header', { class: 'chatw-header' });
    header.append(element('span', { class: 'chatw-mark', 'aria-hidden': 'true' }));
    header.lastChild.textContent = initials;
    const titles = element('div', { class: 'chatw-titles' });
    titles.append(element('h2', { id: 'chatw-title', class: 'chatw-title' }));
    titles.lastChild.textContent = title;
    if (subtitle) {
      titles.append(element('p', { class: 'chatw-subtitle' }));
      titles.lastChild.textContent = subtitle;
    }
    const close = element('button', { type: 'button', class: 'chatw-close', 'aria-label': 'Minimize chat' }, closeIcon);
    header.append(titles, close);
    const body = element('div', { class: 'chatw-body' });
    const status = element('p', { class: 'chatw-status', role: 'status' });
    const webchat = element('div', { class: 'chatw-webchat' });
    body.append(webchat, status);
    panel.append(header, body);
    root.append(launcher, panel);
    return { root, launcher, panel, close, status, webchat };
  }

  function readSession() {
    try {
      const saved = JSON.parse(window.sessionStorage.getItem(storageKey) ?? 'null');
      return saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string' ? saved : null;
    } catch {
      return null;
    }
  }

  function writeSession(session) {
    try {
      window.sessionStorage.setItem(storageKey, JSON.stringify(session));
    } catch {
      // Storage full or blocked: the chat still works, it just will not survive a reload.
    }
  }

  function forgetSession() {
    try {
      window.sessionStorage.removeItem(storageKey);
    } catch {
      // Nothing saved, nothing to forget.
    }
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const tag = element('script', { src, async: '' });
      tag.onload = resolve;
      tag.onerror = () => reject(new Error(`Could not load ${src}`));
      document.head.append(tag);
    });
  }

  async function fetchToken() {
    const answer = await fetch(`${origin}/api/directline/token`, { method: 'POST' });
    if (!answer.ok) throw new Error(`Token request failed: ${answer.status}`);
    return answer.json();
  }

  const palette = { accent: '#14345a', ink: '#1b2430', subtle: '#5a6472', line: '#dfe4ea', tint: '#e8eef6' };

  const styleOptions = {
    accent: palette.accent,
    subtle: palette.subtle,
    backgroundColor: '#f7f8fa',
    primaryFont: "'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif",
    avatarSize: 32,
    botAvatarInitials: initials,
    botAvatarBackgroundColor: palette.accent,
    bubbleBackground: '#ffffff',
    bubbleBorderColor: palette.line,
    bubbleBorderRadius: 12,
    bubbleTextColor: palette.ink,
    bubbleFromUserBackground: palette.accent,
    bubbleFromUserBorderColor: palette.accent,
    bubbleFromUserBorderRadius: 12,
    bubbleFromUserTextColor: '#ffffff',
    bubbleMaxWidth: 560,
    bubbleMinWidth: 200,
    cardEmphasisBackgroundColor: '#eef2f7',
    hideUploadButton: true,
    sendBoxButtonColor: palette.accent,
    sendBoxBorderTop: `solid 1px ${palette.line}`,
    sendBoxHeight: 48,
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 36,
    suggestedActionBorderRadius: 18,
    suggestedActionBorderWidth: 1,
    suggestedActionBorderColor: palette.accent,
    suggestedActionTextColor: palette.accent,
    suggestedActionBackgroundColorOnHover: palette.tint,
    suggestedActionBackgroundColorOnActive: '#d5e0ee',
    suggestedActionKeyboardFocusIndicatorBorderRadius: 18,
    timestampColor: palette.subtle,
  };

  const tinted = (backgroundColor) => ({
    backgroundColor,
    foregroundColors: { default: { default: palette.ink, subtle: palette.subtle } },
  });

  const adaptiveCardsHostConfig = {
    fontFamily: styleOptions.primaryFont,
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 14, large: 20, extraLarge: 28, padding: 14 },
    separator: { lineThickness: 1, lineColor: palette.line },
    fontSizes: { small: 13, default: 15, medium: 17, large: 20, extraLarge: 23 },
    containerStyles: {
      default: {
        backgroundColor: '#ffffff',
        foregroundColors: {
          default: { default: palette.ink, subtle: palette.subtle },
          accent: { default: palette.accent, subtle: palette.accent },
          attention: { default: '#a4262c', subtle: '#a4262c' },
          good: { default: '#1e6b3a', subtle: '#1e6b3a' },
          warning: { default: '#8a5a00', subtle: '#8a5a00' },
        },
      },
      emphasis: tinted('#eef2f7'),
      accent: tinted('#e6edf6'),
      good: tinted('#e4f2e8'),
      attention: tinted('#fbe4e1'),
      warning: tinted('#fcf1dc'),
    },
  };

  const openKey = `${storageKey}:open`;

  async function connect(ui) {
    const saved = readSession();
    const session = saved ?? (await fetchToken().then((t) => ({ conversationId: t.conversationId, token: t.token })));
    writeSession({ watermark: '', ...session });
    const directLine = window.WebChat.createDirectLine({
      token: session.token,
      // Resuming: the stream is replayed from its start, so the visitor sees the conversation again.
      ...(saved ? { conversationId: saved.conversationId } : {}),
      ...(serverConfig.localDirectLine
        ? { domain: `${origin}/v3/directline`, webSocket: false, pollingInterval: 500 }
        : serverConfig.directLineDomain
          ? { domain: serverConfig.directLineDomain }
          : {}),
    });
    const remember = () =>
      writeSession({
        conversationId: session.conversationId,
        token: directLine.token ?? session.token,
        watermark: directLine.watermark ?? '',
      });
    const store = window.WebChat.createStore({}, () => (next) => (action) => {
      if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') setTimeout(remember, 0);
      if (action.type === 'DIRECT_LINE/CONNECT_REJECTED' && saved) {
        // The saved conversation is gone (expired token, restarted server): start a new one.
        forgetSession();
        directLine.end();
        setTimeout(() => start(ui), 0);
      }
      return next(action);
    });
    window.WebChat.renderWebChat(
      { directLine, store, styleOptions, adaptiveCardsHostConfig, locale: document.documentElement.lang || 'en-US' },
      ui.webchat,
    );
  }

  async function start(ui) {
    ui.status.hidden = false;
    ui.status.textContent = 'Connecting…';
    try {
      if (!window.WebChat) await loadScript(`${origin}/webchat/webchat.js`);
      await connect(ui);
      ui.status.hidden = true;
      ui.status.textContent = '';
    } catch {
      ui.status.textContent = data.errorText || 'The chat is unavailable right now. Please try again later.';
    }
  }

  function remember(key, value) {
    try {
      if (value === null) window.sessionStorage.removeItem(key);
      else window.sessionStorage.setItem(key, value);
    } catch {
      // Storage blocked: the widget simply will not reopen itself after a reload.
    }
  }

  function recall(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch {
      return null;
    }
  }

  /** Moves focus to the send box once Web Chat has drawn it; until then, to the panel's close button. */
  function focusSendBox(ui) {
    ui.close.focus();
    let tries = 0;
    const timer = setInterval(() => {
      const input = ui.webchat.querySelector('input[type="text"], textarea');
      if (input || ++tries > 50) clearInterval(timer);
      input?.focus();
    }, 100);
  }

  function mount() {
    const ui = buildShell();
    let started = false;
    const open = (options = { focus: true }) => {
      ui.root.classList.add('chatw-open');
      ui.launcher.setAttribute('aria-expanded', 'true');
      remember(openKey, '1');
      if (!started) {
        started = true;
        start(ui);
      }
      if (options.focus) focusSendBox(ui);
    };
    const close = () => {
      ui.root.classList.remove('chatw-open');
      ui.launcher.setAttribute('aria-expanded', 'false');
      remember(openKey, null);
      ui.launcher.focus();
    };
    ui.launcher.addEventListener('click', () => open());
    ui.close.addEventListener('click', close);
    ui.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close();
    });
    document.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('[data-open-chat]')) open();
    });
    const link = element('link', { rel: 'stylesheet', href: `${origin}/widget.css` });
    link.onload = () => document.body.append(ui.root);
    document.head.append(link);
    // A reload mid-conversation reopens the chat where it was.
    if (readSession() && recall(openKey)) link.addEventListener('load', () => open({ focus: false }));
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
  else mount();
})();
