/**
 * The territory file (content/territory/<name>.yml): who the CCAS is, where residents can go, and when.
 * Opening hours use OpenStreetMap's `opening_hours` syntax so they can be checked with a maintained parser
 * and exchanged with data·inclusion and Soliguide, which use the same syntax.
 */
import { z } from "zod";
import { PLACE_KINDS } from "../catalogue/schema.js";

export const placeSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(2),
  kinds: z.array(z.enum(PLACE_KINDS)).min(1),
  address: z.string().min(5),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  phone: z.string().optional(),
  email: z.string().optional(),
  /** OpenStreetMap opening_hours, e.g. "Mo-Fr 08:30-12:00,13:30-17:00; PH off". */
  opening_hours: z.string().min(3),
  /** What a person can get there, in plain words. */
  services: z.array(z.string()).default([]),
  /** Booking needed, free of charge, accessible to wheelchairs, … */
  notes: z.array(z.string()).default([]),
});

export const territorySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** A demo territory must say so, so that nobody mistakes it for a real CCAS. */
    fictional: z.boolean(),
    name: z.string().min(3),
    commune: z.string().min(2),
    /** ISO 3166-2 style country/region code used by the opening-hours parser for public holidays. */
    country_code: z.string().length(2).default("fr"),
    /**
     * Region or département as the opening-hours parser names it (e.g. "Occitanie", "Bas-Rhin", "Guadeloupe"):
     * Alsace-Moselle and the overseas territories have extra public holidays (Good Friday, 26 December,
     * abolition of slavery). Leave it out for mainland France outside Alsace-Moselle.
     */
    region: z.string().min(2).optional(),
    timezone: z.string().default("Europe/Paris"),
    phone: z.string().min(4),
    email: z.string().optional(),
    website: z.string().optional(),
    /** Expected delay before a social worker contacts a resident, in working days. */
    referral_delay_days: z.object({ normal: z.number().int().positive(), urgent: z.number().int().positive() }),
    places: z.array(placeSchema).min(1),
  })
  .strict();

export type Territory = z.infer<typeof territorySchema>;
export type Place = z.infer<typeof placeSchema>;
