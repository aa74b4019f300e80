import { z } from '../zod';
import type { Sightings } from './sightings';
import type { VersionedSchema } from './versioned';

const SightingSchema = z.object({
  count: z.number().int().min(0),
  sites: z.record(z.string().max(253), z.number().int().min(0)),
  lastSeen: z.string().max(40),
});

export const SIGHTINGS_SPEC: VersionedSchema<Sightings> = {
  version: 1,
  schema: z.record(z.string().max(300), SightingSchema),
  migrations: { 1: () => ({}) },
  defaults: () => ({}),
};

