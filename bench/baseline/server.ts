/**
 * The baseline's web host, the way the Bot Framework samples write it: express, CloudAdapter with
 * ConfigurationBotFrameworkAuthentication from the environment (no MicrosoftAppId: open), `POST /api/messages`.
 * usage: PORT=3978 node dist/bench/baseline/server.js
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import express from 'express';
import { createBaselineBot } from './bot.js';

const auth = new ConfigurationBotFrameworkAuthentication(process.env as ConfigurationBotFrameworkAuthenticationOptions);
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, error) => {
  process.stderr.write(`[onTurnError] ${error.message}\n`);
  await context.sendActivity('The bot encountered an error or bug.');
};

const bot = createBaselineBot();
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
