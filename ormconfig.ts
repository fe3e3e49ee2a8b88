// DataSource for the TypeORM CLI (`npm run typeorm -- migration:run`, `migration:generate`).
// Reads the same variables as the app: DATABASE_URL, else the embedded SQLite in DATA_DIR.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './src/database/data-source-options';

export default new DataSource(
  dataSourceOptions({
    url: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATA_DIR ?? './data',
    logging: true,
  }),
);
