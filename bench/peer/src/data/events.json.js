import { timelineEvents } from './content.js';
process.stdout.write(JSON.stringify(timelineEvents()));
