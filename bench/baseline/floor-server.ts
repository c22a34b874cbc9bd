/**
 * The floor under any bot on botbuilder's web host: the baseline's server with a bot that does nothing but
 * answer each activity with one fixed question (no dialog, no state, no storage). What it costs per request is
 * what express, CloudAdapter and the connector client cost, so its requests/s is the most any CloudAdapter bot
 * can serve on this machine; the benchmark measures it next to the two real sides, for scale.
 * usage: PORT=3978 node dist/bench/baseline/floor-server.js
 */
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import express from 'express';

/** The slot every reply names, so the load generator treats it like our bot's questions. */
export const FLOOR_SLOT = 'narrative';

class FloorBot extends ActivityHandler {
  constructor() {
    super();
    const ask = { type: 'message', text: 'What happened?', channelData: { slot: FLOOR_SLOT } };
    this.onMembersAdded(async (context, next) => {
      await context.sendActivity(ask);
      await next();
    });
    this.onMessage(async (context, next) => {
      await context.sendActivity(ask);
      await next();
    });
  }
}

const auth = new ConfigurationBotFrameworkAuthentication(process.env as ConfigurationBotFrameworkAuthenticationOptions);
const adapter = new CloudAdapter(auth);
const bot = new FloorBot();
const app = express();
app.use(express.json());
app.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});

const port = Number(process.env.PORT ?? 3978);
const server = app.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening on http://127.0.0.1:${port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
