import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` is used: it reads the schema and needs no database.
export default defineConfig({
  dialect: "mysql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
