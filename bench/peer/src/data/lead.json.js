import { leadFigures } from './content.js';
process.stdout.write(JSON.stringify(leadFigures()));
